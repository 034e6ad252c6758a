"""Exercises of notebook 08 (coaching claims tested). Answers are computed from hinge_model.claims when checked; the
claims' lifts pick up the 15 kg box (hm.claims.claim_box), on the floor or raised with its handles at knee height."""

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


def _shear_ratio() -> float:
    return _evidence("neutral_spine")["shear_ratio_bend_hinge"]


def _near(value: float, other: float) -> float:
    """Half-width of a mistake's window around ``other``: half of the gap between it and the right answer ``value``
    's accepted band (3 %, Exercise.rel_tol), so it never catches a right answer; at most 0.02."""
    return max(min(0.5 * (abs(value - other) - 0.03 * abs(value)), 0.02), 0.0)


def _explain_shift() -> str:
    e = _evidence("push_hips_back")
    return (f"Keeping the hinge's {q(e['pelvis_tilt_deg'], '°', 2)} trunk lean but with the hips over the ankles "
            f"moves the centre of mass of body and box {q(_shift_cm(), 'cm')} forward: from "
            f"{q(100 * (e['hinge_com_x_m'] - e['heel_x_m']), 'cm')} to "
            f"{q(100 * (e['hips_kept_com_x_m'] - e['heel_x_m']), 'cm')} in front of the heel, on a foot "
            f"{q(100 * e['foot_length_m'], 'cm')} long. Pushing the hips back is what keeps the lean balanced.")


def _explain_shins() -> str:
    e = _result("vertical_shins", "tight").evidence
    n = _evidence("vertical_shins")
    return (f"With tight hamstrings the model's hinge tilts the shins {q(e['knee_height_ankle_deg'], '°', 2)} from "
            f"vertical (forward +) for the box at knee height and {q(e['floor_ankle_deg'], '°', 2)} for the box on "
            f"the floor (normal hamstrings: {q(n['knee_height_ankle_deg'], '°', 2)} and "
            f"{q(n['floor_ankle_deg'], '°', 2)}). The rule asks for at most 10° at both heights ('supported'), at "
            f"knee height only ('depends') or at neither ('not supported'): the verdict is "
            f"'{_shins_verdict_tight()}'.")


def _explain_ratio() -> str:
    e = _evidence("neutral_spine")
    lower = "LOWER in the bend" if _shear_ratio() < 1.0 else "higher in the bend"
    return (f"Peak L5/S1 shear of the same floor-box lift: bend {q(e['bend_peak_shear_N'], 'N')}, hinge "
            f"{q(e['hinge_peak_shear_N'], 'N')}; ratio {q(_shear_ratio())}: {lower}. The net moment hardly differs "
            f"(ratio {q(e['moment_ratio_bend_hinge'])}); the big difference is who carries it (passive tissue "
            f"{q(100 * e['bend_passive_share'], '%', 2)} in the bend vs {q(100 * e['hinge_passive_share'], '%', 2)} "
            f"in the hinge), which is what the verdict rests on. Shear is the model's least certain output; von Arx "
            f"et al. 2021 also found less L5/S1 shear in stoop than in squat lifts of a 15 kg box.")


EXERCISES = (
    Exercise(
        "08.1",
        "Claim 'push the hips back': by how many CENTIMETRES does the CoM of body + the 15 kg box (raised with its "
        "handles at knee height) move forward when the hinge's trunk lean is kept but the hips stay over the "
        "ankles? (evidence 'com_shift_m')",
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
        wrong={"supported": "look at the ankle angles in the evidence: are BOTH (box at knee height and box on the "
                            "floor) within 10° of vertical?",
               "depends": "'depends' needs the knee-height shin angle within 10° of vertical and the floor one not: "
                          "check both again.",
               "not supported": "look again at the knee-height ankle angle: is it within 10° of vertical?"},
        hint="Look at the shin (ankle) angles in the claim's evidence for tight hamstrings, for the box at knee "
        "height and the box on the floor, and apply the rule: within 10° of vertical at both heights, at knee "
        "height only, or at neither.",
        explain=_explain_shins,
        python="hm.claims.evaluate_claim('vertical_shins', body, 15, flexibility='tight').verdict",
    ),
    Exercise(
        "08.3",
        "Claim 'neutral spine': the bend's peak L5/S1 SHEAR divided by the hinge's, same 15 kg floor-box lift (a "
        "ratio). Is the shear higher or lower in the rounded back?",
        _shear_ratio,
        "",
        mistakes=(
            Mistake(lambda x: abs(x - _moment_ratio()) < _near(_shear_ratio(), _moment_ratio()),
                    "that is the net MOMENT ratio; the question asks for the shear ratio.", lambda: _moment_ratio()),
            Mistake(lambda x: abs(x - 1.0 / _shear_ratio()) < _near(_shear_ratio(), 1.0 / _shear_ratio()),
                    "upside down: bend divided by hinge.", lambda: 1.0 / _shear_ratio()),
        ),
        hint="Divide the bend's peak L5/S1 shear by the hinge's (the evidence values ending in '_peak_shear_N' of "
        "the 'neutral_spine' claim); it is the shear ratio, not the moment ratio.",
        explain=_explain_ratio,
        python="e = hm.claims.evaluate_claim('neutral_spine', body, 15).evidence; "
        "e['bend_peak_shear_N'] / e['hinge_peak_shear_N']",
    ),
)
