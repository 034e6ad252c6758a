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
* linear accelerations of every segment CoM and of the load (the grip point): a = J q'' + (dJ/dt) q', computed as
  directional finite differences of the forward kinematics along q' and q'' at the same instant::

      a ~ [p(q + e q') - 2 p(q) + p(q - e q')] / e^2 + [p(q + e q'') - p(q - e q'')] / (2 e)

  with e = 1e-4 s (truncation ~e^2, round-off ~1e-8 m/s^2), so no error comes from the trajectory's pieces.

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
from .conventions import JOINTS, G
from .kinematics import Kinematics, forward, segment_angles
from .pose import Pose
from .statics import joint_loads

Array = NDArray[np.float64]

#: Segments whose absolute angle grows clockwise (trunk, legs) - their anticlockwise alpha is -phi''.
CLOCKWISE_SEGMENTS: frozenset[str] = frozenset({"shank", "thigh", "pelvis", "abdomen", "thorax", "head"})
#: Finite-difference step along q' and q'' (s).
FD_STEP: float = 1e-4


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
    cop_x: Array | None = None  # centre of pressure x (m from the ankle): dynamic balance needs heel <= cop <= toe
    ground_force: Array | None = None  # ground reaction force on the feet (N, (..., 2))


def _pose(q: dict[str, Array]) -> Pose:
    return Pose(**{j: q[j] for j in JOINTS})


def _shift(q: dict[str, Array], v: dict[str, Array], e: float) -> dict[str, Array]:
    return {j: q[j] + e * v[j] for j in JOINTS}


def _points(kin: Kinematics) -> dict[str, Array]:
    pts = dict(kin.coms)
    pts["load"] = kin.points["hand"]
    return pts


def angular_accelerations(qdd: dict[str, ArrayLike]) -> dict[str, Array]:
    """Segment angular accelerations (rad/s^2, anticlockwise +) from joint accelerations (deg/s^2)."""
    ns = SimpleNamespace(**{j: np.asarray(qdd.get(j, 0.0), dtype=float) for j in JOINTS})
    ns_b = np.broadcast_arrays(*(getattr(ns, j) for j in JOINTS))
    ns = SimpleNamespace(**dict(zip(JOINTS, ns_b, strict=True)))
    raw = segment_angles(ns)  # type: ignore[arg-type]  # linear in the angles: works on accelerations
    return {n: (-a if n in CLOCKWISE_SEGMENTS else a) for n, a in raw.items()}


def linear_accelerations(body: Body, q: dict[str, Array], qd: dict[str, Array], qdd: dict[str, Array],
                         step: float = FD_STEP) -> dict[str, Array]:
    """Accelerations (m/s^2, (..., 2)) of every segment CoM and of the load (grip) for joint angles q (deg),
    velocities qd (deg/s), accelerations qdd (deg/s^2): a = D^2 p[q', q'] + D p[q''] by central differences."""
    p0 = _points(forward(body, _pose(q)))
    pv_plus = _points(forward(body, _pose(_shift(q, qd, step))))
    pv_minus = _points(forward(body, _pose(_shift(q, qd, -step))))
    pa_plus = _points(forward(body, _pose(_shift(q, qdd, step))))
    pa_minus = _points(forward(body, _pose(_shift(q, qdd, -step))))
    return {
        n: (pv_plus[n] - 2.0 * p0[n] + pv_minus[n]) / step**2 + (pa_plus[n] - pa_minus[n]) / (2.0 * step)
        for n in p0
    }


def joint_space_inverse_dynamics(body: Body, q: dict[str, ArrayLike], qd: dict[str, ArrayLike],
                                 qdd: dict[str, ArrayLike], load_mass: ArrayLike = 0.0, *,
                                 with_spine: bool = True, step: float = FD_STEP) -> DynamicLoads:
    """Dynamic net joint moments for joint angles q (deg), velocities (deg/s), accelerations (deg/s^2).

    Missing joints are 0. Arrays broadcast (e.g. over frames). ``time`` of the result is empty.
    ``with_spine=False`` skips the spine loads (``spine`` is then None) and the static moments (empty dict).
    ``step`` (s) is the finite-difference step along q' and q'' (smaller keeps the probes q +- step q'' inside
    the joint ranges for angles measured right at a range limit).
    """
    def full(d: dict[str, ArrayLike]) -> dict[str, Array]:
        arrays = np.broadcast_arrays(*(np.asarray(d.get(j, 0.0), dtype=float) for j in JOINTS))
        return dict(zip(JOINTS, arrays, strict=True))

    qf, qdf, qddf = full(q), full(qd), full(qdd)
    shape = np.broadcast_shapes(qf["ankle"].shape, qdf["ankle"].shape, qddf["ankle"].shape)
    qf, qdf, qddf = ({j: np.broadcast_to(v[j], shape) for j in JOINTS} for v in (qf, qdf, qddf))
    load = np.asarray(load_mass, dtype=float)
    kin = forward(body, _pose(qf))
    acc = linear_accelerations(body, qf, qdf, qddf, step)
    alpha = angular_accelerations(qddf)
    moments, forces = joint_loads(body, kin, load, acc, alpha)
    static: dict[str, Array] = {}
    spine = None
    if with_spine:
        static, _ = joint_loads(body, kin, load)
        from .spine import spine_loads

        spine = spine_loads(body, _pose(qf), kin.angles, moments["L5S1"], forces["L5S1"])
    # ground reaction: the foot is static, so GRF = F_ankle + m_foot g (up); its moment about the ankle balances
    # the ankle moment and the foot's weight: x_cop F_y - y_floor F_x = M_ankle + m_foot g x_foot
    m_foot = body.segments["foot"].mass
    grf = forces["ankle"] + np.array([0.0, m_foot * G])
    x_foot = kin.coms["foot"][..., 0]
    cop = (moments["ankle"] + m_foot * G * x_foot - body.ankle_height * grf[..., 0]) / grf[..., 1]
    return DynamicLoads(time=np.zeros(0), moments=moments, forces=forces, static_moments=static,
                        accelerations=acc, angular_accelerations=alpha, spine=spine, cop_x=cop, ground_force=grf)


def inverse_dynamics(movement: Any) -> DynamicLoads:
    """Inverse dynamics of a :class:`hinge_model.movements.Movement` at its frames (load from the pick-up on)."""
    q, qd, qdd = movement.joint_trajectory(movement.time)
    res = joint_space_inverse_dynamics(movement.body, q, qd, qdd, movement.load)
    return DynamicLoads(time=np.asarray(movement.time), moments=res.moments, forces=res.forces,
                        static_moments=res.static_moments, accelerations=res.accelerations,
                        angular_accelerations=res.angular_accelerations, spine=res.spine, cop_x=res.cop_x,
                        ground_force=res.ground_force)


__all__ = [
    "CLOCKWISE_SEGMENTS",
    "DynamicLoads",
    "angular_accelerations",
    "inverse_dynamics",
    "joint_space_inverse_dynamics",
    "linear_accelerations",
]
