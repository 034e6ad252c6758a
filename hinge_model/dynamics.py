r"""Inverse dynamics (Newton-Euler) of a joint-angle trajectory, reusing the ONE moment sum of the statics.

For each frame the net joint moments are :func:`hinge_model.statics.joint_loads` with accelerations::

    tau_J = sum_i m_i [ (x_i - x_J)(a_iy + g) - (y_i - y_J) a_ix ] + sum_i I_i alpha_i ,   M_J = s_J tau_J

(extensor positive, both sides, N*m; :mod:`hinge_model.conventions`). Kinematic inputs:

* joint angles q(t), velocities q'(t), accelerations q''(t) in deg, deg/s, deg/s^2 (analytic for a
  :class:`~hinge_model.movements.Movement`: minimum-jerk polynomials);
* segment angular accelerations: the absolute segment angles are LINEAR in the joint angles
  (:func:`hinge_model.kinematics.segment_angles`), so alpha = segment_angles(q'') exactly. Trunk and leg angles
  grow CLOCKWISE and arm angles ANTICLOCKWISE in the conventions figure, while ``joint_loads`` wants alpha
  anticlockwise positive: alpha_ccw = -phi'' for shank, thigh, pelvis, abdomen, thorax, head and +psi'' for
  upper_arm, forearm, hand; the foot does not move;
* linear accelerations of every segment CoM and of the load (the grip point), exactly, by the rigid-body
  relation along the chain: a point P of segment B that turns about the joint centre O (itself a point of B's
  parent) with angular velocity omega and acceleration alpha (anticlockwise +) has::

      a_P = a_O + alpha k x (P - O) - omega^2 (P - O)          (k x (x, y) = (-y, x))

  starting from the fixed ankle; positions come from :func:`hinge_model.kinematics.forward` at q, omega and alpha
  from the same linear map as alpha (so nothing is differentiated numerically).

The L5/S1 dynamic force and moment go to :func:`hinge_model.spine.spine_loads` for dynamic compression and shear
(None while the spine module is a placeholder). The centre of pressure ``cop_x`` checks DYNAMIC balance (the
contract's ``balanced`` is the static CoM test): with y_floor = -ankle height,
x_cop = (M_ankle + m_foot g x_foot_com + y_floor F_x) / F_y, which is the CoM x in statics.
Slow movements converge to statics (tested: a 60 s lift is within
1 % of the static moments).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .anthropometry import Body
from .conventions import ANGLE_RANGES, JOINTS, LOAD_RANGE, G
from .kinematics import Kinematics, _segment_angles, forward
from .pose import Pose
from .statics import joint_loads
from .validation import broadcast, check_array, check_flag, check_instance, check_keys

Array = NDArray[np.float64]

#: Segments whose absolute angle grows clockwise (trunk, legs) - their anticlockwise alpha is -phi''.
CLOCKWISE_SEGMENTS: frozenset[str] = frozenset({"shank", "thigh", "pelvis", "abdomen", "thorax", "head"})
#: The chain for the acceleration recursion: segment -> (the joint centre it turns about, the segment that joint
#: centre belongs to; None = the fixed foot/ground). The hand is rigid with the forearm (the elbow is its joint).
PIVOTS: dict[str, tuple[str, str | None]] = {
    "shank": ("ankle", None),
    "thigh": ("knee", "shank"),
    "pelvis": ("hip", "thigh"),
    "abdomen": ("L5S1", "pelvis"),
    "thorax": ("thoracolumbar", "abdomen"),
    "head": ("shoulder", "thorax"),
    "upper_arm": ("shoulder", "thorax"),
    "forearm": ("elbow", "upper_arm"),
    "hand": ("elbow", "upper_arm"),
}


@dataclass(frozen=True)
class DynamicLoads:
    """Inverse-dynamics result over frames: moments (N*m, extensor +), forces (N, (..., 2)), accelerations."""

    time: Array
    moments: dict[str, Array]
    forces: dict[str, Array]
    static_moments: dict[str, Array]
    accelerations: dict[str, Array]  # segment / "load" -> (..., 2) m/s^2
    angular_accelerations: dict[str, Array]  # segment -> rad/s^2, anticlockwise +
    spine: Any = None  # hinge_model.spine result with the dynamic L5S1 moment and force
    spine_levels: Any = None  # {"L5S1", "L4L5"} -> SpineLoads (hinge_model.spine_levels), dynamic
    cop_x: Array | None = None  # centre of pressure x (m from the ankle): dynamic balance needs heel <= cop <= toe
    ground_force: Array | None = None  # ground reaction force on the feet (N, (..., 2))


def _pose(q: dict[str, Array]) -> Pose:
    return Pose._unchecked(q)


def _joint_dict(name: str, d: object, unit: str, angles: bool = False) -> dict[str, Array]:
    """Validate a {joint: value} dict: keys among JOINTS (typos refused), finite numbers (angles in their range);
    missing joints are 0. Returns float arrays (not yet broadcast)."""
    check_keys(name, d, JOINTS)
    out = {}
    for j in JOINTS:
        lo, hi = ANGLE_RANGES[j] if angles else (-np.inf, np.inf)
        out[j] = check_array(f"{name}[{j!r}]", d.get(j, 0.0), lo, hi, unit)  # type: ignore[union-attr]
    return out


def _joint_dicts(q: object, qd: object, qdd: object) -> tuple[dict[str, Array], ...]:
    """q (deg), qd (deg/s), qdd (deg/s^2) validated and broadcast to one shape."""
    dicts = (_joint_dict("q", q, "deg", angles=True), _joint_dict("qd", qd, "deg/s"),
             _joint_dict("qdd", qdd, "deg/s^2"))
    named = {f"{n}[{j!r}]": d[j] for n, d in zip(("q", "qd", "qdd"), dicts, strict=True) for j in JOINTS}
    arrays = iter(broadcast(named))
    return tuple({j: next(arrays) for j in JOINTS} for _ in dicts)


def angular_accelerations(qdd: dict[str, ArrayLike]) -> dict[str, Array]:
    """Segment angular accelerations (rad/s^2, anticlockwise +) from joint accelerations (deg/s^2).

    ``qdd`` maps joint names (:data:`~hinge_model.conventions.JOINTS`) to finite numbers or arrays; missing joints
    are 0, an unknown name (a typo) is refused.
    """
    d = _joint_dict("qdd", qdd, "deg/s^2")
    ns = SimpleNamespace(**dict(zip(JOINTS, broadcast({f"qdd[{j!r}]": d[j] for j in JOINTS}), strict=True)))
    raw = _segment_angles(ns)  # linear in the angles: works on accelerations
    return {n: (-a if n in CLOCKWISE_SEGMENTS else a) for n, a in raw.items()}


def _relative(alpha: Array, omega: Array, r: Array) -> Array:
    """alpha k x r - omega^2 r for a planar r (..., 2) on a body turning at omega, alpha (anticlockwise +)."""
    perp = np.stack((-r[..., 1], r[..., 0]), axis=-1)
    return alpha[..., None] * perp - (omega**2)[..., None] * r


def linear_accelerations(body: Body, q: dict[str, Array], qd: dict[str, Array], qdd: dict[str, Array],
                         kin: Kinematics | None = None) -> dict[str, Array]:
    """Accelerations (m/s^2, (..., 2)) of every segment CoM and of the load (grip) for joint angles q (deg),
    velocities qd (deg/s) and accelerations qdd (deg/s^2), exact (module docstring); ``kin`` is
    ``forward(body, q)`` when the caller has it already.

    Dicts as in :func:`joint_space_inverse_dynamics` (missing joints 0, typos refused, q in the joint ranges)."""
    check_instance("body", body, Body, "a hinge_model.Body")
    if kin is None:
        q, qd, qdd = _joint_dicts(q, qd, qdd)
        kin = forward(body, _pose(q))
    omega = angular_accelerations(qd)  # the same linear map gives the segment angular velocities (anticlockwise +)
    alpha = angular_accelerations(qdd)
    joint_acc = {"ankle": np.zeros(kin.points["ankle"].shape)}  # the ankle is fixed

    def acc(seg: str, p: Array) -> Array:  # acceleration of the point p (..., 2) fixed in segment seg
        joint = PIVOTS[seg][0]
        return joint_acc[joint] + _relative(alpha[seg], omega[seg], p - kin.points[joint])

    for joint, parent in PIVOTS.values():  # parents come first in PIVOTS
        if joint not in joint_acc:
            joint_acc[joint] = acc(parent, kin.points[joint])  # type: ignore[arg-type]
    out = {n: acc(n, kin.coms[n]) for n in PIVOTS}
    out["foot"] = np.zeros(kin.coms["foot"].shape)
    out["load"] = acc("hand", kin.points["hand"])
    return out


def joint_space_inverse_dynamics(body: Body, q: dict[str, ArrayLike], qd: dict[str, ArrayLike],
                                 qdd: dict[str, ArrayLike], load_mass: ArrayLike = 0.0, *,
                                 with_spine: bool = True) -> DynamicLoads:
    """Dynamic net joint moments for joint angles q (deg), velocities (deg/s), accelerations (deg/s^2).

    Keys are joint names (:data:`~hinge_model.conventions.JOINTS`); missing joints are 0 and an unknown name (a
    typo such as ``'hipp'``) is refused with the allowed names. Angles must lie in the joint ranges, ``load_mass``
    in [0, 300] kg. Arrays broadcast (e.g. over frames). ``time`` of the result is empty.
    ``with_spine=False`` skips the spine loads (``spine`` is then None) and the static moments (empty dict).
    """
    check_instance("body", body, Body, "a hinge_model.Body")
    with_spine = check_flag("with_spine", with_spine)
    qf, qdf, qddf = _joint_dicts(q, qd, qdd)
    load = check_array("load_mass", load_mass, *LOAD_RANGE, "kg")
    broadcast({"q": qf["ankle"], "load_mass": load})
    pose = Pose(**qf)
    kin = forward(body, pose)
    acc = linear_accelerations(body, qf, qdf, qddf, kin)
    alpha = angular_accelerations(qddf)
    moments, forces = joint_loads(body, kin, load, acc, alpha)
    static: dict[str, Array] = {}
    spine = levels = None
    if with_spine:
        static, _ = joint_loads(body, kin, load)
        from .spine_levels import spine_levels

        levels = spine_levels(body, pose, kin.points, kin.angles, moments["L5S1"], forces["L5S1"])
        spine = levels["L5S1"]
    # ground reaction: the foot is static, so GRF = F_ankle + m_foot g (up); its moment about the ankle balances
    # the ankle moment and the foot's weight: x_cop F_y - y_floor F_x = M_ankle + m_foot g x_foot
    m_foot = body.segments["foot"].mass
    grf = forces["ankle"] + np.array([0.0, m_foot * G])
    x_foot = kin.coms["foot"][..., 0]
    cop = (moments["ankle"] + m_foot * G * x_foot - body.ankle_height * grf[..., 0]) / grf[..., 1]
    return DynamicLoads(time=np.zeros(0), moments=moments, forces=forces, static_moments=static,
                        accelerations=acc, angular_accelerations=alpha, spine=spine, cop_x=cop, ground_force=grf,
                        spine_levels=levels)


def inverse_dynamics(movement: Any) -> DynamicLoads:
    """Inverse dynamics of a :class:`hinge_model.movements.Movement` at its frames (load from the pick-up on)."""
    from .movements import Movement

    check_instance("movement", movement, Movement, "a hinge_model.Movement (from hinge_model.movement)")
    q, qd, qdd = movement.joint_trajectory(movement.time)
    res = joint_space_inverse_dynamics(movement.body, q, qd, qdd, movement.hand_load)
    return DynamicLoads(time=np.asarray(movement.time), moments=res.moments, forces=res.forces,
                        static_moments=res.static_moments, accelerations=res.accelerations,
                        angular_accelerations=res.angular_accelerations, spine=res.spine, cop_x=res.cop_x,
                        ground_force=res.ground_force, spine_levels=res.spine_levels)


__all__ = [
    "CLOCKWISE_SEGMENTS",
    "PIVOTS",
    "DynamicLoads",
    "angular_accelerations",
    "inverse_dynamics",
    "joint_space_inverse_dynamics",
    "linear_accelerations",
]
