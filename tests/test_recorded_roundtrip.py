"""Round trip per format: model movement -> tracker-like keypoints (1 cm noise, a 5-frame gap) -> the format's file
-> hm.recorded.read -> angles and L5/S1 moment against the original movement.

Statistic: the RMS over frames. With 1 cm Gaussian noise per coordinate at 30 fps and the 6 Hz filter the
largest single-frame angle error is 4-6 deg for the legs and up to ~9 deg for the straight elbow (noise, not
bias: measured when this test was written), so "within 3 deg" is checked as the RMS error; the L5/S1 moment as
the RMS of the per-frame difference, within 5 % of the original's peak. Lumbar flexion is not separable from the
pelvis tilt without a back marker, so the recordings carry the movement's true lumbar share (its ratio
lumbar / (hip + lumbar) is the same in every frame of a minimum-jerk movement).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import hinge_model as hm
from hinge_model.recorded import synthetic as sy

BODY = hm.Body(75.0, 1.75, "male")
FRAMES = 121  # 4 s at 30 fps
GAP = (40, 5)
ANGLES = ("ankle", "knee", "hip", "lumbar", "shoulder", "elbow")


@pytest.fixture(scope="module")
def lift():
    m = hm.movement("hinge", BODY, 15.0, 0.22, frames=FRAMES)
    e = m.end_pose
    return m, float(e.lumbar / (e.hip + e.lumbar))


def write(fmt, tr, tmp_path, facing="right"):
    cam = sy.Camera(facing=facing)
    if fmt == "mediapipe":
        return sy.write_mediapipe(tr, tmp_path / "lift.csv", cam), {"height": 1.75}
    if fmt == "mediapipe-json":
        return sy.write_mediapipe(tr, tmp_path / "lift.json", cam, kind="json"), {"height": 1.75}
    if fmt == "openpose":
        return sy.write_openpose(tr, tmp_path / "openpose", cam), {"height": 1.75, "fps": 30}
    if fmt == "dlc":
        return sy.write_dlc(tr, tmp_path / "lift_DLC.csv", cam), {"height": 1.75, "fps": 30}
    if fmt == "trc":
        return sy.write_trc(tr, tmp_path / "lift.trc", units="mm", cam=cam), {}
    if fmt == "c3d":
        path, mapping = sy.write_c3d(tr, tmp_path / "lift.c3d", facing=facing)
        return path, {"markers": mapping}
    if fmt == "mot":
        return sy.write_mot(tr, tmp_path / "lift.mot", gap=GAP), {}
    raise AssertionError(fmt)


def rms(a, b):
    return float(np.sqrt(np.mean((np.asarray(a) - np.asarray(b)) ** 2)))


@pytest.mark.parametrize("facing", ["right", "left"])
@pytest.mark.parametrize("fmt", ["mediapipe", "mediapipe-json", "openpose", "dlc", "trc", "c3d", "mot"])
def test_round_trip(fmt, facing, lift, tmp_path):
    m, share = lift
    tr = sy.track(m, noise=0.01, seed=3, gap=GAP, gap_joints=("wrist", "elbow"))
    path, kw = write(fmt, tr, tmp_path, facing)
    if fmt != "mot":
        kw["lumbar_share"] = share
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no clipping beyond noise level
        rec = hm.recorded.read(path, **kw)
        a = rec.analyze(BODY, 15.0, grip_frame=m.pickup)
    assert rec.format == fmt.split("-")[0]
    assert rec.frames == FRAMES
    if fmt != "mot":
        assert rec.facing == facing
        assert rec.filled["wrist"][GAP[0]:GAP[0] + GAP[1]].all()
    for j in ANGLES:
        err = rms(getattr(a.pose, j), getattr(m.poses, j))
        assert err < 3.0, f"{fmt}: {j} RMS error {err:.2f} deg"
    ref = m.analysis.moments["L5S1"]
    assert rms(a.moments["L5S1"], ref) < 0.05 * np.max(ref)
    assert abs(np.max(a.moments["L5S1"]) / np.max(ref) - 1) < 0.10
    # keypoints are in metres with the ankle at the origin: the hip is about a leg length above it
    hip_height = np.median(rec.keypoints["hip"][:5, 1])
    assert abs(hip_height - float(m.analysis.points["hip"][0, 1])) < 0.05


def test_noise_free_round_trip_is_exact_with_a_back_marker(lift, tmp_path):
    """No noise: the back marker separates lumbar flexion from pelvis tilt exactly (no assumption)."""
    m, _ = lift
    tr = sy.track(m, noise=0.0, seed=0, back_marker=True)
    path, kw = write("c3d", tr, tmp_path)
    rec = hm.recorded.read(path, **kw)
    assert rec.has_back_marker and "back" in rec.assumption
    q = rec.joint_angles(BODY, filtered=False)
    for j in ANGLES:
        assert np.max(np.abs(q[j] - getattr(m.poses, j))) < 0.05, j


def test_back_marker_with_mocap_noise(tmp_path):
    """A bend (lumbar 50 deg) with 2 mm marker noise: the back marker recovers the lumbar flexion within 3 deg RMS,
    the neutral-spine assumption misses it by tens of degrees."""
    m = hm.movement("bend", BODY, 10.0, 0.30, frames=FRAMES)
    tr = sy.track(m, noise=0.002, seed=5, back_marker=True)
    path, kw = write("dlc", tr, tmp_path)
    rec = hm.recorded.read(path, **kw)
    with_marker = rec.poses(BODY)
    assert rms(with_marker.lumbar, m.poses.lumbar) < 3.0
    no_marker = hm.recorded.Recording(time=rec.time, confidence=rec.confidence,
                                      keypoints={k: v for k, v in rec.keypoints.items() if k != "thoracolumbar"})
    assert np.max(no_marker.poses(BODY).lumbar) < 1.0 < np.max(m.poses.lumbar) - 30


def test_dynamics_of_a_clean_recording_match_the_movement(lift):
    """Noise-free keypoints: the filtered-angle inverse dynamics is close to the movement's analytic one."""
    m, _ = lift
    kp = hm.recorded.angles.model_keypoints(BODY, m.poses)
    rec = hm.recorded.Recording(time=m.time, keypoints=kp, confidence={k: np.ones(FRAMES) for k in kp})
    a = rec.analyze(BODY, 15.0, grip_frame=m.pickup)
    dyn = a.extras["dynamics"]
    assert np.array_equal(dyn.time, m.time)
    ref = m.dynamics.moments["L5S1"]
    assert abs(np.max(dyn.moments["L5S1"]) / np.max(ref) - 1) < 0.03
    assert rms(dyn.moments["hip"], m.dynamics.moments["hip"]) < 0.05 * np.max(m.dynamics.moments["hip"])
    assert a.extras["grip_frame"] == m.pickup and rec.detect_grip_frame() == m.pickup
