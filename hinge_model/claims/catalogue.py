"""The claims of :mod:`hinge_model.claims`: verdict words, the rules' thresholds (each with its reason), the
:class:`Claim` and :class:`ClaimResult` records and the catalogue :data:`CLAIMS`."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType

from ..series import FLOOR_BOX

SUPPORTED = "supported"
DEPENDS = "depends"
NOT_SUPPORTED = "not supported"
NOT_TESTABLE = "not testable in a planar static model"
VERDICTS: tuple[str, ...] = (SUPPORTED, DEPENDS, NOT_SUPPORTED, NOT_TESTABLE)

#: Grip heights (m above the floor) of the claims' lifts, which pick up a BOX of the claim's load mass with the
#: geometry of hm.series.FLOOR_BOX (30 cm deep, handles 0.15 m above its base, near face 2 cm in front of the toes;
#: claims.claim_box): from the floor, grip = the handles' 0.15 m; from knee height, the same box on a stand with
#: its handles at 0.285 H (Winter 2009 Fig. 4.1). (The claims used to hold a point load at 0.22 m, which the legs
#: could pass through; a box they must stay behind.)
FLOOR: float = float(FLOOR_BOX.grip_above_base)
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
          "Hinge pick-up pose for the box raised with its handles at knee height vs the same trunk lean and arms "
          "with the hips kept over the ankles (straight, vertical legs): where is the CoM of body + box relative "
          "to the feet?",
          f"supported if the hinge is balanced and keeping the hips over the ankles moves the CoM forward by at "
          f"least {SHIFT_FRACTION:.0%} of foot length; otherwise depends."),
    Claim("weight_midfoot", "Keep your weight on your heels (or over the mid-foot).",
          "Centre of pressure (= CoM x in statics) of the three techniques' pick-up postures for the box on the "
          "floor, as a fraction of foot length from the heel (the posture fit keeps it at least 10 % of the foot "
          "inside heel and toe, postures.BALANCE_MARGIN), and where the hips are relative to the heel.",
          f"supported if the hinge's CoP is in the rear third of the foot; depends if it is within "
          f"{MIDFOOT_BAND:.0%} of foot length of the mid-foot (the mid-foot reading holds, the heel one does not); "
          f"otherwise not supported."),
    Claim("soft_knees", "Unlock the knees: keep them soft (slightly bent) in a hinge.",
          "Hamstring stretch limit and the lowest grip height reachable with a neutral spine, arms hanging and "
          "the CoM over the mid-foot (balanced with the ankle), with straight knees (0 deg) vs soft knees (20 deg): "
          "still poses of the body alone, the load at the hands (no box).",
          f"supported if soft knees lower that reach by at least {100 * SOFT_KNEE_MIN_GAIN:.0f} cm; depends if "
          f"they do not, but keep the shins within {VERTICAL_SHIN_DEG:.0f} deg of vertical where straight knees "
          f"cannot; otherwise not supported."),
    Claim("vertical_shins", "Keep the shins vertical.",
          "Shank angle of the model's hinge (neutral-ish spine, hamstrings within their stretch limit, balanced, "
          "legs behind the box) lifting the box raised to knee height and the box on the floor.",
          f"supported if |ankle| <= {VERTICAL_SHIN_DEG:.0f} deg at both heights; depends if only at knee height; "
          f"not supported if at neither."),
    Claim("neutral_spine", "Keep a neutral spine (a dowel along the back touches head, upper back and sacrum).",
          "Same floor-box lift done as a hinge (neutral-ish spine) and as a bend (rounded): net L5/S1 moment, share "
          "carried by passive tissue and anterior shear.",
          f"supported if the rounded back hands >= {PASSIVE_SHARE_HIGH:.0%} of the moment to passive tissue (vs "
          f"< 10 % neutral) or raises the shear >= {SHEAR_RATIO_HIGH:g}x; otherwise depends."),
    Claim("hamstring_stretch", "Hinge down until you feel the hamstring stretch; go lower only by bending the knees.",
          "Hip flexion at the hamstring stretch limit with soft knees, the grip height there, and how much lumbar "
          "flexion it takes to reach the floor box's handle height (0.15 m) from that point WITHOUT more knee bend "
          "(still poses of the body alone, arms hanging, the load at the hands).",
          f"supported if going past the stretch point to the floor needs more than {NEAR_NEUTRAL_LUMBAR:.0f} deg "
          f"of lumbar flexion (the stretch marks where the back must start rounding); otherwise depends."),
    Claim("raised_bar", "Beginners should start from a raised bar (blocks, rack) rather than the floor.",
          "Box on the floor vs the same box raised with its handles at knee height: hinge knee and lumbar flexion, "
          "bend lumbar flexion and passive share, peak L5/S1 moment, and the revised NIOSH lifting index of the "
          "lift (H = the handles' distance in front of the ankle).",
          f"supported if the raised bar lowers the NIOSH lifting index by >= {LI_DROP:.0%} AND lets the back round "
          f"at least {LUMBAR_DROP_DEG:.0f} deg less in a bend; depends if only one; otherwise not supported."),
    Claim("forward_lean", "Leaning forward shifts your weight forward and loads the lower back.",
          "Trunk lean 0-60 deg with straight, vertical legs (no hip shift; arms hanging, the load at the hands): "
          "L5/S1 moment and CoM; then the hinge lifting the box raised to knee height, which leans as far but "
          "pushes the hips back.",
          f"the back part holds if the L5/S1 moment at 60 deg is >= {LEAN_LOAD_RATIO:g}x upright; the weight part "
          f"if the CoM moves >= {SHIFT_FRACTION:.0%} of foot length forward. Both, but the hinge cancels the "
          f"shift -> depends; both and no cancelling -> supported; otherwise not supported."),
    Claim("brace_core", "Brace your core (raise the pressure in your abdomen) to protect the back.",
          "Does the model contain intra-abdominal pressure or trunk-flexor co-contraction at L5/S1?",
          "not testable in a planar static model if the model has no such term; otherwise tested."),
)

_CLAIMS_BY_KEY: MappingProxyType[str, Claim] = MappingProxyType({c.key: c for c in CLAIMS})


__all__ = ["CLAIMS", "CLAIM_LOAD_MAX", "DEPENDS", "FLOOR", "KNEE_HEIGHT_FRACTION", "LEAN_LOAD_RATIO", "LI_DROP",
           "LUMBAR_DROP_DEG", "MIDFOOT_BAND", "NEAR_NEUTRAL_LUMBAR", "NOT_SUPPORTED", "NOT_TESTABLE",
           "PASSIVE_SHARE_HIGH", "SHEAR_RATIO_HIGH", "SHIFT_FRACTION", "SOFT_KNEE_MIN_GAIN", "SUPPORTED", "VERDICTS",
           "VERTICAL_SHIN_DEG", "Claim", "ClaimResult"]
