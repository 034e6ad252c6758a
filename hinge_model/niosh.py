r"""Revised NIOSH lifting equation: recommended weight limit (RWL) and lifting index (LI).

Sources: Waters TR, Putz-Anderson V, Garg A & Fine LJ (1993) Revised NIOSH equation for the design and
evaluation of manual lifting tasks. Ergonomics 36(7):749-776; Waters, Putz-Anderson & Garg (1994) Applications
Manual for the Revised NIOSH Lifting Equation, DHHS (NIOSH) Publication No. 94-110. Metric form::

    RWL = LC * HM * VM * DM * AM * FM * CM            (kg)
    LC = 23 kg
    HM = 25 / H           H = horizontal hand distance from the mid-point between the ankles (cm);
                          HM = 1 for H <= 25 cm, 0 for H > 63 cm
    VM = 1 - 0.003 |V - 75|   V = vertical hand height above the floor (cm); 0 for V > 175 cm
    DM = 0.82 + 4.5 / D   D = vertical travel distance of the lift (cm); 1 for D <= 25 cm, 0 for D > 175 cm
    AM = 1 - 0.0032 A     A = asymmetry angle (deg); 0 for A > 135 deg
    LI = load / RWL       (LI > 1: increased risk of lifting-related low back pain for some workers)

UNITS AT THE API: H, V and D in METRES (converted to cm inside), A in degrees, loads in kg. The frequency (FM)
and coupling (CM) multipliers are passed in as numbers (0-1) read from the Applications Manual's tables; this
module does not tabulate them. Everything broadcasts (numpy arrays in, arrays out).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .validation import as_float_array, check_range
from .validation import scalarize as _scalarize

Array = NDArray[np.float64]

#: Load constant, kg (Waters et al. 1993).
LOAD_CONSTANT: float = 23.0
#: Horizontal multiplier limits, cm (Waters et al. 1993): HM = 1 below 25 cm, 0 beyond 63 cm.
H_MIN_CM, H_MAX_CM = 25.0, 63.0
#: Vertical: optimum knuckle height 75 cm, VM = 0 above 175 cm (Waters et al. 1993).
V_OPT_CM, V_MAX_CM = 75.0, 175.0
#: Distance multiplier limits, cm: DM = 1 for D <= 25 cm, 0 for D > 175 cm (Waters et al. 1993).
D_MIN_CM, D_MAX_CM = 25.0, 175.0
#: Asymmetry: AM = 0 beyond 135 deg (Waters et al. 1993).
A_MAX_DEG: float = 135.0
#: Lifting index above which the task carries increased risk (Waters et al. 1993).
LI_THRESHOLD: float = 1.0



def horizontal_multiplier(h_cm: ArrayLike) -> Array:
    """HM from H in cm: 25/H, 1 for H <= 25 cm, 0 for H > 63 cm."""
    h = check_range("H", h_cm, 0.0, np.inf, unit="cm")
    return np.where(h <= H_MIN_CM, 1.0, np.where(h > H_MAX_CM, 0.0, H_MIN_CM / np.maximum(h, H_MIN_CM)))


def vertical_multiplier(v_cm: ArrayLike) -> Array:
    """VM from V in cm: 1 - 0.003 |V - 75|, 0 for V > 175 cm."""
    v = check_range("V", v_cm, 0.0, np.inf, unit="cm")
    return np.where(v > V_MAX_CM, 0.0, 1.0 - 0.003 * np.abs(v - V_OPT_CM))


def distance_multiplier(d_cm: ArrayLike) -> Array:
    """DM from D in cm: 0.82 + 4.5/D, 1 for D <= 25 cm, 0 for D > 175 cm."""
    d = check_range("D", d_cm, 0.0, np.inf, unit="cm")
    return np.where(d <= D_MIN_CM, 1.0, np.where(d > D_MAX_CM, 0.0, 0.82 + 4.5 / np.maximum(d, D_MIN_CM)))


def asymmetric_multiplier(a_deg: ArrayLike) -> Array:
    """AM from A in degrees: 1 - 0.0032 A, 0 for A > 135 deg."""
    a = check_range("A", a_deg, 0.0, 360.0, unit="deg")
    return np.where(a > A_MAX_DEG, 0.0, 1.0 - 0.0032 * a)


def recommended_weight_limit(
    H: ArrayLike,
    V: ArrayLike,
    D: ArrayLike,
    A: ArrayLike = 0.0,
    frequency_multiplier: ArrayLike = 1.0,
    coupling_multiplier: ArrayLike = 1.0,
) -> Any:
    """RWL (kg). H, V, D in METRES (hand horizontal distance from the mid-ankle point, hand height above the
    floor, vertical travel), A in degrees; FM and CM from the Applications Manual tables (0-1).

    >>> round(float(recommended_weight_limit(0.25, 0.75, 0.25)), 6)   # every multiplier 1 -> LC
    23.0
    """
    fm = check_range("frequency_multiplier", frequency_multiplier, 0.0, 1.0)
    cm = check_range("coupling_multiplier", coupling_multiplier, 0.0, 1.0)
    h = 100.0 * check_range("H", H, 0.0, 10.0, unit="m")
    v = 100.0 * check_range("V", V, 0.0, 10.0, unit="m")
    d = 100.0 * check_range("D", D, 0.0, 10.0, unit="m")
    rwl = (
        LOAD_CONSTANT
        * horizontal_multiplier(h)
        * vertical_multiplier(v)
        * distance_multiplier(d)
        * asymmetric_multiplier(A)
        * fm
        * cm
    )
    return _scalarize(np.asarray(rwl, dtype=float))


def lifting_index(load: ArrayLike, rwl: ArrayLike) -> Any:
    """LI = load / RWL (kg / kg). RWL = 0 (a task outside the equation's limits) gives LI = inf for load > 0
    and 0 for load = 0; never NaN."""
    load_a = check_range("load", load, 0.0, np.inf, unit="kg")
    rwl_a = check_range("rwl", rwl, 0.0, np.inf, unit="kg")
    safe = np.where(rwl_a > 0.0, rwl_a, 1.0)
    li = np.where(rwl_a > 0.0, load_a / safe, np.where(load_a > 0.0, np.inf, 0.0))
    return _scalarize(np.asarray(li, dtype=float))


def hand_location(analysis: Any) -> tuple[Any, Any]:
    """(H, V) in metres from a :class:`hinge_model.statics.Analysis`.

    H = horizontal distance of the grip from the mid-point between the ankles (the model's origin, both ankles
    lumped), |hand x|; V = hand height above the floor, hand y + ``body.ankle_height``.
    """
    hand = as_float_array("analysis.points['hand']", analysis.points["hand"])
    h = np.abs(hand[..., 0])
    v = np.maximum(hand[..., 1] + analysis.body.ankle_height, 0.0)
    return _scalarize(h), _scalarize(v)


def analysis_lifting_index(
    analysis: Any,
    travel: ArrayLike,
    A: ArrayLike = 0.0,
    frequency_multiplier: ArrayLike = 1.0,
    coupling_multiplier: ArrayLike = 1.0,
) -> tuple[Any, Any]:
    """(RWL kg, LI) for the pose(s) of ``analysis`` as the ORIGIN of a lift of vertical ``travel`` (m).

    Uses :func:`hand_location` for H and V and ``analysis.load_mass`` as the load.
    """
    h, v = hand_location(analysis)
    rwl = recommended_weight_limit(h, v, travel, A, frequency_multiplier, coupling_multiplier)
    return rwl, lifting_index(analysis.load_mass, rwl)
