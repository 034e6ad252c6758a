"""recorded: the angle geometry against the model's forward kinematics, properties (hypothesis), clipping, the
lumbar assumption, the digitiser driven without a browser, the shipped sample, and the lazy import."""

from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hinge_model as hm
from hinge_model.kinematics import forward
from hinge_model.recorded import angles as A
from hinge_model.recorded import sample
from hinge_model.recorded.pipeline import detect_facing, fill_gaps

BODY = hm.Body(70.0, 1.70, "female")

pose_values = st.fixed_dictionaries({
    "ankle": st.floats(-20, 35), "knee": st.floats(0, 140), "hip": st.floats(-20, 125),
    "lumbar": st.floats(-25, 55), "shoulder": st.floats(-40, 170), "elbow": st.floats(1, 140),
    "neck": st.floats(-40, 40)})


def test_trunk_vectors_match_forward_kinematics():
    lum = np.linspace(-30, 60, 19)
    tl, sh = A.trunk_vectors(BODY, lum)
    kin = forward(BODY, hm.Pose(lumbar=lum))
    assert np.allclose(tl, kin.points["thoracolumbar"] - kin.points["hip"], atol=1e-12)
    assert np.allclose(sh, kin.points["shoulder"] - kin.points["hip"], atol=1e-12)


@settings(max_examples=60, deadline=None)
@given(q=pose_values, sex=st.sampled_from(["male", "female"]), height=st.floats(1.5, 2.0))
def test_back_marker_recovers_every_angle(q, sex, height):
    body = hm.Body(70.0, height, sex)
    pose = hm.Pose(**{k: [v] for k, v in q.items()})
    got = A.raw_angles(body, A.model_keypoints(body, pose), lumbar_share=0.0)
    for j, v in q.items():
        assert abs(got[j][0] - v) < 1e-6, j


@settings(max_examples=60, deadline=None)
@given(q=pose_values, share=st.floats(0.0, 0.9))
def test_lumbar_share_keeps_the_trunk_line_and_the_other_joints(q, share):
    """Without a back marker the split may differ from the truth, but the legs, the hip-shoulder line and the arm's
    direction in space are reproduced exactly, and lumbar = share x (hip + lumbar) inside the lumbar range."""
    pose = hm.Pose(**{k: [v] for k, v in q.items()})
    kp = {k: v for k, v in A.model_keypoints(BODY, pose).items() if k != "thoracolumbar"}
    got = {k: v[0] for k, v in A.raw_angles(BODY, kp, share).items()}
    for j in ("ankle", "knee", "elbow"):
        assert abs(got[j] - q[j]) < 1e-6, j
    lo, hi = hm.ANGLE_RANGES["lumbar"]
    if lo + 0.5 < got["lumbar"] < hi - 0.5:
        assert abs(got["lumbar"] - share * (got["hip"] + got["lumbar"])) < 0.05
    else:
        assert got["lumbar"] in (lo + 0.5, hi - 0.5)

    def trunk_tilt(a):
        _, sh = A.trunk_vectors(BODY, a["lumbar"])
        return a["ankle"] - a["knee"] + a["hip"] + np.degrees(np.arctan2(sh[0], sh[1]))

    assert abs(trunk_tilt(got) - trunk_tilt(q)) < 0.05
    arm = lambda a: a["shoulder"] - (a["ankle"] - a["knee"] + a["hip"] + a["lumbar"])  # noqa: E731
    assert abs((arm(got) - arm(q) + 180) % 360 - 180) < 1e-6


@settings(max_examples=40, deadline=None)
@given(scale=st.floats(0.2, 5.0), shift=st.tuples(st.floats(-500, 500), st.floats(-500, 500)),
       q=pose_values)
def test_angles_do_not_depend_on_scale_shift_or_mirroring(scale, shift, q):
    pose = hm.Pose(**{k: [v] * 3 for k, v in q.items()})
    kp = A.model_keypoints(BODY, pose)
    moved = {k: v * scale + np.array(shift) for k, v in kp.items()}
    mirrored = {k: v * np.array([-1.0, 1.0]) for k, v in moved.items()}
    a = A.raw_angles(BODY, moved, 0.3)
    b = A.raw_angles(BODY, {k: v * np.array([-1.0, 1.0]) for k, v in mirrored.items()}, 0.3)
    for j in a:
        assert np.allclose(a[j], b[j], atol=1e-9)
    ref = A.raw_angles(BODY, kp, 0.3)
    for j in a:
        assert np.allclose(a[j], ref[j], atol=1e-6)


@settings(max_examples=40, deadline=None)
@given(start=st.integers(1, 40), length=st.integers(1, 8), seed=st.integers(0, 1000))
def test_fill_gaps_on_a_smooth_signal(start, length, seed):
    t = np.linspace(0, 2, 60)
    truth = np.stack((np.sin(2 * t), np.cos(1.5 * t)), axis=-1)
    xy = truth + np.random.default_rng(seed).normal(0, 0.001, truth.shape)
    xy[start:start + length] = np.nan
    out, filled, long_run = fill_gaps(t, xy, max_gap=10)
    assert long_run is None and filled.sum() == min(length, 60 - start)
    assert np.all(np.isfinite(out))
    inside = slice(start, min(start + length, 59))
    assert np.max(np.abs(out[inside] - truth[inside])) < 0.02


def test_facing_cues():
    kp = {"ankle": np.zeros((3, 2)), "knee": np.tile([0.1, 0.45], (3, 1)), "hip": np.tile([-0.05, 0.85], (3, 1))}
    assert detect_facing(kp)[0] == "right"
    mirrored = {k: v * np.array([-1.0, 1.0]) for k, v in kp.items()}
    assert detect_facing(mirrored)[0] == "left"
    mirrored["toe"], mirrored["heel"] = np.tile([0.2, -0.07], (3, 1)), np.tile([-0.05, -0.07], (3, 1))
    assert detect_facing(mirrored) == ("right", "toe ahead of heel")  # the feet win over the knees


def test_clipping_reports_and_warns_only_far_beyond_the_range():
    kp = A.model_keypoints(BODY, hm.Pose(hip=[80] * 5, shoulder=[60] * 5, elbow=[5] * 5))
    kp["wrist"][:, 0] -= 0.12  # hyperextended elbow, far beyond the range
    rec = hm.recorded.Recording(time=np.arange(5) / 30, keypoints=kp, confidence={k: np.ones(5) for k in kp},
                                source="test")
    with pytest.warns(A.RecordingWarning, match=r"test: elbow angle -\d+ deg is outside the model's range"):
        pose = rec.poses(BODY, filtered=False)
        report = rec.clipped(BODY, filtered=False)
    assert np.all(pose.elbow == 0.5)
    assert report["elbow"]["frames"] == 5 and report["elbow"]["beyond"] > 10
    small = A.model_keypoints(BODY, hm.Pose(hip=[80] * 5, shoulder=[60] * 5))
    small["wrist"][:, 0] -= 0.01
    rec2 = hm.recorded.Recording(time=np.arange(5) / 30, keypoints=small, confidence={k: np.ones(5) for k in small})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rec2.poses(BODY, filtered=False)  # a few degrees: noise, no warning
    assert "elbow" in rec2.clipped(BODY, filtered=False)


def test_recording_options_and_errors():
    kp = A.model_keypoints(BODY, hm.Pose(hip=[10, 20, 30, 40]))
    rec = hm.recorded.Recording(time=np.arange(4) / 30, keypoints=kp, confidence={k: np.ones(4) for k in kp})
    assert "back" in rec.assumption
    no_back = hm.recorded.Recording(time=rec.time, keypoints={k: v for k, v in kp.items() if k != "thoracolumbar"},
                                    confidence=rec.confidence)
    assert "ASSUMED neutral" in no_back.assumption
    assert "40 %" in no_back.with_options(lumbar_share=0.4).assumption
    with pytest.raises(ValueError, match="cannot be changed"):
        rec.with_options(time=None)
    with pytest.raises(ValueError, match=r"cutoff_hz = 20 Hz is outside the allowed range \(0, 15\) Hz"):
        rec.with_options(cutoff_hz=20).poses(BODY)
    with pytest.raises(ValueError, match="grip_frame = 9 is outside the allowed range"):
        rec.analyze(BODY, 5.0, grip_frame=9)
    with pytest.raises(ValueError, match="grip_frame must be an integer"):
        rec.analyze(BODY, 5.0, grip_frame=True)
    with pytest.raises(ValueError, match="load_mass = -1 kg"):
        rec.analyze(BODY, -1.0)
    with pytest.raises(ValueError, match="body must be a hinge_model.Body"):
        rec.poses("me")


# -- digitiser -------------------------------------------------------------------------------------------------
@pytest.fixture
def photo():
    import matplotlib

    matplotlib.use("Agg")
    return sample.path("sample_lift_photo.png")


def test_digitiser_clicks_make_the_pose_of_the_photo(photo):
    dg = hm.recorded.digitize(photo, height=sample.SAMPLE.height)
    truth = sample.photo_joints()
    assert dg.pose(BODY) is None and dg.next_joint == "ankle"
    for j in ("ankle", "knee", "hip", "shoulder", "elbow", "wrist"):
        assert dg.click(*truth[j])
    pose = dg.pose(sample.SAMPLE.body)
    ref = sample.photo_pose()
    for j in ("ankle", "knee", "elbow"):  # joint centres clicked exactly
        assert abs(float(getattr(pose, j)) - float(getattr(ref, j))) < 0.6, j
    arm = lambda p: float(p.shoulder - (p.ankle - p.knee + p.hip + p.lumbar))  # noqa: E731 - arm direction
    assert abs(arm(pose) - arm(ref)) < 0.5
    # no back marker in a photo: hip + lumbar together are right, the split is the (neutral) assumption
    assert abs(float(pose.hip + pose.lumbar) - float(ref.hip + ref.lumbar)) < 25
    kp = dg.keypoints()
    assert np.allclose(kp["ankle"], 0.0) and kp["shoulder"][0, 1] > 0.5
    assert "pose:" in dg.readout.value and "All points placed" not in dg.status.value  # the ear is next
    assert dg.click(*truth["ear"]) and "All points placed" in dg.status.value


def test_digitiser_never_raises_on_bad_clicks_and_undo_works(photo):
    dg = hm.recorded.digitize(photo)
    assert not dg.click(-50, 10) and "outside" in dg.message
    assert not dg.click(float("nan"), 3) and not dg.click("a", None)
    for x in range(7):
        assert dg.click(100 + 10 * x, 100 + 5 * x)  # nonsense positions: still a (clipped) pose, no error
    assert not dg.click(10, 10) and "every joint is placed" in dg.message
    assert dg.pose(BODY) is not None
    dg.undo()
    assert dg.next_joint == "ear" and dg.complete
    for _ in range(3):
        dg.undo()
    assert dg.next_joint == "shoulder" and dg.pose(BODY) is None
    dg.clear()
    assert dg.points == {} and "0 of 7" in dg.readout.value
    dg._on_press(type("E", (), {"inaxes": None, "xdata": None, "ydata": None})())  # a click beside the photo
    assert "outside" in dg.message
    with pytest.raises(ValueError, match="at least 10 x 10 pixels"):
        hm.recorded.digitize(np.zeros((3, 3)))


# -- the sample ---------------------------------------------------------------------------------------------------
def test_shipped_sample_reads_with_its_faults():
    rec = hm.recorded.read(sample.path(), height=sample.SAMPLE.height)
    assert rec.facing == "left" and rec.frames == 91 and rec.fps == pytest.approx(30, rel=0.01)
    g0, n = sample.SAMPLE.gap
    assert rec.filled["wrist"][g0:g0 + n].all()
    d0, dn = sample.SAMPLE.dip
    assert np.all(rec.confidence["wrist"][d0:d0 + dn] < 0.5) and rec.filled["wrist"][d0:d0 + dn].all()
    trc = hm.recorded.read(sample.path("sample_lift.trc"))
    assert trc.facing == "left"
    for j in ("hip", "shoulder", "wrist"):  # the same keypoints, two formats (the pixels scaled from the stature)
        assert np.max(np.abs(trc.keypoints[j] - rec.keypoints[j])) < 0.05
    a = rec.analyze(sample.SAMPLE.body, sample.SAMPLE.load_mass)
    assert abs(a.extras["grip_frame"] - (rec.frames - 1) // 2) <= 3
    assert np.all(np.isfinite(a.extras["dynamics"].moments["L5S1"]))
    with pytest.raises(ValueError, match="not a sample file"):
        sample.path("other.csv")


def test_make_sample_writes_the_files(tmp_path):
    paths = sample.make_sample(tmp_path)
    assert [p.name for p in paths] == list(sample.FILES)
    assert paths[0].read_text().startswith("# hinge_model sample lift: NOT a real person")
    from PIL import Image

    img = Image.open(paths[2])
    assert img.size == (960, 540) and "NOT a real person" in img.info["Description"]
    m = sample.movement()
    assert sample.photo_pose(paths[2]) == hm.Pose(**{j: round(float(v), 4) for j, v in
                                                     m.poses[m.pickup].as_dict().items()})
    assert set(sample.photo_joints(paths[2])) >= {"ankle", "wrist", "ear"}


def test_import_hinge_model_does_not_import_recorded():
    code = ("import sys, hinge_model as hm; assert 'hinge_model.recorded' not in sys.modules; "
            "r = hm.recorded; assert 'hinge_model.recorded' in sys.modules; "
            "assert 'ezc3d' not in sys.modules and 'hinge_model.recorded.digitizer' not in sys.modules; "
            "print(r.FORMATS)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "mediapipe" in out.stdout
