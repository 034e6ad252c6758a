"""Every reader on a small file written by hand in its tool's documented layout (not by our writers): facing
right and left (mirrored), pixel units, a missing joint; and bad input raising ValueError that names the file,
the frame or column and what is wrong."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

import hinge_model as hm
from hinge_model.recorded import FORMATS, RecordingError, guess_format
from hinge_model.recorded import mediapipe as mp
from hinge_model.recorded import openpose as op

# A crouched side view in pixels (x right, y down), facing right: knee ahead of the ankle-hip line, toe ahead.
PX = {"ankle": (400, 600), "knee": (440, 480), "hip": (380, 370), "shoulder": (470, 230), "elbow": (500, 340),
      "wrist": (520, 440), "ear": (500, 180), "toe": (450, 625), "heel": (370, 625), "nose": (525, 185)}
BODY = hm.Body(75.0, 1.75, "male")


def frames(n=6, mirror=False, width=1000):
    """The crouch, drifting 1 px per frame (y down); mirrored about the image centre when asked."""
    out = {}
    for j, (x, y) in PX.items():
        xs = np.array([x + i for i in range(n)], dtype=float)
        out[j] = np.stack((width - xs if mirror else xs, np.full(n, float(y))), axis=-1)
    return out


def expected_angles():
    kp = {j: np.array([[x, -y]], dtype=float) for j, (x, y) in PX.items()}
    return hm.recorded.angles.raw_angles(BODY, kp, 0.0)


def check(rec, mirror):
    assert rec.facing == ("left" if mirror else "right")
    q = rec.joint_angles(BODY, filtered=False)
    ref = expected_angles()
    for j in ("ankle", "knee", "hip", "shoulder", "elbow", "neck"):
        assert abs(q[j][0] - ref[j][0]) < 0.6, j  # the drift moves the points by 0-5 px
    assert np.allclose(rec.keypoints["ankle"].mean(axis=0), 0.0, atol=0.01)
    assert rec.keypoints["shoulder"][0, 1] > 0.9  # y up, metres: the shoulder ~1.1 m above the ankle


# -- MediaPipe ------------------------------------------------------------------------------------------------
def mediapipe_csv(path, mirror=False, drop=(), units="pixels"):
    pts = frames(mirror=mirror)
    names = {"ankle": "ankle", "knee": "knee", "hip": "hip", "shoulder": "shoulder", "elbow": "elbow", "wrist": "wrist",
             "ear": "ear", "toe": "foot_index", "heel": "heel"}
    header = ["frame", "time"]
    cols = {}
    for j, n in names.items():
        if j in drop:
            continue
        for side, vis in (("left", 0.95), ("right", 0.3)):
            header += [f"{side}_{n}_x", f"{side}_{n}_y", f"{side}_{n}_z", f"{side}_{n}_visibility"]
            cols[f"{side}_{n}"] = (pts[j], vis)
    header += ["nose_x", "nose_y", "nose_z", "nose_visibility"]
    cols["nose"] = (pts["nose"], 0.99)
    lines = ["# a MediaPipe Pose export", f"# coordinates: {units}", ",".join(header)]
    for i in range(6):
        row = [str(i), f"{i / 30:.4f}"]
        for xy, vis in cols.values():
            x, y = xy[i] / (1000.0 if units == "normalized" else 1.0)
            row += [f"{x:.4f}", f"{y:.4f}", "-0.1", f"{vis}"]
        lines.append(",".join(row))
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("mirror", [False, True])
def test_mediapipe_csv_pixels_and_mirrored(tmp_path, mirror):
    rec = hm.recorded.read(mediapipe_csv(tmp_path / "mp.csv", mirror), height=1.75)
    check(rec, mirror)
    assert "left side used" in " ".join(rec.notes)  # the higher-visibility side


def test_mediapipe_csv_normalised_needs_the_image_size(tmp_path):
    path = mediapipe_csv(tmp_path / "mp.csv", units="normalized")
    with pytest.raises(ValueError, match=r"mp\.csv.*image_size"):
        hm.recorded.read(path, height=1.75)
    check(hm.recorded.read(path, height=1.75, image_size=(1000, 1000)), False)


def test_mediapipe_csv_without_elbow_and_ear(tmp_path):
    rec = hm.recorded.read(mediapipe_csv(tmp_path / "mp.csv", drop=("elbow", "ear")), height=1.75)
    assert "elbow" not in rec.keypoints and "ear" not in rec.keypoints
    notes = " ".join(rec.notes)
    assert "straight arms" in notes and "neck = 0" in notes
    q = rec.poses(BODY)
    assert np.all(q.elbow < 1.0) and np.all(q.neck == 0.0)


def test_mediapipe_json_layout(tmp_path):
    pts = frames()
    doc = {"image_width_px": 1000, "image_height_px": 1000, "coordinates": "normalized", "frames": []}
    where = {"left_ankle": "ankle", "left_knee": "knee", "left_hip": "hip", "left_shoulder": "shoulder",
             "left_elbow": "elbow", "left_wrist": "wrist", "left_ear": "ear", "left_foot_index": "toe",
             "left_heel": "heel", "nose": "nose"}
    for i in range(6):
        marks = []
        for name in mp.LANDMARKS:
            j = where.get(name)
            x, y = (pts[j][i] / 1000.0) if j else (0.0, 0.0)
            marks.append({"x": float(x), "y": float(y), "z": 0.0, "visibility": 0.9 if j else 0.0})
        doc["frames"].append({"timestamp_ms": 1000 * i / 30, "pose_landmarks": [marks]})
    doc["frames"].append({"timestamp_ms": 1000 * 6 / 30, "pose_landmarks": []})  # nobody found: a gap
    path = tmp_path / "mp.json"
    path.write_text(json.dumps(doc))
    assert guess_format(path) == "mediapipe"
    rec = hm.recorded.read(path, height=1.75)
    check(rec, False)
    assert rec.frames == 7 and rec.filled["knee"][6]


# -- OpenPose -------------------------------------------------------------------------------------------------
def openpose_folder(folder, mirror=False, drop=(), empty_frame=None):
    folder.mkdir()
    pts = frames(mirror=mirror)
    names = {"RAnkle": "ankle", "RKnee": "knee", "RHip": "hip", "RShoulder": "shoulder", "RElbow": "elbow",
             "RWrist": "wrist", "REar": "ear", "RBigToe": "toe", "RHeel": "heel", "Nose": "nose"}
    for i in range(6):
        flat = []
        for k in op.BODY_25:
            j = names.get(k)
            flat += [0, 0, 0] if j is None or j in drop else [float(pts[j][i, 0]), float(pts[j][i, 1]), 0.8]
        people = [] if i == empty_frame else [{"person_id": [-1], "pose_keypoints_2d": flat}]
        (folder / f"clip_{i:012d}_keypoints.json").write_text(json.dumps({"version": 1.3, "people": people}))
    return folder


@pytest.mark.parametrize("mirror", [False, True])
def test_openpose_folder(tmp_path, mirror):
    path = openpose_folder(tmp_path / "op", mirror, empty_frame=2)
    assert guess_format(path) == "openpose"
    rec = hm.recorded.read(path, fps=30, height=1.75)
    check(rec, mirror)
    assert rec.filled["hip"][2] and not rec.filled["hip"][1]


def test_openpose_missing_required_joint(tmp_path):
    path = openpose_folder(tmp_path / "op", drop=("knee",))
    with pytest.raises(ValueError, match=r"op: joint 'knee'.*every frame has confidence below"):
        hm.recorded.read(path, fps=30, height=1.75)


# -- DeepLabCut -----------------------------------------------------------------------------------------------
def dlc_csv(path, mirror=False, names=None):
    pts = frames(mirror=mirror)
    names = names or {j: j for j in PX if j != "nose"}
    rows = ["scorer," + ",".join(["DLC_resnet50_liftJan1shuffle1_50000"] * 3 * len(names)),
            "bodyparts," + ",".join(n for n in names.values() for _ in range(3)),
            "coords," + ",".join(["x", "y", "likelihood"] * len(names))]
    for i in range(6):
        rows.append(str(i) + "," + ",".join(f"{pts[j][i, 0]},{pts[j][i, 1]},0.97" for j in names))
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.mark.parametrize("mirror", [False, True])
def test_dlc_csv(tmp_path, mirror):
    path = dlc_csv(tmp_path / "liftDLC.csv", mirror)
    assert guess_format(path) == "dlc"
    check(hm.recorded.read(path, fps=30, height=1.75), mirror)


def test_dlc_own_body_part_names_via_markers(tmp_path):
    names = {"ankle": "malleolus", "knee": "kneecap", "hip": "trochanter", "shoulder": "acromion",
             "elbow": "olecranon", "wrist": "styloid", "toe": "toe", "heel": "heel"}
    path = dlc_csv(tmp_path / "own.csv", names=names)
    with pytest.raises(ValueError, match=r"own\.csv: no column or marker for the required joint 'ankle'"):
        hm.recorded.read(path, fps=30, height=1.75)
    mapping = {j: [n] for j, n in names.items() if j not in ("toe", "heel")}
    rec = hm.recorded.read(path, fps=30, height=1.75, markers=mapping)
    assert set(rec.keypoints) >= {"ankle", "knee", "hip", "shoulder", "elbow", "wrist"}
    with pytest.raises(ValueError, match=r"markers\['hip'\] names \['RASI'\], which the file does not have"):
        hm.recorded.read(path, fps=30, height=1.75, markers={**mapping, "hip": ["RASI"]})


# -- TRC ------------------------------------------------------------------------------------------------------
def trc_file(path, units="mm", mirror=False, drop=(), pixels=False):
    pts = frames(mirror=mirror)
    names = [j for j in ("ankle", "knee", "hip", "shoulder", "elbow", "wrist", "ear", "toe", "heel") if j not in drop]
    label = {"ankle": "RAnkle", "knee": "RKnee", "hip": "RHip", "shoulder": "RShoulder", "elbow": "RElbow",
             "wrist": "RWrist", "ear": "REar", "toe": "RBigToe", "heel": "RHeel"}
    scale = 1.0 if pixels else {"mm": 1000 / 300, "m": 1 / 300}[units]  # 300 px per metre
    lines = ["PathFileType\t4\t(X/Y/Z)\tlift.trc",
             "DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames",
             f"30\t30\t6\t{len(names)}\t{units}\t30\t1\t6",
             "Frame#\tTime\t" + "\t\t\t".join(label[n] for n in names) + "\t\t",
             "\t\t" + "\t".join(f"X{i + 1}\tY{i + 1}\tZ{i + 1}" for i in range(len(names))), ""]
    for i in range(6):
        cells = [str(i + 1), f"{i / 30:.5f}"]
        for n in names:
            x, y = pts[n][i]
            if not pixels:
                x, y = x, 1000 - y  # Y up in a metric TRC
            cells += [f"{x * scale:.4f}", f"{y * scale:.4f}", "0.1"]
        lines.append("\t".join(cells))
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize(("units", "mirror"), [("mm", False), ("m", True)])
def test_trc_metric(tmp_path, units, mirror):
    rec = hm.recorded.read(trc_file(tmp_path / "lift.trc", units, mirror))
    check(rec, mirror)
    assert rec.scale == {"mm": 0.001, "m": 1.0}[units]


def test_trc_in_pixels_like_sports2d(tmp_path):
    path = trc_file(tmp_path / "lift_px.trc", units="m", pixels=True)  # Sports2D's _px files say "m"
    with pytest.raises(ValueError, match=r"lift_px\.trc: .*ankle-knee-hip-shoulder.*units="):
        hm.recorded.read(path)
    check(hm.recorded.read(path, units="px", height=1.75), False)


def test_trc_missing_wrist(tmp_path):
    with pytest.raises(ValueError, match=r"lift\.trc: no column or marker for the required joint 'wrist'"):
        hm.recorded.read(trc_file(tmp_path / "lift.trc", drop=("wrist",)))


# -- C3D and .mot -----------------------------------------------------------------------------------------------
def test_c3d_with_a_marker_mapping_z_up(tmp_path):
    from hinge_model.recorded import c3d

    pts = frames()
    markers = {}
    for j, lab in (("ankle", "LANK"), ("knee", "LKNE"), ("shoulder", "LSHO"), ("elbow", "LELB"), ("toe", "LTOE"),
                   ("heel", "LHEE")):
        markers[lab] = np.column_stack((np.full(6, -100.0), pts[j][:, 0] * 10 / 3, (1000 - pts[j][:, 1]) * 10 / 3))
    for lab, dz in (("LASI", 80.0), ("LPSI", -80.0)):  # two markers straddling the "hip"
        markers[lab] = np.column_stack((np.full(6, -100.0), pts["hip"][:, 0] * 10 / 3,
                                        (1000 - pts["hip"][:, 1]) * 10 / 3 + dz))
    for lab, dx in (("LWRA", 20.0), ("LWRB", -20.0)):
        markers[lab] = np.column_stack((np.full(6, -100.0), pts["wrist"][:, 0] * 10 / 3 + dx,
                                        (1000 - pts["wrist"][:, 1]) * 10 / 3))
    path = c3d.write(tmp_path / "lab.c3d", 30.0, markers)
    with pytest.raises(ValueError, match="required joint 'hip'"):
        hm.recorded.read(path)
    rec = hm.recorded.read(path, markers={"hip": ["LASI", "LPSI"], "wrist": ["LWRA", "LWRB"]})
    assert "ear" not in rec.keypoints
    q = rec.joint_angles(BODY, filtered=False)
    ref = expected_angles()
    for j in ("ankle", "knee", "hip", "shoulder", "elbow"):
        assert abs(q[j][0] - ref[j][0]) < 0.6, j


def test_mot_columns_and_signs(tmp_path):
    text = ("Coordinates\nversion=1\nnRows=4\nnColumns=5\ninDegrees=no\nendheader\n"
            "time\thip_flexion_l\tknee_angle_l\tankle_angle_l\tlumbar_extension\n")
    for i in range(4):
        text += f"{i / 30:.4f}\t{np.deg2rad(60 + i)}\t{np.deg2rad(-40)}\t{np.deg2rad(10)}\t{np.deg2rad(-20)}\n"
    path = tmp_path / "ik.mot"
    path.write_text(text)
    rec = hm.recorded.read(path)
    q = rec.joint_angles(BODY, filtered=False)
    assert np.allclose(q["hip"], [60, 61, 62, 63]) and np.allclose(q["knee"], 40) and np.allclose(q["lumbar"], 20)
    assert np.allclose(q["ankle"], 10) and "gait2392" in " ".join(rec.notes) and "arms hanging" in " ".join(rec.notes)
    assert rec.assumption.startswith("lumbar flexion read")


# -- bad input ----------------------------------------------------------------------------------------------------
def test_unknown_format_and_missing_file(tmp_path):
    path = tmp_path / "lift.xyz"
    path.write_text("1,2,3\n")
    with pytest.raises(ValueError, match=r"lift\.xyz: cannot tell the format.*'mediapipe'"):
        hm.recorded.read(path)
    with pytest.raises(ValueError, match=r"format = 'kinovea' is not allowed"):
        hm.recorded.read(path, format="kinovea")
    with pytest.raises(ValueError, match="no such file"):
        hm.recorded.read(tmp_path / "nothing.csv")
    assert set(FORMATS) == {"mediapipe", "openpose", "dlc", "trc", "c3d", "mot"}


def test_fewer_than_three_frames(tmp_path):
    path = dlc_csv(tmp_path / "short.csv")
    lines = path.read_text().splitlines()[:5]  # 3 header rows + 2 frames
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ValueError, match=r"short\.csv: 2 frame\(s\); a recording needs at least 3 frames"):
        hm.recorded.read(path, fps=30, height=1.75)


def test_time_not_increasing(tmp_path):
    path = trc_file(tmp_path / "back.trc")
    lines = path.read_text().splitlines()
    cells = lines[9].split("\t")
    cells[1] = "0.01"  # frame 3 (index 3) at 0.01 s, after 0.0667 s
    lines[9] = "\t".join(cells)
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ValueError, match=r"back\.trc: time is not strictly increasing at frame 3 \(0\.06667 s, then "
                                         r"0\.01 s\)"):
        hm.recorded.read(path)


def test_all_confidence_zero(tmp_path):
    path = dlc_csv(tmp_path / "blind.csv")
    path.write_text(re.sub(r",0\.97", ",0", path.read_text()))
    with pytest.raises(ValueError, match=r"blind\.csv: every point has confidence 0"):
        hm.recorded.read(path, fps=30, height=1.75)


def test_bad_cells_and_options(tmp_path):
    path = dlc_csv(tmp_path / "bad.csv")
    path.write_text(path.read_text().replace("0.97", "high", 1))
    with pytest.raises(ValueError, match=r"bad\.csv: frame 0, column 3 \(ankle likelihood\): 'high' is not a number"):
        hm.recorded.read(path, fps=30, height=1.75)
    good = dlc_csv(tmp_path / "good.csv")
    with pytest.raises(ValueError, match="pass fps="):
        hm.recorded.read(good, height=1.75)
    with pytest.raises(ValueError, match="pass height="):
        hm.recorded.read(good, fps=30)
    with pytest.raises(ValueError, match=r"height = 3 m is outside the allowed range"):
        hm.recorded.read(good, fps=30, height=3.0)
    with pytest.raises(ValueError, match="facing = 'up' is not allowed"):
        hm.recorded.read(good, fps=30, height=1.75, facing="up")
    with pytest.raises(ValueError, match=r"lumbar_share = 1\.5 is outside"):
        hm.recorded.read(good, fps=30, height=1.75, lumbar_share=1.5)
    rec = hm.recorded.read(good, fps=30, height=1.75, known_length=("ankle", "knee", 0.42))
    assert np.median(np.hypot(*(rec.keypoints["knee"] - rec.keypoints["ankle"]).T)) == pytest.approx(0.42)


def test_long_gap_refused_and_short_gap_filled(tmp_path):
    path = dlc_csv(tmp_path / "gap.csv")
    lines = path.read_text().splitlines()
    for r in (4, 5, 6):  # frames 1-3: the knee not seen
        cells = lines[r].split(",")
        cells[4:7] = ["", "", "0.0"]
        lines[r] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n")
    rec = hm.recorded.read(path, fps=30, height=1.75)
    assert rec.filled["knee"][1:4].all()
    with pytest.raises(ValueError, match=r"gap\.csv: joint 'knee' is missing in frames 1-3 \(3 frames.*max_gap = 2"):
        hm.recorded.read(path, fps=30, height=1.75, max_gap=2)
    assert isinstance(RecordingError("x"), ValueError)
