"""Exercises of notebook 07 (bar height, load and the revised NIOSH equation). Answers are computed when checked."""

from __future__ import annotations

from functools import cache

import numpy as np

from ..anthropometry import Body
from ..conventions import G
from ..display import quantity as q
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..spine import NIOSH_ACTION_LIMIT
from ..statics import analyze

TITLE = "07: load, height and progressions"
LOAD = 15.0  # kg
FLOOR = 0.22  # m, floor bar grip height (movements.PROGRESSION_TARGETS)
SWEEP = 40.0  # kg, the load sweep's top


def _body() -> Body:
    return Body(75.0, 1.75, "male")


@cache
def _analysis(technique: str, load: float = LOAD):  # type: ignore[no-untyped-def]
    from ..movements import movement

    return movement(technique, _body(), load, FLOOR, frames=21).analysis


def _peak(technique: str, quantity: str, load: float = LOAD) -> float:
    a = _analysis(technique, load)
    if quantity == "compression":
        return float(np.max(a.spine.compression))
    return float(np.max(a.moments["L5S1"]))


def _compression() -> float:
    return _peak("hinge", "compression")


def _niosh_parts() -> tuple[float, float, float]:
    """(H, V, D) in metres for the hinge floor-bar lift ending standing upright with the load."""
    from ..movements import movement

    body = _body()
    m = movement("hinge", body, LOAD, FLOOR, frames=5)
    h = abs(float(m.analysis.points["hand"][m.pickup, 0]))
    stand_grip = float(analyze(body, Pose(), LOAD).points["hand"][1]) + body.ankle_height
    return h, FLOOR, stand_grip - FLOOR


def _rwl() -> float:
    from ..niosh import recommended_weight_limit

    return float(recommended_weight_limit(*_niosh_parts()))


def _rwl_uncapped_hm() -> float:
    h, v, d = _niosh_parts()
    return 23.0 * (25.0 / (100 * h)) * (1 - 0.003 * abs(100 * v - 75)) * (0.82 + 4.5 / (100 * d))


def _slope() -> float:
    return (_peak("hinge", "moment", SWEEP) - _peak("hinge", "moment", 0.0)) / SWEEP


def _explain_compression() -> str:
    a = _analysis("hinge")
    i = int(np.argmax(a.spine.compression))
    c = _compression()
    side = "below" if c < NIOSH_ACTION_LIMIT else "above"
    return (f"The hinge's L5/S1 compression peaks at {q(c, 'N')}. What makes it so large is the back muscles' "
            f"pull ({q(float(a.spine.muscle_force[i]), 'N')} in that frame): their short lever makes them pull with "
            f"many times the weight they hold, and that pull presses the vertebrae together. The peak is {side} the "
            f"NIOSH action limit of {q(NIOSH_ACTION_LIMIT, 'N', 4)}.")


def _explain_rwl() -> str:
    from ..niosh import distance_multiplier, horizontal_multiplier, vertical_multiplier

    h, v, d = (100 * x for x in _niosh_parts())
    hm_, vm, dm = (float(f(x)) for f, x in ((horizontal_multiplier, h), (vertical_multiplier, v),
                                            (distance_multiplier, d)))
    hm_text = (f"H = {q(h, 'cm', 2)} is closer than 25 cm, so HM = 1" if h <= 25 else
               f"H = {q(h, 'cm', 2)}, so HM = 25/H = {q(hm_)}")
    return (f"{hm_text}; V = {v:.0f} cm gives VM = 1 - 0.003 × |{v:.0f} - 75| = {q(vm)}; the hands travel "
            f"D = {q(d, 'cm', 2)} to the standing grip height, so DM = 0.82 + 4.5/D = {q(dm)}. RWL = 23 kg × HM × "
            f"VM × DM = {q(_rwl(), 'kg')} (Waters et al. 1993).")


def _explain_slope() -> str:
    m0, m1, s = _peak("hinge", "moment", 0.0), _peak("hinge", "moment", SWEEP), _slope()
    return (f"The hinge's peak L5/S1 moment is {q(m0, 'N·m')} with no load and {q(m1, 'N·m')} with {SWEEP:g} kg, so "
            f"each kilogram adds ({q(m1)} - {q(m0)}) / {SWEEP:g} = {q(s, 'N·m/kg')}: g times a lever arm of "
            f"{q(s / G, 'm', 2)} between L5/S1 and the hands at the posture of the peak. The moment grows in a "
            "straight line with the load.")


EXERCISES = (
    Exercise(
        "07.1",
        "The reference person (75 kg, 1.75 m) lifts 15 kg from a floor bar (0.22 m) with a hinge. What is the PEAK "
        "L5/S1 compression (N) over the lift? Use hm.movement(...).analysis.spine.",
        _compression,
        "N",
        mistakes=(
            Mistake(lambda x: abs(x - _peak("hinge", "moment")) < 0.05 * _peak("hinge", "moment"),
                    "that is the L5/S1 MOMENT in N·m; the compression is a force in newtons (a.spine.compression).",
                    lambda: _peak("hinge", "moment")),
            Mistake(lambda x: abs(x - _peak("bend", "compression")) < 0.02 * _peak("bend", "compression"),
                    "that is the bend's peak; the question asks for the hinge.",
                    lambda: _peak("bend", "compression")),
            Mistake(lambda x: abs(x - NIOSH_ACTION_LIMIT) < 1.0, "that is the NIOSH action limit itself, not the "
                    "model's compression.", lambda: NIOSH_ACTION_LIMIT),
        ),
        hint="Take the maximum over the whole hinge lift of the compression FORCE across the L5/S1 disc "
        "(a.spine.compression, newtons), not of the moment.",
        explain=_explain_compression,
        python="m = hm.movement('hinge', body, 15, 0.22, frames=21); np.max(m.analysis.spine.compression)",
    ),
    Exercise(
        "07.2",
        "Revised NIOSH equation for the same hinge lift from the floor bar: the hands are H = |hand x| in front of "
        "the ankles at the pick-up, V = 0.22 m, and the load travels up to the standing grip height (D). With no "
        "twisting, an occasional lift and a good grip (FM = CM = 1), what is the recommended weight limit (kg)?",
        _rwl,
        "kg",
        mistakes=(
            Mistake(lambda x: abs(x - 23.0) < 0.5, "23 kg is only the load constant; multiply by HM, VM and DM.",
                    lambda: 23.0),
            Mistake(lambda x: abs(x - _rwl_uncapped_hm()) < 0.03 * _rwl_uncapped_hm(),
                    "HM = 25/H only applies for H > 25 cm; a bar over the mid-foot is closer than that, so HM = 1.",
                    _rwl_uncapped_hm),
        ),
        hint="RWL = 23 kg × HM × VM × DM with H, V and D in centimetres; check whether the hands are closer than "
        "25 cm (then HM = 1) and use the distance the hands travel for D.",
        explain=_explain_rwl,
        python="hm.niosh.recommended_weight_limit(H, 0.22, D)  # H, D in metres from the lift",
    ),
    Exercise(
        "07.3",
        "Load sweep: by how many N·m does the hinge's peak L5/S1 moment grow per extra kilogram of load (floor bar)? "
        "Compare 0 kg and 40 kg and divide by 40.",
        _slope,
        "N·m/kg",
        rel_tol=0.05,
        mistakes=(
            Mistake(lambda x: abs(x - _slope() / G) < 0.05 * _slope() / G,
                    "a kilogram of load weighs 9.81 N: multiply by g.", lambda: _slope() / G),
            Mistake(lambda x: abs(x - 10 * _slope()) < 0.5 * _slope(), "that is per 10 kg; divide by the 40 kg "
                    "difference, not by 4.", lambda: 10 * _slope()),
        ),
        hint="Compute the peak L5/S1 moment of the floor-bar hinge with 0 kg and with 40 kg and divide the "
        "difference by the 40 kg between them.",
        explain=_explain_slope,
        python="peak = [np.max(hm.movement('hinge', body, kg, 0.22, frames=21).analysis.moments['L5S1']) for kg in "
        "(0, 40)]; (peak[1] - peak[0]) / 40",
    ),
)
