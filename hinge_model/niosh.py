r"""Revised NIOSH lifting equation: recommended weight limit (RWL) and lifting index (LI).

Sources: Waters TR, Putz-Anderson V, Garg A & Fine LJ (1993) Revised NIOSH equation for the design and
evaluation of manual lifting tasks. Ergonomics 36(7):749-776; Waters, Putz-Anderson & Garg (1994, revised 9/2021)
Applications Manual for the Revised NIOSH Lifting Equation, DHHS (NIOSH) Publication No. 94-110
(doi:10.26616/NIOSHPUB94110revised092021), p. 7: the multiplier formulas in both unit systems::

    RWL = LC * HM * VM * DM * AM * FM * CM
                        metric (cm, kg)                U.S. customary (in, lb)
    LC                  23 kg                          51 lb
    HM                  25 / H   (1 for H <= 25 cm,    10 / H   (1 for H <= 10 in,
                                  0 for H > 63 cm)              0 for H > 25 in)
    VM                  1 - 0.003 |V - 75|             1 - 0.0075 |V - 30|      (0 above 175 cm / 70 in)
    DM                  0.82 + 4.5 / D                 0.82 + 1.8 / D           (1 for D <= 25 cm / 10 in,
                                                                                 0 for D > 175 cm / 70 in)
    AM                  1 - 0.0032 A   (A in degrees; 0 for A > 135 deg)
    LI = load / RWL     (LI > 1: increased risk of lifting-related low back pain for some workers)

H = horizontal hand distance from the mid-point between the inner ankle bones, V = hand height above the floor,
D = vertical travel distance, A = asymmetry angle. The two systems are NOT exact conversions of each other
(51 lb = 23.13 kg, 10 in = 25.4 cm, 30 in = 76.2 cm), so the same task gives a slightly different RWL in each;
the Applications Manual's worked examples are in U.S. units, hence ``units="US"``.

UNITS AT THE API: ``units="metric"`` (default) takes H, V and D in METRES (converted to cm inside) and returns kg;
``units="US"`` takes INCHES and returns pounds, as on the manual's worksheets. A in degrees. The frequency (FM)
and coupling (CM) multipliers are passed in as numbers (0-1) read from the manual's Tables 5 and 7; this module
does not tabulate them. ``worksheet_rounding=True`` follows the manual's rule for its worked examples (p. 29:
multipliers rounded to two decimals, the RWL to one); the default is full precision, which can differ from a
printed worksheet in the last digit ("differences in rounding ... should not be significant", p. 29).
Everything broadcasts (numpy arrays in, arrays out).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .validation import (
    InputTypeError,
    as_float_array,
    broadcast,
    check_array,
    check_choice,
    check_flag,
    check_int,
    check_range,
)
from .validation import scalarize as _scalarize

Array = NDArray[np.float64]


@dataclass(frozen=True)
class UnitSystem:
    """Constants of the equation in one unit system (Applications Manual p. 7 and sections 1.3.1-1.3.4), and how
    :func:`recommended_weight_limit` takes lengths in it (``api_unit``, times ``api_scale`` = ``length_unit``)."""

    length_unit: str
    api_unit: str
    api_scale: float
    api_max: float
    load_constant: float
    h_min: float
    h_max: float
    v_opt: float
    v_slope: float
    v_max: float
    d_min: float
    d_coef: float
    d_max: float


#: The two unit systems of the manual: metric (cm, kg; the API takes metres) and U.S. customary (in, lb).
UNIT_SYSTEMS: MappingProxyType[str, UnitSystem] = MappingProxyType({
    "metric": UnitSystem("cm", "m", 100.0, 10.0, 23.0, 25.0, 63.0, 75.0, 0.003, 175.0, 25.0, 4.5, 175.0),
    "US": UnitSystem("in", "in", 1.0, 400.0, 51.0, 10.0, 25.0, 30.0, 0.0075, 70.0, 10.0, 1.8, 70.0),
})

#: Asymmetry: AM = 0 beyond 135 deg (Waters et al. 1993).
A_MAX_DEG: float = 135.0
#: Lifting index above which the task carries increased risk (Waters et al. 1993).
LI_THRESHOLD: float = 1.0


def _system(units: str) -> UnitSystem:
    return UNIT_SYSTEMS[check_choice("units", units, tuple(UNIT_SYSTEMS))]


def round_half_up(x: ArrayLike, decimals: int) -> Array:
    """Round half away from zero (the manual's tables round e.g. VM = 0.925 up to .93), robust to binary
    representation (0.925 is stored as 0.92499999...)."""
    a = check_array("x", x)
    f = 10.0 ** check_int("decimals", decimals, 0, 12)
    return np.sign(a) * np.floor(np.abs(a) * f + 0.5 + 1e-9) / f


def horizontal_multiplier(h: ArrayLike, units: str = "metric") -> Array:
    """HM from H (cm, or inches with ``units="US"``): 25/H (10/H), 1 for H <= 25 cm (10 in), 0 for H > 63 cm
    (25 in)."""
    s = _system(units)
    h = check_range("h", h, 0.0, np.inf, unit=s.length_unit)
    return np.where(h <= s.h_min, 1.0, np.where(h > s.h_max, 0.0, s.h_min / np.maximum(h, s.h_min)))


def vertical_multiplier(v: ArrayLike, units: str = "metric") -> Array:
    """VM from V (cm, or inches with ``units="US"``): 1 - 0.003 |V - 75| (1 - 0.0075 |V - 30|), 0 above 175 cm
    (70 in)."""
    s = _system(units)
    v = check_range("v", v, 0.0, np.inf, unit=s.length_unit)
    return np.where(v > s.v_max, 0.0, 1.0 - s.v_slope * np.abs(v - s.v_opt))


def distance_multiplier(d: ArrayLike, units: str = "metric") -> Array:
    """DM from D (cm, or inches with ``units="US"``): 0.82 + 4.5/D (0.82 + 1.8/D), 1 for D <= 25 cm (10 in),
    0 for D > 175 cm (70 in)."""
    s = _system(units)
    d = check_range("d", d, 0.0, np.inf, unit=s.length_unit)
    return np.where(d <= s.d_min, 1.0,
                    np.where(d > s.d_max, 0.0, 0.82 + s.d_coef / np.maximum(d, s.d_min)))


def asymmetric_multiplier(a_deg: ArrayLike) -> Array:
    """AM from A in degrees: 1 - 0.0032 A, 0 for A > 135 deg (the same in both unit systems)."""
    a = check_range("a_deg", a_deg, 0.0, 360.0, unit="deg")
    return np.where(a > A_MAX_DEG, 0.0, 1.0 - 0.0032 * a)


def recommended_weight_limit(
    H: ArrayLike,
    V: ArrayLike,
    D: ArrayLike,
    A: ArrayLike = 0.0,
    frequency_multiplier: ArrayLike = 1.0,
    coupling_multiplier: ArrayLike = 1.0,
    *,
    units: str = "metric",
    worksheet_rounding: bool = False,
    strict: bool = False,
) -> Any:
    """RWL: kg from H, V, D in METRES (default), or lb from H, V, D in INCHES with ``units="US"``.

    H = hand horizontal distance from the mid-ankle point, V = hand height above the floor, D = vertical travel;
    A in degrees; FM and CM from the Applications Manual tables (0-1). ``worksheet_rounding=True`` rounds each
    multiplier to two decimals and the RWL to one, as the manual's worked examples do (p. 29); it must be a real
    bool (``'no'`` is refused, not read as true). A task beyond a limit of the equation has a multiplier of 0 and
    RWL = 0; ``strict=True`` raises ``ValueError`` naming that multiplier instead.

    >>> round(float(recommended_weight_limit(0.25, 0.75, 0.25)), 6)   # every multiplier 1 -> LC
    23.0
    >>> float(recommended_weight_limit(10, 30, 10, units="US"))      # the same in U.S. units -> 51 lb
    51.0
    """
    s = _system(units)
    worksheet_rounding = check_flag("worksheet_rounding", worksheet_rounding)
    strict = check_flag("strict", strict)
    fm = check_range("frequency_multiplier", frequency_multiplier, 0.0, 1.0)
    cm = check_range("coupling_multiplier", coupling_multiplier, 0.0, 1.0)
    h, v, d = (s.api_scale * check_range(n, x, 0.0, s.api_max, unit=s.api_unit)
               for n, x in (("H", H), ("V", V), ("D", D)))
    a = check_range("A", A, 0.0, 360.0, unit="deg")
    named = {"HM": horizontal_multiplier(h, units), "VM": vertical_multiplier(v, units),
             "DM": distance_multiplier(d, units), "AM": asymmetric_multiplier(a),
             "FM": fm, "CM": cm}
    if strict:
        _refuse_zero(named, {"HM": h, "VM": v, "DM": d, "AM": a}, s)
    multipliers = list(named.values())
    if worksheet_rounding:
        multipliers = [round_half_up(m, 2) for m in multipliers]
    arg_names = ("H", "V", "D", "A", "frequency_multiplier", "coupling_multiplier")
    rwl = s.load_constant * np.prod(broadcast(dict(zip(arg_names, multipliers, strict=True))), axis=0)
    if worksheet_rounding:
        rwl = round_half_up(rwl, 1)
    return _scalarize(np.asarray(rwl, dtype=float))


def _refuse_zero(named: dict[str, Array], inputs: dict[str, Array], s: UnitSystem) -> None:
    """ValueError naming the first multiplier that is 0 (the task is outside the equation) and why, in API units."""
    u, k = s.api_unit, s.api_scale
    limits = {"HM": ("H", s.h_max / k, u), "VM": ("V", s.v_max / k, u), "DM": ("D", s.d_max / k, u),
              "AM": ("A", A_MAX_DEG, "deg")}
    for key, m in named.items():
        zero = np.asarray(m) == 0.0
        if not np.any(zero):
            continue
        if key in inputs:
            arg, limit, unit = limits[key]
            x = np.broadcast_to(inputs[key], np.shape(m))[zero].flat[0] if np.ndim(m) else float(inputs[key])
            x = float(x) if key == "AM" else float(x) / k
            reason = f"{arg} = {x:g} {unit} is beyond {limit:g} {unit}"
        else:
            reason = f"{'frequency' if key == 'FM' else 'coupling'}_multiplier = 0"
        raise ValueError(f"{key} = 0 because {reason}: the task is outside the revised NIOSH lifting equation, so it "
                         f"has no recommended weight limit or lifting index; allowed: H <= {s.h_max / k:g} {u}, "
                         f"V <= {s.v_max / k:g} {u}, D <= {s.d_max / k:g} {u}, A <= {A_MAX_DEG:g} deg and "
                         "frequency/coupling multipliers > 0")


def lifting_index(load: ArrayLike, rwl: ArrayLike) -> Any:
    """LI = load / RWL (both in kg, or both in lb). ``rwl`` must be > 0: an RWL of 0 means a multiplier is 0 (a
    task outside the equation's limits), which has no lifting index, so ``ValueError`` is raised (never inf or
    NaN); ``recommended_weight_limit(..., strict=True)`` names the multiplier."""
    load_a = check_range("load", load, 0.0, np.inf, unit="kg")
    rwl_a = check_range("rwl", rwl, 0.0, np.inf, unit="kg")
    if np.any(rwl_a == 0.0):
        where = "" if rwl_a.ndim == 0 else f" (in an array of shape {rwl_a.shape})"
        raise ValueError(f"rwl = 0 kg{where}: the task is outside the revised NIOSH lifting equation (one of its "
                         "multipliers is 0: H, V or D beyond its limit, A > 135 deg, or a frequency/coupling "
                         "multiplier of 0), so it has no lifting index; allowed: rwl > 0 kg. "
                         "recommended_weight_limit(..., strict=True) names the multiplier")
    return _scalarize(np.asarray(load_a / rwl_a, dtype=float))


def hand_location(analysis: Any) -> tuple[Any, Any]:
    """(H, V) in metres from a :class:`hinge_model.statics.Analysis`.

    H = horizontal distance of the grip from the mid-point between the ankles (the model's origin, both ankles
    lumped), |hand x|; V = hand height above the floor, hand y + ``body.ankle_height``.
    """
    if not (hasattr(analysis, "points") and "hand" in getattr(analysis, "points", {}) and hasattr(analysis, "body")):
        raise InputTypeError(f"analysis must be a hinge_model.Analysis (from hinge_model.analyze) or an object with "
                             f"its points['hand'] and body, got {type(analysis).__name__}")
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

    Uses :func:`hand_location` for H and V and ``analysis.load_mass`` as the load. ``travel`` in [0, 10] m. A pose
    outside the equation (e.g. the hands more than 63 cm in front of the ankles) raises ``ValueError`` naming the
    multiplier that is 0.
    """
    h, v = hand_location(analysis)
    travel = check_range("travel", travel, 0.0, UNIT_SYSTEMS["metric"].api_max, unit="m")
    rwl = recommended_weight_limit(h, v, travel, A, frequency_multiplier, coupling_multiplier, strict=True)
    return rwl, lifting_index(analysis.load_mass, rwl)
