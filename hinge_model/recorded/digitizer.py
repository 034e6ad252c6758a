"""The photo route: click the joints on a side-view photo (an ipympl figure), get the model's ``Pose``.

``dg = hm.recorded.digitize(image, height=1.70)`` shows the photo; each click places the next joint of
:data:`ORDER` (ankle, knee, hip, shoulder, elbow, wrist, then the ear, which may be skipped), with a live stick
figure over the photo; "Undo" removes the last point, "Clear" all of them. ``dg.pose(body)`` is the model's
:class:`~hinge_model.Pose` (None until the six joints are placed) and ``dg.keypoints()`` the points in metres
(x forward, y up, origin the ankle; scaled from ``height``, the stature in m: the angles need no scale, metres
do).

Without a browser, ``dg.click(x, y)`` does what a click does (pixel coordinates, x right, y down), so tests and
notebooks can drive it. No click can raise from the widget: a click outside the photo, during pan/zoom, or with
every joint placed is ignored and said in the status line; a failed angle computation is reported there too.
"""

from __future__ import annotations

import html
import io
from pathlib import Path
from typing import Any

import ipywidgets as W
import numpy as np

from ..anthropometry import Body
from ..pose import Pose
from ._common import pixel_scale
from .angles import clip, raw_angles
from .pipeline import detect_facing

#: The order of the clicks. The ear is optional (without it the neck is 0).
ORDER: tuple[str, ...] = ("ankle", "knee", "hip", "shoulder", "elbow", "wrist", "ear")
REQUIRED_CLICKS: int = 6


def _load_image(image: Any) -> np.ndarray:
    if isinstance(image, np.ndarray):
        arr = image
    else:
        from PIL import Image

        img = image if hasattr(image, "convert") else Image.open(Path(image))
        arr = np.asarray(img.convert("RGB"))
    if arr.ndim not in (2, 3) or min(arr.shape[:2]) < 10:
        raise ValueError(f"image must be a picture of at least 10 x 10 pixels, got an array of shape {arr.shape}")
    return arr


class _DigitizerBox(W.VBox):
    """The displayed container; short text repr for nbval."""

    def __repr__(self) -> str:
        return "Digitizer(photo + clicks)"


class Digitizer:
    """Click the joints on a photo; see the module docstring. ``points`` maps joint -> (x, y) pixels."""

    def __init__(self, image: Any, *, height: float | None = None, facing: str | None = None,
                 lumbar_share: float = 0.0, figsize: tuple[float, float] = (8.0, 4.8)) -> None:
        import matplotlib.pyplot as plt

        from ..widgets import is_interactive_backend

        self.image = _load_image(image)
        self.height = height
        self.facing = facing
        self.lumbar_share = float(lumbar_share)
        self.points: dict[str, tuple[float, float]] = {}
        self.message = ""
        with plt.ioff():
            self.figure, self.ax = plt.subplots(figsize=figsize, layout="constrained")
        self.ax.imshow(self.image)
        self.ax.set_axis_off()
        from ..plots import BLACK, ORANGE, VERMILLION

        (self._chain,) = self.ax.plot([], [], color=ORANGE, lw=3, solid_capstyle="round", zorder=3)
        (self._head,) = self.ax.plot([], [], color=ORANGE, lw=3, ls="--", zorder=3)
        (self._dots,) = self.ax.plot([], [], ls="none", marker="o", ms=9, mfc="white", mec=BLACK, mew=2, zorder=4)
        self._labels = [self.ax.text(0, 0, "", fontsize=10, color=VERMILLION, fontweight="bold", zorder=5)
                        for _ in ORDER]
        self.status = W.HTML(value="")
        self.readout = W.HTML(value="")
        self.undo_button = W.Button(description="Undo", icon="undo", tooltip="remove the last point")
        self.clear_button = W.Button(description="Clear", icon="trash", tooltip="remove every point")
        self.undo_button.on_click(lambda _b: self._safe(self.undo))
        self.clear_button.on_click(lambda _b: self._safe(self.clear))
        self.interactive = is_interactive_backend()
        if self.interactive:
            self.figure.canvas.header_visible = False
            self.figure.canvas.toolbar_visible = False
            self.figure.canvas.mpl_connect("button_press_event", self._on_press)
            view: Any = self.figure.canvas
        else:
            self._image_widget = W.Image(format="png")
            view = self._image_widget
        self.widget = _DigitizerBox([self.status, W.HBox([self.undo_button, self.clear_button]), view, self.readout])
        self._refresh()

    # ------------------------------------------------------------------------------------------------------------
    @property
    def next_joint(self) -> str | None:
        """The joint the next click places (None when all are placed)."""
        return next((j for j in ORDER if j not in self.points), None)

    @property
    def complete(self) -> bool:
        return all(j in self.points for j in ORDER[:REQUIRED_CLICKS])

    def click(self, x: float, y: float) -> bool:
        """Place the next joint at pixel (x, y) (x right, y down); False (and a message) if the click is ignored."""
        try:
            xf, yf = float(x), float(y)
        except (TypeError, ValueError):
            return self._ignore(f"ignored a click at ({x!r}, {y!r}): not a point")
        h, w = self.image.shape[:2]
        if not (np.isfinite(xf) and np.isfinite(yf)) or not (-0.5 <= xf <= w - 0.5 and -0.5 <= yf <= h - 0.5):
            return self._ignore("ignored a click outside the photo")
        joint = self.next_joint
        if joint is None:
            return self._ignore("every joint is placed: Undo or Clear to change one")
        self.points[joint] = (xf, yf)
        self.message = ""
        self._refresh()
        return True

    def undo(self) -> None:
        """Remove the last placed point."""
        if self.points:
            self.points.pop(next(j for j in reversed(ORDER) if j in self.points))
        self.message = ""
        self._refresh()

    def clear(self) -> None:
        self.points.clear()
        self.message = ""
        self._refresh()

    def _oriented(self) -> dict[str, np.ndarray]:
        """Placed points as (1, 2) arrays in pixels, y up, mirrored to face +x, origin the ankle."""
        if not self.complete:
            raise ValueError(f"place every joint first: {self.next_joint!r} is next")
        xy = {j: np.array([[p[0], -p[1]]]) for j, p in self.points.items()}
        sign = -1.0 if (self.facing or self._facing(xy)) == "left" else 1.0
        return {j: (v - xy["ankle"]) * np.array([sign, 1.0]) for j, v in xy.items()}

    def keypoints(self) -> dict[str, np.ndarray]:
        """Placed points as (1, 2) arrays in metres (x forward, y up, origin the ankle); needs ``height``."""
        kp = self._oriented()
        scale, _ = pixel_scale(kp, self.height, None, "photo")
        return {j: v * scale for j, v in kp.items()}

    def _facing(self, xy: dict[str, np.ndarray]) -> str:
        facing, cue = detect_facing(xy)
        if cue.startswith("no clear"):  # a still photo: the hands are in front of the hips when lifting
            facing = "right" if xy["wrist"][0, 0] >= xy["hip"][0, 0] else "left"
        return facing

    def pose(self, body: Body) -> Pose | None:
        """The model's pose of the placed points (clipped to the model's ranges), None until complete."""
        if not self.complete:
            return None
        q = raw_angles(body, self._oriented(), self.lumbar_share)  # angles do not depend on the scale
        clipped, _ = clip(q)
        return Pose(**{j: float(v[0]) for j, v in clipped.items()})

    # ------------------------------------------------------------------------------------------------------------
    def _ignore(self, message: str) -> bool:
        self.message = message
        self._refresh()
        return False

    def _safe(self, fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - a widget callback must never raise
            self.message = f"could not do that: {exc}"
            self._refresh(draw=False)

    def _on_press(self, event: Any) -> None:
        toolbar = getattr(self.figure.canvas, "toolbar", None)
        if getattr(toolbar, "mode", "") not in ("", None):
            self.message = "ignored a click while pan/zoom is on"
            self._refresh(draw=False)
            return
        if event.inaxes is not self.ax or event.xdata is None or event.ydata is None:
            self._safe(self._ignore, "ignored a click outside the photo")
            return
        self._safe(self.click, event.xdata, event.ydata)

    def angles_text(self) -> str:
        """The joint angles of the placed points (needs ``height``), or what is still missing."""
        if not self.complete:
            return f"{len(self.points)} of {len(ORDER)} points placed"
        body = Body(70.0, self.height or 1.75, "male")
        q = raw_angles(body, self._oriented(), self.lumbar_share)
        clipped, report = clip(q)
        parts = [f"{j} {float(clipped[j][0]):.0f}°" for j in ("ankle", "knee", "hip", "lumbar", "shoulder", "elbow",
                                                              "neck")]
        text = "pose: " + ", ".join(parts)
        far = [j for j, r in report.items() if r["beyond"] > 1.0]  # less is the click's noise
        if far:
            text += " (clipped to the model's range: " + ", ".join(far) + ")"
        return text

    def _refresh(self, draw: bool = True) -> None:
        pts = [self.points[j] for j in ORDER[:6] if j in self.points]
        xy = np.array(pts) if pts else np.zeros((0, 2))
        self._chain.set_data(xy[:, 0], xy[:, 1])
        head = [self.points[j] for j in ("shoulder", "ear") if j in self.points]
        hx = np.array(head) if len(head) == 2 else np.zeros((0, 2))
        self._head.set_data(hx[:, 0], hx[:, 1])
        allp = np.array([self.points[j] for j in ORDER if j in self.points]) if self.points else np.zeros((0, 2))
        self._dots.set_data(allp[:, 0], allp[:, 1])
        for label, j in zip(self._labels, ORDER, strict=True):
            if j in self.points:
                label.set_position((self.points[j][0] + 8, self.points[j][1] - 8))
                label.set_text(j)
            else:
                label.set_text("")
        nxt = self.next_joint
        prompt = (f"Click the <b>{nxt.upper()}</b>" + (" (or leave it: optional)" if nxt == "ear" else "")
                  if nxt else "All points placed.")
        note = f" &nbsp;<i>{html.escape(self.message)}</i>" if self.message else ""
        self.status.value = f"<span class='hm-digitizer-status'>{prompt}{note}</span>"
        try:
            self.readout.value = f"<span class='hm-digitizer-pose'>{html.escape(self.angles_text())}</span>"
        except Exception as exc:  # noqa: BLE001 - shown, never raised
            self.readout.value = f"<span class='hm-digitizer-pose'>could not compute the pose: {exc}</span>"
        if not draw:
            return
        if self.interactive:
            self.figure.canvas.draw_idle()
        else:
            buf = io.BytesIO()
            self.figure.savefig(buf, format="png", dpi=80)
            self._image_widget.value = buf.getvalue()

    @property
    def alt_text(self) -> str:
        return (f"Photo ({self.image.shape[1]} x {self.image.shape[0]} px) with {len(self.points)} clicked joint(s) "
                f"joined by a stick figure; {self.angles_text()}.")
