"""Forward kinematics of the planar chain: joint points, segment CoMs and segment angles for any pose array.

Vectorised: every array has the pose's broadcast shape (points get a trailing axis of 2 for x, y). No Python
loop over poses. Conventions and the figure of the chain: :mod:`hinge_model.conventions`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .anthropometry import GEOMETRY_ASSUMPTIONS, Body
from .conventions import ANGLE_RANGES
from .pose import Pose
from .validation import broadcast, check_array, check_instance

Array = NDArray[np.float64]

LUMBAR_SPLIT: float = GEOMETRY_ASSUMPTIONS["lumbar_split"][0]
FOOT_COM_HEIGHT: float = GEOMETRY_ASSUMPTIONS["foot_com_height"][0]
L5S1_HEIGHT: float = GEOMETRY_ASSUMPTIONS["l5s1_height_above_hip"][0]  # fraction of stature
L5S1_BACK: float = GEOMETRY_ASSUMPTIONS["l5s1_posterior_offset"][0]  # fraction of stature


@dataclass(frozen=True)
class Kinematics:
    """Result of :func:`forward`: positions in m (x forward, y up, origin at the ankle), angles in radians."""

    points: dict[str, Array]  # name -> (..., 2)
    coms: dict[str, Array]  # segment name -> (..., 2)
    angles: dict[str, Array]  # segment name -> absolute angle (rad); see segment_angles()


def segment_angles(pose: Pose) -> dict[str, Array]:
    """Absolute segment angles in radians.

    Trunk and leg segments: angle of the segment's upward direction from the vertical, forward tilt positive.
    Arm segments (``upper_arm``, ``forearm``, ``hand``): angle of the downward (distal) direction from straight
    down, forward positive. Trunk and leg angles grow clockwise in the conventions figure, arm angles
    anticlockwise.
    """
    return _segment_angles(check_instance("pose", pose, Pose, "a hinge_model.Pose"))


def _segment_angles(pose: Any) -> dict[str, Array]:
    """:func:`segment_angles` for anything with the seven joint fields (deg); linear in them, so it also maps joint
    velocities or accelerations to segment ones (used by :mod:`hinge_model.dynamics`)."""
    d = np.deg2rad
    shank = d(pose.ankle)
    thigh = shank - d(pose.knee)
    pelvis = thigh + d(pose.hip)
    abdomen = pelvis + LUMBAR_SPLIT * d(pose.lumbar)
    thorax = abdomen + (1.0 - LUMBAR_SPLIT) * d(pose.lumbar)
    head = thorax + d(pose.neck)
    upper_arm = d(pose.shoulder) - thorax
    forearm = upper_arm + d(pose.elbow)
    return {
        "shank": shank,
        "thigh": thigh,
        "pelvis": pelvis,
        "abdomen": abdomen,
        "thorax": thorax,
        "head": head,
        "upper_arm": upper_arm,
        "forearm": forearm,
        "hand": forearm,
        "foot": np.zeros_like(shank),
    }


def hanging_arm_shoulder(ankle: ArrayLike, knee: ArrayLike, hip: ArrayLike, lumbar: ArrayLike) -> Array:
    """Shoulder flexion (deg) that makes the upper arm hang straight down: it equals the thorax tilt,
    ankle - knee + hip + lumbar (see :func:`segment_angles`; the two lumbar shares add up to the whole).

    Each angle must lie in its joint's allowed range (:data:`~hinge_model.conventions.ANGLE_RANGES`); arrays
    broadcast. The result may lie outside the shoulder's range (check it before building a ``Pose``).
    """
    given = {"ankle": ankle, "knee": knee, "hip": hip, "lumbar": lumbar}
    a, k, h, lum = broadcast({n: check_array(n, v, *ANGLE_RANGES[n], "deg") for n, v in given.items()})
    return a - k + h + lum


def _up(phi: Array) -> Array:
    """Unit vector tilted ``phi`` forward from the vertical, pointing up."""
    return np.stack((np.sin(phi), np.cos(phi)), axis=-1)


def _forward(phi: Array) -> Array:
    """Unit vector perpendicular to ``_up(phi)``, pointing forward (anterior)."""
    return np.stack((np.cos(phi), -np.sin(phi)), axis=-1)


def _down(psi: Array) -> Array:
    """Unit vector tilted ``psi`` forward from straight down."""
    return np.stack((np.sin(psi), -np.cos(psi)), axis=-1)


def forward(body: Body, pose: Pose) -> Kinematics:
    """Joint points and segment CoMs of ``body`` in ``pose``.

    Points: ankle, knee, hip, L5S1 (disc centre), omphalion (top of de Leva's pelvis segment), thoracolumbar,
    shoulder, neck (mid-gonion), vertex, head (head CoM), elbow, wrist, hand (the grip), heel, toe.
    The abdomen rotates about L5S1 and carries the L5S1 -> omphalion offset with it (at lumbar = 0 this is exactly
    de Leva's stacked trunk).
    """
    check_instance("body", body, Body, "a hinge_model.Body")
    check_instance("pose", pose, Pose, "a hinge_model.Pose")
    s = body.segments
    ang = _segment_angles(pose)
    shape = pose.shape
    L = {n: p.length for n, p in s.items()}
    c = {n: p.com_fraction for n, p in s.items()}

    e_sh, e_th, e_pe = _up(ang["shank"]), _up(ang["thigh"]), _up(ang["pelvis"])
    e_ab, e_to, e_hd = _up(ang["abdomen"]), _up(ang["thorax"]), _up(ang["head"])
    d_ua, d_fa = _down(ang["upper_arm"]), _down(ang["forearm"])

    ankle = np.zeros(shape + (2,))
    knee = ankle + L["shank"] * e_sh
    hip = knee + L["thigh"] * e_th
    h_d, b_d = L5S1_HEIGHT * body.height, L5S1_BACK * body.height
    l5s1 = hip + h_d * e_pe - b_d * _forward(ang["pelvis"])
    omph_pelvis = hip + L["pelvis"] * e_pe  # top of the pelvis segment (de Leva OMPH), fixed in the pelvis
    omph = l5s1 + (L["pelvis"] - h_d) * e_ab + b_d * _forward(ang["abdomen"])  # same landmark, carried by abdomen
    tl = omph + L["abdomen"] * e_ab
    shoulder = tl + L["thorax"] * e_to
    neck = shoulder + body.neck_length * e_hd
    vertex = neck + L["head"] * e_hd
    elbow = shoulder + L["upper_arm"] * d_ua
    wrist = elbow + L["forearm"] * d_fa
    hand = wrist + L["hand"] * d_fa
    ground = -body.ankle_height
    heel = np.broadcast_to(np.array([body.heel_x, ground]), shape + (2,)).copy()
    toe = np.broadcast_to(np.array([body.toe_x, ground]), shape + (2,)).copy()

    coms = {
        # de Leva CoM fractions are measured from the ORIGIN landmark (see data/de_leva_1996.csv).
        "foot": np.broadcast_to(
            np.array([body.heel_x + c["foot"] * L["foot"], ground * (1.0 - FOOT_COM_HEIGHT)]), shape + (2,)
        ).copy(),
        "shank": knee - c["shank"] * L["shank"] * e_sh,  # origin KJC
        "thigh": hip - c["thigh"] * L["thigh"] * e_th,  # origin HJC
        "pelvis": omph_pelvis - c["pelvis"] * L["pelvis"] * e_pe,  # origin OMPH
        "abdomen": tl - c["abdomen"] * L["abdomen"] * e_ab,  # origin XYPH
        "thorax": shoulder - c["thorax"] * L["thorax"] * e_to,  # origin SUPR
        "head": vertex - c["head"] * L["head"] * e_hd,  # origin VERT
        "upper_arm": shoulder + c["upper_arm"] * L["upper_arm"] * d_ua,  # origin SJC
        "forearm": elbow + c["forearm"] * L["forearm"] * d_fa,  # origin EJC
        "hand": wrist + c["hand"] * L["hand"] * d_fa,  # origin WJC
    }
    points = {
        "ankle": ankle,
        "knee": knee,
        "hip": hip,
        "L5S1": l5s1,
        "omphalion": omph,
        "thoracolumbar": tl,
        "shoulder": shoulder,
        "neck": neck,
        "vertex": vertex,
        "head": coms["head"],
        "elbow": elbow,
        "wrist": wrist,
        "hand": hand,
        "heel": heel,
        "toe": toe,
    }
    return Kinematics(points=points, coms=coms, angles=ang)
