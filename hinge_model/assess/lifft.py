r"""LiFFT, the Lifting Fatigue Failure Tool: cumulative low-back damage over a day of lifts, and its risk.

Source: Gallagher S, Sesek RF, Schall MC Jr & Huangfu R (2017) Development and validation of an easy-to-use risk
assessment tool for cumulative low back loading: The Lifting Fatigue Failure Tool (LiFFT). Appl Ergon 63:142-150
(doi:10.1016/j.apergo.2017.04.016). (The title and authors are those of the article at Appl Ergon 63:142.)

The method, per task i of a job (the paper, section 2 - read second-hand, see WHERE below)::

    PLM_i  = load weight x maximum horizontal distance from L5/S1 to the load's centre   (peak load moment, N·m)
    DPC_i  = exp(b * PLM_i + a) / N0          damage per cycle     (N0 = 902,416 from the paper's Eq. (1):
                                                                    cycles to failure = 902,416 e^(-0.162 %US))
    CD     = sum_i DPC_i * n_i                cumulative damage over a day (n_i repetitions per day)
    P      = e^Y / (1 + e^Y),  Y = c0 + c1 log10(CD)     probability that the job is a "high-risk job"
                                                          (>= 12 low-back injuries per 200,000 h; Marras et al. 1993)

Constants and WHERE they come from (:class:`LiFFTConstants`):

* N0 = 902,416: the paper's Eq. (1), section 2.1. Second-hand: as quoted, with page locators, from the authors'
  accepted manuscript by a public method specification (github.com/nbarr1/ErgonomicTool, docs/methods/lifft.md);
  the paper itself was not readable here.
* b = 0.038 per N·m, a = 0.32, c0 = 1.72, c1 = 1.03 (:data:`PUBLISHED`): the paper does NOT print the moment-to-
  damage regression nor the logistic fit (same specification: "Not printed"; its figures 5-6 show the fit). They are
  printed, rounded, by Zelik KE, Nurse CA, Schall MC, Sesek RF, Marino MC & Gallagher S (2022) An ergonomic
  assessment tool for evaluating the effect of back exoskeletons on injury risk. Appl Ergon 99:103619 (Eq. 1 and
  the risk equation). Second-hand: as quoted by the fatiguelab package (RESEARCH.md) and by the specification above.
* :data:`WORKBOOK_1_4_0`: the same relation in the authors' LiFFT workbook v1.4.0 (06/05/2018), unrounded:
  DPC = 10^(-5.81636221052493 + 0.0222878437409416 M), M in ft·lb, and Y = 1.7229 + 1.0239 log10(CD).
  Second-hand: cell formulas as transcribed by the same public specification (methods/lifft/transcription). In
  N·m: b = 0.0378514 per N·m and a = 0.32016 with N0 = 902,416, i.e. :data:`PUBLISHED` to its rounding, except the
  logistic slope: 1.0239 in the workbook, 1.03 as published (not a rounding of 1.0239; < 1 point of probability).

Worked examples (tests): the paper's mono-task example (section 2.2): 13 kg lifted 400 times a day with the load
40 cm from L5/S1: PLM "51 Nm", DPC "0.000011", CD "0.0043" (second-hand, same specification). We get 51.0 N·m,
1.06e-5 and 0.0042 (CD within the rounding of the printed DPC: 400 x [1.05, 1.15) e-5). The paper's risk for it,
"25.39 %", came from the tool's earlier damage-risk relation: the calculator's version history says the relation
was updated in v1.3.0 (11/2017) and v1.4.0 (06/2018), after the paper; the current relation gives ~33 %. The
calculator's own instructions (lifft.pythonanywhere.com/instruction, v1.4.1) example, 30 lb lifted 760 times at
16 in, "a 40% probability of being a high-risk job", is reproduced (second-hand for the 16 in and 40 %).

Peer implementations (PyPI), checked in the tests: **fatiguelab** 0.2.0 implements the tool as the paper describes
it, DPC from the peak load moment in N·m (``exp(0.038 PLM + 0.32) / SCALAR``), but with SCALAR = 1,902,416 where
Eq. (1) and the authors' workbook have 902,416 (factor 2.108): with its scalar it does not reproduce the paper's
DPC (5.0e-6 instead of 0.000011) nor the calculator's 40 %; with 902,416 it agrees with this module to rounding.
**pyergo** 0.1.3 implements only the paper's Eq. (1), DPC = e^(0.162 %US) / 902,416 from a FORCE as a fraction of
an ultimate tolerance (default 10 kN; the paper's is ~6 kN), without the unprinted moment-to-compression
regression, so it cannot take the paper's inputs (load, distance). The tests cross-check fatiguelab.

Valid ranges (ValueError outside): repetitions 0 to :data:`MAX_REPS_PER_DAY` per day. The paper states no range;
ASSUMPTION: we accept what the revised NIOSH frequency table covers, 15 lifts/min over an 8-h day = 7200 lifts.
The paper advises "caution for peak moments greater than 100 Nm" (section 5, second-hand): flagged in the verdict.
Risk bands (section 2.2, second-hand): low < 25 %, moderate 25-50 %, high > 50 %.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..conventions import LOAD_RANGE, G
from ..validation import scalarize as _scalarize
from ._checks import number
from .result import MethodResult

Array = NDArray[np.float64]

METHOD = "LiFFT"
#: One foot-pound in N·m (0.3048 m x 4.4482216152605 N, exact definitions).
FT_LB: float = 0.3048 * 4.4482216152605
#: Eq. (1) of the paper: cycles to failure = 902,416 e^(-0.162 %US) (section 2.1; second-hand, module docstring).
EQ1_COEFFICIENT: float = 902_416.0
EQ1_EXPONENT: float = 0.162
#: Largest repetitions per day accepted (ASSUMPTION: 15 lifts/min x 480 min, the NIOSH frequency table's range).
MAX_REPS_PER_DAY: float = 15.0 * 60.0 * 8.0
#: Peak load moment above which the paper advises caution, N·m (section 5; second-hand).
CAUTION_MOMENT: float = 100.0
#: Risk bands of the tool, percent (section 2.2; second-hand): low below the first, high above the second.
RISK_BANDS: tuple[float, float] = (25.0, 50.0)
#: Largest horizontal distance from L5/S1 to the load accepted, m (ASSUMPTION: beyond any reach of the body).
MAX_DISTANCE: float = 1.5


@dataclass(frozen=True)
class LiFFTConstants:
    """DPC = exp(moment_coefficient * PLM + offset) / scalar (PLM in N·m); P = logistic(intercept + slope log10 CD)."""

    name: str
    moment_coefficient: float  # 1/(N·m)
    offset: float
    scalar: float
    intercept: float
    slope: float
    source: str


#: The rounded constants printed by Zelik et al. (2022) with the paper's Eq. (1) scalar (module docstring).
PUBLISHED = LiFFTConstants("published", 0.038, 0.32, EQ1_COEFFICIENT, 1.72, 1.03,
                           "Gallagher et al. 2017 Eq. (1); Zelik et al. 2022 (second-hand)")
#: The authors' workbook v1.4.0 (06/05/2018) cell formulas, converted to N·m (module docstring).
WORKBOOK_1_4_0 = LiFFTConstants(
    "workbook 1.4.0", math.log(10.0) * 0.0222878437409416 / FT_LB,
    math.log(10.0) * -5.81636221052493 + math.log(EQ1_COEFFICIENT), EQ1_COEFFICIENT, 1.7229, 1.0239,
    "LiFFT workbook v1.4.0 cell formulas (second-hand transcription)")


def peak_load_moment(load_mass: ArrayLike, horizontal_distance: ArrayLike, *, g: float = G) -> Any:
    """PLM = load_mass (kg) x g x maximum horizontal distance from L5/S1 to the load (m): N·m.

    >>> round(float(peak_load_moment(13.0, 0.40)), 1)      # the paper's example: "40 cm x 13 kg = 51 Nm"
    51.0
    """
    m = number("load_mass", load_mass, *LOAD_RANGE, method=METHOD, unit="kg")
    d = number("horizontal_distance", horizontal_distance, 0.0, MAX_DISTANCE, method=METHOD, unit="m",
               why="from L5/S1 to the load's centre; the upper bound is an assumption")
    return _scalarize(np.asarray(m * g * d, dtype=float))


def damage_per_cycle(peak_moment: ArrayLike, constants: LiFFTConstants = PUBLISHED) -> Any:
    """Damage per lift from the peak load moment (N·m): exp(b PLM + a) / 902,416 (dimensionless).

    >>> f"{float(damage_per_cycle(51.0)):.1e}"             # the paper's example: "0.000011"
    '1.1e-05'
    """
    plm = number("peak_moment", peak_moment, 0.0, LOAD_RANGE[1] * G * MAX_DISTANCE, method=METHOD, unit="N·m",
                 why="a load within hinge_model's load range at most 1.5 m from L5/S1")
    c = _constants(constants)
    return _scalarize(np.exp(c.moment_coefficient * plm + c.offset) / c.scalar)


def cumulative_damage(peak_moments: ArrayLike, reps_per_day: ArrayLike,
                      constants: LiFFTConstants = PUBLISHED) -> float:
    """CD = sum over tasks of DPC(PLM_i) x n_i: one number for the day (tasks given as arrays that broadcast).

    >>> round(cumulative_damage(51.0, 400), 4)           # the paper: "a CD daily dose of 0.0043"
    0.0042
    """
    dpc = np.atleast_1d(np.asarray(damage_per_cycle(peak_moments, constants), dtype=float))
    n = np.atleast_1d(reps(reps_per_day))
    try:
        dpc, n = np.broadcast_arrays(dpc, n)
    except ValueError:
        raise ValueError(f"peak_moments (shape {dpc.shape}) and reps_per_day (shape {n.shape}) do not broadcast "
                         "together: give one repetition count per task") from None
    return float(np.sum(dpc * n))


def reps(reps_per_day: ArrayLike) -> Array:
    """Check repetitions per day: numbers (not booleans) in [0, :data:`MAX_REPS_PER_DAY`]."""
    return number("reps_per_day", reps_per_day, 0.0, MAX_REPS_PER_DAY, method=METHOD, unit="lifts/day",
                  why="the paper states none; we accept the NIOSH frequency table's 15 lifts/min over 8 h")


def probability_high_risk(cd: ArrayLike, constants: LiFFTConstants = PUBLISHED) -> Any:
    """Probability (0-1) that the job is high-risk: e^Y / (1 + e^Y), Y = c0 + c1 log10(CD); 0 for CD = 0.

    >>> round(float(probability_high_risk(0.03)), 3)    # the paper's cut point CD = 0.03 (section 3.3)
    0.538
    """
    x = number("cd", cd, 0.0, np.inf, method=METHOD)
    c = _constants(constants)
    safe = np.where(x > 0, x, 1.0)
    y = c.intercept + c.slope * np.log10(safe)
    p = np.where(x > 0, 1.0 / (1.0 + np.exp(-y)), 0.0)
    return _scalarize(np.asarray(p, dtype=float))


def task_shares(peak_moments: ArrayLike, reps_per_day: ArrayLike, constants: LiFFTConstants = PUBLISHED) -> Array:
    """Each task's percent of the day's cumulative damage (the tool's "% Total (damage)"); zeros if CD = 0."""
    dpc = np.atleast_1d(np.asarray(damage_per_cycle(peak_moments, constants), dtype=float))
    n = np.atleast_1d(reps(reps_per_day))
    d = dpc * n
    total = float(np.sum(d))
    return 100.0 * d / total if total > 0 else np.zeros_like(d)


def risk_band(probability: float) -> str:
    """"low" (< 25 %), "moderate" (25-50 %) or "high" (> 50 %): the tool's bands (section 2.2)."""
    pct = 100.0 * float(probability)
    return "low" if pct < RISK_BANDS[0] else ("moderate" if pct <= RISK_BANDS[1] else "high")


def assess_lifft(load_mass: float, horizontal_distance: float, reps_per_day: float, *,
                 other_tasks: Sequence[tuple[float, float]] = (), constants: LiFFTConstants = PUBLISHED,
                 g: float = G) -> MethodResult:
    """LiFFT for the task (``load_mass`` kg, peak horizontal distance L5/S1-load m, repetitions per day), plus
    optional ``other_tasks`` of the same day as (peak moment N·m, repetitions) pairs."""
    plm = float(peak_load_moment(load_mass, horizontal_distance, g=g))
    moments = [plm, *(float(m) for m, _ in other_tasks)]
    counts = [float(np.asarray(reps(reps_per_day))), *(float(n) for _, n in other_tasks)]
    cd = cumulative_damage(moments, counts, constants)
    p = float(probability_high_risk(cd, constants))
    band = risk_band(p)
    verdict = {"low": "within", "moderate": "caution", "high": "exceeds"}[band]
    caution = plm > CAUTION_MOMENT
    says = f"{100 * p:.0f} % probability of a high-risk job ({band} risk; daily damage {cd:.2g})"
    why = (f"{counts[0]:g} lifts/day at a peak load moment of {plm:.0f} N·m ({load_mass:g} kg at "
           f"{100 * horizontal_distance:.0f} cm from L5/S1); damage grows exponentially with the moment and "
           "linearly with the repetitions" + ("; the paper advises caution above 100 N·m" if caution else ""))
    return MethodResult(
        method=METHOD, verdict=verdict, says=says, why=why,
        inputs={"load_mass": float(load_mass), "horizontal_distance": float(horizontal_distance),
                "reps_per_day": counts[0], "other_tasks": tuple(other_tasks), "constants": constants.name},
        values={"peak_load_moment": plm, "damage_per_cycle": float(damage_per_cycle(plm, constants)),
                "cumulative_damage": cd, "probability": p, "band": band, "moment_caution": caution,
                "shares": tuple(float(s) for s in task_shares(moments, counts, constants))},
        source="Gallagher, Sesek, Schall & Huangfu (2017) Appl Ergon 63:142; constants " + constants.source,
    )


def _constants(constants: Any) -> LiFFTConstants:
    if not isinstance(constants, LiFFTConstants):
        raise ValueError(f"constants must be a LiFFTConstants (e.g. PUBLISHED or WORKBOOK_1_4_0), got "
                         f"{type(constants).__name__}")
    return constants
