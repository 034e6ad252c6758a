"""Live explorer of the lifting model: controls drive one figure that is built once and updated in place.

``Explorer(body)`` makes ipywidgets sliders (ankle, knee, hip, lumbar, shoulder in degrees; load in kg; hand height
in m), technique buttons that snap the pose to the pick-up posture of a hip hinge, a bend (stoop) or a squat, and
body mass / height / sex controls. The figure (:class:`hinge_model.plots.explorer_figure.ExplorerFigure`: stick
figure with lever arms, joint moments against strength, spine gauges) is drawn ONCE; every change moves its
artists in place and the live view (:mod:`hinge_model.plots.live`) draws only those in the browser.

One source of truth: a request (a slider moved, a button pressed, ``set(...)``) is clamped to the controls'
ranges, THEN the model runs on exactly those values, and only then are the controls and the figure updated,
together. A request that cannot be met (an unreachable pick-up, a value that is not a number) changes nothing:
the status line says why and the controls snap back to what the figure shows. The title always names what is
shown: a technique's pick-up posture for the task (the same solve as the static comparison figure,
:func:`hinge_model.plots.pickup_pose`, so the numbers are the same), or a custom pose.

The numbers (moments, % of strength, moment arms, spine loads, hamstring stretch, balance) are shown under the
controls as an HTML table (``ex.readout``; ``ex.readout_text()`` gives it as text), readable by screen readers.
Outside a kernel (plain Python, Agg) ``ex.widget`` shows a static PNG refreshed on each change.

Units: angles in degrees, load in kg, heights in m (as everywhere in :mod:`hinge_model`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from types import MappingProxyType
from typing import Any

import ipywidgets as W
import matplotlib
import numpy as np

from . import plots
from .anthropometry import Body
from .conventions import ANGLE_RANGES, HEIGHT_RANGE, SEXES
from .explorer_readout import readout_html, readout_rows
from .explorer_state import _as_number, _State, object_at
from .objects import LiftObject, place
from .plots.explorer_figure import ExplorerFigure
from .plots.live import LiveBox, make_view
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
#: Step of each numeric control (the browser rounds a slider's value to it, so values are kept on it).
STEPS: MappingProxyType[str, float] = MappingProxyType({**{j: plots.POSTURE_STEP for j in JOINT_NAMES},
                                                        "load_mass": 0.5, "target_height": 0.01,
                                                        "body_mass": 1.0, "body_height": 0.01})

for _j, (_lo, _hi) in SLIDER_RANGES.items():  # the teaching ranges must stay inside the model's ranges
    assert ANGLE_RANGES[_j][0] <= _lo < _hi <= ANGLE_RANGES[_j][1], _j
assert HEIGHT_RANGE[0] <= BODY_HEIGHT_SLIDER[0] < BODY_HEIGHT_SLIDER[1] <= HEIGHT_RANGE[1]

#: Slider step of the joint angles, deg: the resolution of the pick-up postures (:data:`plots.POSTURE_STEP`).
ANGLE_STEP: float = plots.POSTURE_STEP


def _on_step(value: float, step: float) -> float:
    return round(round(value / step) * step, 6)


def slider_value(joint: str, angle: Any) -> float:
    """``angle`` (deg) clipped to the joint's slider range and rounded to :data:`ANGLE_STEP`."""
    joint = check_choice("joint", joint, JOINT_NAMES)
    number, problem = _as_number("angle", angle)
    if problem:
        lo, hi = SLIDER_RANGES[joint]
        raise ValueError(f"{problem} (allowed: {lo:g} to {hi:g} deg)")
    lo, hi = SLIDER_RANGES[joint]
    return float(np.clip(_on_step(float(np.clip(number, lo, hi)), ANGLE_STEP), lo, hi))


def is_interactive_backend() -> bool:
    """True when Matplotlib draws into ipympl widgets (``%matplotlib widget`` / ``ipympl``)."""
    backend = matplotlib.get_backend().lower()
    return "ipympl" in backend or backend in ("widget", "nbagg_ipympl")


class Explorer:
    """Controls + a figure built once: stick figure with moment arms, joint moments vs strength, spine gauges.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import hinge_model as hm
    >>> ex = hm.widgets.Explorer(hm.Body(75, 1.75, "male"), technique="hinge", load_mass=15.0)
    >>> ex.set(hip=60, lumbar=30, load_mass=20)
    >>> float(ex.pose.hip), float(ex.analysis.load_mass)
    (60.0, 20.0)
    """

    def __init__(self, body: Body, technique: str = "hinge", load_mass: float = 15.0, *,
                 target_height: float = 0.25, load_x: float | None = None, blit: bool = True,
                 figsize: tuple[float, float] | None = None, live: bool | None = None,
                 load: LiftObject | None = None) -> None:
        if not isinstance(body, Body):
            raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
        check_choice("technique", technique, plots.TECHNIQUES)
        load_obj = load
        if load_obj is not None:  # an object: the load slider sets its mass, the hand-height slider its grip height
            target_height = round(place(load_obj, body).grip_height, 6)
            load_mass = load_obj.mass
        self.load_x = load_x
        self.blit = blit  # kept for callers of the ipympl version; the live view always draws only what moves
        self._live = live
        self._holding = False
        self._widget: W.Widget | None = None
        self.view: Any = None
        self.status = W.HTML(value="")
        self.readout = W.HTML(value="")
        problems: list[str] = []
        load = self._initial("load_mass", load_mass, LOAD_SLIDER, 15.0, problems)
        height = self._initial("target_height", target_height, TARGET_HEIGHT_SLIDER, 0.25, problems)
        state = _State(body, technique, load, height, Pose(), snapped=False,
                       obj=object_at(load, height, load_obj))
        try:
            state = replace(state, pose=self._pickup(state), snapped=True)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never raised
            state = replace(state, note=f"the {technique} pick-up could not be solved ({exc})")
            problems.append(f"could not solve the {technique} pick-up: {exc}; showing upright standing")
        self._state = state
        self.analysis: Analysis = analyze(body, state.pose, load)
        self._build_controls()
        self._fig = ExplorerFigure(self.analysis, self._title(), figsize, obj=state.placed())
        self.figure = self._fig.figure
        self.stick, self.arms, self.bars, self.gauges = self._fig.stick, self._fig.arms, self._fig.bars, \
            self._fig.gauges
        self._update_readout()
        self._message(problems)

    @staticmethod
    def _initial(name: str, value: Any, rng: tuple[float, float], default: float, problems: list[str]) -> float:
        v, problem = _as_number(name, value)
        if problem:
            problems.append(f"{problem}; using {default:g}")
            return default
        c = min(max(_on_step(min(max(v, rng[0]), rng[1]), STEPS[name]), rng[0]), rng[1])
        if c != v:
            problems.append(f"{name} = {value!r} shown as {c:g} (range {rng[0]:g} to {rng[1]:g}, step {STEPS[name]:g})")
        return c

    # ------------------------------------------------------------------------------------------- state access
    body = property(lambda self: self._state.body, doc="The body shown (hm.Body).")
    technique = property(lambda self: self._state.technique, doc="The technique last snapped to.")
    load_mass = property(lambda self: self._state.load_mass, doc="Load in the hands, kg.")
    target_height = property(lambda self: self._state.target_height, doc="Task's hand height above the floor, m.")
    pose = property(lambda self: self._state.pose, doc="The pose shown (hm.Pose), equal to the joint sliders.")

    def technique_label(self) -> str:
        """The technique whose pick-up posture is shown, or "custom pose" once a joint slider moved."""
        return self._state.technique if self._state.snapped else "custom pose"

    def _title(self) -> str:
        s = self._state
        task = f"{s.load_mass:g} kg, hands at {s.target_height:.2f} m"
        if s.obj is not None:
            task = f"{s.load_mass:g} kg {s.obj.kind}, hands at {s.target_height:.2f} m"
        if s.snapped:
            return f"{s.technique}: pick-up posture, {task}"
        held = f"{s.load_mass:g} kg" + (f" {s.obj.kind}" if s.obj is not None else "")
        if s.note:
            return f"upright standing ({s.note.split(' (')[0]}), {held}"
        return f"custom pose (joint sliders moved from the {s.technique} pick-up), {held}"

    # ----------------------------------------------------------------------------------------------- building
    def _build_controls(self) -> None:
        style = {"description_width": "86px"}
        layout = W.Layout(width="272px")
        s = self._state
        self.sliders: dict[str, W.FloatSlider] = {}
        for j in JOINT_NAMES:
            lo, hi = SLIDER_RANGES[j]
            self.sliders[j] = W.FloatSlider(value=float(getattr(s.pose, j)), min=lo, max=hi, step=ANGLE_STEP,
                                            description=f"{j} (°)", readout_format=".2f", continuous_update=True,
                                            style=style, layout=layout)
        specs = (("load_mass", "load (kg)", LOAD_SLIDER, s.load_mass, ".1f", True),
                 ("target_height", "hands at (m)", TARGET_HEIGHT_SLIDER, s.target_height, ".2f", False),
                 ("body_mass", "body (kg)", BODY_MASS_SLIDER, s.body.mass, ".0f", False),
                 ("body_height", "height (m)", BODY_HEIGHT_SLIDER, s.body.height, ".2f", False))
        for name, text, (lo, hi), value, fmt, continuous in specs:
            # a body outside the teaching range widens its slider: the control must show what is modelled
            self.sliders[name] = W.FloatSlider(value=value, min=min(lo, value), max=max(hi, value), step=STEPS[name],
                                               description=text, readout_format=fmt, style=style, layout=layout,
                                               continuous_update=continuous)
        self.sex = W.Dropdown(options=list(SEXES), value=s.body.sex, description="sex", style=style, layout=layout)
        self.technique_buttons = W.ToggleButtons(
            options=list(plots.TECHNIQUES), value=s.technique,
            style={"button_width": "64px"}, layout=W.Layout(width="auto"),
            tooltips=["hip hinge, neutral spine", "bend (stoop), rounded back", "squat, knees bent"])
        self.sliders["hip"].add_class("hm-main-control")
        for name, c in (*self.sliders.items(), ("sex", self.sex), ("technique", self.technique_buttons)):
            c.observe(self._callback(name), names="value")

    @property
    def widget(self) -> W.Widget:
        """The container to display: the live figure, the controls in a compact grid, status line, readout."""
        if self._widget is None:
            self.view = make_view(self.figure, self._fig.animated, live=self._live, alt=self._fig.alt_text())
            order = ["hip", "lumbar", "knee", "ankle", "shoulder", "load_mass", "target_height", "body_mass",
                     "body_height"]
            grid = W.GridBox([self.sliders[k] for k in order],
                             layout=W.Layout(grid_template_columns="repeat(3, 276px)", grid_gap="0px 4px"))
            self.sex.layout = W.Layout(width="170px")
            self.sex.style = {"description_width": "36px"}
            top = W.HBox([W.Label("snap to the pick-up of"), self.technique_buttons, self.sex, self.status],
                         layout=W.Layout(flex_flow="row wrap", align_items="center"))
            self._widget = LiveBox([self.view, top, grid, self.readout], self.figure,
                                   "Explorer(sliders + figure)")
            if plots.is_presenting():
                self._widget.add_class("hm-presenter")
        return self._widget

    # ----------------------------------------------------------------------------------------------- requests
    def _callback(self, name: str) -> Any:
        def handler(change: dict[str, Any]) -> None:
            if self._holding:
                return
            new = change["new"]
            if name in JOINT_NAMES and abs(new - float(getattr(self.pose, name))) < 1e-9:
                return  # the browser echoing the value it shows: nothing changed
            self._request({name: new}, [])
        return handler

    def set(self, **values: Any) -> None:
        """Set any of ``ankle, knee, hip, lumbar, shoulder`` (deg), ``load_mass`` (kg), ``target_height`` (m),
        ``technique``, ``body_mass`` (kg), ``body_height`` (m), ``sex``; same effect as moving the controls.

        Numbers are clamped to the controls' ranges (and put on their steps), then the model runs on exactly
        those values. Non-numbers (booleans, strings, arrays, NaN) and unknown choices change nothing; the status
        line says so. Never raises for a bad value (an unknown NAME is a programming error: ``TypeError``).
        """
        unknown = sorted(set(values) - set(SETTABLE))
        if unknown:
            raise TypeError(f"Explorer.set() got unknown names {unknown}; allowed: {', '.join(SETTABLE)}")
        problems: list[str] = []
        request: dict[str, Any] = {}
        for name, v in values.items():
            if name in self.sliders:
                s = self.sliders[name]
                number, problem = _as_number(name, v)
                if problem:
                    problems.append(f"{problem}; kept {s.value:g}")
                    continue
                clamped = min(max(number, s.min), s.max)  # clamp first: a huge number has no step
                c = min(max(_on_step(clamped, STEPS[name]), s.min), s.max)
                if clamped != number:
                    problems.append(f"{name} = {v!r} clamped to {c:g} (range {s.min:g} to {s.max:g})")
                request[name] = c
            else:
                allowed = SEXES if name == "sex" else plots.TECHNIQUES
                if not isinstance(v, str) or v not in allowed:
                    problems.append(f"{name} = {v!r} is not one of {', '.join(allowed)}")
                    continue
                request[name] = v
        self._request(request, problems)

    def _request(self, request: dict[str, Any], problems: list[str]) -> None:
        old = self._state
        try:
            state, analysis, full = self._solve(old, request, problems)
        except Exception as exc:  # noqa: BLE001 - the explorer never shows a traceback
            asked = ", ".join(f"{k} = {v:g}" if isinstance(v, float) else f"{k} = {v}" for k, v in request.items())
            problems.append(f"cannot show {asked}: {exc}; still showing {self._title()}")
            self._show_controls(old)  # snap back to what the figure shows
            self._message(problems)
            return
        self._state, self.analysis = state, analysis
        self._show_controls(state)
        self._fig.stick.obj = state.placed()
        if full:
            self._fig.set_body(state.body)
        self._fig.update(analysis, self._title())
        self.redraw(full=full)  # the figure first: its message is the one a student waits for
        self._update_readout()
        self._message(problems)

    def _solve(self, old: _State, req: dict[str, Any], problems: list[str]) -> tuple[_State, Analysis, bool]:
        b = old.body
        mass, height = req.get("body_mass", b.mass), req.get("body_height", b.height)
        sex = req.get("sex", b.sex)
        body = b if (mass, height, sex) == (b.mass, b.height, b.sex) else Body(mass=mass, height=height, sex=sex)
        state = replace(old, body=body, technique=req.get("technique", old.technique),
                        load_mass=req.get("load_mass", old.load_mass),
                        target_height=req.get("target_height", old.target_height))
        state = replace(state, obj=object_at(state.load_mass, state.target_height, old.obj))
        explicit = {j: req[j] for j in JOINT_NAMES if j in req}
        task_changed = "technique" in req or "target_height" in req
        if task_changed or (old.snapped and (body is not b or "load_mass" in req)):
            pickup = self._pickup(state)
            angles = {j: float(getattr(pickup, j)) for j in JOINT_NAMES}
            for j, (lo, hi) in SLIDER_RANGES.items():
                if not lo <= angles[j] <= hi:
                    raise ValueError(f"its pick-up needs {j} = {angles[j]:g} deg, outside the slider's {lo:g} to "
                                     f"{hi:g} deg")
            state = replace(state, snapped=not explicit, note="")
        else:
            angles = {j: float(getattr(old.pose, j)) for j in JOINT_NAMES}
            state = replace(state, snapped=old.snapped and not explicit)
        if explicit:
            state = replace(state, note="")
        angles.update(explicit)
        state = replace(state, pose=Pose(**angles))
        return state, analyze(state.body, state.pose, state.load_mass), body is not b

    def _pickup(self, s: _State) -> Pose:
        if s.obj is not None:
            return plots.pickup_pose(s.body, s.technique, load=s.obj)
        return plots.pickup_pose(s.body, s.technique, s.load_mass, s.target_height, self.load_x)

    @contextlib.contextmanager
    def _hold(self) -> Iterator[None]:
        old = self._holding
        self._holding = True
        try:
            yield
        finally:
            self._holding = old

    def _show_controls(self, s: _State) -> None:
        """Set every control to state ``s`` without triggering requests."""
        values = {**{j: float(getattr(s.pose, j)) for j in JOINT_NAMES}, "load_mass": s.load_mass,
                  "target_height": s.target_height, "body_mass": s.body.mass, "body_height": s.body.height}
        with self._hold():
            for name, v in values.items():
                slider = self.sliders[name]
                slider.min, slider.max = min(slider.min, v), max(slider.max, v)
                slider.value = v
            self.sex.value = s.body.sex
            self.technique_buttons.value = s.technique

    def _message(self, problems: list[str]) -> None:
        text = "; ".join(problems)
        self.status.value = f"<span style='color:#D55E00'>&#9888; {text}</span>" if text else ""

    # ----------------------------------------------------------------------------------------------- showing
    def readout_text(self) -> str:
        """The current numbers as plain text lines (also shown as HTML under the controls)."""
        return "\n".join(" ".join(cells) for cells in readout_rows(self.analysis, self.arms.values))

    def _update_readout(self) -> None:
        self.readout.value = readout_html(self.analysis, self.arms.values)

    def redraw(self, full: bool = False) -> None:
        """Show the current state: the animated artists, plus a new background if ``full``."""
        if self.view is None:
            return
        if full:
            self.view.full_redraw()
        self.view.push(alt=self._fig.alt_text())

    def __repr__(self) -> str:
        return f"Explorer({self.technique_label()}, {self.load_mass:g} kg)"
