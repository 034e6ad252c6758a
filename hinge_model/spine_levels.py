r"""Disc loads at two levels, L5/S1 and L4/L5, and their uncertainty bands.

``hm.analyze(...).spine_levels`` (and ``Movement.dynamics.spine_levels``) = ``{"L5S1": SpineLoads,
"L4L5": SpineLoads}``; ``a.spine`` stays the L5/S1 loads (contract). Every SpineLoads has ``band(name)`` ->
(low, high) over :data:`PARAMETER_RANGES`.

Geometry (sagittal plane, x forward, y up)::

         thorax
           |            the L4/L5 disc centre sits L4L5_ABOVE_L5S1 * H above the L5/S1 disc centre along the
        L4/L5 o  <- cut  abdomen's axis (inside the model's rigid lumbar segment); no segment mass lies between the
           |             two cuts in the model's lumping (de Leva's pelvis segment is below L5/S1), so the force is
        L5/S1 o  <- cut  the same and the moment moves with it:  M_L4L5 = M_L5S1 + z((p_L5S1 - p_L4L5) x F)
          pelvis         (exact, static and dynamic).

At each level the disc loads follow :mod:`hinge_model.spine` (net moment -> passive tissue + one equivalent
extensor; equilibrium resolved in the disc frame) with that level's geometry from ``data/spine_levels.csv`` (sources
and hand in its header and rows): disc orientation, extensor moment arm and line of action. The L4/L5 mid-disc plane
turns with the lumbar segment (pelvis tilt + the L5/S1 share of the lumbar flexion); in standing it is the upper L5
endplate's slope (17.7 deg, Dominguez et al. 2016, abstract) less half an assumed 10 deg disc wedge.

What is NOT measured here (ASSUMPTIONS, the reason for the bands): the L4/L5 position (:data:`L4L5_ABOVE_L5S1`,
about one vertebral body plus a disc), the disc wedges, the extensor moment arms (5.5 cm at both levels: per-level
MRI tables were not read first-hand), the magnitudes of the lines of action (only the L5/S1 sign reversal of
Macintosh et al. 1993 was read) and the passive curve (the same at both levels). The bands vary them over
:data:`PARAMETER_RANGES`; the shear band is the widest: shear is the least certain output of the model.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import cache
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from . import spine as _sp
from .anthropometry import Body
from .pose import Pose
from .validation import scalarize as _scalarize

Array = NDArray[np.float64]

#: L4/L5 disc centre above the L5/S1 disc centre along the lumbar segment, fraction of stature (ASSUMPTION: the L5
#: vertebral body, ~27 mm, and one disc, ~10 mm, for a 1.75 m adult; data/spine_levels.csv).
L4L5_ABOVE_L5S1: float = _sp.level_parameter("L4L5", "height_above_l5s1")
#: L4/L5 mid-disc plane from the horizontal in quiet standing, deg (data/spine_levels.csv): the upper L5 endplate at
#: 17.73 deg (Dominguez, Faundez, Demezon, Cogniet & Le Huec 2016, Eur Spine J 25:3602, abstract, N = 137) less half
#: the L4/L5 disc wedge (ASSUMPTION: 10 deg).
DISC_ANGLE_L4L5_STANDING: float = _sp.level_parameter("L4L5", "disc_angle_standing")
#: Plausible range of each uncertain spine parameter (low, high): scale of the extensor moment arm, the extensor
#: obliquity (deg, added to the nominal rule; the upper end covers the oblique lumbar fascicles, the lower end the
#: reversal to posterior shear in flexion reported by Macintosh, Bogduk & Pearcy 1993, Spine 18:884, abstract),
#: scale of the passive moment, and the disc inclination (deg, added).
PARAMETER_RANGES: MappingProxyType[str, tuple[float, float]] = MappingProxyType({
    "moment_arm_scale": (0.8, 1.2),
    "obliquity_offset": (-15.0, 15.0),
    "passive_scale": (0.5, 1.5),
    "disc_angle_offset": (-10.0, 10.0),
})
LEVELS: tuple[str, ...] = _sp.LEVELS


@cache
def _corners() -> Array:
    """(17, 4) rows of :func:`hinge_model.spine.disc_loads`' params: the nominal row first, then the 16 corners."""
    return np.array([_sp.NOMINAL_PARAMETERS, *itertools.product(*PARAMETER_RANGES.values())], dtype=float)


def _band(moment: Array, force: Array, lumbar: Array, disc_deg: Array, sex: str,
          level: str) -> Callable[[str], tuple[Any, Any]]:
    """SpineLoads.band of a level: (low, high) of an output over the nominal row and every corner of
    :data:`PARAMETER_RANGES` (:func:`hinge_model.spine.disc_loads`, computed when asked for)."""

    def band(name: str) -> tuple[Any, Any]:
        v = _sp.disc_loads(moment, force, lumbar, disc_deg, sex, _corners(), level)[name]
        return _scalarize(v.min(axis=0)), _scalarize(v.max(axis=0))

    return band


def _level(body: Body, pose: Pose, angles: dict[str, Array], moment: Array, force: Array, disc_deg: Array,
           level: str) -> _sp.SpineLoads:
    """Loads at a level whose mid-disc plane is ``disc_deg`` from the horizontal, with their band."""
    lam = np.broadcast_to(np.asarray(pose.lumbar, float), moment.shape)
    return _sp.spine_loads(body, pose, angles, moment, force, level=level, disc_deg=disc_deg,
                           band=_band(moment, force, lam, disc_deg, body.sex, level))


def l4l5_point(body: Body, points: dict[str, Array], angles: dict[str, Array]) -> Array:
    """The L4/L5 disc centre (..., 2): :data:`L4L5_ABOVE_L5S1` * stature above L5/S1 along the lumbar segment."""
    ab = np.asarray(angles["abdomen"], float)
    up = np.stack((np.sin(ab), np.cos(ab)), axis=-1)
    return points["L5S1"] + L4L5_ABOVE_L5S1 * body.height * up


def spine_levels(body: Body, pose: Pose, points: dict[str, Array], angles: dict[str, Array], moment: Any,
                 force: Any) -> dict[str, _sp.SpineLoads]:
    """{"L5S1": loads at L5/S1 (:func:`hinge_model.spine.spine_loads`), "L4L5": loads at L4/L5}, each with its band,
    from the L5/S1 net moment and force."""
    m = np.asarray(moment, float)
    f = np.asarray(force, float)
    p5 = np.asarray(points["L5S1"], float)
    p4 = l4l5_point(body, points, angles)
    d = p5 - p4
    m4 = m + (d[..., 0] * f[..., 1] - d[..., 1] * f[..., 0])
    lam = np.broadcast_to(np.asarray(pose.lumbar, float), m.shape)
    pelvis = np.asarray(angles["pelvis"], float)
    disc4 = (DISC_ANGLE_L4L5_STANDING + np.rad2deg(pelvis) + _sp.LUMBAR_SPLIT * lam) * np.ones_like(m)
    return {"L5S1": _level(body, pose, angles, m, f, _sp.disc_angle(pelvis, lam), "L5S1"),
            "L4L5": _level(body, pose, angles, m4, f, disc4, "L4L5")}
