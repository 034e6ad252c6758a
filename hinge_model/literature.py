r"""Published numbers the model can be checked against, and the model's value for each (notebook 99).

:data:`PUBLISHED` holds each published value or range with its source; :func:`comparisons` computes the model's
value for the same quantity and says whether it lies inside ``[low - tolerance, high + tolerance]``.

Conventions: SI units (N, N*m, m), angles in degrees, fractions of body mass or stature as plain numbers.
"Floor lift" means the series' standard task: 15 kg held at a grip 0.22 m above the floor over the mid-foot
(a barbell, :func:`hinge_model.movement` defaults). Dynamic values come from :func:`hinge_model.dynamics
.inverse_dynamics` of a lift lasting :data:`DYNAMIC_DURATION` s.

Kinds of row
------------
* ``"independent"``: the model was NOT built from this number; agreement is evidence, disagreement a finding.
* ``"input"``: the model was built from (or calibrated to) this number; the row only checks that the data went in
  correctly. It is not evidence that the model is right.

Tolerance
---------
``tolerance`` is added on both sides of the published range. It is 0 where the published range already spans the
spread of the measurements; one standard deviation where a mean +- SD is published; a rounding margin for tabulated
data; 0.015 H for landmark heights (ASSUMPTION: about one inter-individual SD of landmark height / stature). We do
not widen a tolerance to make a row pass: rows that fall outside are listed in :data:`KNOWN_OUTSIDE` with the
reason (for the reference person, 75 kg / 1.75 m man).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from .anthropometry import Body
from .conventions import G
from .pose import Pose
from .statics import analyze

#: Duration (s) of the dynamic floor lift: 1 s down + 1 s up. ASSUMPTION: a brisk self-paced lift. von Arx et al.
#: (2021) report 4.6-5.9 s per lifting CYCLE (lowering, lifting and returning the box); Bazrgari, Shirazi-Adl &
#: Arjmand (2007) Eur Spine J 16:687 used ~2 s per phase and found inertia unimportant at that pace.
DYNAMIC_DURATION: float = 2.0
#: Load (kg) and grip height (m above the floor) of the floor lift.
FLOOR_LOAD: float = 15.0
FLOOR_HEIGHT: float = 0.22


@dataclass(frozen=True)
class Published:
    """A published value or range: ``low``..``high`` (equal for a single value) in ``unit``."""

    key: str
    quantity: str
    low: float
    high: float
    unit: str
    source: str
    tolerance: float
    tolerance_note: str
    kind: str = "independent"  # or "input"
    model_note: str = ""  # how the model value is obtained

    @property
    def text(self) -> str:
        """The published value as text, e.g. ``400 to 800 N`` or ``35.9 +- 10.1 deg``."""
        if self.low == self.high:
            return f"{self.low:g} {self.unit}".strip()
        return f"{self.low:g} to {self.high:g} {self.unit}".strip()


@dataclass(frozen=True)
class Comparison:
    """One row of the validity table: the published range, the model value and whether it lies within."""

    key: str
    quantity: str
    published: str
    low: float
    high: float
    unit: str
    source: str
    model: float
    tolerance: float
    within: bool
    kind: str
    how: str
    explanation: str

    @property
    def deviation(self) -> float:
        """Distance (in ``unit``) from the model value to the published range; 0 inside it."""
        return float(max(self.low - self.model, self.model - self.high, 0.0))


def _mean_sd(key: str, quantity: str, mean: float, sd: float, unit: str, source: str, **kw: str) -> Published:
    return Published(key, quantity, mean, mean, unit, f"{source} (mean {mean:g} +- SD {sd:g} {unit})", sd,
                     "1 SD", **kw)


_ANGLES = "Typical postures at the bottom of a floor lift (shared/reference/biomechanics.md, ranges collected from "
_STOOP_SQUAT = ("van Dieen, Hoozemans & Toussaint 1999 Clin Biomech 14:685; Hwang et al. 2009 BMC Musculoskelet "
                "Disord 10:15; von Arx et al. 2021 Front Bioeng Biotechnol 9:769117")

#: Published values (each cited). Where the value was taken from the project's reference sheet and not re-read in
#: the primary source, the source says so.
PUBLISHED: tuple[Published, ...] = (
    Published("standing_moment", "L5/S1 moment, quiet standing, no load", 0.0, 15.0, "N·m",
              "Nachemson 1981 Spine 6:93 (standing disc loads), range as summarised in biomechanics.md", 0.0,
              "range", model_note="analyze(body, Pose(), 0).moments['L5S1']"),
    Published("standing_compression", "L5/S1 compression, quiet standing, no load", 400.0, 800.0, "N",
              "Nachemson 1981 Spine 6:93: disc load of the order of 500-800 N standing for a ~70 kg adult "
              "(intradiscal pressure x disc area)", 0.0, "range",
              model_note="analyze(body, Pose(), 0).spine.compression"),
    Published("floor_static_moment", "peak static L5/S1 moment, stoop floor lift of 15 kg", 150.0, 150.0, "N·m",
              "static estimate for a 75 kg person + 15 kg (biomechanics.md; body + load weight x lever arms)",
              22.5, "15 % (an estimate, not a measurement)",
              model_note="max over the bend movement of analysis.moments['L5S1']"),
    Published("floor_dynamic_moment_stoop", "peak dynamic L5/S1 moment, stoop floor lift of 15 kg", 180.0, 260.0,
              "N·m", f"10-20 kg floor lifts, about 2.5-3.5 N·m/kg ({_STOOP_SQUAT})", 0.0, "range",
              model_note="max of inverse-dynamics L5S1 moment, bend, 2 s lift"),
    Published("floor_dynamic_moment_squat", "peak dynamic L5/S1 moment, squat floor lift of 15 kg", 180.0, 260.0,
              "N·m", f"10-20 kg floor lifts, about 2.5-3.5 N·m/kg ({_STOOP_SQUAT})", 0.0, "range",
              model_note="max of inverse-dynamics L5S1 moment, squat (realistic lumbar flexion), 2 s lift"),
    Published("floor_static_compression", "peak STATIC L5/S1 compression, stoop floor lift of 15 kg", 3000.0,
              5000.0, "N", f"measured-task estimates for 10-20 kg floor lifts ({_STOOP_SQUAT})", 0.0, "range",
              model_note="max over the bend movement of analysis.spine.compression (no inertia)"),
    Published("floor_dynamic_compression", "peak dynamic L5/S1 compression, stoop floor lift of 15 kg", 3000.0,
              5000.0, "N", f"measured-task estimates for 10-20 kg floor lifts ({_STOOP_SQUAT})", 0.0, "range",
              model_note="max of dynamics.spine.compression, bend, 2 s lift"),
    Published("floor_dynamic_shear", "peak anterior L5/S1 shear, flexed (stoop) floor lift of 15 kg", 300.0,
              1000.0, "N", "biomechanics.md (higher with a fully flexed spine; McGill, Hughson & Parks 2000 Clin "
              "Biomech 15:777; Potvin, McGill & Norman 1991 Spine 16:1099)", 0.0, "range",
              model_note="max of dynamics.spine.shear, bend, 2 s lift"),
    Published("stoop_minus_squat_compression", "peak lumbar compression, stoop minus squat lift of a 15 kg box",
              -1.0, -0.3, "BW", "von Arx et al. 2021 Front Bioeng Biotechnol 9:769117 (abstract: stoop lower by "
              "0.3-1.0 body weights, over all lumbar levels, vs squat and freestyle)", 0.0, "range",
              model_note="(bend - squat) peak dynamic L5/S1 compression / body weight, 2 s lifts, realistic squat"),
    Published("stoop_minus_squat_shear", "peak L5/S1 shear, stoop minus squat lift of a 15 kg box", -0.4, -0.2,
              "BW", "von Arx et al. 2021 Front Bioeng Biotechnol 9:769117 (abstract: stoop lower at L5/S1 by "
              "0.2-0.4 body weights; higher at T12/L1-L4/L5)", 0.0, "range",
              model_note="(bend - squat) peak dynamic L5/S1 shear / body weight, 2 s lifts, realistic squat"),
    Published("stoop_hip", "hip flexion at the bottom of a stoop", 70.0, 90.0, "°", _ANGLES + "stoop studies)",
              0.0, "range", model_note="bend pick-up pose"),
    Published("stoop_knee", "knee flexion at the bottom of a stoop", 10.0, 30.0, "°", _ANGLES + "stoop studies)",
              0.0, "range", model_note="bend pick-up pose"),
    Published("stoop_lumbar", "lumbar flexion at the bottom of a stoop", 40.0, 55.0, "°",
              _ANGLES + "stoop studies)", 0.0, "range", model_note="bend pick-up pose"),
    Published("squat_hip", "hip flexion at the bottom of a squat lift", 100.0, 120.0, "°",
              _ANGLES + "squat studies)", 0.0, "range", model_note="squat pick-up pose, realistic lumbar flexion"),
    Published("squat_knee", "knee flexion at the bottom of a squat lift", 100.0, 130.0, "°",
              _ANGLES + "squat studies)", 0.0, "range", model_note="squat pick-up pose, realistic lumbar flexion"),
    _mean_sd("deadlift_knee", "knee flexion at the start of a conventional deadlift", 107.8, 22.4, "°",
             "Schellenberg et al. 2013 BMC Sports Sci Med Rehabil 5:27",
             model_note="hinge pick-up pose from a floor bar (the model's hinge becomes a deadlift)"),
    _mean_sd("lumbar_stoop_vonarx", "lumbar flexion (lordosis range of motion), stoop lift of a 15 kg box", 35.9,
             10.1, "°", "von Arx et al. 2021 Front Bioeng Biotechnol 9:769117, 30 adults",
             model_note="bend pick-up pose lumbar angle"),
    _mean_sd("lumbar_squat_vonarx", "lumbar flexion (lordosis range of motion), squat lift of a 15 kg box", 25.1,
             8.2, "°", "von Arx et al. 2021 Front Bioeng Biotechnol 9:769117, 30 adults", kind="input",
             model_note="squat pick-up pose with realistic_squat_lumbar=True (this number is the model's input)"),
    Published("mass_trunk", "trunk mass / body mass (male)", 0.4346, 0.4346, "", "de Leva 1996 J Biomech "
              "29:1223, Table 4", 0.0005, "rounding (4 decimals)", kind="input",
              model_note="pelvis + abdomen + thorax masses / body mass"),
    Published("mass_thigh", "one thigh mass / body mass (male)", 0.1416, 0.1416, "", "de Leva 1996 J Biomech "
              "29:1223, Table 4", 0.0005, "rounding (4 decimals)", kind="input",
              model_note="lumped thigh mass / 2 / body mass"),
    Published("mass_head", "head and neck mass / body mass (male)", 0.0694, 0.0694, "", "de Leva 1996 J Biomech "
              "29:1223, Table 4", 0.0005, "rounding (4 decimals)", kind="input", model_note="head mass / body mass"),
    Published("height_knee", "knee joint height / stature, standing", 0.285, 0.285, "H",
              "Winter 2009 Biomechanics and Motor Control of Human Movement, 4th ed., Fig. 4.1", 0.015,
              "0.015 H (assumed inter-individual SD)", model_note="analysis.points['knee'] y + ankle height"),
    Published("height_hip", "hip joint height / stature, standing", 0.530, 0.530, "H",
              "Winter 2009 Biomechanics and Motor Control of Human Movement, 4th ed., Fig. 4.1", 0.015,
              "0.015 H (assumed inter-individual SD)", model_note="analysis.points['hip'] y + ankle height"),
    Published("height_shoulder", "shoulder joint height / stature, standing", 0.818, 0.818, "H",
              "Winter 2009 Biomechanics and Motor Control of Human Movement, 4th ed., Fig. 4.1", 0.015,
              "0.015 H (assumed inter-individual SD)", model_note="analysis.points['shoulder'] y + ankle height"),
    Published("slr_normal", "passive straight-leg raise, normal hamstring length", 80.0, 90.0, "°",
              "Kendall et al. 2005 Muscles: Testing and Function, 5th ed.", 0.0, "range", kind="input",
              model_note="muscles.hamstring_stretch_limit(0) with flexibility='normal'"),
    _mean_sd("slr_young_men", "passive straight-leg raise measured in 30 young men", 61.0, 6.7, "°",
             "Gajdosik, Rieck, Sullivan & Wightman 1993 J Orthop Sports Phys Ther 18:614",
             model_note="muscles.hamstring_stretch_limit(0), the model's default ('normal') person"),
    _mean_sd("pke_young_men", "passive knee extension test (hip at 90°): knee flexion left", 31.0, 7.5, "°",
             "Gajdosik, Rieck, Sullivan & Wightman 1993 J Orthop Sports Phys Ther 18:614",
             model_note="knee angle at which hamstring_stretch_limit(knee) = 90°, default flexibility"),
)

#: Rows that fall outside their tolerance for the reference person (75 kg, 1.75 m, male), with the reason.
#: tests/test_literature.py asserts exactly this status, so a change in the model that moves a row shows up.
KNOWN_OUTSIDE: MappingProxyType[str, str] = MappingProxyType({
    "floor_dynamic_moment_squat": (
        "the series' task holds the load over the mid-foot, so in the squat it passes between the knees and stays "
        "close to L5/S1; the published squat lifts are mostly of boxes in front of the knees. van Dieen et al. "
        "(1999) note exactly this: squat moments are lower only when the load fits between the knees."),
    "floor_static_compression": (
        "the static model leaves out inertia (the dynamic row is within range), antagonist co-contraction and "
        "intra-abdominal pressure, which published EMG-assisted estimates include."),
    "floor_dynamic_shear": (
        "the model's bend goes to ~97 % of the lumbar range, where its one equivalent extensor has lost all its "
        "shear-resisting obliquity and the stretched passive tissues pull forward; real stoop lifters flex less "
        "(von Arx et al. 2021: ~36 deg). Slightly above the top of the range (~4 %)."),
    "stoop_minus_squat_compression": (
        "the SIGN is opposite: in the model the bend loads L5/S1 more than the squat. von Arx et al.'s many-muscle "
        "model had lifters stoop with ~36 deg of lumbar flexion over a box in front of the feet; our bend rounds to "
        "~58 deg and our squat holds the load between the knees (van Dieen et al. 1999: the squat's advantage "
        "appears only then). The model's technique ordering of compression is not supported by that study."),
    "stoop_minus_squat_shear": (
        "the SIGN is opposite: the model's bend has far more L5/S1 shear than its squat, because the spine model "
        "builds in McGill, Hughson & Parks' (2000) mechanism (the extensors lose their shear-resisting angle in "
        "full flexion, stretched passive tissue pulls forward). von Arx et al.'s detailed model found LESS L5/S1 "
        "shear in stoop lifts (more at the levels above). The shear advantage of a neutral spine is therefore a "
        "consequence of the model's assumptions, contested by at least one detailed study."),
    "stoop_lumbar": (
        "the model's bend is a rule-based caricature that rounds the lower back to near its 60 deg range "
        "(movements.BEND_LUMBAR_SHARE and the hamstring limit); real stoop lifts stop earlier."),
    "lumbar_stoop_vonarx": (
        "same reason as the stoop lumbar angle: the model's bend uses ~58 deg of lumbar flexion, more than 2 SD "
        "above von Arx et al.'s mean; the loads of the bend are therefore an upper (worst) case."),
    "height_shoulder": (
        "GEOMETRY_ASSUMPTIONS['shoulder_position'] puts the shoulder joint at the top of the thorax segment "
        "(suprasternale level); the real joint centre is 3-5 cm lower, so the hands and arms sit too high."),
    "slr_young_men": (
        "the model's default person has the clinical NORMAL hamstring length (Kendall: SLR 80 deg); many healthy "
        "young men measure less. Use flexibility='tight' (65 deg) to model them."),
    "pke_young_men": (
        "the constant moment-arm ratio r_knee / r_hip = 0.5 (muscles.py) couples knee and hip less than measured: "
        "Gajdosik et al.'s men reach 61 deg SLR but 31 deg short of straight at hip 90 deg."),
})


def model_values(body: Body | None = None) -> dict[str, float]:
    """The model's value for every key of :data:`PUBLISHED` (units as published), for ``body`` (default: the
    reference 75 kg, 1.75 m man). The mass-fraction rows check de Leva's MALE table (a male body of the same
    size), since the published values are the male ones."""
    from .movements import movement
    from .muscles import hamstring_stretch_limit

    body = Body(75.0, 1.75, "male") if body is None else body
    if not isinstance(body, Body):
        raise ValueError(f"body must be a hinge_model.Body or None, got {type(body).__name__}")
    out: dict[str, float] = {}
    stand = analyze(body, Pose(), 0.0)
    out["standing_moment"] = float(stand.moments["L5S1"])
    out["standing_compression"] = float(stand.spine.compression)

    bend = movement("bend", body, FLOOR_LOAD, FLOOR_HEIGHT, frames=41, duration=DYNAMIC_DURATION)
    squat = movement("squat", body, FLOOR_LOAD, FLOOR_HEIGHT, frames=41, duration=DYNAMIC_DURATION,
                     realistic_squat_lumbar=True)
    hinge = movement("hinge", body, FLOOR_LOAD, FLOOR_HEIGHT, frames=5)
    out["floor_static_moment"] = float(np.max(bend.analysis.moments["L5S1"]))
    out["floor_dynamic_moment_stoop"] = float(np.max(bend.dynamics.moments["L5S1"]))
    out["floor_dynamic_moment_squat"] = float(np.max(squat.dynamics.moments["L5S1"]))
    out["floor_static_compression"] = float(np.max(bend.analysis.spine.compression))
    out["floor_dynamic_compression"] = float(np.max(bend.dynamics.spine.compression))
    out["floor_dynamic_shear"] = float(np.max(bend.dynamics.spine.shear))
    weight = body.mass * G
    out["stoop_minus_squat_compression"] = (float(np.max(bend.dynamics.spine.compression))
                                            - float(np.max(squat.dynamics.spine.compression))) / weight
    out["stoop_minus_squat_shear"] = (float(np.max(bend.dynamics.spine.shear))
                                      - float(np.max(squat.dynamics.spine.shear))) / weight
    out["stoop_hip"] = float(bend.end_pose.hip)
    out["stoop_knee"] = float(bend.end_pose.knee)
    out["stoop_lumbar"] = float(bend.end_pose.lumbar)
    out["squat_hip"] = float(squat.end_pose.hip)
    out["squat_knee"] = float(squat.end_pose.knee)
    out["deadlift_knee"] = float(hinge.end_pose.knee)
    out["lumbar_stoop_vonarx"] = float(bend.end_pose.lumbar)
    out["lumbar_squat_vonarx"] = float(squat.end_pose.lumbar)

    seg = Body(body.mass, body.height, "male").segments  # the published fractions are de Leva's MALE table
    out["mass_trunk"] = sum(seg[n].mass for n in ("pelvis", "abdomen", "thorax")) / body.mass
    out["mass_thigh"] = seg["thigh"].mass / 2.0 / body.mass
    out["mass_head"] = seg["head"].mass / body.mass
    for name in ("knee", "hip", "shoulder"):
        out[f"height_{name}"] = (float(stand.points[name][1]) + body.ankle_height) / body.height

    out["slr_normal"] = float(hamstring_stretch_limit(0.0))
    out["slr_young_men"] = float(hamstring_stretch_limit(0.0))
    knees = np.linspace(0.0, 120.0, 1201)
    limits = hamstring_stretch_limit(knees)  # increasing in knee flexion
    out["pke_young_men"] = float(np.interp(90.0, limits, knees))
    return out


def comparisons(body: Body | None = None) -> list[Comparison]:
    """The validity table: one :class:`Comparison` per :data:`PUBLISHED` row, model values for ``body``."""
    values = model_values(body)
    rows = []
    for p in PUBLISHED:
        v = values[p.key]
        if not np.isfinite(v):
            raise RuntimeError(f"model value for {p.key!r} is not finite: {v}")
        within = bool(p.low - p.tolerance - 1e-9 <= v <= p.high + p.tolerance + 1e-9)
        if p.kind == "input":
            note = "input: the model was built from this number (a data check, not evidence)"
        elif within:
            note = ""
        else:
            note = KNOWN_OUTSIDE.get(p.key, "outside the published range (not yet explained)")
        rows.append(Comparison(p.key, p.quantity, p.text if p.tolerance_note != "1 SD" else
                               f"{p.low:g} ± {p.tolerance:g} {p.unit}".strip(), p.low, p.high, p.unit, p.source,
                               v, p.tolerance, within, p.kind, p.model_note, note))
    return rows


__all__ = ["DYNAMIC_DURATION", "KNOWN_OUTSIDE", "PUBLISHED", "Comparison", "Published", "comparisons",
           "model_values"]
