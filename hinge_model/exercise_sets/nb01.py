"""Exercises of notebook 01 (three ways to pick something up). Answers are computed from the model when checked.

The task is the notebook's: a 75 kg, 1.75 m man lifts the 15 kg box with handles of
:data:`hinge_model.series.FLOOR_BOX` (on the floor, near side 2 cm in front of the toes), 41 frames.
"""

from __future__ import annotations

from functools import cache

from ..anthropometry import Body
from ..display import quantity as q
from ..exercises import TECHNIQUE_CHOICES, TECHNIQUE_SYNONYMS, Exercise, Mistake

TITLE = "01: three ways to lift"
LOAD = 15.0  # kg, the notebook's box (hm.series.FLOOR_BOX)
TECHNIQUES = ("hinge", "bend", "squat")
MOVE = "m = hm.movement({name!r}, body, load=hm.series.FLOOR_BOX, frames=41)"


def _body() -> Body:
    return Body(75.0, 1.75, "male")


@cache
def _pickup(name: str) -> tuple[float, float, float, float]:
    """(hip x in m, lumbar flexion in deg, L5/S1 moment in N*m, hands in front of L5/S1 in m) at the pick-up."""
    from ..movements import movement
    from ..series import FLOOR_BOX

    m = movement(name, _body(), load=FLOOR_BOX, frames=41)
    a, p = m.analysis, m.pickup
    return (float(a.points["hip"][p, 0]), float(m.poses.lumbar[p]), float(a.moments["L5S1"][p]),
            float(a.points["hand"][p, 0] - a.points["L5S1"][p, 0]))


def _hips_behind_cm() -> float:
    return -100.0 * _pickup("hinge")[0]


def _most_rounded() -> str:
    return max(TECHNIQUES, key=lambda n: _pickup(n)[1])


def _squat_l5s1() -> float:
    return _pickup("squat")[2]


def _explain_hips() -> str:
    x, bend = _pickup("hinge")[0], _pickup("bend")[0]
    return (f"At the pick-up the hinge's hip joint is at x = {q(x, 'm')} (x points forward from the ankle), so the "
            f"hips are {q(-100 * x, 'cm')} behind the ankle (the bend's are {q(-100 * bend, 'cm')} behind it). "
            "The hips go back so that, with the trunk leaning forward, the centre of mass of body and load stays "
            "over the feet.")


def _explain_rounded() -> str:
    angles = ", ".join(f"{n} {q(_pickup(n)[1], '°', 2)}" for n in TECHNIQUES)
    most = _most_rounded()
    why = (" The bend keeps the knees nearly straight, so once the hamstrings stop the hips from flexing further "
           "the lower back has to round to bring the hands down to the handle." if most == "bend" else "")
    return f"Lumbar flexion at the pick-up: {angles}. The {most} rounds the lower back the most.{why}"


def _explain_squat() -> str:
    s, h = _pickup("squat"), _pickup("hinge")
    return (f"The squat's net L5/S1 extensor moment at the pick-up is {q(s[2], 'N·m')} (hinge {q(h[2], 'N·m')}). "
            f"Its trunk is more upright, but the box must stay in front of the knees, and the squat's knees are "
            f"furthest forward: the hands are {q(100 * s[3], 'cm')} in front of L5/S1 in the squat and "
            f"{q(100 * h[3], 'cm')} in the hinge. The load's longer lever arm outweighs the upright trunk.")


EXERCISES = (
    Exercise(
        "01.1",
        "Hinge, 15 kg box: how far behind the ankle (cm) are the hips at the pick-up?",
        _hips_behind_cm,
        "cm",
        rel_tol=0.05,
        mistakes=(
            Mistake(lambda x: abs(x + _hips_behind_cm()) < 1.0, "the hips are BEHIND the ankle: the question asks "
                    "for the distance behind it, a positive number (x itself is negative).",
                    lambda: -_hips_behind_cm()),
            Mistake(lambda x: abs(x - _hips_behind_cm() / 100) < 0.02, "that looks like metres; the question asks "
                    "for centimetres (1 m = 100 cm).", lambda: _hips_behind_cm() / 100),
            Mistake(lambda x: abs(x + 100 * _pickup("bend")[0]) < 1.0, "that is the bend's hip position; look at "
                    "the hinge row.", lambda: -100 * _pickup("bend")[0]),
        ),
        hint="Read the hip joint's x coordinate at the pick-up frame of the hinge. x is measured forward from the "
        "ankle, so a point behind the ankle has a negative x: the distance behind it is minus x, in centimetres.",
        explain=_explain_hips,
        python=MOVE.format(name="hinge") + "; -100 * m.analysis.points['hip'][m.pickup, 0]",
    ),
    Exercise(
        "01.2",
        "Which technique rounds the lower back (lumbar flexion) the most at the pick-up? One word.",
        _most_rounded,
        choices=TECHNIQUE_CHOICES,
        synonyms=TECHNIQUE_SYNONYMS,
        wrong={"hinge": "the hinge rounds the lower back less than the bend: its hips and knees do more of the "
                        "bending.",
               "squat": "the squat rounds the lower back least: it bends the knees deeply instead."},
        hint="Compare the lumbar angle (poses.lumbar) of the three techniques at their pick-up frames: which one "
        "keeps its knees straight and must reach the handle by rounding the back?",
        explain=_explain_rounded,
        python="{n: hm.movement(n, body, load=hm.series.FLOOR_BOX, frames=41) for n in "
        "('hinge', 'bend', 'squat')}; compare m.poses.lumbar[m.pickup]",
    ),
    Exercise(
        "01.3",
        "What is the net L5/S1 extensor moment (N·m) at the pick-up in the squat?",
        _squat_l5s1,
        "N·m",
        mistakes=(
            Mistake(lambda x: abs(x - _pickup("hinge")[2]) < 2.0, "that is the hinge's L5/S1 moment; look at the "
                    "squat bar.", lambda: _pickup("hinge")[2]),
            Mistake(lambda x: abs(x + _squat_l5s1()) < 2.0, "extensor moments are positive in hinge_model: the "
                    "weight in front of L5/S1 must be resisted by the back extensors.", lambda: -_squat_l5s1()),
        ),
        hint="Find the squat's L5/S1 moment at its pick-up frame (the lowest point of the lift), not the hinge's "
        "and not the peak over the whole lift.",
        explain=_explain_squat,
        python=MOVE.format(name="squat") + "; m.analysis.moments['L5S1'][m.pickup]",
    ),
)
