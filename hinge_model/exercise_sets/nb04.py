"""Exercises of notebook 04 (hinge vs bend vs squat). Answers are computed from the model when checked.

The task is the notebook's: a 75 kg, 1.75 m man lifts a 15 kg kettlebell from the kettlebell grip height of
:data:`hinge_model.movements.PROGRESSION_TARGETS` over the mid-foot, 61 frames.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np

from ..anthropometry import Body
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..statics import analyze

LOAD = 15.0  # kg


def _body() -> Body:
    return Body(75.0, 1.75, "male")


@cache
def _move(name: str) -> Any:
    from ..movements import PROGRESSION_TARGETS, movement

    return movement(name, _body(), LOAD, PROGRESSION_TARGETS["kettlebell"], frames=61)


def _peak_knee(name: str) -> float:
    return float(np.max(_move(name).analysis.moments["knee"]))


def _hips_back(fraction: float) -> Pose:
    """The hinge pick-up posture with ``fraction`` of its ankle and knee bend, trunk and arms unchanged."""
    q = _move("hinge").end_pose
    trunk = float(q.ankle - q.knee + q.hip)
    ankle, knee = fraction * float(q.ankle), fraction * float(q.knee)
    return q.replace(ankle=ankle, knee=knee, hip=trunk - ankle + knee)


def _shift(point: str) -> float:
    """How far (cm) ``point`` ("com" or "hip") moves back from 'hips over the ankles' to the real hinge."""
    a0, a1 = analyze(_body(), _hips_back(0.0), LOAD), analyze(_body(), _hips_back(1.0), LOAD)
    p0 = a0.com if point == "com" else a0.points[point]
    p1 = a1.com if point == "com" else a1.points[point]
    return float(100.0 * (p0[0] - p1[0]))


def _hinge_share() -> float:
    from ..movements import hip_share

    return 100.0 * float(hip_share(_move("hinge").end_pose))


EXERCISES = (
    Exercise(
        "04.1",
        "Kettlebell task (15 kg): what is the squat's peak knee extensor moment (N·m)?",
        lambda: _peak_knee("squat"),
        "N·m",
        0.03,
        (
            Mistake(lambda x: abs(x - _peak_knee("hinge")) < 2.0, "that is the hinge's knee moment; the question "
                    "asks for the squat.", lambda: _peak_knee("hinge")),
            Mistake(lambda x: abs(x + _peak_knee("squat")) < 2.0, "extensor moments are positive in hinge_model; "
                    "the quadriceps straighten the knee.", lambda: -_peak_knee("squat")),
            Mistake(lambda x: abs(x - _peak_knee("squat") / 2) < 2.0, "that is one leg; hinge_model's moments are "
                    "the total of both sides.", lambda: _peak_knee("squat") / 2),
        ),
        "np.max(moves['squat'].analysis.moments['knee']): with the knees far forward and the hips low, the weight "
        "of trunk and thighs acts far behind the knees, so the knee extensors must work hardest in the squat.",
    ),
    Exercise(
        "04.2",
        "Same trunk and arms as the hinge's pick-up posture: by how many cm does the CoM of body + load move back "
        "when the hips go from over the ankles to the real hinge?",
        lambda: _shift("com"),
        "cm",
        0.05,
        (
            Mistake(lambda x: abs(x - _shift("hip")) < 1.0, "that is how far the HIPS move. The CoM moves less: "
                    "the hips and thighs are only part of the body's mass, and the shanks and feet barely move.",
                    lambda: _shift("hip")),
            Mistake(lambda x: abs(x - _shift("com") / 100) < 0.02, "that looks like metres; answer in cm.",
                    lambda: _shift("com") / 100),
            Mistake(lambda x: abs(x + _shift("com")) < 1.0, "give the distance it moves BACK as a positive number.",
                    lambda: -_shift("com")),
        ),
        "100 * (sweep.com[0, 0] - sweep.com[-1, 0]): only the legs' and pelvis' masses move back (about "
        "proportionally to how far each segment moves), so the whole CoM moves a fraction of the hips' distance.",
    ),
    Exercise(
        "04.3",
        "Kettlebell task: what is the hinge's hip share of the motion at the pick-up, in %?",
        _hinge_share,
        "%",
        0.03,
        (
            Mistake(lambda x: abs(x - _hinge_share() / 100) < 0.02, "that is a fraction; multiply by 100 for %.",
                    lambda: _hinge_share() / 100),
            Mistake(lambda x: abs(x - float(_move("hinge").end_pose.hip)) < 1.0, "that is the hip ANGLE in "
                    "degrees; the share divides it by the sum of |ankle| + |knee| + |hip| + |lumbar|.",
                    lambda: float(_move("hinge").end_pose.hip)),
        ),
        "100 * hm.movements.hip_share(moves['hinge'].end_pose) = 100 * |hip| / (|ankle| + |knee| + |hip| + "
        "|lumbar|). From a low handle the hinge needs bent knees (a deadlift), so the hips do only about half of "
        "the motion; from a higher handle (0.55 m) the share rises to about 80 %.",
    ),
)
