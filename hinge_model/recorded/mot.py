"""OpenSim motion files (``.mot`` / ``.sto``): joint angles over time, from OpenSim's inverse kinematics.

Layout: a header ending with a line ``endheader`` (it may hold ``inDegrees=yes|no``, ``nRows=``, ``nColumns=``),
then a tab-separated row of column names starting with ``time`` and one row per frame.

The model's angles come from OpenSim's coordinates (gait2392 / Rajagopal-style names; ``_r`` is used, else
``_l``)::

    ankle    =  ankle_angle_r            (dorsiflexion +, feet flat on the floor)
    knee     =  knee_angle_r             (flexion +; files whose knee angles are mostly negative, the gait2392
                                          convention of flexion -, are negated, with a note)
    hip      =  hip_flexion_r            (flexion of the femur relative to the pelvis +)
    lumbar   = -lumbar_extension         (0 if absent: noted)
    shoulder =  arm_flex_r               (relative to the torso; 0 ... if absent: arms hanging, noted)
    elbow    =  elbow_flex_r             (0 if absent)

``markers={"hip": "hip_flexion_l"}`` picks other columns (a name containing "extension" is negated). Keypoints
are the model's joint centres for these angles (:func:`.angles.model_keypoints`) for a body of stature
``height`` (default 1.75 m): the file has no positions. The pelvis tilt (``pelvis_tilt``) is not needed: the
model's chain stands on its flat feet.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..anthropometry import Body
from ..conventions import JOINTS
from ..kinematics import hanging_arm_shoulder
from ..pose import Pose
from ._common import Array, RecordingError
from .angles import clip, model_keypoints
from .pipeline import fill_gaps
from .recording import Recording

#: Column looked up for each of the model's joints (without the side suffix where there is one).
COLUMNS: Mapping[str, str] = {"ankle": "ankle_angle", "knee": "knee_angle", "hip": "hip_flexion",
                              "lumbar": "lumbar_extension", "shoulder": "arm_flex", "elbow": "elbow_flex"}
REQUIRED_ANGLES: tuple[str, ...] = ("ankle", "knee", "hip")


def read_table(path: Path) -> tuple[dict[str, str], list[str], np.ndarray]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    end = next((i for i, ln in enumerate(lines) if ln.strip().lower() == "endheader"), None)
    if end is None:
        raise RecordingError(f"{path.name}: no 'endheader' line (not an OpenSim .mot/.sto file)")
    meta = {}
    for ln in lines[:end]:
        k, sep, v = ln.partition("=")
        if sep:
            meta[k.strip().lower()] = v.strip().lower()
    names = [c.strip() for c in lines[end + 1].split("\t")]
    if not names or names[0].lower() != "time":
        raise RecordingError(f"{path.name}: the column row after endheader must start with 'time'")
    rows = [ln.split("\t") for ln in lines[end + 2:] if ln.strip()]
    data = np.full((len(rows), len(names)), np.nan)
    for r, row in enumerate(rows):
        if len(row) != len(names):
            raise RecordingError(f"{path.name}: frame {r} has {len(row)} cells, the header has {len(names)}")
        for c, cell in enumerate(row):
            cell = cell.strip()
            if cell and cell.lower() != "nan":
                try:
                    data[r, c] = float(cell)
                except ValueError:
                    raise RecordingError(f"{path.name}: frame {r}, column {names[c]!r}: {cell!r} is not a "
                                         "number") from None
    return meta, names, data


def read(path: Path, *, fps: float | None = None, height: float | None = None, facing: str | None = None,
         markers: Mapping[str, str] | None = None, max_gap: int = 10, **options: Any) -> Recording:
    """Read an OpenSim .mot file (see the module docstring) into a Recording with its angles set."""
    meta, names, data = read_table(path)
    if len(data) < 3:
        raise RecordingError(f"{path.name}: {len(data)} frame(s); a recording needs at least 3 frames")
    t = data[:, 0]
    if not np.isfinite(t).all():
        raise RecordingError(f"{path.name}: time of frame {int(np.argmax(~np.isfinite(t)))} is not a number")
    step = np.diff(t)
    if np.any(step <= 0):
        i = int(np.argmax(step <= 0)) + 1
        raise RecordingError(f"{path.name}: time is not strictly increasing at frame {i} ({t[i - 1]:g} s, "
                             f"then {t[i]:g} s)")
    scale = 1.0 if meta.get("indegrees", "yes") == "yes" else 180.0 / np.pi
    col = {n: i for i, n in enumerate(names)}
    notes = [f"OpenSim motion file, angles in {'degrees' if scale == 1.0 else 'radians'}"]
    q: dict[str, Array] = {}
    for joint in JOINTS:
        mapped = (markers or {}).get(joint)
        if mapped is not None:
            if mapped not in col:
                raise RecordingError(f"{path.name}: markers[{joint!r}] = {mapped!r} is not a column (columns: "
                                     f"{', '.join(names[:30])})")
            name = mapped
        else:
            base = COLUMNS.get(joint)
            name = next((c for c in (f"{base}_r", f"{base}_l", base) if base and c in col), None)
        if name is None:
            if joint in REQUIRED_ANGLES:
                raise RecordingError(f"{path.name}: no column for the required joint {joint!r} (looked for "
                                     f"{COLUMNS[joint]}_r, {COLUMNS[joint]}_l)")
            continue
        v = data[:, col[name]] * scale
        filled, gaps, long_run = fill_gaps(t, np.stack((v, v), axis=-1), max_gap)
        if long_run is not None:
            raise RecordingError(f"{path.name}: column {name!r} is missing in frames {long_run[0]}-{long_run[1]}, "
                                 f"longer than max_gap = {max_gap} frames")
        v = filled[:, 0]
        if "extension" in name:
            v = -v
        if joint == "knee" and v[np.argmax(np.abs(v))] < 0:
            v = -v
            notes.append(f"{name}: flexion is negative in this file (gait2392 convention); negated")
        q[joint] = v
    if "lumbar" not in q:
        q["lumbar"] = np.zeros_like(t)
        notes.append("no lumbar_extension column: lumbar = 0 assumed")
    if "shoulder" not in q:
        q["shoulder"] = hanging_arm_shoulder(q["ankle"], q["knee"], q["hip"], q["lumbar"])
        notes.append("no arm_flex column: arms hanging assumed")
    for j in ("elbow", "neck"):
        q.setdefault(j, np.zeros_like(t))
    body = Body(75.0, 1.75 if height is None else float(height), "male")
    clipped, _ = clip(q)
    kp = model_keypoints(body, Pose(**clipped))
    conf = {j: np.ones_like(t) for j in kp}
    return Recording(time=t, keypoints=kp, confidence=conf, source=path.name, format="mot", facing="right",
                     scale=1.0, scale_source=f"model keypoints for stature {body.height:g} m", notes=tuple(notes),
                     angles=q, **options)


def write(path: str | Path, time: Array, columns: Mapping[str, Array], *, in_degrees: bool = True) -> Path:
    """Write columns (OpenSim coordinate name -> (frames,)) as a .mot file."""
    path = Path(path)
    names = list(columns)
    head = ["Coordinates", "version=1", f"nRows={len(time)}", f"nColumns={len(names) + 1}",
            f"inDegrees={'yes' if in_degrees else 'no'}", "", "Units are S.I. units (second, meters, Newtons, ...)",
            "", "endheader", "time\t" + "\t".join(names)]
    rows = ["\t".join([f"{time[i]:.5f}"] + [f"{columns[n][i]:.6f}" for n in names]) for i in range(len(time))]
    path.write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    return path
