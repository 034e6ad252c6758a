"""Progressions: peak loads over a sweep of grip heights for each technique (``hm.movements.progression``).

Two kinds of task, as :func:`hinge_model.movement`: a point load (``load_mass`` at each grip height, over the
mid-foot, rule-based postures) or an object (``load=hm.Box(...)`` etc.) raised on a stand so that its grip is at
each height (``elevation = height - grip above the object's base``; postures fitted to measured lifts)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .anthropometry import Body
from .conventions import LOAD_RANGE
from .objects import Barbell, Box, Kettlebell, raised
from .pickup_paths import TECHNIQUES, UnreachableError
from .validation import InputTypeError, check_array, check_choice, check_instance, check_number

Array = NDArray[np.float64]

#: Progression target grip heights, m above the floor: floor bar 0.22 m (the grip is on the bar axis, 0.225 m
#: up on 450 mm plates, IWF/IPF plate diameter); kettlebell handle 0.26 m (competition kettlebells are 280 mm
#: tall with a 35 mm handle regardless of mass, IUKL/IGSF standard, so the grip centre is ~0.26 m); mid-shin
#: blocks 0.35 m (assumption: bar raised ~13 cm on blocks); knee-height rack pull 0.285 H (knee joint height
#: 0.285 H, Winter 2009 Biomechanics and Motor Control of Human Movement, Fig. 4.1) - NaN here, it depends on
#: the body.
PROGRESSION_TARGETS: MappingProxyType[str, float] = MappingProxyType(
    {"floor bar": 0.22, "kettlebell": 0.26, "mid-shin blocks": 0.35, "knee-height rack pull": float("nan")}
)
KNEE_HEIGHT_FRACTION: float = 0.285


def _raised(load: Any, heights: list[float]) -> list[Any]:
    """``load`` on a stand for each grip height (m above the floor); ValueError below its lowest grip."""
    if not isinstance(load, Box | Barbell | Kettlebell):
        raise ValueError(f"load must be a hinge_model Box, Barbell or Kettlebell (a point load: give load_mass), "
                         f"got {load!r}")
    out = []
    for h in heights:
        try:
            out.append(raised(load, h))
        except ValueError as err:
            raise ValueError(f"heights: {err}") from None
    return out


def progression(body: Body, load_mass: float | None = None, heights: Any = None,
                techniques: tuple[str, ...] = TECHNIQUES, *, load: Any = None, **kwargs: Any) -> dict[str, Array]:
    """Peak loads over a sweep of target heights for each technique: a dict of equal-length arrays (a table).

    Columns: technique, target_height (m), reachable, peak_L5S1_moment (N*m), peak_hip_moment,
    peak_knee_moment, peak_compression (N), peak_shear (N, largest |shear|), passive_share (at the pick-up
    frame), capacity_L5S1 and capacity_hip (peak fraction of strength), lumbar (deg at pick-up) - all quasi-static
    over the frames - and peak_L5S1_moment_dynamic, peak_compression_dynamic (inverse dynamics, same duration).
    ``heights`` default: floor bar 0.22, kettlebell 0.26, mid-shin 0.35 m and knee height 0.285 H
    (:data:`PROGRESSION_TARGETS`). Unreachable combinations get NaN rows (never silently: the ``reachable``
    column says so). ``kwargs`` go to :func:`movement`; a bad one raises, it is never taken as unreachable.

    ``load`` (instead of ``load_mass``): an object (``hm.Box``, ``hm.Barbell``, ``hm.Kettlebell``) raised on a
    stand so that its grip is at each height (its own ``elevation`` is replaced); a height below the object's grip
    on the floor is a ValueError. Default heights then: the object on the floor, then the defaults above it. The
    table gains an ``elevation`` column (m, the stand's height).
    """
    body = check_instance("body", body, Body, "a hinge_model.Body")
    if (load is None) == (load_mass is None):
        raise ValueError("give either load_mass (a point load, kg) or load= (an object such as hm.Box(...)), "
                         f"not {'both' if load is not None else 'neither'}")
    if load is None:
        check_number("load_mass", load_mass, *LOAD_RANGE, "kg")
    if isinstance(techniques, str) or not isinstance(techniques, tuple | list) or not techniques:
        raise InputTypeError(f"techniques must be a non-empty tuple of {', '.join(map(repr, TECHNIQUES))}, "
                             f"got {techniques!r}")
    for tname in techniques:
        check_choice("techniques", tname, TECHNIQUES)
    if heights is None:
        hs = [*(v for v in PROGRESSION_TARGETS.values() if np.isfinite(v)), KNEE_HEIGHT_FRACTION * body.height]
        if load is not None:
            base = float(load.grip_above_base) if hasattr(load, "grip_above_base") else 0.0
            hs = [base, *(h for h in hs if h > base + 1e-9)]
    else:
        hs = list(np.atleast_1d(check_array("heights", heights, 0.0, body.height, "m", lo_open=True)))
    tasks: list[dict[str, Any]] = ([{"load": obj} for obj in _raised(load, hs)] if load is not None else
                                   [{"load_mass": load_mass, "target_height": float(h)} for h in hs])
    from .movements import movement

    rows: dict[str, list[Any]] = {k: [] for k in (
        "technique", "target_height", "reachable", "peak_L5S1_moment", "peak_hip_moment", "peak_knee_moment",
        "peak_compression", "peak_shear", "passive_share", "capacity_L5S1", "capacity_hip", "lumbar",
        "peak_L5S1_moment_dynamic", "peak_compression_dynamic")}
    if load is not None:
        rows["elevation"] = []
    for tname in techniques:
        for h, task in zip(hs, tasks, strict=True):
            rows["technique"].append(tname)
            rows["target_height"].append(float(h))
            if load is not None:
                rows["elevation"].append(float(task["load"].elevation))
            try:
                m = movement(tname, body, **task, **kwargs)
            except UnreachableError:  # the task cannot be done; any other ValueError is a bad argument
                rows["reachable"].append(False)
                for k in rows:
                    if k not in ("technique", "target_height", "reachable", "elevation"):
                        rows[k].append(np.nan)
                continue
            a = m.analysis
            rows["reachable"].append(True)
            rows["peak_L5S1_moment"].append(float(np.max(a.moments["L5S1"])))
            rows["peak_hip_moment"].append(float(np.max(a.moments["hip"])))
            rows["peak_knee_moment"].append(float(np.max(a.moments["knee"])))
            sp = a.spine
            get = lambda obj, attr: np.asarray(getattr(obj, attr), float) if obj is not None and hasattr(obj, attr) else None  # noqa: E731,E501
            comp, shear, ps = get(sp, "compression"), get(sp, "shear"), get(sp, "passive_share")
            rows["peak_compression"].append(float(np.max(comp)) if comp is not None else np.nan)
            rows["peak_shear"].append(float(np.max(np.abs(shear))) if shear is not None else np.nan)
            rows["passive_share"].append(float(ps[m.pickup]) if ps is not None and ps.shape else np.nan)
            cap = a.capacity
            rows["capacity_L5S1"].append(float(np.max(cap["L5S1"])) if cap is not None else np.nan)
            rows["capacity_hip"].append(float(np.max(cap["hip"])) if cap is not None else np.nan)
            rows["lumbar"].append(float(m.end_pose.lumbar))
            dyn = m.dynamics
            rows["peak_L5S1_moment_dynamic"].append(float(np.max(dyn.moments["L5S1"])))
            dcomp = get(dyn.spine, "compression")
            rows["peak_compression_dynamic"].append(float(np.max(dcomp)) if dcomp is not None else np.nan)
    return {k: np.array(v) for k, v in rows.items()}
