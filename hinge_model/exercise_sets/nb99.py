"""Exercises of notebook 99 (validity and limits). Answers are computed from hinge_model.literature when checked."""

from __future__ import annotations

from functools import cache

from ..anthropometry import Body
from ..display import quantity as q
from ..exercises import Exercise, Mistake

TITLE = "99: validity and limits"
#: Winter's standing shoulder height, fraction of stature (hinge_model.literature PUBLISHED row height_shoulder).
WINTER_SHOULDER = 0.818
STATURE = 1.75  # m
#: The model values the exercises use (hinge_model.literature: two model-only quantities and one table row).
KEYS = ("floor_dynamic_moment_stoop", "floor_static_moment", "height_shoulder")


@cache
def _values() -> dict[str, float]:
    from ..literature import model_values

    return model_values(Body(75.0, STATURE, "male"), keys=KEYS)  # type: ignore[return-value]


def _inertia() -> float:
    v = _values()
    return v["floor_dynamic_moment_stoop"] - v["floor_static_moment"]


def _shoulder_cm() -> float:
    return 100.0 * STATURE * (_values()["height_shoulder"] - WINTER_SHOULDER)


def _explain_inertia() -> str:
    v = _values()
    dyn, stat = v["floor_dynamic_moment_stoop"], v["floor_static_moment"]
    return (f"The model's stoop floor lift has a dynamic peak L5/S1 moment of {q(dyn, 'N·m')} (the 2 s lift) and a "
            f"static peak of {q(stat, 'N·m')}: the difference is {q(_inertia(), 'N·m')}, "
            f"{q(100 * _inertia() / stat, '%', 2)} on top of the static value, from accelerating the trunk and the "
            "load upwards.")


def _explain_shoulder() -> str:
    h = _values()["height_shoulder"]
    return (f"The model's shoulder joint stands at {q(h)} H, Winter's at {WINTER_SHOULDER} H: the difference, "
            f"{q(h - WINTER_SHOULDER, '', 2)} H × {STATURE} m, is {q(_shoulder_cm(), 'cm', 2)} (about "
            f"{_shoulder_cm():.0f} cm). The model puts the shoulder joint at the top of the thorax segment "
            "(GEOMETRY_ASSUMPTIONS['shoulder_position']).")


EXERCISES = (
    Exercise(
        "99.1",
        "By how many N·m does the model's stoop floor lift's DYNAMIC peak L5/S1 moment (2 s lift) exceed its STATIC "
        "peak? (model values floor_dynamic_moment_stoop and floor_static_moment of hm.literature.model_values)",
        _inertia,
        "N·m",
        mistakes=(
            Mistake(lambda x: abs(x - _values()["floor_dynamic_moment_stoop"] / _values()["floor_static_moment"])
                    < 0.05, "that is the ratio; the question asks for the difference in N·m.",
                    lambda: _values()["floor_dynamic_moment_stoop"] / _values()["floor_static_moment"]),
            Mistake(lambda x: x < 0, "dynamic minus static: accelerating the trunk upwards ADDS to the moment.",
                    lambda: -_inertia()),
        ),
        hint="Subtract the model's static value (floor_static_moment) from its dynamic value "
        "(floor_dynamic_moment_stoop); the answer is a difference in N·m, not a ratio.",
        explain=_explain_inertia,
        python="v = hm.literature.model_values(keys=['floor_dynamic_moment_stoop', 'floor_static_moment']); "
        "v['floor_dynamic_moment_stoop'] - v['floor_static_moment']",
    ),
    Exercise(
        "99.2",
        f"The validity table compares the model's standing shoulder height (row height_shoulder, a fraction of "
        f"stature H) with Winter's {WINTER_SHOULDER} H. For the {STATURE} m man, how many CENTIMETRES higher is the "
        "model's shoulder? (Whole centimetres are fine.)",
        _shoulder_cm,
        "cm",
        rel_tol=0.05,
        abs_tol=0.5,  # the summary of notebook 99 states it in whole centimetres
        sig=2,
        mistakes=(
            Mistake(lambda x: 0 < x < 0.1, "that is a fraction of stature (or metres); multiply by 1.75 m and by 100.",
                    lambda: _shoulder_cm() / 175.0),
            Mistake(lambda x: x < 0, "the model's shoulder is HIGHER than Winter's: the difference is positive.",
                    lambda: -_shoulder_cm()),
        ),
        hint=f"Subtract Winter's {WINTER_SHOULDER} from the model's height_shoulder (both are fractions of stature), "
        f"multiply by the {STATURE} m stature and convert metres to centimetres.",
        explain=_explain_shoulder,
        python=f"100 * {STATURE} * (hm.literature.model_values(keys=['height_shoulder'])['height_shoulder'] "
        f"- {WINTER_SHOULDER})",
    ),
)
