"""Live explorer of the lifting model: sliders drive one figure that is built once and updated in place.

``Explorer(body)`` makes ipywidgets sliders (ankle, knee, hip, lumbar, shoulder in degrees; load in kg; target hand
height in m), a technique selector that snaps the pose to the pick-up posture of a hip hinge, a bend (stoop) or a
squat, and body mass / height / sex controls. The figure (stick figure with moment arms, joint moments against
strength, spine gauges) is drawn ONCE; every change moves the existing artists (``set_data`` / ``set_height`` /
``set_text``) and redraws them by blitting (restore the cached background, draw only the changed artists), which
Matplotlib documents as the fast path for interactive updates ("Faster rendering by using blitting",
https://matplotlib.org/stable/users/explain/animations/blitting.html). Changes that move axes limits (a new body,
a value outside the bar chart) trigger one full ``draw_idle``.

The numbers (moments, % of strength, moment arms, spine loads, hamstring stretch, balance) are shown next to the
sliders as an HTML table (``ex.readout``; ``ex.readout_text()`` gives it as text): readable by screen readers, and
no text has to be rendered into the figure on every update, which keeps a slider step under 30 ms.

Backends: with ipympl (``%matplotlib widget``) ``ex.widget`` holds the live canvas; with any other backend (Agg,
inline, nbval, nbconvert) it holds a static PNG of the figure (an ``ipywidgets.Image``) refreshed on each change.
The explorer never raises from a slider callback: errors are shown in the status line. ``ex.set(...)`` clamps
values to the slider ranges instead of raising.

Units: angles in degrees, load in kg, heights in m (as everywhere in :mod:`hinge_model`).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import ipywidgets as W
import matplotlib
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.artist import Artist

from . import plots
from .anthropometry import Body
from .conventions import ANGLE_RANGES, HEIGHT_RANGE, SEXES
from .pose import Pose
from .statics import Analysis, analyze
from .validation import check_choice

#: Slider ranges (deg) for teaching: inside :data:`hinge_model.conventions.ANGLE_RANGES`, trimmed to the part of
#: each range that lifting uses (plantarflexion, knee hyperextension and hip extension beyond 20-30 deg left out).
SLIDER_RANGES: MappingProxyType[str, tuple[float, float]] = MappingProxyType({
    "ankle": (-20.0, 40.0),
    "knee": (0.0, 140.0),
    "hip": (-20.0, 130.0),
    "lumbar": (-20.0, 60.0),
    "shoulder": (-30.0, 180.0),
})
#: Other slider ranges: load (kg), target hand height above the floor (m), body mass (kg), stature (m).
LOAD_SLIDER: tuple[float, float] = (0.0, 40.0)
TARGET_HEIGHT_SLIDER: tuple[float, float] = (0.05, 1.0)
BODY_MASS_SLIDER: tuple[float, float] = (40.0, 150.0)
BODY_HEIGHT_SLIDER: tuple[float, float] = (1.40, 2.10)
JOINT_NAMES: tuple[str, ...] = tuple(SLIDER_RANGES)
SETTABLE: tuple[str, ...] = (*JOINT_NAMES, "load_mass", "target_height", "technique", "body_mass", "body_height",
                             "sex")

for _j, (_lo, _hi) in SLIDER_RANGES.items():  # the teaching ranges must stay inside the model's ranges
    assert ANGLE_RANGES[_j][0] <= _lo < _hi <= ANGLE_RANGES[_j][1], _j
assert HEIGHT_RANGE[0] <= BODY_HEIGHT_SLIDER[0] < BODY_HEIGHT_SLIDER[1] <= HEIGHT_RANGE[1]


#: Slider step of the joint angles, deg. Snapped postures are rounded to it, so the model always shows exactly
#: what the sliders show (a browser slider rounds its value to the step and would otherwise send it back).
ANGLE_STEP: float = 1.0


def slider_value(joint: str, angle: Any) -> float:
    """``angle`` (deg) clipped to the joint's slider range and rounded to :data:`ANGLE_STEP`."""
    lo, hi = SLIDER_RANGES[joint]
    return float(np.clip(np.round(float(angle) / ANGLE_STEP) * ANGLE_STEP, lo, hi))


def is_interactive_backend() -> bool:
    """True when Matplotlib draws into ipympl widgets (``%matplotlib widget`` / ``ipympl``)."""
    backend = matplotlib.get_backend().lower()
    return "ipympl" in backend or backend in ("widget", "nbagg_ipympl")


def _clamp(value: Any, lo: float, hi: float) -> float | None:
    """``value`` clamped to [lo, hi]; None if it is not a finite number."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(v):
        return None
    return min(max(v, lo), hi)


class _ExplorerBox(W.VBox):
    """The displayed container; short deterministic text repr (for nbval and plain-text front ends)."""

    def __repr__(self) -> str:
        return "Explorer(sliders + figure)"


class Explorer:
    """Sliders + a figure built once: stick figure with moment arms, joint moments vs strength, spine gauges.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import hinge_model as hm
    >>> ex = hm.widgets.Explorer(hm.Body(75, 1.75, "male"), technique="hinge", load_mass=15.0)
    >>> ex.set(hip=60, lumbar=30, load_mass=20)
    >>> float(ex.pose.hip), float(ex.analysis.load_mass)
    (60.0, 20.0)
    """

    def __init__(self, body: Body, technique: str = "hinge", load_mass: float = 15.0, *,
                 target_height: float = 0.25, load_x: float | None = None, blit: bool = True,
                 figsize: tuple[float, float] = (10.0, 5.6)) -> None:
        if not isinstance(body, Body):
            raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
        check_choice("technique", technique, plots.TECHNIQUES)
        self.body = body
        self.technique = technique
        self.load_x = load_x
        self.load_mass = _clamp(load_mass, *LOAD_SLIDER) or 0.0
        self.target_height = _clamp(target_height, *TARGET_HEIGHT_SLIDER) or TARGET_HEIGHT_SLIDER[0]
        self.blit = blit
        self._holding = False
        self._background: Any = None
        self._image: W.Image | None = None
        self._widget: W.Widget | None = None
        self._pickup_cache: dict[tuple[Any, ...], Pose] = {}
        self.status = W.HTML(value="")
        self.readout = W.HTML(value="", layout=W.Layout(width="360px"))
        self.pose = Pose()
        try:
            self.pose = self._pickup_pose()
        except Exception as exc:  # noqa: BLE001 - shown to the user, never raised
            self._message(f"could not solve the {technique} posture: {exc}; showing upright standing")
        self._build_controls()
        self.pose = Pose(**{j: self.sliders[j].value for j in JOINT_NAMES})
        self.analysis = analyze(self.body, self.pose, self.load_mass)
        self._build_figure(figsize)

    # ----------------------------------------------------------------------------------------------- building
    def _build_controls(self) -> None:
        style = {"description_width": "88px"}
        layout = W.Layout(width="330px")
        self.sliders: dict[str, W.FloatSlider] = {}
        for j in JOINT_NAMES:
            lo, hi = SLIDER_RANGES[j]
            self.sliders[j] = W.FloatSlider(value=slider_value(j, getattr(self.pose, j)), min=lo, max=hi,
                                            step=ANGLE_STEP, description=f"{j} (°)", readout_format=".0f",
                                            continuous_update=True, style=style, layout=layout)
        self.sliders["load_mass"] = W.FloatSlider(value=self.load_mass, min=LOAD_SLIDER[0], max=LOAD_SLIDER[1],
                                                  step=0.5, description="load (kg)", readout_format=".1f",
                                                  style=style, layout=layout)
        self.sliders["target_height"] = W.FloatSlider(value=self.target_height, min=TARGET_HEIGHT_SLIDER[0],
                                                      max=TARGET_HEIGHT_SLIDER[1], step=0.01,
                                                      description="hands at (m)", readout_format=".2f",
                                                      continuous_update=False, style=style, layout=layout)
        self.sliders["body_mass"] = W.FloatSlider(value=float(np.clip(self.body.mass, *BODY_MASS_SLIDER)),
                                                  min=BODY_MASS_SLIDER[0], max=BODY_MASS_SLIDER[1], step=1.0,
                                                  description="body (kg)", readout_format=".0f",
                                                  continuous_update=False, style=style, layout=layout)
        self.sliders["body_height"] = W.FloatSlider(value=float(np.clip(self.body.height, *BODY_HEIGHT_SLIDER)),
                                                    min=BODY_HEIGHT_SLIDER[0], max=BODY_HEIGHT_SLIDER[1], step=0.01,
                                                    description="height (m)", readout_format=".2f",
                                                    continuous_update=False, style=style, layout=layout)
        self.sex = W.Dropdown(options=list(SEXES), value=self.body.sex, description="sex", style=style,
                              layout=layout)
        self.technique_buttons = W.ToggleButtons(options=list(plots.TECHNIQUES), value=self.technique,
                                                 description="snap to", style={"button_width": "70px",
                                                                               "description_width": "88px"},
                                                 tooltips=["hip hinge, neutral spine", "bend (stoop), rounded back",
                                                           "squat, knees bent"])
        for name, s in self.sliders.items():
            s.observe(self._callback(name), names="value")
        self.sex.observe(self._callback("sex"), names="value")
        self.technique_buttons.observe(self._callback("technique"), names="value")

    def _build_figure(self, figsize: tuple[float, float]) -> None:
        with plt.ioff():
            fig = plt.figure(figsize=figsize)
        self.figure = fig
        ax_body = fig.add_axes((0.07, 0.1, 0.42, 0.86))
        ax_bars = fig.add_axes((0.63, 0.6, 0.35, 0.36))
        ax_gauges = fig.add_axes((0.56, 0.02, 0.42, 0.46))
        a = self.analysis
        self.stick = plots.stick_figure(ax_body, a)
        self.arms = plots.moment_arms(ax_body, a, joints=("L5S1", "hip"))
        # numbers go to the HTML readout (text a screen reader can read, and no per-update text rendering)
        # fixed scale (bars beyond it run off the chart; the readout has the number): no rescaling per update
        self.bars = plots.moment_bars(ax_bars, a, labels=False, ylim=(-3.0 * self.body.mass, 6.0 * self.body.mass))
        self.gauges = plots.spine_gauges(ax_gauges, a, labels=False)
        self._title_artist = ax_body.set_title(self._title(), fontsize=plots._fs(0.9), loc="left")
        self._update_readout()
        self._animated: list[Artist] = (self.stick.dynamic_artists() + self.arms.all_artists()
                                        + self.bars.all_artists() + self.gauges.dynamic_artists())
        if self.blit:
            for art in self._animated:
                art.set_animated(True)
            fig.canvas.mpl_connect("draw_event", self._on_draw)
        if is_interactive_backend():
            canvas = fig.canvas
            with contextlib.suppress(AttributeError):
                canvas.header_visible = False
                canvas.footer_visible = False
                canvas.resizable = False
                canvas.toolbar_visible = False  # it would cover the stick figure's axis labels
            # no draw here: an ipympl canvas drawn before it is displayed stays blank (0x0) in JupyterLab 4.6 /
            # ipympl 0.10 (checked in a headless browser); the front end's first draw caches the background
        else:
            fig.canvas.draw()  # caches the blitting background

    def _title(self) -> str:
        return self.technique_label() if self._snapped else "custom pose (moved a joint slider)"

    def technique_label(self) -> str:
        """The technique the pose was last snapped to, or "custom pose" once a joint slider moved."""
        return self.technique if self._snapped else "custom pose"

    _snapped: bool = True

    @property
    def widget(self) -> W.Widget:
        """The container to display: controls, status line and the live canvas (ipympl) or a static PNG."""
        if self._widget is None:
            joints = W.VBox([self.sliders[j] for j in JOINT_NAMES])
            task = W.VBox([self.technique_buttons, self.sliders["load_mass"], self.sliders["target_height"],
                           self.sliders["body_mass"], self.sliders["body_height"], self.sex])
            if is_interactive_backend():
                view: W.Widget = self.figure.canvas
            else:
                self._image = W.Image(value=plots.figure_png(self.figure), format="png",
                                      layout=W.Layout(max_width="100%"))
                view = self._image
            controls = W.HBox([joints, task, self.readout], layout=W.Layout(flex_flow="row wrap"))
            self._widget = _ExplorerBox([controls, self.status, view])
        return self._widget

    # ----------------------------------------------------------------------------------------------- updates
    def _callback(self, name: str) -> Any:
        def handler(change: dict[str, Any]) -> None:
            if self._holding:
                return
            self._safe_apply({name})
        return handler

    def _message(self, text: str) -> None:
        self.status.value = f"<span style='color:#D55E00'>&#9888; {text}</span>" if text else ""

    @contextlib.contextmanager
    def _hold(self) -> Iterator[None]:
        old = self._holding
        self._holding = True
        try:
            yield
        finally:
            self._holding = old

    def set(self, **values: Any) -> None:
        """Set any of ``ankle, knee, hip, lumbar, shoulder`` (deg), ``load_mass`` (kg), ``target_height`` (m),
        ``technique``, ``body_mass`` (kg), ``body_height`` (m), ``sex``; same effect as moving the controls.

        Numbers are clamped to the slider ranges; non-numbers and unknown choices are ignored with a message in
        the status line. Never raises for a bad value (an unknown NAME is a programming error: ``TypeError``).
        """
        unknown = sorted(set(values) - set(SETTABLE))
        if unknown:
            raise TypeError(f"Explorer.set() got unknown names {unknown}; allowed: {', '.join(SETTABLE)}")
        problems = []
        changed: set[str] = set()
        with self._hold():
            for name, v in values.items():
                if name in self.sliders:
                    s = self.sliders[name]
                    c = _clamp(v, s.min, s.max)
                    if c is None:
                        problems.append(f"{name} = {v!r} is not a finite number; kept {s.value:g}")
                        continue
                    if c != _clamp(v, -math.inf, math.inf):
                        problems.append(f"{name} = {v!r} clamped to {c:g} (range {s.min:g} to {s.max:g})")
                    s.value = c
                elif name == "sex":
                    if v not in SEXES:
                        problems.append(f"sex = {v!r} is not one of {', '.join(SEXES)}")
                        continue
                    self.sex.value = v
                elif name == "technique":
                    if v not in plots.TECHNIQUES:
                        problems.append(f"technique = {v!r} is not one of {', '.join(plots.TECHNIQUES)}")
                        continue
                    self.technique_buttons.value = v
                changed.add(name)
        self._safe_apply(changed, explicit=changed)
        if problems:
            self._message("; ".join(problems))

    def _safe_apply(self, changed: set[str], explicit: set[str] | None = None) -> None:
        try:
            self._message("")
            self._apply(changed, explicit or set())
        except Exception as exc:  # noqa: BLE001 - the explorer never shows a traceback
            self._message(f"{type(exc).__name__}: {exc}")

    def _apply(self, changed: set[str], explicit: set[str]) -> None:
        full = False
        if changed & {"body_mass", "body_height", "sex"}:
            self.body = Body(mass=self.sliders["body_mass"].value, height=self.sliders["body_height"].value,
                             sex=self.sex.value)
            full = True
        self.load_mass = float(self.sliders["load_mass"].value)
        self.target_height = float(self.sliders["target_height"].value)
        self.technique = self.technique_buttons.value
        if changed & {"technique", "target_height"} or (full and self._snapped):
            pose = self._pickup_pose()
            with self._hold():
                for j in JOINT_NAMES:
                    if j not in explicit:
                        self.sliders[j].value = slider_value(j, getattr(pose, j))
            self._snapped = not (explicit & set(JOINT_NAMES))
        elif changed & set(JOINT_NAMES):
            self._snapped = False
        self.pose = Pose(**{j: self.sliders[j].value for j in JOINT_NAMES})
        self.analysis = analyze(self.body, self.pose, self.load_mass)
        self._update_artists(full)

    def _pickup_pose(self) -> Pose:
        key = (self.body, self.technique, round(self.load_mass, 3), round(self.target_height, 3), self.load_x)
        if key not in self._pickup_cache:
            a = plots.pickup_analysis(self.body, self.technique, self.load_mass, self.target_height, self.load_x)
            self._pickup_cache[key] = a.pose
        return self._pickup_cache[key]

    def _update_artists(self, full: bool) -> None:
        a: Analysis = self.analysis
        self.stick.update(a)
        self.arms.update(a)
        self.bars.update(a)
        self.gauges.update(a)
        self._update_readout()
        title = self._title()
        if title != self._title_artist.get_text():  # the title is static: changing it needs one full draw
            self._title_artist.set_text(title)
            full = True
        if full:
            xl, yl = plots.figure_limits(self.body)
            self.stick.ax.set_xlim(*xl)
            self.stick.ax.set_ylim(*yl)
            self.bars.ax.set_ylim(-3.0 * self.body.mass, 6.0 * self.body.mass)
        self.redraw(full=full)

    def readout_text(self) -> str:
        """The current numbers as plain text lines (also shown as HTML next to the sliders)."""
        return "\n".join(" ".join(cells) for cells in self._readout_rows())

    def _readout_rows(self) -> list[tuple[str, ...]]:
        a = self.analysis
        rows: list[tuple[str, ...]] = []
        for j in plots.MOMENT_BAR_JOINTS:
            m = float(a.moments[j])
            cap = "" if a.capacity is None else f"{100 * float(a.capacity[j]):.0f} % of max"
            rows.append((plots.JOINT_LABEL[j], f"{m:.0f} N·m", cap))
        arms = self.arms.values
        rows.append(("L5/S1 arm", f"body {100 * arms[('L5S1', 'upper_body')]:.0f} cm",
                     f"load {100 * arms[('L5S1', 'load')]:.0f} cm"))
        rows.append(("hip arm", f"body {100 * arms[('hip', 'upper_body')]:.0f} cm",
                     f"load {100 * arms[('hip', 'load')]:.0f} cm"))
        if a.spine is not None:
            c, sh = float(a.spine.compression), float(a.spine.shear)
            al = plots.spine_limit("NIOSH_ACTION_LIMIT")
            mp = plots.spine_limit("NIOSH_MAX_PERMISSIBLE")
            fr = plots.spine_limit("SHEAR_LIMIT_FREQUENT")
            oc = plots.spine_limit("SHEAR_LIMIT_OCCASIONAL")
            rows.append(("compression", f"{c:,.0f} N", "> max. permissible" if c > mp else
                         "> action limit" if c > al else "below action limit"))
            rows.append(("shear", f"{abs(sh):,.0f} N {'ant.' if sh >= 0 else 'post.'}",
                         "> occasional limit" if abs(sh) > oc else "> frequent limit" if abs(sh) > fr else
                         "below limits"))
            rows.append(("passive share", f"{100 * float(a.spine.passive_share):.0f} %", "of lumbar moment"))
        from .muscles import hamstring_stretch_fraction

        ham = float(hamstring_stretch_fraction(a.pose.hip, a.pose.knee))
        rows.append(("hamstrings", f"{100 * ham:.0f} %", "of stretch limit" + (" (beyond!)" if ham > 1 else "")))
        rows.append(("balance", "CoM over feet" if bool(a.balanced) else "CoM OUTSIDE the feet", ""))
        return rows

    def _update_readout(self) -> None:
        cells = "".join(
            "<tr>" + "".join(f"<td style='padding:0 4px;white-space:nowrap'>{c}</td>" for c in row) + "</tr>"
            for row in self._readout_rows()
        )
        self.readout.value = f"<table style='font-size:85%;line-height:1.25'>{cells}</table>"

    def redraw(self, full: bool = False) -> None:
        """Show the current state: blit the changed artists, or a full ``draw_idle`` if ``full`` or no cache."""
        canvas = self.figure.canvas
        if full or not self.blit or self._background is None:
            self._background = None
            canvas.draw_idle()
        else:
            canvas.restore_region(self._background)
            for art in self._animated:
                self.figure.draw_artist(art)
            canvas.blit(self.figure.bbox)
        if self._image is not None:
            self._image.value = plots.figure_png(self.figure)

    def _on_draw(self, event: Any) -> None:
        """After every full draw: cache the background (live canvas only) and draw the animated artists."""
        canvas = event.canvas
        if canvas is self.figure.canvas and not canvas.is_saving():
            self._background = canvas.copy_from_bbox(self.figure.bbox)
        for art in self._animated:
            art.draw(event.renderer)

    def __repr__(self) -> str:
        return f"Explorer({self.technique_label()}, {self.load_mass:g} kg)"
