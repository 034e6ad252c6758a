r"""``hm.assess.task(task)``: one lift judged by every method, side by side, with each method's inputs and verdict.

A task is one of

* a :class:`hinge_model.movements.Movement` (``hm.movement(...)``): every frame is judged; the NIOSH origin is the
  pick-up frame, the vertical travel D runs from there to the hands' height at the end (standing with the load);
* an :class:`hinge_model.statics.Analysis` (``hm.analyze(...)``, or a recording's ``rec.analyze(...)``): the
  frames with a load in the hands are the lift; the origin is the loaded frame with the lowest hands and D runs
  to the highest loaded hand position (or give ``travel``);
* a ``(body, pose, load_mass)`` tuple: analysed with :func:`hinge_model.analyze`; with one pose D = ``travel``
  (default 0, i.e. DM = 1).

The five methods (each a :class:`~hinge_model.assess.result.MethodResult`):

=================  ====================================================  ==============================================
attribute          method                                                module
=================  ====================================================  ==============================================
``population``     % of men / women strong enough, per joint (3DSSPP      :mod:`hinge_model.assess.population`
                   style); ``capable`` and ``capable_by_joint``
``niosh``          revised NIOSH equation: RWL and LI at the origin      :mod:`hinge_model.assess.niosh`
``lifft``          LiFFT: damage over the day, probability high-risk     :mod:`hinge_model.assess.lifft`
``limits``         disc compression and shear vs published limits        :mod:`hinge_model.assess.limits`
``balance``        centre of mass (and pressure) inside the feet          :mod:`hinge_model.assess.limits`
=================  ====================================================  ==============================================

Inputs the model cannot know are parameters: ``reps_per_day`` (default 100), ``shift_hours`` of lifting (default
8), ``coupling`` (Table 6 of the NIOSH manual; default "good": a bar or a kettlebell handle), ``asymmetry`` (deg,
default 0: the model is planar). The LiFFT distance is the largest horizontal distance from the model's L5/S1
joint to the hands while they hold the load, as the paper measures it (the online calculator measures from the
hip joint instead).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from ..anthropometry import Body
from ..niosh import hand_location
from ..pose import Pose
from ..statics import Analysis, analyze
from ..validation import check_instance
from ._checks import scalar
from .lifft import PUBLISHED, LiFFTConstants, assess_lifft
from .limits import assess_balance, assess_limits, shear_limit
from .niosh import assess_niosh
from .population import assess_population
from .result import MethodResult


@dataclass(frozen=True, eq=False)
class Assessment:
    """Every method's verdict on one task; ``table()`` gives the "method / says / why" rows."""

    description: str
    analysis: Analysis
    population: MethodResult
    niosh: MethodResult
    lifft: MethodResult
    limits: MethodResult
    balance: MethodResult
    inputs: MappingProxyType[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def capable(self) -> dict[str, float]:
        """{"men": %, "women": %} capable of the whole task (the weakest assessed joint)."""
        return dict(self.population.values["capable"])

    @property
    def capable_by_joint(self) -> dict[str, dict[str, float]]:
        """{joint: {"men": %, "women": %}} at each assessed joint's hardest frame."""
        return {j: dict(v) for j, v in self.population.values["capable_by_joint"].items()}

    @property
    def methods(self) -> tuple[MethodResult, ...]:
        return self.population, self.niosh, self.lifft, self.limits, self.balance

    def table(self) -> list[tuple[str, str, str, str]]:
        """Rows (method, verdict, says, why), one per method, in the order of :attr:`methods`."""
        return [m.row() for m in self.methods]

    def report(self, path: str | Path) -> Path:
        """Write the one-page report: ``.html`` (figures inline) or ``.pdf`` (printed by headless Chromium)."""
        from .report import write_report

        return write_report(self, path)


#: What an analysis must have (a hinge_model Analysis, or a recording's analysis with the same fields).
_ANALYSIS_FIELDS: tuple[str, ...] = ("body", "pose", "points", "moments", "com", "load_mass", "spine")


def _frames(x: Any) -> np.ndarray:
    return np.atleast_1d(np.asarray(x, dtype=float))


def _resolve(task: Any, travel: float | None) -> tuple[str, Analysis, np.ndarray, int, float, Any]:
    """(description, analysis, loaded mask, origin frame, vertical travel D in m, dynamic CoP x or None)."""
    from ..movements import Movement

    if isinstance(task, Movement):
        a = task.analysis
        loaded = _frames(task.hand_load) > 0
        origin = int(task.pickup)
        y = _frames(a.points["hand"][..., 1])
        d = abs(float(y[-1] - y[origin])) if travel is None else travel
        point = getattr(task.load, "kind", "point") == "point"  # an object reads "a 15 kg box, grip 0.15 m, ..."
        what = f"{task.load_mass:g} kg from {100 * task.target_height:.0f} cm" if point else f"a {task.load.describe()}"
        desc = f"{task.name} lifting {what} ({task.body.mass:g} kg, {task.body.height:g} m, {task.body.sex})"
        return desc, a, loaded, origin, d, task.dynamics.cop_x
    if isinstance(task, tuple) and len(task) == 3:
        body, pose, load = task
        if not isinstance(body, Body) or not isinstance(pose, Pose):
            raise ValueError("a task tuple must be (hinge_model.Body, hinge_model.Pose, load_mass in kg), got "
                             f"({type(body).__name__}, {type(pose).__name__}, {type(load).__name__})")
        task = analyze(body, pose, load)
    if not isinstance(task, Analysis) and not all(hasattr(task, k) for k in _ANALYSIS_FIELDS):
        raise ValueError("task must be a hinge_model Movement, an Analysis (e.g. of a recording) or a "
                         f"(body, pose, load_mass) tuple, got {type(task).__name__}")
    a = task
    y = _frames(a.points["hand"][..., 1])
    load = np.broadcast_to(_frames(a.load_mass), y.shape)
    loaded = load > 0
    pick = loaded if loaded.any() else np.ones_like(loaded)
    origin = int(np.flatnonzero(pick)[np.argmin(y[pick])])
    d = float(np.max(y[pick]) - y[origin]) if travel is None else travel
    b = a.body
    desc = (f"holding {float(np.max(load)):g} kg over {y.size} frame(s) ({b.mass:g} kg, {b.height:g} m, {b.sex})")
    return desc, a, loaded, origin, d, None


def task(task: Any, *, reps_per_day: float = 100.0, shift_hours: float = 8.0, coupling: str = "good",
         asymmetry: float = 0.0, travel: float | None = None, age_group: str = "young",
         lifft_constants: LiFFTConstants = PUBLISHED) -> Assessment:
    """Judge ``task`` (a Movement, an Analysis or a ``(body, pose, load_mass)`` tuple) with every method.

    >>> import hinge_model as hm
    >>> r = hm.assess.task(hm.movement("hinge", hm.Body(75, 1.75, "male"), load_mass=15, target_height=0.22))
    >>> sorted(r.capable), [m.method for m in r.methods]
    (['men', 'women'], ['population', 'NIOSH', 'LiFFT', 'tissue limits', 'balance'])
    """
    check_instance("lifft_constants", lifft_constants, LiFFTConstants, "a LiFFTConstants (e.g. lifft.PUBLISHED)")
    asymmetry = scalar("asymmetry", asymmetry, 0.0, 360.0, method="NIOSH", unit="deg", why="the asymmetry angle A")
    if travel is not None:
        travel = scalar("travel", travel, 0.0, 1.75, method="NIOSH", unit="m", why="D up to 175 cm, p. 10")
    shear_limit(reps_per_day)  # the repetitions are checked first: a bad count is never reported as physics
    desc, a, loaded, origin, d, cop = _resolve(task, travel)
    hand = np.atleast_2d(np.asarray(a.points["hand"], dtype=float))
    l5s1 = np.atleast_2d(np.asarray(a.points["L5S1"], dtype=float))
    load = np.broadcast_to(_frames(a.load_mass), loaded.shape)
    lift = loaded if loaded.any() else np.ones_like(loaded)
    load_mass = float(np.max(load[lift]))
    distance = float(np.max(np.abs(hand[lift, 0] - l5s1[lift, 0])))
    h_all, v_all = (_frames(x) for x in hand_location(a))
    H, V = float(h_all[origin]), float(v_all[origin])
    results = {
        "population": assess_population(a, age_group=age_group),
        "niosh": assess_niosh(load_mass, H, V, d, reps_per_day=reps_per_day, shift_hours=shift_hours,
                              coupling=coupling, A=asymmetry),
        "lifft": assess_lifft(load_mass, distance, reps_per_day, constants=lifft_constants),
        "limits": assess_limits(a, reps_per_day=reps_per_day),
        "balance": assess_balance(a, cop),
    }
    inputs = {"reps_per_day": float(reps_per_day), "shift_hours": float(shift_hours), "coupling": coupling,
              "asymmetry": float(asymmetry), "age_group": age_group, "origin_frame": origin, "travel": d,
              "load_mass": load_mass, "lifft_distance": distance}
    return Assessment(description=desc, analysis=a, inputs=MappingProxyType(inputs), **results)
