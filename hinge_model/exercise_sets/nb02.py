"""Exercises of notebook 02 (free-body diagrams and moments). Answers are computed from the model when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..conventions import G
from ..exercises import Exercise, Mistake
from ..pose import Pose
from ..spine import MUSCLE_MOMENT_ARM_NEUTRAL
from ..statics import analyze


def _body() -> Body:
    return Body(75.0, 1.75, "male")


#: The free-body-diagram pose of notebook 02 (a hinge-like posture holding 15 kg).
FBD_POSE = Pose(ankle=5, knee=20, hip=70, lumbar=5, shoulder=60)
FBD_LOAD = 15.0


def _fbd():  # type: ignore[no-untyped-def]
    return analyze(_body(), FBD_POSE, FBD_LOAD)


def _l5s1() -> float:
    return float(_fbd().moments["L5S1"])


def _load_arm() -> float:
    a = _fbd()
    return float(a.points["hand"][0] - a.points["L5S1"][0])


def _muscle_force() -> float:
    """Simple lever of notebook 02: all of the net L5/S1 moment by one extensor 5.5 cm behind the joint."""
    return _l5s1() / MUSCLE_MOMENT_ARM_NEUTRAL


def _tilt_moment(tilt: float) -> float:
    return float(analyze(_body(), Pose(hip=tilt, shoulder=tilt), 0.0).moments["L5S1"])


def _tilt_ratio() -> float:
    return _tilt_moment(90.0) / _tilt_moment(30.0)


EXERCISES = (
    Exercise(
        "02.1",
        "A 20 kg load hangs 0.30 m (horizontally) in front of a pivot. What moment (N·m) does its weight create "
        "about the pivot?",
        lambda: 20.0 * G * 0.30,
        "N·m",
        0.02,
        (
            Mistake(lambda x: abs(x - 6.0) < 0.2, "that is mass x distance; multiply the mass by g = 9.81 m/s² to "
                    "get the weight in newtons first.", lambda: 6.0),
            Mistake(lambda x: abs(x - 20.0 * G * 30) < 60, "check the units: 30 cm is 0.30 m.",
                    lambda: 20.0 * G * 30),
            Mistake(lambda x: abs(x - 20.0 * G / 0.30) < 20, "a moment is force TIMES distance, not force divided "
                    "by distance.", lambda: 20.0 * G / 0.30),
        ),
        "Weight = 20 kg x 9.81 m/s² = 196 N; moment = 196 N x 0.30 m ≈ 58.9 N·m.",
    ),
    Exercise(
        "02.2",
        "Free-body diagram of the notebook (75 kg / 1.75 m man, Pose(ankle=5, knee=20, hip=70, lumbar=5, "
        "shoulder=60), 15 kg in the hands). If ONE extensor muscle 0.055 m behind L5/S1 carries the whole net "
        "L5/S1 moment, how large is its force (N)?",
        _muscle_force,
        "N",
        0.03,
        (
            Mistake(lambda x: abs(x - _l5s1() / 5.5) < 3, "the moment arm is 5.5 cm = 0.055 m: divide by metres.",
                    lambda: _l5s1() / 5.5),
            Mistake(lambda x: abs(x - _l5s1() * MUSCLE_MOMENT_ARM_NEUTRAL) < 2, "divide the moment by the moment "
                    "arm (F = M / d); you multiplied.", lambda: _l5s1() * MUSCLE_MOMENT_ARM_NEUTRAL),
            Mistake(lambda x: abs(x - FBD_LOAD * G * _load_arm() / MUSCLE_MOMENT_ARM_NEUTRAL) < 30,
                    "that balances the load only: the weight of the upper body (trunk, head, arms) in front of "
                    "L5/S1 needs muscle force too. Use the NET moment a.moments['L5S1'].",
                    lambda: FBD_LOAD * G * _load_arm() / MUSCLE_MOMENT_ARM_NEUTRAL),
        ),
        "a = hm.analyze(body, pose, 15); F = a.moments['L5S1'] / 0.055 ≈ 165 N·m / 0.055 m ≈ 3000 N, about 20 "
        "times the load's weight (147 N).",
    ),
    Exercise(
        "02.3",
        "The trunk as a cantilever: straight legs, neutral spine, arms hanging, no load. Use hm.analyze to find how "
        "many times larger the L5/S1 moment is with the trunk tilted 90° (Pose(hip=90, shoulder=90)) than at 30° "
        "(Pose(hip=30, shoulder=30)).",
        _tilt_ratio,
        "",
        0.03,
        (
            Mistake(lambda x: abs(x - 2.0) < 0.03, "2.0 is what a pure sine predicts (sin 90° / sin 30°). Compute "
                    "both moments with hm.analyze: at 30° the arms and the small offset of the upper-body CoM in "
                    "front of L5/S1 already add a little moment, so the ratio is a bit smaller.", lambda: 2.0),
            Mistake(lambda x: abs(x - 1.0 / _tilt_ratio()) < 0.03, "you divided the other way round: moment at "
                    "90° divided by moment at 30°.", lambda: 1.0 / _tilt_ratio()),
        ),
        "m = hm.analyze(body, hm.Pose(hip=[30, 90], shoulder=[30, 90]), 0).moments['L5S1']; m[1] / m[0]. The "
        "lever arm of the upper body grows roughly like the sine of the tilt.",
    ),
)
