"""Net joint moments, whole-body CoM and balance for a pose held still with a load in the hands.

``analyze(body, pose, load_mass)`` is the entry point (contract). The joint-moment sum is written once in
:func:`joint_loads`, which :mod:`hinge_model.dynamics` reuses with accelerations (statics = zero accelerations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .anthropometry import Body
from .conventions import ABOVE_L5S1, LOAD_RANGE, MOMENT_JOINTS, SEGMENTS, G
from .kinematics import Kinematics, forward
from .pose import Pose
from .validation import broadcast, check_array, check_choice, check_instance, check_keys, check_range
from .validation import scalarize as _scalarize

Array = NDArray[np.float64]

#: Bodies whose motion ``joint_loads`` needs with accelerations: every segment above the ankle, and the load.
_MOVING: tuple[str, ...] = (*SEGMENTS[1:], "load")

@dataclass(frozen=True)
class SegmentState:
    """A segment in a pose: lumped mass (kg) and CoM position (m, (..., 2))."""

    mass: float
    com: Array


@dataclass(frozen=True)
class Analysis:
    """Everything ``analyze`` computes; arrays have the pose's broadcast shape (points: trailing axis x, y)."""

    body: Body
    pose: Pose
    load_mass: Array
    points: dict[str, Array]
    segments: dict[str, SegmentState]
    com: Array  # whole body + load, (..., 2)
    moments: dict[str, Array]  # N*m, extensor positive, both sides
    forces: dict[str, Array]  # N, force the lower body exerts on the part above each joint, (..., 2)
    balanced: Array  # bool: com x between heel and toe
    upper_body_com: Array  # CoM of the segments above L5S1 without the load, (..., 2)
    upper_body_mass: float
    angles: dict[str, Array]  # absolute segment angles, rad (see kinematics.segment_angles)
    spine: Any = None  # hinge_model.spine.SpineLoads
    spine_levels: Any = None  # {"L5S1": SpineLoads, "L4L5": SpineLoads} (hinge_model.spine_levels)
    capacity: dict[str, Array] | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def shape(self) -> tuple[int, ...]:
        return self.pose.shape


def _same_frames(name: str, shape: tuple[int, ...], pose_shape: tuple[int, ...]) -> None:
    try:
        np.broadcast_shapes(shape, pose_shape)
    except ValueError:
        raise ValueError(f"{name} of shape {shape} does not broadcast with the pose shape {pose_shape}; allowed: "
                         "shapes that numpy can broadcast with it (equal, or 1 along a differing axis)") from None


def joint_loads(
    body: Body,
    kin: Kinematics,
    load_mass: Array,
    accelerations: dict[str, Array] | None = None,
    angular_accelerations: dict[str, Array] | None = None,
) -> tuple[dict[str, Array], dict[str, Array]]:
    """Net joint moments (extensor +, N*m) and joint forces (N) for the chain, static or dynamic.

    For joint J with the set S of bodies above it (segments and the load, a point mass at the grip)::

        tau_J = sum_i m_i [ (x_i - x_J)(a_iy + g) - (y_i - y_J) a_ix ] + sum_i I_i alpha_i
        M_J   = s_J * tau_J
        F_J   = sum_i m_i (a_i + g_up)        (force from below on the part above, g_up = (0, g))

    ``accelerations`` maps each segment name and ``"load"`` to linear accelerations (..., 2) in m/s^2;
    ``angular_accelerations`` maps segment names to alpha (rad/s^2, anticlockwise positive); a segment left out
    has alpha = 0. Omit both for statics. ``load_mass`` (kg) must lie in [0, 300]; a negative load is refused.
    """
    check_instance("body", body, Body, "a hinge_model.Body")
    check_instance("kin", kin, Kinematics, "a hinge_model.kinematics.Kinematics (from kinematics.forward)")
    load_mass = check_array("load_mass", load_mass, *LOAD_RANGE, "kg")
    pose_shape = np.shape(kin.points["hand"])[:-1]
    _same_frames("load_mass", load_mass.shape, pose_shape)
    if accelerations is not None:
        check_keys("accelerations", accelerations, (*SEGMENTS, "load"), required=_MOVING)
        accelerations = {k: check_array(f"accelerations[{k!r}]", v, unit="m/s^2") for k, v in accelerations.items()}
        for k, v in accelerations.items():
            if v.shape[-1:] != (2,):
                raise ValueError(f"accelerations[{k!r}] must have a last axis of length 2 (x, y), got shape {v.shape}")
            _same_frames(f"accelerations[{k!r}]", v.shape[:-1], pose_shape)
    if angular_accelerations is not None:
        check_keys("angular_accelerations", angular_accelerations, SEGMENTS)
        angular_accelerations = {k: check_array(f"angular_accelerations[{k!r}]", v, unit="rad/s^2")
                                 for k, v in angular_accelerations.items()}
        for k, v in angular_accelerations.items():
            _same_frames(f"angular_accelerations[{k!r}]", v.shape, pose_shape)
    positions = dict(kin.coms)
    positions["load"] = kin.points["hand"]
    masses: dict[str, Any] = {n: body.segments[n].mass for n in SEGMENTS}
    masses["load"] = load_mass
    moments: dict[str, Array] = {}
    forces: dict[str, Array] = {}
    for joint, (above, sign) in MOMENT_JOINTS.items():
        xj = kin.points[joint][..., 0]
        yj = kin.points[joint][..., 1]
        tau = 0.0
        fx = 0.0
        fy = 0.0
        for name in (*above, "load"):
            m = masses[name]
            x = positions[name][..., 0] - xj
            if accelerations is None:
                tau = tau + m * G * x
                fy = fy + m * G
            else:
                y = positions[name][..., 1] - yj
                ax = accelerations[name][..., 0]
                ay = accelerations[name][..., 1]
                tau = tau + m * (x * (ay + G) - y * ax)
                fx = fx + m * ax
                fy = fy + m * (ay + G)
                if angular_accelerations is not None and name in angular_accelerations:
                    tau = tau + body.segments[name].inertia * angular_accelerations[name]
        shape = np.broadcast_shapes(np.shape(xj), np.shape(load_mass), np.shape(tau))
        moments[joint] = np.broadcast_to(sign * np.asarray(tau, dtype=float), shape).copy()
        fxa = np.broadcast_to(np.asarray(fx, dtype=float), shape)
        fya = np.broadcast_to(np.asarray(fy, dtype=float), shape)
        forces[joint] = np.stack((fxa, fya), axis=-1)
    return moments, forces


def center_of_mass(body: Body, kin: Kinematics, load_mass: ArrayLike, names: tuple[str, ...] = SEGMENTS) -> Array:
    """CoM (..., 2) of the named segments plus ``load_mass`` (kg, [0, 300]) at the grip.

    ``names``: segment names (default all); there must be some mass (a segment, or a load > 0).
    """
    check_instance("body", body, Body, "a hinge_model.Body")
    check_instance("kin", kin, Kinematics, "a hinge_model.kinematics.Kinematics (from kinematics.forward)")
    load_mass = check_array("load_mass", load_mass, *LOAD_RANGE, "kg")
    if isinstance(names, str):
        names = (names,)
    try:
        names = tuple(names)
    except TypeError:
        raise ValueError(f"names must be a tuple of segment names among {', '.join(map(repr, SEGMENTS))}; "
                         f"got {names!r}") from None
    for n in names:
        check_choice("names[...]", n, SEGMENTS)
    if not names and not np.all(load_mass > 0.0):
        raise ValueError("names = () with load_mass = 0 kg has no mass, so no centre of mass; allowed: at least one "
                         f"segment name among {', '.join(map(repr, SEGMENTS))} or load_mass > 0")
    _same_frames("load_mass", load_mass.shape, np.shape(kin.points["hand"])[:-1])
    total = np.asarray(load_mass, dtype=float)[..., None] * kin.points["hand"]
    mass = np.asarray(load_mass, dtype=float)
    for n in names:
        total = total + body.segments[n].mass * kin.coms[n]
        mass = mass + body.segments[n].mass
    return total / np.asarray(mass)[..., None]


def moment_contributions(a: Analysis, joint: str = "L5S1") -> dict[str, Array]:
    """Static moment at ``joint`` split into one term per body above it: weight x horizontal lever (N*m).

    Keys are the segment names above the joint and ``"load"``; the terms add up to ``a.moments[joint]``
    (extensor +). This is the "sum of weight x lever" reading of the equation the derivation notebook shows.
    """
    check_instance("a", a, Analysis, "a hinge_model.Analysis (from hinge_model.analyze)")
    check_choice("joint", joint, tuple(MOMENT_JOINTS))
    above, sign = MOMENT_JOINTS[joint]
    xj = a.points[joint][..., 0]
    out = {n: _scalarize(sign * a.segments[n].mass * G * (a.segments[n].com[..., 0] - xj)) for n in above}
    out["load"] = _scalarize(sign * np.asarray(a.load_mass) * G * (a.points["hand"][..., 0] - xj))
    return out


def analyze(body: Body, pose: Pose, load_mass: ArrayLike = 0.0) -> Analysis:
    """Static analysis of ``body`` holding ``load_mass`` (kg) at the hands in ``pose``.

    Returns net joint moments (ankle, knee, hip, L5S1, shoulder, elbow; extensor positive, both sides),
    joint points, segment masses/CoMs, whole-body+load CoM, balance, spine loads and % capacity.
    ``load_mass`` may be an array broadcasting with the pose.

    >>> import hinge_model as hm
    >>> a = hm.analyze(hm.Body(75, 1.75, "male"), hm.Pose(hip=90, shoulder=90), load_mass=15)
    >>> bool(a.moments["L5S1"] > 150)
    True
    """
    if not isinstance(body, Body):
        raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
    if not isinstance(pose, Pose):
        raise ValueError(f"pose must be a hinge_model.Pose, got {type(pose).__name__}")
    load = check_range("load_mass", load_mass, *LOAD_RANGE, unit="kg")
    if load.shape:
        broadcast({"pose": np.zeros(pose.shape), "load_mass": load})
    kin = forward(body, pose)
    moments, forces = joint_loads(body, kin, load)
    shape = np.broadcast_shapes(pose.shape, load.shape)
    com = np.broadcast_to(center_of_mass(body, kin, load), shape + (2,))
    upper_com = center_of_mass(body, kin, 0.0, ABOVE_L5S1)
    heel_x, toe_x = body.heel_x, body.toe_x
    balanced = (com[..., 0] >= heel_x) & (com[..., 0] <= toe_x)
    points = {k: np.broadcast_to(v, shape + (2,)) for k, v in kin.points.items()}
    segments = {n: SegmentState(mass=body.segments[n].mass, com=kin.coms[n]) for n in SEGMENTS}

    from .capacity import joint_capacity  # local imports keep the module graph acyclic
    from .spine_levels import l4l5_point, spine_levels

    levels = spine_levels(body, pose, kin.points, kin.angles, moments["L5S1"], forces["L5S1"])
    spine = levels["L5S1"]
    points["L4L5"] = np.broadcast_to(l4l5_point(body, kin.points, kin.angles), shape + (2,))
    capacity = joint_capacity(body, pose, moments)
    return Analysis(
        body=body,
        pose=pose,
        load_mass=_scalarize(np.broadcast_to(load, shape).copy()),
        points=points,
        segments=segments,
        com=com,
        moments=MappingProxyType({k: _scalarize(v) for k, v in moments.items()}),  # type: ignore[arg-type]
        forces=forces,
        balanced=_scalarize(balanced),
        upper_body_com=upper_com,
        upper_body_mass=float(sum(body.segments[n].mass for n in ABOVE_L5S1)),
        angles=kin.angles,
        spine=spine,
        capacity=capacity,
        spine_levels=levels,
    )
