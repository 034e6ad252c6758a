"""OpenPose BODY_25: a folder of per-frame JSON files (``--write_json``), pixels, x / y / confidence triplets.

Each file (``<name>_000000000000_keypoints.json``, ..., sorted by name = frame order) is ``{"version": 1.3,
"people": [{"pose_keypoints_2d": [x0, y0, c0, x1, y1, c1, ...], ...}, ...]}`` with the 25 BODY_25 keypoints in
the order of :data:`BODY_25` (OpenPose's output documentation). Coordinates are pixels with y pointing down; a
keypoint that was not found is ``0, 0, 0``. The first person, ``people[0]``, is used; a file with nobody is a
frame with every point missing. The files have no time: pass ``fps=``; pixels need ``height=`` (stature).
A single frame's JSON file may also be given instead of the folder (then it is the only frame: too few).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ._common import Array, RawPoints, RecordingError
from .pipeline import build

#: BODY_25 keypoints in OpenPose's order.
BODY_25: tuple[str, ...] = (
    "Nose", "Neck", "RShoulder", "RElbow", "RWrist", "LShoulder", "LElbow", "LWrist", "MidHip", "RHip", "RKnee",
    "RAnkle", "LHip", "LKnee", "LAnkle", "REye", "LEye", "REar", "LEar", "LBigToe", "LSmallToe", "LHeel",
    "RBigToe", "RSmallToe", "RHeel",
)


def frame_files(folder: Path) -> list[Path]:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json")
    keyed = [p for p in files if p.stem.endswith("_keypoints")]
    return keyed or files


def read_raw(path: Path) -> RawPoints:
    files = frame_files(path) if path.is_dir() else [path]
    if not files:
        raise RecordingError(f"{path.name}: the folder holds no .json files (OpenPose --write_json output)")
    n = len(files)
    xy = {name: np.full((n, 2), np.nan) for name in BODY_25}
    conf = {name: np.zeros(n) for name in BODY_25}
    for f, file in enumerate(files):
        try:
            doc = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise RecordingError(f"{path.name}/{file.name} (frame {f}): not valid JSON ({err})") from None
        people = doc.get("people") if isinstance(doc, dict) else None
        if people is None:
            raise RecordingError(f"{path.name}/{file.name} (frame {f}): no 'people' list (not OpenPose output?)")
        if not people:
            continue
        flat = people[0].get("pose_keypoints_2d", [])
        if len(flat) != 3 * len(BODY_25):
            raise RecordingError(f"{path.name}/{file.name} (frame {f}): pose_keypoints_2d has {len(flat)} "
                                 f"numbers; BODY_25 has {3 * len(BODY_25)} (x, y, c for 25 keypoints)")
        trip = np.asarray(flat, dtype=float).reshape(-1, 3)
        for k, name in enumerate(BODY_25):
            x, y, c = trip[k]
            if c > 0:
                xy[name][f] = (x, y)
                conf[name][f] = c
    return RawPoints(source=path.name, fmt="openpose", points=xy, confidence=conf, units="px", y_down=True,
                     notes=[f"OpenPose BODY_25, {n} frame files"])


def read(path: Path, **options: Any) -> Any:
    """Read an OpenPose folder (see the module docstring) into a Recording."""
    return build(read_raw(path), **options)


def write(folder: str | Path, keypoints_px: Mapping[str, Array], confidence: Mapping[str, Array], *,
          stem: str = "lift") -> Path:
    """Write per-frame BODY_25 JSON files (``keypoints_px``: BODY_25 name -> (frames, 2) pixels, y down; names left
    out and NaN points are written as 0, 0, 0)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    n = len(next(iter(keypoints_px.values())))
    for f in range(n):
        flat: list[float] = []
        for name in BODY_25:
            p = keypoints_px.get(name)
            if p is None or not np.all(np.isfinite(p[f])):
                flat += [0.0, 0.0, 0.0]
            else:
                flat += [round(float(p[f, 0]), 3), round(float(p[f, 1]), 3), round(float(confidence[name][f]), 4)]
        doc = {"version": 1.3, "people": [{"person_id": [-1], "pose_keypoints_2d": flat}]}
        (folder / f"{stem}_{f:012d}_keypoints.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder
