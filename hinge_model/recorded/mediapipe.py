"""MediaPipe Pose (BlazePose) landmarks: 33 named landmarks x, y, z, visibility per frame, as CSV or JSON.

MediaPipe's Pose Landmarker returns, per frame, ``pose_landmarks`` (one list of 33 ``NormalizedLandmark`` per
detected person: x and y normalised by the image width and height, y pointing down, z a relative depth,
``visibility`` 0-1) and ``pose_world_landmarks`` (metres, origin between the hips). It writes no file itself; these
two layouts store exactly those fields (:data:`LANDMARKS` gives the names, in MediaPipe's order):

CSV, one row per frame. Optional comment lines ``# key: value`` first (``image_width_px``, ``image_height_px``,
``fps``, ``coordinates`` = ``normalized`` | ``pixels`` | ``world``), then a header ``frame,time,nose_x,nose_y,
nose_z,nose_visibility,left_eye_inner_x,...`` (``time`` in s is optional; a landmark's columns may be left out).
Empty cells are missing points. Without ``coordinates`` values within 0-1 are taken as normalised.

JSON: ``{"image_width_px": W, "image_height_px": H, "fps": 30, "coordinates": "normalized", "frames":
[{"timestamp_ms": 0, "pose_landmarks": [[{"x": .., "y": .., "z": .., "visibility": ..}, ... 33]]}, ...]}`` (the
first person of ``pose_landmarks`` is used; an empty list is a frame where nobody was found).

The confidence is ``visibility``. Normalised coordinates need the image size (comments, JSON keys or
``image_size=``), pixels need ``height=`` (stature) to become metres; world coordinates are metres already.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ._common import Array, RawPoints, RecordingError
from .pipeline import build

#: The 33 landmark names in MediaPipe's order (its ``PoseLandmark`` enum, lower case).
LANDMARKS: tuple[str, ...] = (
    "nose", "left_eye_inner", "left_eye", "left_eye_outer", "right_eye_inner", "right_eye", "right_eye_outer",
    "left_ear", "right_ear", "mouth_left", "mouth_right", "left_shoulder", "right_shoulder", "left_elbow",
    "right_elbow", "left_wrist", "right_wrist", "left_pinky", "right_pinky", "left_index", "right_index",
    "left_thumb", "right_thumb", "left_hip", "right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle",
    "left_heel", "right_heel", "left_foot_index", "right_foot_index",
)
_COORDS = {"normalized": "norm", "normalised": "norm", "pixels": "px", "px": "px", "world": "m"}


def _units(kind: str | None, xy: Mapping[str, Array], source: str) -> str:
    if kind is not None:
        if str(kind).lower() not in _COORDS:
            raise RecordingError(f"{source}: coordinates = {kind!r}; allowed: normalized, pixels, world")
        return _COORDS[str(kind).lower()]
    values = np.concatenate([v[np.isfinite(v)] for v in xy.values()] or [np.zeros(0)])
    return "norm" if values.size and np.all((values > -0.5) & (values < 1.5)) else "px"


def _num(cell: str, source: str, row: int, col: str) -> float:
    cell = cell.strip()
    if cell == "" or cell.lower() == "nan":
        return np.nan
    try:
        return float(cell)
    except ValueError:
        raise RecordingError(f"{source}: frame {row}, column {col!r}: {cell!r} is not a number") from None


def read_csv_raw(path: Path) -> RawPoints:
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip()]
    for ln in lines:
        if ln.lstrip().startswith("#"):
            key, _, value = ln.lstrip("# \t").partition(":")
            meta[key.strip().lower()] = value.strip()
    rows = list(csv.reader(ln for ln in lines if not ln.lstrip().startswith("#")))
    if not rows:
        raise RecordingError(f"{path.name}: no header row")
    header = [h.strip() for h in rows[0]]
    body = rows[1:]
    col = {h: i for i, h in enumerate(header)}
    for r, row in enumerate(body):
        if len(row) != len(header):
            raise RecordingError(f"{path.name}: frame {r} has {len(row)} cells, the header has {len(header)}")
    data = {h: np.array([_num(row[i], path.name, r, h) for r, row in enumerate(body)]) for h, i in col.items()}
    points, conf = {}, {}
    for name in LANDMARKS:
        if f"{name}_x" in col and f"{name}_y" in col:
            points[name] = np.stack((data[f"{name}_x"], data[f"{name}_y"]), axis=-1)
            if f"{name}_visibility" in col:
                conf[name] = data[f"{name}_visibility"]
    if not points:
        raise RecordingError(f"{path.name}: no landmark columns (expected e.g. left_hip_x, left_hip_y, "
                             "left_hip_visibility)")
    size = None
    if "image_width_px" in meta and "image_height_px" in meta:
        size = (float(meta["image_width_px"]), float(meta["image_height_px"]))
    units = _units(meta.get("coordinates"), points, path.name)
    raw = RawPoints(source=path.name, fmt="mediapipe", points=points, confidence=conf,
                    time=data.get("time"), units=units, y_down=True, image_size=size)
    raw.notes.append(f"MediaPipe CSV, {units} coordinates")
    if "fps" in meta and raw.time is None:
        raw.time = np.arange(raw.frames) / float(meta["fps"])
    return raw


def read_json_raw(path: Path) -> RawPoints:
    with path.open(encoding="utf-8") as fh:
        doc = json.load(fh)
    frames = doc.get("frames") if isinstance(doc, dict) else None
    if not isinstance(frames, list):
        raise RecordingError(f"{path.name}: expected a JSON object with a 'frames' list")
    n = len(frames)
    xy = {name: np.full((n, 2), np.nan) for name in LANDMARKS}
    conf = {name: np.zeros(n) for name in LANDMARKS}
    times = []
    for f, frame in enumerate(frames):
        people = frame.get("pose_landmarks", [])
        times.append(frame.get("timestamp_ms"))
        if not people:
            continue
        marks = people[0]
        if len(marks) != len(LANDMARKS):
            raise RecordingError(f"{path.name}: frame {f} has {len(marks)} landmarks, MediaPipe Pose has 33")
        for name, m in zip(LANDMARKS, marks, strict=True):
            try:
                xy[name][f] = (float(m["x"]), float(m["y"]))
                conf[name][f] = float(m.get("visibility", 1.0))
            except (KeyError, TypeError, ValueError):
                raise RecordingError(f"{path.name}: frame {f}, landmark {name!r}: needs numbers x, y") from None
    time = None if any(t is None for t in times) else np.asarray(times, dtype=float) / 1000.0
    if time is None and doc.get("fps"):
        time = np.arange(n) / float(doc["fps"])
    size = (float(doc["image_width_px"]), float(doc["image_height_px"])) if "image_width_px" in doc else None
    units = _units(doc.get("coordinates"), xy, path.name)
    return RawPoints(source=path.name, fmt="mediapipe", points=xy, confidence=conf, time=time, units=units,
                     y_down=True, image_size=size, notes=[f"MediaPipe JSON, {units} coordinates"])


def read(path: Path, **options: Any) -> Any:
    """Read a MediaPipe CSV or JSON file (see the module docstring) into a Recording."""
    raw = read_json_raw(path) if path.suffix.lower() == ".json" else read_csv_raw(path)
    return build(raw, **options)


def write_csv(path: str | Path, time: Array | None, landmarks: Mapping[str, Array],
              visibility: Mapping[str, Array], *, comments: Sequence[str] = (), meta: Mapping[str, Any] | None = None,
              digits: int = 5) -> Path:
    """Write landmarks (name -> (frames, 2), in MediaPipe's axes) in the CSV layout above; NaN -> empty cell."""
    path = Path(path)
    names = [n for n in LANDMARKS if n in landmarks]
    n = len(next(iter(landmarks.values())))
    fmt = lambda v: "" if not np.isfinite(v) else f"{v:.{digits}f}"  # noqa: E731
    with path.open("w", encoding="utf-8", newline="") as fh:
        for c in comments:
            fh.write(f"# {c}\n")
        for k, v in (meta or {}).items():
            fh.write(f"# {k}: {v}\n")
        w = csv.writer(fh, lineterminator="\n")
        head = ["frame"] + (["time"] if time is not None else [])
        w.writerow(head + [f"{m}_{c}" for m in names for c in ("x", "y", "z", "visibility")])
        for i in range(n):
            row = [str(i)] + ([f"{time[i]:.4f}"] if time is not None else [])
            for m in names:
                x, y = landmarks[m][i]
                row += [fmt(x), fmt(y), "0", f"{float(visibility[m][i]):.3f}"]
            w.writerow(row)
    return path


def write_json(path: str | Path, time: Array, landmarks: Mapping[str, Array], visibility: Mapping[str, Array], *,
               meta: Mapping[str, Any] | None = None) -> Path:
    """Write landmarks in the JSON layout above (every one of the 33 landmarks must be given)."""
    path = Path(path)
    frames = []
    for i, t in enumerate(time):
        marks = []
        for m in LANDMARKS:  # a point not found: 0, 0 with visibility 0, as trackers report it
            x, y = (float(v) for v in landmarks[m][i])
            ok = np.isfinite(x) and np.isfinite(y)
            marks.append({"x": round(x, 6) if ok else 0.0, "y": round(y, 6) if ok else 0.0, "z": 0.0,
                          "visibility": round(float(visibility[m][i]), 3) if ok else 0.0})
        frames.append({"timestamp_ms": round(1000.0 * float(t), 3), "pose_landmarks": [marks]})
    path.write_text(json.dumps({**(meta or {}), "frames": frames}), encoding="utf-8")
    return path
