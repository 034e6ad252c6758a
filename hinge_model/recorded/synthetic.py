"""Tracker-like keypoints made from a model movement, and writers that put them in each format's layout.

Used to make the shipped sample (:mod:`.sample`) and by the tests' round trips: movement -> keypoints (the
model's joint centres, :func:`.angles.model_keypoints`) + seeded Gaussian noise (default 1 cm per coordinate),
a confidence per point (0.85-0.99, with an optional dip), an optional run of missing frames -> a file -> read.
Image layouts (pixels, y down) use :class:`Camera`: metres in front of the ankle to pixels, facing right (+u) or
left (mirrored).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..anthropometry import Body
from ._common import Array
from .angles import model_keypoints

JOINTS_OUT: tuple[str, ...] = ("ankle", "knee", "hip", "shoulder", "elbow", "wrist", "ear", "toe", "heel")


@dataclass
class Track:
    """Keypoints in the model's frame (m), a confidence per point, the time (s) and the true angles (deg)."""

    time: Array
    keypoints: dict[str, Array]
    confidence: dict[str, Array]
    truth: dict[str, Array] = field(default_factory=dict)
    body: Body | None = None


@dataclass(frozen=True)
class Camera:
    """A side-on camera: ``px_per_m`` pixels per metre, the ankle at pixel (u0, v0), the person facing
    ``facing`` ("right" = +u) in a ``width`` x ``height`` image."""

    px_per_m: float = 330.0
    u0: float = 520.0
    v0: float = 650.0
    facing: str = "right"
    width: int = 1280
    height: int = 720

    def to_pixels(self, xy: Array) -> Array:
        sign = 1.0 if self.facing == "right" else -1.0
        return np.stack((self.u0 + sign * self.px_per_m * xy[..., 0], self.v0 - self.px_per_m * xy[..., 1]),
                        axis=-1)


def track(movement: Any, *, noise: float = 0.01, seed: int = 0, gap: tuple[int, int] | None = None,
          gap_joints: Sequence[str] = ("wrist", "elbow"), dip: tuple[int, int] | None = None,
          dip_joints: Sequence[str] = ("wrist", "elbow"), back_marker: bool = False) -> Track:
    """Keypoints of ``movement`` (a :class:`~hinge_model.movements.Movement`) as a tracker would report them.

    ``noise`` m (standard deviation per coordinate); ``gap = (first_frame, length)``: ``gap_joints`` missing
    (NaN, confidence 0); ``dip = (first_frame, length)``: ``dip_joints`` reported with confidence 0.15-0.35 and
    5x the noise (a tracker unsure of a point is usually also wrong about it); ``back_marker`` adds the
    thoraco-lumbar point.
    """
    rng = np.random.default_rng(seed)
    body = movement.body
    exact = model_keypoints(body, movement.poses)
    names = list(JOINTS_OUT) + (["thoracolumbar"] if back_marker else [])
    n = len(movement.time)
    kp, conf = {}, {}
    for j in names:
        kp[j] = exact[j] + rng.normal(0.0, noise, size=(n, 2))
        conf[j] = rng.uniform(0.85, 0.99, size=n)
    if dip is not None:
        sl = slice(dip[0], dip[0] + dip[1])
        for j in dip_joints:
            conf[j][sl] = rng.uniform(0.15, 0.35, size=dip[1])
            kp[j][sl] = exact[j][sl] + rng.normal(0.0, 5 * noise, size=(dip[1], 2))
    if gap is not None:
        sl = slice(gap[0], gap[0] + gap[1])
        for j in gap_joints:
            kp[j][sl] = np.nan
            conf[j][sl] = 0.0
    truth = {j: np.asarray(v, dtype=float) for j, v in movement.poses.as_dict().items()}
    return Track(time=np.asarray(movement.time, dtype=float), keypoints=kp, confidence=conf, truth=truth, body=body)


def _head_points(tr: Track) -> dict[str, Array]:
    """Nose and hand points derived from the keypoints (for the landmark sets that have them)."""
    ear, sho, wri, elb = (tr.keypoints[k] for k in ("ear", "shoulder", "wrist", "elbow"))
    head_up = (ear - sho) / np.linalg.norm(ear - sho, axis=-1, keepdims=True)
    forward = np.stack((head_up[..., 1], -head_up[..., 0]), axis=-1)
    fore = (wri - elb) / np.linalg.norm(wri - elb, axis=-1, keepdims=True)
    return {"nose": ear + 0.10 * forward, "eye": ear + 0.07 * forward + 0.02 * head_up, "hand": wri + 0.08 * fore}


def write_mediapipe(tr: Track, path: str | Path, cam: Camera, *, kind: str = "csv", drop: Sequence[str] = (),
                    comments: Sequence[str] = ()) -> Path:
    """MediaPipe's 33 landmarks, normalised to the image; the far side 0.4 visibility and 2 cm off."""
    from . import mediapipe

    near = "right" if cam.facing == "right" else "left"
    far = "left" if near == "right" else "right"
    extra = _head_points(tr)
    base = {"ear": "ear", "shoulder": "shoulder", "elbow": "elbow", "wrist": "wrist", "hip": "hip", "knee": "knee",
            "ankle": "ankle", "heel": "heel", "foot_index": "toe"}
    lm: dict[str, Array] = {}
    vis: dict[str, Array] = {}
    n = len(tr.time)
    for side, shift, v in ((near, 0.0, None), (far, 0.02, 0.4)):
        for mp_name, j in base.items():
            name = f"{side}_{mp_name}"
            lm[name] = tr.keypoints[j] + shift
            vis[name] = tr.confidence[j] if v is None else np.full(n, v)
        for part in ("pinky", "index", "thumb"):
            lm[f"{side}_{part}"] = extra["hand"] + shift
            vis[f"{side}_{part}"] = np.full(n, 0.9 if v is None else v)
        for part in ("eye_inner", "eye", "eye_outer"):
            lm[f"{side}_{part}"] = extra["eye"] + shift
            vis[f"{side}_{part}"] = np.full(n, 0.95 if v is None else v)
    lm["nose"], vis["nose"] = extra["nose"], np.full(n, 0.97)
    for m in ("mouth_left", "mouth_right"):
        lm[m], vis[m] = extra["nose"] - np.array([0.01, 0.04]), np.full(n, 0.9)
    for j in drop:
        for side in (near, far):
            lm.pop(f"{side}_{j}", None)
    px = {k: cam.to_pixels(v) / np.array([cam.width, cam.height]) for k, v in lm.items()}
    meta = {"image_width_px": cam.width, "image_height_px": cam.height, "coordinates": "normalized"}
    if kind == "json":
        return mediapipe.write_json(path, tr.time, px, vis, meta=meta)
    return mediapipe.write_csv(path, tr.time, px, vis, comments=comments, meta=meta)


def write_openpose(tr: Track, folder: str | Path, cam: Camera, *, drop: Sequence[str] = ()) -> Path:
    from . import openpose

    near = "R" if cam.facing == "right" else "L"
    names = {"ankle": "Ankle", "knee": "Knee", "hip": "Hip", "shoulder": "Shoulder", "elbow": "Elbow",
             "wrist": "Wrist", "ear": "Ear", "toe": "BigToe", "heel": "Heel"}
    pts = {near + v: cam.to_pixels(tr.keypoints[k]) for k, v in names.items() if k not in drop}
    conf = {near + v: tr.confidence[k] for k, v in names.items() if k not in drop}
    pts["Nose"], conf["Nose"] = cam.to_pixels(_head_points(tr)["nose"]), np.full(len(tr.time), 0.9)
    return openpose.write(folder, pts, conf)


def write_dlc(tr: Track, path: str | Path, cam: Camera, *, drop: Sequence[str] = ()) -> Path:
    from . import dlc

    names = [j for j in tr.keypoints if j not in drop]
    label = {"thoracolumbar": "Back"}
    parts = {label.get(j, j.capitalize()): cam.to_pixels(tr.keypoints[j]) for j in names}
    like = {label.get(j, j.capitalize()): tr.confidence[j] for j in names}
    return dlc.write(path, parts, like)


def _masked(tr: Track, j: str, min_conf: float = 0.5) -> Array:
    p = tr.keypoints[j].copy()
    p[tr.confidence[j] < min_conf] = np.nan
    return p


def write_trc(tr: Track, path: str | Path, *, units: str = "m", cam: Camera | None = None,
              drop: Sequence[str] = ()) -> Path:
    """Pose2Sim / Sports2D marker names, X forward (or -X when ``cam.facing == "left"``), Y up, Z 0; or pixels
    (``units="px"``, y down) through ``cam``. Low-confidence points are written as missing (no confidence column)."""
    from . import trc

    names = {"ankle": "RAnkle", "knee": "RKnee", "hip": "RHip", "shoulder": "RShoulder", "elbow": "RElbow",
             "wrist": "RWrist", "ear": "REar", "toe": "RBigToe", "heel": "RHeel"}
    factor = {"m": 1.0, "cm": 100.0, "mm": 1000.0}
    sign = -1.0 if cam is not None and cam.facing == "left" else 1.0
    markers = {}
    for k, v in names.items():
        if k in drop:
            continue
        p = _masked(tr, k)
        if units == "px":
            q = cam.to_pixels(p) if cam is not None else p
            markers[v] = np.column_stack((q, np.zeros(len(p))))
        else:
            markers[v] = np.column_stack((sign * p[:, 0], p[:, 1], np.full(len(p), 0.1))) * factor[units]
    return trc.write(path, tr.time, markers, units=units)


def write_c3d(tr: Track, path: str | Path, *, facing: str = "right", drop: Sequence[str] = ()) -> tuple[Path, dict]:
    """Plug-in-Gait-like skin markers in mm, Z up, Y forward (-Y when facing left), two markers straddling a joint
    where a lab would use two; returns the path and the ``markers=`` mapping that recovers the joints."""
    from . import c3d

    sign = 1.0 if facing == "right" else -1.0
    lateral = {"ankle": ("RANK", "RMED"), "knee": ("RKNE", "RKNM"), "wrist": ("RWRA", "RWRB")}
    single = {"hip": "RGTR", "shoulder": "RSHO", "elbow": "RELB", "toe": "RTOE", "heel": "RHEE"}
    out: dict[str, Array] = {}
    mapping: dict[str, list[str]] = {}

    def put(label: str, xy: Array, x_lat: float) -> None:
        out[label] = np.column_stack((np.full(len(xy), x_lat), sign * xy[:, 0], xy[:, 1])) * 1000.0

    for j, (a, b) in lateral.items():
        if j in drop:
            continue
        p = _masked(tr, j)
        put(a, p, 0.15)
        put(b, p, 0.05)
        mapping[j] = [a, b]
    for j, lab in single.items():
        if j not in drop:
            put(lab, _masked(tr, j), 0.1)
            mapping[j] = [lab]
    if "ear" not in drop:  # head markers in front of and behind the ear
        ear, sho = _masked(tr, "ear"), _masked(tr, "shoulder")
        up = (ear - sho) / np.linalg.norm(ear - sho, axis=-1, keepdims=True)
        fwd = np.stack((up[:, 1], -up[:, 0]), axis=-1)
        put("RFHD", ear + 0.08 * fwd, 0.1)
        put("RBHD", ear - 0.08 * fwd, 0.1)
        mapping["ear"] = ["RFHD", "RBHD"]
    if "thoracolumbar" in tr.keypoints and "thoracolumbar" not in drop:
        tl, sho = _masked(tr, "thoracolumbar"), _masked(tr, "shoulder")
        up = (sho - tl) / np.linalg.norm(sho - tl, axis=-1, keepdims=True)
        fwd = np.stack((up[:, 1], -up[:, 0]), axis=-1)
        put("T10", tl - 0.1 * fwd, 0.0)
        put("STRN", tl + 0.1 * fwd, 0.0)
        mapping["thoracolumbar"] = ["T10", "STRN"]
    return c3d.write(path, 1.0 / float(np.median(np.diff(tr.time))), out), mapping


def write_mot(tr: Track, path: str | Path, *, noise_deg: float = 1.0, seed: int = 0,
              gap: tuple[int, int] | None = None) -> Path:
    """The true angles as OpenSim coordinates (gait2392 signs: knee flexion negative), + ``noise_deg``."""
    from . import mot

    rng = np.random.default_rng(seed)
    q = {k: v + rng.normal(0.0, noise_deg, size=v.shape) for k, v in tr.truth.items()}
    pelvis = q["ankle"] - q["knee"] + q["hip"]
    cols = {"pelvis_tilt": -pelvis, "hip_flexion_r": q["hip"], "knee_angle_r": -q["knee"],
            "ankle_angle_r": q["ankle"], "lumbar_extension": -q["lumbar"], "arm_flex_r": q["shoulder"],
            "elbow_flex_r": q["elbow"]}
    if gap is not None:
        cols["hip_flexion_r"] = cols["hip_flexion_r"].copy()
        cols["hip_flexion_r"][gap[0]:gap[0] + gap[1]] = np.nan
    return mot.write(path, tr.time, cols)
