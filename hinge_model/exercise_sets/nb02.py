"""Exercises of notebook 02 (free-body diagrams and moments). Answers are computed from the model when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..conventions import G
from ..display import quantity as q
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..spine import MUSCLE_MOMENT_ARM_NEUTRAL
from ..statics import analyze

TITLE = "02: free-body diagrams and moments"


def _body() -> Body:
    return Body(75.0, 1.75, "male")


#: The free-body-diagram pose of notebook 02 (a hinge-like posture holding 15 kg).
FBD_POSE = Pose(ankle=5, knee=20, hip=70, lumbar=5, shoulder=60)
FBD_LOAD = 15.0
ARM = MUSCLE_MOMENT_ARM_NEUTRAL  # m, the one-muscle lever of notebook 02


def _fbd():  # type: ignore[no-untyped-def]
    return analyze(_body(), FBD_POSE, FBD_LOAD)


def _l5s1() -> float:
    return float(_fbd().moments["L5S1"])


def _load_arm() -> float:
    a = _fbd()
    return float(a.points["hand"][0] - a.points["L5S1"][0])


def _muscle_force() -> float:
    """Simple lever of notebook 02: all of the net L5/S1 moment by one extensor 5.5 cm behind the joint."""
    return _l5s1() / ARM


def _tilt_moment(tilt: float) -> float:
    return float(analyze(_body(), Pose(hip=tilt, shoulder=tilt), 0.0).moments["L5S1"])


def _tilt_ratio() -> float:
    return _tilt_moment(90.0) / _tilt_moment(30.0)


def _explain_lever() -> str:
    w = 20.0 * G
    return (f"The load's weight is 20 kg × {G:.2f} m/s² = {q(w, 'N')}. Its moment about the pivot is the weight "
            f"times its horizontal lever arm: {q(w, 'N')} × 0.30 m = {q(w * 0.30, 'N·m')}.")


def _explain_muscle() -> str:
    m, w = _l5s1(), FBD_LOAD * G
    return (f"The net L5/S1 moment of this pose is {q(m, 'N·m')} (the load and the upper body's own weight). One "
            f"muscle {q(100 * ARM, 'cm', 2)} behind L5/S1 must balance it alone: F = M / d = {q(m, 'N·m')} / "
            f"{ARM:g} m = {q(_muscle_force(), 'N')}, about {_muscle_force() / w:.0f} times the load's weight "
            f"({q(w, 'N')}), because the muscle's lever is so much shorter than the load's.")


def _explain_tilt() -> str:
    m30, m90, r = _tilt_moment(30.0), _tilt_moment(90.0), _tilt_ratio()
    rel = "a little less than" if r < 2.0 else "more than"
    return (f"With no load the L5/S1 moment is {q(m30, 'N·m')} at a 30° trunk tilt and {q(m90, 'N·m')} at 90°: "
            f"the ratio is {q(r)}. The upper body's lever arm grows roughly like the sine of the tilt (sin 90° / "
            f"sin 30° = 2); the ratio is {rel} 2 because the arms and the offset of the upper body's centre of "
            f"mass from the trunk's axis do not follow the sine exactly.")


EXERCISES = (
    Exercise(
        "02.1",
        "A 20 kg load hangs 0.30 m (horizontally) in front of a pivot. What moment (N·m) does its weight create "
        "about the pivot?",
        lambda: 20.0 * G * 0.30,
        "N·m",
        rel_tol=0.02,
        mistakes=(
            Mistake(lambda x: abs(x - 6.0) < 0.2, "that is mass x distance; multiply the mass by g = 9.81 m/s² to "
                    "get the weight in newtons first.", lambda: 6.0),
            Mistake(lambda x: abs(x - 20.0 * G * 30) < 60, "check the units: 30 cm is 0.30 m.",
                    lambda: 20.0 * G * 30),
            Mistake(lambda x: abs(x - 20.0 * G / 0.30) < 20, "a moment is force TIMES distance, not force divided "
                    "by distance.", lambda: 20.0 * G / 0.30),
        ),
        hint="First turn the 20 kg into a force (its weight, mass × g, in newtons); the moment is that force times "
        "the 0.30 m horizontal lever arm.",
        explain=_explain_lever,
        python="20 * hm.G * 0.30",
    ),
    Exercise(
        "02.2",
        "Free-body diagram of the notebook (75 kg / 1.75 m man, Pose(ankle=5, knee=20, hip=70, lumbar=5, "
        f"shoulder=60), 15 kg in the hands). If ONE extensor muscle {ARM:g} m behind L5/S1 carries the whole net "
        "L5/S1 moment, how large is its force (N)?",
        _muscle_force,
        "N",
        mistakes=(
            Mistake(lambda x: abs(x - _l5s1() / (100 * ARM)) < 3, f"the moment arm is {100 * ARM:g} cm = {ARM:g} m: "
                    "divide by metres.", lambda: _l5s1() / (100 * ARM)),
            Mistake(lambda x: abs(x - _l5s1() * ARM) < 2, "divide the moment by the moment "
                    "arm (F = M / d); you multiplied.", lambda: _l5s1() * ARM),
            Mistake(lambda x: abs(x - FBD_LOAD * G * _load_arm() / ARM) < 30,
                    "that balances the load only: the weight of the upper body (trunk, head, arms) in front of "
                    "L5/S1 needs muscle force too. Use the NET moment a.moments['L5S1'].",
                    lambda: FBD_LOAD * G * _load_arm() / ARM),
        ),
        hint="Balance moments about L5/S1: muscle force × its moment arm (in metres) equals the NET L5/S1 moment of "
        "the pose, so divide that moment by the moment arm.",
        explain=_explain_muscle,
        python="a = hm.analyze(body, hm.Pose(ankle=5, knee=20, hip=70, lumbar=5, shoulder=60), 15); "
        "a.moments['L5S1'] / hm.spine.MUSCLE_MOMENT_ARM_NEUTRAL",
    ),
    Exercise(
        "02.3",
        "The trunk as a cantilever: straight legs, neutral spine, arms hanging, no load. Use hm.analyze to find how "
        "many times larger the L5/S1 moment is with the trunk tilted 90° (Pose(hip=90, shoulder=90)) than at 30° "
        "(Pose(hip=30, shoulder=30)).",
        _tilt_ratio,
        "",
        mistakes=(
            Mistake(lambda x: abs(x - 2.0) < 0.03, "2.0 is what a pure sine predicts (sin 90° / sin 30°). Compute "
                    "both moments with hm.analyze: at 30° the arms and the small offset of the upper-body CoM in "
                    "front of L5/S1 already add a little moment, so the ratio is a bit smaller.", lambda: 2.0),
            Mistake(lambda x: abs(x - 1.0 / _tilt_ratio()) < 0.03, "you divided the other way round: moment at "
                    "90° divided by moment at 30°.", lambda: 1.0 / _tilt_ratio()),
        ),
        hint="Compute the L5/S1 moment of both unloaded poses and divide the 90° one by the 30° one; the answer is "
        "a plain ratio without a unit.",
        explain=_explain_tilt,
        python="m = hm.analyze(body, hm.Pose(hip=[30, 90], shoulder=[30, 90]), 0).moments['L5S1']; m[1] / m[0]",
    ),
)
