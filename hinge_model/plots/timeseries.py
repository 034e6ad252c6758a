"""Time series of a lift: joint angles, joint moments and L5/S1 compression against time."""

from __future__ import annotations

from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..validation import check_array, check_instance, check_int
from .base import _figsize
from .style import (
    BLACK,
    BLUE,
    GREY,
    JOINT_LABEL,
    JOINT_STYLE,
    _fs,
    _lw,
    spine_limit,
)

# ---------------------------------------------------------------------------------------------------------------
# Time series of a lift

TIMESERIES_ANGLES: tuple[str, ...] = ("ankle", "knee", "hip", "lumbar")
TIMESERIES_MOMENTS: tuple[str, ...] = ("ankle", "knee", "hip", "L5S1")


def _movement_arg(movement: object) -> None:
    from ..movements import Movement

    check_instance("movement", movement, Movement, "a hinge_model Movement (hm.movement(...))")


class LiftTimeseries:
    """Result of :func:`lift_timeseries`: ``figure``, ``axes`` (angles, moments[, spine]), ``lines[(panel,
    name)]``, ``pickup`` vertical lines, ``cursor`` lines (see :meth:`set_frame`), ``alt_text``."""

    def __init__(self, figure: Figure, axes: dict[str, Axes]) -> None:
        self.figure = figure
        self.axes = axes
        self.lines: dict[tuple[str, str], Line2D] = {}
        self.pickup: list[Line2D] = []
        self.cursor: list[Line2D] = []
        self.alt_text = ""

    def update(self, movement: Any) -> LiftTimeseries:
        """Redraw the curves for another movement with the same number of frames (artists reused)."""
        _movement_arg(movement)
        t = np.asarray(movement.time)
        a = movement.analysis
        for (panel, name), line in self.lines.items():
            if panel == "angles":
                y = np.asarray(getattr(movement.poses, name))
            elif panel == "moments":
                y = np.asarray(a.moments[name])
            else:
                y = np.asarray(getattr(a.spine, name))
            line.set_data(t, y)
        tp = float(t[movement.pickup])
        for ln in self.pickup:
            ln.set_xdata([tp, tp])
        for ax in self.axes.values():
            ax.relim()
            ax.autoscale_view()
        peak = {j: float(np.max(np.asarray(a.moments[j]))) for j in ("hip", "L5S1")}
        extra = ""
        if a.spine is not None:
            extra = f", peak L5/S1 compression {float(np.max(a.spine.compression)):.0f} N"
        self.alt_text = (f"Joint angles and moments over a {t[-1] - t[0]:.1f} s lift with the pick-up at "
                         f"{tp:.2f} s; peak hip moment {peak['hip']:.0f} N·m, peak L5/S1 moment "
                         f"{peak['L5S1']:.0f} N·m{extra}.")
        return self

    def set_frame(self, i: int, t: np.ndarray) -> None:
        """Move the time cursor to frame ``i`` of times ``t`` (for animations)."""
        t = check_array("t", t, unit="s")
        if t.ndim != 1 or not len(t):
            raise ValueError(f"t must be a non-empty 1-D array of times (s), got an array of shape {t.shape}")
        i = check_int("i", i, -len(t), len(t) - 1)
        for ln in self.cursor:
            ln.set_xdata([t[i], t[i]])

    def __repr__(self) -> str:
        return f"<LiftTimeseries panels={list(self.axes)}>"


def lift_timeseries(movement: Any, *, figsize: tuple[float, float] | None = None) -> LiftTimeseries:
    """Figure of a lift against time: joint angles (deg), joint moments (N*m) and, when the spine model is
    present, L5/S1 compression with the NIOSH limits. The pick-up frame is marked on every panel."""
    _movement_arg(movement)
    figsize = _figsize(figsize)
    a = movement.analysis
    panels = ["angles", "moments"] + (["spine"] if a.spine is not None else [])
    if figsize is None:
        w, h = mpl.rcParams["figure.figsize"]
        figsize = (max(w, 7.0), max(h, 2.4 * len(panels)))
    with plt.ioff():
        fig, axs = plt.subplots(len(panels), 1, figsize=figsize, sharex=True, layout="constrained")
    axes = dict(zip(panels, np.atleast_1d(axs), strict=True))
    out = LiftTimeseries(fig, axes)
    for name in TIMESERIES_ANGLES:
        st = JOINT_STYLE[name]
        out.lines[("angles", name)] = axes["angles"].plot([], [], color=st["color"], ls=st["linestyle"], lw=_lw(),
                                                          label=JOINT_LABEL[name])[0]
    for name in TIMESERIES_MOMENTS:
        st = JOINT_STYLE[name]
        out.lines[("moments", name)] = axes["moments"].plot([], [], color=st["color"], ls=st["linestyle"], lw=_lw(),
                                                            label=JOINT_LABEL[name])[0]
    axes["angles"].set_ylabel("flexion (deg)")
    axes["moments"].set_ylabel("moment (N·m)\n+ extensor")
    axes["moments"].axhline(0, color=GREY, lw=_lw(0.4))
    if "spine" in axes:
        sx = axes["spine"]
        out.lines[("spine", "compression")] = sx.plot([], [], color=BLUE, ls="-", lw=_lw(), label="compression")[0]
        al, mp = spine_limit("NIOSH_ACTION_LIMIT"), spine_limit("NIOSH_MAX_PERMISSIBLE")
        sx.axhline(al, color=BLACK, ls="--", lw=_lw(0.7))
        sx.axhline(mp, color=BLACK, ls="-", lw=_lw(0.7))
        sx.text(1.0, al, f" action limit {al:.0f} N", transform=sx.get_yaxis_transform(), va="center",
                fontsize=_fs(0.7))
        sx.text(1.0, mp, f" max. permissible {mp:.0f} N", transform=sx.get_yaxis_transform(), va="center",
                fontsize=_fs(0.7))
        sx.set_ylabel("L5/S1\ncompression (N)")
    axs_list = list(axes.values())
    axs_list[-1].set_xlabel("time (s)")
    for ax in axs_list:
        out.pickup.append(ax.axvline(0, color=GREY, ls="-.", lw=_lw(0.8)))
        out.cursor.append(ax.axvline(0, color=BLACK, lw=_lw(0.5), visible=False))
    for key in ("angles", "moments"):
        axes[key].legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=_fs(0.75))
    out.update(movement)
    if "spine" in axes:
        lo, hi = axes["spine"].get_ylim()
        axes["spine"].set_ylim(0, max(hi, 1.1 * spine_limit("NIOSH_MAX_PERMISSIBLE")))
    top = axs_list[0]
    top.text(float(np.asarray(movement.time)[movement.pickup]), 1.0, "pick-up", transform=top.get_xaxis_transform(),
             ha="center", va="bottom", fontsize=_fs(0.8))
    return out


