"""Evidence of each claim of :mod:`hinge_model.claims`, COMPUTED with the model: one function per claim in
:data:`EVIDENCE` (body, load kg, straight-leg-raise limit deg or None) -> named numbers (SI units, degrees).

Every LIFT picks up the claims' box of ``load`` kg (:func:`hinge_model.claims.claim_box`: on the floor, handles
0.15 m up, or raised with the handles at knee height), in front of the toes, so the legs stay behind it. The static
arms-hanging poses (soft knees, the hamstring-stretch reach, the forward-lean sweep) are about the body alone and
keep the load at the hands."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

import numpy as np

from ..anthropometry import Body
from ..pose import Pose
from ..postures import BALANCE_MARGIN
from ..statics import analyze
from .catalogue import FLOOR, NEAR_NEUTRAL_LUMBAR
from .poses import _foot, _grip_height, _lift, _reach_lumbar, arms_hanging, balanced_hanging


def _ev_push_hips_back(body: Body, load: float, slr: float | None) -> dict[str, float]:
    m = _lift("hinge", body, load, "knee", slr)
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
        "grip_x_m": float(m.load.grip[0]),
        "hinge_balanced": float(bool(hinge.balanced)),
        "hips_kept_balanced": float(bool(still.balanced)),
    }


def _ev_weight_midfoot(body: Body, load: float, slr: float | None) -> dict[str, float]:
    heel, _, foot = _foot(body)
    ev: dict[str, float] = {"foot_length_m": foot, "forward_limit_fraction": 1.0 - BALANCE_MARGIN,
                            "back_limit_fraction": BALANCE_MARGIN}
    for t in ("hinge", "bend", "squat"):
        m = _lift(t, body, load, "floor", slr)
        a = analyze(body, m.end_pose, load)
        ev[f"{t}_cop_fraction"] = float((a.com[0] - heel) / foot)
        ev[f"{t}_hip_behind_heel_m"] = float(heel - a.points["hip"][0])
    ev["grip_x_m"] = float(m.load.grip[0])
    return ev


def _ev_soft_knees(body: Body, load: float, slr: float | None) -> dict[str, float]:
    from ..muscles import hamstring_stretch_limit

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
    for label, where in (("knee_height", "knee"), ("floor", "floor")):
        p = _lift("hinge", body, load, where, slr).end_pose
        ev[f"{label}_ankle_deg"] = float(p.ankle)
        ev[f"{label}_knee_deg"] = float(p.knee)
        ev[f"{label}_lumbar_deg"] = float(p.lumbar)
    return ev


def _ev_neutral_spine(body: Body, load: float, slr: float | None) -> dict[str, float]:
    ev: dict[str, float] = {}
    for t in ("hinge", "bend"):
        m = _lift(t, body, load, "floor", slr)
        a = m.analysis
        ev[f"{t}_lumbar_deg"] = float(m.end_pose.lumbar)
        ev[f"{t}_peak_L5S1_Nm"] = float(np.max(a.moments["L5S1"]))
        ev[f"{t}_passive_share"] = float(a.spine.passive_share[m.pickup])
        ev[f"{t}_peak_shear_N"] = float(np.max(a.spine.shear))
        ev[f"{t}_peak_compression_N"] = float(np.max(a.spine.compression))
        ev[f"{t}_muscle_obliquity_deg"] = float(a.spine.muscle_obliquity[m.pickup])
        if t == "hinge":  # what binds the hinge's posture (tests/test_floor_box_postures.py)
            from ..muscles import hamstring_stretch_limit

            heel, _, foot = _foot(body)
            ev["hinge_cop_fraction"] = float((a.com[m.pickup, 0] - heel) / foot)
            ev["hinge_hip_below_stretch_limit_deg"] = float(
                hamstring_stretch_limit(float(m.end_pose.knee), m.slr) - float(m.end_pose.hip))
    ev["moment_ratio_bend_hinge"] = ev["bend_peak_L5S1_Nm"] / ev["hinge_peak_L5S1_Nm"]
    ev["shear_ratio_bend_hinge"] = ev["bend_peak_shear_N"] / ev["hinge_peak_shear_N"]
    ev["near_neutral_lumbar_deg"] = NEAR_NEUTRAL_LUMBAR
    ev["forward_limit_fraction"] = 1.0 - BALANCE_MARGIN
    return ev


def _ev_hamstring_stretch(body: Body, load: float, slr: float | None) -> dict[str, float]:
    from ..muscles import hamstring_stretch_limit

    knee = 20.0
    hip = float(hamstring_stretch_limit(knee, slr))
    a = analyze(body, arms_hanging(0.0, knee, hip, 0.0), load)
    lumbar, reached = _reach_lumbar(body, load, knee, hip, FLOOR)
    return {"knee_deg": knee, "stretch_hip_deg": hip, "stretch_grip_height_m": float(_grip_height(a)),
            "target_m": FLOOR, "lumbar_needed_deg": lumbar, "height_reached_m": reached}


def _ev_raised_bar(body: Body, load: float, slr: float | None) -> dict[str, float]:
    from ..niosh import lifting_index, recommended_weight_limit

    ev: dict[str, float] = {}
    stand_grip = float(_grip_height(analyze(body, Pose(), load)))
    for label in ("floor", "knee"):
        hinge = _lift("hinge", body, load, label, slr)
        bend = _lift("bend", body, load, label, slr)
        h = float(hinge.target_height)  # the box's handles above the floor
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
    m = _lift("hinge", body, load, "knee", slr)
    h = analyze(body, m.end_pose, load)
    ev = {f"lean{int(d)}_L5S1_Nm": float(v) for d, v in zip(leans, a.moments["L5S1"], strict=True)}
    ev.update({f"lean{int(d)}_com_x_m": float(v) for d, v in zip(leans, a.com[:, 0], strict=True)})
    ev.update({"heel_x_m": heel, "toe_x_m": toe, "foot_length_m": foot, "balance_margin_fraction": BALANCE_MARGIN,
               "hinge_pelvis_tilt_deg": float(m.end_pose.ankle - m.end_pose.knee + m.end_pose.hip),
               "hinge_L5S1_Nm": float(h.moments["L5S1"]), "hinge_com_x_m": float(h.com[0]),
               "upright_com_x_m": float(a.com[0, 0])})
    return ev


def _ev_brace_core(body: Body, load: float, slr: float | None) -> dict[str, float]:
    from ..spine import SpineLoads

    m = _lift("hinge", body, load, "floor", slr)
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


