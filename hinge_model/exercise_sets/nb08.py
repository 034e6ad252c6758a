"""Exercises of notebook 08 (coaching claims tested). Answers are computed from hinge_model.claims when checked."""

from __future__ import annotations

from ..anthropometry import Body
from ..exercises import Exercise, Mistake


def _body() -> Body:
    return Body(75.0, 1.75, "male")


def _evidence(key: str, **kw: str) -> dict[str, float]:
    from ..claims import evaluate_claim

    return evaluate_claim(key, _body(), 15.0, **kw).evidence


def _shift_cm() -> float:
    return 100.0 * _evidence("push_hips_back")["com_shift_m"]


def _shins_verdict_tight() -> str:
    from ..claims import evaluate_claim

    return evaluate_claim("vertical_shins", _body(), 15.0, flexibility="tight").verdict


def _moment_ratio() -> float:
    return _evidence("neutral_spine")["moment_ratio_bend_hinge"]


EXERCISES = (
    Exercise(
        "08.1",
        "Claim 'push the hips back': by how many CENTIMETRES does the CoM of body + 15 kg move forward when the "
        "hinge's trunk lean is kept but the hips stay over the ankles? (evidence 'com_shift_m')",
        _shift_cm,
        "cm",
        0.05,
        (
            Mistake(lambda x: 0 < x < 1, "that looks like metres: the question asks for centimetres.",
                    lambda: _shift_cm() / 100.0),
            Mistake(lambda x: x < 0, "forward is positive: the CoM moves FORWARD when the hips stay over the ankles.",
                    lambda: -_shift_cm()),
        ),
        "hm.claims.evaluate_claim('push_hips_back', body).evidence['com_shift_m'] x 100: about 14 cm, more than "
        "half of the foot's length, which puts the CoM in front of the toes.",
    ),
    Exercise(
        "08.2",
        "A man with TIGHT hamstrings (flexibility='tight', SLR 65°): what verdict does the model give for 'keep the "
        "shins vertical'? Answer with the verdict's words: supported, depends or not supported.",
        _shins_verdict_tight,
        rel_tol=0.0,
        solution="evaluate_claim('vertical_shins', body, 15, flexibility='tight'): with tight hamstrings even the "
        "knee-height hinge needs the shins about 14° forward, so the rule (|ankle| <= 10° at knee height AND at "
        "the floor) fails at both heights: 'not supported'.",
        wrong={"supported": "look at the ankle angles in the evidence: are both within 10° of vertical?",
               "depends": "that is the answer for normal hamstrings; with tight ones check the knee-height ankle "
                          "angle again."},
    ),
    Exercise(
        "08.3",
        "Claim 'neutral spine': the bend's peak net L5/S1 moment divided by the hinge's, same floor lift (a ratio).",
        _moment_ratio,
        "",
        0.03,
        (
            Mistake(lambda x: abs(x - _evidence("neutral_spine")["shear_ratio_bend_hinge"]) < 0.1,
                    "that is the SHEAR ratio; the question asks for the net moment ratio.",
                    lambda: _evidence("neutral_spine")["shear_ratio_bend_hinge"]),
            Mistake(lambda x: abs(x - 1.0 / _moment_ratio()) < 0.02, "upside down: bend divided by hinge.",
                    lambda: 1.0 / _moment_ratio()),
        ),
        "evidence['bend_peak_L5S1_Nm'] / evidence['hinge_peak_L5S1_Nm'] ~ 1.1: the net moment is only ~10 % "
        "higher in the bend; the big differences are the passive share and the shear.",
    ),
)
