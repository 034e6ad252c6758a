"""Exercises of notebook 05 (inside the spine). Answers are computed from the model when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..display import quantity as q
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..spine import FULL_FLEXION, SHEAR_LIMIT_FREQUENT, SHEAR_LIMIT_OCCASIONAL, passive_moment
from ..statics import analyze

TITLE = "05: inside the spine"
FLEXED = 55.0  # deg, the exercises' lumbar flexion
WOMAN_ANGLE = 48.0  # deg of lumbar flexion


def _body() -> Body:
    return Body(75.0, 1.75, "male")


def flexed_pose(lumbar: float) -> Pose:
    """Notebook 05's comparison pose: hip 75 deg, knee 10 deg, shins 5 deg back, arms hanging straight down."""
    ankle, knee, hip = -5.0, 10.0, 75.0
    return Pose(ankle=ankle, knee=knee, hip=hip, lumbar=lumbar, shoulder=ankle - knee + hip + lumbar)


def _spine(lumbar: float):  # type: ignore[no-untyped-def]
    return analyze(_body(), flexed_pose(lumbar), 15.0).spine


def _passive_percent() -> float:
    return 100.0 * float(_spine(FLEXED).passive_share)


def _shear() -> float:
    return float(_spine(FLEXED).shear)


def _female_passive() -> float:
    return float(passive_moment(WOMAN_ANGLE, "female"))


def _explain_passive() -> str:
    s = _spine(FLEXED)
    return (f"At {FLEXED:g}° of lumbar flexion the stretched passive tissues (ligaments, fascia, discs) resist "
            f"{q(float(s.passive_moment), 'N·m')} of the net L5/S1 moment of {q(float(s.net_moment), 'N·m')}: "
            f"{q(_passive_percent(), '%')}. The back muscles carry the rest ({q(100 - _passive_percent(), '%')}).")


def _limit_words(value: float) -> str:
    if value > SHEAR_LIMIT_OCCASIONAL:
        return f"above the {q(SHEAR_LIMIT_OCCASIONAL, 'N', 4)} limit for occasional loading"
    if value > SHEAR_LIMIT_FREQUENT:
        return (f"above the {q(SHEAR_LIMIT_FREQUENT, 'N')} limit for frequent loading but below the "
                f"{q(SHEAR_LIMIT_OCCASIONAL, 'N', 4)} occasional limit")
    return f"below the {q(SHEAR_LIMIT_FREQUENT, 'N')} limit for frequent loading"


def _explain_shear() -> str:
    s, neutral = _shear(), float(_spine(0.0).shear)
    direction = "anterior: L5 pushed forward" if s > 0 else "posterior: L5 pushed backward"
    return (f"The L5/S1 shear in this flexed pose is {q(s, 'N')} ({direction}), {_limit_words(s)}; the same "
            f"hips with a neutral lower back give {q(neutral, 'N')}. In this model the back muscles' pull on L5 turns "
            "from forward (neutral spine) to backward (rounded spine) at L5/S1 (after Macintosh, Bogduk & Pearcy "
            "1993), while the stretched ligaments pull L5 forward; at L4/L5 the rounded back loses the erector "
            "fibres' backward pull (a.spine_levels['L4L5'].shear).")


def _explain_female() -> str:
    full = float(passive_moment(FULL_FLEXION, "female"))
    return (f"The passive-moment curve for women gives {q(_female_passive(), 'N·m')} at {WOMAN_ANGLE:g}° and "
            f"{q(full, 'N·m')} at full flexion ({FULL_FLEXION:g}°): at {100 * WOMAN_ANGLE / FULL_FLEXION:.0f} % of the "
            "range only "
            f"{q(100 * _female_passive() / full, '%', 2)} of the full-flexion value, because the tissues stiffen "
            "steeply near the end of their range (an exponential curve, Dolan et al. 1994).")


EXERCISES = (
    Exercise(
        "05.1",
        "75 kg / 1.75 m man, hip 75°, knee 10°, ankle -5°, lumbar 55°, arms hanging (flexed_pose(55) in "
        "hinge_model.exercise_sets.nb05), 15 kg in the hands: what percentage of the net L5/S1 moment do the "
        "passive tissues carry?",
        _passive_percent,
        "%",
        mistakes=(
            Mistake(lambda x: abs(x - _passive_percent() / 100) < 0.02, "that is a fraction; give it in percent "
                    "(multiply by 100).", lambda: _passive_percent() / 100),
            Mistake(lambda x: abs(x - (100 - _passive_percent())) < 2, "that is the share the MUSCLES carry; the "
                    "question asks for the passive tissues (a.spine.passive_share).",
                    lambda: 100 - _passive_percent()),
        ),
        hint="The passive share is the passive tissues' moment at this lumbar flexion divided by the net L5/S1 "
        "moment (a.spine.passive_share), given in percent.",
        explain=_explain_passive,
        python="a = hm.analyze(body, hm.exercise_sets.nb05.flexed_pose(55), 15); 100 * a.spine.passive_share",
    ),
    Exercise(
        "05.2",
        "Same person, pose and load as 05.1: what is the L5/S1 shear force (N, positive = the upper vertebra is "
        "pushed forward)?",
        _shear,
        "N",
        mistakes=(
            Mistake(lambda x: abs(x + _shear()) < 15, "right size, wrong sign: in this flexed spine the upper "
                    "vertebra is pushed FORWARD (anterior shear), which is positive.", lambda: -_shear()),
            Mistake(lambda x: abs(x - float(_spine(FLEXED).compression)) < 30, "that is the compression (across the "
                    "disc); shear acts along the disc plane: a.spine.shear.",
                    lambda: float(_spine(FLEXED).compression)),
            Mistake(lambda x: abs(x - float(_spine(0.0).shear)) < 15, "that is the shear with a NEUTRAL spine "
                    "(lumbar 0°); use lumbar = 55°.", lambda: float(_spine(0.0).shear)),
        ),
        hint="Shear is the force ALONG the disc plane (a.spine.shear), not the compression across it; positive "
        "means the upper vertebra is pushed forward.",
        explain=_explain_shear,
        python="hm.analyze(body, hm.exercise_sets.nb05.flexed_pose(55), 15).spine.shear",
    ),
    Exercise(
        "05.3",
        f"Use hm.spine.passive_moment to find the passive lumbar extensor moment (N·m) of a WOMAN at {WOMAN_ANGLE:g}° "
        f"of lumbar flexion ({100 * WOMAN_ANGLE / FULL_FLEXION:.0f} % of full flexion in the model).",
        _female_passive,
        "N·m",
        mistakes=(
            Mistake(lambda x: abs(x - float(passive_moment(WOMAN_ANGLE, "male"))) < 1.0, "that is the curve for "
                    "men; pass sex=\"female\" (the women's curve is lower, Dolan et al. 1994).",
                    lambda: float(passive_moment(WOMAN_ANGLE, "male"))),
            Mistake(lambda x: abs(x - 0.8 * float(passive_moment(FULL_FLEXION, "female"))) < 1.0,
                    "the passive moment does not grow in proportion to the flexion: it stiffens steeply near the "
                    "end of the range (an exponential curve).",
                    lambda: 0.8 * float(passive_moment(FULL_FLEXION, "female"))),
        ),
        hint="Call the passive-moment curve with the lumbar angle in degrees and sex=\"female\"; do not scale the "
        "full-flexion value in proportion.",
        explain=_explain_female,
        python="hm.spine.passive_moment(48, 'female')",
    ),
)
