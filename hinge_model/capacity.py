r"""Joint strength and the fraction of it a pose uses ("% capacity") at the hip, knee, ankle and L5/S1.

Entry point: :func:`joint_capacity` (called by :func:`hinge_model.statics.analyze`). All values are for BOTH
SIDES TOGETHER, like the model's net joint moments (bilateral limbs lumped): strength = 2 x one side.

Hip, knee and ankle: Anderson DE, Madigan ML & Nussbaum MA (2007) Maximum voluntary joint torque as a function
of joint angle and angular velocity: model development and application to the lower limb. J Biomech
40(14):3105-3113, Table 3 (mean parameters by joint, direction, sex and age group; 34 adults; one leg). Their
isometric model, normalised by body weight x stature::

    T_iso(theta) = C1 * m * g * H * cos(C2 * (theta - C3))          (g = 9.81 m/s^2 as in the paper)

The coefficients were read from the transcription of Table 3 in the RBDL muscle addon
(rbdl/rbdl, addons/muscle/Millard2016TorqueMuscle.cc, ``Anderson2007Table3Mean``; the scaling C1 * m * g * H is
in ``updateTorqueMuscleCurves``). Angles as we read them from that source: hip and knee flexion and ankle
dorsiflexion positive, 0 in the anatomical position, which is also our convention; this reading is consistent with
the peak angles C3 (hip extensors strongest at ~53 deg of hip flexion, knee extensors at ~65 deg of knee flexion,
plantarflexors at ~23 deg of dorsiflexion) and with the signs of their passive-torque terms (a flexing passive
torque growing in hip and knee hyperextension, a plantarflexing one in strong dorsiflexion). Note that in this fit
the young men's hip extensor strength peaks at ~53 deg of hip flexion and falls beyond it (to ~52 % of peak at
115 deg). Only the isometric part is used (the poses are held still; the
torque-velocity factor is not applied).

ASSUMPTION: the cosine fit describes strength over the angles measured on a dynamometer; extrapolated beyond them
it falls towards 0 (e.g. to 30 % of peak hip extensor strength at 130 deg of hip flexion), which would make the
capacity of a deep lift absurd (> 100 % for a 15 kg floor lift), while the hip extensors demonstrably carry deep
squats. We therefore hold each joint's strength at its value at the edge of :data:`FIT_ANGLE_RANGE` (hip -10 to
90 deg flexion, knee 0 to 110 deg flexion, ankle -30 to +25 deg dorsiflexion: the usual isometric test ranges,
ASSUMPTION) and, as a last guard, never below :data:`ANGLE_FACTOR_FLOOR` of the peak.

L5/S1 (trunk extension): no angle dependence; see :data:`TRUNK_EXTENSION_STRENGTH`.

Capacity = max(moment, 0) / extensor strength: the fraction of the EXTENSOR strength in use (contract). A
flexor demand (negative moment, e.g. at the knee in a stoop) uses no extensor strength and gives 0; see
:func:`flexor_capacity` for hip, knee and ankle flexor demands. Never NaN.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .anthropometry import Body
from .conventions import MOMENT_JOINTS
from .pose import Pose
from .validation import as_float_array, broadcast, check_choice, check_flag, check_instance, check_keys
from .validation import scalarize as _scalarize

Array = NDArray[np.float64]

#: Gravity used in Anderson et al.'s normalisation (m/s^2).
ANDERSON_G: float = 9.81
AGE_GROUPS: tuple[str, ...] = ("young", "middle", "senior")  # 18-25, 55-65, > 65 years (Anderson et al. 2007)

#: (C1 [torque / (m g H)], C2 [1/rad], C3 [rad]) from Anderson et al. (2007) Table 3, means.
#: Keys: (joint, direction, sex, age group).
ANDERSON_2007: MappingProxyType[tuple[str, str, str, str], tuple[float, float, float]] = MappingProxyType(
    {
        ("hip", "extensor", "male", "young"): (0.161, 0.958, 0.932),
        ("hip", "extensor", "female", "young"): (0.181, 0.697, 1.242),
        ("hip", "extensor", "male", "middle"): (0.171, 0.922, 1.176),
        ("hip", "extensor", "female", "middle"): (0.140, 0.830, 1.241),
        ("hip", "extensor", "male", "senior"): (0.144, 0.896, 1.125),
        ("hip", "extensor", "female", "senior"): (0.138, 0.707, 1.542),
        ("hip", "flexor", "male", "young"): (0.113, 0.738, -0.214),
        ("hip", "flexor", "female", "young"): (0.127, 0.650, -0.350),
        ("hip", "flexor", "male", "middle"): (0.107, 0.712, -0.192),
        ("hip", "flexor", "female", "middle"): (0.091, 0.812, -0.196),
        ("hip", "flexor", "male", "senior"): (0.101, 0.762, -0.269),
        ("hip", "flexor", "female", "senior"): (0.081, 0.625, -0.422),
        ("knee", "extensor", "male", "young"): (0.163, 1.258, 1.133),
        ("knee", "extensor", "female", "young"): (0.159, 1.187, 1.274),
        ("knee", "extensor", "male", "middle"): (0.156, 1.225, 1.173),
        ("knee", "extensor", "female", "middle"): (0.128, 1.286, 1.141),
        ("knee", "extensor", "male", "senior"): (0.137, 1.310, 1.067),
        ("knee", "extensor", "female", "senior"): (0.124, 1.347, 1.140),
        ("knee", "flexor", "male", "young"): (0.087, 0.869, 0.522),
        ("knee", "flexor", "female", "young"): (0.080, 0.873, 0.635),
        ("knee", "flexor", "male", "middle"): (0.081, 0.986, 0.523),
        ("knee", "flexor", "female", "middle"): (0.060, 0.967, 0.402),
        ("knee", "flexor", "male", "senior"): (0.069, 0.838, 0.437),
        ("knee", "flexor", "female", "senior"): (0.060, 0.897, 0.445),
        ("ankle", "extensor", "male", "young"): (0.095, 1.391, 0.408),
        ("ankle", "extensor", "female", "young"): (0.104, 1.399, 0.424),
        ("ankle", "extensor", "male", "middle"): (0.114, 1.444, 0.551),
        ("ankle", "extensor", "female", "middle"): (0.093, 1.504, 0.381),
        ("ankle", "extensor", "male", "senior"): (0.106, 1.465, 0.498),
        ("ankle", "extensor", "female", "senior"): (0.125, 1.299, 0.580),
        ("ankle", "flexor", "male", "young"): (0.033, 1.510, -0.187),
        ("ankle", "flexor", "female", "young"): (0.027, 1.079, -0.302),
        ("ankle", "flexor", "male", "middle"): (0.028, 1.293, -0.284),
        ("ankle", "flexor", "female", "middle"): (0.024, 1.308, -0.254),
        ("ankle", "flexor", "male", "senior"): (0.029, 1.419, -0.174),
        ("ankle", "flexor", "female", "senior"): (0.022, 1.096, -0.369),
    }
)

#: ASSUMPTION: the cosine angle factor is not allowed below 30 % of the peak strength (see module docstring).
ANGLE_FACTOR_FLOOR: float = 0.3
#: ASSUMPTION: joint angles (deg) over which the Anderson et al. (2007) cosine fit is used; outside, the strength at
#: the nearest edge is used (see module docstring).
FIT_ANGLE_RANGE: MappingProxyType[str, tuple[float, float]] = MappingProxyType(
    {"hip": (-10.0, 90.0), "knee": (0.0, 110.0), "ankle": (-30.0, 25.0)}
)

#: Isometric trunk (L5/S1) extension strength, BOTH SIDES (the whole trunk), N*m, for a reference person:
#: men 250-350 N*m, women 150-220 N*m (Chaffin DB, Andersson GBJ & Martin BJ, Occupational Biomechanics; the
#: 3DSSPP population strengths; second-hand, from the project's reference notes, not re-checked). We take the
#: mid-points, 300 N*m for a 75 kg / 1.75 m man and 185 N*m for a 62 kg / 1.63 m woman (ASSUMPTION: reference
#: sizes), and scale by body weight x stature as Anderson et al. (2007) do for the limbs.
TRUNK_EXTENSION_STRENGTH: MappingProxyType[str, tuple[float, float, float]] = MappingProxyType(
    {"male": (300.0, 75.0, 1.75), "female": (185.0, 62.0, 1.63)}  # (N*m, reference kg, reference m)
)

#: Pose field holding each joint's angle (degrees) in the Anderson et al. convention.
_ANGLE_FIELD = {"hip": "hip", "knee": "knee", "ankle": "ankle"}
CAPACITY_JOINTS: tuple[str, ...] = ("hip", "knee", "ankle", "L5S1")



def joint_strength(
    body: Body, pose: Pose, joint: str, direction: str = "extensor", age_group: str = "young", *,
    extrapolate: bool = False,
) -> Array:
    """Maximum voluntary isometric moment (N*m, BOTH SIDES) of ``joint`` in ``pose``, shape = pose.shape.

    ``joint`` in hip, knee, ankle (Anderson et al. 2007, angle-dependent) or L5S1 (extensor only, constant).
    ``extrapolate=True`` returns Anderson et al.'s bare cosine at every angle (no hold at the edge of
    :data:`FIT_ANGLE_RANGE`, no floor): for showing why the package does not use it outside the fit.

    >>> b = Body(75, 1.75, "male")
    >>> round(float(joint_strength(b, Pose(knee=np.rad2deg(1.133)), "knee")))   # 2 x 0.163 m g H
    420
    """
    _body_pose(body, pose)
    check_choice("joint", joint, CAPACITY_JOINTS)
    check_choice("direction", direction, ("extensor", "flexor"))
    check_choice("age_group", age_group, AGE_GROUPS)
    extrapolate = check_flag("extrapolate", extrapolate)
    if joint == "L5S1":
        if direction != "extensor":
            raise ValueError("direction = 'flexor' is not available for joint 'L5S1'; choose 'extensor'")
        ref, ref_mass, ref_height = TRUNK_EXTENSION_STRENGTH[body.sex]
        value = ref * (body.mass * body.height) / (ref_mass * ref_height)
        return np.full(pose.shape, value)
    c1, c2, c3 = ANDERSON_2007[(joint, direction, body.sex, age_group)]
    angle = getattr(pose, _ANGLE_FIELD[joint])
    if extrapolate:
        factor = np.cos(c2 * (np.deg2rad(angle) - c3))
    else:
        theta = np.deg2rad(np.clip(angle, *FIT_ANGLE_RANGE[joint]))
        arg = np.clip(c2 * (theta - c3), -np.pi / 2, np.pi / 2)
        factor = np.maximum(np.cos(arg), ANGLE_FACTOR_FLOOR)
    return 2.0 * c1 * body.mass * ANDERSON_G * body.height * factor


def _body_pose(body: object, pose: object) -> None:
    check_instance("body", body, Body, "a hinge_model.Body")
    check_instance("pose", pose, Pose, "a hinge_model.Pose")


def _moments(moments: dict[str, ArrayLike], joints: tuple[str, ...], pose: Pose) -> dict[str, Array]:
    """The needed moments as finite arrays; keys must be joint names (a typo is refused), shapes must broadcast
    with the pose."""
    check_keys("moments", moments, tuple(MOMENT_JOINTS), required=joints)
    out = {j: as_float_array(f"moments[{j!r}]", moments[j]) for j in joints}
    broadcast({"pose": np.zeros(pose.shape), **{f"moments[{j!r}]": v for j, v in out.items()}})
    return out


def joint_capacity(
    body: Body, pose: Pose, moments: dict[str, ArrayLike], age_group: str = "young"
) -> dict[str, Any]:
    """Fraction of the extensor strength in use at hip, knee, ankle and L5S1 (1.0 = 100 %), both sides together.

    ``moments``: net joint moments (N*m, extensor +, both sides), e.g. ``Analysis.moments``.
    Capacity = max(moment, 0) / :func:`joint_strength` (extensor); a flexor demand gives 0. Never NaN.
    """
    _body_pose(body, pose)
    check_choice("age_group", age_group, AGE_GROUPS)
    m = _moments(moments, CAPACITY_JOINTS, pose)
    out: dict[str, Any] = {}
    for j in CAPACITY_JOINTS:
        strength = joint_strength(body, pose, j, "extensor", age_group)
        shape = np.broadcast_shapes(np.shape(m[j]), np.shape(strength))
        out[j] = _scalarize(np.broadcast_to(np.maximum(m[j], 0.0) / strength, shape).copy())
    return out


def flexor_capacity(
    body: Body, pose: Pose, moments: dict[str, ArrayLike], age_group: str = "young"
) -> dict[str, Any]:
    """Fraction of the FLEXOR strength in use at hip, knee and ankle: max(-moment, 0) / flexor strength."""
    joints = ("hip", "knee", "ankle")
    _body_pose(body, pose)
    check_choice("age_group", age_group, AGE_GROUPS)
    m = _moments(moments, joints, pose)
    out: dict[str, Any] = {}
    for j in joints:
        strength = joint_strength(body, pose, j, "flexor", age_group)
        shape = np.broadcast_shapes(np.shape(m[j]), np.shape(strength))
        out[j] = _scalarize(np.broadcast_to(np.maximum(-m[j], 0.0) / strength, shape).copy())
    return out
