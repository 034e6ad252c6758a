"""hinge_model's joint moments against OpenSim's: the committed cross-check table and its agreement.

``data/opensim_crosscheck.csv`` (package data ``hinge_model.data``) holds the inputs and OpenSim 4.6's outputs
of two sets of cases, made by ``python -m hinge_model.crosscheck --write`` (which needs OpenSim:
``pip install -e '.[validate]'``):

* ``static``: :data:`N_STATIC` seeded random bodies (sex alternating, 45-130 kg, 1.50-2.00 m), poses (every joint
  uniform over its whole allowed range, :data:`~hinge_model.conventions.ANGLE_RANGES`, 0.01 deg steps) and loads
  (0-40 kg), held still under gravity (case 0 is quiet standing without a load);
* ``lift``: every frame of one fast lift, :data:`LIFT` (1 s down and up), with the joint angles, velocities and
  accelerations of :meth:`hinge_model.movements.Movement.joint_trajectory`; the load is in the hands from the
  pick-up frame on.

OpenSim's numbers come from :mod:`hinge_model.opensim_chain` (the same chain built with OpenSim's API, moments by
its ``InverseDynamicsSolver``). :func:`opensim_agreement` needs no OpenSim: it reads the table and recomputes
hinge_model's moments from the stored inputs (:func:`hinge_model.analyze` for the static cases,
:func:`hinge_model.dynamics.joint_space_inverse_dynamics` for the lift). Moments: N*m, extensor positive, both
sides; angles deg, deg/s, deg/s^2. Inputs are stored rounded (12 significant digits; moments 15) and OpenSim
was run on the rounded values, so both engines see exactly the same numbers.

>>> from hinge_model.crosscheck import opensim_agreement
>>> r = opensim_agreement()
>>> r["cases"]["static"] >= 50 and max(r["max_abs_difference"].values()) < 1e-6
True
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import io
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .anthropometry import Body
from .conventions import ANGLE_RANGES, JOINTS
from .validation import InputTypeError, check_argv, check_array, check_instance

Array = NDArray[np.float64]

CSV_NAME: str = "opensim_crosscheck.csv"
#: Joints compared (those with a net moment in hinge_model), in column order.
JOINTS_COMPARED: tuple[str, ...] = ("ankle", "knee", "hip", "L5S1", "shoulder", "elbow")
#: Number of static cases and the seed of their generator (numpy default_rng).
N_STATIC: int = 64
SEED: int = 13
#: The fast lift of the table (keyword arguments of hinge_model.movement, plus the body).
LIFT: MappingProxyType[str, Any] = MappingProxyType({
    "name": "hinge", "mass": 75.0, "height": 1.75, "sex": "male", "load_mass": 15.0, "target_height": 0.22,
    "duration": 1.0, "frames": 60,
})
#: Significant digits of the inputs written to the table, and of OpenSim's moments.
DIGITS: int = 12
DIGITS_MOMENT: int = 15

_INPUTS = ("case", "kind", "frame", "time", "sex", "mass", "height", "load_mass")
COLUMNS: tuple[str, ...] = (*_INPUTS, *(f"{p}_{j}" for p in ("q", "qd", "qdd") for j in JOINTS),
                            *(f"M_{j}" for j in JOINTS_COMPARED))


@dataclass(frozen=True)
class Case:
    """One instant: a body, its joint angles (deg), velocities (deg/s), accelerations (deg/s^2) and the load (kg)."""

    case: int
    kind: str  # "static" or "lift"
    frame: int
    time: float  # s (0 for static cases)
    sex: str
    mass: float
    height: float
    load_mass: float
    q: dict[str, float]
    qd: dict[str, float]
    qdd: dict[str, float]

    @property
    def body(self) -> Body:
        return Body(self.mass, self.height, self.sex)


def _r(x: float) -> float:
    """Round to the table's precision (what a reader gets back)."""
    return float(f"{float(x):.{DIGITS}g}")


def static_cases(n: int = N_STATIC, seed: int = SEED) -> list[Case]:
    """The seeded random static cases (see the module docstring); case 0 is quiet standing, no load."""
    for name, value, lo in (("n", n, 1), ("seed", seed, 0)):
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < lo:
            raise ValueError(f"{name} must be a whole number >= {lo}, got {value!r}")
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        sex = ("male", "female")[i % 2]
        mass, height, load = (round(float(rng.uniform(45.0, 130.0)), 1), round(float(rng.uniform(1.5, 2.0)), 3),
                              round(float(rng.uniform(0.0, 40.0)), 2))
        q = {j: round(float(rng.uniform(*ANGLE_RANGES[j])), 2) for j in JOINTS}
        if i == 0:
            mass, height, load, q = 75.0, 1.75, 0.0, dict.fromkeys(JOINTS, 0.0)
        zero = dict.fromkeys(JOINTS, 0.0)
        out.append(Case(i, "static", 0, 0.0, sex, mass, height, load, q, zero, dict(zero)))
    return out


def lift_cases(spec: MappingProxyType[str, Any] = LIFT, case: int = N_STATIC) -> list[Case]:
    """Every frame of the fast lift ``spec`` (see :data:`LIFT`), inputs rounded to the table's precision."""
    if isinstance(case, bool) or not isinstance(case, int | np.integer) or case < 0:
        raise ValueError(f"case must be a whole number >= 0 (the table's case number), got {case!r}")
    if not hasattr(spec, "keys") or set(spec.keys()) != set(LIFT.keys()):
        raise ValueError(f"spec must be a mapping with exactly the keys {sorted(LIFT)}, got {spec!r}")
    from .movements import movement

    body = Body(spec["mass"], spec["height"], spec["sex"])
    m = movement(spec["name"], body, load_mass=spec["load_mass"], target_height=spec["target_height"],
                 frames=spec["frames"], duration=spec["duration"])
    q, qd, qdd = m.joint_trajectory(m.time)
    return [Case(case, "lift", k, _r(t), body.sex, body.mass, body.height, float(m.hand_load[k]),
                 {j: _r(q[j][k]) for j in JOINTS}, {j: _r(qd[j][k]) for j in JOINTS},
                 {j: _r(qdd[j][k]) for j in JOINTS}) for k, t in enumerate(m.time)]


def _check_cases(name: str, cases: object) -> list[Case]:
    """``cases`` as a non-empty list of :class:`Case` (as static_cases, lift_cases or read_table give)."""
    if not isinstance(cases, list | tuple) or not cases or not all(isinstance(c, Case) for c in cases):
        raise InputTypeError(f"{name} must be a non-empty list of crosscheck.Case (from static_cases(), "
                             f"lift_cases() or read_table()), got {type(cases).__name__}")
    return list(cases)


def hinge_model_moments(cases: Sequence[Case]) -> Array:
    """hinge_model's net joint moments (N*m, extensor +), shape (len(cases), len(JOINTS_COMPARED)).

    Static cases through :func:`hinge_model.analyze`, lift frames through
    :func:`hinge_model.dynamics.joint_space_inverse_dynamics` (all frames of a case in one call)."""
    from .dynamics import joint_space_inverse_dynamics
    from .pose import Pose
    from .statics import analyze

    cases = _check_cases("cases", cases)
    out = np.full((len(cases), len(JOINTS_COMPARED)), np.nan)
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(cases):
        groups.setdefault(c.case, []).append(i)
    for rows in groups.values():
        first = cases[rows[0]]
        body = first.body
        field = {f: {j: np.array([getattr(cases[i], f)[j] for i in rows]) for j in JOINTS} for f in ("q", "qd", "qdd")}
        load = np.array([cases[i].load_mass for i in rows])
        if first.kind == "static":
            moments = analyze(body, Pose(**field["q"]), load).moments
        else:
            moments = joint_space_inverse_dynamics(body, field["q"], field["qd"], field["qdd"], load,
                                                   with_spine=False).moments
        for k, j in enumerate(JOINTS_COMPARED):
            out[rows, k] = np.asarray(moments[j], dtype=float)
    return out


def opensim_moments(cases: Sequence[Case]) -> Array:
    """OpenSim's net joint moments for the cases (needs OpenSim); same layout as :func:`hinge_model_moments`."""
    from .opensim_chain import build_chain

    cases = _check_cases("cases", cases)
    chains: dict[tuple[str, float, float, float], Any] = {}
    out = np.empty((len(cases), len(JOINTS_COMPARED)))
    for i, c in enumerate(cases):
        key = (c.sex, c.mass, c.height, c.load_mass)
        if key not in chains:
            chains[key] = build_chain(c.body, c.load_mass)
        m = chains[key].moments(c.q, c.qd, c.qdd)
        out[i] = [m[j] for j in JOINTS_COMPARED]
    return out


def read_table(text: str | None = None) -> tuple[list[Case], Array, dict[str, str]]:
    """Cases, OpenSim moments (N*m) and header fields (``# key: value`` lines) of the committed table."""
    if text is None:
        text = files("hinge_model.data").joinpath(CSV_NAME).read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    body_lines = []
    for line in text.splitlines():
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and key.strip() and " " not in key.strip():
                meta[key.strip()] = value.strip()
        elif line.strip():
            body_lines.append(line)
    reader = csv.DictReader(io.StringIO("\n".join(body_lines)))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise RuntimeError(f"{CSV_NAME}: columns {reader.fieldnames} are not {list(COLUMNS)}")
    cases, moments = [], []
    for row in reader:
        cases.append(Case(int(row["case"]), row["kind"], int(row["frame"]), float(row["time"]), row["sex"],
                          float(row["mass"]), float(row["height"]), float(row["load_mass"]),
                          *({j: float(row[f"{p}_{j}"]) for j in JOINTS} for p in ("q", "qd", "qdd"))))
        moments.append([float(row[f"M_{j}"]) for j in JOINTS_COMPARED])
    return cases, np.array(moments), meta


def opensim_agreement() -> dict[str, Any]:
    """Agreement of hinge_model with the committed OpenSim results (no OpenSim needed).

    Returns ``max_abs_difference`` {joint: N*m} over all rows, the same split into ``static`` and ``lift``
    (``max_abs_difference_static`` / ``_lift``), ``max_abs_moment`` {joint: N*m} (the size of what is compared),
    ``cases`` {"static": number of static cases, "lift_frames": frames of the lift}, and the table's
    ``opensim_version``, ``date`` and ``lift`` description.
    """
    cases, os_m, meta = read_table()
    diff = np.abs(hinge_model_moments(cases) - os_m)
    static = np.array([c.kind == "static" for c in cases])

    def per_joint(a: Array) -> dict[str, float]:
        return {j: float(np.max(a[:, k])) if len(a) else 0.0 for k, j in enumerate(JOINTS_COMPARED)}

    return {
        "max_abs_difference": per_joint(diff),
        "max_abs_difference_static": per_joint(diff[static]),
        "max_abs_difference_lift": per_joint(diff[~static]),
        "max_abs_moment": per_joint(np.abs(os_m)),
        "cases": {"static": int(static.sum()), "lift_frames": int((~static).sum())},
        "opensim_version": meta.get("opensim_version", ""),
        "date": meta.get("date", ""),
        "lift": meta.get("lift", ""),
    }


def _fmt(x: float | int | str, digits: int = DIGITS) -> str:
    return x if isinstance(x, str) else f"{x + 0:.{digits}g}"  # + 0 turns -0.0 into 0


def format_table(cases: Sequence[Case], moments: Array, opensim_version: str, date: str) -> str:
    """The CSV text: header comment (how it was made, OpenSim version, date) and one row per case."""
    from . import __version__

    cases = _check_cases("cases", cases)
    moments = check_array("moments", moments)
    if moments.shape != (len(cases), len(JOINTS_COMPARED)):
        raise ValueError(f"moments must have shape (len(cases), {len(JOINTS_COMPARED)}) = ({len(cases)}, "
                         f"{len(JOINTS_COMPARED)}): one row per case, columns {JOINTS_COMPARED}; got {moments.shape}")
    for name, text in (("opensim_version", opensim_version), ("date", date)):
        if not isinstance(text, str) or "\n" in text:
            raise InputTypeError(f"{name} must be a one-line string, got {text!r}")
    lift = ", ".join(f"{k}={v!r}" for k, v in LIFT.items())
    head = [
        "# OpenSim cross-check of hinge_model's net joint moments (N*m, extensor positive, both sides).",
        f"# Made by `python -m hinge_model.crosscheck --write` (hinge_model {__version__}): the chain of",
        "# hinge_model.opensim_chain built with the OpenSim Python API, moments by OpenSim's InverseDynamicsSolver",
        "# (static rows: zero speeds and accelerations, gravity only). Read by hinge_model.crosscheck.",
        f"# static rows: {N_STATIC} seeded random bodies/poses/loads (numpy default_rng({SEED}); see the module).",
        "# lift rows: every frame of hinge_model.movement(...) with the angles (deg), velocities (deg/s) and",
        "# accelerations (deg/s^2) of Movement.joint_trajectory; load in the hands from the pick-up frame on.",
        "# Columns: case, kind (static|lift), frame, time (s), sex, mass (kg), height (m), load_mass (kg),",
        "# q_/qd_/qdd_<joint> (deg, deg/s, deg/s^2), M_<joint> (OpenSim, N*m).",
        f"# opensim_version: {opensim_version}",
        f"# date: {date}",
        f"# lift: {lift}",
    ]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for c, m in zip(cases, moments, strict=True):
        writer.writerow([_fmt(v) for v in (c.case, c.kind, c.frame, c.time, c.sex, c.mass, c.height, c.load_mass)]
                        + [_fmt(getattr(c, p)[j]) for p in ("q", "qd", "qdd") for j in JOINTS]
                        + [_fmt(float(v), DIGITS_MOMENT) for v in m])
    return "\n".join(head) + "\n" + buf.getvalue()


def write_table(path: Path | None = None) -> Path:
    """Recompute OpenSim's moments for every case and write the table (default: the package's data folder)."""
    from .opensim_chain import opensim_version

    if path is not None:
        target = Path(check_instance("path", path, (str, Path), "a file path (str or Path) or None"))
        if not target.parent.is_dir():
            raise ValueError(f"path = {str(path)!r}: allowed: a file in an existing folder ({target.parent} is none)")
    cases = static_cases() + lift_cases()
    text = format_table(cases, opensim_moments(cases), opensim_version(), _dt.date.today().isoformat())
    target = Path(str(files("hinge_model.data").joinpath(CSV_NAME))) if path is None else Path(path)
    target.write_text(text, encoding="utf-8")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m hinge_model.crosscheck [--write [--output PATH]]``: print the agreement, or rewrite the table."""
    parser = argparse.ArgumentParser(prog="python -m hinge_model.crosscheck", description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="rerun OpenSim and rewrite the table (needs opensim)")
    parser.add_argument("--output", type=Path, default=None, help="where to write (default: the package data)")
    args = parser.parse_args(check_argv("argv", argv))
    if args.write:
        try:
            import opensim  # noqa: F401
        except ImportError as err:
            print(f"--write needs OpenSim ({err}): pip install -e '.[validate]'", file=sys.stderr)
            return 2
        print(f"wrote {write_table(args.output)}")
    r = opensim_agreement()
    print(f"OpenSim {r['opensim_version']} ({r['date']}): {r['cases']['static']} static cases, "
          f"{r['cases']['lift_frames']} lift frames")
    for j in JOINTS_COMPARED:
        print(f"  {j:9s} max |hinge_model - OpenSim| = {r['max_abs_difference'][j]:.2e} N*m "
              f"(largest |M| {r['max_abs_moment'][j]:.0f} N*m)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
