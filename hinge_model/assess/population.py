r"""Population capability, 3DSSPP-style: the percent of men and of women strong enough for the task, joint by joint.

For one joint, with the moment the task requires (``required``) and the strength of the population in that posture
normally distributed with ``mean`` and ``sd`` (all N·m, the same convention)::

    percent_capable = 100 * (1 - Phi((required - mean) / sd))        (Phi: standard normal CDF)

so 50 % are capable when the required moment equals the mean strength. The weakest joint (lowest percent, at the
task's hardest instant) decides the whole task, as in the University of Michigan 3D Static Strength Prediction
Program (3DSSPP), whose own strength equations we could not read (so none of its numbers is used here).

Strength means and SDs (BOTH SIDES, like the model's moments; see :func:`strength_distribution`)
-----------------------------------------------------------------------------------------------
* **Hip, knee, ankle** (extensors and flexors): Anderson DE, Madigan ML & Nussbaum MA (2007) Maximum voluntary
  joint torque as a function of joint angle and angular velocity: model development and application to the lower
  limb. J Biomech 40(14):3105-3113, **Table 3**: mean AND standard deviation of each parameter, by joint,
  direction, sex and age group (18-25, 55-65, > 65 y), measured on ONE leg. Second-hand: the means and SDs were
  read from the transcription of Table 3 in the RBDL muscle addon (rbdl/rbdl, addons/muscle/
  Millard2016TorqueMuscle.cc, arrays ``Anderson2007Table3Mean`` and ``Anderson2007Table3Std``, column ``c1``),
  not from the paper itself. The means are those of :data:`hinge_model.capacity.ANDERSON_2007`; the SDs of the
  strength scale C1 are :data:`ANDERSON_2007_C1_SD`.

  Mean strength in a pose = :func:`hinge_model.capacity.joint_strength` (2 x one leg, C1 m g H times the cosine
  angle factor, held at the edge of the fitted angles as that module explains). SD = mean x SD(C1) / C1.
  ASSUMPTIONS: (1) people differ only in the scale C1 (the SDs of the shape parameters C2, C3 are neglected);
  (2) both legs of a person are equally strong, so the two-leg SD is twice the one-leg SD (were the legs
  independent it would be sqrt(2) times); (3) strength is normal; (4) "men" and "women" are people of the task
  body's mass and stature (Anderson et al. normalise torque by body weight x stature), so the percentages read
  "of men (women) of this size".
* **Independent check of the knee**: Arthroscopy, Sports Medicine, and Rehabilitation (February 2024), "Absolute
  and Normalized Normative Torque Values of Knee Extensors and Flexors in Healthy Trained Subjects", abstract
  (read first-hand): maximal isometric knee-extensor torque at 80 deg of knee flexion, ONE leg, 35 men and 39
  women aged 18-41: men 199.8 +- 47.3 N·m, women 143.5 +- 34.4 N·m (:data:`KNEE_EXTENSION_2024`). The tests
  compare it with the Anderson et al. distribution.
* **L5/S1 (trunk), shoulder, elbow**: NOT assessed. We found no source giving a mean AND an SD by sex that we
  could read (the 3DSSPP strength equations and Stobbe's 1982 strength tables were not accessible), and we do not
  invent an SD. :data:`NOT_ASSESSED` says so in every result; the spine is judged by the tissue limits instead.

Units: N·m, degrees at the API. Everything is vectorised over the frames of an analysis.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..anthropometry import Body
from ..capacity import AGE_GROUPS, ANDERSON_2007, joint_strength
from ..pose import Pose
from ..validation import as_float_array, check_choice
from ..validation import scalarize as _scalarize
from ._checks import number
from .result import MethodResult

Array = NDArray[np.float64]

METHOD = "population"

#: SD of Anderson et al.'s (2007, Table 3) strength scale C1 [torque / (m g H)], one leg, keyed like
#: :data:`hinge_model.capacity.ANDERSON_2007` (joint, direction, sex, age group). Second-hand, see module docstring.
ANDERSON_2007_C1_SD: MappingProxyType[tuple[str, str, str, str], float] = MappingProxyType({
    ("hip", "extensor", "male", "young"): 0.049, ("hip", "extensor", "female", "young"): 0.047,
    ("hip", "extensor", "male", "middle"): 0.043, ("hip", "extensor", "female", "middle"): 0.032,
    ("hip", "extensor", "male", "senior"): 0.039, ("hip", "extensor", "female", "senior"): 0.003,
    ("hip", "flexor", "male", "young"): 0.025, ("hip", "flexor", "female", "young"): 0.033,
    ("hip", "flexor", "male", "middle"): 0.020, ("hip", "flexor", "female", "middle"): 0.016,
    ("hip", "flexor", "male", "senior"): 0.025, ("hip", "flexor", "female", "senior"): 0.008,
    ("knee", "extensor", "male", "young"): 0.040, ("knee", "extensor", "female", "young"): 0.028,
    ("knee", "extensor", "male", "middle"): 0.031, ("knee", "extensor", "female", "middle"): 0.016,
    ("knee", "extensor", "male", "senior"): 0.017, ("knee", "extensor", "female", "senior"): 0.018,
    ("knee", "flexor", "male", "young"): 0.015, ("knee", "flexor", "female", "young"): 0.015,
    ("knee", "flexor", "male", "middle"): 0.017, ("knee", "flexor", "female", "middle"): 0.015,
    ("knee", "flexor", "male", "senior"): 0.022, ("knee", "flexor", "female", "senior"): 0.005,
    ("ankle", "extensor", "male", "young"): 0.022, ("ankle", "extensor", "female", "young"): 0.034,
    ("ankle", "extensor", "male", "middle"): 0.029, ("ankle", "extensor", "female", "middle"): 0.026,
    ("ankle", "extensor", "male", "senior"): 0.035, ("ankle", "extensor", "female", "senior"): 0.006,
    ("ankle", "flexor", "male", "young"): 0.005, ("ankle", "flexor", "female", "young"): 0.006,
    ("ankle", "flexor", "male", "middle"): 0.005, ("ankle", "flexor", "female", "middle"): 0.002,
    ("ankle", "flexor", "male", "senior"): 0.002, ("ankle", "flexor", "female", "senior"): 0.003,
})

#: Knee-extensor strength at 80 deg knee flexion, ONE leg, N·m: (mean, SD) by sex. Arthrosc Sports Med Rehabil,
#: Feb 2024, abstract (trained adults 18-41 y; 35 men, 39 women). First-hand (abstract).
KNEE_EXTENSION_2024: MappingProxyType[str, tuple[float, float]] = MappingProxyType(
    {"male": (199.8, 47.3), "female": (143.5, 34.4)})
#: The knee angle (deg of flexion) of :data:`KNEE_EXTENSION_2024`.
KNEE_EXTENSION_2024_ANGLE: float = 80.0

#: Joints with a strength distribution (mean and SD) here.
ASSESSED_JOINTS: tuple[str, ...] = ("hip", "knee", "ankle")
#: Joints the model computes a moment for but this method cannot judge, and why.
NOT_ASSESSED: MappingProxyType[str, str] = MappingProxyType({
    j: "no published strength mean and SD by sex could be read (3DSSPP's equations and Stobbe's 1982 tables were "
       "not accessible)" for j in ("L5S1", "shoulder", "elbow")})
#: Population labels and the sex of their strength data.
POPULATIONS: MappingProxyType[str, str] = MappingProxyType({"men": "male", "women": "female"})


def percent_capable(required: ArrayLike, mean: ArrayLike, sd: ArrayLike) -> Any:
    """Percent (0-100) of a population whose strength exceeds ``required``: 100 (1 - Phi((required - mean) / sd)).

    ``required``, ``mean`` and ``sd`` in the same unit and convention (e.g. N·m, both sides); they broadcast.

    >>> float(percent_capable(200.0, 200.0, 40.0))
    50.0
    >>> round(float(percent_capable(120.0, 200.0, 40.0)), 2)     # 2 SD below the mean
    97.72
    """
    from scipy.special import ndtr

    req = number("required", required, -np.inf, np.inf, method=METHOD, unit="N·m")
    mu = number("mean", mean, 0.0, np.inf, method=METHOD, unit="N·m", lo_open=True)
    s = number("sd", sd, 0.0, np.inf, method=METHOD, unit="N·m", lo_open=True)
    return _scalarize(np.asarray(100.0 * ndtr((mu - req) / s), dtype=float))


def strength_distribution(body: Body, pose: Pose, joint: str, direction: str = "extensor", *,
                          sex: str | None = None, age_group: str = "young") -> tuple[Array, Array]:
    """(mean, SD) of the maximum voluntary isometric moment of ``joint`` in ``pose``, N·m, BOTH SIDES.

    People of ``body``'s mass and stature and of ``sex`` (default ``body.sex``); ``joint`` in hip, knee, ankle;
    ``direction`` extensor or flexor; ``age_group`` young (18-25 y), middle (55-65 y), senior (> 65 y). Anderson
    et al. (2007) Table 3 (see the module docstring for the source and the assumptions).

    >>> b = Body(75, 1.75, "male")
    >>> m, s = strength_distribution(b, Pose(knee=np.rad2deg(1.133)), "knee")   # at the peak angle C3
    >>> round(float(m)), round(float(s))                                        # 2 x 0.163 m g H, 2 x 0.040 m g H
    (420, 103)
    """
    if not isinstance(body, Body):
        raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
    if not isinstance(pose, Pose):
        raise ValueError(f"pose must be a hinge_model.Pose, got {type(pose).__name__}")
    if joint in NOT_ASSESSED:
        raise ValueError(f"joint = {joint!r} is not assessed by the population method: {NOT_ASSESSED[joint]}; "
                         f"choose one of {', '.join(map(repr, ASSESSED_JOINTS))}")
    check_choice("joint", joint, ASSESSED_JOINTS)
    check_choice("direction", direction, ("extensor", "flexor"))
    check_choice("age_group", age_group, AGE_GROUPS)
    sex = body.sex if sex is None else check_choice("sex", sex, tuple(POPULATIONS.values()))
    person = body if sex == body.sex else Body(mass=body.mass, height=body.height, sex=sex)
    mean = np.asarray(joint_strength(person, pose, joint, direction, age_group), dtype=float)
    key = (joint, direction, sex, age_group)
    cv = ANDERSON_2007_C1_SD[key] / ANDERSON_2007[key][0]
    return mean, cv * mean


def joint_percent_capable(body: Body, pose: Pose, joint: str, moment: ArrayLike, *, sex: str,
                          age_group: str = "young") -> Array:
    """Percent capable at ``joint`` for a net moment (N·m, extensor +, both sides) in ``pose``, per frame.

    A positive moment is judged against extensor strength, a negative one against flexor strength with
    |moment|; a zero moment needs no strength (100 %).
    """
    m = as_float_array(f"moment[{joint!r}]", moment)
    ext_mean, ext_sd = strength_distribution(body, pose, joint, "extensor", sex=sex, age_group=age_group)
    flx_mean, flx_sd = strength_distribution(body, pose, joint, "flexor", sex=sex, age_group=age_group)
    ext = percent_capable(np.maximum(m, 0.0), ext_mean, ext_sd)
    flx = percent_capable(np.maximum(-m, 0.0), flx_mean, flx_sd)
    return np.asarray(np.where(m > 0, ext, np.where(m < 0, flx, 100.0)), dtype=float)


def capable_by_joint(analysis: Any, *, age_group: str = "young") -> dict[str, dict[str, float]]:
    """{joint: {"men": %, "women": %}} at each assessed joint's hardest frame of ``analysis`` (an Analysis)."""
    return _capability(analysis, age_group)[0]


def _capability(analysis: Any, age_group: str) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, int]]]:
    body, pose = analysis.body, analysis.pose
    out: dict[str, dict[str, float]] = {}
    frames: dict[str, dict[str, int]] = {}
    for joint in ASSESSED_JOINTS:
        out[joint], frames[joint] = {}, {}
        for label, sex in POPULATIONS.items():
            pct = np.atleast_1d(joint_percent_capable(body, pose, joint, analysis.moments[joint], sex=sex,
                                                      age_group=age_group))
            k = int(np.argmin(pct))
            out[joint][label], frames[joint][label] = float(pct[k]), k
    return out, frames


def assess_population(analysis: Any, *, age_group: str = "young") -> MethodResult:
    """The population method for one task (``analysis``: a hinge_model Analysis, one pose or frames).

    ``values["capable"]`` = {"men": %, "women": %} of the weakest joint; ``values["capable_by_joint"]`` per joint;
    ``values["weakest"]`` the deciding joint per population; ``values["frame"]`` the hardest frame per joint.
    There is no pass/fail threshold (verdict "no threshold"): we found no citable design limit for percent capable.
    """
    check_choice("age_group", age_group, AGE_GROUPS)
    by_joint, frames = _capability(analysis, age_group)
    weakest = {label: min(by_joint, key=lambda j, lb=label: by_joint[j][lb]) for label in POPULATIONS}
    capable = {label: by_joint[weakest[label]][label] for label in POPULATIONS}
    required = {j: float(np.max(np.abs(np.atleast_1d(analysis.moments[j])))) for j in ASSESSED_JOINTS}
    body = analysis.body
    says = (f"{capable['men']:.0f} % of men and {capable['women']:.0f} % of women of this size are strong enough "
            f"(weakest joint: {weakest['men']} for men, {weakest['women']} for women)")
    why = (f"the {weakest['women']} must produce {required[weakest['women']]:.0f} N·m; strength varies from person "
           "to person (mean and SD of Anderson et al. 2007), so a per-joint percentage, not a yes/no")
    return MethodResult(
        method=METHOD, verdict="no threshold", says=says, why=why,
        inputs={"body": f"{body.mass:g} kg, {body.height:g} m, {body.sex}", "age_group": age_group,
                "joints": ASSESSED_JOINTS, "not_assessed": dict(NOT_ASSESSED)},
        values={"capable": capable, "capable_by_joint": by_joint, "weakest": weakest, "frame": frames,
                "required_moment": required},
        source="Anderson, Madigan & Nussbaum (2007) J Biomech 40:3105, Table 3 (means and SDs; second-hand via "
               "the RBDL transcription)",
    )
