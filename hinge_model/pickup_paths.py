r"""The rule-based technique paths behind ``hm.movement(name, body, load_mass, target_height, load_x)``.

Each technique is a one-parameter path of joint angles (the "depth") plus one balance variable; reach and
balance fix both (see :mod:`hinge_model.movements` for the rules and the coaching cue of each). Lifts of real
objects (``hm.movement(..., load=hm.Box(...))``) use the measured-pattern fit of :mod:`hinge_model.postures`
instead. ``technique_constraints`` checks a pick-up posture against these rules; ``hip_share`` is the hip's share of
the motion.

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

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .anthropometry import Body
from .conventions import ANGLE_RANGES, LOAD_RANGE
from .kinematics import forward
from .muscles import SLR_LIMITS, hamstring_stretch_limit
from .pose import Pose
from .statics import center_of_mass
from .validation import InputTypeError, check_choice, check_flag, check_instance, check_number

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

_HI = {k: v[1] - RANGE_MARGIN for k, v in ANGLE_RANGES.items()}


class UnreachableError(ValueError):
    """The task itself cannot be done (target out of reach, or no balanced pick-up): not a bad argument."""


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
    body = check_instance("body", body, Body, "a hinge_model.Body")
    load_mass = check_number("load_mass", load_mass, *LOAD_RANGE, "kg")
    load_x = check_number("load_x", load_x, -body.height / 2, body.height / 2, "m")
    foot = body.toe_x - body.heel_x
    lo, hi = body.heel_x + BALANCE_MARGIN * foot, body.toe_x - BALANCE_MARGIN * foot
    m_b = body.segment_mass_total
    m = load_mass
    lo2, hi2 = (m_b * lo + m * load_x) / (m_b + m), (m_b * hi + m * load_x) / (m_b + m)
    a, z = max(lo, lo2), min(hi, hi2)
    if a > z:
        raise UnreachableError(
            f"load_mass = {load_mass:g} kg at load_x = {load_x:g} m cannot be picked up in balance: the body's CoM "
            f"would have to be outside the feet (heel {body.heel_x:.3f} m to toe {body.toe_x:.3f} m) before or "
            f"after gripping it; bring the load closer (load_x) or lighten it"
        )
    return float(np.clip(0.5 * (body.heel_x + body.toe_x), a, z))


def solve_pickup(body: Body, name: str, target_height: float, load_x: float, load_mass: float = 0.0, *,
                 slr: float = SLR_LIMITS["normal"], realistic_squat_lumbar: bool = False) -> Pose:
    """The pick-up posture of technique ``name`` with the grip at ``(load_x, target_height)`` (see module doc).

    Vectorised grid search over (depth, balance variable), then a damped 2-D Newton polish (grid-refinement
    fallback); raises ValueError for an unreachable target, naming the reachable range of heights for this body.
    """
    body = check_instance("body", body, Body, "a hinge_model.Body")
    name, slr = check_choice("name", name, TECHNIQUES), check_number("slr", slr, 30.0, 120.0, "deg")
    realistic_squat_lumbar = check_flag("realistic_squat_lumbar", realistic_squat_lumbar)
    target_height = check_number("target_height", target_height, 0.0, body.height, "m", lo_open=True)
    c_star = balance_target(body, load_mass, load_x)  # checks load_mass and load_x
    load_mass, load_x = check_number("load_mass", load_mass), check_number("load_x", load_x)
    tech = _technique(name, slr, realistic_squat_lumbar)
    y = target_height - body.ankle_height
    target = np.array([load_x, y])

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
    raise UnreachableError(
        f"target_height = {target_height:g} m is {why} for a {tech.name} by this body "
        f"({body.height:g} m, {body.sex}) at load_x = {load_x:g} m; reachable range of target_height is about {rng}"
    )


# ----------------------------------------------------------------------------------------------------------------
# technique checks and progressions
# ----------------------------------------------------------------------------------------------------------------


def technique_constraints(name: str, pose: Pose, slr: float = SLR_LIMITS["normal"], *,
                          realistic_squat_lumbar: bool = False) -> dict[str, bool]:
    """The rules that define technique ``name``, evaluated on a (scalar) pick-up ``pose``: rule -> satisfied."""
    name = check_choice("name", name, TECHNIQUES)
    if check_instance("pose", pose, Pose, "a hinge_model.Pose").shape != ():
        raise InputTypeError(f"pose must be one pick-up posture (a scalar Pose), got a Pose of shape {pose.shape}")
    realistic_squat_lumbar = check_flag("realistic_squat_lumbar", realistic_squat_lumbar)  # slr: checked below
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
    check_instance("pose", pose, Pose, "a hinge_model.Pose")
    tot = sum(np.abs(getattr(pose, j)) for j in ("ankle", "knee", "hip", "lumbar"))
    return np.abs(pose.hip) / np.where(tot > 0, tot, 1.0)


