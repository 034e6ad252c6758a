"""Exercises of notebook 08 (coaching claims tested). Answers are computed from hinge_model.claims when checked."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..anthropometry import Body
from ..display import quantity as q
from ..exercises import Exercise, Mistake

TITLE = "08: coaching claims, tested"
VERDICT_CHOICES = (("supported", "supported"), ("depends", "depends"), ("not supported", "not supported"))


def _body() -> Body:
    return Body(75.0, 1.75, "male")


@cache
def _result(key: str, flexibility: str | None = None) -> Any:
    from ..claims import evaluate_claim

    kw = {} if flexibility is None else {"flexibility": flexibility}
    return evaluate_claim(key, _body(), 15.0, **kw)


def _evidence(key: str) -> dict[str, float]:
    return _result(key).evidence


def _shift_cm() -> float:
    return 100.0 * _evidence("push_hips_back")["com_shift_m"]


def _shins_verdict_tight() -> str:
    return _result("vertical_shins", "tight").verdict


def _moment_ratio() -> float:
    return _evidence("neutral_spine")["moment_ratio_bend_hinge"]


def _explain_shift() -> str:
    e = _evidence("push_hips_back")
    return (f"Keeping the hinge's {q(e['pelvis_tilt_deg'], '°', 2)} trunk lean but with the hips over the ankles "
            f"moves the centre of mass of body and load {q(_shift_cm(), 'cm')} forward: from "
            f"{q(100 * (e['hinge_com_x_m'] - e['heel_x_m']), 'cm')} to "
            f"{q(100 * (e['hips_kept_com_x_m'] - e['heel_x_m']), 'cm')} in front of the heel, on a foot "
            f"{q(100 * e['foot_length_m'], 'cm')} long. Pushing the hips back is what keeps the lean balanced.")


def _explain_shins() -> str:
    e = _result("vertical_shins", "tight").evidence
    return (f"With tight hamstrings the model's hinge needs the shins {q(e['knee_height_ankle_deg'], '°', 2)} forward "
            f"of vertical at a knee-height bar and {q(e['floor_ankle_deg'], '°', 2)} at a floor bar. The rule asks "
            f"for at most 10° at both heights ('supported'), at knee height only ('depends') or at neither ('not "
            f"supported'): the verdict is '{_shins_verdict_tight()}'.")


def _explain_ratio() -> str:
    e = _evidence("neutral_spine")
    return (f"Peak net L5/S1 moment of the same floor lift: bend {q(e['bend_peak_L5S1_Nm'], 'N·m')}, hinge "
            f"{q(e['hinge_peak_L5S1_Nm'], 'N·m')}; ratio {q(_moment_ratio())}. The net moment differs little; the big "
            f"difference is who carries it (passive tissue {q(100 * e['bend_passive_share'], '%', 2)} in the bend "
            f"vs {q(100 * e['hinge_passive_share'], '%', 2)} in the hinge). The peak L5/S1 shear "
            f"({q(e['bend_peak_shear_N'], 'N')} vs {q(e['hinge_peak_shear_N'], 'N')}, ratio "
            f"{q(e['shear_ratio_bend_hinge'])}) is the model's least certain output.")


EXERCISES = (
    Exercise(
        "08.1",
        "Claim 'push the hips back': by how many CENTIMETRES does the CoM of body + 15 kg move forward when the "
        "hinge's trunk lean is kept but the hips stay over the ankles? (evidence 'com_shift_m')",
        _shift_cm,
        "cm",
        rel_tol=0.05,
        mistakes=(
            Mistake(lambda x: 0 < x < 1, "that looks like metres: the question asks for centimetres.",
                    lambda: _shift_cm() / 100.0),
            Mistake(lambda x: x < 0, "forward is positive: the CoM moves FORWARD when the hips stay over the ankles.",
                    lambda: -_shift_cm()),
        ),
        hint="Read the claim's evidence 'com_shift_m' (hm.claims.evaluate_claim('push_hips_back', body).evidence), "
        "which is in metres, and convert it to centimetres.",
        explain=_explain_shift,
        python="100 * hm.claims.evaluate_claim('push_hips_back', body, 15).evidence['com_shift_m']",
    ),
    Exercise(
        "08.2",
        "A man with TIGHT hamstrings (flexibility='tight'): what verdict does the model give for 'keep the shins "
        "vertical'? Answer with the verdict's words: supported, depends or not supported.",
        _shins_verdict_tight,
        choices=VERDICT_CHOICES,
        synonyms={"unsupported": "not supported", "not supported by the model": "not supported",
                  "it depends": "depends", "depend": "depends", "support": "supported"},
        wrong={"supported": "look at the ankle angles in the evidence: are both within 10° of vertical?",
               "depends": "that is the answer for normal hamstrings; with tight ones check the knee-height ankle "
                          "angle again.",
               "not supported": "look again at the knee-height ankle angle: is it within 10° of vertical?"},
        hint="Look at the shin (ankle) angles in the claim's evidence for tight hamstrings, at the knee-height bar "
        "and at the floor bar, and apply the rule: within 10° of vertical at both heights, at one, or at neither.",
        explain=_explain_shins,
        python="hm.claims.evaluate_claim('vertical_shins', body, 15, flexibility='tight').verdict",
    ),
    Exercise(
        "08.3",
        "Claim 'neutral spine': the bend's peak net L5/S1 moment divided by the hinge's, same floor lift (a ratio).",
        _moment_ratio,
        "",
        mistakes=(
            Mistake(lambda x: abs(x - _evidence("neutral_spine")["shear_ratio_bend_hinge"]) < 0.015,  # ~1.14 vs ~1.10
                    "that is the SHEAR ratio; the question asks for the net moment ratio.",
                    lambda: _evidence("neutral_spine")["shear_ratio_bend_hinge"]),
            Mistake(lambda x: abs(x - 1.0 / _moment_ratio()) < 0.02, "upside down: bend divided by hinge.",
                    lambda: 1.0 / _moment_ratio()),
        ),
        hint="Divide the bend's peak net L5/S1 moment by the hinge's (the evidence values ending in "
        "'_peak_L5S1_Nm' of the 'neutral_spine' claim); it is the moment ratio, not the shear ratio.",
        explain=_explain_ratio,
        python="e = hm.claims.evaluate_claim('neutral_spine', body, 15).evidence; "
        "e['bend_peak_L5S1_Nm'] / e['hinge_peak_L5S1_Nm']",
    ),
)
