"""Live figures drawn in the browser from numbers: one Matplotlib figure, two ways of showing it.

The figure is built once with Matplotlib (the same code that makes the static PNGs for nbval, readers without a
kernel and ``savefig``). :class:`LiveView` (an anywidget) shows it in JupyterLab as

* a static **background**: a PNG of the figure drawn without its animated artists, sent once and again only after
  a full redraw (new axes limits, new body) or when the screen's device pixel ratio changes (it is rendered at that
  ratio, so it is sharp on HiDPI screens);
* on every update, only the **animated artists** as numbers in figure pixels (:mod:`.serialize`: line paths and
  markers, patches as polygons, texts), which ``live.js`` draws on a ``<canvas>`` over the background at the next
  animation frame: client-side blitting, a few kB per update and no image encoding in the kernel.

Slider events do not queue: ipywidgets keeps at most one change message per control in flight and merges the
values that arrive meanwhile, and the kernel does all the work of an update (model, artists, numbers) inside
that message, so the next value it sees is the latest one. A movement can be sent as all its frames at once
(:meth:`LiveView.set_frames`) and played by the browser at ``fps``, every frame shown.

Where no live front end exists (nbconvert, GitHub, a plain Python process) the container's display includes a PNG
of the whole figure; in a process without an IPython kernel :func:`make_view` returns an ``ipywidgets.Image``
refreshed on each update instead, so everything still works under Agg.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import anywidget
import ipywidgets as W
import numpy as np
import traitlets as T
from matplotlib.artist import Artist
from matplotlib.figure import Figure

from ..validation import InputTypeError, check_array, check_choice, check_flag, check_instance, check_int, check_number
from .base import _alt, _artists, _check_controls, _control_value, _dpi, _figsize, _live
from .export import figure_png
from .serialize import check_supported, serialize

_ESM = (Path(__file__).with_name("live.js")).read_text(encoding="utf-8")
#: Device pixel ratios the background is rendered at (the browser reports its own, rounded to 0.25).
PIXEL_RATIO_RANGE: tuple[float, float] = (1.0, 3.0)


def new_figure(figsize: tuple[float, float], *, nrows: int = 1, ncols: int = 1, dpi: float = 100.0,
               width_ratios: list[float] | None = None, **subplots: Any) -> tuple[Figure, Any]:
    """A plain Figure (Agg canvas, no pyplot state: no backend hook ever redraws it) with constrained-layout
    subplots; returns (figure, axes) like ``plt.subplots``. The live view freezes the layout once drawn.
    ``figsize``: (width, height) in inches, each in (0, 100]; ``dpi`` in [10, 1200]; ``nrows``/``ncols`` in
    [1, 20]; ``width_ratios``: one positive number per column."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from .style import is_presenting

    size = _figsize(figsize)
    if size is None:
        raise InputTypeError("figsize must be (width, height) in inches, each in (0, 100] in, got None")
    figsize, dpi = size, _dpi(dpi)
    nrows, ncols = check_int("nrows", nrows, 1, 20), check_int("ncols", ncols, 1, 20)
    if width_ratios is not None:
        ratios = check_array("width_ratios", width_ratios, 0, 1000, lo_open=True)
        if ratios.shape != (ncols,):
            raise ValueError(f"width_ratios must hold one number in (0, 1000] per column (ncols = {ncols}), got "
                             f"{width_ratios!r}")
        width_ratios = ratios.tolist()
    if is_presenting():  # larger for a projector, still inside the output area with the file browser closed
        scale = min(1.3, 10.9 / figsize[0])
        figsize = (figsize[0] * scale, figsize[1] * scale)
    fig = Figure(figsize=figsize, dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(nrows, ncols, width_ratios=width_ratios, **subplots)
    return fig, axes


def freeze_layout(figure: Figure) -> None:
    """Draw once with the layout engine (every artist in place), then keep that layout: later draws of the
    background, with the animated artists left out, must not move the axes under them."""
    if figure.get_layout_engine() is not None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
        canvas.draw()
        figure.set_layout_engine("none")


def in_kernel() -> bool:
    """True inside an IPython kernel (a notebook, nbval, nbconvert), where a widget can have a front end."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


class LiveView(anywidget.AnyWidget):
    """Browser-drawn view of ``figure``: static background PNG + ``animated`` artists as drawing operations.

    ``width``/``height``: the figure in pixels at its dpi (the canvas shows it at that CSS size, or narrower to fit
    its output area). ``frame``: the current animated artists (JSON of ``{"seq", "ops"}``); :meth:`state` gives it
    parsed. ``frames`` (JSON list of frames' ops)/``frame_labels``/
    ``index``/``fps``: optional precomputed frames the browser plays. ``pixel_ratio`` is set by the browser.
    """

    _esm = _ESM
    width = T.Int(640).tag(sync=True)
    height = T.Int(480).tag(sync=True)
    background = T.Bytes(b"").tag(sync=True)
    frame = T.Unicode("{}").tag(sync=True)  # JSON text: ipywidgets then need not walk it for binary buffers
    frames = T.Unicode("[]").tag(sync=True)
    frame_labels = T.List().tag(sync=True)
    index = T.Int(0).tag(sync=True)
    fps = T.Float(20.0).tag(sync=True)
    pixel_ratio = T.Float(1.0).tag(sync=True)
    alt = T.Unicode("").tag(sync=True)

    def __init__(self, figure: Figure, animated: Iterable[Artist], *, alt: str = "", **kwargs: Any) -> None:
        check_instance("figure", figure, Figure, "a Matplotlib Figure (e.g. from hm.plots.new_figure)")
        animated = _artists(animated)
        check_supported(animated)
        alt = _alt(alt)
        super().__init__(**kwargs)
        self.figure = figure
        self.animated: list[Artist] = animated
        self.seq = 0
        self.background_renders = 0
        self.alt = alt
        self.observe(self._on_pixel_ratio, names="pixel_ratio")
        freeze_layout(figure)
        self.full_redraw()

    # ------------------------------------------------------------------------------------------------ kernel side
    def render_background(self) -> bytes:
        """PNG of the figure without its animated artists, at ``dpi * pixel_ratio``.

        Drawn with ``canvas.draw()`` (which leaves animated artists out; ``savefig`` would draw them) on an Agg
        canvas at the scaled dpi, then the dpi is restored, so the drawing operations stay in figure pixels.
        """
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from PIL import Image

        fig = self.figure
        ratio = min(max(float(self.pixel_ratio), PIXEL_RATIO_RANGE[0]), PIXEL_RATIO_RANGE[1])
        was = [a.get_animated() for a in self.animated]
        old_canvas = fig.canvas
        canvas = old_canvas if type(old_canvas) is FigureCanvasAgg else FigureCanvasAgg(fig)
        dpi = fig.dpi
        for a in self.animated:
            a.set_animated(True)  # canvas.draw skips animated artists
        try:
            fig.dpi = dpi * ratio
            canvas.draw()
            rgba = np.array(canvas.buffer_rgba())
        finally:
            fig.dpi = dpi
            for a, w in zip(self.animated, was, strict=True):
                a.set_animated(w)
            if canvas is not old_canvas:
                fig.set_canvas(old_canvas)
        buf = io.BytesIO()
        Image.fromarray(rgba).save(buf, format="png", compress_level=1)
        self.background_renders += 1
        return buf.getvalue()

    def full_redraw(self) -> None:
        """Send a new background and the current animated artists in one message (after limits/layout changed)."""
        with self.hold_sync():
            self.width = round(self.figure.bbox.width)
            self.height = round(self.figure.bbox.height)
            self.background = self.render_background()
            self.push()

    def ops(self) -> list[dict[str, Any]]:
        """The animated artists as drawing operations now (see :func:`.serialize.serialize`)."""
        return serialize(self.animated, self.figure)

    def push(self, alt: str | None = None) -> None:
        """Send the animated artists' current state (call after updating them in place)."""
        if alt is not None:
            self.alt = _alt(alt)
        self.seq += 1
        self.frame = json.dumps({"seq": self.seq, "ops": self.ops()}, separators=(",", ":"))

    def state(self) -> dict[str, Any]:
        """The current frame as sent: ``{"seq": n, "ops": [...]}``."""
        return json.loads(self.frame)

    def set_frames(self, frames: list[list[dict[str, Any]]], labels: list[str] | None = None, *,
                   fps: float = 20.0, index: int = 0) -> None:
        """Send every frame of an animation once; the browser plays them (``fps`` in [1, 120] frames/s) and scrubs
        them locally. ``frames``: a list of frames' drawing operations (lists of :meth:`ops`); ``labels``: one
        string per frame; ``index``: the frame shown first, a whole number in [0, len(frames) - 1]."""
        if not isinstance(frames, list) or not all(isinstance(f, list) for f in frames):
            raise InputTypeError(f"frames must be a list of frames, each a list of drawing operations (view.ops()), "
                                 f"got {type(frames).__name__}")
        if labels is not None:
            if not isinstance(labels, list | tuple) or not all(isinstance(x, str) for x in labels):
                raise InputTypeError(f"labels must be a list of strings, one per frame, got {labels!r}"[:200])
            if len(labels) != len(frames):
                raise ValueError(f"labels must have one entry per frame ({len(frames)}), got {len(labels)}")
        fps = check_number("fps", fps, 1.0, 120.0, "frames/s")
        index = check_int("index", index, 0, max(len(frames) - 1, 0))
        with self.hold_sync():
            self.frames = json.dumps(frames, separators=(",", ":"))
            self.frame_labels = list(labels or [])
            self.fps = fps
            self.index = index

    def _on_pixel_ratio(self, change: dict[str, Any]) -> None:
        self.background = self.render_background()

    def __repr__(self) -> str:
        return f"LiveView({self.width}x{self.height} px, {len(self.animated)} animated artists)"


class StaticView(W.Image):
    """Stand-in for :class:`LiveView` outside a kernel: a PNG of the whole figure, re-rendered on each push."""

    def __init__(self, figure: Figure, animated: Iterable[Artist], *, alt: str = "") -> None:
        super().__init__(value=figure_png(figure), format="png", layout=W.Layout(max_width="100%"))
        self.figure = figure
        self.animated = list(animated)
        self.alt = alt
        self.seq = 1

    def full_redraw(self) -> None:
        self.push()

    def push(self, alt: str | None = None) -> None:
        if alt is not None:
            self.alt = _alt(alt)
        self.seq += 1
        self.value = figure_png(self.figure)

    def ops(self) -> list[dict[str, Any]]:
        """The animated artists as drawing operations now (what a :class:`LiveView` would send)."""
        return serialize(self.animated, self.figure)

    def state(self) -> dict[str, Any]:
        """The current frame as a :class:`LiveView` would send it: ``{"seq": n, "ops": [...]}``."""
        return {"seq": self.seq, "ops": self.ops()}

    def set_frames(self, frames: list[Any], labels: list[str] | None = None, **kwargs: Any) -> None:
        """Nothing to send: a static image shows the figure as its artists are now."""


def make_view(figure: Figure, animated: Iterable[Artist], *, live: bool | None = None, alt: str = ""
              ) -> LiveView | StaticView:
    """A :class:`LiveView` inside a kernel (or if ``live``), else a :class:`StaticView`."""
    live = _live(live)
    if live is None:
        live = in_kernel()
    return (LiveView if live else StaticView)(figure, animated, alt=alt)


class LiveBox(W.VBox):
    """Container of a live figure and its controls: short deterministic text repr (nbval) and a PNG of the
    figure in its display data for front ends without widgets (nbconvert, GitHub)."""

    def __init__(self, children: list[W.Widget], figure: Figure, text: str, **kwargs: Any) -> None:
        super().__init__(children, **kwargs)
        self._figure = figure
        self._text = text
        self.add_class("hm-live-box")

    def __repr__(self) -> str:
        return self._text

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["image/png"] = figure_png(self._figure)
        return bundle


class LiveFigure:
    """A figure built once plus its controls: each control change calls ``update(values)``, which moves the
    artists in place (returning True when limits changed and the background must be redrawn), then the view
    shows the new state. Errors in ``update`` go to the status line, never to a traceback.

    ``controls`` maps names to ipywidgets value widgets; ``main`` names the one a reader moves first (it gets the
    CSS class ``hm-main-control``, used by the browser tests and the latency benchmark). ``solves=True`` marks a
    figure whose every change solves new movements (class ``hm-solves``: its latency goal is that of a solve).
    ``clamped`` names the sliders whose out-of-range values (from ``set``) are clamped to their ends, as the
    figure documents; any other out-of-range value is refused.
    """

    def __init__(self, figure: Figure, animated: Iterable[Artist], controls: dict[str, W.ValueWidget],
                 update: Callable[[dict[str, Any]], bool | None], *, name: str, main: str | None = None,
                 alt: Callable[[dict[str, Any]], str] | None = None, live: bool | None = None,
                 extra: list[W.Widget] | None = None, solves: bool = False, clamped: tuple[str, ...] = ()
                 ) -> None:
        check_instance("figure", figure, Figure, "a Matplotlib Figure (e.g. from hm.plots.new_figure)")
        animated = _artists(animated)
        _check_controls(controls)
        for arg, fn in (("update", update), ("alt", alt)):
            if not callable(fn) and not (arg == "alt" and fn is None):
                raise InputTypeError(f"{arg} must be a function of the controls' values (a dict), got "
                                     f"{type(fn).__name__}")
        if not isinstance(name, str) or not name:
            raise InputTypeError(f"name must be a non-empty string, got {name!r}")
        if main is not None:
            check_choice("main", main, list(controls))
        if extra is not None and (not isinstance(extra, list | tuple)
                                  or not all(isinstance(w, W.Widget) for w in extra)):
            raise InputTypeError(f"extra must be None or a list of ipywidgets widgets, got {extra!r}"[:200])
        live, solves = _live(live), check_flag("solves", solves)
        if not isinstance(clamped, tuple | list):
            raise InputTypeError(f"clamped must be a tuple of control names, got {clamped!r}")
        self.clamped = tuple(check_choice("clamped", c, list(controls)) for c in clamped)
        self.figure = figure
        self.controls = controls
        self._update = update
        self._alt = alt
        self.name = name
        self.solves = solves  # each change solves new movements (a slower kind of update)
        self.status = W.HTML(value="")
        self.extra = list(extra or [])
        main = main or next(iter(controls), None)
        if main is not None:
            controls[main].add_class("hm-main-control")
        for c in controls.values():
            c.observe(self._changed, names="value")
            if getattr(c, "description", "") and hasattr(c.style, "description_width"):
                c.style.description_width = "initial"  # the whole label, never cut to "hands at (..."
        self._safe_update(initial=True)
        self.view = make_view(figure, animated, live=live, alt=self.alt_text())
        self._box: LiveBox | None = None
        from .style import is_presenting

        self._presenting = is_presenting()  # built for a projector: the controls grow too

    def values(self) -> dict[str, Any]:
        """The controls' current values."""
        return {k: c.value for k, c in self.controls.items()}

    def alt_text(self) -> str:
        return self._alt(self.values()) if self._alt is not None else ""

    def set(self, **values: Any) -> None:
        """Same effect as moving those controls: each value must be one the control can take (a number in a
        slider's range, unless ``clamped``; one of a button row's options), else ValueError."""
        unknown = sorted(set(values) - set(self.controls))
        if unknown:
            raise InputTypeError(f"{self.name}.set() got unknown names {unknown}; allowed: "
                                 f"{', '.join(self.controls)}")
        values = {k: _control_value(k, self.controls[k], v, k in self.clamped) for k, v in values.items()}
        self._holding = True
        try:
            for k, v in values.items():
                self.controls[k].value = v
        finally:
            self._holding = False
        self._changed(None)

    _holding = False

    def _safe_update(self, initial: bool = False) -> bool:
        try:
            full = bool(self._update(self.values()))
            self.status.value = ""
            return full
        except Exception as exc:  # noqa: BLE001 - a slider never shows a traceback
            self.status.value = f"<span style='color:#D55E00'>&#9888; {type(exc).__name__}: {exc}</span>"
            if initial:
                raise
            return False

    def _changed(self, change: Any) -> None:
        if self._holding:
            return
        full = self._safe_update()
        if full:
            self.view.full_redraw()
        self.view.push(alt=self.alt_text())

    @property
    def widget(self) -> LiveBox:
        """The container to display: controls (a wrapping row), status line, extra widgets, the figure."""
        if self._box is None:
            row = W.HBox(list(self.controls.values()), layout=W.Layout(flex_flow="row wrap"))
            self._box = LiveBox([row, self.status, *self.extra, self.view], self.figure, repr(self))
            if self._presenting:
                self._box.add_class("hm-presenter")
            if self.solves:
                self._box.add_class("hm-solves")
        return self._box

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    def __repr__(self) -> str:
        return f"{self.name}(controls + live figure)"
