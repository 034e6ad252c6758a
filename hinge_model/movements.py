r"""Lifting movements: the same task (hands at ``(load_x, target_height)``) done as a hinge, a bend or a squat.

``movement(name, body, load_mass, target_height, load_x, frames)`` (contract) solves the pick-up posture of the
technique, builds a smooth minimum-jerk trajectory upright -> pick-up -> upright and analyses every frame.

Coordinates and units follow :mod:`hinge_model.conventions`: x forward, y up, origin at the ankle, SI units,
public angles in degrees. ``target_height`` is the grip height ABOVE THE FLOOR (the floor is at
``y = -body.ankle_height``); ``load_x`` is the grip's x relative to the ankle (None = over the mid-foot,
``(heel_x + toe_x) / 2``, as with a barbell). Elbows stay straight (elbow = 0) and the neck neutral.

Two ways to give the task
-------------------------
* ``load=hm.Box(...)`` / ``hm.Barbell`` / ``hm.Kettlebell`` (:mod:`hinge_model.objects`): the object is placed by
  the task, the pick-up posture is FITTED to a measured lift of the technique (:mod:`hinge_model.postures`: the
  smallest weighted change from the measured pattern with the hands at the grip, the CoM over the feet, the legs
  clear of the object and the joints in range), and the legs must stay clear of the object in EVERY frame;
* ``load_mass, target_height, load_x`` (a point load at the hands): the rule-based technique paths of
  :mod:`hinge_model.pickup_paths` (the rules, their coaching cues and what they give are written there).

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
the validated range: 600 random bodies/targets/loads tested once, 50 in the suite). Object lifts balance with
the ankle (``Movement.balance_joint``).
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
from .muscles import SLR_LIMITS
from .objects import PointLoad, place
from .pickup_paths import (  # noqa: F401  (re-exported: hm.movements.<name> stays)
    _HI,
    BALANCE_MARGIN,
    BEND_KNEE,
    BEND_KNEE_MAX,
    BEND_LUMBAR_FIRST,
    BEND_LUMBAR_SHARE,
    HINGE_LUMBAR_MAX,
    HINGE_LUMBAR_PER_KNEE,
    HINGE_SOFT_KNEE,
    RANGE_MARGIN,
    SQUAT_ANKLE_MAX,
    SQUAT_ANKLE_MIN,
    SQUAT_ANKLE_PER_KNEE,
    SQUAT_REALISTIC_KNEE,
    SQUAT_REALISTIC_LUMBAR,
    TECHNIQUES,
    balance_target,
    hip_share,
    solve_pickup,
    technique_constraints,
)
from .pose import Pose
from .postures import fit_pickup
from .progressions import KNEE_HEIGHT_FRACTION, PROGRESSION_TARGETS, progression  # noqa: F401
from .statics import Analysis, analyze, center_of_mass
from .validation import check_array, check_choice, check_flag, check_number, check_range

Array = NDArray[np.float64]

#: Legs may touch the object; more than this overlap (m) in any frame is an error.
CLEARANCE_TOLERANCE: float = 0.002
#: Default lift duration, s (down + up).
DEFAULT_DURATION: float = 4.0



def balance_bump(tau: Array) -> tuple[Array, Array, Array]:
    """Smooth bump b = 64 tau^3 (1 - tau)^3 (peak 1 at tau = 1/2; value, slope and curvature 0 at both ends)
    and its first two derivatives with respect to tau (any finite tau; outside [0, 1] it is clamped)."""
    t = np.clip(check_array("tau", tau), 0.0, 1.0)
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
    """Minimum-jerk profile s, ds/dtau, d2s/dtau2 for tau in [0, 1] (Flash & Hogan 1985; clamped outside it)."""
    t = np.clip(check_array("tau", tau), 0.0, 1.0)
    s = t**3 * (10.0 - 15.0 * t + 6.0 * t**2)
    ds = 30.0 * t**2 * (1.0 - t) ** 2
    dds = 60.0 * t * (1.0 - t) * (1.0 - 2.0 * t)
    return s, ds, dds


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
        t = check_array("t", t, 0.0, self.t_down + self.t_up, "s")
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
    given_mass = check_number("load_mass", load_mass, *LOAD_RANGE, "kg")
    realistic_squat_lumbar = check_flag("realistic_squat_lumbar", realistic_squat_lumbar)
    if load is not None:  # an object: placed by the task, posture fitted to the measured pattern
        if given_mass != 0.0 or load_x is not None:
            raise ValueError("give the load either as an object (load=hm.Box(...)) or as load_mass / "
                             f"target_height / load_x, not both (got load_mass = {load_mass!r}, load_x = {load_x!r})")
        placed = place(load, body, placement=placement, gap=gap)
        lx, h, mass = float(placed.grip[0]), float(placed.grip_height), float(placed.mass)
        if h <= 0.0 or h >= body.height:
            raise ValueError(f"load: grip height {h:.3f} m is outside (0, {body.height:g}) m for this body")
    else:
        mass = given_mass
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

    options = {"realistic_squat_lumbar": realistic_squat_lumbar, "flexibility": flexibility,
               "placement": placed.placement}
    return _assemble(name, body, load_kg, h, lx, end, fit, placed, s, options, int(frames), total)


def retimed(mv: Movement, duration: float) -> Movement:
    """The same lift as ``mv`` (body, technique, object, pick-up posture, frames) taking ``duration`` s (down +
    up), equal to calling :func:`movement` again with ``duration=``: the pick-up posture does not depend on the
    lift's duration, so it is not solved again; only what depends on time is rebuilt (the minimum-jerk path, the
    balance bump, the analysis). ``duration`` in (0, 600] s.

    >>> import hinge_model as hm
    >>> m = hm.movement("bend", hm.Body(75, 1.75, "male"), load=hm.series.KINGMA_BOX, frames=21)
    >>> fast = hm.movements.retimed(m, 1.5)
    >>> float(fast.end_pose.hip) == float(m.end_pose.hip), float(fast.time[-1])
    (True, 1.5)
    """
    if not isinstance(mv, Movement):
        raise ValueError(f"mv must be a hinge_model Movement (from hm.movement), got {type(mv).__name__}")
    total = float(check_range("duration", duration, 0.0, 600.0, lo_open=True, unit="s"))
    return _assemble(mv.name, mv.body, mv.load_mass, mv.target_height, mv.load_x, mv.end_pose, mv.fit, mv.placed,
                     mv.slr, dict(mv.options), len(mv.time), total)


def _assemble(name: str, body: Body, load_kg: float, h: float, lx: float, end: Pose, fit: Any, placed: Any,
              s: float, options: dict[str, Any], frames: int, total: float) -> Movement:
    """The movement through the solved pick-up posture ``end``: time, trajectory, balance bump, analysis."""
    t_down = t_up = 0.5 * total
    pickup = (int(frames) - 1) // 2
    time = np.concatenate((np.linspace(0.0, t_down, pickup + 1),
                           np.linspace(t_down, total, int(frames) - pickup)[1:]))
    load_arr = np.where(np.arange(int(frames)) >= pickup, load_kg, 0.0)
    mv = Movement(name=name, body=body, load_mass=load_kg, target_height=h, load_x=lx, poses=end, analysis=None,  # type: ignore[arg-type]
                  time=time, pickup=pickup, end_pose=end, hand_load=load_arr, t_down=t_down, t_up=t_up, slr=s,
                  options=MappingProxyType(options), placed=placed, fit=fit)
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


__all__ = [
    "PROGRESSION_TARGETS",
    "TECHNIQUES",
    "Movement",
    "balance_target",
    "hip_share",
    "minimum_jerk",
    "movement",
    "progression",
    "retimed",
    "solve_pickup",
    "technique_constraints",
]
