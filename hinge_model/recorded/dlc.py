"""DeepLabCut's CSV of tracked body parts (``analyze_videos(..., save_as_csv=True)``): three header rows.

Layout::

    scorer,DLC_resnet50_liftJan1shuffle1_100000,DLC_resnet50_...,...
    bodyparts,ankle,ankle,ankle,knee,knee,knee,...
    coords,x,y,likelihood,x,y,likelihood,...
    0,512.3,901.8,0.998,530.1,700.2,0.997,...

The first column is the frame index, then ``x``, ``y`` (pixels, y down) and ``likelihood`` (0-1, the confidence)
per body part. Body part names are the project's own: names like ``knee``, ``right_knee``, ``RKnee`` are found
by themselves, others are mapped with ``markers={"hip": ["greater_trochanter"]}``. The file has no time: pass
``fps=``; pixels need ``height=`` (stature). A 4-row multi-animal header (``individuals``) uses the first one.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ._common import Array, RawPoints, RecordingError
from .pipeline import build


def read_raw(path: Path) -> RawPoints:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh) if r]
    labels = ("scorer", "individuals", "bodyparts", "coords")
    heads = {r[0].strip().lower(): i for i, r in enumerate(rows[:4]) if r[0].strip().lower() in labels}
    if "bodyparts" not in heads or "coords" not in heads:
        raise RecordingError(f"{path.name}: not a DeepLabCut CSV (the first column of the header rows must read "
                             "scorer, bodyparts, coords)")
    parts, coords = rows[heads["bodyparts"]], rows[heads["coords"]]
    individuals = rows[heads["individuals"]] if "individuals" in heads else None
    body = rows[max(heads.values()) + 1:]
    cols: dict[str, dict[str, int]] = {}
    first_animal = individuals[1] if individuals else None
    for c in range(1, len(parts)):
        if individuals and individuals[c] != first_animal:
            continue
        cols.setdefault(parts[c].strip(), {})[coords[c].strip().lower()] = c
    n = len(body)
    data = np.full((n, len(parts)), np.nan)
    for r, row in enumerate(body):
        if len(row) != len(parts):
            raise RecordingError(f"{path.name}: frame {r} has {len(row)} cells, the header has {len(parts)}")
        for c in range(1, len(parts)):
            cell = row[c].strip()
            if cell:
                try:
                    data[r, c] = float(cell)
                except ValueError:
                    raise RecordingError(f"{path.name}: frame {r}, column {c} ({parts[c]} {coords[c]}): "
                                         f"{cell!r} is not a number") from None
    points, conf = {}, {}
    for name, cc in cols.items():
        if "x" not in cc or "y" not in cc:
            raise RecordingError(f"{path.name}: body part {name!r} lacks an x or y column")
        points[name] = data[:, [cc["x"], cc["y"]]]
        if "likelihood" in cc:
            conf[name] = data[:, cc["likelihood"]]
    return RawPoints(source=path.name, fmt="dlc", points=points, confidence=conf, units="px", y_down=True,
                     notes=[f"DeepLabCut CSV, scorer {rows[heads.get('scorer', 0)][1] if rows else '?'}"])


def read(path: Path, **options: Any) -> Any:
    """Read a DeepLabCut CSV (see the module docstring) into a Recording."""
    return build(read_raw(path), **options)


def write(path: str | Path, parts_px: Mapping[str, Array], likelihood: Mapping[str, Array], *,
          scorer: str = "DLC_resnet50_liftshuffle1_100000") -> Path:
    """Write body parts (name -> (frames, 2) pixels, y down) in DeepLabCut's CSV layout (NaN -> empty cells)."""
    path = Path(path)
    names = list(parts_px)
    n = len(parts_px[names[0]])
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["scorer"] + [scorer] * (3 * len(names)))
        w.writerow(["bodyparts"] + [p for p in names for _ in range(3)])
        w.writerow(["coords"] + ["x", "y", "likelihood"] * len(names))
        for i in range(n):
            row = [str(i)]
            for p in names:
                x, y = parts_px[p][i]
                ok = np.isfinite(x) and np.isfinite(y)
                row += [f"{x:.3f}" if ok else "", f"{y:.3f}" if ok else "", f"{likelihood[p][i]:.4f}"]
            w.writerow(row)
    return path
