r"""Lifting movements: the same task (hands at ``(load_x, target_height)``) done as a hinge, a bend or a squat.

``movement(name, body, load_mass, target_height, load_x, frames)`` (contract) solves the pick-up posture of the
technique, builds a smooth minimum-jerk trajectory upright -> pick-up -> upright and analyses every frame.

Coordinates and units follow :mod:`hinge_model.conventions`: x forward, y up, origin at the ankle, SI units,
public angles in degrees. ``target_height`` is the grip height ABOVE THE FLOOR (the floor is at
``y = -body.ankle_height``); ``load_x`` is the grip's x relative to the ankle (None = over the mid-foot,
``(heel_x + toe_x) / 2``, as with a barbell). Elbows stay straight (elbow = 0) and the neck neutral.

The task every technique solves (the pick-up posture)
------------------------------------------------------
* the grip is at the load: ``|shoulder - target| = arm length`` with straight arms, and the shoulder angle
  points the arm at the target (so the arms hang vertically when the load is under the shoulders);
* balance: the CoM of body + load is over the feet. We aim it at the point ``c*`` closest to the mid-foot such
  that the CoM is at least 10 % of foot length inside the heel-toe base both WITH the load and WITHOUT it (the
  frame just before the pick-up is empty-handed, see below); if no such point exists the load is too heavy for
  that ``load_x`` and ``ValueError`` says so;
* the pick-up posture is the FIRST (highest) posture along the technique's path that reaches the target, i.e.
  the hands are at ``target_height`` at their lowest point.

Each technique is a one-parameter path of joint angles (the "depth" ``d``) plus one balance variable; the two
equations (reach, balance) fix both. The path encodes the technique's rules, each a coaching cue:

hinge ("push the hips back, soft knees, neutral spine, stop at the hamstring stretch")
    * lumbar near neutral: 0 deg while the knees are soft; it may round up to 10 deg (the ``<= 10 deg`` rule)
      only once the knees must bend beyond the soft range (the deadlift regime), 1 deg per 4 deg of extra knee;
    * soft knees: knee = 20 deg (within the 15-35 deg "soft" band) while the hips flex;
    * "hinge until you feel the stretch": hip flexion grows until the hamstring stretch limit
      (:func:`hinge_model.muscles.hamstring_stretch_limit`, passive SLR 80 deg by default: 90 deg at knee 20);
    * "then bend the knees": beyond that, knee flexion is added only as needed and the hip follows the stretch
      limit (knee flexion slackens the hamstrings); a low target thus turns the hinge into a conventional
      deadlift (deadlift knee flexion 107.8 +- 22.4 deg, Schellenberg et al. 2013 BMC Sports Sci Med Rehabil
      5:27). Hip flexion is capped at its range (129.5 deg, :data:`~hinge_model.conventions.ANGLE_RANGES`);
    * balance variable: the ankle ("shins near vertical"): in the soft-knee regime the balancing ankle angle is
      small (|ankle| <= 10 deg); in the deadlift regime the shins incline forward as balance requires (a
      neutral-spine lift from the floor is impossible with vertical shins for a normal SLR in this model).
bend / stoop ("just reach down")
    * knees near straight: 10 deg; they bend further only once the lumbar spine is at 59.5 deg and the hips at
      the hamstring limit (a floor bar needs this only for tall people or a load in front of the toes, then
      ~20-55 deg; stoop postures at the bottom of floor lifts are reported with knee 10-30 deg, a second-hand
      range not re-read in the papers);
    * the lumbar spine takes a large share: 60 % of the trunk flexion until it reaches 50 deg (83 % of its
      60 deg range, the flexion-relaxation zone), the hips the rest until the hamstring limit, then the lumbar
      spine goes on to 59.5 deg (near its 60 deg range), then the knees;
    * balance variable: the ankle (the hips drift back by plantarflexion).
squat ("knees forward, chest up, sit down")
    * knees forward: ankle dorsiflexion = clip(0.33 * knee, 20, 40) deg (>= 20 deg by rule; 40 deg is within
      the 45 deg weight-bearing range, Bennell et al. 1998);
    * deep knee flexion: the depth variable IS the knee angle;
    * trunk as upright as balance allows: the hip flexion is the balance variable, i.e. the trunk leans only as
      far as needed to hold the CoM at ``c*``;
    * lumbar neutral (0 deg); ``realistic_squat_lumbar=True`` adds the lumbar flexion measured in squat lifts of
      a 15 kg box, 25.1 deg (von Arx et al. 2021 Front Bioeng Biotechnol 9:769117; stoop 35.9 deg), scaled by
      min(1, knee / 100 deg) so shallow squats flex less (assumption).

Trajectory and load
-------------------
Minimum-jerk in joint angles, ``q(t) = q_end * s(t / T_down)`` down and ``q_end * (1 - s)`` up with
``s = 10 tau^3 - 15 tau^4 + 6 tau^5`` (Flash & Hogan 1985 J Neurosci 5:1688). Default ``duration`` 4 s =
2 s down + 2 s up (a controlled pace; self-paced box lifts take ~1-2 s per phase, assumption). The pick-up frame
is ``pickup = (frames - 1) // 2``; the time grid is uniform within each phase. The load is in the hands from the
pick-up frame onward (the person walks to the bar empty-handed; the lift starts at the pick-up instant, so the
pick-up frame includes the load). Balance is checked in EVERY frame (empty-handed before, loaded after): the
static CoM (the contract's ``balanced``) and, at the default pace, the dynamic centre of pressure
(:mod:`hinge_model.dynamics`). Where the plain joint-space path would lose either, the technique's balance joint
(ankle for hinge and bend, hip for the squat) gets a smooth bump ``A * 64 tau^3 (1 - tau)^3`` per phase (zero
value, velocity and acceleration at upright and at the pick-up), with the smallest amplitude that keeps the CoM
(2 % foot-length margin) and, if possible, the centre of pressure over the feet (``Movement.balance_bump``,
``Movement.dynamically_balanced``). A frame still out of static balance raises ``RuntimeError`` (never seen over
the validated range: 600 random bodies/targets/loads tested once, 50 in the suite).

What the model says (findings, tested where they hold)
------------------------------------------------------
* Same target: the bend rounds the lumbar spine 40-50 deg more than the hinge and its passive tissues carry most
  of the L5/S1 moment at the floor (passive share ~0.8 vs ~0.01), with ~3-4x the shear; the squat has the largest
  knee flexion and knee moment; the NET L5/S1 moment differs much less (hinge within ~10 % of the bend).
* Hip share (:func:`hip_share`): the hinge is clearly the most hip-dominant at knee height and above (0.78 vs
  0.47 bend, 0.48 squat for 75 kg / 1.75 m). From mid-shin and the floor a normal hamstring length (SLR 80 deg)
  forces the hinge to add knee flexion - it becomes a conventional deadlift (knee ~100 deg at the floor, hip at
  its 130 deg range) - and its hip share (~0.46-0.59) no longer exceeds the bend's (~0.51-0.56). With
  ``flexibility="flexible"`` the mid-shin hinge stays hip-dominant (0.68-0.80).
* Peak L5/S1 moment vs target height: rises as the target goes down for the bend, and for the hinge from knee
  height to mid-shin; below mid-shin the hinge's extra knee flexion makes the trunk more upright and the moment
  stays flat (floor ~ mid-shin within ~2 %); for the squat the trunk gets MORE upright as it goes deeper (the
  ankle dorsiflexes with the knee), so its moment falls slightly toward the floor.

Validated range (tests): mass 45-130 kg, stature 1.50-2.00 m, both sexes, load 0-40 kg, floor (0.22 m) to
knee-height targets. Geometry depends on stature and sex only (de Leva fractions), the load only through the
load/body mass ratio.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .anthropometry import Body
from .clearance import clearance
from .conventions import ANGLE_RANGES, JOINTS, LOAD_RANGE
from .kinematics import forward
from .muscles import SLR_LIMITS, hamstring_stretch_limit
from .objects import PointLoad, place
from .pose import Pose
from .postures import fit_pickup
from .statics import Analysis, analyze, center_of_mass
from .validation import as_float_array, check_choice, check_range

Array = NDArray[np.float64]

TECHNIQUES: tuple[str, ...] = ("hinge", "bend", "squat")

#: Keep solved angles this far (deg) inside the joint ranges so trajectories and finite differences stay valid.
RANGE_MARGIN: float = 0.5
#: Hinge: soft-knee angle (deg), inside the coaching band 15-35 deg.
HINGE_SOFT_KNEE: float = 20.0
#: Hinge: largest "near neutral" lumbar flexion (deg) and its growth per degree of knee beyond the soft angle.
HINGE_LUMBAR_MAX: float = 10.0
HINGE_LUMBAR_PER_KNEE: float = 0.25
#: Bend: knee angle (deg), largest knee angle of a stoop (deg), lumbar share of trunk flexion and the lumbar
#: angle at which the hips take over (50 deg = 83 % of the 60 deg range, Dolan & Adams 1993).
BEND_KNEE: float = 10.0
BEND_KNEE_MAX: float = 15.0
BEND_LUMBAR_SHARE: float = 0.6
BEND_LUMBAR_FIRST: float = 50.0
#: Squat: ankle dorsiflexion rule (deg): clip(SQUAT_ANKLE_PER_KNEE * knee, 20, 40).
SQUAT_ANKLE_PER_KNEE: float = 0.33
SQUAT_ANKLE_MIN: float = 20.0
SQUAT_ANKLE_MAX: float = 40.0
#: Realistic squat lumbar flexion (deg) lifting 15 kg (von Arx et al. 2021) and the knee angle (deg) at which it
#: is reached (assumption).
SQUAT_REALISTIC_LUMBAR: float = 25.1
SQUAT_REALISTIC_KNEE: float = 100.0
#: Balance margin: the CoM target stays this fraction of foot length inside heel and toe.
BALANCE_MARGIN: float = 0.10
#: Legs may touch the object; more than this overlap (m) in any frame is an error.
CLEARANCE_TOLERANCE: float = 0.002
#: Default lift duration, s (down + up).
DEFAULT_DURATION: float = 4.0

_HI = {k: v[1] - RANGE_MARGIN for k, v in ANGLE_RANGES.items()}


def balance_bump(tau: Array) -> tuple[Array, Array, Array]:
    """Smooth bump b = 64 tau^3 (1 - tau)^3 (peak 1 at tau = 1/2; value, slope and curvature 0 at both ends)
    and its first two derivatives with respect to tau."""
    t = np.clip(tau, 0.0, 1.0)
    u = t * (1.0 - t)
    b = 64.0 * u**3
    db = 192.0 * u**2 * (1.0 - 2.0 * t)
    ddb = 384.0 * u * (1.0 - 2.0 * t) ** 2 - 384.0 * u**2
    return b, db, ddb


#: The joint that keeps balance in each technique (the solver's balance variable).
_BALANCE_JOINT: MappingProxyType[str, str] = MappingProxyType({"hinge": "ankle", "bend": "ankle", "squat": "hip"})
#: Candidate amplitudes (deg) of the balance bump, smallest magnitude first.
_BUMP_AMPLITUDES: Array = np.array(sorted(np.arange(-20.0, 20.5, 0.5), key=abs))


def minimum_jerk(tau: Array) -> tuple[Array, Array, Array]:
    """Minimum-jerk profile s, ds/dtau, d2s/dtau2 for tau in [0, 1] (Flash & Hogan 1985)."""
    t = np.clip(tau, 0.0, 1.0)
    s = t**3 * (10.0 - 15.0 * t + 6.0 * t**2)
    ds = 30.0 * t**2 * (1.0 - t) ** 2
    dds = 60.0 * t * (1.0 - t) * (1.0 - 2.0 * t)
    return s, ds, dds


# ----------------------------------------------------------------------------------------------------------------
# technique paths: depth d and balance variable b -> joint angles (deg), vectorised
# ----------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Technique:
    name: str
    d_max: float
    b_range: tuple[float, float]
    slr: float
    realistic_lumbar: bool

    def angles(self, d: Array, b: Array) -> dict[str, Array]:
        d, b = np.broadcast_arrays(np.asarray(d, float), np.asarray(b, float))
        lim = lambda k: np.minimum(hamstring_stretch_limit(k, self.slr), _HI["hip"])  # noqa: E731
        if self.name == "hinge":
            h0 = float(lim(HINGE_SOFT_KNEE))
            extra = np.maximum(d - h0, 0.0)
            knee = np.minimum(HINGE_SOFT_KNEE + extra, _HI["knee"])
            hip = np.where(d <= h0, d, lim(knee))
            lumbar = np.minimum(HINGE_LUMBAR_PER_KNEE * extra, HINGE_LUMBAR_MAX)
            return {"ankle": b, "knee": knee, "hip": hip, "lumbar": lumbar}
        if self.name == "bend":
            h_lim = float(lim(BEND_KNEE))
            lumbar = np.minimum(BEND_LUMBAR_SHARE * d, BEND_LUMBAR_FIRST)
            hip = d - lumbar
            over = hip > h_lim  # hamstrings at their limit: the lumbar spine takes the rest
            lumbar = np.where(over, np.minimum(d - h_lim, _HI["lumbar"]), lumbar)
            hip = np.where(over, h_lim, hip)
            extra = np.maximum(d - h_lim - _HI["lumbar"], 0.0)  # then the knees bend, the hip follows its limit
            knee = np.minimum(BEND_KNEE + extra, _HI["knee"])
            hip = np.where(extra > 0, lim(knee), hip)
            return {"ankle": b, "knee": knee, "hip": hip, "lumbar": lumbar}
        knee = np.minimum(d, _HI["knee"])
        ankle = np.clip(SQUAT_ANKLE_PER_KNEE * knee, SQUAT_ANKLE_MIN, SQUAT_ANKLE_MAX)
        lumbar = (SQUAT_REALISTIC_LUMBAR * np.minimum(1.0, knee / SQUAT_REALISTIC_KNEE)
                  if self.realistic_lumbar else np.zeros_like(knee))
        return {"ankle": ankle, "knee": knee, "hip": b, "lumbar": lumbar}


def _technique(name: str, slr: float, realistic: bool) -> _Technique:
    if name == "hinge":
        return _Technique(name, d_max=float(hamstring_stretch_limit(HINGE_SOFT_KNEE, slr)) + 130.0,
                          b_range=(-15.0, _HI["ankle"]), slr=slr, realistic_lumbar=realistic)
    if name == "bend":
        return _Technique(name, d_max=250.0, b_range=(-30.0, 30.0), slr=slr, realistic_lumbar=realistic)
    return _Technique(name, d_max=_HI["knee"], b_range=(-20.0, _HI["hip"]), slr=slr, realistic_lumbar=realistic)


def _arm_length(body: Body) -> float:
    return sum(body.segments[n].length for n in ("upper_arm", "forearm", "hand"))


def _evaluate(body: Body, tech: _Technique, d: Array, b: Array, target: Array, load: float
              ) -> tuple[Array, Array, Pose]:
    """Reach residual f1 = |shoulder - target| - arm length, CoM x (with load) and the pose, vectorised."""
    q = tech.angles(d, b)
    q = {k: np.clip(v, ANGLE_RANGES[k][0] + RANGE_MARGIN, _HI[k]) for k, v in q.items()}
    kin = forward(body, Pose(**q))
    v = target - kin.points["shoulder"]
    psi = np.arctan2(v[..., 0], -v[..., 1])  # arm direction from straight down, forward +
    shoulder = np.clip(np.rad2deg(psi + kin.angles["thorax"]), ANGLE_RANGES["shoulder"][0] + RANGE_MARGIN,
                       _HI["shoulder"])
    pose = Pose(**q, shoulder=shoulder)
    kin = forward(body, pose)
    f1 = np.hypot(v[..., 0], v[..., 1]) - _arm_length(body)
    com_x = center_of_mass(body, kin, load)[..., 0]
    return f1, com_x, pose


def _first_root(f: Array, axis: int = -1) -> tuple[Array, Array]:
    """Index of the first sign change (+ to - or - to +) along the last axis and the linear-interpolation weight.

    Returns (index, weight) with index = -1 where there is none.
    """
    s = np.sign(f)
    change = (s[..., :-1] * s[..., 1:] <= 0) & np.isfinite(f[..., :-1]) & np.isfinite(f[..., 1:])
    has = change.any(axis=-1)
    idx = np.where(has, np.argmax(change, axis=-1), -1)
    i = np.clip(idx, 0, f.shape[-1] - 2)
    f0 = np.take_along_axis(f, i[..., None], -1)[..., 0]
    f1 = np.take_along_axis(f, i[..., None] + 1, -1)[..., 0]
    den = f0 - f1
    w = np.where(np.abs(den) > 0, f0 / np.where(den == 0, 1.0, den), 0.0)
    return idx, np.clip(w, 0.0, 1.0)


def _balance_curve(body: Body, tech: _Technique, d: Array, b_lo: Array, b_hi: Array, nb: int,
                   target: Array, load: float, c_star: float) -> tuple[Array, Array, Array]:
    """For each depth d, the balance variable b with CoM x = c* (grid + interpolation), and f1 there.

    b_lo/b_hi: search interval per d. Returns (b, f1, valid).
    """
    u = np.linspace(0.0, 1.0, nb)
    B = b_lo[:, None] + (b_hi - b_lo)[:, None] * u[None, :]
    D = np.broadcast_to(d[:, None], B.shape)
    f1, cx, _ = _evaluate(body, tech, D, B, target, load)
    idx, w = _first_root(cx - c_star)
    valid = idx >= 0
    i = np.clip(idx, 0, nb - 2)
    rows = np.arange(len(d))
    b = B[rows, i] + w * (B[rows, i + 1] - B[rows, i])
    f = f1[rows, i] + w * (f1[rows, i + 1] - f1[rows, i])
    return b, np.where(valid, f, np.nan), valid


def balance_target(body: Body, load_mass: float, load_x: float) -> float:
    """CoM x (m) the pick-up posture aims at: closest to mid-foot with the CoM inside the base of support by
    ``BALANCE_MARGIN`` of foot length both with and without the load. ValueError if impossible."""
    foot = body.toe_x - body.heel_x
    lo, hi = body.heel_x + BALANCE_MARGIN * foot, body.toe_x - BALANCE_MARGIN * foot
    m_b = body.segment_mass_total
    m = load_mass
    lo2, hi2 = (m_b * lo + m * load_x) / (m_b + m), (m_b * hi + m * load_x) / (m_b + m)
    a, z = max(lo, lo2), min(hi, hi2)
    if a > z:
        raise ValueError(
            f"load_mass = {load_mass:g} kg at load_x = {load_x:g} m cannot be picked up in balance: the body's CoM "
            f"would have to be outside the feet (heel {body.heel_x:.3f} m to toe {body.toe_x:.3f} m) before or "
            f"after gripping it; bring the load closer (load_x) or lighten it"
        )
    return float(np.clip(0.5 * (body.heel_x + body.toe_x), a, z))


def solve_pickup(body: Body, name: str, target_height: float, load_x: float, load_mass: float = 0.0, *,
                 slr: float = SLR_LIMITS["normal"], realistic_squat_lumbar: bool = False) -> Pose:
    """The pick-up posture of technique ``name`` with the grip at ``(load_x, target_height)`` (see module doc).

    Vectorised grid search over (depth, balance variable), then a damped 2-D Newton polish (grid-refinement
    fallback); raises ValueError for
    an unreachable target, naming the reachable range of heights for this body and technique.
    """
    tech = _technique(name, slr, realistic_squat_lumbar)
    y = target_height - body.ankle_height
    target = np.array([load_x, y])
    c_star = balance_target(body, load_mass, load_x)

    nd, nb = 61, 36
    d = np.linspace(0.0, tech.d_max, nd)
    b, f, valid = _balance_curve(body, tech, d, np.full(nd, tech.b_range[0]), np.full(nd, tech.b_range[1]), nb,
                                 target, load_mass, c_star)
    if valid[0] and f[0] < -1e-9:
        _unreachable(body, tech, load_x, load_mass, c_star, target_height, d, b, valid, too_high=True)
    idx, w = _first_root(np.where(valid, f, np.nan)[None, :])
    if idx[0] < 0:
        _unreachable(body, tech, load_x, load_mass, c_star, target_height, d, b, valid, too_high=False)
    i = int(idx[0])
    d_lo, d_hi = float(d[i]), float(d[i + 1])
    x = np.array([d_lo + float(w[0]) * (d_hi - d_lo), b[i] + float(w[0]) * (b[i + 1] - b[i])])
    # the coarse curve is interpolated, so the true root may sit just outside its cell: allow the neighbours
    wide = (float(d[max(i - 1, 0)]), float(d[min(i + 2, nd - 1)]))
    x = _newton(body, tech, x, wide, target, load_mass, c_star)
    if x is None:  # fallback: dense grid inside the bracketing cells (robust, slower)
        x = _dense_polish(body, tech, *wide, target, load_mass, c_star)
    f1, cx, pose = _evaluate(body, tech, np.array(x[0]), np.array(x[1]), target, load_mass)
    if abs(float(f1)) > 1e-4 or abs(float(cx) - c_star) > 1e-4:  # pragma: no cover - guarded by tests
        raise RuntimeError(f"{name} solver did not converge (reach error {float(f1):.2e} m, CoM error "
                           f"{float(cx) - c_star:.2e} m)")
    return pose


def _newton(body: Body, tech: _Technique, x: Array, d_bracket: tuple[float, float], target: Array, load: float,
            c_star: float, tol: float = 1e-8, max_iter: int = 25) -> Array | None:
    """2-D Newton on (depth, balance variable) with a finite-difference Jacobian (one vectorised call of three
    poses per iteration), damped, kept inside the depth bracket. None if it does not converge."""
    lo, hi = d_bracket
    h = 1e-4
    steps = np.array([[0.0, 0.0], [h, 0.0], [0.0, h]])
    for _ in range(max_iter):
        pts = x[None, :] + steps
        f1, cx, _ = _evaluate(body, tech, pts[:, 0], pts[:, 1], target, load)
        F = np.stack((f1, cx - c_star), axis=-1)
        if np.max(np.abs(F[0])) < tol:
            return x
        J = np.stack(((F[1] - F[0]) / h, (F[2] - F[0]) / h), axis=-1)
        try:
            dx = -np.linalg.solve(J, F[0])
        except np.linalg.LinAlgError:
            return None
        if not np.all(np.isfinite(dx)):
            return None
        scale = min(1.0, 5.0 / max(float(np.max(np.abs(dx))), 1e-12))  # at most 5 deg per step
        x = x + scale * dx
        x[0] = min(max(x[0], lo - 1e-6), hi + 1e-6)
        x[1] = min(max(x[1], tech.b_range[0]), tech.b_range[1])
    return None


def _dense_polish(body: Body, tech: _Technique, d_lo: float, d_hi: float, target: Array, load: float,
                  c_star: float) -> Array:
    """Grid refinement of the root inside [d_lo, d_hi] with the full balance-variable range (fallback)."""
    x = np.array([0.5 * (d_lo + d_hi), 0.0])
    for _ in range(4):
        d = np.linspace(d_lo, d_hi, 17)
        b, f, valid = _balance_curve(body, tech, d, np.full(17, tech.b_range[0]), np.full(17, tech.b_range[1]),
                                     241, target, load, c_star)
        idx, w = _first_root(np.where(valid, f, np.nan)[None, :])
        if idx[0] < 0:
            break
        i = int(idx[0])
        d_lo, d_hi = float(d[i]), float(d[i + 1])
        x = np.array([d_lo + float(w[0]) * (d_hi - d_lo), b[i] + float(w[0]) * (b[i + 1] - b[i])])
    return x


def _unreachable(body: Body, tech: _Technique, load_x: float, load_mass: float, c_star: float,
                 target_height: float, d: Array, b: Array, valid: Array, too_high: bool) -> None:
    """Raise the ValueError for an unreachable target, with the reachable range of grip heights."""
    La = _arm_length(body)
    _, _, pose = _evaluate(body, tech, d[valid], b[valid], np.array([load_x, 0.0]), load_mass)
    s = forward(body, pose).points["shoulder"]
    dx = load_x - s[..., 0]
    ok = np.abs(dx) <= La
    low = s[..., 1] - np.sqrt(np.maximum(La**2 - dx**2, 0.0))
    low = low[ok] + body.ankle_height
    if low.size:
        lo, hi = float(low.min()), float(low[0])
        rng = f"[{lo:.3f}, {hi:.3f}] m"
    else:
        rng = "empty (load_x too far from the body)"
    why = "above the hands of the upright body" if too_high else "out of reach"
    raise ValueError(
        f"target_height = {target_height:g} m is {why} for a {tech.name} by this body "
        f"({body.height:g} m, {body.sex}) at load_x = {load_x:g} m; reachable range of target_height is about {rng}"
    )


# ----------------------------------------------------------------------------------------------------------------
# movement
# ----------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # arrays inside: identity equality and hashing
class Movement:
    """A lifting movement (contract): poses over frames upright -> pick-up -> upright holding the load.

    ``hand_load`` is the load (kg) in the hands in each frame: 0 before ``pickup``, ``load_mass`` from it on;
    ``load`` is the object (:class:`hinge_model.objects.PlacedObject`: a box, barbell, kettlebell or, for the
    ``load_mass / target_height / load_x`` call, a point load). ``fit`` (object lifts only) is the posture fit's
    report (:func:`hinge_model.postures.fit_pickup`).
    ``end_pose`` is the pick-up posture. ``dynamics`` (computed on first access) is
    :func:`hinge_model.dynamics.inverse_dynamics` of this movement.
    """

    name: str
    body: Body
    load_mass: float
    target_height: float
    load_x: float
    poses: Pose
    analysis: Analysis
    time: Array
    pickup: int
    end_pose: Pose
    hand_load: Array
    t_down: float
    t_up: float
    slr: float
    balance_bump: tuple[float, float] = (0.0, 0.0)
    options: MappingProxyType[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    placed: Any = None
    fit: Any = None

    @property
    def balance_joint(self) -> str:
        """The joint whose smooth bump keeps the balance along the trajectory (object lifts: the ankle, the shins
        move the body over the feet; legacy lifts: the technique's balance variable)."""
        return "ankle" if self.fit is not None else _BALANCE_JOINT[self.name]

    @property
    def load(self) -> Any:
        """The object lifted, where the task put it (:class:`hinge_model.objects.PlacedObject`; contract)."""
        return self.placed

    def joint_trajectory(self, t: Any) -> tuple[dict[str, Array], dict[str, Array], dict[str, Array]]:
        """Joint angles (deg), velocities (deg/s) and accelerations (deg/s^2) at times ``t`` (s), analytic."""
        t = np.asarray(t, dtype=float)
        down = t <= self.t_down
        tau = np.where(down, t / self.t_down, (t - self.t_down) / self.t_up)
        s, ds, dds = minimum_jerk(tau)
        T = np.where(down, self.t_down, self.t_up)
        sign = np.where(down, 1.0, -1.0)
        frac = np.where(down, s, 1.0 - s)
        q, qd, qdd = {}, {}, {}
        for j in JOINTS:
            qe = float(getattr(self.end_pose, j))
            q[j] = qe * frac
            qd[j] = qe * sign * ds / T
            qdd[j] = qe * sign * dds / T**2
        amp = np.where(down, self.balance_bump[0], self.balance_bump[1])
        if np.any(amp != 0.0):  # smooth balance-keeping correction of the balance joint (see module doc)
            bb, dbb, ddbb = balance_bump(tau)
            j = self.balance_joint
            q[j] = q[j] + amp * bb
            qd[j] = qd[j] + amp * dbb / T
            qdd[j] = qdd[j] + amp * ddbb / T**2
        return q, qd, qdd

    @property
    def dynamically_balanced(self) -> bool:
        """True if the dynamic centre of pressure stays between heel and toe in every frame."""
        cop = self.dynamics.cop_x
        return bool(np.all((cop >= self.body.heel_x) & (cop <= self.body.toe_x)))

    @property
    def frames(self) -> int:
        return len(self.time)

    @cached_property
    def dynamics(self) -> Any:
        """Inverse dynamics of this movement (see :mod:`hinge_model.dynamics`)."""
        from .dynamics import inverse_dynamics

        return inverse_dynamics(self)


def movement(
    name: str,
    body: Body,
    load_mass: float = 0.0,
    target_height: float = 0.22,
    load_x: float | None = None,
    frames: int = 60,
    *,
    duration: float | None = None,
    realistic_squat_lumbar: bool = False,
    flexibility: str = "normal",
    slr: float | None = None,
    load: Any = None,
    placement: str | None = None,
    gap: float = 0.02,
) -> Movement:
    """Lift ``load_mass`` (kg) from grip height ``target_height`` (m above the floor) at ``load_x`` (m from the
    ankle; None = mid-foot) with technique ``name`` ("hinge", "bend", "squat"); see the module docstring.

    ``duration`` (s, default 4: 2 down + 2 up); ``flexibility`` / ``slr`` set the hamstring stretch limit
    (:func:`hinge_model.muscles.hamstring_stretch_limit`); ``realistic_squat_lumbar`` adds von Arx et al.'s
    lumbar flexion to the squat.

    >>> import hinge_model as hm
    >>> m = hm.movement("hinge", hm.Body(75, 1.75, "male"), load_mass=15.0, target_height=0.35)
    >>> abs(float(m.analysis.points["hand"][m.pickup, 1]) + m.body.ankle_height - 0.35) < 0.01
    True
    """
    name = check_choice("name", name, TECHNIQUES)
    if not isinstance(body, Body):
        raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
    fit = None
    if load is not None:  # an object: placed by the task, posture fitted to the measured pattern
        if load_mass != 0.0 or load_x is not None:
            raise ValueError("give the load either as an object (load=hm.Box(...)) or as load_mass / "
                             f"target_height / load_x, not both (got load_mass = {load_mass!r}, load_x = {load_x!r})")
        placed = place(load, body, placement=placement, gap=gap)
        lx, h, mass = float(placed.grip[0]), float(placed.grip_height), float(placed.mass)
        if h <= 0.0 or h >= body.height:
            raise ValueError(f"load: grip height {h:.3f} m is outside (0, {body.height:g}) m for this body")
    else:
        mass = float(check_range("load_mass", load_mass, *LOAD_RANGE, unit="kg"))
        h = float(check_range("target_height", target_height, 0.0, body.height, lo_open=True, unit="m"))
        mid = 0.5 * (body.heel_x + body.toe_x)
        lx = mid if load_x is None else float(check_range("load_x", load_x, -body.height / 2, body.height / 2,
                                                           unit="m"))
        placed = place(PointLoad(mass, h, lx), body)
    load_kg = mass
    if isinstance(frames, bool) or not isinstance(frames, int | np.integer):
        raise ValueError(f"frames must be an integer in [5, 5000], got {frames!r}")
    check_range("frames", frames, 5, 5000)
    total = DEFAULT_DURATION if duration is None else float(check_range("duration", duration, 0.0, 600.0,
                                                                        lo_open=True, unit="s"))
    s = float(_slr_value(slr, flexibility))
    if load is not None:
        end, fit = fit_pickup(body, name, placed.grip, load_kg, placed, slr=s)
    else:
        end = solve_pickup(body, name, h, lx, load_kg, slr=s, realistic_squat_lumbar=realistic_squat_lumbar)

    t_down = t_up = 0.5 * total
    pickup = (int(frames) - 1) // 2
    time = np.concatenate((np.linspace(0.0, t_down, pickup + 1),
                           np.linspace(t_down, total, int(frames) - pickup)[1:]))
    load_arr = np.where(np.arange(int(frames)) >= pickup, load_kg, 0.0)
    mv = Movement(name=name, body=body, load_mass=load_kg, target_height=h, load_x=lx, poses=end, analysis=None,  # type: ignore[arg-type]
                  time=time, pickup=pickup, end_pose=end, hand_load=load_arr, t_down=t_down, t_up=t_up, slr=s,
                  options=MappingProxyType({"realistic_squat_lumbar": realistic_squat_lumbar,
                                            "flexibility": flexibility, "placement": placed.placement}),
                  placed=placed, fit=fit)
    bump = _balance_bumps(mv)
    if bump != (0.0, 0.0):
        mv = replace(mv, balance_bump=bump)
    q, _, _ = mv.joint_trajectory(time)
    poses = Pose(**q)
    a = analyze(body, poses, load_arr)
    bal = np.asarray(a.balanced)
    if not bal.all():  # pragma: no cover - guarded by tests over the validated range
        bad = int(np.argmin(bal))
        raise RuntimeError(f"{name} trajectory loses balance at frame {bad} (CoM x = {a.com[bad, 0]:.3f} m, "
                           f"feet {body.heel_x:.3f}..{body.toe_x:.3f} m)")
    if placed.checks_legs:
        gapm = clearance(body, poses, placed)
        if np.min(gapm) < -CLEARANCE_TOLERANCE:  # pragma: no cover - guarded by tests over the validated range
            bad = int(np.argmin(gapm))
            raise RuntimeError(f"{name}: the legs pass {-float(gapm[bad]) * 100:.1f} cm into the {placed.kind} at "
                               f"frame {bad}")
    object.__setattr__(mv, "poses", poses)
    object.__setattr__(mv, "analysis", a)
    return mv


def _balance_bumps(mv: Movement) -> tuple[float, float]:
    """Amplitudes (deg) of the balance bump for the down and up phases.

    Static balance (the contract's ``balanced``: CoM over the feet, here with a 2 % foot-length margin) is
    required in every frame. Among the amplitudes that give it, the smallest one whose DYNAMIC centre of pressure
    (:mod:`hinge_model.dynamics`) also stays over the feet is used; if none does (very fast lifts), the smallest
    statically balanced one (``Movement.dynamically_balanced`` then reports False).
    """
    from .dynamics import joint_space_inverse_dynamics

    body = mv.body
    foot = body.toe_x - body.heel_x
    lo, hi = body.heel_x + 0.02 * foot, body.toe_x - 0.02 * foot
    t = np.linspace(0.0, mv.t_down + mv.t_up, 61)
    load = np.where(t >= mv.t_down, mv.load_mass, 0.0)
    q, qd, qdd = mv.joint_trajectory(t)
    j = mv.balance_joint
    down = t <= mv.t_down
    tau = np.where(down, t / mv.t_down, (t - mv.t_down) / mv.t_up)
    T = np.where(down, mv.t_down, mv.t_up)
    bb, dbb, ddbb = balance_bump(tau)

    def shifted(amplitudes: Array) -> tuple[dict[str, Array], dict[str, Array], dict[str, Array]]:
        a = amplitudes[:, None]
        out = []
        for base, prof in ((q, bb), (qd, dbb / T), (qdd, ddbb / T**2)):
            d = {k: np.broadcast_to(v, (len(amplitudes), len(t))) for k, v in base.items()}
            d[j] = base[j][None, :] + a * prof[None, :]
            out.append(d)
        out[0][j] = np.clip(out[0][j], ANGLE_RANGES[j][0] + RANGE_MARGIN, _HI[j] - RANGE_MARGIN)
        return out[0], out[1], out[2]

    def static_ok(amplitudes: Array) -> Array:
        qq, _, _ = shifted(amplitudes)
        cx = center_of_mass(body, forward(body, Pose(**qq)), load)[..., 0]
        return (cx >= lo) & (cx <= hi)

    def dynamic_ok(amplitudes: Array) -> Array:
        qq, vv, aa = shifted(amplitudes)
        cop = joint_space_inverse_dynamics(body, qq, vv, aa, load, with_spine=False).cop_x
        return (cop >= body.heel_x) & (cop <= body.toe_x)

    zero = np.zeros(1)
    if static_ok(zero).all() and dynamic_ok(zero).all():  # the plain minimum-jerk path (the usual case)
        return 0.0, 0.0
    amps = _BUMP_AMPLITUDES
    ok_s = static_ok(amps)
    phases = (down, ~down)
    static_good = [ok_s[:, ph].all(axis=1) for ph in phases]
    for ph, good in zip(("down", "up"), static_good, strict=True):
        if not good.any():
            raise RuntimeError(f"{mv.name}: no smooth trajectory keeps the balance in the {ph} phase")
    chosen: list[float | None] = [None, None]
    for a, b in ((1, 17), (17, 41)):  # smallest |amplitude| first, in chunks (|A| <= 4 deg, then <= 10 deg)
        ok_d = dynamic_ok(amps[a:b])
        for k, ph in enumerate(phases):
            if chosen[k] is None:
                both = static_good[k][a:b] & ok_d[:, ph].all(axis=1)
                if both.any():
                    chosen[k] = float(amps[a + int(np.argmax(both))])
        if chosen[0] is not None and chosen[1] is not None:
            break
    result = [c if c is not None else float(amps[int(np.argmax(g))]) for c, g in zip(chosen, static_good,
                                                                                       strict=True)]
    return result[0], result[1]


def _slr_value(slr: float | None, flexibility: str) -> float:
    if slr is None:
        return SLR_LIMITS[check_choice("flexibility", flexibility, tuple(SLR_LIMITS))]
    return float(check_range("slr", slr, 30.0, 120.0, unit="deg"))


# ----------------------------------------------------------------------------------------------------------------
# technique checks and progressions
# ----------------------------------------------------------------------------------------------------------------


def technique_constraints(name: str, pose: Pose, slr: float = SLR_LIMITS["normal"], *,
                          realistic_squat_lumbar: bool = False) -> dict[str, bool]:
    """The rules that define technique ``name``, evaluated on a (scalar) pick-up ``pose``: rule -> satisfied."""
    name = check_choice("name", name, TECHNIQUES)
    a, k, h, lu = (float(getattr(pose, j)) for j in ("ankle", "knee", "hip", "lumbar"))
    lim = float(hamstring_stretch_limit(k, slr))
    tol = 1e-6
    if name == "hinge":
        at_limit = h >= min(lim, _HI["hip"]) - 1e-3  # hamstring limit or the end of the hip's range
        return {
            "lumbar near neutral (<= 10 deg)": -tol <= lu <= HINGE_LUMBAR_MAX + tol,
            "lumbar rounds only once the knees bend beyond soft": lu <= tol or k > HINGE_SOFT_KNEE + tol,
            "soft knees (>= 15 deg)": k >= 15.0,
            "knee flexion beyond soft (35 deg) only at the hamstring/hip-range limit": k <= 35.0 or at_limit,
            "shins near vertical (|ankle| <= 10 deg) while the knees are soft": k > 35.0 or abs(a) <= 10.0 + tol,
            "hip flexion within the hamstring stretch limit": h <= lim + tol,
        }
    if name == "bend":
        return {
            "knees near straight (<= 15 deg), more only once lumbar and hamstrings are at their limits": (
                k <= BEND_KNEE_MAX + tol or (lu >= _HI["lumbar"] - tol and h >= lim - 1e-3)),
            "lumbar takes >= 35 % of trunk flexion": lu >= 0.35 * (h + lu) - tol,
            "hip flexion within the hamstring stretch limit": h <= lim + tol,
        }
    lumbar_ok = (abs(lu - SQUAT_REALISTIC_LUMBAR * min(1.0, k / SQUAT_REALISTIC_KNEE)) < 1e-6
                 if realistic_squat_lumbar else abs(lu) <= tol)
    return {
        "knees forward (ankle >= 20 deg)": a >= SQUAT_ANKLE_MIN - tol,
        "knees forward with depth (ankle = clip(0.33 knee, 20, 40))": abs(
            a - min(max(SQUAT_ANKLE_PER_KNEE * k, SQUAT_ANKLE_MIN), SQUAT_ANKLE_MAX)) < 1e-6,
        "knee-dominant: knee flexion >= 0.75 x hip flexion": k >= 0.75 * h,
        "lumbar neutral (or the realistic squat value)": lumbar_ok,
        "hip flexion within the hamstring stretch limit": h <= lim + tol,
    }


def hip_share(pose: Pose) -> Array:
    """Hip-flexion share of the total motion: |hip| / (|ankle| + |knee| + |hip| + |lumbar|) from upright."""
    tot = sum(np.abs(getattr(pose, j)) for j in ("ankle", "knee", "hip", "lumbar"))
    return np.abs(pose.hip) / np.where(tot > 0, tot, 1.0)


#: Progression target grip heights, m above the floor: floor bar 0.22 m (the grip is on the bar axis, 0.225 m
#: up on 450 mm plates, IWF/IPF plate diameter); kettlebell handle 0.26 m (competition kettlebells are 280 mm
#: tall with a 35 mm handle regardless of mass, IUKL/IGSF standard, so the grip centre is ~0.26 m); mid-shin
#: blocks 0.35 m (assumption: bar raised ~13 cm on blocks); knee-height rack pull 0.285 H (knee joint height
#: 0.285 H, Winter 2009 Biomechanics and Motor Control of Human Movement, Fig. 4.1) - NaN here, it depends on
#: the body.
PROGRESSION_TARGETS: MappingProxyType[str, float] = MappingProxyType(
    {"floor bar": 0.22, "kettlebell": 0.26, "mid-shin blocks": 0.35, "knee-height rack pull": float("nan")}
)
KNEE_HEIGHT_FRACTION: float = 0.285


def progression(body: Body, load_mass: float, heights: Any = None,
                techniques: tuple[str, ...] = TECHNIQUES, **kwargs: Any) -> dict[str, Array]:
    """Peak loads over a sweep of target heights for each technique: a dict of equal-length arrays (a table).

    Columns: technique, target_height (m), reachable, peak_L5S1_moment (N*m), peak_hip_moment,
    peak_knee_moment, peak_compression (N), peak_shear (N, largest |shear|), passive_share (at the pick-up
    frame), capacity_L5S1 and capacity_hip (peak fraction of strength), lumbar (deg at pick-up) - all quasi-static
    over the frames - and peak_L5S1_moment_dynamic, peak_compression_dynamic (inverse dynamics, same duration).
    ``heights`` default: floor bar 0.22, kettlebell 0.26, mid-shin 0.35 m and knee height 0.285 H
    (:data:`PROGRESSION_TARGETS`). Unreachable combinations get NaN rows (never silently: the ``reachable``
    column says so). ``kwargs`` go to :func:`movement`.
    """
    if heights is None:
        hs = [*(v for v in PROGRESSION_TARGETS.values() if np.isfinite(v)), KNEE_HEIGHT_FRACTION * body.height]
    else:
        hs = list(np.atleast_1d(as_float_array("heights", heights)))
    rows: dict[str, list[Any]] = {k: [] for k in (
        "technique", "target_height", "reachable", "peak_L5S1_moment", "peak_hip_moment", "peak_knee_moment",
        "peak_compression", "peak_shear", "passive_share", "capacity_L5S1", "capacity_hip", "lumbar",
        "peak_L5S1_moment_dynamic", "peak_compression_dynamic")}
    for tname in techniques:
        for h in hs:
            rows["technique"].append(check_choice("technique", tname, TECHNIQUES))
            rows["target_height"].append(float(h))
            try:
                m = movement(tname, body, load_mass, float(h), **kwargs)
            except ValueError:
                rows["reachable"].append(False)
                for k in list(rows)[3:]:
                    rows[k].append(np.nan)
                continue
            a = m.analysis
            rows["reachable"].append(True)
            rows["peak_L5S1_moment"].append(float(np.max(a.moments["L5S1"])))
            rows["peak_hip_moment"].append(float(np.max(a.moments["hip"])))
            rows["peak_knee_moment"].append(float(np.max(a.moments["knee"])))
            sp = a.spine
            get = lambda obj, attr: np.asarray(getattr(obj, attr), float) if obj is not None and hasattr(obj, attr) else None  # noqa: E731,E501
            comp, shear, ps = get(sp, "compression"), get(sp, "shear"), get(sp, "passive_share")
            rows["peak_compression"].append(float(np.max(comp)) if comp is not None else np.nan)
            rows["peak_shear"].append(float(np.max(np.abs(shear))) if shear is not None else np.nan)
            rows["passive_share"].append(float(ps[m.pickup]) if ps is not None and ps.shape else np.nan)
            cap = a.capacity
            rows["capacity_L5S1"].append(float(np.max(cap["L5S1"])) if cap is not None else np.nan)
            rows["capacity_hip"].append(float(np.max(cap["hip"])) if cap is not None else np.nan)
            rows["lumbar"].append(float(m.end_pose.lumbar))
            dyn = m.dynamics
            rows["peak_L5S1_moment_dynamic"].append(float(np.max(dyn.moments["L5S1"])))
            dcomp = get(dyn.spine, "compression")
            rows["peak_compression_dynamic"].append(float(np.max(dcomp)) if dcomp is not None else np.nan)
    return {k: np.array(v) for k, v in rows.items()}


__all__ = [
    "PROGRESSION_TARGETS",
    "TECHNIQUES",
    "Movement",
    "balance_target",
    "hip_share",
    "minimum_jerk",
    "movement",
    "progression",
    "solve_pickup",
    "technique_constraints",
]
