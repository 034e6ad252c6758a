"""The sample "student's lift" shipped with the package, and the script that made it (``make_sample``).

No real person was filmed: the lift is the model's own stoop ("bend") of a 10 kg box with handles 0.30 m above
the floor and 0.28 m in front of the ankles, 3 s, by a 68 kg, 1.70 m woman (:data:`SAMPLE`), filmed side-on at
30 fps and facing LEFT, with tracker-like faults: 1 cm Gaussian noise on every keypoint (seed 17), a confidence
dip of the wrist and elbow (frames 60-63: confidence 0.15-0.35 and 5x the noise) and a 5-frame gap of the wrist
(frames 25-29, occluded by the box). It is written in two formats:

* ``data/sample_lift_mediapipe.csv``: MediaPipe's 33 landmarks, normalised to a 1280 x 720 image
  (:mod:`.mediapipe`'s CSV layout; the far side of the body at visibility 0.4);
* ``data/sample_lift.trc``: the same keypoints as Sports2D / Pose2Sim markers in metres (low-confidence points
  left empty, as a TRC has no confidence);
* ``data/sample_lift_photo.png``: a rendered silhouette of the pick-up posture, 960 x 540 px, for the digitiser
  (:func:`photo_joints` and :func:`photo_pose` give its joints' pixel positions and its pose, stored in the PNG).

``python -m hinge_model.recorded.sample data`` writes the three files again (from the CURRENT model's bend, so
after a change of the model's postures the files differ from the shipped ones).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from ..anthropometry import Body
from .synthetic import Camera, track, write_mediapipe, write_trc

FILES: tuple[str, ...] = ("sample_lift_mediapipe.csv", "sample_lift.trc", "sample_lift_photo.png")


@dataclass(frozen=True)
class SampleSpec:
    mass: float = 68.0
    height: float = 1.70
    sex: str = "female"
    technique: str = "bend"
    load_mass: float = 10.0
    target_height: float = 0.30
    load_x: float = 0.28
    duration: float = 3.0
    fps: int = 30
    seed: int = 17
    gap: tuple[int, int] = (25, 5)
    dip: tuple[int, int] = (60, 4)

    @property
    def body(self) -> Body:
        return Body(self.mass, self.height, self.sex)


SAMPLE = SampleSpec()
VIDEO = Camera(px_per_m=330.0, u0=760.0, v0=660.0, facing="left", width=1280, height=720)
PHOTO = Camera(px_per_m=250.0, u0=600.0, v0=500.0, facing="left", width=960, height=540)


def path(name: str = "sample_lift_mediapipe.csv") -> Path:
    """Installed path of a sample file (``importlib.resources``; one of :data:`FILES`)."""
    if name not in FILES:
        raise ValueError(f"name = {name!r} is not a sample file; choose one of {', '.join(FILES)}")
    return Path(str(files("hinge_model.data").joinpath(name)))


def movement(spec: SampleSpec = SAMPLE) -> Any:
    from ..movements import movement as _movement

    frames = int(round(spec.duration * spec.fps)) + 1
    return _movement(spec.technique, spec.body, spec.load_mass, spec.target_height, spec.load_x, frames=frames,
                     duration=spec.duration)


def _provenance(spec: SampleSpec) -> list[str]:
    return [
        "hinge_model sample lift: NOT a real person. Made by hinge_model.recorded.sample.make_sample():",
        f"hm.movement({spec.technique!r}, Body({spec.mass:g} kg, {spec.height:g} m, {spec.sex}), load "
        f"{spec.load_mass:g} kg, target_height {spec.target_height:g} m, load_x {spec.load_x:g} m, {spec.duration:g} s "
        f"at {spec.fps} fps),",
        f"keypoints + 1 cm Gaussian noise (seed {spec.seed}), wrist/elbow confidence dip frames {spec.dip[0]}-"
        f"{spec.dip[0] + spec.dip[1] - 1}, wrist missing frames {spec.gap[0]}-{spec.gap[0] + spec.gap[1] - 1},",
        "filmed side-on facing left (mirrored), 1280 x 720 px, 330 px/m.",
    ]


def _photo_truth(spec: SampleSpec) -> tuple[dict[str, list[float]], dict[str, float]]:
    from .angles import model_keypoints

    m = movement(spec)
    pose = m.poses[m.pickup]
    kp = model_keypoints(spec.body, pose)
    joints = {j: [round(float(v), 2) for v in PHOTO.to_pixels(kp[j])] for j in
              ("ankle", "knee", "hip", "shoulder", "elbow", "wrist", "ear", "toe", "heel")}
    return joints, {j: round(float(v), 4) for j, v in pose.as_dict().items()}


def _photo_info(photo: str | Path | None) -> dict[str, str]:
    from PIL import Image

    with Image.open(path("sample_lift_photo.png") if photo is None else photo) as img:
        return dict(img.info)


def photo_joints(photo: str | Path | None = None) -> dict[str, tuple[float, float]]:
    """Pixel positions (x right, y down) of the joints drawn in the silhouette photo, as stored in the PNG when
    it was rendered (so they belong to that picture even after the model's postures change)."""
    import json

    joints = json.loads(_photo_info(photo)["hinge_model:joints"])
    return {j: (float(v[0]), float(v[1])) for j, v in joints.items()}


def photo_pose(photo: str | Path | None = None) -> Any:
    """The :class:`~hinge_model.Pose` (deg) the silhouette photo was rendered in (stored in the PNG)."""
    import json

    from ..pose import Pose

    return Pose(**json.loads(_photo_info(photo)["hinge_model:pose"]))


def render_photo(out: Path, spec: SampleSpec = SAMPLE) -> Path:
    """A photo-like silhouette of the pick-up posture (PNG with its provenance in a text chunk)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    from ..kinematics import forward

    m = movement(spec)
    kin = forward(spec.body, m.poses[m.pickup])
    p = {k: PHOTO.to_pixels(np.asarray(v)) for k, v in kin.points.items()}
    fig = Figure(figsize=(PHOTO.width / 100, PHOTO.height / 100), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, PHOTO.width)
    ax.set_ylim(PHOTO.height, 0)
    ax.axis("off")
    grad = np.linspace(0.93, 0.80, 64)[:, None] * np.ones((64, 2))
    ax.imshow(grad, extent=(0, PHOTO.width, PHOTO.height, 0), cmap="gray", vmin=0, vmax=1, aspect="auto")
    floor = float(p["heel"][1])
    ax.fill_between([0, PHOTO.width], floor, PHOTO.height, color="#8c7b6b", zorder=1)
    px = PHOTO.px_per_m
    body_color = "#3a3f44"

    def limb(names: tuple[str, ...], width_m: float) -> None:
        xy = np.array([p[n] for n in names])
        ax.plot(xy[:, 0], xy[:, 1], color=body_color, lw=width_m * px * 0.72, solid_capstyle="round",
                solid_joinstyle="round", zorder=3)

    limb(("heel", "ankle", "toe"), 0.06)
    limb(("ankle", "knee", "hip"), 0.13)
    limb(("hip", "L5S1", "thoracolumbar", "shoulder"), 0.24)
    limb(("shoulder", "neck"), 0.10)
    limb(("shoulder", "elbow", "wrist", "hand"), 0.08)
    head = (p["neck"] + p["vertex"]) / 2
    ax.add_patch(plt.Circle(tuple(head), 0.55 * float(np.hypot(*(p["vertex"] - p["neck"]))), color=body_color,
                            zorder=3))
    box_w, box_h = 0.40 * px, 0.30 * px
    hx, hy = p["hand"]
    ax.add_patch(plt.Rectangle((hx - box_w / 2, floor - box_h), box_w, box_h, fc="#c8a165", ec="#6b5434", lw=2,
                               zorder=2))
    fig.savefig(out, dpi=100)
    info = PngInfo()
    info.add_text("Description", " ".join(_provenance(spec)) + " Photo: the pick-up posture, 250 px/m, 960 x 540.")
    joints, pose = _photo_truth(spec)
    info.add_text("hinge_model:joints", json.dumps(joints))
    info.add_text("hinge_model:pose", json.dumps(pose))
    Image.open(out).convert("RGB").save(out, pnginfo=info, optimize=True)
    return out


def make_sample(out_dir: str | Path, spec: SampleSpec = SAMPLE) -> list[Path]:
    """Write the sample files (:data:`FILES`) into ``out_dir``; returns their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tr = track(movement(spec), noise=0.01, seed=spec.seed, gap=spec.gap, gap_joints=("wrist",), dip=spec.dip)
    csv = write_mediapipe(tr, out_dir / FILES[0], VIDEO, comments=_provenance(spec))
    trc = write_trc(tr, out_dir / FILES[1], cam=Camera(facing="left"))
    png = render_photo(out_dir / FILES[2], spec)
    return [csv, trc, png]


if __name__ == "__main__":  # pragma: no cover - the command that made the shipped files
    for written in make_sample(sys.argv[1] if len(sys.argv) > 1 else "data"):
        print("wrote", written)
