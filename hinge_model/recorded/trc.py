"""TRC marker files (Motion Analysis "track row column", as written by OpenSim, Pose2Sim and Sports2D).

Layout (tab-separated)::

    PathFileType  4  (X/Y/Z)  lift.trc
    DataRate  CameraRate  NumFrames  NumMarkers  Units  OrigDataRate  OrigDataStartFrame  OrigNumFrames
    30        30          121        8           mm     30            1                   121
    Frame#  Time  RAnkle        RKnee  ...
                  X1  Y1  Z1    X2  Y2  Z2  ...
    1       0.000 12.1 70.2 3.0 ...

Units "m", "cm" or "mm" (or "px": pixels, y down, as Sports2D's ``*_px.trc`` files hold; those files may still say
"m" in the header: pass ``units="px"``). Axes as OpenSim's: Y up; the forward axis is X or Z, whichever carries the
sagittal motion (the larger spread of toe - heel, else of shoulder - hip). Empty or NaN cells are missing
markers. Marker names such as ``RHip``, ``RKnee``, ``RAnkle``, ``RBigToe``, ``RHeel``, ``RShoulder`` (Pose2Sim,
Sports2D) are found by themselves; others are mapped with ``markers=``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ._common import UNITS, Array, RawPoints, RecordingError, _key, candidates
from .pipeline import build


def sagittal(points3d: Mapping[str, Array], vertical: int, source: str) -> tuple[dict[str, Array], str]:
    """Project (frames, 3) markers onto the plane of ``vertical`` and the horizontal axis of the sagittal motion.

    Returns name -> (frames, 2) as (forward, up) and which axis was taken as forward (its sign is left to the
    facing detection)."""
    horiz = [k for k in range(3) if k != vertical]
    keyed = {_key(n): n for n in points3d}

    def find(joint: str) -> Array | None:
        for names in candidates(joint).values():
            for k in sorted(names):
                if k in keyed:
                    return points3d[keyed[k]]
        return None

    toe, heel, hip, sho = find("toe"), find("heel"), find("hip"), find("shoulder")
    pairs = [(toe, heel), (sho, hip)]
    spread = np.zeros(2)
    for a, b in pairs:
        if a is not None and b is not None:
            d = a - b
            spread = np.array([np.nanmedian(np.abs(d[:, k])) + np.nanstd(d[:, k]) for k in horiz])
            break
    fwd = horiz[int(np.argmax(spread))]
    axis = "XYZ"[fwd]
    return {n: np.stack((p[:, fwd], p[:, vertical]), axis=-1) for n, p in points3d.items()}, axis


def read_raw(path: Path, units: str | None = None) -> RawPoints:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    if len(lines) < 6 or not lines[0].startswith("PathFileType"):
        raise RecordingError(f"{path.name}: not a TRC file (the first line must start with PathFileType)")
    keys = lines[1].split("\t")
    vals = lines[2].split("\t")
    meta = {k.strip(): v.strip() for k, v in zip(keys, vals, strict=False)}
    unit = (units or meta.get("Units", "mm")).strip().lower()
    if unit not in (*UNITS, "px"):
        raise RecordingError(f"{path.name}: Units = {unit!r}; allowed: m, cm, mm, px (pass units= to override)")
    names_row = lines[3].split("\t")
    markers = [n.strip() for n in names_row[2:] if n.strip()]
    if not markers:
        raise RecordingError(f"{path.name}: line 4 names no markers (expected Frame#, Time, then marker names)")
    rows = [ln.split("\t") for ln in lines[5:] if ln.strip()]
    n_cols = 2 + 3 * len(markers)
    data = np.full((len(rows), n_cols), np.nan)
    for r, row in enumerate(rows):
        if len(row) > n_cols + 1 or len(row) < 2:
            raise RecordingError(f"{path.name}: frame {r} has {len(row)} cells; {len(markers)} markers need "
                                 f"{n_cols}")
        for c, cell in enumerate(row[:n_cols]):
            cell = cell.strip()
            if cell and cell.lower() != "nan":
                try:
                    data[r, c] = float(cell)
                except ValueError:
                    name = ("Frame#", "Time")[c] if c < 2 else f"{markers[(c - 2) // 3]} {'XYZ'[(c - 2) % 3]}"
                    raise RecordingError(f"{path.name}: frame {r}, column {c + 1} ({name}): {cell!r} is not a "
                                         "number") from None
    time = data[:, 1]
    if not np.isfinite(time).all():
        rate = float(meta.get("DataRate", "nan"))
        if not np.isfinite(rate):
            raise RecordingError(f"{path.name}: the Time column has empty cells and no DataRate")
        time = (data[:, 0] - data[0, 0]) / rate
    pts3 = {m: data[:, 2 + 3 * i: 5 + 3 * i] for i, m in enumerate(markers)}
    if unit == "px":
        pts = {m: p[:, :2] for m, p in pts3.items()}
        axis = "X"
    else:
        pts, axis = sagittal(pts3, 1, path.name)
    return RawPoints(source=path.name, fmt="trc", points=pts, time=time, units=unit, y_down=unit == "px",
                     notes=[f"TRC, units {unit}, forward axis {axis}"])


def read(path: Path, *, units: str | None = None, **options: Any) -> Any:
    """Read a TRC file (see the module docstring) into a Recording."""
    return build(read_raw(path, units), **options)


def write(path: str | Path, time: Array, markers: Mapping[str, Array], *, units: str = "m",
          digits: int = 5) -> Path:
    """Write markers (name -> (frames, 3) in ``units``; NaN -> empty cell) as a TRC file."""
    path = Path(path)
    names = list(markers)
    n = len(time)
    rate = 1.0 / float(np.median(np.diff(time)))
    head = [f"PathFileType\t4\t(X/Y/Z)\t{path.name}",
            "DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames",
            f"{rate:g}\t{rate:g}\t{n}\t{len(names)}\t{units}\t{rate:g}\t1\t{n}",
            "Frame#\tTime\t" + "\t\t\t".join(names) + "\t\t",
            "\t\t" + "\t".join(f"X{i + 1}\tY{i + 1}\tZ{i + 1}" for i in range(len(names))), ""]
    fmt = lambda v: "" if not np.isfinite(v) else f"{v:.{digits}f}"  # noqa: E731
    rows = []
    for i in range(n):
        cells = [str(i + 1), f"{time[i]:.5f}"] + [fmt(v) for m in names for v in markers[m][i]]
        rows.append("\t".join(cells))
    path.write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    return path
