"""Exercises of notebook 03 (building the model). Answers are computed from the model when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..conventions import G
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..statics import analyze


def _fraction() -> float:
    b = Body(60.0, 1.65, "female")
    return b.upper_body_mass / b.mass


def _extra() -> float:
    b, p = Body(75.0, 1.75, "male"), Pose(hip=45, shoulder=45)
    return float(analyze(b, p, 10.0).moments["L5S1"] - analyze(b, p, 0.0).moments["L5S1"])


EXERCISES = (
    Exercise(
        "03.1",
        "What fraction of body mass is above L5/S1 for a 60 kg, 1.65 m woman?",
        _fraction,
        "",
        0.02,
        (
            Mistake(lambda x: x > 1.5, "give a fraction between 0 and 1 (or did you give the mass in kg?).",
                    lambda: 60 * _fraction()),
            Mistake(lambda x: 0.35 < x < 0.45, "that is roughly the trunk without the arms and head; add the head and "
                    "both arms (they hang from the thorax).", lambda: 0.40),
        ),
        "hm.Body(60, 1.65, 'female').upper_body_mass / 60: abdomen + thorax + head + both arms ≈ 0.51 (de Leva).",
    ),
    Exercise(
        "03.2",
        "75 kg man in Pose(hip=45, shoulder=45): by how many N·m does the L5/S1 moment rise when he picks up 10 kg?",
        _extra,
        "N·m",
        0.03,
        (
            Mistake(lambda x: abs(x - _extra() / G) < 0.3, "that is kg x m; multiply by g = 9.81 m/s².",
                    lambda: _extra() / G),
            Mistake(lambda x: abs(x + _extra()) < 1.0, "a load in front needs MORE extensor moment (positive).",
                    lambda: -_extra()),
        ),
        "Extra moment = 10 kg x 9.81 m/s² x (x_hand - x_L5S1); with hm.analyze: "
        "a10.moments['L5S1'] - a0.moments['L5S1'].",
    ),
)
