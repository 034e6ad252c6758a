"""Bars and gauges: joint moments against strength, L5/S1 spine gauges, hamstring stretch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle

from ..statics import Analysis
from ..validation import check_array, check_choice, check_number
from .base import PlotArtists, _check_ax, _check_flags, _choices, _single, _val
from .style import (
    BLACK,
    BLUE,
    GREY,
    JOINT_LABEL,
    JOINT_STYLE,
    REDDISH_PURPLE,
    VERMILLION,
    YELLOW,
    _fs,
    _lw,
    spine_limit,
)

# ---------------------------------------------------------------------------------------------------------------
# Joint moments against capacity

MOMENT_BAR_JOINTS: tuple[str, ...] = ("ankle", "knee", "hip", "L5S1")


@dataclass
class MomentBars(PlotArtists):
    """Artists of :func:`moment_bars` (lists in ``joints`` order): ``bars`` rectangles (height = net moment, N*m),
    ``strength`` ticks at the joint's maximum extensor moment, ``labels`` the % capacity texts."""

    joints: tuple[str, ...] = MOMENT_BAR_JOINTS

    def update(self, a: Analysis, frame: int | None = None) -> MomentBars:
        """Set bar heights to ``a.moments``, the strength ticks to :func:`hinge_model.capacity.joint_strength`
        (extensor, both sides) and the labels to ``a.capacity``."""
        from ..capacity import CAPACITY_JOINTS, joint_strength

        frame = _single(a, "moment_bars", frame)
        art = self.artists
        pose = a.pose if frame is None else a.pose[frame]
        parts = []
        for i, j in enumerate(self.joints):
            m = _val(a.moments[j], frame)
            art["bars"][i].set_height(m)
            lab = art["labels"][i]
            mark = art["strength"][i]
            if j in CAPACITY_JOINTS:
                strength = float(joint_strength(a.body, pose, j))
                mark.set_data([i - 0.42, i + 0.42], [strength, strength])
                cap = _val(a.capacity[j], frame) if a.capacity is not None else max(m, 0.0) / strength
                lab.set_text(f"{100 * cap:.0f} %")
                parts.append(f"{JOINT_LABEL[j]} {m:.0f} N·m ({100 * cap:.0f} % of its {strength:.0f} N·m "
                             "extensor strength)")
            else:
                mark.set_visible(False)
                parts.append(f"{JOINT_LABEL[j]} {m:.0f} N·m")
            lab.set_position((i, max(m, 0.0)))
        self.alt_text = "Net joint moments (extensor +): " + ", ".join(parts) + "."
        return self


def moment_bars(ax: Axes, a: Analysis, *, joints: Sequence[str] = MOMENT_BAR_JOINTS, frame: int | None = None,
                ylim: tuple[float, float] | None = None, labels: bool = True) -> MomentBars:
    """Bars of the net joint moments (N*m, extensor +), each with a black tick at the joint's maximum voluntary
    isometric extensor moment in this pose (:func:`hinge_model.capacity.joint_strength`, both sides) and the % of
    it in use (``a.capacity``) written above the bar.

    ``ylim`` defaults to a range that holds lifting poses of this body (about -1.5 to +5.5 N*m/kg).
    ``labels=False`` hides the % texts (the live explorer shows the numbers as HTML text instead).
    """
    _check_ax(ax)
    _single(a, "moment_bars", frame)
    joints = _choices("joints", joints, tuple(j for j in JOINT_STYLE if j in a.moments))
    _check_flags(labels=labels)
    if ylim is not None:
        lim = check_array("ylim", ylim, unit="N·m")
        if lim.shape != (2,) or not lim[0] < lim[1]:
            raise ValueError(f"ylim must be (bottom, top) in N·m with bottom < top, got {ylim!r}")
    x = np.arange(len(joints))
    bars = ax.bar(x, np.zeros(len(joints)), width=0.7, zorder=3)
    for b, j in zip(bars, joints, strict=True):
        st = JOINT_STYLE[j]
        b.set_facecolor(st["color"])
        b.set_hatch(st["hatch"])
        b.set_edgecolor(BLACK)
        b.set_linewidth(_lw(0.5))
    strength = [ax.plot([], [], color=BLACK, ls="-", lw=_lw(1.4), solid_capstyle="butt", zorder=4,
                        label="maximum strength" if i == 0 else None)[0] for i in range(len(joints))]
    texts = [ax.text(i, 0, "", ha="center", va="bottom", fontsize=_fs(0.8), zorder=5, visible=labels)
             for i in range(len(joints))]
    ax.axhline(0, color=BLACK, lw=_lw(0.5), zorder=2)
    ax.set_xticks(x, [JOINT_LABEL[j] for j in joints])
    ax.set_ylabel("net moment (N·m)\n+ extensor")
    out = MomentBars(ax=ax, artists={"bars": list(bars), "strength": strength, "labels": texts}, joints=joints)
    out.update(a, frame)
    if ylim is None:
        tops = [float(np.max(t.get_ydata())) for t in strength if t.get_visible() and len(t.get_ydata())]
        ylim = (-1.6 * a.body.mass, max([5.5 * a.body.mass] + [1.1 * t for t in tops]))
    ax.set_ylim(*ylim)
    ax.set_xlim(-0.6, len(joints) - 0.4)
    ax.legend(handles=[strength[0]], labels=["extensor strength" + ("\n(% = share in use)" if labels else "")],
              loc="lower right", fontsize=_fs(0.7), handlelength=1.2)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Spine gauges


@dataclass
class SpineGauges(PlotArtists):
    """Artists of :func:`spine_gauges`: one inset axes per gauge (``axes``), bars ``compression``, ``shear``,
    ``passive_share`` and their value texts ``*:text``."""

    axes: dict[str, Axes] = field(default_factory=dict)
    scale: dict[str, float] = field(default_factory=dict)

    def update(self, a: Analysis, frame: int | None = None) -> SpineGauges:
        """Set the gauges to ``a.spine`` (compression, shear, passive share)."""
        frame = _single(a, "spine_gauges", frame)
        art = self.artists
        if a.spine is None:
            for k in ("compression", "shear", "passive_share"):
                art[k].set_width(0.0)
                art[k + ":text"].set_text("n/a")
            self.alt_text = "Spine gauges: no spine model available."
            return self
        c = _val(a.spine.compression, frame)
        s = _val(a.spine.shear, frame)
        p = _val(a.spine.passive_share, frame)
        for k, v in (("compression", c), ("shear", abs(s)), ("passive_share", 100 * p)):
            art[k].set_width(min(v, self.scale[k]))
        al, mpl_ = spine_limit("NIOSH_ACTION_LIMIT"), spine_limit("NIOSH_MAX_PERMISSIBLE")
        fr, oc = spine_limit("SHEAR_LIMIT_FREQUENT"), spine_limit("SHEAR_LIMIT_OCCASIONAL")
        cz = "above the maximum permissible limit" if c > mpl_ else "above the action limit" if c > al else "OK"
        sz = "above the occasional limit" if abs(s) > oc else "above the frequent limit" if abs(s) > fr else "OK"
        direction = "anterior" if s >= 0 else "posterior"
        art["compression:text"].set_text(f"{c:,.0f} N" + ("  !" if c > al else ""))
        art["shear:text"].set_text(f"{abs(s):,.0f} N {direction}" + ("  !" if abs(s) > fr else ""))
        art["passive_share:text"].set_text(f"{100 * p:.0f} %")
        for k, v in (("compression", c), ("shear", abs(s)), ("passive_share", 100 * p)):
            art[k + ":text"].set_x(min(v, self.scale[k]))
        self.alt_text = (f"L5/S1 compression {c:.0f} N ({cz}; limits {al:.0f} and {mpl_:.0f} N), shear {abs(s):.0f} N "
                         f"{direction} ({sz}; limits {fr:.0f} and {oc:.0f} N), passive tissues carry {100 * p:.0f} % "
                         "of the lumbar moment.")
        return self

    def dynamic_artists(self) -> list[Artist]:
        return [v for k, v in self.artists.items() if k in ("compression", "shear", "passive_share")
                or k.endswith(":text")]


def spine_gauges(ax: Axes, a: Analysis, *, frame: int | None = None, compression_max: float = 8000.0,
                 shear_max: float = 1500.0, labels: bool = True, compact: bool = False) -> SpineGauges:
    """Three horizontal gauges inside ``ax``: L5/S1 compression (N) with the NIOSH action limit (3400 N, dashed)
    and maximum permissible limit (6400 N, solid); shear magnitude (N) with the frequent (700 N, dashed) and
    occasional (1000 N, solid) limits; and the passive share of the lumbar moment (%).

    Zones beyond the limits are hatched and the limits are labelled, so colour is never the only cue.
    ``labels=False`` hides the value texts (the live explorer shows the numbers as HTML text instead);
    ``compact=True`` uses short titles and limit names for a narrow panel.
    """
    _check_ax(ax)
    _single(a, "spine_gauges", frame)
    compression_max = check_number("compression_max", compression_max, 0, 1e5, "N", lo_open=True)
    shear_max = check_number("shear_max", shear_max, 0, 1e5, "N", lo_open=True)
    _check_flags(labels=labels, compact=compact)
    ax.set_axis_off()
    al, mp = spine_limit("NIOSH_ACTION_LIMIT"), spine_limit("NIOSH_MAX_PERMISSIBLE")
    fr, oc = spine_limit("SHEAR_LIMIT_FREQUENT"), spine_limit("SHEAR_LIMIT_OCCASIONAL")
    specs = [
        ("compression", "L5/S1 compression (N)", compression_max, [(al, "action limit", "--"),
                                                                   (mp, "max. permissible", "-")]),
        ("shear", "L5/S1 shear (N)", shear_max, [(fr, "frequent", "--"), (oc, "occasional", "-")]),
        ("passive_share", "passive share of the lumbar moment (%)", 100.0, []),
    ]
    if compact:  # short titles and limit names for a narrow panel (the live Explorer)
        specs = [("compression", "compression (N)", compression_max, [(al, "action", "--"), (mp, "max.", "-")]),
                 ("shear", "shear (N)", shear_max, [(fr, "frequent", "--"), (oc, "occasional", "-")]),
                 ("passive_share", "passive share (%)", 100.0, [])]
    art: dict[str, Any] = {}
    axes: dict[str, Axes] = {}
    scale: dict[str, float] = {}
    n = len(specs)
    for i, (key, title, top, limits) in enumerate(specs):
        # each gauge: title above, limit labels in the upper half, the bar in the lower half
        gx = ax.inset_axes([0.0, 1 - (i + 1) / n + 0.2 / n, 1.0, 0.58 / n])
        axes[key] = gx
        scale[key] = top
        gx.set_xlim(0, top)
        gx.set_ylim(0, 1)
        gx.set_yticks([])
        for side in ("top", "right", "left"):
            gx.spines[side].set_visible(False)
        gx.set_title(title, loc="left", fontsize=_fs(0.95), pad=2)
        gx.tick_params(axis="x", labelsize=_fs(0.85), pad=1)
        if key == "compression" and top == 8000.0:
            gx.set_xticks([0, 2000, 4000, 6000, 8000])
        if limits:
            # zones: between the limits lightly hatched, beyond the higher limit densely hatched
            (l1, _, _), (l2, _, _) = limits
            gx.axvspan(l1, l2, ymax=0.46, fc=YELLOW, alpha=0.35, hatch="//", ec=GREY, lw=0, zorder=0)
            gx.axvspan(l2, top, ymax=0.46, fc=VERMILLION, alpha=0.25, hatch="xx", ec=GREY, lw=0, zorder=0)
            for row, (lim, text, ls) in zip((1, 0), limits, strict=True):
                # one row per limit (the higher limit on top), each label ending at its line: no overlaps
                gx.axvline(lim, ymax=1.0 - 0.27 * row, color=BLACK, ls=ls, lw=_lw(0.8), zorder=3)
                gx.text(lim - 0.01 * top, 1.0 - 0.27 * row, f"{text} {lim:.0f} N", ha="right", va="top",
                        fontsize=_fs(0.85), zorder=3)
        bar = Rectangle((0, 0.04), 0.0, 0.4, fc=BLUE if key != "passive_share" else REDDISH_PURPLE, ec=BLACK,
                        lw=_lw(0.4), zorder=2)
        gx.add_patch(bar)
        art[key] = bar
        art[key + ":text"] = gx.text(0, 0.24, "", ha="left", va="center", fontsize=_fs(0.9), visible=labels,
                                     zorder=4, bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none",
                                                     "alpha": 0.85})
    out = SpineGauges(ax=ax, artists=art, axes=axes, scale=scale)
    return out.update(a, frame)


# ---------------------------------------------------------------------------------------------------------------
# Hamstring stretch


@dataclass
class HamstringGauge(PlotArtists):
    """Artists of :func:`hamstring_gauge`: ``bar`` (width = stretch fraction, 1.0 = at the passive straight-leg-
    raise limit) and ``text``; ``fraction`` and ``limit`` (hip flexion allowed at this knee angle, deg)."""

    flexibility: str = "normal"
    scale: float = 1.4
    fraction: float = 0.0
    limit: float = 0.0

    def update(self, a: Analysis, frame: int | None = None) -> HamstringGauge:
        """Set the gauge to the hamstring stretch of pose ``a.pose``."""
        from ..muscles import hamstring_stretch_fraction, hamstring_stretch_limit

        frame = _single(a, "hamstring_gauge", frame)
        hip, knee = _val(a.pose.hip, frame), _val(a.pose.knee, frame)
        self.fraction = float(hamstring_stretch_fraction(hip, knee, flexibility=self.flexibility))
        self.limit = float(hamstring_stretch_limit(knee, flexibility=self.flexibility))
        art = self.artists
        shown = min(max(self.fraction, 0.0), self.scale)
        art["bar"].set_width(shown)
        over = self.fraction > 1.0
        art["bar"].set_hatch("xx" if over else "")
        art["text"].set_text(f"{100 * self.fraction:.0f} %" + ("  beyond the limit" if over else ""))
        art["text"].set_x(shown)
        self.alt_text = (f"Hamstring stretch {100 * self.fraction:.0f} % of its {self.flexibility} limit: hip "
                         f"{hip:.0f}° with knee {knee:.0f}°, limit {self.limit:.0f}° hip flexion at this knee angle.")
        return self

    def dynamic_artists(self) -> list[Artist]:
        return [self.artists["bar"], self.artists["text"]]


def hamstring_gauge(ax: Axes, a: Analysis, *, flexibility: str = "normal", frame: int | None = None) -> HamstringGauge:
    """Horizontal gauge of hamstring stretch (:func:`hinge_model.muscles.hamstring_stretch_fraction`): 100 % is the
    passive straight-leg-raise length for ``flexibility`` ("tight", "normal", "flexible"); beyond it the bar is
    hatched and labelled. Bending the knees slackens the hamstrings, which the gauge shows directly."""
    from ..muscles import SLR_LIMITS

    _check_ax(ax)
    _single(a, "hamstring_gauge", frame)
    check_choice("flexibility", flexibility, tuple(SLR_LIMITS))
    scale = 1.4
    ax.set_xlim(0, scale)
    ax.set_ylim(0, 1)
    ax.set_yticks([])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0, 1.25], ["0", "25", "50", "75", "100", "125"])
    ax.set_xlabel(f"hamstring stretch (% of the {flexibility} straight-leg-raise limit, "
                  f"{SLR_LIMITS[flexibility]:.0f}°)")
    ax.axvspan(1.0, scale, ymax=0.7, fc=VERMILLION, alpha=0.25, hatch="xx", ec=GREY, lw=0, zorder=0)
    ax.axvline(1.0, color=BLACK, lw=_lw(0.9), zorder=3)
    ax.text(0.99, 0.98, "stretch limit", ha="right", va="top", fontsize=_fs(0.7))
    bar = Rectangle((0, 0.1), 0.0, 0.5, fc=REDDISH_PURPLE, ec=BLACK, lw=_lw(0.4), zorder=2)
    ax.add_patch(bar)
    text = ax.text(0, 0.35, "", ha="left", va="center", fontsize=_fs(0.8), zorder=4,
                   bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85})
    out = HamstringGauge(ax=ax, artists={"bar": bar, "text": text}, flexibility=flexibility, scale=scale)
    return out.update(a, frame)


