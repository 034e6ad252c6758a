r"""Joint angles of the model's chain from keypoints (joint centres), the lumbar assumption, filtering, clipping.

Segment angles from the joint centres (x forward, y up; legs and trunk: the upward direction's tilt from the
vertical, forward +; arms: the downward direction's tilt from straight down, forward +)::

    shank = atan2(knee - ankle)        ankle = shank                 (feet flat and fixed)
    thigh = atan2(hip - knee)          knee  = shank - thigh
    trunk = atan2(shoulder - hip)      hip + lumbar from the trunk line, see below
    upper arm = atan2(elbow - shoulder, from straight down)    shoulder = upper arm + thorax
    forearm   = atan2(wrist - elbow, from straight down)       elbow    = forearm - upper arm
    head      = atan2(ear - shoulder)                          neck     = head - thorax

Lumbar flexion versus pelvis tilt: the hip-shoulder line fixes only their combination. With a back marker (the
``thoracolumbar`` keypoint: the thoraco-lumbar joint on the trunk axis, e.g. the midpoint of a T10/T12 skin marker
and the xiphoid) both follow from the model's geometry: the thorax is the thoracolumbar-shoulder line and the
hip-thoracolumbar line fixes the rest. Without it the recording's ``lumbar_share`` s is an ASSUMPTION: of the
trunk's flexion relative to the thigh, F = hip + lumbar, the lumbar spine takes ``lumbar = s F`` and the hip
``(1 - s) F``; F is solved so that the model's hip-shoulder line (which bends with the lumbar spine, as in
:func:`hinge_model.kinematics.forward`) matches the recorded one. s = 0 (the default) is a neutral spine: every
degree of trunk lean is hip flexion, so a rounded back is read as more hip flexion and the lumbar load as less
passive. The result says which assumption it used (``Recording.assumption``).

Filtering: a 2nd-order low-pass Butterworth filter run forward and backward (``scipy.signal.butter`` +
``filtfilt``: zero phase lag, the response squared, so -6 dB at the cut-off; ends padded by even extension),
applied to the unwrapped angles (degrees) before differentiating them. The default cut-off :data:`CUTOFF_HZ` =
6 Hz is a convention, the same as the default of Sports2D's Butterworth filter (``[post-processing.butterworth]
cut_off_frequency = 6`` in its ``Config_demo.toml``), not the result of a residual analysis of these data; set it
with ``cutoff_hz``. Joint ANGLES survive tracker noise well at 6 Hz, their second derivatives do not: with 1 cm
keypoint noise at 30 fps the dynamic peaks come out tens of percent too high (tested), so a lower cut-off suits
the dynamics of slow lifts.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray
from scipy.signal import butter, filtfilt

from ..anthropometry import Body
from ..conventions import ANGLE_RANGES, JOINTS
from ..kinematics import L5S1_BACK, L5S1_HEIGHT, LUMBAR_SPLIT

Array = NDArray[np.float64]

#: Default low-pass cut-off (Hz), a convention (see the module docstring).
CUTOFF_HZ: float = 6.0
#: Angles are clipped this far (deg) inside :data:`~hinge_model.conventions.ANGLE_RANGES`, so that the inverse
#: dynamics' finite differences stay inside the ranges too.
CLIP_MARGIN: float = 0.5
#: Clipping by more than this (deg) beyond a range also raises a ``RecordingWarning``. Less is tracking noise:
#: 1 cm keypoint noise at 30 fps took a straight elbow up to ~9 deg past its range in the tests.
WARN_BEYOND: float = 10.0


class RecordingWarning(UserWarning):
    """A recorded angle was outside the model's range and was clipped (see ``Analysis.extras["clipped"]``)."""


def _up(phi: Array) -> Array:
    return np.stack((np.sin(phi), np.cos(phi)), axis=-1)


def _fwd(phi: Array) -> Array:
    return np.stack((np.cos(phi), -np.sin(phi)), axis=-1)


def trunk_vectors(body: Body, lumbar_deg: Array) -> tuple[Array, Array]:
    """Hip->thoracolumbar and hip->shoulder vectors (m, (..., 2)) with the pelvis upright and lumbar flexion
    ``lumbar_deg``: the same geometry as :func:`hinge_model.kinematics.forward` (tested against it), valid
    beyond the lumbar range too."""
    lum = np.deg2rad(np.asarray(lumbar_deg, dtype=float))
    s = body.segments
    hd, bd = L5S1_HEIGHT * body.height, L5S1_BACK * body.height
    zero = np.zeros_like(lum)
    ab = LUMBAR_SPLIT * lum
    to = lum
    tl = (hd * _up(zero) - bd * _fwd(zero) + (s["pelvis"].length - hd) * _up(ab) + bd * _fwd(ab)
          + s["abdomen"].length * _up(ab))
    return tl, tl + s["thorax"].length * _up(to)


def _tilt(v: Array) -> Array:
    return np.arctan2(v[..., 0], v[..., 1])


@lru_cache(maxsize=32)
def _tables(height: float, sex: str) -> tuple[Array, Array, Array]:
    """Lumbar grid (deg) and the tilts (rad, from the pelvis axis) of hip->TL and hip->shoulder along it."""
    body = Body(70.0, height, sex)  # geometry depends on stature and sex only
    grid = np.linspace(-200.0, 300.0, 5001)
    tl, sh = trunk_vectors(body, grid)
    return grid, np.unwrap(_tilt(tl)), np.unwrap(_tilt(sh))


def split_trunk(body: Body, trunk_rel: Array, share: float) -> tuple[Array, Array]:
    """(hip, lumbar) in degrees such that lumbar = share * (hip + lumbar) and the model's hip-shoulder line is
    tilted ``trunk_rel`` (deg) from the thigh axis (forward +). Where that lumbar flexion would leave the lumbar
    range, the lumbar spine stops at its range and the hip takes the rest (the trunk line is kept)."""
    grid, _, d_sh = _tables(body.height, body.sex)
    f_grid = np.linspace(-120.0, 250.0, 3701)
    lum = share * f_grid
    g = (1.0 - share) * f_grid + np.rad2deg(np.interp(lum, grid, d_sh))  # monotone in F
    f = np.interp(trunk_rel, g, f_grid)
    # a lumbar share beyond the lumbar range: the spine stops at its range, the hip takes the rest of the lean
    lo, hi = ANGLE_RANGES["lumbar"]
    lumbar = np.clip(share * f, lo + CLIP_MARGIN, hi - CLIP_MARGIN)
    hip = trunk_rel - np.rad2deg(np.interp(lumbar, grid, d_sh))
    return hip, lumbar


def split_with_back(body: Body, pelvis_to_tl: Array, thorax: Array) -> tuple[Array, Array]:
    """(pelvis tilt, lumbar) in degrees from the hip->thoracolumbar tilt and the thorax tilt (deg, absolute)."""
    grid, d_tl, _ = _tables(body.height, body.sex)
    h = grid - np.rad2deg(d_tl)  # thorax - (hip->TL tilt) = lumbar - delta_TL(lumbar), monotone
    lumbar = np.interp(thorax - pelvis_to_tl, h, grid)
    return thorax - lumbar, lumbar


def raw_angles(body: Body, kp: Mapping[str, Array], lumbar_share: float) -> dict[str, Array]:
    """Joint angles (deg, unwrapped over frames, not clipped) of every frame from keypoints (m)."""
    def up(a: str, b: str) -> Array:
        return _tilt(kp[b] - kp[a])

    def down(a: str, b: str) -> Array:
        v = kp[b] - kp[a]
        return np.arctan2(v[..., 0], -v[..., 1])

    deg = lambda r: np.rad2deg(np.unwrap(r))  # noqa: E731
    shank, thigh = deg(up("ankle", "knee")), deg(up("knee", "hip"))
    out = {"ankle": shank, "knee": shank - thigh}
    if "thoracolumbar" in kp:
        thorax = deg(up("thoracolumbar", "shoulder"))
        pelvis, lumbar = split_with_back(body, deg(up("hip", "thoracolumbar")), thorax)
        out["hip"], out["lumbar"] = pelvis - thigh, lumbar
    else:
        out["hip"], out["lumbar"] = split_trunk(body, deg(up("hip", "shoulder")) - thigh, lumbar_share)
        thorax = thigh + out["hip"] + out["lumbar"]
    if "elbow" in kp:
        upper, fore = deg(down("shoulder", "elbow")), deg(down("elbow", "wrist"))
    else:
        upper = fore = deg(down("shoulder", "wrist"))
    out["shoulder"], out["elbow"] = upper + thorax, fore - upper
    out["neck"] = deg(up("shoulder", "ear")) - thorax if "ear" in kp else np.zeros_like(shank)
    return {j: _near_range(j, v) for j, v in out.items()}


def _near_range(joint: str, v: Array) -> Array:
    """``v`` (deg, continuous over frames) shifted by whole turns so that its median is nearest the middle of the
    joint's range (a relative angle of 181 deg and one of -179 deg are the same posture)."""
    lo, hi = ANGLE_RANGES[joint]
    v = np.asarray(v, dtype=float)
    turns = np.round((np.median(v) - 0.5 * (lo + hi)) / 360.0)
    return v - 360.0 * turns


def lowpass(t: Array, angles: Mapping[str, Array], cutoff_hz: float) -> dict[str, Array]:
    """Zero-lag 2nd-order Butterworth low-pass (forward + backward) of each series, sampled at 1 / median(dt).

    The ends are padded with their mirror image (even extension over 1 s, or the whole series if shorter): a
    recorded lift starts and ends at rest, and an odd extension would pin each end to its noisy first sample.
    """
    fs = 1.0 / float(np.median(np.diff(t)))
    if not 0.0 < cutoff_hz < fs / 2:
        raise ValueError(f"cutoff_hz = {cutoff_hz:g} Hz is outside the allowed range (0, {fs / 2:g}) Hz "
                         f"(half the frame rate {fs:g} Hz)")
    b, a = butter(2, cutoff_hz / (fs / 2))
    pad = min(len(t) - 1, max(1, round(fs)))
    return {k: filtfilt(b, a, v, padtype="even", padlen=pad) for k, v in angles.items()}


def derivatives(t: Array, q: Mapping[str, Array]) -> tuple[dict[str, Array], dict[str, Array]]:
    """First and second time derivatives (deg/s, deg/s^2) by second-order finite differences."""
    qd = {k: np.gradient(v, t, edge_order=2) for k, v in q.items()}
    qdd = {k: np.gradient(v, t, edge_order=2) for k, v in qd.items()}
    return qd, qdd


def clip(angles: Mapping[str, Array], margin: float = CLIP_MARGIN
         ) -> tuple[dict[str, Array], dict[str, dict[str, float]]]:
    """Angles clipped to the model's ranges (``margin`` inside them) and a report
    ``{joint: {"frames": n, "first_frame": i, "worst": deg, "beyond": deg}}`` of what was clipped."""
    out, report = {}, {}
    for j in JOINTS:
        v = np.asarray(angles[j], dtype=float)
        lo, hi = ANGLE_RANGES[j]
        c = np.clip(v, lo + margin, hi - margin)
        beyond = np.maximum(lo - v, v - hi)
        bad = (v < lo) | (v > hi)
        if bad.any():
            worst = int(np.argmax(np.abs(v - c)))
            report[j] = {"frames": int(bad.sum()), "first_frame": int(np.argmax(bad)), "worst": float(v[worst]),
                         "beyond": float(np.max(beyond))}
        out[j] = c
    return out, report


def model_keypoints(body: Body, pose: object) -> dict[str, Array]:
    """The keypoints a perfect tracker would report for ``body`` in ``pose`` (a :class:`~hinge_model.Pose`):
    the model's joint centres (m), the ear half-way between the neck and the vertex (on the head's axis), toe
    tip and heel on the floor, and the thoraco-lumbar joint as the back marker."""
    from ..kinematics import forward

    p = forward(body, pose).points  # type: ignore[arg-type]
    out = {j: np.asarray(p[j], dtype=float) for j in ("ankle", "knee", "hip", "shoulder", "elbow", "wrist",
                                                          "toe", "heel")}
    out["ear"] = 0.5 * (np.asarray(p["neck"]) + np.asarray(p["vertex"]))
    out["thoracolumbar"] = np.asarray(p["thoracolumbar"], dtype=float)
    return out
