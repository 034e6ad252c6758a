"""C3D motion-capture files, read with ezc3d (``pip install ezc3d``; the C3D standard: c3d.org).

The 3-D marker trajectories are ``POINT`` data: labels ``POINT:LABELS``, units ``POINT:UNITS`` (mm when
empty), frame rate ``POINT:RATE``; a marker that was not seen in a frame is NaN. Marker sets put markers on the
skin, not at joint centres: ``markers=`` maps each of the model's joints to one or more labels whose mean stands
for the joint centre, e.g. ``{"knee": ["RKNE", "RKNM"], "ankle": ["RANK", "RMED"], "hip": ["RGTR"], "shoulder":
["RSHO"], "elbow": ["RELB"], "wrist": ["RWRA", "RWRB"], "toe": ["RTOE"], "heel": ["RHEE"]}`` (the mean of the
ASIS and PSIS markers lies several cm ABOVE the hip joint centre: a regression from the pelvis markers, or a
trochanter marker, is closer). Labels such as ``RKNE``, ``RANK``, ``RTOE``, ``RHEE``, ``RSHO``, ``RELB`` and the
model's own joint names are found without a mapping. A back marker for the lumbar spine: ``"thoracolumbar":
["T10", "STRN"]`` (spine and sternum markers at about the thoraco-lumbar level, averaged onto the trunk axis).

Axes: the vertical is the lab axis along which the shoulders are farthest above the ankles (Z in most labs);
the forward axis is the horizontal one that carries the sagittal motion (see :func:`.trc.sagittal`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ._common import UNITS, Array, RawPoints, RecordingError, _key, candidates
from .pipeline import build
from .trc import sagittal


def _ezc3d() -> Any:
    try:
        import ezc3d
    except ImportError as err:  # pragma: no cover - ezc3d is a dependency
        raise RecordingError("reading C3D files needs the ezc3d package: pip install ezc3d") from err
    return ezc3d


def vertical_axis(points3d: Mapping[str, Array], markers: Mapping[str, Any] | None) -> tuple[int, float]:
    """(axis index, sign) of "up": the axis of the largest median shoulder - ankle difference."""
    keyed = {_key(n): n for n in points3d}

    def find(joint: str) -> Array | None:
        names = (markers or {}).get(joint)
        if names:
            names = [names] if isinstance(names, str) else list(names)
            found = [points3d[keyed[_key(n)]] for n in names if _key(n) in keyed]
            return np.mean(found, axis=0) if found else None
        for group in candidates(joint).values():
            for k in sorted(group):
                if k in keyed:
                    return points3d[keyed[k]]
        return None

    top, bottom = find("shoulder"), find("ankle")
    if top is None or bottom is None:
        return 2, 1.0
    d = np.nanmedian(top - bottom, axis=0)
    k = int(np.argmax(np.abs(d)))
    return k, float(np.sign(d[k]) or 1.0)


def read_raw(path: Path, markers: Mapping[str, Any] | None = None, units: str | None = None) -> RawPoints:
    ezc3d = _ezc3d()
    try:
        c = ezc3d.c3d(str(path))
    except Exception as err:  # noqa: BLE001 - ezc3d raises plain RuntimeErrors
        raise RecordingError(f"{path.name}: not a readable C3D file ({err})") from None
    point = c["parameters"]["POINT"]
    labels = [str(s).strip() for s in point["LABELS"]["value"]]
    unit_list = point.get("UNITS", {}).get("value", [])
    unit = (units or (unit_list[0] if unit_list else "mm")).strip().lower()
    if unit not in UNITS:
        raise RecordingError(f"{path.name}: POINT:UNITS = {unit!r}; allowed: m, cm, mm (pass units= to override)")
    rate = float(c["header"]["points"]["frame_rate"])
    xyz = np.asarray(c["data"]["points"], dtype=float)[:3]  # (3, markers, frames)
    if xyz.shape[1] != len(labels):
        raise RecordingError(f"{path.name}: {xyz.shape[1]} point trajectories but {len(labels)} POINT:LABELS")
    pts3 = {lab: xyz[:, i, :].T.copy() for i, lab in enumerate(labels)}
    k, sign = vertical_axis(pts3, markers)
    if sign < 0:
        pts3 = {n: p * np.where(np.arange(3) == k, -1.0, 1.0) for n, p in pts3.items()}
    pts, axis = sagittal(pts3, k, path.name)
    n = xyz.shape[2]
    first = int(c["header"]["points"]["first_frame"])
    time = (first + np.arange(n)) / rate
    return RawPoints(source=path.name, fmt="c3d", points=pts, time=time, units=unit,
                     notes=[f"C3D, {len(labels)} markers at {rate:g} Hz, units {unit}, up {'XYZ'[k]}, "
                            f"forward {axis}"])


def read(path: Path, *, markers: Mapping[str, Any] | None = None, units: str | None = None, **options: Any) -> Any:
    """Read a C3D file (see the module docstring) into a Recording."""
    return build(read_raw(path, markers, units), markers=markers, **options)


def write(path: str | Path, rate: float, markers: Mapping[str, Array], *, units: str = "mm") -> Path:
    """Write markers (label -> (frames, 3) in ``units``, Z up; NaN = not seen) as a C3D file with ezc3d."""
    ezc3d = _ezc3d()
    path = Path(path)
    labels = list(markers)
    n = len(markers[labels[0]])
    c = ezc3d.c3d()
    c["parameters"]["POINT"]["RATE"]["value"] = [float(rate)]
    c["parameters"]["POINT"]["LABELS"]["value"] = tuple(labels)
    c["parameters"]["POINT"]["UNITS"]["value"] = [units]
    pts = np.ones((4, len(labels), n))
    for i, lab in enumerate(labels):
        pts[:3, i, :] = np.asarray(markers[lab], dtype=float).T
    c["data"]["points"] = pts
    c.write(str(path))
    return path
