"""Figures of the lifting model that are drawn once and then updated in place.

Every ``draw`` function takes a Matplotlib ``Axes`` (or builds a figure, for the figure-level helpers) and returns a
small object holding the artists it made. Call ``obj.update(analysis)`` to move them to a new model state: the
artists are changed with ``set_data`` / ``set_height`` / ``set_text`` and nothing is cleared or re-plotted, so the
same functions drive static notebook figures, the live :class:`hinge_model.widgets.Explorer` and GIF animations.

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

import contextlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.patheffects as pe
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Rectangle
from matplotlib.text import Text

from .anthropometry import Body
from .conventions import ANGLE_RANGES
from .kinematics import hanging_arm_shoulder
from .pose import Pose
from .statics import Analysis, analyze
from .validation import check_choice, check_range

# ---------------------------------------------------------------------------------------------------------------
# Palette: Okabe M & Ito K (2008) Color Universal Design, https://jfly.uni-koeln.de/color/ (sRGB hex values).
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
OKABE_ITO: tuple[str, ...] = (BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE)
GREY = "#7F7F7F"  # neutral, for guides only

#: Style of each lifting technique: colour AND line style AND marker, so no meaning rests on colour alone.
TECHNIQUE_STYLE: dict[str, dict[str, str]] = {
    "hinge": {"color": BLUISH_GREEN, "linestyle": "-", "marker": "o"},
    "bend": {"color": VERMILLION, "linestyle": "--", "marker": "s"},
    "squat": {"color": BLUE, "linestyle": ":", "marker": "^"},
}
TECHNIQUES: tuple[str, ...] = ("hinge", "bend", "squat")

#: Style of each joint in bar charts and time series: colour AND hatch AND line style.
JOINT_STYLE: dict[str, dict[str, str]] = {
    "ankle": {"color": SKY_BLUE, "hatch": "..", "linestyle": ":"},
    "knee": {"color": BLUE, "hatch": "\\\\", "linestyle": "-."},
    "hip": {"color": BLUISH_GREEN, "hatch": "//", "linestyle": "-"},
    "L5S1": {"color": VERMILLION, "hatch": "xx", "linestyle": "--"},
    "lumbar": {"color": VERMILLION, "hatch": "xx", "linestyle": "--"},
    "shoulder": {"color": REDDISH_PURPLE, "hatch": "oo", "linestyle": (0, (5, 1, 1, 1))},
}
JOINT_LABEL: dict[str, str] = {"ankle": "ankle", "knee": "knee", "hip": "hip", "L5S1": "L5/S1", "lumbar": "lumbar",
                               "shoulder": "shoulder"}

#: One-line description of each plot function, for notebook captions and screen readers. The returned objects
#: carry a specific ``alt_text`` with the numbers of the state shown.
ALT_TEXT: dict[str, str] = {
    "stick_figure": "Side view stick figure of the lifter (facing right) with joint markers, segment centres of "
    "mass, the load at the hands, the whole-body centre of mass with a plumb line and the foot's base of support.",
    "moment_arms": "Horizontal moment arms from L5/S1 and the hip to the upper-body centre of mass and to the load, "
    "labelled in centimetres.",
    "moment_bars": "Bar chart of the net extensor moments at ankle, knee, hip and L5/S1 with each joint's share of "
    "its maximum strength.",
    "spine_gauges": "Three gauges: L5/S1 compression against the NIOSH 3400 N and 6400 N limits, shear against the "
    "700 N and 1000 N limits, and the share of the lumbar moment carried by passive tissues.",
    "hamstring_gauge": "Gauge of hamstring stretch as a fraction of its stretch limit.",
    "compare_techniques": "Three stick figures side by side - hip hinge, bend (stoop) and squat - picking up the same "
    "load from the same place, with L5/S1 and hip moment arms and the resulting loads.",
    "lift_timeseries": "Joint angles, joint moments and L5/S1 compression against time through one lift, with the "
    "pick-up instant marked.",
    "posture_heatmap": "Heat map of an L5/S1 load over hip flexion (x) and lumbar flexion (y), with the paths of "
    "the hinge, bend and squat drawn on it.",
    "animate_lift": "Animated stick figure of one lift from upright to the pick-up and back.",
}

def spine_limit(name: str) -> float:
    """A spine limit (N) from :data:`hinge_model.spine.LIMITS` (e.g. ``"NIOSH_ACTION_LIMIT"``), the single source."""
    from .spine import LIMITS

    return float(LIMITS[name])


# ---------------------------------------------------------------------------------------------------------------
# Styles

_BASE_RC: dict[str, Any] = {
    "axes.prop_cycle": mpl.cycler(color=[BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, BLUE, VERMILLION, REDDISH_PURPLE])
    + mpl.cycler(linestyle=["-", "--", ":", "-.", (0, (5, 1)), (0, (3, 1, 1, 1)), (0, (1, 1))]),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "image.cmap": "cividis",  # perceptually uniform and colour-vision-deficiency friendly (Nunez et al. 2018)
}

#: rcParams for projecting at 1280 x 720 px (12.8 x 7.2 in at 100 dpi) in a lecture hall.
PRESENTER_RC: dict[str, Any] = {
    **_BASE_RC,
    "figure.figsize": (12.8, 7.2),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 18,
    "axes.titlesize": 22,
    "axes.labelsize": 20,
    "xtick.labelsize": 17,
    "ytick.labelsize": 17,
    "legend.fontsize": 16,
    "lines.linewidth": 4.0,
    "lines.markersize": 11,
    "axes.linewidth": 1.8,
    "xtick.major.width": 1.8,
    "ytick.major.width": 1.8,
    "hatch.linewidth": 1.5,
}


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Normal (notebook) style: Okabe-Ito colour cycle paired with line styles, cividis colour maps."""
    with mpl.rc_context(_BASE_RC):
        yield


@contextlib.contextmanager
def presenter() -> Iterator[None]:
    """Presenter mode for a lecture hall: 1280x720 figures, large fonts, thick lines.

    >>> with presenter():                                 # doctest: +SKIP
    ...     fig, art = compare_techniques(body, 15.0, 0.25)
    """
    with mpl.rc_context(PRESENTER_RC):
        yield


def _lw(factor: float = 1.0) -> float:
    return float(mpl.rcParams["lines.linewidth"]) * factor


def _ms(factor: float = 1.0) -> float:
    return float(mpl.rcParams["lines.markersize"]) * factor


def _fs(factor: float = 1.0) -> float:
    from matplotlib.font_manager import FontProperties

    return float(FontProperties(size=mpl.rcParams["font.size"]).get_size_in_points()) * factor


# ---------------------------------------------------------------------------------------------------------------
# Helpers


def _single(a: Analysis, what: str) -> None:
    if not isinstance(a, Analysis):
        raise ValueError(f"{what} needs a hinge_model Analysis (from hm.analyze), got {type(a).__name__}")


def _pt(a: Analysis, name: str, frame: int | None) -> np.ndarray:
    p = np.asarray(a.points[name])
    if frame is not None:
        p = p[frame]
    if p.shape != (2,):
        raise ValueError(f"analysis must hold a single pose (or pass frame=i), got points of shape {p.shape}")
    return p


def _val(x: Any, frame: int | None) -> float:
    arr = np.asarray(x)
    if frame is not None and arr.ndim:
        arr = arr[frame]
    return float(arr)


def _com(a: Analysis, seg: str, frame: int | None) -> np.ndarray:
    c = np.asarray(a.segments[seg].com)
    return c[frame] if frame is not None else c


@dataclass
class PlotArtists:
    """Artists made by one plot function, updatable in place.

    ``artists`` maps a role (e.g. ``"L5S1"``, ``"plumb"``) to the Matplotlib artist (or list of artists);
    ``alt_text`` is a one-line description of what is shown now.
    """

    ax: Any
    artists: dict[str, Any] = field(default_factory=dict)
    alt_text: str = ""

    def all_artists(self) -> list[Artist]:
        """Every artist made (flattened), e.g. to mark them animated for blitting."""
        out: list[Artist] = []
        for v in self.artists.values():
            if isinstance(v, Artist):
                out.append(v)
            elif isinstance(v, dict):
                out.extend(x for x in v.values() if isinstance(x, Artist))
            elif isinstance(v, list | tuple):
                out.extend(x for x in v if isinstance(x, Artist))
        return out

    def dynamic_artists(self) -> list[Artist]:
        """Artists that change on ``update`` (the ones to blit)."""
        return self.all_artists()

    def update(self, a: Any, frame: int | None = None) -> PlotArtists:  # pragma: no cover - overridden
        raise NotImplementedError


# ---------------------------------------------------------------------------------------------------------------
# Stick figure

_JOINT_MARKS = ("ankle", "knee", "hip", "thoracolumbar", "shoulder", "elbow", "wrist")
_SEGMENT_COMS = ("shank", "thigh", "pelvis", "abdomen", "thorax", "upper_arm", "forearm")
#: Load box drawn centred on the grip (the model puts the load's mass at the grip point), m.
LOAD_BOX = (0.30, 0.20)


def figure_limits(body: Body) -> tuple[tuple[float, float], tuple[float, float]]:
    """Axes limits (x, y in m) that hold every pose of ``body`` in the lifting ranges, equal aspect."""
    h = body.height
    floor = -body.ankle_height
    return (-0.36 * h, 0.6 * h), (floor - 0.04 * h, 1.06 * h)


def fit_limits(ax: Axes, analyses: Sequence[Analysis], margin: float = 0.06) -> None:
    """Set equal-aspect limits of ``ax`` around every point of ``analyses`` (head, load box and feet included)."""
    xs, ys = [], []
    for a in analyses:
        for p in a.points.values():
            xs.append(np.ravel(np.asarray(p)[..., 0]))
            ys.append(np.ravel(np.asarray(p)[..., 1]))
        hand = np.asarray(a.points["hand"])
        xs.append(np.ravel(hand[..., 0]) + LOAD_BOX[0] / 2)
        ys.append(np.ravel(hand[..., 1]) - LOAD_BOX[1] / 2)
        xs.append(np.ravel(np.asarray(a.points["vertex"])[..., 0]) + 0.1 * a.body.height)
        ys.append(np.ravel(np.asarray(a.points["vertex"])[..., 1]) + 0.1 * a.body.height)
    x, y = np.concatenate(xs), np.concatenate(ys)
    ax.set_xlim(x.min() - margin, x.max() + margin)
    ax.set_ylim(y.min() - margin, y.max() + 2 * margin)
    ax.set_aspect("equal", adjustable="box")


@dataclass
class StickFigure(PlotArtists):
    """Artists of :func:`stick_figure`. Roles: floor, base_of_support, foot, body, head, arm, joints, L5S1,
    segment_coms, com, plumb, load, load_label, balance_text."""

    def update(self, a: Analysis, frame: int | None = None) -> StickFigure:
        """Move every artist to analysis ``a`` (or to frame ``frame`` of a movement's analysis)."""
        _single(a, "stick_figure")
        art = self.artists
        P = {k: _pt(a, k, frame) for k in ("ankle", "knee", "hip", "L5S1", "thoracolumbar", "shoulder", "neck",
                                            "vertex", "elbow", "wrist", "hand", "heel", "toe")}
        floor = float(P["heel"][1])
        art["floor"].set_ydata([floor, floor])
        art["base_of_support"].set_data([P["heel"][0], P["toe"][0]], [floor, floor])
        art["foot"].set_data(*np.array([P["heel"], P["ankle"], P["toe"]]).T)
        chain = np.array([P[k] for k in ("ankle", "knee", "hip", "L5S1", "thoracolumbar", "shoulder", "neck")])
        art["body"].set_data(chain[:, 0], chain[:, 1])
        art["head"].set_center(tuple((P["neck"] + P["vertex"]) / 2))
        art["head"].set_radius(float(np.hypot(*(P["vertex"] - P["neck"]))) / 2)
        arm = np.array([P[k] for k in ("shoulder", "elbow", "wrist", "hand")])
        art["arm"].set_data(arm[:, 0], arm[:, 1])
        joints = np.array([P[k] for k in _JOINT_MARKS])
        art["joints"].set_data(joints[:, 0], joints[:, 1])
        art["L5S1"].set_data([P["L5S1"][0]], [P["L5S1"][1]])
        coms = np.array([_com(a, s, frame) for s in _SEGMENT_COMS])
        art["segment_coms"].set_data(coms[:, 0], coms[:, 1])
        com = np.asarray(a.com)[frame] if frame is not None else np.asarray(a.com)
        art["com"].set_data([com[0]], [com[1]])
        balanced = bool(P["heel"][0] <= com[0] <= P["toe"][0])
        art["plumb"].set_data([com[0], com[0]], [com[1], floor])
        art["plumb"].set_color(BLACK if balanced else VERMILLION)
        art["balance_text"].set_text("" if balanced else "CoM outside\nbase of support")
        art["balance_text"].set_position((com[0] + 0.02, floor + 0.02))
        load = _val(a.load_mass, frame)
        w, h = LOAD_BOX
        art["load"].set_xy((P["hand"][0] - w / 2, P["hand"][1] - h / 2))
        art["load"].set_visible(load > 0)
        art["load_label"].set_position((P["hand"][0], P["hand"][1]))
        art["load_label"].set_text(f"{load:.0f} kg" if load > 0 else "")
        pose = a.pose if frame is None else a.pose[frame]
        body = a.body
        where = "inside" if balanced else "OUTSIDE"
        self.alt_text = (
            f"Stick figure of a {body.mass:.0f} kg, {body.height:.2f} m {body.sex} (facing right) with ankle "
            f"{float(pose.ankle):.0f}°, knee {float(pose.knee):.0f}°, hip {float(pose.hip):.0f}°, lumbar "
            f"{float(pose.lumbar):.0f}° flexion, holding {load:.0f} kg at hand height {P['hand'][1] - floor:.2f} m; "
            f"whole-body CoM {100 * com[0]:.0f} cm in front of the ankle, {where} the base of support."
        )
        return self

    def dynamic_artists(self) -> list[Artist]:
        return [v for k, v in self.artists.items() if k != "floor" and isinstance(v, Artist)]


def stick_figure(ax: Axes, a: Analysis, *, frame: int | None = None, set_limits: bool = True,
                 color: str = BLACK, linestyle: str = "-", legend: bool = False) -> StickFigure:
    """Draw the lifter in analysis ``a`` on ``ax``: segments, joints, segment CoMs, load, CoM plumb line, feet.

    ``frame`` picks one frame of a movement's analysis. ``color``/``linestyle`` style the body segments (e.g.
    :data:`TECHNIQUE_STYLE`). Returns a :class:`StickFigure`; call ``.update(new_analysis)`` to move it.
    """
    _single(a, "stick_figure")
    lw = _lw(1.6)
    art: dict[str, Any] = {}
    art["floor"] = ax.axhline(0.0, color=GREY, lw=_lw(0.8), zorder=1)
    art["base_of_support"] = ax.plot([], [], color=BLUISH_GREEN, ls="-", lw=_lw(2.4), solid_capstyle="butt", zorder=2,
                                     label="base of support")[0]
    art["foot"] = ax.plot([], [], color=color, lw=lw, ls=linestyle, solid_joinstyle="round", zorder=3)[0]
    art["body"] = ax.plot([], [], color=color, lw=lw, ls=linestyle, solid_joinstyle="round",
                          solid_capstyle="round", zorder=3)[0]
    art["arm"] = ax.plot([], [], color=color, lw=lw * 0.8, ls=linestyle, solid_joinstyle="round",
                         solid_capstyle="round", zorder=4)[0]
    art["head"] = Circle((0, 0), 0.1, fill=False, ec=color, lw=lw, ls=linestyle, zorder=3)
    ax.add_patch(art["head"])
    art["joints"] = ax.plot([], [], ls="none", marker="o", ms=_ms(0.75), mfc="white", mec=color, mew=_lw(0.6),
                            zorder=5, label="joint")[0]
    art["L5S1"] = ax.plot([], [], ls="none", marker="D", ms=_ms(1.0), mfc=VERMILLION, mec=BLACK, mew=_lw(0.5),
                          zorder=6, label="L5/S1")[0]
    art["segment_coms"] = ax.plot([], [], ls="none", marker=".", ms=_ms(0.9), color=GREY, zorder=4,
                                  label="segment CoM")[0]
    art["plumb"] = ax.plot([], [], ls=(0, (4, 2)), lw=_lw(0.9), color=BLACK, zorder=2, label="CoM plumb line")[0]
    art["com"] = ax.plot([], [], ls="none", marker="o", ms=_ms(1.4), mfc=YELLOW, mec=BLACK, mew=_lw(0.6), zorder=7,
                         label="whole-body CoM")[0]
    art["balance_text"] = ax.text(0, 0, "", color=VERMILLION, ha="left", va="bottom", fontsize=_fs(0.75), zorder=8)
    w, h = LOAD_BOX
    art["load"] = Rectangle((0, 0), w, h, fc=ORANGE, ec=BLACK, lw=_lw(0.6), hatch="//", alpha=0.9, zorder=6,
                            label="load")
    ax.add_patch(art["load"])
    art["load_label"] = ax.text(0, 0, "", ha="center", va="center", fontsize=_fs(0.75), zorder=9,
                                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
    if set_limits:
        xl, yl = figure_limits(a.body)
        ax.set_xlim(*xl)
        ax.set_ylim(*yl)
        ax.set_aspect("equal", adjustable="box")
        ax.set_xlabel("forward of the ankle (m)")
        ax.set_ylabel("height above the ankle (m)")
    if legend:
        ax.legend(handles=[art[k] for k in ("joints", "L5S1", "segment_coms", "com", "plumb", "base_of_support",
                                            "load")], loc="upper left", fontsize=_fs(0.8))
    out = StickFigure(ax=ax, artists=art)
    return out.update(a, frame)


# ---------------------------------------------------------------------------------------------------------------
# Moment arms


@dataclass
class MomentArms(PlotArtists):
    """Artists of :func:`moment_arms`; ``values[(joint, target)]`` holds the horizontal distances (m) shown."""

    joints: tuple[str, ...] = ("L5S1", "hip")
    values: dict[tuple[str, str], float] = field(default_factory=dict)

    def update(self, a: Analysis, frame: int | None = None) -> MomentArms:
        """Move the dimension lines and labels to analysis ``a``."""
        _single(a, "moment_arms")
        art = self.artists
        ub = np.asarray(a.upper_body_com)
        ub = ub[frame] if frame is not None else ub
        hand = _pt(a, "hand", frame)
        load = _val(a.load_mass, frame)
        art["upper_body_com"].set_data([ub[0]], [ub[1]])
        parts = []
        for j in self.joints:
            pj = _pt(a, j, frame)
            up = 1.0 if j == "L5S1" else -1.0
            above_box = LOAD_BOX[1] / 2 + (0.05 if j == "L5S1" else 0.15)  # both load lines above the box
            for target, tp, dy in (("upper_body", ub, 0.06 * up), ("load", hand, above_box)):
                key = f"{j}->{target}"
                d = float(tp[0] - pj[0])
                self.values[(j, target)] = d
                # dimension line at the target's height, from the joint's x to the target's x
                y = float(tp[1]) + dy
                visible = target == "upper_body" or load > 0
                art[key].set_data([pj[0], tp[0]], [y, y])
                art[key].set_visible(visible)
                art[key + ":guide"].set_data([pj[0], pj[0]], [pj[1], y])
                art[key + ":guide"].set_visible(visible)
                art[key + ":label"].set_position(((pj[0] + tp[0]) / 2, y))
                art[key + ":label"].set_text(f"{100 * d:.0f} cm" if visible else "")
                if visible:
                    parts.append(f"{JOINT_LABEL[j]} to {target.replace('_', ' ')} {100 * d:.0f} cm")
        self.alt_text = "Horizontal moment arms: " + "; ".join(parts) + "."
        return self


def moment_arms(ax: Axes, a: Analysis, *, joints: Sequence[str] = ("L5S1", "hip"),
                frame: int | None = None) -> MomentArms:
    """Overlay the horizontal moment arms from each of ``joints`` to the upper-body CoM and to the load.

    Each arm is a dimension line near the target's height (for the upper-body CoM: L5/S1 just above it, hip just
    below; for the load: both above the load box), with a thin vertical guide from the joint, labelled in cm
    (positive = target in front of the joint). Draw it over a
    :func:`stick_figure`.
    """
    _single(a, "moment_arms")
    joints = tuple(check_choice("joint", j, ("L5S1", "hip")) for j in joints)
    art: dict[str, Any] = {}
    art["upper_body_com"] = ax.plot([], [], ls="none", marker="P", ms=_ms(1.3), mfc=SKY_BLUE, mec=BLACK,
                                    mew=_lw(0.5), zorder=8, label="upper-body CoM (above L5/S1)")[0]
    for j in joints:
        st = JOINT_STYLE[j]
        for target, mk in (("upper_body", "|"), ("load", "|")):
            key = f"{j}->{target}"
            art[key] = ax.plot([], [], color=st["color"], ls=st["linestyle"], lw=_lw(1.1), marker=mk,
                               ms=_ms(1.0), zorder=7, label=f"{JOINT_LABEL[j]} moment arm")[0]
            art[key + ":guide"] = ax.plot([], [], color=st["color"], ls=(0, (1, 2)), lw=_lw(0.6), zorder=2)[0]
            art[key + ":label"] = ax.text(0, 0, "", color=BLACK, ha="center", va="center", fontsize=_fs(0.75), zorder=9,
                                          bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": st["color"],
                                                "lw": 0.8, "alpha": 0.85})
    out = MomentArms(ax=ax, artists=art, joints=joints)
    return out.update(a, frame)


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
        from .capacity import CAPACITY_JOINTS, joint_strength

        _single(a, "moment_bars")
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
    _single(a, "moment_bars")
    joints = tuple(joints)
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
        _single(a, "spine_gauges")
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
                 shear_max: float = 1500.0, labels: bool = True) -> SpineGauges:
    """Three horizontal gauges inside ``ax``: L5/S1 compression (N) with the NIOSH action limit (3400 N, dashed)
    and maximum permissible limit (6400 N, solid); shear magnitude (N) with the frequent (700 N, dashed) and
    occasional (1000 N, solid) limits; and the passive share of the lumbar moment (%).

    Zones beyond the limits are hatched and the limits are labelled, so colour is never the only cue.
    ``labels=False`` hides the value texts (the live explorer shows the numbers as HTML text instead).
    """
    _single(a, "spine_gauges")
    ax.set_axis_off()
    al, mp = spine_limit("NIOSH_ACTION_LIMIT"), spine_limit("NIOSH_MAX_PERMISSIBLE")
    fr, oc = spine_limit("SHEAR_LIMIT_FREQUENT"), spine_limit("SHEAR_LIMIT_OCCASIONAL")
    specs = [
        ("compression", "L5/S1 compression (N)", compression_max, [(al, "action limit", "--"),
                                                                   (mp, "max. permissible", "-")]),
        ("shear", "L5/S1 shear (N)", shear_max, [(fr, "frequent", "--"), (oc, "occasional", "-")]),
        ("passive_share", "passive share of the lumbar moment (%)", 100.0, []),
    ]
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
        from .muscles import hamstring_stretch_fraction, hamstring_stretch_limit

        _single(a, "hamstring_gauge")
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
    from .muscles import SLR_LIMITS

    _single(a, "hamstring_gauge")
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


# ---------------------------------------------------------------------------------------------------------------
# Technique comparison


def _movement(technique: str, body: Body, load_mass: float, target_height: float, load_x: float | None,
              frames: int = 60) -> Any:
    from .movements import movement

    return movement(technique, body, load_mass=load_mass, target_height=target_height, load_x=load_x, frames=frames)


def pickup_analysis(body: Body, technique: str, load_mass: float, target_height: float,
                    load_x: float | None = None) -> Analysis:
    """Analysis of ``technique``'s pick-up posture (``hm.movement(...).poses[pickup]``) holding ``load_mass``."""
    check_choice("technique", technique, TECHNIQUES)
    m = _movement(technique, body, load_mass, target_height, load_x, frames=5)
    return analyze(body, m.poses[m.pickup], load_mass)


def _summary(a: Analysis) -> str:
    line1 = f"L5/S1 {float(a.moments['L5S1']):.0f} N·m   hip {float(a.moments['hip']):.0f} N·m"
    if a.spine is None:
        return line1
    return line1 + (f"\ncompression {float(a.spine.compression):,.0f} N\nshear {float(a.spine.shear):,.0f} N   "
                    f"passive {100 * float(a.spine.passive_share):.0f} %")


class Comparison:
    """Result of :func:`compare_techniques`: ``figure``, ``axes`` and ``panels[technique]`` =
    ``(StickFigure, MomentArms, summary Text)``, ``analyses[technique]``, ``alt_text``."""

    def __init__(self, figure: Figure, axes: dict[str, Axes]) -> None:
        self.figure = figure
        self.axes = axes
        self.panels: dict[str, tuple[StickFigure, MomentArms, Text]] = {}
        self.analyses: dict[str, Analysis] = {}
        self.alt_text = ""

    def update(self, analyses: dict[str, Analysis]) -> Comparison:
        """Move each panel to ``analyses[technique]``."""
        parts = []
        for t, a in analyses.items():
            stick, arms, text = self.panels[t]
            stick.update(a)
            arms.update(a)
            text.set_text(_summary(a))
            self.analyses[t] = a
            parts.append(f"{t}: L5/S1 moment arm to the load {100 * arms.values[('L5S1', 'load')]:.0f} cm, "
                         f"L5/S1 {float(a.moments['L5S1']):.0f} N·m, hip {float(a.moments['hip']):.0f} N·m")
        self.alt_text = "Three techniques lifting the same load from the same place - " + "; ".join(parts) + "."
        return self

    def __repr__(self) -> str:
        return f"<Comparison of {', '.join(self.panels)}>"


def compare_techniques(body: Body, load_mass: float, target_height: float, load_x: float | None = None, *,
                       techniques: Sequence[str] = TECHNIQUES, figsize: tuple[float, float] | None = None
                       ) -> Comparison:
    """Figure with one panel per technique (hinge, bend, squat) at its pick-up posture for the same task.

    Each panel: the stick figure (technique colour + line style), the L5/S1 and hip moment arms in cm, and the
    L5/S1 and hip moments (and spine loads) written under it. Panels share axes limits so sizes compare.
    """
    techniques = tuple(check_choice("technique", t, TECHNIQUES) for t in techniques)
    load_mass = float(check_range("load_mass", load_mass, 0.0, 300.0, unit="kg"))
    analyses = {t: pickup_analysis(body, t, load_mass, target_height, load_x) for t in techniques}
    if figsize is None:
        w, h = mpl.rcParams["figure.figsize"]
        figsize = (max(w, 4.0 * len(techniques)), max(h, 6.0))
    with plt.ioff():
        fig, axs = plt.subplots(1, len(techniques), figsize=figsize, layout="constrained", squeeze=False)
    axes = dict(zip(techniques, axs[0], strict=True))
    out = Comparison(fig, axes)
    for t, ax in axes.items():
        st = TECHNIQUE_STYLE[t]
        a = analyses[t]
        # each panel is titled with its technique, so the body keeps a solid line (dotted thick lines read badly)
        stick = stick_figure(ax, a, color=st["color"])
        arms = moment_arms(ax, a)
        ax.set_title(t, fontweight="bold")
        text = ax.text(0.02, 0.98, "", transform=ax.transAxes, ha="left", va="top", fontsize=_fs(0.8),
                       linespacing=1.3)
        fit_limits(ax, list(analyses.values()))  # same limits (same scale) in every panel
        if ax is not axs[0][0]:
            ax.set_ylabel("")
            ax.tick_params(labelleft=False)
        out.panels[t] = (stick, arms, text)
    out.update(analyses)
    load_at = "over the mid-foot" if load_x is None else f"{100 * load_x:.0f} cm in front of the ankle"
    fig.suptitle(f"{load_mass:.0f} kg picked up at hand height {target_height:.2f} m, {load_at}",
                 fontsize=mpl.rcParams["axes.titlesize"])
    return out


# ---------------------------------------------------------------------------------------------------------------
# Time series of a lift

TIMESERIES_ANGLES: tuple[str, ...] = ("ankle", "knee", "hip", "lumbar")
TIMESERIES_MOMENTS: tuple[str, ...] = ("ankle", "knee", "hip", "L5S1")


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
        for ln in self.cursor:
            ln.set_xdata([t[i], t[i]])

    def __repr__(self) -> str:
        return f"<LiftTimeseries panels={list(self.axes)}>"


def lift_timeseries(movement: Any, *, figsize: tuple[float, float] | None = None) -> LiftTimeseries:
    """Figure of a lift against time: joint angles (deg), joint moments (N*m) and, when the spine model is
    present, L5/S1 compression with the NIOSH limits. The pick-up frame is marked on every panel."""
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


# ---------------------------------------------------------------------------------------------------------------
# Posture-space heat map

HEATMAP_QUANTITIES: dict[str, str] = {
    "compression": "L5/S1 compression (N)",
    "shear": "L5/S1 shear (N, + anterior)",
    "passive_share": "passive share of the lumbar moment (%)",
    "L5S1_moment": "L5/S1 net moment (N·m)",
}


def arms_hanging(ankle: Any, knee: Any, hip: Any, lumbar: Any) -> np.ndarray:
    """Shoulder flexion (deg) that keeps the arms hanging straight down (upper-arm angle 0), clipped to its range.

    From :mod:`hinge_model.conventions`: upper-arm angle = shoulder - thorax, thorax = ankle - knee + hip + lumbar.
    """
    return np.clip(hanging_arm_shoulder(ankle, knee, hip, lumbar), *ANGLE_RANGES["shoulder"])


def _quantity(a: Analysis, quantity: str) -> np.ndarray:
    if quantity == "L5S1_moment":
        return np.asarray(a.moments["L5S1"], dtype=float)
    if a.spine is None:
        raise ValueError(f"quantity = {quantity!r} needs the spine model (hinge_model.spine), which is not available")
    v = np.asarray(getattr(a.spine, quantity), dtype=float)
    return 100 * v if quantity == "passive_share" else v


class PostureHeatmap(PlotArtists):
    """Artists of :func:`posture_heatmap`: ``mesh`` (QuadMesh; ``values`` its data), ``contours``, ``paths``
    (technique -> Line2D over (hip, lumbar)), ``colorbar``."""

    def __init__(self, ax: Axes, artists: dict[str, Any], hip: np.ndarray, lumbar: np.ndarray,
                 values: np.ndarray, quantity: str) -> None:
        super().__init__(ax=ax, artists=artists)
        self.hip, self.lumbar, self.values, self.quantity = hip, lumbar, values, quantity

    def update(self, a: Analysis, frame: int | None = None) -> PostureHeatmap:
        """Refill the colour map from an analysis over the same (lumbar, hip) grid."""
        self.values = _quantity(a, self.quantity)
        self.artists["mesh"].set_array(self.values)
        lo, hi = float(np.min(self.values)), float(np.max(self.values))
        self.alt_text = (f"Heat map of {HEATMAP_QUANTITIES[self.quantity]} over hip flexion "
                         f"{self.hip.min():.0f} to {self.hip.max():.0f}° and lumbar flexion {self.lumbar.min():.0f} "
                         f"to {self.lumbar.max():.0f}°, from {lo:.0f} to {hi:.0f}, with the techniques' paths.")
        return self


def posture_heatmap(ax: Axes, body: Body, load_mass: float, quantity: str = "compression", *,
                    knee: float = 20.0, ankle: float = 5.0, hip_range: tuple[float, float] = (0.0, 130.0),
                    lumbar_range: tuple[float, float] = (-10.0, 60.0), n: int = 61,
                    target_height: float | None = 0.25, load_x: float | None = None,
                    techniques: Sequence[str] = TECHNIQUES, colorbar: bool = True) -> PostureHeatmap:
    """Heat map of an L5/S1 load over (hip flexion, lumbar flexion) with knee and ankle fixed and arms hanging.

    One vectorised :func:`~hinge_model.statics.analyze` call on a meshgrid pose. Limits are drawn as labelled
    contours (compression 3400/6400 N, shear 700/1000 N). If ``target_height`` is given, each technique's lift
    (``hm.movement``) is drawn as its (hip, lumbar) path with the pick-up marked; note that the squat path also
    bends the knees, which the map (fixed ``knee``) does not.
    """
    quantity = check_choice("quantity", quantity, tuple(HEATMAP_QUANTITIES))
    for nm, rng in (("hip_range", hip_range), ("lumbar_range", lumbar_range)):
        joint = nm.split("_")[0]
        lo, hi = ANGLE_RANGES[joint]
        check_range(nm, np.asarray(rng), lo, hi, unit="deg")
    hip = np.linspace(*hip_range, n)
    lumbar = np.linspace(*lumbar_range, n)
    H, L = np.meshgrid(hip, lumbar)  # rows: lumbar, columns: hip
    pose = Pose(ankle=ankle, knee=knee, hip=H, lumbar=L, shoulder=arms_hanging(ankle, knee, H, L))
    a = analyze(body, pose, load_mass)
    values = _quantity(a, quantity)
    art: dict[str, Any] = {}
    art["mesh"] = ax.pcolormesh(hip, lumbar, values, cmap="cividis", shading="nearest", rasterized=True, zorder=0)
    levels: list[tuple[float, str, str]] = []
    if quantity == "compression":
        levels = [(spine_limit("NIOSH_ACTION_LIMIT"), "--", "action limit"),
                  (spine_limit("NIOSH_MAX_PERMISSIBLE"), "-", "max. permissible")]
    elif quantity == "shear":
        levels = [(spine_limit("SHEAR_LIMIT_FREQUENT"), "--", "frequent"),
                  (spine_limit("SHEAR_LIMIT_OCCASIONAL"), "-", "occasional")]
    art["contours"] = []
    for lev, ls, text in levels:
        if np.nanmin(values) < lev < np.nanmax(values):
            cs = ax.contour(hip, lumbar, values, levels=[lev], colors=BLACK, linestyles=ls, linewidths=_lw(0.9))
            cs.set_path_effects([pe.withStroke(linewidth=_lw(2.2), foreground="white")])
            for lab in ax.clabel(cs, fmt={lev: f"{text} {lev:.0f} N"}, fontsize=_fs(0.75), inline=True):
                lab.set_path_effects([pe.withStroke(linewidth=3, foreground="white")])
            art["contours"].append(cs)
    if colorbar:
        art["colorbar"] = ax.figure.colorbar(art["mesh"], ax=ax, label=HEATMAP_QUANTITIES[quantity])
    art["paths"] = {}
    art["pickups"] = {}
    if target_height is not None:
        for t in techniques:
            st = TECHNIQUE_STYLE[t]
            m = _movement(t, body, load_mass, target_height, load_x)
            hp, lp = np.asarray(m.poses.hip), np.asarray(m.poses.lumbar)
            art["paths"][t] = ax.plot(hp, lp, color="white", lw=_lw(2.6), zorder=3)[0]  # halo for contrast
            art["paths"][t + ":line"] = ax.plot(hp, lp, color=st["color"], ls=st["linestyle"], lw=_lw(1.4),
                                                zorder=4, label=t)[0]
            art["pickups"][t] = ax.plot([hp[m.pickup]], [lp[m.pickup]], ls="none", marker=st["marker"],
                                        ms=_ms(1.4), mfc=st["color"], mec="white", mew=_lw(0.5), zorder=5)[0]
        ax.legend(handles=[Line2D([], [], color=TECHNIQUE_STYLE[t]["color"], ls=TECHNIQUE_STYLE[t]["linestyle"],
                                  marker=TECHNIQUE_STYLE[t]["marker"], lw=_lw(1.2), label=t) for t in techniques],
                  loc="upper right", frameon=True, fontsize=_fs(0.75), title="path (marker: pick-up)",
                  title_fontsize=_fs(0.7))
    ax.set_xlabel("hip flexion (deg)")
    ax.set_ylabel("lumbar flexion (deg)")
    ax.set_title(f"{load_mass:.0f} kg; map at knee {knee:.0f}°, ankle {ankle:.0f}°, arms hanging", fontsize=_fs(0.85))
    out = PostureHeatmap(ax, art, hip, lumbar, values, quantity)
    return out.update(a)


# ---------------------------------------------------------------------------------------------------------------
# Export


def save_figure(fig: Figure, path: str | Path, formats: Sequence[str] = ("png", "svg"), *,
                dpi: float | None = None) -> list[Path]:
    """Save ``fig`` as ``path`` with each suffix in ``formats`` (e.g. ``fig.png`` and ``fig.svg``); returns paths.

    SVG text stays text (``svg.fonttype = "none"``) so it remains searchable and readable by screen readers.
    """
    base = Path(path)
    if base.suffix.lstrip(".") in ("png", "svg", "pdf"):
        base = base.with_suffix("")
    out = []
    for fmt in formats:
        fmt = check_choice("format", fmt, ("png", "svg", "pdf"))
        p = base.with_suffix("." + fmt)
        p.parent.mkdir(parents=True, exist_ok=True)
        with mpl.rc_context({"svg.fonttype": "none"}):
            fig.savefig(p, format=fmt, dpi=dpi, bbox_inches="tight")
        out.append(p)
    return out


def figure_png(fig: Figure, *, dpi: float | None = None) -> bytes:
    """PNG bytes of ``fig`` (what the inline backend sends), e.g. for an ``ipywidgets.Image``."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


def animate_lift(movement: Any, path: str | Path, *, fps: int = 12, every: int = 2, dpi: int = 80,
                 size: tuple[float, float] = (3.6, 5.0)) -> Path:
    """Write an animated GIF of ``movement`` (stick figure + L5/S1 moment arms) with PillowWriter; returns the path.

    ``every`` keeps every n-th frame and ``dpi``/``size`` keep the file small (288 x 400 px, about 150-300 kB).
    """
    from matplotlib.animation import PillowWriter

    if every < 1 or fps < 1:
        raise ValueError(f"every and fps must be >= 1, got every={every}, fps={fps}")
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    a = movement.analysis
    t = np.asarray(movement.time)
    with plt.ioff():
        fig, ax = plt.subplots(figsize=size, layout="constrained")
    try:
        stick = stick_figure(ax, a, frame=0)
        arms = moment_arms(ax, a, joints=("L5S1",), frame=0)
        fit_limits(ax, [a])  # every frame of the lift, zoomed on the motion
        title = ax.set_title("")
        writer = PillowWriter(fps=fps)
        with writer.saving(fig, str(p), dpi):
            frames = list(range(0, len(t), every))
            if frames[-1] != len(t) - 1:
                frames.append(len(t) - 1)
            for i in frames:
                stick.update(a, i)
                arms.update(a, i)
                title.set_text(f"t = {t[i]:.2f} s   L5/S1 {float(np.asarray(a.moments['L5S1'])[i]):.0f} N·m")
                writer.grab_frame()
    finally:
        plt.close(fig)
    return p
