"""Biarticular hamstring length and the hip flexion at which it reaches the passive straight-leg-raise limit.

Model (constant moment arms, a stated assumption). The biarticular hamstrings (semimembranosus, semitendinosus,
biceps femoris long head) cross the back of the hip (they extend it) and the back of the knee (they flex it), so

    L(hip, knee) = L0 + r_hip * hip - r_knee * knee        (angles in rad, 0 = upright standing)

hip flexion lengthens them and knee flexion shortens (slackens) them. Lengths are reported normalised to upright
standing, ``L / L0``. Angles follow :mod:`hinge_model.conventions` (degrees at the API, 0 = upright); our ``hip``
angle is the pelvis-thigh angle, the same angle the straight-leg raise (SLR) measures when the pelvis is held.
(Clinically the SLR is read from the horizontal and the pelvis tilts back a little at end range, so the true
pelvis-femur angle is a few degrees smaller; we ignore that difference.)

Numbers (each an assumption within the cited range):

* ``r_hip`` = 7 cm at 1.75 m stature (scaled with stature): ASSUMPTION in the 6-8 cm range usually quoted for
  the hamstrings' hip-extension moment arm (in vivo hip-extensor moment arms: Nemeth & Ohlsen 1985,
  J Biomech 18:129 - the exact figure was not re-checked here). The hamstrings' moment arms are larger at the hip
  than at the knee (Kellis & Blazevich 2022, BMC Sports Sci Med Rehabil 14:166, review), and hip angle changes
  biceps femoris length much more than knee angle does (Visser et al. 1990, Eur J Appl Physiol 61:453,
  cadaver length-angle polynomials).
* ``r_knee`` = 3.5 cm at 1.75 m: knee-flexion moment arms of semitendinosus 40-55 mm, semimembranosus 20-40 mm,
  biceps femoris ~20 mm (Nigg & Herzog, Biomechanics of the Musculo-skeletal System, "typical moment arms"),
  i.e. ~3-4 cm for the group. Constant with knee angle: Visser et al. (1990) found the biceps femoris knee
  moment arm constant over the whole knee-flexion range.
* ``L0`` = the thigh length (hip to knee centre): the ischial tuberosity-to-proximal-tibia path is about one
  thigh length (assumption; it only scales ``L / L0``, never the stretch limit below).

Stretch limit. The passive SLR (hip flexion with the knee straight) defines the largest tolerated length:
80-90 deg is normal, < 70 deg tight (Kendall et al., Muscles: Testing and Function, 5th ed. 2005: normal
hamstring length allows ~80 deg; ExRx passive lying straight-leg lift test: 80-90 deg desirable; a PSLR below
~70 deg is the usual clinical "tight" cut-off). With constant moment arms the limit for any knee angle is::

    hip_limit(knee) = slr + (r_knee / r_hip) * knee          (= slr + 0.5 * knee with the defaults)

Check against an independent test: the 90-90 test (hip at 90 deg) calls hamstrings tight when the knee cannot
extend to within 20 deg of straight; the model with slr = 80 deg gives exactly 20 deg at hip 90 deg. With the knee
bent 90 deg the limit is 125 deg, near the ~120 deg hip flexion range with the knee flexed (AAOS 1965).

The stretch limit is capped at the hip's range of motion (:data:`hinge_model.conventions.ANGLE_RANGES`).
"""

from __future__ import annotations

from types import MappingProxyType

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .anthropometry import Body
from .conventions import ANGLE_RANGES
from .validation import broadcast, check_array, check_choice, check_instance, check_number

Array = NDArray[np.float64]

#: Hamstring hip-extension moment arm at 1.75 m stature, m (assumption in the usual 6-8 cm range; module doc).
R_HIP: float = 0.07
#: Hamstring knee-flexion moment arm at 1.75 m stature, m (Nigg & Herzog: ST 40-55, SM 20-40, BF ~20 mm).
R_KNEE: float = 0.035
#: Stature the moment arms refer to, m.
REFERENCE_HEIGHT: float = 1.75

#: Passive straight-leg-raise limit (deg, knee straight) by flexibility class: normal 80 deg (Kendall et al.
#: 2005; 80-90 deg normal), tight 65 deg (below the < 70 deg clinical cut-off), flexible 95 deg (above the
#: 80-90 deg normal band; assumption for trained, flexible lifters).
SLR_LIMITS: MappingProxyType[str, float] = MappingProxyType({"tight": 65.0, "normal": 80.0, "flexible": 95.0})
#: Range of SLR limits we accept as input, deg.
SLR_RANGE: tuple[float, float] = (30.0, 120.0)


def _moment_arms(body: Body | None) -> tuple[float, float]:
    if body is not None:
        check_instance("body", body, Body, "a hinge_model.Body or None")
    scale = 1.0 if body is None else body.height / REFERENCE_HEIGHT
    return R_HIP * scale, R_KNEE * scale


def _slr(slr: float | None, flexibility: str) -> float:
    from_class = SLR_LIMITS[check_choice("flexibility", flexibility, tuple(SLR_LIMITS))]
    return from_class if slr is None else check_number("slr", slr, *SLR_RANGE, "deg")


def _angles(hip: ArrayLike, knee: ArrayLike) -> tuple[Array, Array]:
    h = check_array("hip", hip, *ANGLE_RANGES["hip"], "deg")
    k = check_array("knee", knee, *ANGLE_RANGES["knee"], "deg")
    h, k = broadcast({"hip": h, "knee": k})
    return h, k


def hamstring_length(hip: ArrayLike, knee: ArrayLike, body: Body | None = None) -> Array:
    """Biarticular hamstring length normalised to upright standing, ``L / L0`` (1 at hip = knee = 0).

    ``hip`` (flexion, deg) lengthens, ``knee`` (flexion, deg) shortens. Arrays broadcast. ``body`` sets the
    stature scaling and ``L0`` (thigh length); without it a 1.75 m man's thigh (0.424 m, de Leva 1996) is used.
    """
    h, k = _angles(hip, knee)
    r_h, r_k = _moment_arms(body)
    l0 = 0.4244 if body is None else body.segments["thigh"].length
    return 1.0 + (r_h * np.deg2rad(h) - r_k * np.deg2rad(k)) / l0


def hamstring_stretch_limit(
    knee: ArrayLike,
    slr: float | None = None,
    *,
    flexibility: str = "normal",
    body: Body | None = None,
) -> Array:
    """Hip flexion (deg) at which the hamstrings reach their passive-SLR length, for a knee flexion (deg).

    ``slr`` is the passive straight-leg-raise limit (deg, knee straight); if None it comes from ``flexibility``
    ("tight" 65, "normal" 80, "flexible" 95 deg, see :data:`SLR_LIMITS`). More knee flexion slackens the
    hamstrings and allows more hip flexion: ``slr + (r_knee / r_hip) * knee``, capped at the hip range of
    motion (130 deg). The moment-arm ratio does not depend on stature, so ``body`` changes nothing here; it is
    accepted for symmetry with :func:`hamstring_length`. Vectorised.

    >>> float(hamstring_stretch_limit(0.0))
    80.0
    >>> float(hamstring_stretch_limit(40.0, flexibility="tight"))
    85.0
    """
    k = check_array("knee", knee, *ANGLE_RANGES["knee"], "deg")
    s = _slr(slr, flexibility)
    r_h, r_k = _moment_arms(body)
    return np.minimum(s + (r_k / r_h) * k, ANGLE_RANGES["hip"][1])


def hamstring_stretch_fraction(
    hip: ArrayLike, knee: ArrayLike, slr: float | None = None, *, flexibility: str = "normal"
) -> Array:
    """Hamstring elongation from upright as a fraction of the elongation at the SLR limit (1.0 = at the limit)."""
    h, k = _angles(hip, knee)
    s = _slr(slr, flexibility)
    ratio = R_KNEE / R_HIP
    return (h - ratio * k) / s


__all__ = [
    "R_HIP",
    "R_KNEE",
    "SLR_LIMITS",
    "hamstring_length",
    "hamstring_stretch_fraction",
    "hamstring_stretch_limit",
]
