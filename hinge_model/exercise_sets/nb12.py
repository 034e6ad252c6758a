"""Exercises of notebook 12 (is this lift safe? five methods on one lift). Answers are computed when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..exercises import Exercise, Mistake

LOAD = 15.0  # kg
HEIGHT = 0.22  # m, floor bar grip height
REPS = 300.0  # lifts per day


def _assessment(technique: str = "hinge", reps: float = REPS):
    from ..assess import task
    from ..movements import movement

    return task(movement(technique, Body(75.0, 1.75, "male"), LOAD, HEIGHT), reps_per_day=reps)


def _cd() -> float:
    return float(_assessment().lifft.values["cumulative_damage"])


def _dpc() -> float:
    return float(_assessment().lifft.values["damage_per_cycle"])


def _probability() -> float:
    return float(_assessment().lifft.values["probability"])


def _li() -> float:
    return float(_assessment().niosh.values["LI"])


def _fili() -> float:
    return float(_assessment().niosh.values["FILI"])


EXERCISES = (
    Exercise(
        "12.1",
        "The reference person (75 kg, 1.75 m, male) lifts 15 kg from 0.22 m with a hinge, 300 times a day. What is "
        "LiFFT's daily cumulative damage (a pure number)? Use hm.assess.task(movement, reps_per_day=300).lifft.",
        _cd,
        "",
        0.03,
        (
            Mistake(lambda x: abs(x - _dpc()) < 0.05 * _dpc(),
                    "that is the damage of ONE lift; the daily dose multiplies it by the lifts per day.", _dpc),
            Mistake(lambda x: abs(x - _probability()) < 0.05 * _probability(),
                    "that is the probability of a high-risk job; the question asks for the cumulative damage.",
                    _probability),
        ),
        "r = hm.assess.task(m, reps_per_day=300); r.lifft.values['cumulative_damage'] = damage per cycle x 300.",
    ),
    Exercise(
        "12.2",
        "For the same lift (300 lifts a day spread over an 8-hour shift), what is the NIOSH lifting index?",
        _li,
        "",
        0.03,
        (
            Mistake(lambda x: abs(x - _fili()) < 0.02 * _fili(),
                    "that is the frequency-independent index (FM = 1); 300 lifts in 8 h is 0.63 lifts/min, "
                    "which lowers the recommended weight limit through the frequency multiplier (Table 5).", _fili),
        ),
        "r.niosh.values['LI'] = load / RWL, with FM from Table 5 for 0.625 lifts/min, long duration, V < 75 cm.",
    ),
    Exercise(
        "12.3",
        "Which method rests on a single maximal effort, so that the number of lifts per day cannot change what it "
        "says? Answer population, NIOSH or LiFFT.",
        lambda: "population",
        wrong={
            "niosh": "NIOSH's frequency multiplier (Table 5) lowers the limit as the lifts per minute rise.",
            "lifft": "LiFFT multiplies the damage of one lift by the number of lifts per day.",
        },
        solution="population: percent capable compares one required moment with people's maximal strength; NIOSH "
                 "and LiFFT both count repetitions.",
    ),
)
