"""Rules of :mod:`hinge_model.claims`: one small pure function per claim in :data:`RULES`, from the evidence to
(verdict, explanation), so a rule can be checked on its own."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from .catalogue import (
    DEPENDS,
    LEAN_LOAD_RATIO,
    LI_DROP,
    LUMBAR_DROP_DEG,
    MIDFOOT_BAND,
    NEAR_NEUTRAL_LUMBAR,
    NOT_SUPPORTED,
    NOT_TESTABLE,
    PASSIVE_SHARE_HIGH,
    SHEAR_RATIO_HIGH,
    SHIFT_FRACTION,
    SOFT_KNEE_MIN_GAIN,
    SUPPORTED,
    VERTICAL_SHIN_DEG,
)

#: A CoP within this fraction of foot length of a balance limit of the posture fit counts as "at the limit" (the
#: fit's tolerance, 0.5 % of the foot; only to say so in the explanation, no verdict depends on it).
AT_LIMIT: float = 0.005
#: A hip within this (deg) of its hamstring stretch limit counts as "at the limit" (as the fit's 0.5 deg range
#: margin, postures.RANGE_MARGIN; wording only).
AT_STRETCH_LIMIT_DEG: float = 0.5
#: A bend/hinge ratio of the net moment within this of 1 is called "a small difference" in the explanation (20 %;
#: wording only, no verdict depends on it).
SMALL_MOMENT_DIFFERENCE: float = 0.20


def _verdict(text: str, supported: bool, depends: bool, *, supported_tail: str = ".",
             depends_tail: str = ".", not_tail: str = ".") -> tuple[str, str]:
    """The three-way rule: SUPPORTED when ``supported``, else DEPENDS when ``depends``, else NOT_SUPPORTED; the
    explanation is ``text`` and the tail of that verdict."""
    if supported:
        return SUPPORTED, text + supported_tail
    if depends:
        return DEPENDS, text + depends_tail
    return NOT_SUPPORTED, text + not_tail


def _rule_push_hips_back(e: dict[str, float]) -> tuple[str, str]:
    shift = e["com_shift_m"] / e["foot_length_m"]
    text = (f"With the hips pushed back the CoM is {100 * (e['hinge_com_x_m'] - e['heel_x_m']):.0f} cm in front of "
            f"the heel; keeping the hips over the ankles at the same {e['pelvis_tilt_deg']:.0f}° lean moves it "
            f"{100 * e['com_shift_m']:.0f} cm forward ({shift:.0%} of the foot)")
    if e["hinge_balanced"] and shift >= SHIFT_FRACTION:
        tail = ", beyond the toes: that person would fall forward." if not e["hips_kept_balanced"] else "."
        return SUPPORTED, text + tail
    return DEPENDS, text + ": too small a shift to matter for balance."


def _rule_weight_midfoot(e: dict[str, float]) -> tuple[str, str]:
    f = e["hinge_cop_fraction"]
    lo, hi = e["back_limit_fraction"], e["forward_limit_fraction"]
    text = (f"The hinge's centre of pressure is {f:.0%} of the way from heel to toe (bend {e['bend_cop_fraction']:.0%}"
            f", squat {e['squat_cop_fraction']:.0%}) while its hips are {100 * e['hinge_hip_behind_heel_m']:.0f} cm "
            "behind the heels")
    if f >= hi - AT_LIMIT or f <= lo + AT_LIMIT:
        edge = "forward" if f >= hi - AT_LIMIT else "back"
        text += (f". {hi if edge == 'forward' else lo:.0%} is the model's {edge} balance limit (its posture fit "
                 f"keeps the CoM at least {lo:.0%} of the foot inside heel and toe): with the box's handles "
                 f"{100 * e['grip_x_m']:.0f} cm in front of the ankle the fitted hinge sits ON that limit, so the "
                 "number is set by a model constraint that binds, not a free finding")
    return _verdict(text, f <= 1.0 / 3.0, abs(f - 0.5) <= MIDFOOT_BAND,
                    supported_tail=": the weight really is towards the heels.",
                    depends_tail=(": 'mid-foot' is right; 'on the heels' is not (a CoP at the heel is the edge of "
                                  "balance). The hips far behind the heels may be what 'heels' feels like."),
                    not_tail=(". In this model the weight goes forward, towards the box in front of the toes: "
                              "neither 'on the heels' nor 'over the mid-foot' describes it. What is behind the "
                              "heels is the hips." if f > 0.5 else ": the weight is near the heels, the edge of "
                              "balance."))


def _rule_soft_knees(e: dict[str, float]) -> tuple[str, str]:
    text = (f"Soft knees (20°) let the hips flex to {e['soft_hip_limit_deg']:.0f}° instead of "
            f"{e['straight_hip_limit_deg']:.0f}° before the hamstrings stop them, but the thighs tilt back as the "
            f"knees bend: the trunk leans {e['soft_trunk_tilt_deg']:.0f}° vs {e['straight_trunk_tilt_deg']:.0f}° "
            f"and the hands reach {100 * e['reach_gain_m']:.1f} cm lower. To stay balanced, straight knees need the "
            f"shins tilted {abs(e['straight_ankle_deg']):.0f}° backwards, soft knees {abs(e['soft_ankle_deg']):.0f}°")
    return _verdict(text, e["reach_gain_m"] >= SOFT_KNEE_MIN_GAIN,
                    abs(e["soft_ankle_deg"]) <= VERTICAL_SHIN_DEG < abs(e["straight_ankle_deg"]),
                    depends_tail=(": soft knees do not buy depth, they let the hips go back with the shins near "
                                  "vertical (and keep the knee out of its locked end position)."))


def _rule_vertical_shins(e: dict[str, float]) -> tuple[str, str]:
    hi = abs(e["knee_height_ankle_deg"]) <= VERTICAL_SHIN_DEG
    lo = abs(e["floor_ankle_deg"]) <= VERTICAL_SHIN_DEG
    text = (f"Shins {e['knee_height_ankle_deg']:.0f}° from vertical for the box at knee height (knees "
            f"{e['knee_height_knee_deg']:.0f}°), {e['floor_ankle_deg']:.0f}° for the box on the floor (knees "
            f"{e['floor_knee_deg']:.0f}°)")
    return _verdict(text, hi and lo, hi,
                    depends_tail=(": vertical shins work for a raised box; from the floor the hinge bends the knees "
                                  "and tilts the shins forward to reach the handles with the weight over the feet."))


def _rule_neutral_spine(e: dict[str, float]) -> tuple[str, str]:
    ratio = e["moment_ratio_bend_hinge"]
    size = "a small difference" if abs(ratio - 1.0) < SMALL_MOMENT_DIFFERENCE else "a clear difference"
    text = (f"Net L5/S1 moment: bend {e['bend_peak_L5S1_Nm']:.0f} vs hinge {e['hinge_peak_L5S1_Nm']:.0f} N·m "
            f"(x{ratio:.2f}, {size}); passive tissue carries {e['bend_passive_share']:.0%} vs "
            f"{e['hinge_passive_share']:.0%}; peak shear {e['bend_peak_shear_N']:.0f} vs "
            f"{e['hinge_peak_shear_N']:.0f} N")
    if e["hinge_lumbar_deg"] > e["near_neutral_lumbar_deg"]:
        at_balance = e["hinge_cop_fraction"] >= e["forward_limit_fraction"] - AT_LIMIT
        at_stretch = e["hinge_hip_below_stretch_limit_deg"] < AT_STRETCH_LIMIT_DEG
        binds = [what for what, yes in (("the CoM at the forward balance limit", at_balance),
                                        ("the hips at the hamstring stretch limit", at_stretch)) if yes]
        text += (f". The model's hinge is not neutral here: to reach the box's handles it rounds "
                 f"{e['hinge_lumbar_deg']:.0f}° (the bend {e['bend_lumbar_deg']:.0f}°)"
                 + (f", with {' and '.join(binds)}" if binds else ""))
    if e["shear_ratio_bend_hinge"] < 1.0:
        text += (". The bend's L5/S1 shear is LOWER than the hinge's, in the direction von Arx et al. 2021 found "
                 "for stoop against squat lifts of a 15 kg box (L5/S1 shear 0.2-0.4 BW lower)")
    passive = e["bend_passive_share"] >= PASSIVE_SHARE_HIGH and e["hinge_passive_share"] < 0.10
    shear = e["shear_ratio_bend_hinge"] >= SHEAR_RATIO_HIGH
    if passive or shear:
        who = "WHO carries the moment and the shear" if shear else "WHO carries the moment"
        return SUPPORTED, text + (f". The benefit is {who}, not the size of the net moment. (The dowel's head and "
                                  "upper-back contacts are not tested: the model's thorax is rigid.)")
    return DEPENDS, text + "."


def _rule_hamstring_stretch(e: dict[str, float]) -> tuple[str, str]:
    text = (f"With soft knees the stretch comes at {e['stretch_hip_deg']:.0f}° of hip flexion, hands "
            f"{100 * e['stretch_grip_height_m']:.0f} cm above the floor; reaching {100 * e['target_m']:.0f} cm from "
            f"there without bending the knees takes {e['lumbar_needed_deg']:.0f}° of lumbar flexion")
    if e["height_reached_m"] > e["target_m"] + 1e-6:
        text += f" and still only reaches {100 * e['height_reached_m']:.0f} cm"
    if e["lumbar_needed_deg"] > NEAR_NEUTRAL_LUMBAR:
        return SUPPORTED, text + ": past the stretch, the back must round. Bend the knees instead."
    return DEPENDS, text + ": this person can go lower with a near-neutral back."


def _rule_raised_bar(e: dict[str, float]) -> tuple[str, str]:
    floor_li = e["floor_lifting_index"]  # 0 with no load: the index cannot drop, so the claim rests on the back
    li_drop = 1.0 - e["knee_lifting_index"] / floor_li if floor_li > 0 else 0.0
    lumbar_drop = e["floor_bend_lumbar_deg"] - e["knee_bend_lumbar_deg"]
    moment_drop = 1.0 - e["knee_hinge_peak_L5S1_Nm"] / e["floor_hinge_peak_L5S1_Nm"]
    text = (f"Box at knee height vs on the floor: NIOSH lifting index {e['knee_lifting_index']:.2f} vs "
            f"{e['floor_lifting_index']:.2f} ({li_drop:.0%} lower); a bend rounds {lumbar_drop:.0f}° less (passive "
            f"share {e['knee_bend_passive_share']:.0%} vs {e['floor_bend_passive_share']:.0%}); the hinge needs "
            f"{e['knee_hinge_knee_deg']:.0f}° of knee instead of {e['floor_hinge_knee_deg']:.0f}° and rounds "
            f"{e['knee_hinge_lumbar_deg']:.0f}° instead of {e['floor_hinge_lumbar_deg']:.0f}°; peak net L5/S1 "
            f"moment of the hinge {e['knee_hinge_peak_L5S1_Nm']:.0f} vs {e['floor_hinge_peak_L5S1_Nm']:.0f} N·m "
            f"({moment_drop:.0%} lower)")
    a, b = li_drop >= LI_DROP, lumbar_drop >= LUMBAR_DROP_DEG
    return _verdict(text, a and b, a or b,
                    supported_tail=": easier to keep the back near neutral; the net moment changes less.")


def _rule_forward_lean(e: dict[str, float]) -> tuple[str, str]:
    ratio = e["lean60_L5S1_Nm"] / max(e["lean0_L5S1_Nm"], 1e-9)
    shift = (e["lean60_com_x_m"] - e["lean0_com_x_m"]) / e["foot_length_m"]
    mid = 0.5 * (e["heel_x_m"] + e["toe_x_m"])
    cancelled = abs(e["hinge_com_x_m"] - mid) <= MIDFOOT_BAND * e["foot_length_m"]
    text = (f"A 60° lean on straight legs raises the L5/S1 moment from {e['lean0_L5S1_Nm']:.0f} to "
            f"{e['lean60_L5S1_Nm']:.0f} N·m and moves the CoM {100 * (e['lean60_com_x_m'] - e['lean0_com_x_m']):.0f} "
            f"cm forward ({shift:.0%} of the foot); the hinge leans {e['hinge_pelvis_tilt_deg']:.0f}° "
            f"(L5/S1 {e['hinge_L5S1_Nm']:.0f} N·m) with the CoM "
            f"{int(round(100 * (e['hinge_com_x_m'] - mid))):+d} cm from the mid-foot")
    loaded, shifted = ratio >= LEAN_LOAD_RATIO, shift >= SHIFT_FRACTION
    if loaded and shifted and cancelled:
        return DEPENDS, text + (": the lean always loads the lower back, but the weight moves forward only if the "
                                "hips do not move back.")
    if loaded and shifted:
        limit = e["toe_x_m"] - e["balance_margin_fraction"] * e["foot_length_m"]
        if abs(e["hinge_com_x_m"] - limit) <= AT_LIMIT * e["foot_length_m"]:
            return SUPPORTED, text + (": the hinge keeps the CoM over the feet, but with the box held in front of "
                                      "the toes it sits at the model's forward balance limit, not back over the "
                                      "mid-foot: the weight does move forward.")
        return SUPPORTED, text + "."
    return NOT_SUPPORTED, text + "."


def _rule_brace_core(e: dict[str, float]) -> tuple[str, str]:
    if e["iap_or_flexor_terms_in_model"] == 0:
        return NOT_TESTABLE, ("The model has one equivalent extensor and no intra-abdominal pressure or abdominal "
                              "co-contraction, so it cannot say whether bracing lowers or raises the spine load "
                              "(co-contraction adds compression, pressure may unload; both need a 3-D "
                              "muscle model).")
    return DEPENDS, "The model contains a bracing term; test it explicitly."


RULES: MappingProxyType[str, Callable[[dict[str, float]], tuple[str, str]]] = MappingProxyType({
    "push_hips_back": _rule_push_hips_back,
    "weight_midfoot": _rule_weight_midfoot,
    "soft_knees": _rule_soft_knees,
    "vertical_shins": _rule_vertical_shins,
    "neutral_spine": _rule_neutral_spine,
    "hamstring_stretch": _rule_hamstring_stretch,
    "raised_bar": _rule_raised_bar,
    "forward_lean": _rule_forward_lean,
    "brace_core": _rule_brace_core,
})


__all__ = ["RULES"]
