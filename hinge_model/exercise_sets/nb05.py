"""Exercises of notebook 05 (inside the spine). Answers are computed from the model when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..spine import passive_moment
from ..statics import analyze


def _body() -> Body:
    return Body(75.0, 1.75, "male")


def flexed_pose(lumbar: float) -> Pose:
    """Notebook 05's comparison pose: hip 75 deg, knee 10 deg, shins 5 deg back, arms hanging straight down."""
    ankle, knee, hip = -5.0, 10.0, 75.0
    return Pose(ankle=ankle, knee=knee, hip=hip, lumbar=lumbar, shoulder=ankle - knee + hip + lumbar)


def _spine(lumbar: float):  # type: ignore[no-untyped-def]
    return analyze(_body(), flexed_pose(lumbar), 15.0).spine


def _passive_percent() -> float:
    return 100.0 * float(_spine(55.0).passive_share)


def _shear() -> float:
    return float(_spine(55.0).shear)


def _female_passive() -> float:
    return float(passive_moment(48.0, "female"))


EXERCISES = (
    Exercise(
        "05.1",
        "75 kg / 1.75 m man, hip 75°, knee 10°, ankle -5°, lumbar 55°, arms hanging (flexed_pose(55) in "
        "hinge_model.exercise_sets.nb05), 15 kg in the hands: what percentage of the net L5/S1 moment do the "
        "passive tissues carry?",
        _passive_percent,
        "%",
        0.03,
        (
            Mistake(lambda x: abs(x - _passive_percent() / 100) < 0.02, "that is a fraction; give it in percent "
                    "(multiply by 100).", lambda: _passive_percent() / 100),
            Mistake(lambda x: abs(x - (100 - _passive_percent())) < 2, "that is the share the MUSCLES carry; the "
                    "question asks for the passive tissues (a.spine.passive_share).",
                    lambda: 100 - _passive_percent()),
        ),
        "a = hm.analyze(body, pose, 15); 100 * a.spine.passive_share: the passive moment at 55° of lumbar flexion "
        "(a.spine.passive_moment) divided by the net L5/S1 moment.",
    ),
    Exercise(
        "05.2",
        "Same person, pose and load as 05.1: what is the L5/S1 shear force (N, positive = the upper vertebra is "
        "pushed forward)?",
        _shear,
        "N",
        0.03,
        (
            Mistake(lambda x: abs(x + _shear()) < 15, "right size, wrong sign: in this flexed spine the upper "
                    "vertebra is pushed FORWARD (anterior shear), which is positive.", lambda: -_shear()),
            Mistake(lambda x: abs(x - float(_spine(55.0).compression)) < 30, "that is the compression (across the "
                    "disc); shear acts along the disc plane: a.spine.shear.",
                    lambda: float(_spine(55.0).compression)),
            Mistake(lambda x: abs(x - float(_spine(0.0).shear)) < 15, "that is the shear with a NEUTRAL spine "
                    "(lumbar 0°); use lumbar = 55°.", lambda: float(_spine(0.0).shear)),
        ),
        "a.spine.shear for the flexed pose: with the spine near full flexion the erector fibres no longer pull "
        "the vertebra backwards and the stretched ligaments pull it forwards, so the shear is anterior and above "
        "the 700 N frequent limit (it reaches the 1000 N occasional limit only at full flexion, 60°).",
    ),
    Exercise(
        "05.3",
        "Use hm.spine.passive_moment to find the passive lumbar extensor moment (N·m) of a WOMAN at 48° of lumbar "
        "flexion (80 % of full flexion in the model).",
        _female_passive,
        "N·m",
        0.03,
        (
            Mistake(lambda x: abs(x - float(passive_moment(48.0, "male"))) < 1.0, "that is the curve for men "
                    "(120 N·m at full flexion); pass sex=\"female\" (77 N·m at full flexion, Dolan et al. 1994).",
                    lambda: float(passive_moment(48.0, "male"))),
            Mistake(lambda x: abs(x - 0.8 * 77.0) < 1.0, "the passive moment does not grow in proportion to the "
                    "flexion: it stiffens steeply near the end of the range (an exponential curve).",
                    lambda: 0.8 * 77.0),
        ),
        "hm.spine.passive_moment(48, \"female\") ≈ 28 N·m: only about a third of the full-flexion value at 80 % "
        "of the range, because the tissues stiffen steeply near the end of it.",
    ),
)
