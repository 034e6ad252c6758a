"""A live "is this lift safe?" panel for the notebooks: sliders for the load, the repetitions per day and the grip
height; every change re-solves the lift, re-runs :func:`hinge_model.assess.task` and updates the verdict table and
the five-panel figure IN PLACE (the figure is built once).

The lifter lifts a real object, by default :data:`hinge_model.series.FLOOR_BOX` (a 30 cm deep box with handles
0.15 m above the floor): the load slider sets its mass, the grip slider raises it on a stand so that its handles
are that high (from the box standing on the floor, 0.15 m, to 0.60 m). ``obj=None`` lifts the idealised point load
at the hands instead (grip from 0.22 m).

``ex = Explorer(body, "hinge")``; ``ex.widget`` is the container to display (sliders, the table as an HTML widget,
the figure: drawn in the browser by the live view of :mod:`hinge_model.plots.live`, a static image outside a
kernel); ``ex.set(load=20, reps_per_day=500, height=0.3)`` does what moving the sliders does and works headless
(Agg), for tests and timing. Changing only the lifts per day re-runs the methods on the same movement.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..anthropometry import Body
from ..movements import TECHNIQUES, movement
from ..objects import Barbell, Box, Kettlebell, LiftObject, raised
from ..validation import check_choice, check_int, check_number
from .figures import Dashboard, alt_text
from .report import methods_table_html
from .task import Assessment, task

#: Slider ranges: load (kg), repetitions per day (the shear limit's 0-1000 range), grip height (m) of a point
#: load (an object's grip range starts at its handles when it stands on the floor).
LOAD_RANGE: tuple[float, float, float] = (0.0, 40.0, 2.5)
REPS_RANGE: tuple[float, float, float] = (0.0, 1000.0, 50.0)
HEIGHT_RANGE: tuple[float, float, float] = (0.22, 0.60, 0.01)

_STYLE = ("<style>.hm-assess table.methods{border-collapse:collapse;font-size:12px}"
          ".hm-assess table.methods td,.hm-assess table.methods th{border:1px solid #7F7F7F;padding:2px 6px;"
          "vertical-align:top}.hm-assess td.v-within{border-left:6px solid #009E73}"
          ".hm-assess td.v-caution{border-left:6px dashed #E69F00}.hm-assess td.v-exceeds{border-left:6px double "
          "#D55E00}.hm-assess td.v-none{border-left:6px dotted #7F7F7F}</style>")
_DEFAULT = object()  # "the floor box": hinge_model.series is imported only when it is used


class Explorer:
    """Sliders -> movement -> assessment -> table and figure, updated in place (see the module docstring)."""

    def __init__(self, body: Body, technique: str = "hinge", *, load: float = 15.0, reps_per_day: float = 300.0,
                 height: float | None = None, frames: int = 31, obj: Any = _DEFAULT,
                 live: bool | None = None) -> None:
        if not isinstance(body, Body):
            raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
        if obj is _DEFAULT:
            from ..series import FLOOR_BOX

            obj = FLOOR_BOX
        if obj is not None and not isinstance(obj, Box | Barbell | Kettlebell):
            raise ValueError(f"obj must be a hinge_model Box, Barbell or Kettlebell, or None (a point load at the "
                             f"hands), got {obj!r}"[:300])
        self.body = body
        self.technique = check_choice("technique", technique, TECHNIQUES)
        self.frames = check_int("frames", frames, 5, 241)
        self.obj: LiftObject | None = obj
        lo, hi, _ = HEIGHT_RANGE
        if obj is not None:
            lo = round(float(obj.grip_above_base), 2)
        self.height_range = (lo, hi, 0.01)
        height = lo if height is None else height
        self.values = {"load": check_number("load", load, *LOAD_RANGE[:2], "kg"),
                       "reps_per_day": check_number("reps_per_day", reps_per_day, *REPS_RANGE[:2], "lifts/day"),
                       "height": check_number("height", height, lo, hi, "m")}
        self._key: tuple[float, float] | None = None
        self._movement: Any = None
        self.assessment: Assessment = self._assess(self.values)
        self.dashboard = Dashboard(self.assessment, figsize=(11.0, 3.6))
        self.figure = self.dashboard.figure
        self._html: Any = None
        self._sliders: dict[str, Any] = {}
        self._live_figure: Any = None
        self._live = live

    def _assess(self, values: dict[str, float]) -> Assessment:
        key = (values["load"], values["height"])
        if key != self._key:  # the lifts per day do not change the movement: solve only for a new load or grip
            if self.obj is None:
                m = movement(self.technique, self.body, key[0], key[1], frames=self.frames)
            else:
                m = movement(self.technique, self.body, load=replace(raised(self.obj, key[1], clamp=True),
                                                                      mass=key[0]), frames=self.frames)
            self._key, self._movement = key, m
        return task(self._movement, reps_per_day=values["reps_per_day"])

    def table_html(self) -> str:
        """The verdict table of the current assessment (HTML)."""
        return f'{_STYLE}<div class="hm-assess">{methods_table_html(self.assessment)}</div>'

    def set(self, **values: float) -> Assessment:
        """Change ``load`` (kg), ``reps_per_day`` and/or ``height`` (m) like the sliders; return the assessment.
        Each value must lie in its slider's range (ValueError naming it otherwise)."""
        unknown = set(values) - set(self.values)
        if unknown:
            raise ValueError(f"unknown setting(s) {sorted(unknown)}; choose from {sorted(self.values)}")
        ranges = {"load": (*LOAD_RANGE[:2], "kg"), "reps_per_day": (*REPS_RANGE[:2], "lifts/day"),
                  "height": (*self.height_range[:2], "m")}
        checked = {k: check_number(k, v, *ranges[k]) for k, v in values.items()}
        if self._live_figure is not None:
            self._live_figure.set(**checked)  # the sliders move, then the figure follows them
        else:
            self._apply({**self.values, **checked})
        return self.assessment

    def _apply(self, values: dict[str, Any]) -> bool:
        """Assess for ``values`` and move the figure's artists; True if the background must be redrawn."""
        values = {k: float(v) for k, v in values.items()}
        if values == self.values and self._html is not None:
            return False
        assessment = self._assess(values)  # raises before anything changes: the figure keeps its last state
        self.values, self.assessment = values, assessment
        full = self.dashboard.update(assessment)
        if self._html is not None:
            self._html.value = self.table_html()
        return full

    @property
    def widget(self) -> Any:
        """The container (built on first use): sliders, status line, verdict table, the live figure."""
        if self._live_figure is None:
            import ipywidgets as widgets

            from ..plots.live import LiveFigure

            specs = {"load": ("load (kg)", LOAD_RANGE), "reps_per_day": ("lifts/day", REPS_RANGE),
                     "height": ("grip (m)", self.height_range)}
            for key, (label, (lo, hi, step)) in specs.items():
                self._sliders[key] = widgets.FloatSlider(value=self.values[key], min=lo, max=hi, step=step,
                                                         description=label, continuous_update=False,
                                                         layout={"width": "330px"})
            self._html = widgets.HTML(self.table_html())
            self._live_figure = LiveFigure(self.figure, self.dashboard.animated, self._sliders, self._apply,
                                           name="assess.Explorer", main="load", live=self._live,
                                           alt=lambda _: alt_text(self.assessment), extra=[self._html],
                                           solves=True)
        return self._live_figure.widget

    @property
    def view(self) -> Any:
        """The figure's view (a live view in a kernel, else a static image); built with :attr:`widget`."""
        return None if self._live_figure is None else self._live_figure.view
