"""Exercises of notebook 11 (analyse your own lift). Answers are computed from the shipped sample when checked.

The sample (:mod:`hinge_model.recorded.sample`): a 68 kg, 1.70 m woman lifts a 10 kg box, tracked by MediaPipe
(``data/sample_lift_mediapipe.csv``) and as a TRC file (``data/sample_lift.trc``).
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ..exercises import Exercise, Mistake


@cache
def _analysis(share: float = 0.0, load: float | None = None) -> object:
    import hinge_model as hm
    from hinge_model.recorded import sample

    spec = sample.SAMPLE
    rec = hm.recorded.read(sample.path("sample_lift.trc")).with_options(lumbar_share=share)
    return rec.analyze(spec.body, spec.load_mass if load is None else load)


def _peak(share: float = 0.0, load: float | None = None) -> float:
    return float(np.max(_analysis(share, load).moments["L5S1"]))  # type: ignore[attr-defined]


def _passive(share: float) -> float:
    a = _analysis(share)
    i = int(np.argmax(a.moments["L5S1"]))  # type: ignore[attr-defined]
    return 100.0 * float(a.spine.passive_share[i])  # type: ignore[attr-defined]


def _dynamic_peak() -> float:
    return float(np.max(_analysis().extras["dynamics"].moments["L5S1"]))  # type: ignore[attr-defined]


@cache
def _nearest() -> str:
    """The model technique whose pick-up posture is nearest the sample's grip posture in (hip + lumbar, knee):
    the total trunk flexion does not depend on the lumbar assumption, the knee not at all."""
    from hinge_model.recorded.figures import grip_task, model_pickups

    a = _analysis()
    height, x, g = grip_task(a)  # type: ignore[arg-type]
    you = a.pose[g]  # type: ignore[attr-defined]
    models, _ = model_pickups(a.body, 10.0, height, x)  # type: ignore[attr-defined]

    def dist(p: object) -> float:
        return float(abs((p.hip + p.lumbar) - (you.hip + you.lumbar)) + abs(p.knee - you.knee))  # type: ignore

    return min(models, key=lambda t: dist(models[t].pose))


EXERCISES = (
    Exercise(
        "11.1",
        "Read the sample TRC file and analyse it for the 68 kg, 1.70 m woman lifting 10 kg: what is the peak STATIC "
        "L5/S1 moment (N·m), with the default (neutral-spine) assumption?",
        _peak,
        "N·m",
        0.03,
        (
            Mistake(lambda x: abs(x - _dynamic_peak()) < 3.0, "that is the dynamic peak (a.extras['dynamics']); "
                    "the question asks for the static one, a.moments['L5S1'].", _dynamic_peak),
            Mistake(lambda x: abs(x - _peak(load=0.0)) < 3.0, "that is the lift without the box: pass load_mass=10 "
                    "to rec.analyze.", lambda: _peak(load=0.0)),
        ),
        "rec = hm.recorded.read(sample.path('sample_lift.trc')); a = rec.analyze(body, 10.0); "
        "np.max(a.moments['L5S1']).",
    ),
    Exercise(
        "11.2",
        "Assume instead that 40 % of the trunk's flexion is lumbar (lumbar_share = 0.4). What share (%) of the L5/S1 "
        "moment do the passive tissues carry at the frame of the peak moment?",
        lambda: _passive(0.4),
        "%",
        0.05,
        (
            Mistake(lambda x: abs(x - _passive(0.0)) < 0.05, "that is the neutral-spine value (lumbar_share = 0): "
                    "use rec.with_options(lumbar_share=0.4).", lambda: _passive(0.0)),
            Mistake(lambda x: abs(x - _passive(0.4) / 100) < 0.01, "give a percentage (0-100), not a fraction.",
                    lambda: _passive(0.4) / 100),
        ),
        "a = rec.with_options(lumbar_share=0.4).analyze(body, 10.0); i = np.argmax(a.moments['L5S1']); "
        "100 * a.spine.passive_share[i]. The net moment hardly changes with the assumption, who carries it does.",
    ),
    Exercise(
        "11.3",
        "Which of the model's techniques is the sample lift's grip posture nearest to (total trunk flexion hip + "
        "lumbar, and knee flexion)? Answer hinge, bend or squat.",
        _nearest,
        solution="Compare a.pose[grip].hip + lumbar and .knee with the model's pick-up postures for the same grip "
                 "(hinge_model.recorded.figures.model_pickups): the sample's nearly straight knees and large trunk "
                 "flexion are a stoop.",
    ),
)
