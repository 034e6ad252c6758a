r"""Analyse your own lift: a pose tracker's file, or clicks on a side-view photo, run through the model's chain.

``hm.recorded.read(path)`` reads the keypoints of a recorded lift and returns a
:class:`~hinge_model.recorded.recording.Recording`; ``rec.poses(body)`` gives the model's joint angles and
``rec.analyze(body, load_mass)`` the same :class:`~hinge_model.statics.Analysis` as ``hm.analyze``, over frames,
with inverse dynamics of the low-pass filtered angles in ``analysis.extras["dynamics"]``.
``hm.recorded.digitize(image)`` is the photo route (an ipympl figure you click on).

How the keypoints map onto the model's chain (sagittal plane, the person facing +x after mirroring)::

        ear  o            head / neck : shoulder -> ear line (neck = 0 without an ear)
              \
     shoulder  O------o elbow         upper arm : shoulder -> elbow,  forearm : elbow -> wrist
               |       \                          (no elbow: straight arm, shoulder -> wrist)
     [back  o] |        o wrist       the load hangs at the hand, just beyond the wrist
               |                      trunk : hip -> shoulder line = pelvis tilt + lumbar flexion, NOT separable:
       hip     O                              a back (thoracolumbar) marker separates them, otherwise the
              /                               recording's ``lumbar_share`` assumption does (default 0)
             /   thigh : knee -> hip
       knee O
             \   shank : ankle -> knee  (ankle angle = shank tilt: the feet are flat and fixed)
     heel ____O______ toe     origin = the median ankle position; toe / heel: facing direction
            ankle

Formats (:data:`FORMATS`, one module each): ``"mediapipe"`` (:mod:`.mediapipe`: MediaPipe Pose's 33 landmarks,
CSV or JSON), ``"openpose"`` (:mod:`.openpose`: a folder of BODY_25 per-frame JSON files), ``"dlc"``
(:mod:`.dlc`: DeepLabCut's CSV), ``"trc"`` (:mod:`.trc`: Sports2D, Pose2Sim, OpenSim markers), ``"c3d"``
(:mod:`.c3d`: motion capture, read with ezc3d), ``"mot"`` (:mod:`.mot`: OpenSim joint angles). The shared path
(names, sides, confidence masking, units, gaps, facing, origin) is :mod:`._common` and :mod:`.pipeline`; the
angles, the lumbar assumption, filtering and clipping :mod:`.angles`.

Bad input raises ``ValueError`` (:class:`~hinge_model.recorded._common.RecordingError`) naming the file, the frame
or column and what is wrong.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ._common import RecordingError
from .recording import Recording

#: Names accepted by ``read(format=...)``.
FORMATS: tuple[str, ...] = ("mediapipe", "openpose", "dlc", "trc", "c3d", "mot")
_SUFFIX = {".trc": "trc", ".c3d": "c3d", ".mot": "mot", ".sto": "mot"}


def guess_format(path: str | Path) -> str:
    """The format of ``path`` from its name and first bytes (a folder is OpenPose's per-frame JSON)."""
    p = Path(path)
    if p.is_dir():
        return "openpose"
    suffix = p.suffix.lower()
    if suffix in _SUFFIX:
        return _SUFFIX[suffix]
    if suffix == ".csv":
        with p.open(encoding="utf-8", errors="replace") as fh:
            first = next((ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")), "")
        return "dlc" if first.split(",")[0].strip().lower() == "scorer" else "mediapipe"
    if suffix == ".json":
        with p.open(encoding="utf-8") as fh:
            try:
                data = json.load(fh)
            except json.JSONDecodeError as err:
                raise RecordingError(f"{p.name}: not valid JSON ({err})") from None
        return "openpose" if isinstance(data, dict) and "people" in data else "mediapipe"
    raise RecordingError(f"{p.name}: cannot tell the format from the name; pass format= one of "
                         f"{', '.join(map(repr, FORMATS))}")


def read(path: str | Path, format: str | None = None, *, fps: float | None = None, height: float | None = None,
         facing: str | None = None, markers: Mapping[str, Sequence[str] | str] | None = None,
         **options: Any) -> Recording:
    """Read a recorded lift: ``path`` (a file, or OpenPose's folder), ``format`` one of :data:`FORMATS` (guessed
    when None).

    ``fps`` frames per second (needed when the file has no time); ``height`` the person's stature in m (needed to
    scale pixels to metres); ``facing`` "right" / "left" (detected when None); ``markers`` maps the model's joints
    to names in the file, averaged when several (``{"hip": ["RASI", "RPSI"], "knee": ["RKNE", "RKNM"]}``).
    Further options: ``min_confidence`` (0.5), ``max_gap`` (frames, 10), ``known_length=(joint_a, joint_b, m)``
    instead of ``height``, ``image_size=(width, height)`` px for normalised coordinates, ``units`` to override the
    file's units, ``lumbar_share`` (the lumbar assumption, 0) and ``cutoff_hz`` (6). See :mod:`._common`.
    """
    p = Path(path)
    if not p.exists():
        raise RecordingError(f"{p}: no such file or folder")
    fmt = guess_format(p) if format is None else format
    if fmt not in FORMATS:
        raise RecordingError(f"format = {fmt!r} is not allowed; choose one of {', '.join(map(repr, FORMATS))}")
    module = importlib.import_module(f".{fmt}", __name__)
    return module.read(p, fps=fps, height=height, facing=facing, markers=markers, **options)


def digitize(image: Any, **kwargs: Any) -> Any:
    """The photo route: an ipympl figure of ``image`` to click the joints on (:class:`.digitizer.Digitizer`)."""
    if not isinstance(image, str | os.PathLike | np.ndarray):
        raise ValueError(f"image must be an image file path (str or Path) or an image array (rows, columns[, "
                         f"channels]), got {type(image).__name__}")
    from .digitizer import Digitizer

    return Digitizer(image, **kwargs)


def __getattr__(name: str) -> Any:
    if name in FORMATS or name in {"digitizer", "sample", "figures", "angles", "pipeline"}:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'hinge_model.recorded' has no attribute {name!r}")


__all__ = ["FORMATS", "Recording", "RecordingError", "digitize", "guess_format", "read"]
