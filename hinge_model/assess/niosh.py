r"""The revised NIOSH lifting equation as an assessment: frequency (Table 5) and coupling (Table 7) multipliers,
the lifting index of a task from its repetitions per day, and the composite lifting index of a multi-task job.

Builds on :mod:`hinge_model.niosh` (the RWL and LI, with the Applications Manual's Example 4 as a test). Source:
Waters TR, Putz-Anderson V & Garg A (1994, revised 9/2021) Applications Manual for the Revised NIOSH Lifting
Equation, DHHS (NIOSH) Publication No. 94-110, and Waters TR, Putz-Anderson V, Garg A & Fine LJ (1993) Ergonomics
36(7):749-776. The manual could not be opened here: its Tables 5 and 7 (data files
``niosh_frequency_multiplier.csv`` and ``niosh_coupling_multiplier.csv``, each cell cited there) and the rules
quoted below are second-hand, as transcribed and quoted with page locators by a public method specification
(github.com/nbarr1/ErgonomicTool, docs/methods/rnle.md).

Rules followed (manual pages as quoted there):

* FM from F (lifts/min averaged over 15 min), the duration category and V at the ORIGIN (p. 15); F < 0.2 is set
  to 0.2 (Table 5 footnote); a measured F between two rows is interpolated linearly (p. 7); above the column's
  highest non-zero row (the maximum frequency) FM = 0, "Lifting above the maximum frequency results in a RWL of
  0.0" (pp. 14-15). ASSUMPTION: between the last non-zero row and the first 0.00 row we use 0 (the manual does not
  say; the specification lists it as an open question).
* Duration categories (pp. 13-14): short <= 1 h, moderate > 1 h but <= 2 h, long > 2 h but <= 8 h; "No weight
  limits are provided for more than eight hours of work" (p. 14): more than 8 h is refused.
* CM from Table 7 by coupling type (Table 6) and V where the RWL is evaluated.
* Multi-task (pp. 26-28): FIRWL = RWL with FM = 1; STRWL = FIRWL x FM(F_i); FILI = max load / FIRWL;
  STLI = average load / STRWL; tasks renumbered by decreasing STLI (ties: the higher frequency first, p. 57);
  ``CLI = STLI_1 + sum_k FILI_k (1/FM_{1..k} - 1/FM_{1..k-1})`` with FM_{1..k} from Table 5 at the SUM of the
  frequencies of tasks 1..k (p. 28). Waters et al. (2007, Ergonomics 50(11):1761) extend it to sequential jobs.
* Interpretation (p. 20): LI <= 1 is the design goal; LI > 1 "pose[s] an increased risk ... for some fraction of
  the workforce"; LI > 3: "nearly all workers will be at an increased risk" (attributed there to some experts).

Units at the API: metres, kg, degrees, lifts/min, hours (the multipliers use the manual's metric constants).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from functools import cache
from importlib.resources import files
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .. import niosh as _core
from ..validation import check_choice
from ..validation import scalarize as _scalarize
from ._checks import number, scalar
from .result import MethodResult

Array = NDArray[np.float64]

METHOD = "NIOSH"
#: Duration categories and their upper limits in hours (manual pp. 13-14, second-hand).
DURATIONS: dict[str, float] = {"short": 1.0, "moderate": 2.0, "long": 8.0}
_COLUMN = {"short": "le1h", "moderate": "le2h", "long": "le8h"}
#: The V boundary of Tables 5 and 7: 30 in, given as 75 cm for metric use (Table 7), m.
V_BOUNDARY: float = 0.75
#: Lowest frequency of Table 5 (lifts/min); lower frequencies are set to it (footnote).
F_MIN: float = 0.2
#: Highest frequency of Table 5 (lifts/min); beyond it FM = 0 in every column (the ">15" row).
F_MAX: float = 15.0
#: LI thresholds of the manual (p. 20): design goal and "nearly all workers" (second-hand).
LI_GOAL: float = 1.0
LI_HIGH: float = 3.0
COUPLINGS: tuple[str, ...] = ("good", "fair", "poor")


def _read(name: str) -> list[dict[str, str]]:
    text = files("hinge_model.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


@cache
def frequency_table() -> dict[str, Array]:
    """Table 5 as {column: values} with ``"lifts_per_min"`` the row frequencies (see the data file's header)."""
    rows = _read("niosh_frequency_multiplier.csv")
    return {k: np.array([float(r[k]) for r in rows]) for k in rows[0]}


@cache
def coupling_table() -> dict[str, tuple[float, float]]:
    """Table 7 as {coupling: (CM for V < 75 cm, CM for V >= 75 cm)}."""
    return {r["coupling"]: (float(r["vlt30"]), float(r["vge30"])) for r in _read("niosh_coupling_multiplier.csv")}


def duration_category(hours: float) -> str:
    """"short" (<= 1 h), "moderate" (<= 2 h) or "long" (<= 8 h) of continuous lifting; > 8 h is refused."""
    h = scalar("duration_hours", hours, 0.0, DURATIONS["long"], method=METHOD, unit="h", lo_open=True,
               why="the Applications Manual gives no weight limits for more than 8 hours of work, p. 14")
    return next(name for name, top in DURATIONS.items() if h <= top)


def frequency_multiplier(frequency: ArrayLike, duration: str = "long", V: float = 0.0) -> Any:
    """FM from Table 5: ``frequency`` in lifts/min (>= 0), ``duration`` short/moderate/long, V (m) at the origin.

    >>> float(frequency_multiplier(1.0, "short", 0.5)), float(frequency_multiplier(9.0, "long", 0.5))
    (0.94, 0.0)
    >>> round(float(frequency_multiplier(2.5, "moderate", 0.8)), 3)      # interpolated between 2 and 3 lifts/min
    0.815
    """
    f = number("frequency", frequency, 0.0, np.inf, method=f"{METHOD} Table 5", unit="lifts/min")
    check_choice("duration", duration, tuple(DURATIONS))
    v = scalar("V", V, 0.0, 1.75, method=f"{METHOD} Table 5", unit="m", why="the floor to 175 cm, p. 9")
    table = frequency_table()
    col = table[f"{_COLUMN[duration]}_{'vlt30' if v < V_BOUNDARY else 'vge30'}"]
    grid = table["lifts_per_min"]
    last = int(np.nonzero(col > 0)[0][-1])
    f_eff = np.maximum(f, F_MIN)
    fm = np.where(f_eff > grid[last], 0.0, np.interp(f_eff, grid[: last + 1], col[: last + 1]))
    return _scalarize(np.asarray(fm, dtype=float))


def coupling_multiplier(coupling: str, V: float) -> float:
    """CM from Table 7 for ``coupling`` (good, fair, poor; Table 6 classifies) at hand height V (m).

    >>> coupling_multiplier("fair", 0.56), coupling_multiplier("fair", 1.50)   # as on the Example 4 worksheet
    (0.95, 1.0)
    """
    check_choice("coupling", coupling, COUPLINGS)
    v = scalar("V", V, 0.0, 1.75, method=f"{METHOD} Table 7", unit="m", why="the floor to 175 cm, p. 9")
    low, high = coupling_table()[coupling]
    return low if v < V_BOUNDARY else high


def lifts_per_minute(reps_per_day: float, shift_hours: float) -> float:
    """Average frequency (lifts/min) of ``reps_per_day`` spread over ``shift_hours``; above 15/min is refused."""
    h = scalar("shift_hours", shift_hours, 0.0, DURATIONS["long"], method=METHOD, unit="h", lo_open=True,
               why="the Applications Manual gives no weight limits for more than 8 hours of work, p. 14")
    top = F_MAX * 60.0 * h
    n = scalar("reps_per_day", reps_per_day, 0.0, top, method=METHOD, unit="lifts/day",
               why=f"Table 5 ends at {F_MAX:g} lifts/min; over {h:g} h that is {top:g} lifts")
    return n / (60.0 * h)


def rating(li: float) -> str:
    """Verdict of a lifting index: within (<= 1), caution (<= 3), exceeds (> 3), manual p. 20."""
    return "within" if li <= LI_GOAL else ("caution" if li <= LI_HIGH else "exceeds")


def assess_niosh(load_mass: float, H: float, V: float, D: float, *, reps_per_day: float, shift_hours: float = 8.0,
                 coupling: str = "good", A: float = 0.0) -> MethodResult:
    """RWL and LI of one task at its ORIGIN: hands H m in front of the mid-ankles and V m above the floor, lifted
    D m, ``reps_per_day`` lifts spread over ``shift_hours`` of lifting, ``coupling`` per Table 6, asymmetry A deg."""
    f = lifts_per_minute(reps_per_day, shift_hours)
    duration = duration_category(shift_hours)
    fm = float(frequency_multiplier(f, duration, V))
    cm = coupling_multiplier(coupling, V)
    rwl = float(_core.recommended_weight_limit(H, V, D, A, fm, cm))
    firwl = float(_core.recommended_weight_limit(H, V, D, A, 1.0, cm))
    if rwl <= 0.0:  # a multiplier is 0: the task lies outside the equation, which then recommends no load at all
        li = fili = float("inf")
        verdict = "exceeds"
    else:
        li = float(_core.lifting_index(load_mass, rwl))
        fili = float(_core.lifting_index(load_mass, firwl)) if firwl > 0 else float("inf")
        verdict = rating(li)
    multipliers = {"HM": float(_core.horizontal_multiplier(100 * H)), "VM": float(_core.vertical_multiplier(100 * V)),
                   "DM": float(_core.distance_multiplier(100 * D)), "AM": float(_core.asymmetric_multiplier(A)),
                   "FM": fm, "CM": cm}
    smallest = min(multipliers, key=multipliers.__getitem__)
    says = (f"lifting index {li:.2f} (recommended weight limit {rwl:.1f} kg for {load_mass:g} kg)" if rwl > 0 else
            f"outside the equation: a multiplier is 0, so no load is recommended ({load_mass:g} kg lifted)")
    why = (f"the smallest multiplier is {smallest} = {multipliers[smallest]:.2f} (hands {100 * H:.0f} cm in front "
           f"of the ankles, {100 * V:.0f} cm up, {f:.2g} lifts/min for {shift_hours:g} h); the equation sees where "
           "the hands are, not the technique")
    return MethodResult(
        method=METHOD, verdict=verdict, says=says, why=why,
        inputs={"load_mass": float(load_mass), "H": float(H), "V": float(V), "D": float(D), "A": float(A),
                "reps_per_day": float(reps_per_day), "shift_hours": float(shift_hours), "coupling": coupling},
        values={"RWL": rwl, "LI": li, "FIRWL": firwl, "FILI": fili,
                "frequency": f, "duration": duration, "multipliers": multipliers},
        source="Waters, Putz-Anderson & Garg (1994/2021) Applications Manual, DHHS (NIOSH) 94-110, Tables 5 and 7 "
               "(second-hand transcription)",
    )


def cli_from_worksheet(stli_1: float, fili: Sequence[float], fm_cumulative: Sequence[float]) -> float:
    """CLI = STLI_1 + sum_{k>=2} FILI_k (1/FM_{1..k} - 1/FM_{1..k-1}), tasks already renumbered (manual p. 28).

    ``fili`` = [FILI_2, ..., FILI_n]; ``fm_cumulative`` = [FM_1, FM_1,2, ..., FM_1..n] (n values). An FM of 0
    (the summed frequency beyond Table 5) makes the CLI infinite.

    >>> round(cli_from_worksheet(1.5, [1.0], [0.88, 0.75]), 4)    # 1.5 + 1.0 (1/0.75 - 1/0.88)
    1.697
    """
    s1 = scalar("stli_1", stli_1, 0.0, np.inf, method=f"{METHOD} CLI")
    fi = np.atleast_1d(number("fili", list(fili), 0.0, np.inf, method=f"{METHOD} CLI")) if len(fili) else np.zeros(0)
    fm = np.atleast_1d(number("fm_cumulative", list(fm_cumulative), 0.0, 1.0, method=f"{METHOD} CLI"))
    if fm.size != fi.size + 1:
        raise ValueError(f"fm_cumulative must have one value more than fili (FM_1, FM_1,2, ...); got {fm.size} "
                         f"values for {fi.size} FILI values")
    if np.any(fm[:-1] < fm[1:] - 1e-12):
        raise ValueError("fm_cumulative must not increase: FM falls as the summed frequency grows (Table 5)")
    if np.any(fm == 0.0):
        return float("inf")
    return float(s1 + np.sum(fi * (1.0 / fm[1:] - 1.0 / fm[:-1])))


def composite_lifting_index(fili: Sequence[float], stli: Sequence[float], frequencies: Sequence[float],
                            fm: Callable[[float], float]) -> tuple[float, list[int]]:
    """(CLI, order) of a multi-task job: tasks given by their FILI, STLI and frequency (lifts/min); ``fm`` maps a
    summed frequency to FM (e.g. ``lambda f: frequency_multiplier(f, "long", V)``). ``order`` lists the original
    task indices by decreasing STLI (ties: higher frequency first)."""
    fi = np.atleast_1d(number("fili", list(fili), 0.0, np.inf, method=f"{METHOD} CLI"))
    st = np.atleast_1d(number("stli", list(stli), 0.0, np.inf, method=f"{METHOD} CLI"))
    fr = np.atleast_1d(number("frequencies", list(frequencies), 0.0, F_MAX, method=f"{METHOD} CLI",
                              unit="lifts/min", why="Table 5"))
    if not fi.size or fi.shape != st.shape or fi.shape != fr.shape:
        raise ValueError(f"fili, stli and frequencies must be non-empty and of equal length, got {fi.size}, "
                         f"{st.size}, {fr.size}")
    order = sorted(range(fi.size), key=lambda i: (-st[i], -fr[i], i))
    cumulative = np.cumsum(fr[order])
    fms = [float(fm(float(c))) for c in cumulative]
    return cli_from_worksheet(float(st[order[0]]), [float(fi[i]) for i in order[1:]], fms), order
