"""Exercises of notebook 10 (problems across the series). Answers are computed from the model when checked."""

from __future__ import annotations

from functools import cache

import numpy as np

from ..anthropometry import Body
from ..conventions import ABOVE_L5S1, G
from ..display import SEGMENT_WORDS
from ..display import quantity as q
from ..exercises import TECHNIQUE_CHOICES, TECHNIQUE_SYNONYMS, Exercise, Mistake
from ..pose import Pose
from ..statics import analyze

TITLE = "10: exercises"
POSE = Pose(hip=70, knee=25, ankle=-3, shoulder=60)  # balanced: CoM over the mid-foot
TECHNIQUES = ("hinge", "bend", "squat")
NIOSH_TASK = (0.40, 0.20, 0.55)  # m: H, V, D of exercise 10.6


def _body() -> Body:
    return Body(75.0, 1.75, "male")


def _lever() -> float:
    a = analyze(_body(), POSE, 15.0)
    return float(a.points["hand"][0] - a.points["L5S1"][0])


def _l5s1() -> float:
    return float(analyze(_body(), POSE, 15.0).moments["L5S1"])


def _upper_weight() -> float:
    return _body().upper_body_mass * G


@cache
def _peak_knee(name: str) -> float:
    from ..movements import movement

    return float(np.max(movement(name, _body(), 15.0, 0.22).analysis.moments["knee"]))


def _largest_knee() -> str:
    return max(TECHNIQUES, key=_peak_knee)


def _rwl() -> float:
    from ..niosh import recommended_weight_limit

    return float(recommended_weight_limit(*NIOSH_TASK))


def _explain_moment() -> str:
    w = 15.0 * G
    return (f"The load's weight is 15 kg × {G:.2f} m/s² = {q(w, 'N')}; times its 0.40 m horizontal lever arm it "
            f"makes {q(w * 0.40, 'N·m')} about L5/S1, an extensor (positive) moment because the load is in front.")


def _explain_lever() -> str:
    a = analyze(_body(), POSE, 15.0)
    return (f"In this pose the hands are at x = {q(float(a.points['hand'][0]), 'm')} and L5/S1 at x = "
            f"{q(float(a.points['L5S1'][0]), 'm')} (x forward from the ankle): the hands are {q(_lever(), 'm')} in "
            "front of L5/S1.")


def _explain_l5s1() -> str:
    load = 15.0 * G * _lever()
    return (f"The load adds 15 kg × {G:.2f} m/s² × {q(_lever(), 'm')} = {q(load, 'N·m')}; the weight of everything "
            f"above L5/S1 (trunk, head, arms) in front of it adds the other {q(_l5s1() - load, 'N·m')}: the net "
            f"L5/S1 moment is {q(_l5s1(), 'N·m')}.")


def _explain_weight() -> str:
    b = _body()
    parts = ", ".join(SEGMENT_WORDS.get(n, n) for n in ABOVE_L5S1)
    return (f"Above L5/S1 are the {parts}: {q(b.upper_body_mass, 'kg')} of the 75 kg (de Leva 1996). "
            f"Their weight is {q(b.upper_body_mass, 'kg')} × {G:.2f} m/s² = {q(_upper_weight(), 'N')}.")


def _explain_knee() -> str:
    peaks = ", ".join(f"{n} {q(_peak_knee(n), 'N·m')}" for n in TECHNIQUES)
    return (f"Peak knee extensor moments lifting 15 kg from the 0.22 m bar: {peaks}. The {_largest_knee()} has the "
            "largest: the squat moves the knees forward and the hips down, so the thighs, trunk and load act far "
            "behind the knees.")


def _explain_rwl() -> str:
    from ..niosh import distance_multiplier, horizontal_multiplier, vertical_multiplier

    h, v, d = (100 * x for x in NIOSH_TASK)
    hm_, vm, dm = float(horizontal_multiplier(h)), float(vertical_multiplier(v)), float(distance_multiplier(d))
    return (f"In centimetres H = {h:.0f}, V = {v:.0f}, D = {d:.0f}: HM = 25/{h:.0f} = {q(hm_)}, VM = 1 - 0.003 × "
            f"|{v:.0f} - 75| = {q(vm)}, DM = 0.82 + 4.5/{d:.0f} = {q(dm)}; RWL = 23 kg × HM × VM × DM = "
            f"{q(_rwl(), 'kg')} (Waters et al. 1993).")


EXERCISES = (
    Exercise(
        "10.1",
        "A 15 kg load is held 0.40 m in front of L5/S1. What moment (N·m) does its weight create about L5/S1?",
        lambda: 15.0 * G * 0.40,
        "N·m",
        rel_tol=0.02,
        mistakes=(
            Mistake(lambda x: abs(x - 6.0) < 0.2, "that is mass x distance; multiply by g = 9.81 m/s² to get the "
                    "weight in newtons first.", lambda: 6.0),
            Mistake(lambda x: abs(x - 15.0 * G * 40) < 50, "check the units: 40 cm is 0.40 m.",
                    lambda: 15.0 * G * 40),
            Mistake(lambda x: abs(x + 15.0 * G * 0.40) < 2, "the size is right but the sign is not: a load in front "
                    "demands an EXTENSOR moment, which is positive in hinge_model.", lambda: -15.0 * G * 0.40),
        ),
        hint="The load's weight (15 kg × g, newtons) times its 0.40 m lever arm; a load in front of L5/S1 needs an "
        "extensor moment, which is positive.",
        explain=_explain_moment,
        python="15 * hm.G * 0.40",
    ),
    Exercise(
        "10.2",
        "75 kg / 1.75 m man, Pose(hip=70, knee=25, ankle=-3, shoulder=60), 15 kg load. Use hm.analyze to find the "
        "horizontal distance (m) from L5/S1 to the hands.",
        _lever,
        "m",
        mistakes=(
            Mistake(lambda x: x > 5, "give the distance in metres, not centimetres.", lambda: 100 * _lever()),
            Mistake(lambda x: x < 0, "x points forward: the hands are in front of L5/S1, so the distance is "
                    "positive.", lambda: -_lever()),
        ),
        hint="Subtract the x coordinate of L5/S1 from that of the hands (a.points['hand'] and a.points['L5S1']); "
        "the answer is in metres.",
        explain=_explain_lever,
        python="a = hm.analyze(body, hm.Pose(hip=70, knee=25, ankle=-3, shoulder=60), 15); "
        "a.points['hand'][0] - a.points['L5S1'][0]",
    ),
    Exercise(
        "10.3",
        "Same person and pose as 10.2: what is the net L5/S1 moment (N·m)?",
        _l5s1,
        "N·m",
        mistakes=(
            Mistake(lambda x: abs(x - 15 * G * _lever()) < 5, "that is the load's share only: the weight of the "
                    "upper body (head, arms, trunk above L5/S1) also acts in front of L5/S1.",
                    lambda: 15 * G * _lever()),
        ),
        hint="The NET moment is the load's term plus the terms of every body segment above L5/S1; hm.analyze "
        "adds them up for you (a.moments['L5S1']).",
        explain=_explain_l5s1,
        python="hm.analyze(body, hm.Pose(hip=70, knee=25, ankle=-3, shoulder=60), 15).moments['L5S1']",
    ),
    Exercise(
        "10.4",
        "What is the weight (N) of everything above L5/S1 for the 75 kg / 1.75 m man (de Leva 1996)?",
        _upper_weight,
        "N",
        mistakes=(
            Mistake(lambda x: abs(x - _body().upper_body_mass) < 2, "that is a mass in kg; weight = mass x g.",
                    lambda: _body().upper_body_mass),
            Mistake(lambda x: abs(x - 75 * G) < 10, "that is the whole body; L5/S1 only carries what is above it.",
                    lambda: 75 * G),
        ),
        hint="Add up the masses of the segments above L5/S1 (body.upper_body_mass, in kg) and multiply by g to turn "
        "the mass into a weight in newtons.",
        explain=_explain_weight,
        python="hm.Body(75, 1.75, 'male').upper_body_mass * hm.G",
    ),
    Exercise(
        "10.5",
        "Lifting 15 kg from a 0.22 m floor bar: which technique (hinge, bend or squat) has the largest peak knee "
        "extensor moment? Answer with one word.",
        _largest_knee,
        choices=TECHNIQUE_CHOICES,
        synonyms=TECHNIQUE_SYNONYMS,
        wrong={"hinge": "the hinge keeps the shins near vertical and the knees soft: little knee moment.",
               "bend": "in a stoop the knees are nearly straight and the weight is in front of them."},
        hint="Compare the maximum knee moment of each technique over the floor-bar lift: which one moves the knees "
        "furthest forward and the hips lowest?",
        explain=_explain_knee,
        python="{n: np.max(hm.movement(n, body, 15, 0.22).analysis.moments['knee']) for n in "
        "('hinge', 'bend', 'squat')}",
    ),
    Exercise(
        "10.6",
        "Revised NIOSH equation: hands 0.40 m in front of the ankles, starting 0.20 m above the floor, lifted 0.55 m, "
        "no twisting, an occasional lift with a good grip (FM = CM = 1). What is the recommended weight limit (kg)?",
        _rwl,
        "kg",
        mistakes=(
            Mistake(lambda x: abs(x - 23.0) < 0.5, "23 kg is the load constant; apply the horizontal, vertical and "
                    "distance multipliers.", lambda: 23.0),
        ),
        hint="Work in centimetres: HM = 25/H, VM = 1 - 0.003 |V - 75|, DM = 0.82 + 4.5/D, then multiply the 23 kg "
        "load constant by all three.",
        explain=_explain_rwl,
        python="hm.niosh.recommended_weight_limit(0.40, 0.20, 0.55)",
    ),
)
