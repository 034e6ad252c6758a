"""What the Explorer shows (:class:`_State`, the one source of truth its controls always equal), and the helpers
that turn a control's value into it: a number check that never raises (:func:`_as_number`) and the lifted object
at a mass and grip height (:func:`object_at`)."""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from .anthropometry import Body
from .objects import LiftObject, PlacedObject, place, raised
from .pose import Pose


def _as_number(name: str, value: Any) -> tuple[float | None, str]:
    """(float, "") for one finite real number; (None, reason) for booleans, strings, arrays, NaN, None..."""
    if isinstance(value, bool | np.bool_):
        return None, f"{name} = {value!r} is a boolean, not a number"
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value.item()
    if not isinstance(value, numbers.Real):
        return None, f"{name} = {value!r} is not a number"
    v = float(value)
    if not math.isfinite(v):
        return None, f"{name} = {value!r} is not a finite number"
    return v, ""


@dataclass(frozen=True)
class _State:
    """What the figure shows; the controls always equal it."""

    body: Body
    technique: str
    load_mass: float
    target_height: float
    pose: Pose
    snapped: bool  # True: the pose is `technique`'s pick-up for this task; False: a custom pose
    note: str = ""  # why the pose is not the pick-up (e.g. it could not be solved)
    obj: LiftObject | None = None  # the object lifted (its mass = load_mass, its grip at target_height), or None

    def placed(self) -> PlacedObject | None:
        return None if self.obj is None else place(self.obj, self.body)


def object_at(mass: float, height: float, obj: LiftObject | None) -> LiftObject | None:
    """``obj`` holding ``mass`` kg with its grip ``height`` m above the floor (raised on a stand; ValueError below
    its lowest grip)."""
    if obj is None:
        return None
    return replace(raised(obj, height), mass=mass)
