r"""Conventions of hinge_model: axes, the chain, angle signs, moment signs, allowed ranges.

Everything in the package follows this page (the project's public API contract).

The chain (sagittal plane, person facing +x; lumped left + right limbs)::

                    (vertex)
                      O  head            y (up)
                      |  neck gap         ^
      shoulder  ----> +  (suprasternale)  |
                     /|                   +----> x (forward, the way the person faces)
        upper_arm   / |  thorax          origin = ankle joint centre
                   /  +  (xiphion: thoraco-lumbar joint, (1 - LUMBAR_SPLIT) of lumbar flexion)
         elbow    +   |  abdomen
                  |   +  omphalion (top of de Leva's pelvis segment)
                  |  <+  L5S1: the L5/S1 disc centre, 0.062 H above the hip and a little behind the trunk
         forearm  |   |  pelvis  line (LUMBAR_SPLIT of lumbar flexion happens here)
         hand/grip*   +  hip
                      \  thigh
                       + knee
                      /  shank
           heel  ____+______ toe      <- foot flat on the ground, fixed; ankle above the foot
                   ankle

Angles (public API in DEGREES, 0 = quiet upright standing, positive in the named direction):

====================  ============================================  ===============  ======================
joint                 positive means                                 rotation sense   allowed range (deg)
====================  ============================================  ===============  ======================
``ankle``             dorsiflexion: the shank tilts forward          clockwise        see ``ANGLE_RANGES``
``knee``              flexion: the thigh tilts back on the shank     anticlockwise
``hip``               flexion: the pelvis/trunk tilts forward        clockwise
``lumbar``            flexion: rounding the lower back (0 = neutral  clockwise
                      lordosis)
``shoulder``          flexion: the arm swings forward/up from        anticlockwise
                      hanging along the trunk
``elbow``             flexion (0 = straight arm; default 0)          anticlockwise
``neck``              flexion: chin towards chest (default 0)        clockwise
====================  ============================================  ===============  ======================

"Clockwise" is as seen in the figure above (x right, y up). Absolute segment angles (from the vertical,
forward tilt positive) follow from the relative ones::

    shank  = ankle
    thigh  = ankle - knee
    pelvis = ankle - knee + hip
    abdomen = pelvis + LUMBAR_SPLIT * lumbar
    thorax = abdomen + (1 - LUMBAR_SPLIT) * lumbar
    head   = thorax + neck
    upper arm (from hanging straight down, forward positive) = shoulder - thorax
    forearm and hand = upper arm + elbow

Net joint moments are the moments the muscles and passive tissues must supply to hold the pose, the TOTAL of
both sides, in N*m. Positive = EXTENSOR demand (plantarflexor at the ankle). For a joint J with the set S of
segments (and the load) above it, in statics::

    M_J = s_J * g * sum_{i in S} m_i * (x_i - x_J)

with s_J = +1 where flexion is clockwise (ankle, hip, L5S1, neck) and -1 where it is anticlockwise (knee,
shoulder, elbow). In dynamics the gravity term becomes m_i * [(x_i - x_J)(a_iy + g) - (y_i - y_J) a_ix] plus
I_i * alpha_i (see ``hinge_model.dynamics``).

Units: SI everywhere (m, kg, s, N, N*m); angles in degrees at the API, radians inside.
"""

from __future__ import annotations

from types import MappingProxyType

#: Standard gravity, m/s^2 (CGPM 1901 conventional value).
G: float = 9.80665

#: Allowed ranges of the joint angles in degrees (inclusive). Sources: active ranges of motion of healthy adults
#: in the American Academy of Orthopaedic Surgeons "Joint motion: method of measuring and recording" (AAOS 1965)
#: and Norkin CC & White DJ, Measurement of Joint Motion, 5th ed. (2016): ankle dorsiflexion 20 deg non-weight-
#: bearing but up to ~45 deg in a weight-bearing lunge (Bennell et al. 1998, Aust J Physiother 44:175),
#: plantarflexion 50 deg; knee flexion 0-135/150 deg with up to ~10 deg hyperextension; hip flexion 120-125 deg,
#: extension 30 deg; shoulder flexion 180 deg, extension 60 deg; elbow flexion 150 deg; cervical flexion and
#: extension 45 deg. Lumbar flexion in standing: 50-60 deg from neutral lordosis (Dolan & Adams 1993,
#: J Biomech 26:513; McGill & Kippers 1994, Spine 19:2190), extension ~30 deg.
ANGLE_RANGES: MappingProxyType[str, tuple[float, float]] = MappingProxyType(
    {
        "ankle": (-50.0, 45.0),
        "knee": (-10.0, 150.0),
        "hip": (-30.0, 130.0),
        "lumbar": (-30.0, 60.0),
        "shoulder": (-60.0, 180.0),
        "elbow": (0.0, 150.0),
        "neck": (-45.0, 45.0),
    }
)

#: Joint names in the order of the pose fields.
JOINTS: tuple[str, ...] = ("ankle", "knee", "hip", "lumbar", "shoulder", "elbow", "neck")

#: Segment names (contract).
SEGMENTS: tuple[str, ...] = (
    "foot",
    "shank",
    "thigh",
    "pelvis",
    "abdomen",
    "thorax",
    "head",
    "upper_arm",
    "forearm",
    "hand",
)

#: Segments above L5S1 (contract).
ABOVE_L5S1: tuple[str, ...] = ("abdomen", "thorax", "head", "upper_arm", "forearm", "hand")

#: Joints whose net moment is computed, with the segments carried above each (the load is always carried too)
#: and the sign s_J (+1: flexion is clockwise in the figure; -1: anticlockwise).
MOMENT_JOINTS: MappingProxyType[str, tuple[tuple[str, ...], int]] = MappingProxyType(
    {
        "ankle": (SEGMENTS[1:], +1),
        "knee": (SEGMENTS[2:], -1),
        "hip": (SEGMENTS[3:], +1),
        "L5S1": (ABOVE_L5S1, +1),
        "shoulder": (("upper_arm", "forearm", "hand"), -1),
        "elbow": (("forearm", "hand"), -1),
    }
)

#: Body size limits (contract): height in m. Mass must be > 0; we also refuse > 300 kg as not a person.
HEIGHT_RANGE: tuple[float, float] = (1.0, 2.3)
MASS_RANGE: tuple[float, float] = (0.0, 300.0)  # exclusive lower bound
LOAD_RANGE: tuple[float, float] = (0.0, 300.0)
SEXES: tuple[str, ...] = ("male", "female")
