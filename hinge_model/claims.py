r"""Common coaching claims about the hip hinge, tested with the model (notebook 08).

Each :class:`Claim` is a coaching cue in our own words, a description of the test, and a stated RULE that turns
the evidence into a verdict. :func:`evaluate_claims` COMPUTES the evidence of every claim with hinge_model
(:func:`hinge_model.movement`, :func:`hinge_model.analyze`, :mod:`hinge_model.muscles`, :mod:`hinge_model.niosh`)
and applies the rule (:data:`RULES`, one small pure function per claim, so a rule can be checked on its own).

Verdicts (:data:`VERDICTS`): "supported", "depends" (true under a condition the evidence names), "not supported",
"not testable in a planar static model" (the mechanism is not in this model).

Conventions: :mod:`hinge_model.conventions` (x forward, y up, origin at the ankle, SI units, angles in degrees).
"Arms hanging" poses put the arms vertical (shoulder = ankle - knee + hip + lumbar, the thorax tilt), the load at
the grip. The centre of pressure (CoP) under the feet equals the x of the whole-body CoM in a static pose.
Thresholds of the rules are module constants, each with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from .anthropometry import Body
from .conventions import ANGLE_RANGES, LOAD_RANGE
from .kinematics import hanging_arm_shoulder
from .pose import Pose
from .statics import analyze
from .validation import check_array, check_choice, check_instance, check_number

SUPPORTED = "supported"
DEPENDS = "depends"
NOT_SUPPORTED = "not supported"
NOT_TESTABLE = "not testable in a planar static model"
VERDICTS: tuple[str, ...] = (SUPPORTED, DEPENDS, NOT_SUPPORTED, NOT_TESTABLE)

#: Grip heights (m above the floor) used by the claims: floor bar (20 kg plate radius, see
#: movements.PROGRESSION_TARGETS) and knee height 0.285 H (Winter 2009 Fig. 4.1).
FLOOR: float = 0.22
KNEE_HEIGHT_FRACTION: float = 0.285

#: A CoM shift counts as "a real shift of the weight" when it exceeds this fraction of foot length: a quarter of
#: the base of support is half of the distance from the mid-foot to either edge (our choice, stated).
SHIFT_FRACTION: float = 0.25
#: "Mid-foot": the CoP within this fraction of foot length of the heel-toe mid-point (the middle 30 % of the foot).
MIDFOOT_BAND: float = 0.15
#: Soft knees matter if they lower the neutral-spine reach by at least this much (m): about the radius of a bar's
#: sleeve, i.e. a difference a lifter notices (our choice).
SOFT_KNEE_MIN_GAIN: float = 0.03
#: "Shins near vertical": shank within this angle (deg) of vertical (movements.technique_constraints uses 10 deg).
VERTICAL_SHIN_DEG: float = 10.0
#: "Near neutral" lumbar flexion (deg), as in the model's hinge rule (movements.HINGE_LUMBAR_MAX).
NEAR_NEUTRAL_LUMBAR: float = 10.0
#: A rounded back counts as "handing the load to passive tissue" when they carry at least this share of the net
#: L5/S1 moment (30 %, well beyond the < 10 % of a neutral spine; our choice).
PASSIVE_SHARE_HIGH: float = 0.30
#: Shear is "clearly higher" at this ratio or more (our choice: 50 % more).
SHEAR_RATIO_HIGH: float = 1.5
#: A lift is "less risky" by NIOSH when its lifting index falls by at least 10 % (our choice).
LI_DROP: float = 0.10
#: A rounded back counts as "less rounded" when it flexes at least this much less (deg; our choice).
LUMBAR_DROP_DEG: float = 5.0
#: Largest load (kg) the claims are evaluated for (the Explorer's load range).
CLAIM_LOAD_MAX: float = 40.0
#: Leaning the trunk "loads the lower back" when the L5/S1 moment at a 60 deg lean is at least this multiple of
#: the upright value (our choice: three times).
LEAN_LOAD_RATIO: float = 3.0


@dataclass(frozen=True)
class Claim:
    """A coaching claim in our words, how the model tests it and the rule from evidence to verdict."""

    key: str
    claim: str
    test: str
    rule: str


@dataclass(frozen=True)
class ClaimResult:
    """A tested claim: the verdict the rule gives for the computed ``evidence`` (numbers, SI units / degrees)."""

    claim: Claim
    verdict: str
    evidence: dict[str, float] = field(default_factory=dict)
    explanation: str = ""

    @property
    def key(self) -> str:
        return self.claim.key


CLAIMS: tuple[Claim, ...] = (
    Claim("push_hips_back", "Push the hips back as you lean forward.",
          "Hinge pick-up pose at knee height vs the same trunk lean with the hips kept over the ankles (straight, "
          "vertical legs): where is the CoM of body + load relative to the feet?",
          f"supported if the hinge is balanced and keeping the hips over the ankles moves the CoM forward by at "
          f"least {SHIFT_FRACTION:.0%} of foot length; otherwise depends."),
    Claim("weight_midfoot", "Keep your weight on your heels (or over the mid-foot).",
          "Centre of pressure (= CoM x in statics) of the floor-lift pick-up postures of the three techniques, as a "
          "fraction of foot length from the heel, and where the hips are relative to the heel.",
          f"supported if the hinge's CoP is in the rear third of the foot; depends if it is within "
          f"{MIDFOOT_BAND:.0%} of foot length of the mid-foot (the mid-foot reading holds, the heel one does not); "
          f"otherwise not supported."),
    Claim("soft_knees", "Unlock the knees: keep them soft (slightly bent) in a hinge.",
          "Hamstring stretch limit and the lowest grip height reachable with a neutral spine, arms hanging and "
          "the CoM over the mid-foot (balanced with the ankle), with straight knees (0 deg) vs soft knees (20 deg).",
          f"supported if soft knees lower that reach by at least {100 * SOFT_KNEE_MIN_GAIN:.0f} cm; depends if "
          f"they do not, but keep the shins within {VERTICAL_SHIN_DEG:.0f} deg of vertical where straight knees "
          f"cannot; otherwise not supported."),
    Claim("vertical_shins", "Keep the shins vertical.",
          "Shank angle of the model's hinge (neutral-ish spine, hamstrings within their stretch limit, balanced) at "
          "a knee-height bar and at a floor bar.",
          f"supported if |ankle| <= {VERTICAL_SHIN_DEG:.0f} deg at both heights; depends if only at knee height; "
          f"not supported if at neither."),
    Claim("neutral_spine", "Keep a neutral spine (a dowel along the back touches head, upper back and sacrum).",
          "Same floor lift done as a hinge (neutral-ish spine) and as a bend (rounded): net L5/S1 moment, share "
          "carried by passive tissue and anterior shear.",
          f"supported if the rounded back hands >= {PASSIVE_SHARE_HIGH:.0%} of the moment to passive tissue (vs "
          f"< 10 % neutral) or raises the shear >= {SHEAR_RATIO_HIGH:g}x; otherwise depends."),
    Claim("hamstring_stretch", "Hinge down until you feel the hamstring stretch; go lower only by bending the knees.",
          "Hip flexion at the hamstring stretch limit with soft knees, the grip height there, and how much lumbar "
          "flexion it takes to reach a floor bar from that point WITHOUT more knee bend.",
          f"supported if going past the stretch point to the floor needs more than {NEAR_NEUTRAL_LUMBAR:.0f} deg "
          f"of lumbar flexion (the stretch marks where the back must start rounding); otherwise depends."),
    Claim("raised_bar", "Beginners should start from a raised bar (blocks, rack) rather than the floor.",
          "Floor bar vs knee-height bar: hinge knee and lumbar flexion, bend lumbar flexion and passive share, peak "
          "L5/S1 moment, and the revised NIOSH lifting index of the lift.",
          f"supported if the raised bar lowers the NIOSH lifting index by >= {LI_DROP:.0%} AND lets the back round "
          f"at least {LUMBAR_DROP_DEG:.0f} deg less in a bend; depends if only one; otherwise not supported."),
    Claim("forward_lean", "Leaning forward shifts your weight forward and loads the lower back.",
          "Trunk lean 0-60 deg with straight, vertical legs (no hip shift): L5/S1 moment and CoM; then the hinge, "
          "which leans as far but pushes the hips back.",
          f"the back part holds if the L5/S1 moment at 60 deg is >= {LEAN_LOAD_RATIO:g}x upright; the weight part "
          f"if the CoM moves >= {SHIFT_FRACTION:.0%} of foot length forward. Both, but the hinge cancels the "
          f"shift -> depends; both and no cancelling -> supported; otherwise not supported."),
    Claim("brace_core", "Brace your core (raise the pressure in your abdomen) to protect the back.",
          "Does the model contain intra-abdominal pressure or trunk-flexor co-contraction at L5/S1?",
          "not testable in a planar static model if the model has no such term; otherwise tested."),
)

_CLAIMS_BY_KEY: MappingProxyType[str, Claim] = MappingProxyType({c.key: c for c in CLAIMS})


# ------------------------------------------------------------------------------------------------------ helpers
def arms_hanging(ankle: float = 0.0, knee: float = 0.0, hip: float = 0.0, lumbar: float = 0.0) -> Pose:
    """A pose with vertical arms: shoulder flexion equal to the thorax tilt, ankle - knee + hip + lumbar (deg).

    Each angle must lie in its joint's range and the tilt in the shoulder's range (-60 to 180 deg), else
    ``ValueError`` names the angles. Arrays broadcast.
    """
    shoulder = hanging_arm_shoulder(ankle, knee, hip, lumbar)
    _check_tilt(np.min(shoulder), np.max(shoulder))
    return Pose(ankle=ankle, knee=knee, hip=hip, lumbar=lumbar, shoulder=shoulder)


def _check_tilt(lo: float, hi: float) -> None:
    s_lo, s_hi = ANGLE_RANGES["shoulder"]
    if lo < s_lo or hi > s_hi:
        bad = lo if lo < s_lo else hi
        raise ValueError(f"the thorax tilt ankle - knee + hip + lumbar = {bad:g} deg cannot be matched by a hanging "
                         f"arm: allowed range of the tilt (the shoulder's range) [{s_lo:g}, {s_hi:g}] deg")


def _grip_height(a) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.asarray(a.points["hand"][..., 1]) + a.body.ankle_height


def _foot(body: Body) -> tuple[float, float, float]:
    length = body.toe_x - body.heel_x
    return body.heel_x, body.toe_x, length


def _movement(name: str, body: Body, load: float, height: float, slr: float | None = None):  # type: ignore[no-untyped-def]
    from .movements import movement

    return movement(name, body, load, height, frames=21, slr=slr)


def balanced_hanging(body: Body, load: float, knee: float, hip: float, lumbar: np.ndarray) -> dict[str, np.ndarray]:
    """For each lumbar angle (deg), the arms-hanging pose whose ankle angle (grid -30..30 deg, 0.5 deg steps) puts
    the CoM of body + load closest to the mid-foot (as the model's hinge balances with the ankle).

    Returns arrays over ``lumbar``: ankle (deg), grip height (m above the floor), L5S1 moment (N*m), CoM x (m),
    balanced (bool as float).

    ``load`` in [0, 300] kg; ``knee``, ``hip`` single angles and ``lumbar`` a number or 1-D array, each in its
    joint's range, with the thorax tilt (-30..30) - knee + hip + lumbar inside the shoulder's range.
    """
    check_instance("body", body, Body, "a hinge_model.Body")
    load = check_number("load", load, *LOAD_RANGE, "kg")
    knee = check_number("knee", knee, *ANGLE_RANGES["knee"], "deg")
    hip = check_number("hip", hip, *ANGLE_RANGES["hip"], "deg")
    lum1 = check_array("lumbar", lumbar, *ANGLE_RANGES["lumbar"], "deg")
    if lum1.ndim > 1 or lum1.size == 0:
        raise ValueError(f"lumbar must be a number or a non-empty 1-D array (deg), got shape {lum1.shape}")
    lum = np.atleast_1d(lum1)[:, None]
    ankle = np.linspace(-30.0, 30.0, 121)[None, :]
    _check_tilt(-30.0 - knee + hip + float(lum.min()), 30.0 - knee + hip + float(lum.max()))
    a = analyze(body, arms_hanging(ankle, knee, hip, lum), load)
    mid = 0.5 * (body.heel_x + body.toe_x)
    i = np.argmin(np.abs(a.com[..., 0] - mid), axis=1)
    rows = np.arange(lum.shape[0])
    return {"ankle": np.broadcast_to(ankle, a.com.shape[:-1])[rows, i],
            "grip_height": _grip_height(a)[rows, i],
            "L5S1": np.asarray(a.moments["L5S1"])[rows, i],
            "com_x": a.com[rows, i, 0],
            "balanced": np.asarray(a.balanced, float)[rows, i]}


def _reach_lumbar(body: Body, load: float, knee: float, hip: float, target: float) -> tuple[float, float]:
    """Lumbar flexion (deg) needed for the hands (arms hanging, balanced with the ankle) to reach ``target`` m
    above the floor with the given knee and hip angles; returns (lumbar, grip height reached). If even full flexion
    does not reach, lumbar is the largest allowed angle and the height is the one reached."""
    from .conventions import ANGLE_RANGES

    lum = np.linspace(0.0, ANGLE_RANGES["lumbar"][1] - 0.5, 120)
    h = balanced_hanging(body, load, knee, hip, lum)["grip_height"]
    below = np.nonzero(h <= target)[0]
    i = int(below[0]) if below.size else len(lum) - 1
    return float(lum[i]), float(h[i])


# ----------------------------------------------------------------------------------------------------- evidence
def _ev_push_hips_back(body: Body, load: float, slr: float | None) -> dict[str, float]:
    m = _movement("hinge", body, load, KNEE_HEIGHT_FRACTION * body.height, slr)
    p = m.end_pose
    hinge = analyze(body, p, load)
    pelvis = float(p.ankle - p.knee + p.hip)  # trunk (pelvis) tilt from vertical, deg
    still = analyze(body, Pose(ankle=0.0, knee=0.0, hip=pelvis, lumbar=float(p.lumbar),
                               shoulder=float(p.shoulder)), load)
    heel, toe, foot = _foot(body)
    return {
        "pelvis_tilt_deg": pelvis,
        "hinge_com_x_m": float(hinge.com[0]),
        "hips_kept_com_x_m": float(still.com[0]),
        "com_shift_m": float(still.com[0] - hinge.com[0]),
        "hinge_hip_x_m": float(hinge.points["hip"][0]),
        "hips_kept_hip_x_m": float(still.points["hip"][0]),
        "heel_x_m": heel, "toe_x_m": toe, "foot_length_m": foot,
        "hinge_balanced": float(bool(hinge.balanced)),
        "hips_kept_balanced": float(bool(still.balanced)),
    }


def _ev_weight_midfoot(body: Body, load: float, slr: float | None) -> dict[str, float]:
    heel, _, foot = _foot(body)
    ev: dict[str, float] = {"foot_length_m": foot}
    for t in ("hinge", "bend", "squat"):
        m = _movement(t, body, load, FLOOR, slr)
        a = analyze(body, m.end_pose, load)
        ev[f"{t}_cop_fraction"] = float((a.com[0] - heel) / foot)
        ev[f"{t}_hip_behind_heel_m"] = float(heel - a.points["hip"][0])
    return ev


def _ev_soft_knees(body: Body, load: float, slr: float | None) -> dict[str, float]:
    from .muscles import hamstring_stretch_limit

    ev: dict[str, float] = {}
    for label, knee in (("straight", 0.0), ("soft", 20.0)):
        hip = float(hamstring_stretch_limit(knee, slr))
        r = balanced_hanging(body, load, knee, hip, np.zeros(1))
        ev[f"{label}_hip_limit_deg"] = hip
        ev[f"{label}_ankle_deg"] = float(r["ankle"][0])
        ev[f"{label}_trunk_tilt_deg"] = float(r["ankle"][0]) - knee + hip
        ev[f"{label}_reach_m"] = float(r["grip_height"][0])
        ev[f"{label}_L5S1_Nm"] = float(r["L5S1"][0])
        ev[f"{label}_balanced"] = float(r["balanced"][0])
    ev["reach_gain_m"] = ev["straight_reach_m"] - ev["soft_reach_m"]
    return ev


def _ev_vertical_shins(body: Body, load: float, slr: float | None) -> dict[str, float]:
    ev: dict[str, float] = {}
    for label, h in (("knee_height", KNEE_HEIGHT_FRACTION * body.height), ("floor", FLOOR)):
        p = _movement("hinge", body, load, h, slr).end_pose
        ev[f"{label}_ankle_deg"] = float(p.ankle)
        ev[f"{label}_knee_deg"] = float(p.knee)
        ev[f"{label}_lumbar_deg"] = float(p.lumbar)
    return ev


def _ev_neutral_spine(body: Body, load: float, slr: float | None) -> dict[str, float]:
    ev: dict[str, float] = {}
    for t in ("hinge", "bend"):
        m = _movement(t, body, load, FLOOR, slr)
        a = m.analysis
        ev[f"{t}_lumbar_deg"] = float(m.end_pose.lumbar)
        ev[f"{t}_peak_L5S1_Nm"] = float(np.max(a.moments["L5S1"]))
        ev[f"{t}_passive_share"] = float(a.spine.passive_share[m.pickup])
        ev[f"{t}_peak_shear_N"] = float(np.max(a.spine.shear))
        ev[f"{t}_peak_compression_N"] = float(np.max(a.spine.compression))
        ev[f"{t}_muscle_obliquity_deg"] = float(a.spine.muscle_obliquity[m.pickup])
    ev["moment_ratio_bend_hinge"] = ev["bend_peak_L5S1_Nm"] / ev["hinge_peak_L5S1_Nm"]
    ev["shear_ratio_bend_hinge"] = ev["bend_peak_shear_N"] / ev["hinge_peak_shear_N"]
    return ev


def _ev_hamstring_stretch(body: Body, load: float, slr: float | None) -> dict[str, float]:
    from .muscles import hamstring_stretch_limit

    knee = 20.0
    hip = float(hamstring_stretch_limit(knee, slr))
    a = analyze(body, arms_hanging(0.0, knee, hip, 0.0), load)
    lumbar, reached = _reach_lumbar(body, load, knee, hip, FLOOR)
    return {"knee_deg": knee, "stretch_hip_deg": hip, "stretch_grip_height_m": float(_grip_height(a)),
            "target_m": FLOOR, "lumbar_needed_deg": lumbar, "height_reached_m": reached}


def _ev_raised_bar(body: Body, load: float, slr: float | None) -> dict[str, float]:
    from .niosh import lifting_index, recommended_weight_limit

    ev: dict[str, float] = {}
    stand_grip = float(_grip_height(analyze(body, Pose(), load)))
    for label, h in (("floor", FLOOR), ("knee", KNEE_HEIGHT_FRACTION * body.height)):
        hinge = _movement("hinge", body, load, h, slr)
        bend = _movement("bend", body, load, h, slr)
        ev[f"{label}_height_m"] = h
        ev[f"{label}_hinge_knee_deg"] = float(hinge.end_pose.knee)
        ev[f"{label}_hinge_lumbar_deg"] = float(hinge.end_pose.lumbar)
        ev[f"{label}_hinge_peak_L5S1_Nm"] = float(np.max(hinge.analysis.moments["L5S1"]))
        ev[f"{label}_bend_lumbar_deg"] = float(bend.end_pose.lumbar)
        ev[f"{label}_bend_passive_share"] = float(bend.analysis.spine.passive_share[bend.pickup])
        ev[f"{label}_bend_peak_L5S1_Nm"] = float(np.max(bend.analysis.moments["L5S1"]))
        h_dist = abs(float(hinge.analysis.points["hand"][hinge.pickup, 0]))
        rwl = float(recommended_weight_limit(h_dist, h, max(stand_grip - h, 0.0), strict=True))
        ev[f"{label}_rwl_kg"] = rwl
        ev[f"{label}_lifting_index"] = float(lifting_index(load, rwl))
    return ev


def _ev_forward_lean(body: Body, load: float, slr: float | None) -> dict[str, float]:
    leans = np.array([0.0, 30.0, 60.0])
    a = analyze(body, arms_hanging(0.0, 0.0, leans, 0.0), load)
    heel, toe, foot = _foot(body)
    m = _movement("hinge", body, load, KNEE_HEIGHT_FRACTION * body.height, slr)
    h = analyze(body, m.end_pose, load)
    ev = {f"lean{int(d)}_L5S1_Nm": float(v) for d, v in zip(leans, a.moments["L5S1"], strict=True)}
    ev.update({f"lean{int(d)}_com_x_m": float(v) for d, v in zip(leans, a.com[:, 0], strict=True)})
    ev.update({"heel_x_m": heel, "toe_x_m": toe, "foot_length_m": foot,
               "hinge_pelvis_tilt_deg": float(m.end_pose.ankle - m.end_pose.knee + m.end_pose.hip),
               "hinge_L5S1_Nm": float(h.moments["L5S1"]), "hinge_com_x_m": float(h.com[0]),
               "upright_com_x_m": float(a.com[0, 0])})
    return ev


def _ev_brace_core(body: Body, load: float, slr: float | None) -> dict[str, float]:
    from .spine import SpineLoads

    m = _movement("hinge", body, load, FLOOR, slr)
    fields = set(SpineLoads.__dataclass_fields__)
    iap = sum(1 for f in fields if "abdominal" in f or "pressure" in f or "flexor" in f)
    return {"peak_compression_N": float(np.max(m.analysis.spine.compression)),
            "trunk_muscle_groups_modelled": 1.0,  # one equivalent extensor (spine.py)
            "iap_or_flexor_terms_in_model": float(iap)}


EVIDENCE: MappingProxyType[str, Callable[[Body, float, float | None], dict[str, float]]] = MappingProxyType({
    "push_hips_back": _ev_push_hips_back,
    "weight_midfoot": _ev_weight_midfoot,
    "soft_knees": _ev_soft_knees,
    "vertical_shins": _ev_vertical_shins,
    "neutral_spine": _ev_neutral_spine,
    "hamstring_stretch": _ev_hamstring_stretch,
    "raised_bar": _ev_raised_bar,
    "forward_lean": _ev_forward_lean,
    "brace_core": _ev_brace_core,
})


# -------------------------------------------------------------------------------------------------------- rules
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
    text = (f"The hinge's centre of pressure is {f:.0%} of the way from heel to toe (bend {e['bend_cop_fraction']:.0%}"
            f", squat {e['squat_cop_fraction']:.0%}) while its hips are {100 * e['hinge_hip_behind_heel_m']:.0f} cm "
            "behind the heels")
    if f <= 1.0 / 3.0:
        return SUPPORTED, text + ": the weight really is towards the heels."
    if abs(f - 0.5) <= MIDFOOT_BAND:
        return DEPENDS, text + (": 'mid-foot' is right; 'on the heels' is not (a CoP at the heel is the edge of "
                                "balance). The hips far behind the heels may be what 'heels' feels like.")
    return NOT_SUPPORTED, text + "."


def _rule_soft_knees(e: dict[str, float]) -> tuple[str, str]:
    text = (f"Soft knees (20°) let the hips flex to {e['soft_hip_limit_deg']:.0f}° instead of "
            f"{e['straight_hip_limit_deg']:.0f}° before the hamstrings stop them, but the thighs tilt back as the "
            f"knees bend: the trunk leans {e['soft_trunk_tilt_deg']:.0f}° vs {e['straight_trunk_tilt_deg']:.0f}° "
            f"and the hands reach {100 * e['reach_gain_m']:.1f} cm lower. To stay balanced, straight knees need the "
            f"shins tilted {abs(e['straight_ankle_deg']):.0f}° backwards, soft knees {abs(e['soft_ankle_deg']):.0f}°")
    if e["reach_gain_m"] >= SOFT_KNEE_MIN_GAIN:
        return SUPPORTED, text + "."
    if abs(e["soft_ankle_deg"]) <= VERTICAL_SHIN_DEG < abs(e["straight_ankle_deg"]):
        return DEPENDS, text + (": soft knees do not buy depth, they let the hips go back with the shins near "
                                "vertical (and keep the knee out of its locked end position).")
    return NOT_SUPPORTED, text + "."


def _rule_vertical_shins(e: dict[str, float]) -> tuple[str, str]:
    hi = abs(e["knee_height_ankle_deg"]) <= VERTICAL_SHIN_DEG
    lo = abs(e["floor_ankle_deg"]) <= VERTICAL_SHIN_DEG
    text = (f"Shins {e['knee_height_ankle_deg']:.0f}° from vertical for a knee-height bar, "
            f"{e['floor_ankle_deg']:.0f}° for a floor bar (knees {e['floor_knee_deg']:.0f}°)")
    if hi and lo:
        return SUPPORTED, text + "."
    if hi:
        return DEPENDS, text + (": vertical shins work for a raised bar; from the floor the knees must bend and the "
                                "shins tilt forward to keep the back near neutral and the weight over the feet.")
    return NOT_SUPPORTED, text + "."


def _rule_neutral_spine(e: dict[str, float]) -> tuple[str, str]:
    text = (f"Net L5/S1 moment: bend {e['bend_peak_L5S1_Nm']:.0f} vs hinge {e['hinge_peak_L5S1_Nm']:.0f} N·m "
            f"(x{e['moment_ratio_bend_hinge']:.2f}, a small difference); passive tissue carries "
            f"{e['bend_passive_share']:.0%} vs {e['hinge_passive_share']:.0%}; peak shear {e['bend_peak_shear_N']:.0f} "
            f"vs {e['hinge_peak_shear_N']:.0f} N")
    passive = e["bend_passive_share"] >= PASSIVE_SHARE_HIGH and e["hinge_passive_share"] < 0.10
    shear = e["shear_ratio_bend_hinge"] >= SHEAR_RATIO_HIGH
    if passive or shear:
        return SUPPORTED, text + (". The benefit is WHO carries the moment and the shear, not the size of the net "
                                  "moment. (The dowel's head and upper-back contacts are not tested: the model's "
                                  "thorax is rigid.)")
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
    li_drop = 1.0 - e["knee_lifting_index"] / e["floor_lifting_index"]
    lumbar_drop = e["floor_bend_lumbar_deg"] - e["knee_bend_lumbar_deg"]
    text = (f"Knee-height vs floor bar: NIOSH lifting index {e['knee_lifting_index']:.2f} vs "
            f"{e['floor_lifting_index']:.2f} ({li_drop:.0%} lower); a bend rounds {lumbar_drop:.0f}° less (passive "
            f"share {e['knee_bend_passive_share']:.0%} vs {e['floor_bend_passive_share']:.0%}); the hinge needs "
            f"{e['knee_hinge_knee_deg']:.0f}° of knee instead of {e['floor_hinge_knee_deg']:.0f}°; peak net L5/S1 "
            f"moment of the hinge {e['knee_hinge_peak_L5S1_Nm']:.0f} vs {e['floor_hinge_peak_L5S1_Nm']:.0f} N·m")
    a, b = li_drop >= LI_DROP, lumbar_drop >= LUMBAR_DROP_DEG
    if a and b:
        return SUPPORTED, text + ": easier to keep a neutral back, though the net moment hardly changes."
    if a or b:
        return DEPENDS, text + "."
    return NOT_SUPPORTED, text + "."


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


def evaluate_claim(key: str, body: Body, load_mass: float = 15.0, *, flexibility: str = "normal") -> ClaimResult:
    """Compute the evidence of claim ``key`` for ``body`` lifting ``load_mass`` (kg) and apply its rule."""
    from .muscles import SLR_LIMITS

    key = check_choice("key", key, tuple(_CLAIMS_BY_KEY))
    check_instance("body", body, Body, "a hinge_model.Body")
    load = check_number("load_mass", load_mass, 0.0, CLAIM_LOAD_MAX, "kg")
    slr = SLR_LIMITS[check_choice("flexibility", flexibility, tuple(SLR_LIMITS))]
    evidence = EVIDENCE[key](body, load, slr)
    for name, value in evidence.items():
        if not np.isfinite(value):
            raise RuntimeError(f"claim {key!r}: evidence {name!r} is not finite ({value})")
    verdict, why = RULES[key](evidence)
    return ClaimResult(_CLAIMS_BY_KEY[key], verdict, evidence, why)


def evaluate_claims(body: Body, load_mass: float = 15.0, *, flexibility: str = "normal") -> list[ClaimResult]:
    """Every claim of :data:`CLAIMS` tested for ``body`` lifting ``load_mass`` kg (validated range 0-40 kg)."""
    check_instance("body", body, Body, "a hinge_model.Body")
    check_number("load_mass", load_mass, 0.0, CLAIM_LOAD_MAX, "kg")
    return [evaluate_claim(c.key, body, load_mass, flexibility=flexibility) for c in CLAIMS]


__all__ = ["CLAIMS", "DEPENDS", "EVIDENCE", "NOT_SUPPORTED", "NOT_TESTABLE", "RULES", "SUPPORTED", "VERDICTS",
           "Claim", "ClaimResult", "arms_hanging", "evaluate_claim", "evaluate_claims"]
