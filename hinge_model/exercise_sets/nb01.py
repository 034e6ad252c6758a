"""Exercises of notebook 01 (three ways to pick something up). Answers are computed from the model when checked.

The task is the notebook's: a 75 kg, 1.75 m man lifts a 15 kg kettlebell from the kettlebell grip height of
:data:`hinge_model.movements.PROGRESSION_TARGETS`, over the mid-foot, 41 frames.
"""

from __future__ import annotations

from functools import cache

from ..anthropometry import Body
from ..exercises import Exercise, Mistake

LOAD = 15.0  # kg, the notebook's kettlebell
TECHNIQUES = ("hinge", "bend", "squat")


def _body() -> Body:
    return Body(75.0, 1.75, "male")


@cache
def _pickup(name: str) -> tuple[float, float, float]:
    """(hip x in m, lumbar flexion in deg, L5/S1 moment in N*m) at the pick-up of technique ``name``."""
    from ..movements import PROGRESSION_TARGETS, movement

    m = movement(name, _body(), LOAD, PROGRESSION_TARGETS["kettlebell"], frames=41)
    a, p = m.analysis, m.pickup
    return float(a.points["hip"][p, 0]), float(m.poses.lumbar[p]), float(a.moments["L5S1"][p])


def _hips_behind_cm() -> float:
    return -100.0 * _pickup("hinge")[0]


def _most_rounded() -> str:
    return max(TECHNIQUES, key=lambda n: _pickup(n)[1])


def _squat_l5s1() -> float:
    return _pickup("squat")[2]


EXERCISES = (
    Exercise(
        "01.1",
        "Hinge, 15 kg kettlebell: how far behind the ankle (cm) are the hips at the pick-up?",
        _hips_behind_cm,
        "cm",
        0.05,
        (
            Mistake(lambda x: abs(x + _hips_behind_cm()) < 1.0, "the hips are BEHIND the ankle: the question asks "
                    "for the distance behind it, a positive number (x itself is negative).",
                    lambda: -_hips_behind_cm()),
            Mistake(lambda x: abs(x - _hips_behind_cm() / 100) < 0.02, "that looks like metres; the question asks "
                    "for centimetres (1 m = 100 cm).", lambda: _hips_behind_cm() / 100),
            Mistake(lambda x: abs(x + 100 * _pickup("bend")[0]) < 1.0, "that is the bend's hip position; look at "
                    "the hinge row.", lambda: -100 * _pickup("bend")[0]),
        ),
        "a = moves['hinge'].analysis; hip x = a.points['hip'][pickup][0] (m, forward +). It is negative because the "
        "hips are behind the ankle; the distance behind it is -100 * x cm.",
    ),
    Exercise(
        "01.2",
        "Which technique rounds the lower back (lumbar flexion) the most at the pick-up? One word.",
        _most_rounded,
        rel_tol=0.0,
        solution="Compare moves[name].poses.lumbar[pickup]: the bend (stoop) keeps the knees straight, so the "
        "lower back must round (about 50 deg of its ~60 deg range) to bring the hands down; the hinge stays within "
        "10 deg of neutral and the modelled squat at neutral.",
        wrong={"hinge": "the hinge keeps the lower back within 10° of neutral: the hips do the bending.",
               "squat": "the modelled squat keeps the back neutral (0°) and bends the knees instead."},
    ),
    Exercise(
        "01.3",
        "What is the net L5/S1 extensor moment (N·m) at the pick-up in the squat?",
        _squat_l5s1,
        "N·m",
        0.03,
        (
            Mistake(lambda x: abs(x - _pickup("hinge")[2]) < 2.0, "that is the hinge's L5/S1 moment; look at the "
                    "squat bar.", lambda: _pickup("hinge")[2]),
            Mistake(lambda x: abs(x + _squat_l5s1()) < 2.0, "extensor moments are positive in hinge_model: the "
                    "weight in front of L5/S1 must be resisted by the back extensors.", lambda: -_squat_l5s1()),
        ),
        "moves['squat'].analysis.moments['L5S1'][pickup]. It is smaller than the hinge's because the squat's trunk "
        "is more upright, so the upper body's weight acts closer in front of L5/S1 (a shorter lever arm).",
    ),
)
