"""Exercises of notebook 12 (is this lift safe? five methods on one lift). Answers are computed when checked.

The task is the notebook's: a 75 kg, 1.75 m man lifts :data:`hinge_model.series.FLOOR_BOX` (a 15 kg box with
handles 0.15 m above the floor, near face 2 cm in front of the toes) 300 times a day.
"""

from __future__ import annotations

from functools import cache

from ..anthropometry import Body
from ..display import quantity as q
from ..exercises import Exercise, Mistake

REPS = 300.0  # lifts per day
MOVE = "m = hm.movement('hinge', body, load=hm.series.FLOOR_BOX)"

TITLE = "12: is this lift safe?"


@cache
def _assessment(technique: str = "hinge", reps: float = REPS):  # type: ignore[no-untyped-def]
    from ..assess import task
    from ..movements import movement
    from ..series import FLOOR_BOX

    return task(movement(technique, Body(75.0, 1.75, "male"), load=FLOOR_BOX), reps_per_day=reps)


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


def _explain_cd() -> str:
    return (f"LiFFT gives each lift a damage of {_dpc():.3g} from its peak load moment; 300 lifts a day add up to a "
            f"cumulative damage of {_cd():.3g}, which its logistic fit turns into a {q(100 * _probability(), '%')} "
            "probability of a high-risk job.")


def _smallest() -> tuple[str, float]:
    m = _assessment().niosh.values["multipliers"]
    name = min(m, key=m.__getitem__)
    return name, float(m[name])


def _explain_li() -> str:
    name, value = _smallest()
    h = 100 * _assessment().niosh.inputs["H"]
    why = (f": the handles are {h:.1f} cm in front of the ankles, more than the 25 cm the equation allows without a "
           "penalty, so bring the load closer first" if name == "HM" else ", so change that first")
    return (f"300 lifts in 8 hours is 0.625 lifts a minute; the frequency multiplier of Table 5 lowers the "
            f"recommended weight limit, giving a lifting index of {_li():.2f} (without it, {_fili():.2f}). The "
            f"smallest multiplier is {name} = {value:.2f}{why}.")


def _explain_method() -> str:
    return ("population: percent capable compares one required moment with people's maximal strength, so the "
            "number of lifts cannot change it; NIOSH (frequency multiplier) and LiFFT (damage x lifts) both count "
            "repetitions.")


EXERCISES = (
    Exercise(
        "12.1",
        "The reference person (75 kg, 1.75 m, male) lifts the 15 kg floor box (hm.series.FLOOR_BOX, handles 0.15 m "
        "above the floor) with a hinge, 300 times a day. What is LiFFT's daily cumulative damage (a pure number)? "
        "Use hm.assess.task(movement, reps_per_day=300).lifft.",
        _cd,
        "",
        sig=3,
        mistakes=(
            Mistake(lambda x: abs(x - _dpc()) < 0.05 * _dpc(),
                    "that is the damage of ONE lift; the daily dose multiplies it by the lifts per day.", _dpc),
            Mistake(lambda x: abs(x - _probability()) < 0.05 * _probability(),
                    "that is the probability of a high-risk job; the question asks for the cumulative damage.",
                    _probability),
        ),
        hint="Cumulative damage is the damage of one lift times the number of lifts per day; read "
        "r.lifft.values['cumulative_damage'].",
        explain=_explain_cd,
        python=MOVE + "; r = hm.assess.task(m, reps_per_day=300); r.lifft.values['cumulative_damage']",
    ),
    Exercise(
        "12.2",
        "For the same lift (300 lifts a day spread over an 8-hour shift), what is the NIOSH lifting index?",
        _li,
        "",
        mistakes=(
            Mistake(lambda x: abs(x - _fili()) < 0.02 * _fili(),
                    "that is the frequency-independent index (FM = 1); 300 lifts in 8 h is 0.63 lifts/min, "
                    "which lowers the recommended weight limit through the frequency multiplier (Table 5).", _fili),
        ),
        hint="The lifting index is the load divided by the recommended weight limit, with the frequency multiplier "
        "for 0.625 lifts per minute over a long shift: r.niosh.values['LI'].",
        explain=_explain_li,
        python="r.niosh.values['LI'], r.niosh.values['multipliers']",
    ),
    Exercise(
        "12.3",
        "Which method rests on a single maximal effort, so that the number of lifts per day cannot change what it "
        "says? Answer population, NIOSH or LiFFT.",
        lambda: "population",
        choices=(("population capability", "population"), ("NIOSH lifting equation", "niosh"), ("LiFFT", "lifft")),
        wrong={
            "niosh": "NIOSH's frequency multiplier (Table 5) lowers the limit as the lifts per minute rise.",
            "lifft": "LiFFT multiplies the damage of one lift by the number of lifts per day.",
        },
        hint="Ask of each method: does its input include how often the lift is repeated?",
        explain=_explain_method,
        python="compare hm.assess.task(m, reps_per_day=n) for two values of n",
    ),
)
