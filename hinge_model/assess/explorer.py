"""A live "is this lift safe?" panel for the notebooks: sliders for the load, the repetitions per day and the grip
height; every change re-solves the lift, re-runs :func:`hinge_model.assess.task` and updates the verdict table and
the five-panel figure IN PLACE (the figure is built once).

``ex = Explorer(body, "hinge")``; ``ex.widget`` is the container to display (sliders, the table as an HTML widget,
the figure canvas: an ipympl canvas under ``%matplotlib widget``, a static image elsewhere); ``ex.set(load=20,
reps_per_day=500, height=0.3)`` does what moving the sliders does and works headless (Agg), for tests and timing.
"""

from __future__ import annotations

from typing import Any

from ..anthropometry import Body
from ..movements import TECHNIQUES, movement
from ..validation import check_choice
from .figures import Dashboard
from .report import methods_table_html
from .task import Assessment, task

#: Slider ranges: load (kg), repetitions per day (the shear limit's 0-1000 range), grip height (m).
LOAD_RANGE: tuple[float, float, float] = (0.0, 40.0, 2.5)
REPS_RANGE: tuple[float, float, float] = (0.0, 1000.0, 50.0)
HEIGHT_RANGE: tuple[float, float, float] = (0.22, 0.60, 0.02)

_STYLE = ("<style>.hm-assess table.methods{border-collapse:collapse;font-size:12px}"
          ".hm-assess table.methods td,.hm-assess table.methods th{border:1px solid #7F7F7F;padding:2px 6px;"
          "vertical-align:top}.hm-assess td.v-within{border-left:6px solid #009E73}"
          ".hm-assess td.v-caution{border-left:6px dashed #E69F00}.hm-assess td.v-exceeds{border-left:6px double "
          "#D55E00}.hm-assess td.v-none{border-left:6px dotted #7F7F7F}</style>")


class Explorer:
    """Sliders -> movement -> assessment -> table and figure, updated in place (see the module docstring)."""

    def __init__(self, body: Body, technique: str = "hinge", *, load: float = 15.0, reps_per_day: float = 300.0,
                 height: float = 0.22, frames: int = 31) -> None:
        if not isinstance(body, Body):
            raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
        self.body = body
        self.technique = check_choice("technique", technique, TECHNIQUES)
        self.frames = frames
        self.values = {"load": float(load), "reps_per_day": float(reps_per_day), "height": float(height)}
        self.assessment: Assessment = self._assess()
        self.dashboard = Dashboard(self.assessment, figsize=(11.0, 3.6))
        self.figure = self.dashboard.figure
        self._widget: Any = None
        self._html: Any = None
        self._image: Any = None
        self._sliders: dict[str, Any] = {}

    def _assess(self) -> Assessment:
        m = movement(self.technique, self.body, self.values["load"], self.values["height"], frames=self.frames)
        return task(m, reps_per_day=self.values["reps_per_day"])

    def table_html(self) -> str:
        """The verdict table of the current assessment (HTML)."""
        return f'{_STYLE}<div class="hm-assess">{methods_table_html(self.assessment)}</div>'

    def set(self, **values: float) -> Assessment:
        """Change ``load`` (kg), ``reps_per_day`` and/or ``height`` (m) like the sliders; return the assessment."""
        unknown = set(values) - set(self.values)
        if unknown:
            raise ValueError(f"unknown setting(s) {sorted(unknown)}; choose from {sorted(self.values)}")
        self.values.update({k: float(v) for k, v in values.items()})
        self.assessment = self._assess()
        self.dashboard.update(self.assessment)
        if self._html is not None:
            self._html.value = self.table_html()
        for k, s in self._sliders.items():
            if s.value != self.values[k]:
                s.value = self.values[k]
        if self._image is not None:
            self._image.value = _png(self.figure)
        else:
            self.figure.canvas.draw_idle()
        return self.assessment

    @property
    def widget(self) -> Any:
        """The ipywidgets container (built on first use): sliders, verdict table, figure."""
        if self._widget is None:
            import ipywidgets as widgets

            specs = {"load": ("load (kg)", LOAD_RANGE), "reps_per_day": ("lifts/day", REPS_RANGE),
                     "height": ("grip (m)", HEIGHT_RANGE)}
            for key, (label, (lo, hi, step)) in specs.items():
                s = widgets.FloatSlider(value=self.values[key], min=lo, max=hi, step=step, description=label,
                                        continuous_update=False, layout={"width": "330px"})
                s.observe(lambda change, k=key: self._moved(k, change), names="value")
                self._sliders[key] = s
            self._html = widgets.HTML(self.table_html())
            canvas = self.figure.canvas
            if isinstance(canvas, widgets.DOMWidget):
                canvas.header_visible = False
                view: Any = canvas
            else:  # no ipympl (e.g. a plain kernel): a static image of the figure, redrawn by set()
                view = self._image = widgets.Image(value=_png(self.figure), format="png")
            self._widget = widgets.VBox([widgets.HBox(list(self._sliders.values())), self._html, view])
        return self._widget

    def _moved(self, key: str, change: dict[str, Any]) -> None:
        if change["new"] != self.values[key]:
            self.set(**{key: change["new"]})


def _png(fig: Any) -> bytes:
    from ..plots import figure_png

    return figure_png(fig)
