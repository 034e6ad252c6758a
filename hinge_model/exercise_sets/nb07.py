"""Exercises of notebook 07 (bar height, load and the revised NIOSH equation). Answers are computed when checked."""

from __future__ import annotations

import numpy as np

from ..anthropometry import Body
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..statics import analyze

LOAD = 15.0  # kg
FLOOR = 0.22  # m, floor bar grip height (movements.PROGRESSION_TARGETS)


def _body() -> Body:
    return Body(75.0, 1.75, "male")


def _peak(technique: str, quantity: str, load: float = LOAD) -> float:
    from ..movements import movement

    a = movement(technique, _body(), load, FLOOR, frames=21).analysis
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
    return (_peak("hinge", "moment", 40.0) - _peak("hinge", "moment", 0.0)) / 40.0


EXERCISES = (
    Exercise(
        "07.1",
        "The reference person (75 kg, 1.75 m) lifts 15 kg from a floor bar (0.22 m) with a hinge. What is the PEAK "
        "L5/S1 compression (N) over the lift? Use hm.movement(...).analysis.spine.",
        _compression,
        "N",
        0.03,
        (
            Mistake(lambda x: abs(x - _peak("hinge", "moment")) < 0.05 * _peak("hinge", "moment"),
                    "that is the L5/S1 MOMENT in N·m; the compression is a force in newtons (a.spine.compression).",
                    lambda: _peak("hinge", "moment")),
            Mistake(lambda x: abs(x - _peak("bend", "compression")) < 0.02 * _peak("bend", "compression"),
                    "that is the bend's peak; the question asks for the hinge.",
                    lambda: _peak("bend", "compression")),
        ),
        "m = hm.movement('hinge', body, 15, 0.22); np.max(m.analysis.spine.compression).",
    ),
    Exercise(
        "07.2",
        "Revised NIOSH equation for the same hinge lift from the floor bar: the hands are H = |hand x| in front of "
        "the ankles at the pick-up, V = 0.22 m, and the load travels up to the standing grip height (D). With no "
        "twisting, an occasional lift and a good grip (FM = CM = 1), what is the recommended weight limit (kg)?",
        _rwl,
        "kg",
        0.03,
        (
            Mistake(lambda x: abs(x - 23.0) < 0.5, "23 kg is only the load constant; multiply by HM, VM and DM.",
                    lambda: 23.0),
            Mistake(lambda x: abs(x - _rwl_uncapped_hm()) < 0.03 * _rwl_uncapped_hm(),
                    "HM = 25/H only applies for H > 25 cm; a bar over the mid-foot is closer than that, so HM = 1.",
                    _rwl_uncapped_hm),
        ),
        "H ~ 6.5 cm < 25 cm so HM = 1; VM = 1 - 0.003 |22 - 75| = 0.84; D = standing grip height (~0.82 m) - 0.22 m "
        "~ 60 cm, DM = 0.82 + 4.5/60 ~ 0.90; RWL = 23 x 1 x 0.84 x 0.90 ~ 17 kg (hm.niosh.recommended_weight_limit).",
    ),
    Exercise(
        "07.3",
        "Load sweep: by how many N·m does the hinge's peak L5/S1 moment grow per extra kilogram of load (floor bar)? "
        "Compare 0 kg and 40 kg and divide by 40.",
        _slope,
        "N·m/kg",
        0.05,
        (
            Mistake(lambda x: abs(x - _slope() / 9.80665) < 0.05 * _slope() / 9.80665,
                    "a kilogram of load weighs 9.81 N: multiply by g.", lambda: _slope() / 9.80665),
            Mistake(lambda x: abs(x - 10 * _slope()) < 0.5 * _slope(), "that is per 10 kg; divide by the 40 kg "
                    "difference, not by 4.", lambda: 10 * _slope()),
        ),
        "(peak at 40 kg - peak at 0 kg) / 40 kg ~ 1.9 N·m per kg: g x the load's lever arm (~0.19 m) at the "
        "posture of the peak. The moment grows linearly with the load.",
    ),
)
