"""``Recording``: keypoints of a recorded lift in the model's frame, and their analysis with the model.

Frames, time in s, keypoints in m (x forward, y up, origin the ankle: :mod:`hinge_model.conventions`), angles
in degrees, moments in N*m (extensor +, both sides), load in kg.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..anthropometry import Body
from ..conventions import JOINTS, LOAD_RANGE
from ..pose import Pose
from ..statics import Analysis, analyze
from ..validation import InputTypeError, check_array, check_flag, check_instance, check_range
from . import angles as _angles

Array = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class Recording:
    """A recorded lift (from :func:`hinge_model.recorded.read` or the digitiser).

    ``time`` (frames,) s; ``keypoints`` joint -> (frames, 2) m, x forward, y up, origin the (median) ankle;
    ``confidence`` joint -> (frames,) the tracker's confidence 0-1 (1 for marker data); ``filled`` joint ->
    (frames,) True where a missing or masked point was interpolated; ``facing`` the person's direction in the file
    ("left" files are mirrored); ``scale`` m per file unit and ``scale_source`` how it was found; ``notes`` what
    the reader assumed or repaired.

    ``lumbar_share`` is the ASSUMPTION used when there is no back marker (see :mod:`hinge_model.recorded.angles`):
    the fraction of the trunk's flexion relative to the thigh that is lumbar flexion (default 0: neutral spine,
    all of it at the hip). ``cutoff_hz`` is the low-pass cut-off of the angles (default 6 Hz, a convention).
    Change either with :meth:`with_options`. ``angles`` (deg) is set instead of computed for files that store
    joint angles (OpenSim .mot).
    """

    time: Array
    keypoints: Mapping[str, Array]
    confidence: Mapping[str, Array]
    source: str = ""
    format: str = ""
    facing: str = "right"
    scale: float = 1.0
    scale_source: str = ""
    filled: Mapping[str, Array] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    lumbar_share: float = 0.0
    cutoff_hz: float = _angles.CUTOFF_HZ
    angles: Mapping[str, Array] | None = None

    def __post_init__(self) -> None:
        if check_array("time", self.time, unit="s").ndim != 1 or len(self.time) == 0:
            raise InputTypeError(f"time must be a 1-D array of the frames' times in s, got shape {np.shape(self.time)}")
        for name in ("keypoints", "confidence", "filled"):
            check_instance(name, getattr(self, name), Mapping, "a dict joint -> array over frames")
        share = float(check_range("lumbar_share", self.lumbar_share, 0.0, 0.95))
        object.__setattr__(self, "lumbar_share", share)
        object.__setattr__(self, "cutoff_hz", float(check_range("cutoff_hz", self.cutoff_hz, 0.0, 1000.0,
                                                                 lo_open=True, unit="Hz")))
        for name in ("keypoints", "confidence", "filled"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    # ------------------------------------------------------------------------------------------------------------
    @property
    def frames(self) -> int:
        return len(self.time)

    @property
    def fps(self) -> float:
        """Frames per second (1 / median frame interval)."""
        return 1.0 / float(np.median(np.diff(self.time)))

    @property
    def has_back_marker(self) -> bool:
        return "thoracolumbar" in self.keypoints

    @property
    def assumption(self) -> str:
        """How lumbar flexion was separated from pelvis tilt, in words."""
        if self.angles is not None:
            return "lumbar flexion read from the file's joint angles"
        if self.has_back_marker:
            return "lumbar flexion from the back (thoracolumbar) marker"
        if self.lumbar_share == 0.0:
            return "ASSUMED neutral lumbar spine: all trunk flexion counted at the hip (lumbar_share = 0)"
        return (f"ASSUMED lumbar_share = {self.lumbar_share:g}: {100 * self.lumbar_share:.0f} % of the trunk's "
                "flexion relative to the thigh is lumbar flexion, the rest hip flexion")

    def with_options(self, **changes: Any) -> Recording:
        """A copy with ``lumbar_share`` and/or ``cutoff_hz`` changed (checked again)."""
        allowed = {"lumbar_share", "cutoff_hz"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"with_options: {sorted(unknown)} cannot be changed; allowed: {sorted(allowed)}")
        return replace(self, **changes)

    def __repr__(self) -> str:
        return (f"Recording({self.source!r}, {self.format}, {self.frames} frames at {self.fps:.0f} fps, "
                f"joints {', '.join(self.keypoints)})")

    # ------------------------------------------------------------------------------------------------------------
    def joint_angles(self, body: Body, *, filtered: bool = True) -> dict[str, Array]:
        """Joint angles (deg, not clipped) of every frame; low-pass filtered unless ``filtered=False``."""
        if not isinstance(body, Body):
            raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
        filtered = check_flag("filtered", filtered)
        if self.angles is not None:
            raw = {j: np.asarray(self.angles[j], dtype=float) for j in JOINTS}
        else:
            raw = _angles.raw_angles(body, self.keypoints, self.lumbar_share)
        return _angles.lowpass(self.time, raw, self.cutoff_hz) if filtered else raw

    def poses(self, body: Body, *, filtered: bool = True) -> Pose:
        """Pose over frames (deg), filtered (default) and clipped to the model's ranges.

        Clipping: every value outside :data:`~hinge_model.conventions.ANGLE_RANGES` is set just inside it
        (0.5 deg); :meth:`clipped` reports what was clipped, and a ``RecordingWarning`` is raised when a
        joint goes more than 10 deg beyond its range (less is tracking noise, e.g. a straight elbow).
        """
        q, report = self._clipped(body, filtered)
        return Pose(**q)

    def clipped(self, body: Body, *, filtered: bool = True) -> dict[str, dict[str, float]]:
        """What :meth:`poses` clips: joint -> frames clipped, first frame, worst value (deg), degrees beyond."""
        return self._clipped(body, filtered)[1]

    def _clipped(self, body: Body, filtered: bool) -> tuple[dict[str, Array], dict[str, dict[str, float]]]:
        q, report = _angles.clip(self.joint_angles(body, filtered=filtered))
        loud = {j: r for j, r in report.items() if r["beyond"] > _angles.WARN_BEYOND}
        for j, r in loud.items():
            warnings.warn(f"{self.source}: {j} angle {r['worst']:.0f} deg is outside the model's range in "
                          f"{r['frames']} frame(s) from frame {r['first_frame']}; clipped", _angles.RecordingWarning,
                          stacklevel=3)
        return q, report

    def detect_grip_frame(self) -> int:
        """Frame where the (filtered) wrist is lowest: taken as the moment the load is gripped."""
        y = self.keypoints["wrist"][:, 1]
        y = _angles.lowpass(self.time, {"y": y}, self.cutoff_hz)["y"] if self.frames > 3 else y
        return int(np.argmin(y))

    # ------------------------------------------------------------------------------------------------------------
    def analyze(self, body: Body, load_mass: ArrayLike, grip_frame: int | None = None) -> Analysis:
        """Statics of every frame (:func:`hinge_model.analyze`, the load in the hands from ``grip_frame`` on) and
        inverse dynamics of the filtered angles (:func:`hinge_model.dynamics.joint_space_inverse_dynamics`).

        Returns the same :class:`~hinge_model.statics.Analysis` type as ``hm.analyze``, arrays over frames.
        The rest is in ``analysis.extras``: ``"dynamics"`` (a :class:`~hinge_model.dynamics.DynamicLoads`, its
        ``time`` set), ``"time"`` (s), ``"grip_frame"``, ``"cutoff_hz"``, ``"assumption"``, ``"clipped"``
        (:meth:`clipped`), ``"recording"`` (this object). ``grip_frame=None`` detects it
        (:meth:`detect_grip_frame`).
        """
        load = float(check_range("load_mass", load_mass, *LOAD_RANGE, unit="kg"))
        if grip_frame is None:
            grip = self.detect_grip_frame()
        else:
            if isinstance(grip_frame, bool) or not isinstance(grip_frame, int | np.integer):
                raise ValueError(f"grip_frame must be an integer frame index or None, got {grip_frame!r}")
            grip = int(check_range("grip_frame", grip_frame, 0, self.frames - 1))
        q, report = self._clipped(body, True)
        pose = Pose(**q)
        load_arr = np.where(np.arange(self.frames) >= grip, load, 0.0)
        a = analyze(body, pose, load_arr)
        dyn = self._dynamics(body, q, load_arr)
        a.extras.update({"dynamics": dyn, "time": self.time, "grip_frame": grip, "cutoff_hz": self.cutoff_hz,
                         "assumption": self.assumption, "clipped": report, "recording": self})
        return a

    def _dynamics(self, body: Body, q: dict[str, Array], load: Array) -> Any:
        from ..dynamics import joint_space_inverse_dynamics

        qd, qdd = _angles.derivatives(self.time, q)
        res = joint_space_inverse_dynamics(body, q, qd, qdd, load)  # exact accelerations: no probes out of range
        return replace(res, time=np.asarray(self.time, dtype=float))


__all__ = ["Recording"]
