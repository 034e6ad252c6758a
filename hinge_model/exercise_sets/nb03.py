"""Exercises of notebook 03 (building the model). Answers are computed from the model when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..conventions import ABOVE_L5S1, G
from ..display import SEGMENT_WORDS
from ..display import quantity as q
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..statics import analyze

TITLE = "03: building the model"
WOMAN = (60.0, 1.65, "female")
POSE = Pose(hip=45, shoulder=45)


def _fraction(sex: str = "female", parts: tuple[str, ...] = ABOVE_L5S1) -> float:
    b = Body(60.0, 1.65, sex)
    return sum(b.segments[n].mass for n in parts) / b.mass


def _trunk_only() -> float:
    return _fraction(parts=tuple(n for n in ABOVE_L5S1 if n in ("abdomen", "thorax")))


def _extra() -> float:
    b = Body(75.0, 1.75, "male")
    return float(analyze(b, POSE, 10.0).moments["L5S1"] - analyze(b, POSE, 0.0).moments["L5S1"])


def _lever() -> float:
    a = analyze(Body(75.0, 1.75, "male"), POSE, 10.0)
    return float(a.points["hand"][0] - a.points["L5S1"][0])


def _explain_fraction() -> str:
    b = Body(*WOMAN)
    parts = ", ".join(f"{SEGMENT_WORDS.get(n, n)} {q(b.segments[n].mass, 'kg', 2)}" for n in ABOVE_L5S1)
    return (f"Above L5/S1 are the {parts} (de Leva's table for women): {q(b.upper_body_mass, 'kg')} "
            f"of 60 kg, a fraction of {q(_fraction())}. The pelvis and the legs are below L5/S1. (For a man of the "
            f"same size the fraction is {q(_fraction('male'))}: men carry relatively more mass in the upper body.)")


def _explain_extra() -> str:
    d = _lever()
    return (f"In this pose the hands are {q(d, 'm')} in front of L5/S1, so 10 kg adds its weight times that lever: "
            f"10 kg × {G:.2f} m/s² × {q(d, 'm')} = {q(_extra(), 'N·m')}. The upper body's own share of the moment "
            "does not change.")


EXERCISES = (
    Exercise(
        "03.1",
        "What fraction of body mass is above L5/S1 for a 60 kg, 1.65 m woman? (a number between 0 and 1)",
        _fraction,
        "",
        rel_tol=0.02,
        mistakes=(
            Mistake(lambda x: x > 1.5, "give a fraction between 0 and 1 (or did you give the mass in kg?).",
                    lambda: 60 * _fraction()),
            Mistake(lambda x: abs(x - _fraction("male")) < 0.004, "that is the fraction for a MAN of the same size; "
                    "use the women's segment table (sex='female').", lambda: _fraction("male")),
            Mistake(lambda x: abs(x - _trunk_only()) < 0.03, "that is only the trunk (abdomen and thorax); add the "
                    "head and both arms (they hang from the thorax).", _trunk_only),
        ),
        hint="Add the masses of the segments above L5/S1 (abdomen, thorax, head, both upper arms, forearms and "
        "hands: Body(...).upper_body_mass) and divide by the 60 kg body mass; use the women's table.",
        explain=_explain_fraction,
        python="b = hm.Body(60, 1.65, 'female'); b.upper_body_mass / b.mass",
    ),
    Exercise(
        "03.2",
        "75 kg man in Pose(hip=45, shoulder=45): by how many N·m does the L5/S1 moment rise when he picks up 10 kg?",
        _extra,
        "N·m",
        mistakes=(
            Mistake(lambda x: abs(x - _extra() / G) < 0.3, "that is kg x m; multiply by g = 9.81 m/s².",
                    lambda: _extra() / G),
            Mistake(lambda x: abs(x + _extra()) < 1.0, "a load in front needs MORE extensor moment (positive).",
                    lambda: -_extra()),
        ),
        hint="Only the load's term changes: 10 kg × g times the horizontal distance from L5/S1 to the hands in this "
        "pose (or analyze the pose with 10 kg and with 0 kg and subtract).",
        explain=_explain_extra,
        python="b, p = hm.Body(75, 1.75), hm.Pose(hip=45, shoulder=45); "
        "hm.analyze(b, p, 10).moments['L5S1'] - hm.analyze(b, p, 0).moments['L5S1']",
    ),
)
