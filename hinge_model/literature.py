r"""Published numbers the model can be checked against, and the model's value for each (notebook 99).

:data:`PUBLISHED` holds each published value or range, read from ``data/literature.csv``: its source (a paper,
never a file) and WHERE in the source it was read (abstract, table, figure, page). ``hand="first"`` rows were read
in the source itself; ``hand="second"`` rows were not (carried over, or read in a reproduction) and NEVER count as
agreement: their verdict is "not comparable". :func:`comparisons` COMPUTES the model's value for every row (no
model value is typed in) and gives a verdict:

* ``"within"``: inside ``[low - tolerance, high + tolerance]``;
* ``"outside"``: not inside; the reason is in :data:`KNOWN_OUTSIDE` when the disagreement is understood;
* ``"not comparable"``: the row is second-hand, the source states a finding without a number, or the model has
  no such task (:data:`NO_MODEL_TASK`).

Conventions: SI units (N, N*m), angles in degrees, BW = body weight (N). "Ratio" rows are squat / stoop of the
peaks over the whole lift; "difference" rows are stoop minus squat. Dynamic peaks come from inverse dynamics
(``Movement.dynamics``) of a lift lasting :data:`DYNAMIC_DURATION` s. L5/S1 shear peaks are the largest ANTERIOR
shear (signed, + = the upper vertebra pushed forward); L4/L5 shear peaks are the largest magnitude (the source
bounds its size).

Box and barbell rows use the object API (``hm.Box``, ``hm.Barbell``, ``hm.movement(..., load=obj, placement=...)``,
``spine_levels``): placement "front" is Kingma et al.'s "feet behind the box", "between" their "feet beside the box",
``hm.Box(..., elevation=0.45)`` their lift from 0.5 m.
Kind ``"independent"``: the model was not built from the number; ``"input"``: it was (a data check, not evidence).
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from types import MappingProxyType
from typing import Any

import numpy as np

from .anthropometry import Body
from .conventions import G
from .literature_known import KNOWN_OUTSIDE  # the reasons, one per known disagreement
from .pose import Pose
from .statics import analyze

#: Duration (s) of the dynamic lifts: ASSUMPTION, a brisk self-paced lift (von Arx et al. 2021, abstract: 4.6-5.9 s
#: per lifting CYCLE of lowering, lifting and returning the box).
DYNAMIC_DURATION: float = 2.0
FRAMES: int = 60  #: frames of each lift the table computes
#: Kingma et al. (2004, abstract): 10.5 kg boxes without handles, "from 0.05 m" or "from 0.5 m": read as the box
#: standing that high, hands under its bottom edges (hm.series.KINGMA_BOX, KINGMA_BOX_HIGH; an ASSUMPTION).
KINGMA_BOX_MASS: float = 10.5
KINGMA_LOW_ELEVATION: float = 0.05
KINGMA_HIGH_ELEVATION: float = 0.5
#: von Arx et al. (2021, abstract): a 15 kg box; also used for the qualitative stoop-vs-squat rows.
BOX_MASS: float = 15.0
#: Rows the model has no task for (their model value is None; verdict "not comparable").
NO_MODEL_TASK: MappingProxyType[str, str] = MappingProxyType({f"schellenberg_goodmorning_{j}": "the model has no "
                                                              "bar-on-the-shoulders task (good morning)"
                                                              for j in ("knee", "hip")})

WITHIN, OUTSIDE, NOT_COMPARABLE = "within", "outside", "not comparable"  #: the verdicts
VERDICTS: tuple[str, ...] = (WITHIN, OUTSIDE, NOT_COMPARABLE)


@dataclass(frozen=True)
class Published:
    """A published value or range ``low``..``high`` in ``unit`` (None when the source gives no number), with its
    ``source`` (paper), ``where`` it was read in it, and ``hand`` ("first" or "second")."""

    key: str
    quantity: str
    low: float | None
    high: float | None
    unit: str
    source: str
    where: str
    hand: str
    kind: str
    tolerance: float
    tolerance_note: str

    @property
    def numeric(self) -> bool:
        """True when the source gives a number (or a one-sided direction) to compare with."""
        return self.low is not None and self.high is not None

    @property
    def text(self) -> str:
        """The published value as text: ``1100 to 1400 N``, ``1.199 ± 0.174``, ``≥ 1``, or the finding's note."""
        lo, hi, u = self.low, self.high, f" {self.unit}" if self.unit else ""
        if lo is None or hi is None:
            return "no number (finding only)"
        if math.isinf(hi):
            return f"≥ {lo:g}{u}"
        if math.isinf(lo):
            return f"≤ {hi:g}{u}"
        if lo == hi:
            return f"{lo:g} ± {self.tolerance:g}{u}" if self.tolerance else f"{lo:g}{u}"
        return f"{lo:g} to {hi:g}{u}"


@dataclass(frozen=True)
class Comparison:
    """One row of the validity table: the published value, the model's value and the verdict."""

    key: str
    quantity: str
    published: str
    low: float | None
    high: float | None
    unit: str
    source: str
    where: str
    hand: str
    model: float | None
    tolerance: float
    verdict: str
    kind: str
    how: str
    explanation: str

    @property
    def within(self) -> bool:
        """True only for verdict "within" (never for a second-hand or not comparable row)."""
        return self.verdict == WITHIN

    @property
    def deviation(self) -> float:
        """Distance (in ``unit``) from the model value to the published range; 0 inside it or when not comparable."""
        if self.model is None or self.low is None or self.high is None:
            return 0.0
        return float(max(self.low - self.model, self.model - self.high, 0.0))


_FILE = re.compile(r"[\w.-]+/[\w./-]*\.(md|txt|csv|py|ipynb|pdf)\b")  # a path to a file: cite the paper instead


def _number(text: str) -> float | None:
    return None if text.strip() == "" else float(text)


def _check_rows(rows: tuple[Published, ...]) -> tuple[Published, ...]:
    """Every row names a source and where in it the number was read, and is well formed; else ValueError."""
    seen: set[str] = set()
    for p in rows:
        if not p.where.strip() or not p.source.strip():
            raise ValueError(f"literature row {p.key!r}: empty {'where' if not p.where.strip() else 'source'} "
                             "(say where in the paper the number was read: table, figure, page or abstract)")
        if _FILE.search(p.source) or _FILE.search(p.where):
            raise ValueError(f"literature row {p.key!r}: cites a file ({p.source!r}); cite the paper")
        if p.hand not in ("first", "second") or p.kind not in ("independent", "input"):
            raise ValueError(f"literature row {p.key!r}: hand {p.hand!r} must be 'first' or 'second', kind "
                             f"{p.kind!r} 'independent' or 'input'")
        if (p.low is None) != (p.high is None) or (p.numeric and p.low > p.high) or not p.tolerance >= 0:  # type: ignore[operator]
            raise ValueError(f"literature row {p.key!r}: low {p.low}, high {p.high}, tolerance {p.tolerance}: "
                             "need low <= high (both or neither given) and tolerance >= 0")
        if p.key in seen:
            raise ValueError(f"literature row {p.key!r} appears twice")
        seen.add(p.key)
    return rows


def _read_rows() -> tuple[Published, ...]:
    text = resources.files("hinge_model.data").joinpath("literature.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    rows = []
    for r in csv.DictReader(lines):
        rows.append(Published(r["key"], r["quantity"], _number(r["low"]), _number(r["high"]), r["unit"],
                              r["source"], r["where"], r["hand"], r["kind"], float(r["tolerance"]),
                              r["tolerance_note"]))
    return _check_rows(tuple(rows))


#: Published values, one per row of ``data/literature.csv`` (see its header).
PUBLISHED: tuple[Published, ...] = _read_rows()



def _objects() -> Any:
    import hinge_model as hm
    return hm


class _Lifts:
    """The model's lifts for one body, computed once each (the object API of issue 13)."""

    def __init__(self, body: Body) -> None:
        self.body = body
        self.weight = body.mass * G
        self._cache: dict[tuple[Any, ...], Any] = {}

    def box(self, technique: str, mass: float, placement: str = "front", elevation: float = 0.0) -> Any:
        key = ("box", technique, mass, placement, elevation)
        if key not in self._cache:
            hm = _objects()
            load = hm.Box(mass, elevation=elevation)
            self._cache[key] = hm.movement(technique, self.body, load=load, frames=FRAMES, placement=placement,
                                           duration=DYNAMIC_DURATION)
        return self._cache[key]

    def deadlift(self, fraction: float) -> Any:
        key = ("deadlift", fraction)
        if key not in self._cache:
            hm = _objects()
            self._cache[key] = hm.movement("hinge", self.body, load=hm.Barbell(fraction * self.body.mass),
                                           frames=FRAMES, duration=DYNAMIC_DURATION)
        return self._cache[key]

    @cached_property
    def standing(self) -> Any:
        return analyze(self.body, Pose(), 0.0)


def _peak(m: Any, what: str) -> float:
    """Peak over a lift's inverse dynamics: "moment" / "hip" (N*m), "compression", "shear" (L5/S1, signed),
    "compression_L4L5", "shear_L4L5" (magnitude), in N."""
    d = m.dynamics
    series: dict[str, Callable[[], Any]] = {
        "moment": lambda: d.moments["L5S1"], "hip": lambda: d.moments["hip"],
        "compression": lambda: d.spine.compression, "shear": lambda: d.spine.shear,  # d.spine is L5/S1 (contract)
        "compression_L4L5": lambda: d.spine_levels["L4L5"].compression,
        "shear_L4L5": lambda: np.abs(d.spine_levels["L4L5"].shear)}
    if what not in series:
        raise ValueError(f"what must be one of {', '.join(series)}, got {what!r}")
    return float(np.max(series[what]()))


def _ratio(lifts: _Lifts, what: str, mass: float, placement: str = "front", elevation: float = 0.0) -> float:
    squat = _peak(lifts.box("squat", mass, placement, elevation), what)
    stoop = _peak(lifts.box("bend", mass, placement, elevation), what)
    return squat / stoop


def _stoop_minus_squat(lifts: _Lifts, what: str) -> float:
    return (_peak(lifts.box("bend", BOX_MASS), what) - _peak(lifts.box("squat", BOX_MASS), what)) / lifts.weight


def _muscle_shear_trend(lifts: _Lifts) -> float:
    from . import spine
    per_newton = -np.sin(np.radians(spine.muscle_obliquity(np.array([spine.FULL_FLEXION, 0.0]))))
    return float(per_newton[0] - per_newton[1])


def _pke(lifts: _Lifts) -> float:
    from .muscles import hamstring_stretch_limit

    knees = np.linspace(0.0, 120.0, 1201)
    return float(np.interp(90.0, hamstring_stretch_limit(knees), knees))  # the limit increases with knee flexion


def _slr(lifts: _Lifts) -> float:
    from .muscles import hamstring_stretch_limit
    return float(hamstring_stretch_limit(0.0))


def _height(name: str) -> Callable[[_Lifts], float]:
    return lambda x: (float(x.standing.points[name][1]) + x.body.ankle_height) / x.body.height


def _mass(*names: str, share: float = 1.0) -> Callable[[_Lifts], float]:
    def f(lifts: _Lifts) -> float:
        seg = Body(lifts.body.mass, lifts.body.height, "male").segments  # de Leva's MALE table is the published one
        return share * sum(seg[n].mass for n in names) / lifts.body.mass
    return f


def _kb(lifts: _Lifts, technique: str) -> Any:
    """Kingma et al.'s low lift, feet behind the box."""
    return lifts.box(technique, KINGMA_BOX_MASS, "front", KINGMA_LOW_ELEVATION)


_K = KINGMA_BOX_MASS
_E = KINGMA_LOW_ELEVATION
_H = KINGMA_HIGH_ELEVATION
#: How the model value of each row is computed (key -> function of the body's lifts) and a line saying so.
MODEL: MappingProxyType[str, tuple[Callable[[_Lifts], float | None], str]] = MappingProxyType({
    "kingma_moment_ratio_behind": (lambda x: _ratio(x, "moment", _K, elevation=_E),
                                   "squat / bend, Box(10.5, elevation=0.05), front"),
    "kingma_compression_ratio_behind": (lambda x: _ratio(x, "compression", _K, elevation=_E),
                                        "as above, L5/S1 compression"),
    "kingma_moment_ratio_beside": (lambda x: _ratio(x, "moment", _K, "between", _E), "Box(10.5), placement between"),
    "kingma_compression_ratio_beside": (lambda x: _ratio(x, "compression", _K, "between", _E), "as above, compression"),
    "kingma_moment_ratio_high": (lambda x: _ratio(x, "moment", _K, "front", _H), "Box(10.5, elevation=0.5)"),
    "kingma_compression_ratio_high": (lambda x: _ratio(x, "compression", _K, "front", _H), "as above, compression"),
    "kingma_l5s1_shear_stoop": (lambda x: _peak(_kb(x, "bend"), "shear"), "bend, Box(10.5), front"),
    "kingma_l5s1_shear_squat": (lambda x: _peak(_kb(x, "squat"), "shear"), "squat, Box(10.5), front"),
    "kingma_l4l5_shear_stoop": (lambda x: _peak(_kb(x, "bend"), "shear_L4L5"), "bend, Box(10.5), |L4/L5|"),
    "kingma_l4l5_shear_squat": (lambda x: _peak(_kb(x, "squat"), "shear_L4L5"), "squat, Box(10.5), |L4/L5|"),
    "vonarx_compression_l5s1": (lambda x: _stoop_minus_squat(x, "compression"), "(bend - squat) / BW, Box(15)"),
    "vonarx_compression_l4l5": (lambda x: _stoop_minus_squat(x, "compression_L4L5"), "as above, L4/L5"),
    "vonarx_shear_l5s1": (lambda x: _stoop_minus_squat(x, "shear"), "(bend - squat) / BW, Box(15), L5/S1 shear"),
    "vonarx_shear_l4l5": (lambda x: _stoop_minus_squat(x, "shear_L4L5"), "as above, |L4/L5 shear|"),
    "lumbar_stoop_vonarx": (lambda x: float(x.box("bend", BOX_MASS).end_pose.lumbar), "bend pick-up, Box(15)"),
    "lumbar_squat_vonarx": (lambda x: float(x.box("squat", BOX_MASS).end_pose.lumbar), "squat pick-up, Box(15)"),
    "hwang_moment_ratio": (lambda x: _ratio(x, "moment", BOX_MASS), "squat / bend, Box(15)"),
    "vanderhave_hip_ratio": (lambda x: _ratio(x, "hip", BOX_MASS), "squat / bend peak hip moment, Box(15)"),
    "vanderhave_l5s1_ratio": (lambda x: _ratio(x, "moment", BOX_MASS), "squat / bend, Box(15)"),
    "vandieen_moment_ratio": (lambda x: _ratio(x, "moment", BOX_MASS), "squat / bend, Box(15), front"),
    "vandieen_compression_ratio": (lambda x: _ratio(x, "compression", BOX_MASS), "as above, compression"),
    "vandieen_shear_ratio": (lambda x: _ratio(x, "shear", BOX_MASS), "as above, L5/S1 shear"),
    "schellenberg_deadlift25_knee": (lambda x: float(x.deadlift(0.25).end_pose.knee), "hinge, Barbell(0.25 BW)"),
    "schellenberg_deadlift25_hip": (lambda x: float(x.deadlift(0.25).end_pose.hip), "hinge, Barbell(0.25 BW)"),
    "schellenberg_deadlift50_knee": (lambda x: float(x.deadlift(0.50).end_pose.knee), "hinge, Barbell(0.50 BW)"),
    "schellenberg_deadlift50_hip": (lambda x: float(x.deadlift(0.50).end_pose.hip), "hinge, Barbell(0.50 BW)"),
    "schellenberg_goodmorning_knee": (lambda x: None, NO_MODEL_TASK["schellenberg_goodmorning_knee"]),
    "schellenberg_goodmorning_hip": (lambda x: None, NO_MODEL_TASK["schellenberg_goodmorning_hip"]),
    "macintosh_shear_trend": (_muscle_shear_trend, "-sin(spine.muscle_obliquity): full flexion minus upright"),
    "slr_young_men": (_slr, "muscles.hamstring_stretch_limit(0), default flexibility"),
    "pke_young_men": (_pke, "knee angle where hamstring_stretch_limit(knee) = 90 deg"),
    "slr_normal": (_slr, "muscles.hamstring_stretch_limit(0) with flexibility='normal'"),
    "height_knee": (_height("knee"), "standing: points['knee'] y + ankle height"),
    "height_hip": (_height("hip"), "standing: points['hip'] y + ankle height"),
    "height_shoulder": (_height("shoulder"), "standing: points['shoulder'] y + ankle height"),
    "mass_trunk": (_mass("pelvis", "abdomen", "thorax"), "pelvis + abdomen + thorax masses / body mass"),
    "mass_thigh": (_mass("thigh", share=0.5), "lumped thigh mass / 2 / body mass"),
    "mass_head": (_mass("head"), "head mass / body mass"),
    "standing_compression": (lambda x: float(x.standing.spine.compression), "analyze(body, Pose(), 0).spine"),
})

#: Model quantities with no published row (exercises of notebook 99 use them): the series' 15 kg floor bar lift.
MODEL_ONLY: tuple[str, ...] = ("floor_static_moment", "floor_dynamic_moment_stoop")


def _keys(keys: Any, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    known = tuple(p.key for p in PUBLISHED) + extra
    if keys is None:
        return known
    given, keys = keys, () if isinstance(keys, str) or not hasattr(keys, "__iter__") else tuple(keys)
    if not keys or not all(isinstance(k, str) for k in keys):
        raise ValueError(f"keys must be None or a non-empty sequence of row keys, got {given!r}")
    bad = [k for k in keys if k not in known]
    if bad:
        raise ValueError(f"keys: unknown keys {bad}; allowed: {', '.join(known)}")
    return tuple(keys)


def model_values(body: Body | None = None, *, keys: Any = None) -> dict[str, float | None]:
    """The model's value for every row of :data:`PUBLISHED` and every :data:`MODEL_ONLY` quantity (or only those
    in ``keys``), units as published, for ``body`` (default: the reference 75 kg, 1.75 m man). None only for the
    :data:`NO_MODEL_TASK` rows. MODEL_ONLY: the series' 15 kg floor-bar stoop, static and 2 s dynamic peaks."""
    body = Body(75.0, 1.75, "male") if body is None else body
    if not isinstance(body, Body):
        raise ValueError(f"body must be a hinge_model.Body or None, got {type(body).__name__}")
    lifts = _Lifts(body)
    wanted = _keys(keys, MODEL_ONLY)
    out: dict[str, float | None] = {k: MODEL[k][0](lifts) for k in wanted if k in MODEL}
    if set(MODEL_ONLY) & set(wanted):
        from .movements import movement
        bend = movement("bend", lifts.body, 15.0, 0.22, frames=41, duration=DYNAMIC_DURATION)
        out["floor_static_moment"] = float(np.max(bend.analysis.moments["L5S1"]))
        out["floor_dynamic_moment_stoop"] = float(np.max(bend.dynamics.moments["L5S1"]))
    return {k: out[k] for k in wanted}


def _verdict(p: Published, v: float | None) -> tuple[str, str]:
    if p.hand != "first":
        inside = (v is not None and p.low is not None and p.high is not None
                  and p.low - p.tolerance - 1e-9 <= v <= p.high + p.tolerance + 1e-9)
        return NOT_COMPARABLE, (f"second-hand ({p.where}): never counted as agreement (the model is "
                                f"{'inside' if inside else 'outside'} the second-hand range)")
    if v is None:
        return NOT_COMPARABLE, NO_MODEL_TASK.get(p.key, "the model has no value for this row")
    if not p.numeric:
        return NOT_COMPARABLE, f"the source states a finding without a number: {p.where}"
    assert p.low is not None and p.high is not None
    if p.low - p.tolerance - 1e-9 <= v <= p.high + p.tolerance + 1e-9:
        return WITHIN, ("input: the model was built from this number (a data check, not evidence)"
                        if p.kind == "input" else "")
    return OUTSIDE, KNOWN_OUTSIDE.get(p.key, "outside the published range (not yet explained)")


def comparisons(body: Body | None = None, *, keys: Any = None) -> list[Comparison]:
    """The validity table: one :class:`Comparison` per row of :data:`PUBLISHED` (or of ``keys``), with the model
    values computed for ``body`` (default: the reference 75 kg, 1.75 m man)."""
    wanted = _keys(keys)
    values = model_values(body, keys=wanted)
    rows = []
    for p in PUBLISHED:
        if p.key not in wanted:
            continue
        v = values[p.key]
        if v is not None and not np.isfinite(v):
            raise RuntimeError(f"model value for {p.key!r} is not finite: {v}")
        verdict, note = _verdict(p, v)
        rows.append(Comparison(p.key, p.quantity, p.text, p.low, p.high, p.unit, p.source, p.where, p.hand, v,
                               p.tolerance, verdict, p.kind, MODEL[p.key][1], note))
    return rows


__all__ = ["DYNAMIC_DURATION", "KNOWN_OUTSIDE", "MODEL", "MODEL_ONLY", "NOT_COMPARABLE", "NO_MODEL_TASK", "OUTSIDE",
           "PUBLISHED", "VERDICTS", "WITHIN", "Comparison", "Published", "comparisons", "model_values"]
