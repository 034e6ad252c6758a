"""Figures of the lifting model that are drawn once and then updated in place.

Every ``draw`` function takes a Matplotlib ``Axes`` (or builds a figure, for the figure-level helpers) and returns a
small object holding the artists it made. Call ``obj.update(analysis)`` to move them to a new model state: the
artists are changed with ``set_data`` / ``set_height`` / ``set_text`` and nothing is cleared or re-plotted, so the
same functions drive static notebook figures, the live views (:mod:`hinge_model.plots.live`), the
:class:`hinge_model.widgets.Explorer` and the lift animations.

One module per figure family: :mod:`.style` (palette, styles, presenter mode), :mod:`.stick` (stick figure and
lever arms), :mod:`.gauges` (bars and gauges), :mod:`.timeseries`, :mod:`.heatmap`, :mod:`.comparison`,
:mod:`.export` (files, bytes, animations) and :mod:`.live` (the live view drawn in the browser from numbers).
Every public name is importable from here: ``hm.plots.stick_figure``, ``hm.plots.TECHNIQUE_STYLE``, ...

Conventions (as in :mod:`hinge_model.conventions`): x forward, y up, origin at the ankle joint centre, metres;
moments in N*m, extensor positive, both sides of the body; angles in degrees on axes and labels.

Accessibility: colours are the Okabe & Ito (2008) colour-blind-safe palette ("Color Universal Design",
https://jfly.uni-koeln.de/color/); every meaning carried by a colour is also carried by a line style, marker,
hatch or text label. Every returned object has a one-line ``alt_text`` describing what it shows (with numbers),
and :data:`ALT_TEXT` gives the generic one-liner per plot function.

>>> import matplotlib; matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt, hinge_model as hm
>>> a = hm.analyze(hm.Body(75, 1.75, "male"), hm.Pose(hip=60, knee=20, shoulder=40), load_mass=15)
>>> fig, ax = plt.subplots()
>>> art = stick_figure(ax, a)
>>> art.update(hm.analyze(a.body, hm.Pose(hip=30), load_mass=15)) is art
True
>>> plt.close(fig)
"""

from __future__ import annotations

import importlib
from typing import Any

from .base import PlotArtists, _com, _pt, _single, _val
from .comparison import POSTURE_STEP, Comparison, _movement, _summary, compare_techniques, pickup_analysis, pickup_pose
from .export import animate_lift, figure_png, save_figure
from .gauges import (
    MOMENT_BAR_JOINTS,
    HamstringGauge,
    MomentBars,
    SpineGauges,
    hamstring_gauge,
    moment_bars,
    spine_gauges,
)
from .heatmap import HEATMAP_QUANTITIES, PostureHeatmap, _quantity, arms_hanging, posture_heatmap
from .stick import (
    _JOINT_MARKS,
    _SEGMENT_COMS,
    LOAD_BOX,
    MomentArms,
    StickFigure,
    figure_limits,
    fit_limits,
    moment_arms,
    stick_figure,
)
from .style import (
    _BASE_RC,
    ALT_TEXT,
    BLACK,
    BLUE,
    BLUISH_GREEN,
    GREY,
    JOINT_LABEL,
    JOINT_STYLE,
    MIN_FONT_PT,
    MIN_TEXT_PX,
    OKABE_ITO,
    ORANGE,
    OUTPUT_AREA_PX,
    PRESENTER_RC,
    REDDISH_PURPLE,
    SKY_BLUE,
    TECHNIQUE_STYLE,
    TECHNIQUES,
    VERMILLION,
    YELLOW,
    _fs,
    _lw,
    _ms,
    is_presenting,
    presenter,
    spine_limit,
    style,
)
from .timeseries import TIMESERIES_ANGLES, TIMESERIES_MOMENTS, LiftTimeseries, lift_timeseries

__all__ = [
    "ALT_TEXT", "BLACK", "BLUE", "BLUISH_GREEN", "GREY", "HEATMAP_QUANTITIES", "JOINT_LABEL", "JOINT_STYLE",
    "LOAD_BOX", "MOMENT_BAR_JOINTS", "OKABE_ITO", "ORANGE", "PRESENTER_RC", "REDDISH_PURPLE", "SKY_BLUE",
    "TECHNIQUES", "TECHNIQUE_STYLE", "TIMESERIES_ANGLES", "TIMESERIES_MOMENTS", "VERMILLION", "YELLOW",
    "Comparison", "HamstringGauge", "LiftTimeseries", "MomentArms", "MomentBars", "PlotArtists", "PostureHeatmap",
    "SpineGauges", "StickFigure", "animate_lift", "arms_hanging", "compare_techniques", "figure_limits",
    "figure_png", "fit_limits", "hamstring_gauge", "lift_timeseries", "moment_arms", "moment_bars",
    "pickup_analysis", "pickup_pose", "POSTURE_STEP", "posture_heatmap", "presenter", "save_figure",
    "spine_gauges", "spine_limit",
    "stick_figure", "style", "MIN_FONT_PT", "MIN_TEXT_PX", "OUTPUT_AREA_PX", "is_presenting",
    "LiveFigure", "LiveView", "new_figure", "live_lever", "live_moment_terms", "live_trunk_lever", "live_hips_back",
    "live_lift_animation", "live_lift_duration", "live_pickup_choice", "live_stoop_duration", "live_technique_peaks",
]
#: The live figures load ipywidgets and anywidget: imported on first use, so static plots stay light.
_LAZY = {"LiveFigure": "live", "LiveView": "live", "new_figure": "live", "live_lever": "live_levers",
         "live_moment_terms": "live_levers", "live_trunk_lever": "live_levers", "live_hips_back": "live_lifts",
         "live_lift_animation": "live_lifts", "live_lift_duration": "live_lifts", "live_pickup_choice": "live_lifts",
         "live_stoop_duration": "live_lifts", "live_technique_peaks": "live_lifts"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'hinge_model.plots' has no attribute {name!r}")


_PRIVATE = (_BASE_RC, _JOINT_MARKS, _SEGMENT_COMS, _com, _fs, _lw, _ms, _movement, _pt, _quantity, _single,
            _summary, _val)  # kept importable as hm.plots._name for existing callers
