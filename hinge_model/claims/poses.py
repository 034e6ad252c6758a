"""The claims' box, arms-hanging balanced poses and small helpers the claims' evidence is computed with
(:mod:`hinge_model.claims`).

The LIFTS of the claims pick up a real box (:func:`claim_box`: :data:`hinge_model.series.FLOOR_BOX`'s geometry with
the claim's load mass), placed by :func:`hinge_model.movement` in front of the toes, so the legs must stay behind
it. The arms-hanging poses are static poses of the body alone with the load at the hands (no object).

Conventions: :mod:`hinge_model.conventions`; "arms hanging" = shoulder flexion equal to the thorax tilt
ankle - knee + hip + lumbar, so the arms hang vertically and the load sits at the grip."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..anthropometry import Body
from ..conventions import ANGLE_RANGES, LOAD_RANGE
from ..kinematics import hanging_arm_shoulder
from ..objects import Box, raised
from ..pose import Pose
from ..series import FLOOR_BOX
from ..statics import analyze
from ..validation import check_array, check_instance, check_number


def arms_hanging(ankle: float = 0.0, knee: float = 0.0, hip: float = 0.0, lumbar: float = 0.0) -> Pose:
    """A pose with vertical arms: shoulder flexion equal to the thorax tilt, ankle - knee + hip + lumbar (deg).

    Each angle must lie in its joint's range and the tilt in the shoulder's range (-60 to 180 deg), else
    ``ValueError`` names the angles. Arrays broadcast.
    """
    shoulder = hanging_arm_shoulder(ankle, knee, hip, lumbar)
    _check_tilt(np.min(shoulder), np.max(shoulder))
    return Pose(ankle=ankle, knee=knee, hip=hip, lumbar=lumbar, shoulder=shoulder)


def _check_tilt(lo: float, hi: float) -> None:
    s_lo, s_hi = ANGLE_RANGES["shoulder"]
    if lo < s_lo or hi > s_hi:
        bad = lo if lo < s_lo else hi
        raise ValueError(f"the thorax tilt ankle - knee + hip + lumbar = {bad:g} deg cannot be matched by a hanging "
                         f"arm: allowed range of the tilt (the shoulder's range) [{s_lo:g}, {s_hi:g}] deg")


def _grip_height(a) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.asarray(a.points["hand"][..., 1]) + a.body.ankle_height


def _foot(body: Body) -> tuple[float, float, float]:
    length = body.toe_x - body.heel_x
    return body.heel_x, body.toe_x, length


def claim_box(load_mass: float, grip_height: float | None = None) -> Box:
    """The box the claims lift: :data:`hinge_model.series.FLOOR_BOX`'s geometry (30 cm deep, 25 cm tall, handles
    0.15 m above its base) holding ``load_mass`` kg (0-300; a 0 kg box is a valid Box: the object without
    weight, so the legs must still clear it); on the floor (``grip_height`` None) or on a stand with its handles
    ``grip_height`` m above the floor (:func:`hinge_model.objects.raised`; not below the handles' 0.15 m).

    >>> claim_box(15.0, 0.50).elevation
    0.35
    """
    box = replace(FLOOR_BOX, mass=check_number("load_mass", load_mass, *LOAD_RANGE, "kg"))
    return box if grip_height is None else raised(box, grip_height)


def _lift(name: str, body: Body, load: float, where: str, slr: float | None = None):  # type: ignore[no-untyped-def]
    """Technique ``name`` lifting the claims' box of ``load`` kg from the floor (``where`` = "floor") or raised
    with its handles at knee height, KNEE_HEIGHT_FRACTION * body height ("knee")."""
    from ..movements import movement
    from .catalogue import KNEE_HEIGHT_FRACTION

    box = claim_box(load, None if where == "floor" else KNEE_HEIGHT_FRACTION * body.height)
    return movement(name, body, load=box, frames=21, slr=slr)


def balanced_hanging(body: Body, load: float, knee: float, hip: float, lumbar: np.ndarray) -> dict[str, np.ndarray]:
    """For each lumbar angle (deg), the arms-hanging pose whose ankle angle (grid -30..30 deg, 0.5 deg steps) puts
    the CoM of body + load closest to the mid-foot (as the model's hinge balances with the ankle).

    Returns arrays over ``lumbar``: ankle (deg), grip height (m above the floor), L5S1 moment (N*m), CoM x (m),
    balanced (bool as float).

    ``load`` in [0, 300] kg; ``knee``, ``hip`` single angles and ``lumbar`` a number or 1-D array, each in its
    joint's range, with the thorax tilt (-30..30) - knee + hip + lumbar inside the shoulder's range.
    """
    check_instance("body", body, Body, "a hinge_model.Body")
    load = check_number("load", load, *LOAD_RANGE, "kg")
    knee = check_number("knee", knee, *ANGLE_RANGES["knee"], "deg")
    hip = check_number("hip", hip, *ANGLE_RANGES["hip"], "deg")
    lum1 = check_array("lumbar", lumbar, *ANGLE_RANGES["lumbar"], "deg")
    if lum1.ndim > 1 or lum1.size == 0:
        raise ValueError(f"lumbar must be a number or a non-empty 1-D array (deg), got shape {lum1.shape}")
    lum = np.atleast_1d(lum1)[:, None]
    ankle = np.linspace(-30.0, 30.0, 121)[None, :]
    _check_tilt(-30.0 - knee + hip + float(lum.min()), 30.0 - knee + hip + float(lum.max()))
    a = analyze(body, arms_hanging(ankle, knee, hip, lum), load)
    mid = 0.5 * (body.heel_x + body.toe_x)
    i = np.argmin(np.abs(a.com[..., 0] - mid), axis=1)
    rows = np.arange(lum.shape[0])
    return {"ankle": np.broadcast_to(ankle, a.com.shape[:-1])[rows, i],
            "grip_height": _grip_height(a)[rows, i],
            "L5S1": np.asarray(a.moments["L5S1"])[rows, i],
            "com_x": a.com[rows, i, 0],
            "balanced": np.asarray(a.balanced, float)[rows, i]}


def _reach_lumbar(body: Body, load: float, knee: float, hip: float, target: float) -> tuple[float, float]:
    """Lumbar flexion (deg) needed for the hands (arms hanging, balanced with the ankle) to reach ``target`` m
    above the floor with the given knee and hip angles; returns (lumbar, grip height reached). If even full flexion
    does not reach, lumbar is the largest allowed angle and the height is the one reached."""
    lum = np.linspace(0.0, ANGLE_RANGES["lumbar"][1] - 0.5, 120)
    h = balanced_hanging(body, load, knee, hip, lum)["grip_height"]
    below = np.nonzero(h <= target)[0]
    i = int(below[0]) if below.size else len(lum) - 1
    return float(lum[i]), float(h[i])


__all__ = ["arms_hanging", "balanced_hanging", "claim_box"]
