r"""The hinge_model chain rebuilt in OpenSim (an independent engine for checking the mechanics).

OpenSim (Simbody underneath) is an OPTIONAL dependency: ``pip install -e '.[validate]'``. This module imports it
only inside its functions, so it can be imported (and its docstring read) without OpenSim; nothing in the package
imports it at import time. It is used by :mod:`hinge_model.crosscheck` and by ``tests/test_opensim_crosscheck.py``.

What is shared with hinge_model and what is not
-----------------------------------------------
Shared (the MODEL definition): the segment parameters of a :class:`~hinge_model.anthropometry.Body` (lumped
masses, lengths, de Leva CoM fractions, sagittal inertias about the CoM) and the geometry assumptions of
:data:`~hinge_model.anthropometry.GEOMETRY_ASSUMPTIONS` (L5S1 offsets, lumbar split, foot CoM height, ankle
height). From them this module places every joint centre and CoM in the UPRIGHT reference posture (all angles
0), written out again below rather than taken from :func:`hinge_model.kinematics.forward`.
Not shared (the MECHANICS): forward kinematics at other poses, accelerations, and the joint moments are
OpenSim's (its multibody tree and ``InverseDynamicsSolver``); no hinge_model kinematics or moment code is called.

The chain (upright reference posture; ground frame = hinge_model's: x forward, y up, origin the ankle centre;
OpenSim's z = x cross y points out of the page; the arm is drawn aside, it hangs straight down from the
shoulder)::

                  O head                  PinJoints about +z (anticlockwise positive in this view), parent -> child:
                  |                         ankle           foot -> shank       (foot WELDED to ground)
    suprasternale +---.  shoulder           knee            shank -> thigh
     (neck joint) |    \  upper_arm         hip             thigh -> pelvis
                  |     + elbow             L5S1            pelvis -> abdomen, at the L5/S1 disc centre (0.062 H
          xiphion +     |  forearm                          above, 0.0126 H behind the hip); the abdomen carries
 (thoraco-lumbar) |     + wrist                             L5S1 -> omphalion offset
                  |     |  hand (WELDED to the forearm)
           L5S1 + |     * grip: the load, a point-mass body WELDED to the hand
              hip +                         thoraco-lumbar  abdomen -> thorax, at the xiphion
                  |  thigh                  neck            thorax -> head, at suprasternale
             knee +                         shoulder        thorax -> upper_arm, at suprasternale
                  |  shank                  elbow           upper_arm -> forearm
      heel _______+_______ toe
                ankle

Angles: OpenSim coordinate = RELATIVE anticlockwise rotation (rad) of the child body about +z. hinge_model's
flexion angles grow clockwise at the ankle, hip, lumbar spine and neck and anticlockwise at the knee, shoulder
and elbow (:mod:`hinge_model.conventions`), so with sigma = -1 (clockwise flexion) or +1 (anticlockwise)::

    q_opensim = sigma * radians(flexion)        ankle, knee, hip, neck, shoulder, elbow
    q_L5S1 = -LUMBAR_SPLIT * radians(lumbar),  q_thoracolumbar = -(1 - LUMBAR_SPLIT) * radians(lumbar)

Moments: OpenSim's inverse dynamics gives, per coordinate, the generalized force tau (N*m) the joint must apply
to the child about +z (anticlockwise positive) for the given q, q', q'' under gravity: for this tree rooted in
the welded foot, the moment about the joint centre of everything distal to it, sum r x m (a - g) + I alpha.
hinge_model's moments are the EXTENSOR demand (plantarflexor at the ankle), i.e. the torque opposite to flexion, so::

    M_extensor = -sigma * tau     ->  ankle, hip, L5S1: M = +tau      knee, shoulder, elbow: M = -tau

       hip, sigma = -1                                  knee, sigma = +1
            trunk /  flexion tips it forward:           \  thigh    flexion tilts it back on the shank:
                 /   clockwise. Extensors turn it        \          anticlockwise. Extensors turn it
                /    back: anticlockwise, tau > 0         \         forward: clockwise, tau < 0
           hip o     ->  M_hip = +tau > 0            knee o         ->  M_knee = -tau > 0

This table (``FLEXION_SIGN``) is written here on purpose instead of reusing the package's ``MOMENT_JOINTS``
signs: a sign error in the package must show up as a disagreement, not cancel out.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .anthropometry import GEOMETRY_ASSUMPTIONS, Body
from .conventions import ANGLE_RANGES, JOINTS, LOAD_RANGE
from .validation import InputTypeError, check_array, check_choice, check_instance, check_keys, check_number

Array = NDArray[np.float64]

#: Standard gravity (m/s^2, CGPM 1901), set as the OpenSim model's gravity (0, -g, 0).
STANDARD_GRAVITY: float = 9.80665

#: sigma per hinge_model joint: +1 where flexion is anticlockwise about +z (figure above), -1 where clockwise.
FLEXION_SIGN: MappingProxyType[str, int] = MappingProxyType(
    {"ankle": -1, "knee": +1, "hip": -1, "neck": -1, "shoulder": +1, "elbow": +1}
)
#: Joints whose moments are compared with hinge_model (L5S1's sigma is -1: lumbar flexion is clockwise).
COMPARED_JOINTS: tuple[str, ...] = ("ankle", "knee", "hip", "L5S1", "shoulder", "elbow")
_MOMENT_SIGN = {**{j: -s for j, s in FLEXION_SIGN.items()}, "L5S1": +1}

#: OpenSim coordinate names (one per pin joint), in the order of the chain.
COORDINATES: tuple[str, ...] = ("ankle", "knee", "hip", "L5S1", "thoracolumbar", "neck", "shoulder", "elbow")


def opensim_version() -> str:
    """Version string of the installed OpenSim (ImportError when it is not installed)."""
    import opensim

    return f"{opensim.__version__} ({opensim.GetVersionAndDate()})"


def upright_geometry(body: Body) -> tuple[dict[str, Array], dict[str, Array]]:
    """Joint centres and segment CoMs (m, x forward, y up, origin the ankle) in quiet upright standing.

    Written from the Body's segment lengths and de Leva CoM fractions (CoM measured from each segment's ORIGIN
    landmark, see ``data/de_leva_1996.csv``): legs and trunk stacked on the vertical, arms hanging straight down.
    """
    seg = check_instance("body", body, Body, "a hinge_model.Body").segments
    L = {n: p.length for n, p in seg.items()}
    c = {n: p.com_fraction for n, p in seg.items()}
    H = body.height
    up, down = np.array([0.0, 1.0]), np.array([0.0, -1.0])
    behind = np.array([-1.0, 0.0])
    ankle = np.zeros(2)
    knee = ankle + L["shank"] * up
    hip = knee + L["thigh"] * up
    l5s1 = hip + GEOMETRY_ASSUMPTIONS["l5s1_height_above_hip"][0] * H * up \
        + GEOMETRY_ASSUMPTIONS["l5s1_posterior_offset"][0] * H * behind
    omphalion = hip + L["pelvis"] * up  # top of de Leva's pelvis = bottom of the abdomen when upright
    xiphion = omphalion + L["abdomen"] * up  # the thoraco-lumbar joint
    suprasternale = xiphion + L["thorax"] * up  # shoulder and neck joints
    vertex = suprasternale + (body.neck_length + L["head"]) * up
    elbow = suprasternale + L["upper_arm"] * down
    wrist = elbow + L["forearm"] * down
    grip = wrist + L["hand"] * down
    floor = -body.ankle_height
    joints = {"ankle": ankle, "knee": knee, "hip": hip, "L5S1": l5s1, "thoracolumbar": xiphion,
              "neck": suprasternale, "shoulder": suprasternale, "elbow": elbow, "wrist": wrist, "grip": grip}
    coms = {
        "foot": np.array([body.heel_x + c["foot"] * L["foot"],
                          floor * (1.0 - GEOMETRY_ASSUMPTIONS["foot_com_height"][0])]),
        "shank": knee + c["shank"] * L["shank"] * down,  # origin KJC
        "thigh": hip + c["thigh"] * L["thigh"] * down,  # origin HJC
        "pelvis": omphalion + c["pelvis"] * L["pelvis"] * down,  # origin OMPH
        "abdomen": xiphion + c["abdomen"] * L["abdomen"] * down,  # origin XYPH
        "thorax": suprasternale + c["thorax"] * L["thorax"] * down,  # origin SUPR
        "head": vertex + c["head"] * L["head"] * down,  # origin VERT
        "upper_arm": suprasternale + c["upper_arm"] * L["upper_arm"] * down,  # origin SJC
        "forearm": elbow + c["forearm"] * L["forearm"] * down,  # origin EJC
        "hand": wrist + c["hand"] * L["hand"] * down,  # origin WJC
        "load": grip,
    }
    return joints, coms


#: (joint, parent body, child body, joint kind); every child body's frame origin is at this joint's centre.
_TREE: tuple[tuple[str, str, str, str], ...] = (
    ("foot_weld", "ground", "foot", "weld"),
    ("ankle", "foot", "shank", "pin"),
    ("knee", "shank", "thigh", "pin"),
    ("hip", "thigh", "pelvis", "pin"),
    ("L5S1", "pelvis", "abdomen", "pin"),
    ("thoracolumbar", "abdomen", "thorax", "pin"),
    ("neck", "thorax", "head", "pin"),
    ("shoulder", "thorax", "upper_arm", "pin"),
    ("elbow", "upper_arm", "forearm", "pin"),
    ("wrist", "forearm", "hand", "weld"),
    ("grip", "hand", "load", "weld"),
)


@dataclass
class OpenSimChain:
    """An initialised OpenSim model of the chain: ``model``, its working ``state`` and the solver."""

    model: Any
    state: Any
    solver: Any
    u_index: dict[str, int]  # coordinate name -> index in the mobility (udot) vector
    origins: dict[str, Array]  # body name -> upright position of its frame origin (m)

    def __post_init__(self) -> None:
        import opensim

        check_instance("model", self.model, opensim.Model, "an opensim.Model (build the chain with build_chain)")
        check_instance("state", self.state, opensim.State, "an opensim.State (build the chain with build_chain)")
        check_keys("u_index", self.u_index, COORDINATES, required=COORDINATES)
        check_instance("origins", self.origins, dict, "a dict body name -> upright position (m)")

    def set_pose(self, q_deg: dict[str, float], qd_deg: dict[str, float] | None = None) -> None:
        """Set hinge_model joint angles (deg) and velocities (deg/s) on the state (see the module's sign table)."""
        q_os, u_os = _to_opensim("q_deg", q_deg, "deg"), _to_opensim("qd_deg", qd_deg or {}, "deg/s")
        cs = self.model.getCoordinateSet()
        for name in COORDINATES:
            cs.get(name).setValue(self.state, q_os[name], False)
            cs.get(name).setSpeedValue(self.state, u_os[name])
        self.model.realizeVelocity(self.state)

    def moments(self, q_deg: dict[str, float], qd_deg: dict[str, float] | None = None,
                qdd_deg: dict[str, float] | None = None) -> dict[str, float]:
        """Extensor-positive net joint moments (N*m) by OpenSim's InverseDynamicsSolver at one instant.

        Zero velocities and accelerations (the defaults) give the static moments under gravity.
        """
        import opensim

        self.set_pose(q_deg, qd_deg)
        a_os = _to_opensim("qdd_deg", qdd_deg or {}, "deg/s^2")
        udot = opensim.Vector(self.state.getNU(), 0.0)
        for name in COORDINATES:
            udot.set(self.u_index[name], a_os[name])
        tau = self.solver.solve(self.state, udot)
        return {j: _MOMENT_SIGN[j] * float(tau.get(self.u_index[j])) for j in COMPARED_JOINTS}

    def point(self, body: str, upright_position: ArrayLike) -> Array:
        """Ground position (x, y; m) of the point of ``body`` that is at ``upright_position`` when upright,
        in the pose last set (OpenSim's forward kinematics)."""
        import opensim

        body = check_choice("body", body, tuple(self.origins))
        position = check_array("upright_position", upright_position, unit="m")
        if position.shape != (2,):
            raise InputTypeError(f"upright_position must be one point (x, y) in m, got an array of shape "
                                 f"{position.shape}")
        local = position - self.origins[body]
        frame = self.model.getBodySet().get(body)
        p = frame.findStationLocationInGround(self.state, opensim.Vec3(float(local[0]), float(local[1]), 0.0))
        return np.array([p.get(0), p.get(1)])


def _to_opensim(name: str, deg: dict[str, float], unit: str) -> dict[str, float]:
    """hinge_model angles / rates (deg, deg/s, deg/s^2; missing = 0) -> OpenSim coordinate values (rad, ...).

    ``name`` is the caller's argument; angles (``unit="deg"``) must lie in ANGLE_RANGES, rates be finite."""
    split = GEOMETRY_ASSUMPTIONS["lumbar_split"][0]
    check_keys(name, deg, JOINTS)
    r = {k: np.deg2rad(check_number(f"{name}[{k!r}]", deg.get(k, 0.0),
                                    *(ANGLE_RANGES[k] if unit == "deg" else (-np.inf, np.inf)), unit))
         for k in ("ankle", "knee", "hip", "lumbar", "neck", "shoulder", "elbow")}
    out = {j: FLEXION_SIGN[j] * r[j] for j in FLEXION_SIGN}
    out["L5S1"] = -split * r["lumbar"]
    out["thoracolumbar"] = -(1.0 - split) * r["lumbar"]
    return out


def build_chain(body: Body, load_mass: float = 0.0) -> OpenSimChain:
    """The OpenSim model of ``body`` holding ``load_mass`` (kg, a point mass at the grip), initialised."""
    joints, coms = upright_geometry(body)
    load_mass = check_number("load_mass", load_mass, *LOAD_RANGE, "kg")  # checked first: OpenSim crashes on < 0
    import opensim

    origins = {"ground": np.zeros(2), "foot": joints["ankle"]}
    origins.update({child: joints[joint] for joint, _, child, _ in _TREE[1:]})
    model = opensim.Model()
    model.setName(f"hinge_model_{body.sex}_{body.mass:g}kg_{body.height:g}m")
    model.setGravity(opensim.Vec3(0.0, -STANDARD_GRAVITY, 0.0))
    bodies: dict[str, Any] = {"ground": model.getGround()}

    def vec(p: Array) -> Any:
        return opensim.Vec3(float(p[0]), float(p[1]), 0.0)

    for joint, parent, child, kind in _TREE:
        if child == "load":
            mass, inertia = float(load_mass), 0.0
        else:
            mass, inertia = body.segments[child].mass, body.segments[child].inertia
        # inertia about the CoM: the sagittal value about z; x and y play no part in planar motion about z
        b = opensim.Body(child, mass, vec(coms[child] - origins[child]), opensim.Inertia(inertia, inertia, inertia))
        model.addBody(b)
        bodies[child] = b
        in_parent = vec(origins[child] - origins[parent])
        zero = opensim.Vec3(0.0, 0.0, 0.0)
        cls = opensim.PinJoint if kind == "pin" else opensim.WeldJoint
        j = cls(joint, bodies[parent], in_parent, zero, b, zero, zero)
        if kind == "pin":
            j.upd_coordinates(0).setName(joint)
            j.upd_coordinates(0).setRangeMin(-2.0 * np.pi)
            j.upd_coordinates(0).setRangeMax(2.0 * np.pi)
        model.addJoint(j)
    state = model.initSystem()
    names = model.getCoordinateNamesInMultibodyTreeOrder()
    order = [str(names.getElt(i)) for i in range(names.size())]
    u_index = {name: order.index(name) for name in COORDINATES}
    return OpenSimChain(model=model, state=state, solver=opensim.InverseDynamicsSolver(model), u_index=u_index,
                        origins=origins)


__all__ = ["COMPARED_JOINTS", "COORDINATES", "FLEXION_SIGN", "STANDARD_GRAVITY", "OpenSimChain", "build_chain",
           "opensim_version", "upright_geometry"]
