r"""Tissue limits and balance: disc compression and shear against published limits, CoM margins to heel and toe.

Limits (from :data:`hinge_model.spine.LIMITS`, where each is cited):

* compression, L5/S1 and L4/L5: NIOSH (1981) Work Practices Guide for Manual Lifting, action limit 3400 N and
  maximum permissible limit 6400 N: below 3400 N "within", 3400-6400 N "caution", above 6400 N "exceeds";
* shear: Gallagher & Marras (2012) Clin Biomech 27:973, 1000 N for occasional loading (< 100 loadings/day) and
  700 N for frequent loading (100-1000 loadings/day), each a single limit: above it "exceeds". Above 1000
  loadings/day the review gives no limit here, so ``reps_per_day`` > 1000 is refused.

The model's peak over the task's frames is compared; the magnitude of the shear is used (either direction).

Spine levels. The core is gaining ``analysis.spine_levels`` ({"L5S1": SpineLoads, "L4L5": SpineLoads}) and
``SpineLoads.band(name) -> (low, high)`` (the plausible range of a quantity over the parameter uncertainty).
Until that is merged we fall back to ``{"L5S1": analysis.spine}`` (FALLBACK, to be removed by the lead after the
merge) and report L4/L5 as "not modelled"; ``band`` is used only where it exists: then the verdict is also given
for the low and the high end of the band.

Balance: the static CoM of body + load must lie between heel and toe; the margins (m) to each are reported at the
worst frame, and for a movement also the dynamic centre of pressure (:mod:`hinge_model.dynamics`). A negative
margin is "exceeds" (the person would fall or step), a margin >= 0 "within" (the contract's ``balanced``); no
published threshold exists for how small a positive margin may be.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..spine import LIMITS
from ._checks import scalar
from .result import MethodResult, worst

METHOD = "tissue limits"
BALANCE = "balance"
#: Loadings per day below which the occasional shear limit applies, and the largest the review covers.
SHEAR_OCCASIONAL_BELOW: float = 100.0
SHEAR_FREQUENT_UP_TO: float = 1000.0
LEVELS: tuple[str, ...] = ("L5S1", "L4L5")


def spine_levels(analysis: Any) -> dict[str, Any]:
    """{level: SpineLoads} of ``analysis``; FALLBACK {"L5S1": analysis.spine} while ``spine_levels`` is missing."""
    levels = getattr(analysis, "spine_levels", None)
    if levels is None:  # FALLBACK until the spine-levels branch is merged (the lead removes it)
        return {"L5S1": analysis.spine}
    return dict(levels)


def shear_limit(reps_per_day: float) -> float:
    """The shear limit (N) for ``reps_per_day`` loadings a day: 1000 N below 100, 700 N up to 1000 (refused above)."""
    n = scalar("reps_per_day", reps_per_day, 0.0, SHEAR_FREQUENT_UP_TO, method="the shear limit", unit="lifts/day",
               why="Gallagher & Marras 2012 give limits for up to 1000 loadings per day")
    return LIMITS["SHEAR_LIMIT_OCCASIONAL"] if n < SHEAR_OCCASIONAL_BELOW else LIMITS["SHEAR_LIMIT_FREQUENT"]


def compression_verdict(force: float) -> str:
    """within (< 3400 N), caution (3400-6400 N), exceeds (> 6400 N)."""
    if force > LIMITS["NIOSH_MAX_PERMISSIBLE"]:
        return "exceeds"
    return "caution" if force > LIMITS["NIOSH_ACTION_LIMIT"] else "within"


def _peak(values: Any) -> float:
    return float(np.max(np.abs(np.atleast_1d(np.asarray(values, dtype=float)))))


def _band(loads: Any, name: str) -> tuple[float, float] | None:
    band = getattr(loads, "band", None)
    if band is None:
        return None
    low, high = (np.atleast_1d(np.asarray(v, dtype=float)) for v in band(name))
    # the range of |value| in each frame (a band that crosses zero reaches down to 0), then of its peak over frames
    small = np.where((low < 0) & (high > 0), 0.0, np.minimum(np.abs(low), np.abs(high)))
    large = np.maximum(np.abs(low), np.abs(high))
    return float(np.max(small)), float(np.max(large))


def assess_limits(analysis: Any, *, reps_per_day: float) -> MethodResult:
    """Peak compression and shear at each modelled spine level against the limits above."""
    limit = shear_limit(reps_per_day)
    levels = spine_levels(analysis)
    values: dict[str, Any] = {}
    verdicts: list[str] = []
    for level in LEVELS:
        loads = levels.get(level)
        if loads is None:
            values[level] = "not modelled"
            continue
        comp, shear = _peak(loads.compression), _peak(loads.shear)
        entry: dict[str, Any] = {"compression": comp, "shear": shear, "compression_verdict": compression_verdict(comp),
                                 "shear_verdict": "exceeds" if shear > limit else "within"}
        for name, key in (("compression", "compression_band"), ("shear", "shear_band")):
            band = _band(loads, name)
            if band is not None:
                entry[key] = band
        values[level] = entry
        verdicts += [entry["compression_verdict"], entry["shear_verdict"]]
    modelled = [lv for lv in LEVELS if isinstance(values[lv], dict)]
    top = max(modelled, key=lambda lv: values[lv]["compression"])
    hi_shear = max(modelled, key=lambda lv: values[lv]["shear"])
    c, s = values[top]["compression"], values[hi_shear]["shear"]
    says = (f"peak compression {c:.0f} N at {top} (limits 3400/6400 N), peak shear {s:.0f} N at {hi_shear} "
            f"(limit {limit:.0f} N)")
    missing = [lv for lv in LEVELS if lv not in modelled]
    why = ("a static, single-lift check of the tissue load: no repetitions except in the choice of the shear limit"
           + (f"; {', '.join(missing)} not modelled in this version" if missing else ""))
    ranges = [f"{name} {values[lv][key][0]:.0f}-{values[lv][key][1]:.0f} N"
              for name, key, lv in (("compression", "compression_band", top), ("shear", "shear_band", hi_shear))
              if key in values[lv]]
    if ranges:  # the spread over the model's uncertain spine parameters (SpineLoads.band)
        says += f"; plausible range over the uncertain spine parameters: {', '.join(ranges)}"
    return MethodResult(
        method=METHOD, verdict=worst(verdicts), says=says, why=why,
        inputs={"reps_per_day": float(reps_per_day), "shear_limit": limit, "levels": tuple(modelled)},
        values=values,
        source="NIOSH (1981) Work Practices Guide (3400/6400 N); Gallagher & Marras (2012) Clin Biomech 27:973",
    )


def assess_balance(analysis: Any, cop_x: Any = None) -> MethodResult:
    """Smallest margins (m) of the CoM (and, if given, the dynamic centre of pressure ``cop_x``) to heel and toe."""
    body = analysis.body
    com_x = np.atleast_1d(np.asarray(analysis.com, dtype=float)[..., 0])
    values: dict[str, Any] = {"heel_x": body.heel_x, "toe_x": body.toe_x,
                              "com_margin_heel": float(np.min(com_x - body.heel_x)),
                              "com_margin_toe": float(np.min(body.toe_x - com_x))}
    margins = [values["com_margin_heel"], values["com_margin_toe"]]
    if cop_x is not None:
        cop = np.atleast_1d(np.asarray(cop_x, dtype=float))
        values["cop_margin_heel"] = float(np.min(cop - body.heel_x))
        values["cop_margin_toe"] = float(np.min(body.toe_x - cop))
        margins += [values["cop_margin_heel"], values["cop_margin_toe"]]
    least = min(margins)
    side = "heel" if least in (values["com_margin_heel"], values.get("cop_margin_heel")) else "toe"
    verdict = "exceeds" if least < 0 else "within"
    says = (f"balanced: the centre of mass stays at least {100 * min(margins[:2]):.1f} cm inside the feet"
            if least >= 0 else f"out of balance: {100 * -least:.1f} cm beyond the {side}")
    if cop_x is not None and least >= 0:
        says += f" (centre of pressure {100 * min(margins[2:]):.1f} cm)"
    why = (f"the tightest margin is at the {side}; feet {100 * (body.toe_x - body.heel_x):.0f} cm long, "
           "so small margins leave little room for a push or a slip")
    return MethodResult(method=BALANCE, verdict=verdict, says=says, why=why,
                        inputs={"dynamic": cop_x is not None}, values=values,
                        source="statics (CoM over the base of support); hinge_model.dynamics for the centre of "
                               "pressure")
