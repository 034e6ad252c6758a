"""Exercises of notebook 10 (problems across the series). Answers are computed from the model when checked."""

from __future__ import annotations

import numpy as np

from ..anthropometry import Body
from ..conventions import G
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..statics import analyze


def _body() -> Body:
    return Body(75.0, 1.75, "male")


POSE = Pose(hip=70, knee=25, ankle=-3, shoulder=60)  # balanced: CoM over the mid-foot


def _lever() -> float:
    a = analyze(_body(), POSE, 15.0)
    return float(a.points["hand"][0] - a.points["L5S1"][0])


def _l5s1() -> float:
    return float(analyze(_body(), POSE, 15.0).moments["L5S1"])


def _upper_weight() -> float:
    return _body().upper_body_mass * G


def _largest_knee() -> str:
    from ..movements import movement

    knee = {name: float(np.max(movement(name, _body(), 15.0, 0.22).analysis.moments["knee"]))
            for name in ("hinge", "bend", "squat")}
    return max(knee, key=knee.__getitem__)


def _rwl() -> float:
    from ..niosh import recommended_weight_limit

    return float(recommended_weight_limit(0.40, 0.20, 0.55))


EXERCISES = (
    Exercise(
        "10.1",
        "A 15 kg load is held 0.40 m in front of L5/S1. What moment (N·m) does its weight create about L5/S1?",
        lambda: 15.0 * G * 0.40,
        "N·m",
        0.02,
        (
            Mistake(lambda x: abs(x - 6.0) < 0.2, "that is mass x distance; multiply by g = 9.81 m/s² to get the "
                    "weight in newtons first.", lambda: 6.0),
            Mistake(lambda x: abs(x - 15.0 * G * 40) < 50, "check the units: 40 cm is 0.40 m.",
                    lambda: 15.0 * G * 40),
            Mistake(lambda x: abs(x + 15.0 * G * 0.40) < 2, "the size is right but the sign is not: a load in front "
                    "demands an EXTENSOR moment, which is positive in hinge_model.", lambda: -15.0 * G * 0.40),
        ),
        "Moment = weight x perpendicular distance = (15 kg x 9.81 m/s²) x 0.40 m ≈ 58.8 N·m (extensor).",
    ),
    Exercise(
        "10.2",
        "75 kg / 1.75 m man, Pose(hip=70, knee=25, ankle=-3, shoulder=60), 15 kg load. Use hm.analyze to find the "
        "horizontal distance (m) from L5/S1 to the hands.",
        _lever,
        "m",
        0.03,
        (
            Mistake(lambda x: x > 5, "give the distance in metres, not centimetres.", lambda: 100 * _lever()),
            Mistake(lambda x: x < 0, "x points forward: the hands are in front of L5/S1, so the distance is "
                    "positive.", lambda: -_lever()),
        ),
        "a = hm.analyze(body, pose, 15); a.points['hand'][0] - a.points['L5S1'][0]",
    ),
    Exercise(
        "10.3",
        "Same person and pose as 10.2: what is the net L5/S1 moment (N·m)?",
        _l5s1,
        "N·m",
        0.03,
        (
            Mistake(lambda x: abs(x - 15 * G * _lever()) < 5, "that is the load's share only: the weight of the "
                    "upper body (head, arms, trunk above L5/S1) also acts in front of L5/S1.",
                    lambda: 15 * G * _lever()),
        ),
        "a.moments['L5S1']: the load's weight x its lever plus each upper-body segment's weight x its lever.",
    ),
    Exercise(
        "10.4",
        "What is the weight (N) of everything above L5/S1 for the 75 kg / 1.75 m man (de Leva 1996)?",
        _upper_weight,
        "N",
        0.03,
        (
            Mistake(lambda x: abs(x - _body().upper_body_mass) < 2, "that is a mass in kg; weight = mass x g.",
                    lambda: _body().upper_body_mass),
            Mistake(lambda x: abs(x - 75 * G) < 10, "that is the whole body; L5/S1 only carries what is above it.",
                    lambda: 75 * G),
        ),
        "Sum the masses of abdomen, thorax, head and both arms (body.upper_body_mass, about half the body mass) "
        "and multiply by g.",
    ),
    Exercise(
        "10.5",
        "Lifting 15 kg from a 0.22 m floor bar: which technique (hinge, bend or squat) has the largest peak knee "
        "extensor moment? Answer with one word.",
        _largest_knee,
        rel_tol=0.0,
        solution="Compare np.max(hm.movement(name, body, 15, 0.22).analysis.moments['knee']) for the three "
        "techniques: the squat moves the knees forward and the hips down, so the thighs and trunk sit far behind "
        "the knees.",
        wrong={"hinge": "the hinge keeps the shins near vertical and the knees soft: little knee moment.",
               "bend": "in a stoop the knees are nearly straight and the weight is in front of them."},
    ),
    Exercise(
        "10.6",
        "Revised NIOSH equation: hands 0.40 m in front of the ankles, starting 0.20 m above the floor, lifted 0.55 m, "
        "no twisting, an occasional lift with a good grip (FM = CM = 1). What is the recommended weight limit (kg)?",
        _rwl,
        "kg",
        0.03,
        (
            Mistake(lambda x: abs(x - 23.0) < 0.5, "23 kg is the load constant; apply the horizontal, vertical and "
                    "distance multipliers.", lambda: 23.0),
        ),
        "RWL = 23 kg x (25/40) x (1 - 0.003 |20 - 75|) x (0.82 + 4.5/55) (Waters et al. 1993).",
    ),
)
