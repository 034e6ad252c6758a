"""Exercises of notebook 04 (hinge vs bend vs squat). Answers are computed from the model when checked.

The task is the notebook's: a 75 kg, 1.75 m man lifts :data:`hinge_model.series.FLOOR_BOX` (a 15 kg box with
handles 0.15 m up, on the floor 2 cm in front of the toes) with postures fitted to measured lifts, 61 frames.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

import numpy as np

from ..anthropometry import Body
from ..display import quantity as q
from ..exercises import Exercise, Mistake
from ..objects import Box
from ..pose import Pose
from ..series import FLOOR_BOX
from ..statics import analyze

TITLE = "04: hinge vs bend vs squat"
STAND = 0.30  # m, the same box raised on a stand for the hip-share comparison (handles 0.45 m up)
MOVE = "m = hm.movement({name!r}, body, load=hm.series.FLOOR_BOX, frames=61)"


def _body() -> Body:
    return Body(75.0, 1.75, "male")


def _box(elevation: float = 0.0) -> Box:
    return replace(FLOOR_BOX, elevation=elevation)


LOAD = FLOOR_BOX.mass  # kg


@cache
def _move(name: str, elevation: float = 0.0) -> Any:
    from ..movements import movement

    return movement(name, _body(), load=_box(elevation), frames=61)


def _peak_knee(name: str) -> float:
    return float(np.max(_move(name).analysis.moments["knee"]))


def _hips_back(fraction: float) -> Pose:
    """The hinge pick-up posture with ``fraction`` of its ankle and knee bend, trunk and arms unchanged."""
    q_ = _move("hinge").end_pose
    trunk = float(q_.ankle - q_.knee + q_.hip)
    ankle, knee = fraction * float(q_.ankle), fraction * float(q_.knee)
    return q_.replace(ankle=ankle, knee=knee, hip=trunk - ankle + knee)


def _shift(point: str) -> float:
    """How far (cm) ``point`` ("com" or "hip") moves back from 'hips over the ankles' to the real hinge."""
    a0, a1 = analyze(_body(), _hips_back(0.0), LOAD), analyze(_body(), _hips_back(1.0), LOAD)
    p0 = a0.com if point == "com" else a0.points[point]
    p1 = a1.com if point == "com" else a1.points[point]
    return float(100.0 * (p0[0] - p1[0]))


def _hinge_share(elevation: float = 0.0) -> float:
    from ..movements import hip_share

    return 100.0 * float(hip_share(_move("hinge", elevation).end_pose))


def _explain_knee() -> str:
    peaks = ", ".join(f"{n} {q(_peak_knee(n), 'N·m')}" for n in ("squat", "hinge", "bend"))
    return (f"Peak knee extensor moments over the lift: {peaks}. The squat pushes the knees forward and lowers "
            "the hips, so the thighs and the trunk act far behind the knees and the knee extensors (quadriceps) "
            "must work hardest. The box in front of the knees pulls the other way (its weight acts in front of "
            "them), which is why the squat's knee moment is smaller than with a load between the feet.")


def _explain_shift() -> str:
    hip, com = _shift("hip"), _shift("com")
    return (f"With the same trunk and arms, going from 'hips over the ankles' to the real hinge moves the hips "
            f"{q(hip, 'cm')} back, and the centre of mass of body and load {q(com, 'cm')} "
            f"({q(100 * com / hip, '%', 2)} of the hips' distance): the trunk, head, arms and load move back with "
            "the hips, the thighs part of the way and the shanks and feet hardly at all. That backward shift is "
            "what keeps a forward-leaning trunk balanced over the feet.")


def _explain_share() -> str:
    p = _move("hinge").end_pose
    angles = ", ".join(f"{j} {q(float(getattr(p, j)), '°', 3)}" for j in ("ankle", "knee", "hip", "lumbar"))
    return (f"At the hinge's pick-up the joint angles are {angles}. The hip's share is |hip| divided by the sum of "
            f"the four absolute angles: {q(_hinge_share(), '%')}. From the floor the hinge bends the knees as well "
            f"(a deadlift-like pattern), and with the hips at their hamstring stretch the lower back rounds too; "
            f"with the box raised {q(100 * STAND, 'cm')} on a stand the hips do "
            f"{q(_hinge_share(STAND), '%', 2)} of the motion.")


EXERCISES = (
    Exercise(
        "04.1",
        "Box task (15 kg box from the floor): what is the squat's peak knee extensor moment (N·m)?",
        lambda: _peak_knee("squat"),
        "N·m",
        mistakes=(
            Mistake(lambda x: abs(x - _peak_knee("hinge")) < 2.0, "that is the hinge's knee moment; the question "
                    "asks for the squat.", lambda: _peak_knee("hinge")),
            Mistake(lambda x: abs(x + _peak_knee("squat")) < 2.0, "extensor moments are positive in hinge_model; "
                    "the quadriceps straighten the knee.", lambda: -_peak_knee("squat")),
            Mistake(lambda x: abs(x - _peak_knee("squat") / 2) < 2.0, "that is one leg; hinge_model's moments are "
                    "the total of both sides.", lambda: _peak_knee("squat") / 2),
        ),
        hint="Take the largest KNEE moment over the whole squat (not at one frame, and not the hip or L5/S1 "
        "moment); moments count both legs together.",
        explain=_explain_knee,
        python=MOVE.format(name="squat") + "; np.max(m.analysis.moments['knee'])",
    ),
    Exercise(
        "04.2",
        "Same trunk and arms as the hinge's pick-up posture: by how many cm does the CoM of body + load move back "
        "when the hips go from over the ankles to the real hinge?",
        lambda: _shift("com"),
        "cm",
        rel_tol=0.05,
        mistakes=(
            Mistake(lambda x: abs(x - _shift("hip")) < 1.0, "that is how far the HIPS move. The CoM moves less: "
                    "the hips and thighs are only part of the body's mass, and the shanks and feet barely move.",
                    lambda: _shift("hip")),
            Mistake(lambda x: abs(x - _shift("com") / 100) < 0.02, "that looks like metres; answer in cm.",
                    lambda: _shift("com") / 100),
            Mistake(lambda x: abs(x + _shift("com")) < 1.0, "give the distance it moves BACK as a positive number.",
                    lambda: -_shift("com")),
        ),
        hint="Compare the x coordinate of the centre of mass of body and load (a.com) in the two postures: hips "
        "over the ankles minus the real hinge, in centimetres. It is not the hips' own shift.",
        explain=_explain_shift,
        python="the notebook's sweep: 100 * (sweep.com[0, 0] - sweep.com[-1, 0])",
    ),
    Exercise(
        "04.3",
        "Box task: what is the hinge's hip share of the motion at the pick-up, in %?",
        _hinge_share,
        "%",
        mistakes=(
            Mistake(lambda x: abs(x - _hinge_share() / 100) < 0.02, "that is a fraction; multiply by 100 for %.",
                    lambda: _hinge_share() / 100),
            Mistake(lambda x: abs(x - float(_move("hinge").end_pose.hip)) < 1.0, "that is the hip ANGLE in "
                    "degrees; the share divides it by the sum of |ankle| + |knee| + |hip| + |lumbar|.",
                    lambda: float(_move("hinge").end_pose.hip)),
        ),
        hint="Divide the hip flexion at the pick-up by the sum of the absolute ankle, knee, hip and lumbar angles "
        "(hm.movements.hip_share) and give it in percent.",
        explain=_explain_share,
        python=MOVE.format(name="hinge") + "; 100 * hm.movements.hip_share(m.end_pose)",
    ),
)
