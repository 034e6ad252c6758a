"""Exercises of notebook 99 (validity and limits). Answers are computed from hinge_model.literature when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..exercises import Exercise, Mistake


def _values() -> dict[str, float]:
    from ..literature import model_values

    return model_values(Body(75.0, 1.75, "male"))


def _inertia() -> float:
    v = _values()
    return v["floor_dynamic_moment_stoop"] - v["floor_static_moment"]


def _shoulder_cm() -> float:
    return 100.0 * 1.75 * (_values()["height_shoulder"] - 0.818)


EXERCISES = (
    Exercise(
        "99.1",
        "Validity table: by how many N·m does the stoop floor lift's DYNAMIC peak L5/S1 moment (2 s lift) exceed "
        "its STATIC peak? (rows floor_dynamic_moment_stoop and floor_static_moment)",
        _inertia,
        "N·m",
        0.03,
        (
            Mistake(lambda x: abs(x - _values()["floor_dynamic_moment_stoop"] / _values()["floor_static_moment"])
                    < 0.05, "that is the ratio; the question asks for the difference in N·m.",
                    lambda: _values()["floor_dynamic_moment_stoop"] / _values()["floor_static_moment"]),
            Mistake(lambda x: x < 0, "dynamic minus static: accelerating the trunk upwards ADDS to the moment.",
                    lambda: -_inertia()),
        ),
        "model dynamic ~240 N·m - static ~150 N·m ~ 90 N·m: a brisk 2 s lift adds about 60 % to the static moment "
        "(hm.literature.model_values()).",
    ),
    Exercise(
        "99.2",
        "The model's standing shoulder height is 0.836 H for the 1.75 m man; Winter's figure gives 0.818 H. How many "
        "CENTIMETRES too high is the model's shoulder? Use the computed row height_shoulder.",
        _shoulder_cm,
        "cm",
        0.05,
        (
            Mistake(lambda x: 0 < x < 0.1, "that is a fraction of stature (or metres); multiply by 1.75 m and by 100.",
                    lambda: _shoulder_cm() / 175.0),
            Mistake(lambda x: x < 0, "the model's shoulder is HIGHER than Winter's: the difference is positive.",
                    lambda: -_shoulder_cm()),
        ),
        "(0.836 - 0.818) x 1.75 m ~ 0.032 m ~ 3 cm: the shoulder joint is placed at the top of the thorax segment "
        "(GEOMETRY_ASSUMPTIONS['shoulder_position']).",
    ),
)
