"""Stick figure of the lifter and the horizontal moment arms drawn over it (x forward, y up, m)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.patches import Circle, PathPatch
from matplotlib.path import Path

from ..anthropometry import Body
from ..objects import PlacedObject
from ..statics import Analysis
from ..validation import InputTypeError, check_instance, check_number
from .base import PlotArtists, _check_ax, _check_flags, _choices, _com, _pt, _single, _val
from .style import (
    BLACK,
    BLUISH_GREEN,
    GREY,
    JOINT_LABEL,
    JOINT_STYLE,
    ORANGE,
    SKY_BLUE,
    VERMILLION,
    YELLOW,
    _fs,
    _lw,
    _ms,
)

# ---------------------------------------------------------------------------------------------------------------
# Stick figure

_JOINT_MARKS = ("ankle", "knee", "hip", "thoracolumbar", "shoulder", "elbow", "wrist")
_SEGMENT_COMS = ("shank", "thigh", "pelvis", "abdomen", "thorax", "upper_arm", "forearm")
#: Extent (width, height, m) kept free around the hands for a load in the figures' limits and moment-arm lines.
LOAD_BOX = (0.30, 0.20)
#: A point load (``load_mass`` at the hands, no object) is drawn as a round weight of this radius (m) centred on
#: the grip, where the model puts its mass; a real object (``obj=``) is drawn with its own outline.
POINT_LOAD_RADIUS = 0.06


def drawn_object(obj: PlacedObject | None, name: str = "obj") -> PlacedObject | None:
    """``obj`` if it has a shape to draw (a box, barbell or kettlebell), None for a point load or None."""
    if obj is None:
        return None
    if not isinstance(obj, PlacedObject):
        raise ValueError(f"{name} must be a placed object (Movement.load, hm.objects.place(...)), got {obj!r}")
    return obj if len(obj.outline) else None


def object_path(obj: PlacedObject, dx: float = 0.0, dy: float = 0.0) -> Path:
    """The outline of ``obj`` moved by (dx, dy) m as a Path (rows of NaN in the outline start a new sub-path)."""
    verts, codes, start = [], [], True
    for x, y in np.asarray(obj.outline, dtype=float):
        if not (np.isfinite(x) and np.isfinite(y)):
            start = True
            continue
        verts.append((x + dx, y + dy))
        codes.append(Path.MOVETO if start else Path.LINETO)
        start = False
    return Path(np.array(verts), codes)


def object_offset(obj: PlacedObject, hand: np.ndarray, load: float) -> tuple[float, float]:
    """Where the drawn object is: carried with the hands once it is held (``load`` > 0), else at rest where the task
    placed it (m, added to its outline)."""
    if load > 0:
        return float(hand[0] - obj.grip[0]), float(hand[1] - obj.grip[1])
    return 0.0, 0.0


def figure_limits(body: Body) -> tuple[tuple[float, float], tuple[float, float]]:
    """Axes limits (x, y in m) that hold every pose of ``body`` in the lifting ranges, equal aspect."""
    check_instance("body", body, Body, "a hinge_model.Body")
    h = body.height
    floor = -body.ankle_height
    return (-0.36 * h, 0.6 * h), (floor - 0.04 * h, 1.06 * h)


def fit_limits(ax: Axes, analyses: Sequence[Analysis], margin: float = 0.06,
               objects: Sequence[PlacedObject] = ()) -> None:
    """Set equal-aspect limits of ``ax`` around every point of ``analyses`` (head, load box and feet included)
    and the outline of each of ``objects`` where it rests and where the hands carry it."""
    _check_ax(ax)
    if isinstance(analyses, Analysis) or not isinstance(analyses, Sequence) or not analyses:
        raise InputTypeError(f"analyses must be a non-empty list of hinge_model Analysis objects, got {analyses!r}")
    for i, a in enumerate(analyses):
        check_instance(f"analyses[{i}]", a, Analysis, "a hinge_model Analysis (hm.analyze or a movement's .analysis)")
    margin = check_number("margin", margin, 0, 10, "m")
    if isinstance(objects, PlacedObject) or not isinstance(objects, Sequence):
        raise InputTypeError(f"objects must be a list of placed objects (hm.objects.place(...)), got {objects!r}")
    xs, ys = [], []
    for i, obj in enumerate(objects):
        shape = drawn_object(obj, f"objects[{i}]")
        if shape is None:
            continue
        for a in analyses:
            hand = np.asarray(a.points["hand"]).reshape(-1, 2)
            d = hand - np.asarray(shape.grip)
            d = np.vstack(([0.0, 0.0], d))
            for sub in (shape.outline[np.isfinite(shape.outline).all(axis=1)],):
                xs.append(np.ravel(sub[:, 0][None, :] + d[:, :1]))
                ys.append(np.ravel(sub[:, 1][None, :] + d[:, 1:]))
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


def _check_style(color: object, linestyle: object) -> None:
    from matplotlib.colors import is_color_like
    from matplotlib.lines import Line2D

    if not is_color_like(color):
        raise ValueError(f"color = {color!r} is not a Matplotlib colour; allowed: a colour name ('black'), "
                         "'#rrggbb' or an (r, g, b) tuple of numbers in [0, 1]")
    try:
        Line2D([], [], linestyle=linestyle)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        raise ValueError(f"linestyle = {linestyle!r} is not a line style; allowed: '-', '--', '-.', ':' or an "
                         "(offset, (on, off, ...)) dash tuple") from None


@dataclass
class StickFigure(PlotArtists):
    """Artists of :func:`stick_figure`. Roles: floor, base_of_support, foot, body, head, arm, joints, L5S1,
    segment_coms, com, plumb, load, load_label, balance_text. ``obj``: the object drawn (None: a load box at the
    hands)."""

    obj: PlacedObject | None = None

    def update(self, a: Analysis, frame: int | None = None) -> StickFigure:
        """Move every artist to analysis ``a`` (or to frame ``frame`` of a movement's analysis)."""
        frame = _single(a, "stick_figure", frame)
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
        if self.obj is None:
            art["load"].set_center((float(P["hand"][0]), float(P["hand"][1])))
            art["load"].set_visible(load > 0)
            art["load_label"].set_position((P["hand"][0] + POINT_LOAD_RADIUS + 0.02, P["hand"][1]))
            art["load_label"].set_horizontalalignment("left")  # beside the round weight, not over it
            art["load_label"].set_text(f"{load:.0f} kg" if load > 0 else "")
        else:  # the object: on the floor until the hands hold it, then carried with them
            dx, dy = object_offset(self.obj, P["hand"], load)
            path = object_path(self.obj, dx, dy)
            art["load"].set_path(path)
            lo, hi = path.vertices.min(axis=0), path.vertices.max(axis=0)
            art["load_label"].set_position((0.5 * (lo[0] + hi[0]), 0.5 * (lo[1] + hi[1])))
            art["load_label"].set_text(f"{self.obj.mass:.0f} kg")
        pose = a.pose if frame is None else a.pose[frame]
        body = a.body
        where = "inside" if balanced else "OUTSIDE"
        if self.obj is None:
            held = f"holding {load:.0f} kg"
        else:
            held = f"{'holding' if load > 0 else 'not yet holding'} the {self.obj.describe()}"
        self.alt_text = (
            f"Stick figure of a {body.mass:.0f} kg, {body.height:.2f} m {body.sex} (facing right) with ankle "
            f"{float(pose.ankle):.0f}°, knee {float(pose.knee):.0f}°, hip {float(pose.hip):.0f}°, lumbar "
            f"{float(pose.lumbar):.0f}° flexion, {held}, hand height {P['hand'][1] - floor:.2f} m; "
            f"whole-body CoM {100 * com[0]:.0f} cm in front of the ankle, {where} the base of support."
        )
        return self

    def dynamic_artists(self) -> list[Artist]:
        return [v for k, v in self.artists.items() if k != "floor" and isinstance(v, Artist)]


def stick_figure(ax: Axes, a: Analysis, *, frame: int | None = None, set_limits: bool = True,
                 color: str = BLACK, linestyle: str = "-", legend: bool = False,
                 obj: PlacedObject | None = None) -> StickFigure:
    """Draw the lifter in analysis ``a`` on ``ax``: segments, joints, segment CoMs, load, CoM plumb line, feet.

    ``frame`` picks one frame of a movement's analysis. ``color``/``linestyle`` style the body segments (e.g.
    :data:`TECHNIQUE_STYLE`). ``obj`` (a movement's ``.load``) draws the object itself, at rest on the floor until
    the hands hold it, instead of a load box at the hands. Returns a :class:`StickFigure`; call
    ``.update(new_analysis)`` to move it.
    """
    _check_ax(ax)
    _single(a, "stick_figure", frame)
    _check_flags(set_limits=set_limits, legend=legend)
    _check_style(color, linestyle)
    shape = drawn_object(obj)
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
    if shape is None:  # a point load: a round weight at the hands, unlike any real object
        art["load"] = Circle((0, 0), POINT_LOAD_RADIUS, fc=ORANGE, ec=BLACK, lw=_lw(0.6), hatch="..", alpha=0.9,
                             zorder=6, label="load at the hands")
    else:
        art["load"] = PathPatch(object_path(shape), fc=ORANGE, ec=BLACK, lw=_lw(0.6), hatch="//", alpha=0.9,
                                zorder=6, label=shape.kind)
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
    out = StickFigure(ax=ax, artists=art, obj=shape)
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
        frame = _single(a, "moment_arms", frame)
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
        _spread_labels(self.ax, [art[f"{j}->{t}:label"] for j in self.joints for t in ("upper_body", "load")])
        return self


def _spread_labels(ax: Axes, labels: Sequence[Any], pad: float = 1.25) -> None:
    """Move labels up just enough that no two overlap on screen (greedy, lowest first).

    Each label keeps its x; sizes are estimated from the font (0.6 em per character, ``pad`` line height), so
    the result is the same under Agg and in the browser view. Labels whose dimension lines are far apart on
    screen do not move.
    """
    shown = [t for t in labels if t.get_text()]
    if len(shown) < 2:
        return
    px = ax.figure.dpi / 72.0
    to_px, to_data = ax.transData.transform, ax.transData.inverted().transform
    boxes = []
    for t in shown:
        x, y = to_px(t.get_position())
        size = t.get_fontsize() * px
        boxes.append([t, x, y, 0.6 * size * len(t.get_text()) + 4 * px, pad * size + 2 * px])
    boxes.sort(key=lambda b: b[2])
    placed: list[list[Any]] = []
    for b in boxes:
        _, x, y, w, h = b
        for _, x2, y2, w2, h2 in sorted(placed, key=lambda p: p[2]):
            if abs(x - x2) < (w + w2) / 2 and abs(y - y2) < (h + h2) / 2:
                y = y2 + (h + h2) / 2
        b[2] = y
        placed.append(b)
        b[0].set_position(tuple(to_data((x, y))))


def moment_arms(ax: Axes, a: Analysis, *, joints: Sequence[str] = ("L5S1", "hip"),
                frame: int | None = None) -> MomentArms:
    """Overlay the horizontal moment arms from each of ``joints`` to the upper-body CoM and to the load.

    Each arm is a dimension line near the target's height (for the upper-body CoM: L5/S1 just above it, hip just
    below; for the load: both above the load box), with a thin vertical guide from the joint, labelled in cm
    (positive = target in front of the joint). Draw it over a
    :func:`stick_figure`.
    """
    _check_ax(ax)
    _single(a, "moment_arms", frame)
    joints = _choices("joints", joints, ("L5S1", "hip"))
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


