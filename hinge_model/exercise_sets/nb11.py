"""Exercises of notebook 11 (analyse your own lift). Answers are computed from the shipped sample when checked.

The sample (:mod:`hinge_model.recorded.sample`): a 68 kg, 1.70 m woman lifts a 10 kg box, tracked by MediaPipe
(``data/sample_lift_mediapipe.csv``) and as a TRC file (``data/sample_lift.trc``).
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ..display import quantity as q
from ..exercises import TECHNIQUE_CHOICES, TECHNIQUE_SYNONYMS, Exercise, Mistake

TITLE = "11: analyse your own lift"


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


def _explain_peak() -> str:
    return (f"Reading the TRC file and analysing it for the 68 kg / 1.70 m woman with the 10 kg box in her hands from "
            f"the grip frame on gives a peak static L5/S1 moment of {q(_peak(), 'N·m')} (the largest of "
            f"a.moments['L5S1'] over the frames). The dynamic peak, with the accelerations of the filtered angles, is "
            f"{q(_dynamic_peak(), 'N·m')}; without the box the static peak would be {q(_peak(load=0.0), 'N·m')}.")


def _explain_passive() -> str:
    return (f"With lumbar_share = 0.4 the passive tissues carry {q(_passive(0.4), '%')} of the L5/S1 moment at its "
            f"peak, against {q(_passive(0.0), '%')} with the neutral-spine assumption: the net moment hardly changes "
            "with the assumption (it depends on where the masses are), but who carries it does.")


def _explain_nearest() -> str:
    return (f"The sample's grip posture is nearest the model's {_nearest()}: compare its hip + lumbar flexion and its "
            "knee flexion with the model's pick-up postures for the same grip "
            "(hinge_model.recorded.figures.model_pickups).")


EXERCISES = (
    Exercise(
        "11.1",
        "Read the sample TRC file and analyse it for the 68 kg, 1.70 m woman lifting 10 kg: what is the peak STATIC "
        "L5/S1 moment (N·m), with the default (neutral-spine) assumption?",
        _peak,
        "N·m",
        mistakes=(
            Mistake(lambda x: abs(x - _dynamic_peak()) < 3.0, "that is the dynamic peak (a.extras['dynamics']); "
                    "the question asks for the static one, a.moments['L5S1'].", _dynamic_peak),
            Mistake(lambda x: abs(x - _peak(load=0.0)) < 3.0, "that is the lift without the box: pass load_mass=10 "
                    "to rec.analyze.", lambda: _peak(load=0.0)),
        ),
        hint="Analyse the recording with the box in the hands (rec.analyze(body, 10.0)) and take the largest static "
        "L5/S1 moment over the frames, not the dynamic one.",
        explain=_explain_peak,
        python="rec = hm.recorded.read(sample.path('sample_lift.trc')); a = rec.analyze(body, 10.0); "
        "np.max(a.moments['L5S1'])",
    ),
    Exercise(
        "11.2",
        "Assume instead that 40 % of the trunk's flexion is lumbar (lumbar_share = 0.4). What share (%) of the L5/S1 "
        "moment do the passive tissues carry at the frame of the peak moment?",
        lambda: _passive(0.4),
        "%",
        rel_tol=0.05,
        mistakes=(
            Mistake(lambda x: abs(x - _passive(0.0)) < 0.05, "that is the neutral-spine value (lumbar_share = 0): "
                    "use rec.with_options(lumbar_share=0.4).", lambda: _passive(0.0)),
            Mistake(lambda x: abs(x - _passive(0.4) / 100) < 0.01, "give a percentage (0-100), not a fraction.",
                    lambda: _passive(0.4) / 100),
        ),
        hint="Change the assumption with rec.with_options(lumbar_share=0.4), analyse again, and read "
        "a.spine.passive_share at the frame where a.moments['L5S1'] is largest.",
        explain=_explain_passive,
        python="a = rec.with_options(lumbar_share=0.4).analyze(body, 10.0); i = np.argmax(a.moments['L5S1']); "
        "100 * a.spine.passive_share[i]",
    ),
    Exercise(
        "11.3",
        "Which of the model's techniques is the sample lift's grip posture nearest to (total trunk flexion hip + "
        "lumbar, and knee flexion)? Answer hinge, bend or squat.",
        _nearest,
        choices=TECHNIQUE_CHOICES,
        synonyms=TECHNIQUE_SYNONYMS,
        hint="Look at the sample's knees and trunk at the grip frame: nearly straight knees with a deep trunk bend, "
        "or bent knees with an upright trunk?",
        explain=_explain_nearest,
        python="compare a.pose[grip] with hinge_model.recorded.figures.model_pickups(body, 10.0, height, x)",
    ),
)
