r"""Disc loads: compression and shear from the net lumbar moment, passive tissue and one equivalent extensor per level.

Entry point: :func:`spine_loads` (called through :mod:`hinge_model.spine_levels` by
:func:`hinge_model.statics.analyze`; dynamics passes its inertial force and moment), the nominal row of
:func:`disc_loads`, which spine_levels also evaluates over the uncertain parameters for the bands. Fully
vectorised: every result has the broadcast shape of the pose, moment and force.

Model (sagittal plane, x forward, y up; angles of segments from the vertical, forward tilt positive)
-----------------------------------------------------------------------------------------------------
1. **Disc centre.** The model's ``L5S1`` point IS the estimated L5/S1 disc centre (0.062 H above the hip along
   the pelvis axis and 0.0126 H behind it: ``GEOMETRY_ASSUMPTIONS`` in :mod:`hinge_model.anthropometry`), so the
   net moment passed in (``Analysis.moments["L5S1"]``) is already about the disc centre. In quiet standing the
   upper body's weight line passes a few cm in front of it: a small extensor moment, as measured in people.
2. **Disc plane.** Inclination of the mid-disc plane from the horizontal (anterior edge lower), degrees::

       disc_angle = DISC_ANGLE_STANDING + pelvis tilt + 0.5 * LUMBAR_SPLIT * lumbar

   (the mid-plane turns by half the rotation at the L5S1 joint, which carries ``LUMBAR_SPLIT`` of the lumbar
   flexion). Unit vectors: disc normal ``n = (sin a, cos a)`` (towards the superior vertebra) and anterior
   in-plane direction ``t = (cos a, -sin a)``.
3. **Passive tissue moment** ``M_p(lumbar)``: 0 at and below neutral, rising exponentially to
   :data:`PASSIVE_MOMENT_FULL_FLEXION` at full flexion (:data:`FULL_FLEXION`); pulled by a resultant
   :data:`PASSIVE_MOMENT_ARM` behind the disc, inclined :data:`PASSIVE_OBLIQUITY_DEG` so that its pull on the
   superior vertebra is downward and FORWARD (adds anterior shear).
4. **One equivalent extensor** carries the rest: ``M_active = max(M_disc - M_p, 0)`` (never a negative muscle
   force; a flexor demand, ``M_disc <= 0``, gives 0 extensor force; flexor muscles are not modelled). Its geometry is
   per disc level (``data/spine_levels.csv``, sources in its header): moment arm :data:`MUSCLE_MOMENT_ARM_NEUTRAL`
   falling by :data:`MUSCLE_MOMENT_ARM_DROP` at full flexion; line of action inclined from the disc normal by an
   angle linear in lumbar flexion. At L5/S1 it goes from :data:`MUSCLE_OBLIQUITY_NEUTRAL_DEG` (-7.5 deg: the pull
   on the superior vertebra is down and slightly FORWARD, anterior shear) to
   :data:`MUSCLE_OBLIQUITY_FULL_FLEXION_DEG` (+7.5 deg: BACKWARD, posterior shear), the reversal Macintosh, Bogduk &
   Pearcy (1993) report for the lumbar back muscles at L5/S1 (the magnitudes are an assumption); at L4/L5 from 15 to
   0 deg (the oblique lumbar fascicles, after McGill et al. 2000). More than one extensor group is not modelled: no
   first-hand split of the moment between groups was found. The passive tension is set by the lumbar angle alone;
   where it exceeds the net moment (possible near full flexion with little load) the surplus would have to be
   balanced by the abdominal flexors, which are not modelled, so the compression there is a lower bound and
   ``passive_share`` is capped at 1.
5. **Equilibrium** of everything above the cut: disc reaction ``R = F + F_m u_m - F_p u_p`` (``u`` = unit vector
   of each pull on the superior vertebra, reversed). ``compression = R . n`` and ``shear = -R . t``: the
   resultant of the loads on the superior vertebra along the disc plane, positive when it pushes the superior
   vertebra FORWARD (anterior shear, contract).

Units: N, N*m, m, degrees at the API (radians inside). Values are for the whole body (both sides together).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .anthropometry import GEOMETRY_ASSUMPTIONS, Body
from .conventions import ANGLE_RANGES
from .pose import Pose
from .validation import as_float_array, broadcast, check_choice
from .validation import scalarize as _scalarize

Array = NDArray[np.float64]

# ---------------------------------------------------------------------------------------------------- limits
#: L5/S1 compression action limit, N: NIOSH (1981) Work Practices Guide for Manual Lifting, DHHS (NIOSH) Publ.
#: 81-122 (3400 N; "action limit").
NIOSH_ACTION_LIMIT: float = 3400.0
#: L5/S1 compression maximum permissible limit, N: NIOSH (1981) Work Practices Guide for Manual Lifting (6400 N).
NIOSH_MAX_PERMISSIBLE: float = 6400.0
#: Lumbar shear limit for occasional loading (< 100 loadings/day), N: Gallagher S & Marras WS (2012) Tolerance of
#: the lumbar spine to shear: a review and recommended exposure limits. Clin Biomech 27(10):973-978. (Second-hand:
#: the value could not be re-checked against the paper from here.)
SHEAR_LIMIT_OCCASIONAL: float = 1000.0
#: Lumbar shear limit for frequent loading (100-1000 loadings/day), N: Gallagher & Marras (2012), as above.
SHEAR_LIMIT_FREQUENT: float = 700.0

LIMITS: dict[str, float] = {
    "NIOSH_ACTION_LIMIT": NIOSH_ACTION_LIMIT,
    "NIOSH_MAX_PERMISSIBLE": NIOSH_MAX_PERMISSIBLE,
    "SHEAR_LIMIT_OCCASIONAL": SHEAR_LIMIT_OCCASIONAL,
    "SHEAR_LIMIT_FREQUENT": SHEAR_LIMIT_FREQUENT,
}

# ------------------------------------------------------------------------------------------------- geometry
#: Full lumbar flexion, deg: the upper bound of ANGLE_RANGES["lumbar"] (50-60 deg in standing: Dolan & Adams
#: 1993 J Biomech 26:513; McGill & Kippers 1994 Spine 19:2190).
FULL_FLEXION: float = ANGLE_RANGES["lumbar"][1]
#: Disc levels with their own geometry in ``data/spine_levels.csv``.
LEVELS: tuple[str, ...] = ("L5S1", "L4L5")
#: CSV of the per-level geometry (sources and hand in its header and in every row).
LEVELS_CSV: str = "spine_levels.csv"


@cache
def level_geometry() -> MappingProxyType[str, MappingProxyType[str, dict[str, Any]]]:
    """Rows of ``data/spine_levels.csv`` as ``{level: {parameter: row}}`` (``row["value"]`` etc. as floats),
    read with importlib.resources."""
    text = files("hinge_model.data").joinpath(LEVELS_CSV).read_text(encoding="utf-8")
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in csv.DictReader(line for line in text.splitlines() if not line.startswith("#")):
        row: dict[str, Any] = dict(r)
        for k in ("value", "low", "high"):
            row[k] = float(r[k])
        out.setdefault(r["level"], {})[r["parameter"]] = row
    return MappingProxyType({k: MappingProxyType(v) for k, v in out.items()})


def level_parameter(level: str, name: str) -> float:
    """Value of parameter ``name`` at disc ``level`` ("L5S1" or "L4L5") from ``data/spine_levels.csv``."""
    geo = level_geometry()[check_choice("level", level, LEVELS)]
    return float(geo[check_choice("name", name, tuple(geo))]["value"])


#: Mid-disc plane of L5/S1 from the horizontal in quiet standing, deg (data/spine_levels.csv). Sacral slope (S1
#: endplate) ~40 deg in standing adults: Mac-Thiong J-M et al. (2011) Eur Spine J 20 Suppl 5:572-577 (709 adults;
#: abstract: mean +- 2 SD range 24-55 deg).
#: ASSUMPTION: the L5/S1 disc is a lordotic wedge of ~12 deg, so the mid-plane is 40 - 12/2 = 34 deg; with the
#: upper L5 endplate at 17.7 deg (Dominguez et al. 2016 Eur Spine J 25:3602, abstract) the L5-S1 segment angle of
#: ~22 deg leaves ~10 deg for the wedge of the L5 body.
DISC_ANGLE_STANDING: float = level_parameter("L5S1", "disc_angle_standing")

# ------------------------------------------------------------------------------------------- passive tissue
#: Passive lumbar extensor moment at full flexion, N*m, by sex. Dolan P, Mannion AF & Adams MA (1994) Passive
#: tissues help the back muscles to generate extensor moments during lifting. J Biomech 27(8):1077-1085 (149
#: adults; abstract): the moment resisted by electrically silent tissue rose "from 25 Nm in lordotic postures to
#: 120 Nm (for men) and 77 Nm (for women), in full flexion". We use 120 / 77 N*m at full flexion and take the
#: passive moment as 0 with a neutral spine (ASSUMPTION: the 25 N*m regression intercept in lordotic postures is
#: not attributed to stretched passive tissue; the posterior ligaments are slack in lordosis).
PASSIVE_MOMENT_FULL_FLEXION: MappingProxyType[str, float] = MappingProxyType({"male": 120.0, "female": 77.0})
#: Exponential stiffening of the passive moment with x = lumbar / FULL_FLEXION:
#: M_p = M_full (exp(k x) - 1) / (exp(k) - 1). ASSUMPTION k = 5, chosen so that M_p is < 8 % of M_full below
#: half of the range (passive moment ~0 below 50-60 % of full flexion, Dolan et al. 1994) and ~36 % at 80 %, the
#: flexion-relaxation onset (~80 % of maximum flexion; e.g. JMPT 2014 37(7):494), reaching M_full at 100 %.
#: Dolan et al. (1994) found peak extensor moments in lifts at 78-97 % of the flexion range, where this curve
#: gives 33-90 % of M_full.
PASSIVE_STIFFENING: float = 5.0
#: Resultant moment arm of the passive tissues behind the disc centre, m. ASSUMPTION: supra/interspinous
#: ligaments, thoracolumbar fascia and the stretched erector fibres lie ~5-7 cm behind the disc centre.
PASSIVE_MOMENT_ARM: float = 0.06
#: Inclination of the passive pull from the disc normal, deg, pulling the superior vertebra FORWARD.
#: ASSUMPTION (effective value): the interspinous ligament fibres run obliquely (Heylings DJ 1978 J Anat
#: 125:127-133), and with the spine fully flexed ligament tension adds anterior shear (Potvin, McGill & Norman
#: 1991 Spine 16:1099); the supraspinous ligament and fascia run nearly parallel to the spine, so the resultant
#: is taken as 15 deg.
PASSIVE_OBLIQUITY_DEG: float = 15.0

# ------------------------------------------------------------------------------------------------- extensor
#: Moment arm of the single equivalent lumbar extensor about the L5/S1 disc centre with a neutral spine, m:
#: 5-6 cm (McGill SM, Patt N & Norman RW 1988 J Biomech 21:329; Jorgensen MJ et al. 2001 Clin Biomech 16:182;
#: second-hand). 0.055 m for every body size (no scaling; ASSUMPTION). L4/L5: the same (data/spine_levels.csv).
MUSCLE_MOMENT_ARM_NEUTRAL: float = level_parameter("L5S1", "moment_arm_neutral")
#: Fractional fall of the extensor moment arm at full flexion. Macintosh, Bogduk & Pearcy (1993) Spine 18:884
#: (abstract): the maximum extensor moment of the lumbar muscles falls by no more than 18 % in full flexion, through
#: slightly shorter moment arms; we take 15 % (linear in lumbar flexion; ASSUMPTION on the shape).
MUSCLE_MOMENT_ARM_DROP: float = level_parameter("L5S1", "moment_arm_drop")
#: Backward inclination of the equivalent extensor's pull from the L5/S1 disc normal with a neutral spine, deg
#: (negative: the pull on the superior vertebra is down and FORWARD, i.e. anterior shear). Macintosh, Bogduk & Pearcy
#: (1993, abstract): the lumbar back muscles' net shear at L5/S1 goes from ANTERIOR upright to POSTERIOR in flexion
#: (sign first-hand); the magnitudes -7.5 / +7.5 deg are an ASSUMPTION (a 15 deg swing: data/spine_levels.csv).
MUSCLE_OBLIQUITY_NEUTRAL_DEG: float = level_parameter("L5S1", "obliquity_upright")
#: The same at full flexion (positive: backward pull, posterior shear), deg.
MUSCLE_OBLIQUITY_FULL_FLEXION_DEG: float = level_parameter("L5S1", "obliquity_full_flexion")

LUMBAR_SPLIT: float = GEOMETRY_ASSUMPTIONS["lumbar_split"][0]



@dataclass(frozen=True)
class SpineLoads:
    """L5/S1 loads (N, N*m, m, deg); arrays have the broadcast shape of the inputs (0-d -> numpy scalars).

    ``shear > 0``: the superior vertebra is pushed forward (anterior shear). ``passive_share`` is the fraction of
    the net disc moment carried by passive tissue, min(passive, net) / net, and 0 when net <= 0.
    ``net_moment`` is the net extensor moment about the disc centre, equal to ``Analysis.moments["L5S1"]``.
    """

    compression: Array
    shear: Array
    muscle_force: Array
    passive_force: Array
    passive_moment: Array
    active_moment: Array
    net_moment: Array
    muscle_moment_arm: Array
    muscle_obliquity: Array  # deg from the disc normal, backward pull positive
    passive_share: Array
    disc_angle: Array  # deg from horizontal
    level: str = "L5S1"
    _band: Callable[[str], tuple[Array, Array]] | None = field(default=None, repr=False, compare=False)

    def band(self, name: str) -> tuple[Any, Any]:
        """(low, high) of output ``name`` ("compression", "shear", "muscle_force", ...) over the plausible range
        of every uncertain spine parameter (:data:`hinge_model.spine_levels.PARAMETER_RANGES`), per frame."""
        outputs = ("compression", "shear", "muscle_force", "passive_force", "active_moment")
        name = check_choice("name", name, outputs)
        if self._band is None:
            raise ValueError("band: this SpineLoads was built without its parameter ranges (use hm.analyze, "
                             "Movement.dynamics or hinge_model.spine_levels.spine_levels)")
        return self._band(name)

    NIOSH_ACTION_LIMIT = NIOSH_ACTION_LIMIT
    NIOSH_MAX_PERMISSIBLE = NIOSH_MAX_PERMISSIBLE
    SHEAR_LIMIT_OCCASIONAL = SHEAR_LIMIT_OCCASIONAL
    SHEAR_LIMIT_FREQUENT = SHEAR_LIMIT_FREQUENT


def flexion_fraction(lumbar_deg: ArrayLike) -> Array:
    """Lumbar flexion as a fraction of :data:`FULL_FLEXION`, clipped to [0, 1] (extension counts as 0)."""
    lam = as_float_array("lumbar", lumbar_deg)
    return np.clip(lam / FULL_FLEXION, 0.0, 1.0)


def passive_moment(lumbar_deg: ArrayLike, sex: str = "male") -> Array:
    """Passive lumbar tissue extensor moment (N*m) for lumbar flexion in degrees; 0 for neutral or extension.

    >>> float(passive_moment(0.0)), round(float(passive_moment(FULL_FLEXION)), 6)
    (0.0, 120.0)
    """
    full = PASSIVE_MOMENT_FULL_FLEXION[check_choice("sex", sex, tuple(PASSIVE_MOMENT_FULL_FLEXION))]
    x = flexion_fraction(lumbar_deg)
    k = PASSIVE_STIFFENING
    return full * np.expm1(k * x) / np.expm1(k)


def muscle_moment_arm(lumbar_deg: ArrayLike, level: str = "L5S1") -> Array:
    """Moment arm (m) of the equivalent lumbar extensor about the ``level`` disc centre (data/spine_levels.csv)."""
    arm = level_parameter(level, "moment_arm_neutral")
    return arm * (1.0 - level_parameter(level, "moment_arm_drop") * flexion_fraction(lumbar_deg))


def muscle_obliquity(lumbar_deg: ArrayLike, level: str = "L5S1") -> Array:
    """Backward inclination (deg) of the extensor pull from the ``level`` disc normal, linear in lumbar flexion from
    its upright to its full-flexion value (data/spine_levels.csv): at L5/S1 -7.5 -> +7.5 deg (anterior -> posterior
    shear, Macintosh et al. 1993), at L4/L5 15 -> 0 deg.

    >>> float(muscle_obliquity(0.0)), float(muscle_obliquity(FULL_FLEXION)), float(muscle_obliquity(0.0, "L4L5"))
    (-7.5, 7.5, 15.0)
    """
    up = level_parameter(level, "obliquity_upright")
    return up + (level_parameter(level, "obliquity_full_flexion") - up) * flexion_fraction(lumbar_deg)


def disc_angle(pelvis_rad: ArrayLike, lumbar_deg: ArrayLike) -> Array:
    """Inclination (deg) of the L5/S1 mid-disc plane from the horizontal for a pelvis tilt (rad, forward +)."""
    return DISC_ANGLE_STANDING + np.rad2deg(pelvis_rad) + 0.5 * LUMBAR_SPLIT * np.asarray(lumbar_deg, float)


#: The nominal model as one row of :func:`disc_loads`' ``params``: (moment-arm scale, obliquity offset (deg), passive
#: scale, disc-angle offset (deg)), the order of :data:`hinge_model.spine_levels.PARAMETER_RANGES`.
NOMINAL_PARAMETERS: tuple[float, float, float, float] = (1.0, 0.0, 1.0, 0.0)
#: Outputs of :func:`disc_loads`, each of shape (k, *frames).
DISC_LOAD_OUTPUTS: tuple[str, ...] = ("compression", "shear", "muscle_force", "passive_force", "passive_moment",
                                      "active_moment", "muscle_moment_arm", "muscle_obliquity", "disc_angle")


def disc_loads(
    moment: ArrayLike,
    force: ArrayLike,
    lumbar: ArrayLike,
    disc_deg: ArrayLike,
    sex: str = "male",
    params: ArrayLike = (NOMINAL_PARAMETERS,),
    level: str = "L5S1",
) -> dict[str, Array]:
    """Steps 2-5 of the module docstring for every row of ``params``, vectorised over rows and frames.

    ``moment``: net extensor moment (N*m) about the disc centre; ``force``: (..., 2) force (N) through the cut;
    ``lumbar``: lumbar flexion (deg); ``disc_deg``: mid-disc plane from the horizontal (deg); all broadcast together
    to the frames' shape. ``params`` (k, 4): rows of (moment-arm scale, obliquity offset in deg, passive-moment
    scale, disc-angle offset in deg); :data:`NOMINAL_PARAMETERS` is the model of :func:`spine_loads`. Returns
    ``{name: array (k, *frames)}`` for every name of :data:`DISC_LOAD_OUTPUTS` (``muscle_obliquity`` and
    ``disc_angle`` in deg, with their offsets). ``level`` ("L5S1" or "L4L5") picks the extensor's moment arm and line
    of action (:func:`muscle_moment_arm`, :func:`muscle_obliquity`); the passive curve is the same at both levels.

    >>> v = disc_loads(100.0, [0.0, -400.0], 20.0, 34.0, params=[NOMINAL_PARAMETERS, (1.2, 0.0, 1.0, 0.0)])
    >>> v["muscle_force"].shape, bool(v["muscle_force"][1] < v["muscle_force"][0])
    ((2,), True)
    """
    level = check_choice("level", level, LEVELS)
    p = as_float_array("params", params)
    if p.ndim != 2 or p.shape[1] != 4:
        raise ValueError(f"params must have shape (k, 4) (moment-arm scale, obliquity offset, passive scale, "
                         f"disc-angle offset), got shape {p.shape}")
    f = as_float_array("force", force)
    if f.ndim == 0 or f.shape[-1] != 2:
        raise ValueError(f"force must have a trailing axis of length 2 (x, y), got shape {f.shape}")
    m, fx, fy, lam, disc = broadcast({"moment": as_float_array("moment", moment), "force[..., 0]": f[..., 0],
                                      "force[..., 1]": f[..., 1], "lumbar": as_float_array("lumbar", lumbar),
                                      "disc_deg": as_float_array("disc_deg", disc_deg)})
    f = np.stack((fx, fy), axis=-1)
    ex = (slice(None),) + (None,) * m.ndim
    arm_s, obl_o, pas_s, dis_o = (p[:, i][ex] for i in range(4))

    # 2. disc frame
    a_deg = disc[None] + dis_o
    a = np.deg2rad(a_deg)
    n = np.stack((np.sin(a), np.cos(a)), axis=-1)
    t = np.stack((np.cos(a), -np.sin(a)), axis=-1)
    f_n = np.sum(f[None] * n, axis=-1)
    f_t = np.sum(f[None] * t, axis=-1)

    # 3. passive tissue
    m_p = passive_moment(lam, sex)[None] * pas_s
    f_p = m_p / PASSIVE_MOMENT_ARM
    gam = np.deg2rad(PASSIVE_OBLIQUITY_DEG)

    # 4. equivalent extensor
    m_act = np.maximum(m[None] - m_p, 0.0)
    arm = muscle_moment_arm(lam, level)[None] * arm_s
    f_m = m_act / arm
    beta_deg = muscle_obliquity(lam, level)[None] + obl_o
    beta = np.deg2rad(beta_deg)

    # 5. equilibrium, resolved in the disc frame
    out = {"compression": f_n + f_m * np.cos(beta) + f_p * np.cos(gam),
           "shear": -f_t - f_m * np.sin(beta) + f_p * np.sin(gam),
           "muscle_force": f_m, "passive_force": f_p, "passive_moment": m_p, "active_moment": m_act,
           "muscle_moment_arm": arm, "muscle_obliquity": beta_deg, "disc_angle": a_deg}
    return {key: np.broadcast_to(v, (p.shape[0], *m.shape)) for key, v in out.items()}


def spine_loads(
    body: Body,
    pose: Pose,
    angles: dict[str, Array],
    moment: ArrayLike,
    force: ArrayLike,
    *,
    level: str = "L5S1",
    band: Callable[[str], tuple[Any, Any]] | None = None,
    disc_deg: ArrayLike | None = None,
) -> SpineLoads:
    """Compression, shear, muscle and passive forces at the L5/S1 disc (see the module docstring).

    ``angles``: absolute segment angles (rad) from :func:`hinge_model.kinematics.forward` (``"pelvis"`` used);
    ``moment``: net L5S1 extensor moment (N*m, both sides) about the L5S1 disc centre; ``force``: (..., 2)
    force (N) the lower body transmits to the upper body through the L5/S1 cut. The loads are
    :func:`disc_loads` at :data:`NOMINAL_PARAMETERS`. ``level`` names the disc and ``band`` (output name ->
    (low, high)) becomes :meth:`SpineLoads.band`; ``disc_deg``, the mid-disc plane (deg from the horizontal), defaults
    to :func:`disc_angle` of the pelvis and lumbar angles (the L5/S1 disc). :mod:`hinge_model.spine_levels` passes
    all three for L4/L5.
    """
    if not isinstance(body, Body):
        raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
    if not isinstance(pose, Pose):
        raise ValueError(f"pose must be a hinge_model.Pose, got {type(pose).__name__}")
    if "pelvis" not in angles:
        raise ValueError("angles must contain the absolute 'pelvis' segment angle (rad)")
    m = as_float_array("moment", moment)
    f = as_float_array("force", force)
    if f.ndim == 0 or f.shape[-1] != 2:
        raise ValueError(f"force must have a trailing axis of length 2 (x, y), got shape {f.shape}")
    phi = as_float_array("angles['pelvis']", angles["pelvis"])
    lam = pose.lumbar
    phi, lam, m, fx, fy = broadcast(
        {"angles['pelvis']": phi, "pose.lumbar": lam, "moment": m, "force[..., 0]": f[..., 0],
         "force[..., 1]": f[..., 1]}
    )
    # 1. net moment about the disc centre (the model's L5S1 point); 2.-5. in the disc frame
    disc = disc_angle(phi, lam) if disc_deg is None else as_float_array("disc_deg", disc_deg)
    v = {k: x[0] for k, x in disc_loads(m, np.stack((fx, fy), axis=-1), lam, disc, body.sex,
                                                 level=level).items()}

    positive = m > 0.0
    share = np.where(positive, np.minimum(v["passive_moment"], np.maximum(m, 0.0)) / np.where(positive, m, 1.0),
                     0.0)

    def out(x: ArrayLike) -> Any:
        return _scalarize(np.broadcast_to(np.asarray(x, dtype=float), m.shape).copy())

    return SpineLoads(**{k: out(v[k]) for k in DISC_LOAD_OUTPUTS}, net_moment=out(m), passive_share=out(share),
                      level=level, _band=band)
