"""The Explorer's figure: stick figure with lever arms, joint moments against strength, L5/S1 gauges, one title.

Built once on a plain :class:`~matplotlib.figure.Figure` (Agg canvas, no pyplot state, so no backend hook ever
redraws it) sized for a notebook's output area at 1280 x 720 with the file browser open
(:data:`~hinge_model.plots.style.OUTPUT_AREA_PX`); :meth:`ExplorerFigure.update` moves every artist in place and
:attr:`ExplorerFigure.animated` lists the ones that move, for the live view.
"""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..anthropometry import Body
from ..objects import PlacedObject
from ..statics import Analysis
from .gauges import moment_bars, spine_gauges
from .stick import figure_limits, moment_arms, stick_figure
from .style import _fs, is_presenting

#: Figure size (in) at 100 dpi: 840 x 350 px, inside the 848 px output area (controls fit under it in 720 px).
EXPLORER_FIGSIZE: tuple[float, float] = (8.4, 3.5)
#: Same layout in presenter mode (fits JupyterLab's output area with the file browser closed, 1100 px).
EXPLORER_FIGSIZE_PRESENTER: tuple[float, float] = (10.9, 4.6)


def bar_limits(body: Body) -> tuple[float, float]:
    """Fixed moment-bar scale (N*m) for ``body``: -3 to +6 N*m per kg (bars beyond it run off the chart)."""
    return -3.0 * body.mass, 6.0 * body.mass


class ExplorerFigure:
    """Figure of the Explorer: ``stick``, ``arms``, ``bars``, ``gauges`` (plot objects), ``title`` (Text)."""

    def __init__(self, a: Analysis, title: str, figsize: tuple[float, float] | None = None, *,
                 obj: PlacedObject | None = None) -> None:
        if figsize is None:
            figsize = EXPLORER_FIGSIZE_PRESENTER if is_presenting() else EXPLORER_FIGSIZE
        fig = Figure(figsize=figsize, dpi=100)
        FigureCanvasAgg(fig)
        self.figure = fig
        w, h = figsize
        # panel rectangles in figure fractions: body | bars | gauges, room for labels kept in inches
        left, bottom = 0.62 / w, 0.5 / h
        ax_body = fig.add_axes((left, bottom, 2.55 / w, (h - 0.95) / h))
        ax_bars = fig.add_axes((3.9 / w, 0.42 / h, 1.95 / w, (h - 0.85) / h))
        ax_gauges = fig.add_axes((6.15 / w, 0.05, 2.0 / w, 0.8))
        self.stick = stick_figure(ax_body, a, obj=obj)
        self.arms = moment_arms(ax_body, a, joints=("L5S1", "hip"))
        self.bars = moment_bars(ax_bars, a, labels=False, ylim=bar_limits(a.body))
        self.gauges = spine_gauges(ax_gauges, a, labels=False, compact=True)
        ax_body.xaxis.label.set_size(_fs(0.9))
        ax_body.yaxis.label.set_size(_fs(0.9))
        self.title = fig.text(0.01, 0.985, title, ha="left", va="top", fontsize=_fs(1.0), fontweight="bold")
        self.animated: list[Artist] = (self.stick.dynamic_artists() + self.arms.all_artists()
                                       + self.bars.all_artists() + self.gauges.dynamic_artists() + [self.title])

    def update(self, a: Analysis, title: str) -> None:
        """Move every artist to analysis ``a`` and set the title."""
        self.stick.update(a)
        self.arms.update(a)
        self.bars.update(a)
        self.gauges.update(a)
        self.title.set_text(title)

    def set_body(self, body: Body) -> None:
        """Axes limits for a new body (needs a full redraw of the background)."""
        xl, yl = figure_limits(body)
        self.stick.ax.set_xlim(*xl)
        self.stick.ax.set_ylim(*yl)
        self.bars.ax.set_ylim(*bar_limits(body))

    def alt_text(self) -> str:
        return " ".join(x for x in (self.stick.alt_text, self.arms.alt_text, self.bars.alt_text,
                                    self.gauges.alt_text) if x)

    def __repr__(self) -> str:
        return f"<ExplorerFigure {self.title.get_text()!r}>"
