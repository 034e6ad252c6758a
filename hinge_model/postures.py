r"""Pick-up postures fitted to measured lifts: the smallest change from a measured pattern that does the task.

Each technique has a measured pick-up pattern (data/lift_postures.csv: mean and SD of each joint angle, with its
source and where in it the number is). For a task (grip point, load, object) the solver finds the posture ``q``
(ankle, knee, hip, lumbar flexion and shoulder; elbows straight, neck neutral) that minimises

    sum_j ((q_j - f * mean_j) / sd_j)^2          (weighted least squares on the angle deviations)

under HARD constraints (scipy SLSQP):

* the hands at the grip (equality, both coordinates);
* balance: the CoM of body + load, and of the body alone (the instant before the lift), at least
  :data:`BALANCE_MARGIN` of foot length inside heel and toe;
* no intersection: the legs stay clear of the object (:mod:`hinge_model.clearance`);
* joint ranges (:data:`hinge_model.conventions.ANGLE_RANGES`, 0.5 deg inside) and the hamstring stretch limit
  ``hip <= hamstring_stretch_limit(knee, slr)`` ("stop at the hamstring stretch").

``f = clip((h_stand - h) / (h_stand - h_ref), 0, 1)`` scales the pattern to the grip height ``h``: 0 for the
hands' standing height ``h_stand``, 1 at the measured task's grip height ``h_ref`` (0.225 m: a bar on 0.45 m plates)
and below. This linear scaling between upright and the measured posture is an ASSUMPTION (no lift was measured at
every height); the hard constraints then decide.

Per technique, the data and the cue each part encodes:

hinge ("push the hips back, soft knees, neutral spine")
    Conventional deadlift of Schellenberg et al. 2013 (BMC Sports Sci Med Rehabil 5:27): knee 107.8 +- 22.4 deg
    (first-hand), hip 103.2 +- 4.8 deg (second-hand); lumbar 0 +- 8.2 deg (the cue "neutral spine", with the
    between-subject SD of von Arx et al. 2021's squat); ankle 10 +- 8 deg ("near-vertical shins"). The tight hip
    SD keeps the hips back; the loose knee SD lets the knees bend as far as the task needs ("soft knees" above the
    knee, a deadlift from the floor).
bend / stoop ("just reach down")
    Knee 5.3 +- 6.7 deg and hip 75.3 +- 9.2 deg of Schellenberg et al.'s good morning (straight-leg hinge;
    first- / second-hand), lumbar flexion 35.9 +- 10.1 deg of von Arx et al. 2021's stoop (abstract, first-hand).
squat ("knees forward, chest up, sit down")
    Lumbar flexion 25.1 +- 8.2 deg of von Arx et al. 2021's squat (abstract, first-hand); knee 107.8 +- 22.4 deg
    (a knees-bent floor lift; assumption that a squat lift bends the knees at least like a deadlift); ankle
    25 +- 8 deg ("knees forward", assumption); the hip is free: the trunk leans as reach and balance require.
"""

from __future__ import annotations

import csv
import warnings
from functools import cache, partial
from importlib.resources import files
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize

from .anthropometry import Body
from .clearance import clearance_from_kinematics
from .conventions import ANGLE_RANGES
from .kinematics import forward
from .muscles import SLR_LIMITS, hamstring_stretch_limit
from .objects import PlacedObject
from .pickup_paths import UnreachableError
from .pose import Pose
from .statics import center_of_mass

Array = NDArray[np.float64]

TECHNIQUES: tuple[str, ...] = ("hinge", "bend", "squat")
#: The solver's joints (elbow 0, neck 0).
SOLVED: tuple[str, ...] = ("ankle", "knee", "hip", "lumbar", "shoulder")
#: Keep solved angles this far (deg) inside the joint ranges.
RANGE_MARGIN: float = 0.5
#: The CoM stays this fraction of foot length inside heel and toe at the pick-up.
BALANCE_MARGIN: float = 0.10
#: Grip height (m above the floor) at which the measured patterns apply in full.
REFERENCE_GRIP: float = 0.225
#: Legs at least this far (m) from the object at the pick-up (skin contact allowed, no overlap).
CLEARANCE_MARGIN: float = 0.002
#: SD (deg) of a joint without a measured value (free: the constraints decide).
FREE_SD: float = 60.0


@cache
def patterns() -> MappingProxyType[str, MappingProxyType[str, dict[str, object]]]:
    """The measured patterns: technique -> joint -> row of data/lift_postures.csv (mean, sd, source, where...)."""
    text = files("hinge_model.data").joinpath("lift_postures.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out: dict[str, dict[str, dict[str, object]]] = {t: {} for t in TECHNIQUES}
    for r in rows:
        out[r["technique"]][r["joint"]] = {**r, "mean": float(r["mean"]), "sd": float(r["sd"]),
                                           "grip_height": float(r["grip_height"])}
    return MappingProxyType({k: MappingProxyType(v) for k, v in out.items()})


def standing_grip_height(body: Body) -> float:
    """Height of the hands above the floor standing upright with the arms hanging (m)."""
    kin = forward(body, Pose())
    return float(kin.points["hand"][1]) + float(body.ankle_height)


def pattern(name: str, body: Body, grip_height: float) -> tuple[Array, Array]:
    """Target angles and SDs (deg) of ``SOLVED`` for technique ``name`` at ``grip_height`` (see module doc)."""
    rows = patterns()[name]
    h_stand = standing_grip_height(body)
    f = float(np.clip((h_stand - grip_height) / (h_stand - REFERENCE_GRIP), 0.0, 1.0))
    mean = np.array([f * float(rows[j]["mean"]) if j in rows else 0.0 for j in SOLVED])  # type: ignore[arg-type]
    sd = np.array([float(rows[j]["sd"]) if j in rows else FREE_SD for j in SOLVED])  # type: ignore[arg-type]
    return mean, sd


_LO = np.array([ANGLE_RANGES[j][0] + RANGE_MARGIN for j in SOLVED])
_HI = np.array([ANGLE_RANGES[j][1] - RANGE_MARGIN for j in SOLVED])


class _Problem:
    """Constraint values and finite-difference Jacobians from ONE batched forward-kinematics call per x."""

    def __init__(self, body: Body, grip: tuple[float, float], load: float, placed: PlacedObject | None,
                 slr: float) -> None:
        self.body, self.grip, self.load, self.placed, self.slr = body, np.asarray(grip, float), load, placed, slr
        foot = body.toe_x - body.heel_x
        self.lo, self.hi = body.heel_x + BALANCE_MARGIN * foot, body.toe_x - BALANCE_MARGIN * foot
        self._x: Array | None = None
        self.h = 1e-3

    def _values(self, X: Array) -> tuple[Array, Array]:
        # SLSQP keeps x inside the bounds (_LO, _HI: RANGE_MARGIN inside the joint ranges) and the neighbours are
        # only h = 1e-3 deg away, so the range check of Pose() is skipped here (same arrays, ~10 % of a solve)
        zero = np.zeros(X.shape[0])
        pose = Pose._unchecked({"elbow": zero, "neck": zero, **{j: X[:, i] for i, j in enumerate(SOLVED)}})
        kin = forward(self.body, pose)
        hand = kin.points["hand"]
        cl = center_of_mass(self.body, kin, self.load)[:, 0]
        c0 = center_of_mass(self.body, kin, 0.0)[:, 0]
        ineq = [cl - self.lo, self.hi - cl, c0 - self.lo, self.hi - c0,
                hamstring_stretch_limit(X[:, 1], self.slr) - X[:, 2]]
        if self.placed is not None and self.placed.checks_legs:
            ineq.append((clearance_from_kinematics(self.body, kin, self.placed) - CLEARANCE_MARGIN) * 100.0)
        eq = (hand - self.grip[None, :]).T * 10.0
        return np.asarray(eq), np.asarray(ineq)

    def _update(self, x: Array) -> None:
        if self._x is not None and np.array_equal(x, self._x):
            return
        X = np.vstack((x, x + self.h * np.eye(len(x))))
        eq, ineq = self._values(X)
        self._x = x.copy()
        self.eq, self.ineq = eq[:, 0], ineq[:, 0]
        self.jeq = (eq[:, 1:] - eq[:, :1]) / self.h
        self.jineq = (ineq[:, 1:] - ineq[:, :1]) / self.h

    def _at(self, name: str, x: Array) -> Array:
        """``eq``, ``jeq``, ``ineq`` or ``jineq`` at x, from the one cached evaluation at x."""
        self._update(x)
        return getattr(self, name)

    def constraint(self, kind: str) -> dict[str, Any]:
        """SLSQP's constraint dict of ``kind`` ("eq" or "ineq"): its values and Jacobian at x."""
        return {"type": kind, "fun": partial(self._at, kind), "jac": partial(self._at, "j" + kind)}


def fit_pickup(body: Body, name: str, grip: tuple[float, float], load_mass: float = 0.0,
               placed: PlacedObject | None = None, *, slr: float = SLR_LIMITS["normal"]) -> tuple[Pose, dict]:
    """The pick-up posture of technique ``name`` with the hands at ``grip`` (x, y model coordinates): the
    weighted-least-squares fit to the measured pattern under the hard constraints (module docstring).

    Returns the pose and a report (``cost``: sum of squared SD-scaled deviations, ``deviation``: joint -> SDs from
    the pattern). ValueError when no posture meets the constraints.
    """
    grip_height = float(grip[1]) + float(body.ankle_height)
    mean, sd = pattern(name, body, grip_height)
    w = 1.0 / sd**2
    prob = _Problem(body, grip, float(load_mass), placed, float(slr))
    cons = (prob.constraint("eq"), prob.constraint("ineq"))
    bounds = list(zip(_LO, _HI, strict=True))
    best = None
    starts = [np.clip(mean + np.array([0, 0, 0, 0, 40.0 * (grip_height < 1.0)]), _LO, _HI)]
    starts.append(np.clip(starts[0] + np.array([10.0, 30.0, 10.0, 5.0, 0.0]), _LO, _HI))
    starts.append(np.clip(np.array([20.0, 120.0, 110.0, 20.0, 40.0]), _LO, _HI))
    for x0 in starts:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            res = minimize(lambda x: float(np.sum(w * (x - mean) ** 2)), x0, jac=lambda x: 2.0 * w * (x - mean),
                           method="SLSQP", bounds=bounds, constraints=cons,
                           options={"maxiter": 200, "ftol": 1e-10})
        x = np.clip(res.x, _LO, _HI)
        eq, ineq = cons[0]["fun"](x), cons[1]["fun"](x)
        ok = bool(np.max(np.abs(eq)) < 1e-4 and np.min(ineq) > -1e-4)
        if ok and (best is None or res.fun < best[1]):
            best = (x, float(res.fun))
            break
    if best is None:
        raise UnreachableError(
            f"target_height = {grip_height:.3f} m at load_x = {float(grip[0]):.3f} m cannot be reached by a {name} "
            f"of this body ({body.height:g} m, {body.sex}) with the hands at the grip, the CoM over the feet with "
            f"and without {load_mass:g} kg, the legs clear of the object and the joints in range"
        )
    x = best[0]
    pose = Pose(**{j: float(x[i]) for i, j in enumerate(SOLVED)})
    dev = {j: float((x[i] - mean[i]) / sd[i]) for i, j in enumerate(SOLVED)}
    return pose, {"cost": best[1], "deviation": dev, "pattern": dict(zip(SOLVED, mean.tolist(), strict=True))}
