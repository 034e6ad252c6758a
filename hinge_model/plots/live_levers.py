"""Live figures of levers and moments (notebooks 00, 02, 03): each built once, updated in place, shown by the
browser-side live view (:mod:`.live`). Every function returns a :class:`~.live.LiveFigure`: display it (it is the
last expression of a cell), move its controls, or call ``.set(...)``; ``.figure`` is the Matplotlib figure.

Units: m, kg, N, N*m, degrees (as everywhere in :mod:`hinge_model`).
"""

from __future__ import annotations

from typing import Any

import ipywidgets as W
import numpy as np

from ..anthropometry import Body
from ..conventions import G
from ..statics import analyze, moment_contributions
from ..validation import check_instance, check_number
from .base import _live
from .heatmap import arms_hanging
from .live import LiveFigure, new_figure
from .stick import stick_figure
from .style import BLACK, BLUE, BLUISH_GREEN, GREY, ORANGE, VERMILLION, _fs

_STYLE = {"description_width": "initial"}


def live_trunk_lever(trunk_length: float = 0.5, angle: int = 30, *, live: bool | None = None) -> LiveFigure:
    """Notebook 00: a trunk (hip to shoulder, ``trunk_length`` m) tilted ``angle`` degrees from vertical; the
    horizontal lever arm of the shoulder about the hip is drawn and named in the title (x forward, y up, m).
    ``trunk_length`` in [0.1, 1] m; ``angle`` a whole number in [0, 90] deg (the slider's range)."""
    trunk_length = check_number("trunk_length", trunk_length, 0.1, 1.0, "m")
    angle, live = int(check_number("angle", angle, 0, 90, "deg", integer=True)), _live(live)
    fig, ax = new_figure((6.4, 4.0))
    reach = max(0.5, float(trunk_length))  # the axes hold the trunk at every angle, upright to horizontal
    ax.set(xlim=(-0.1, reach + 0.12), ylim=(-0.08, reach + 0.06), aspect="equal", xlabel="forward (m)",
           ylabel="up (m)")
    ax.plot([0], [0], "o", color=GREY, markersize=12, label="hip (pivot)")
    (trunk,) = ax.plot([], [], color=BLUE, linewidth=7, solid_capstyle="round", label="trunk")
    (drop,) = ax.plot([], [], color=GREY, linewidth=1.5, linestyle=":")
    (lever,) = ax.plot([], [], color=ORANGE, linewidth=4, label="lever arm")
    ax.legend(loc="center left", bbox_to_anchor=(1.02, 0.5), frameon=False)
    title = ax.set_title(" ", fontsize=_fs(1.1))
    slider = W.IntSlider(value=angle, min=0, max=90, step=5, description="trunk angle (°)", style=_STYLE,
                         layout=W.Layout(width="420px"))

    def update(v: dict[str, Any]) -> None:
        a = np.radians(v["angle"])
        x, y = trunk_length * np.sin(a), trunk_length * np.cos(a)
        trunk.set_data([0, x], [0, y])
        drop.set_data([x, x], [y, -0.04])
        lever.set_data([0, x], [-0.04, -0.04])
        title.set_text(f"trunk {v['angle']:.0f}° from vertical: lever arm {x:.2f} m")

    return LiveFigure(fig, [trunk, drop, lever, title], {"angle": slider}, update, name="trunk_lever", live=live,
                      alt=lambda v: f"Trunk tilted {v['angle']:.0f} degrees; lever arm "
                                    f"{trunk_length * np.sin(np.radians(v['angle'])):.2f} m.")


def live_lever(muscle_arm: float | None = None, *, load_mass: float = 15.0, distance: float = 0.40,
               live: bool | None = None) -> LiveFigure:
    """Notebook 02: a box of ``load_mass`` kg on a beam ``distance`` m from the pivot, its weight arrow and lever
    arm; the readout gives weight (N), moment (N*m) and the muscle force that balances it at ``muscle_arm`` m
    (default: the lumbar extensor moment arm of :mod:`hinge_model.spine`). Allowed: ``load_mass`` in [0, 30] kg and
    ``distance`` in [0, 0.65] m (the sliders' ranges), ``muscle_arm`` in [0.01, 0.2] m."""
    from .. import spine

    arm = spine.MUSCLE_MOMENT_ARM_NEUTRAL if muscle_arm is None else check_number("muscle_arm", muscle_arm, 0.01,
                                                                                  0.2, "m")
    load_mass, distance = check_number("load_mass", load_mass, 0, 30, "kg"), check_number("distance", distance, 0,
                                                                                          0.65, "m")
    live = _live(live)
    fig, ax = new_figure((8.0, 3.4))
    ax.set(xlim=(-0.15, 0.75), ylim=(-0.22, 0.42), aspect="equal", xlabel="horizontal distance from the pivot (m)")
    ax.set_yticks([])
    ax.plot([0], [-0.02], marker="^", ms=22, color=GREY, ls="none")
    ax.plot([-0.1, 0.7], [0, 0], color=BLACK, lw=5, solid_capstyle="round")
    ax.plot([-arm], [0], marker="o", ms=8, color=VERMILLION, ls="none", label=f"muscle, {100 * arm:.1f} cm")
    (box,) = ax.plot([], [], marker="s", ms=26, color=ORANGE, mec=BLACK, ls="none", label="load")
    (shaft,) = ax.plot([], [], color=BLUE, lw=3, label="weight")
    (tip,) = ax.plot([], [], marker="v", ms=12, color=BLUE, ls="none")
    (dim,) = ax.plot([], [], color=BLUISH_GREEN, lw=2, ls="--", marker="|", ms=14, label="lever arm")
    ax.legend(loc="upper right", ncols=2, fontsize=_fs(1.0))
    readout = W.HTML()
    controls = {
        "load_mass": W.FloatSlider(value=load_mass, min=0, max=30, step=1, description="load (kg)", style=_STYLE,
                                   layout=W.Layout(width="380px")),
        "distance": W.FloatSlider(value=distance, min=0.0, max=0.65, step=0.01, description="distance (m)",
                                  readout_format=".2f", style=_STYLE, layout=W.Layout(width="380px")),
    }

    def update(v: dict[str, Any]) -> None:
        mass, d = float(v["load_mass"]), float(v["distance"])
        weight, length = mass * G, 0.05 + 0.2 * mass / 30  # arrow length grows with the weight
        box.set_data([d], [0.06])
        shaft.set_data([d, d], [0.0, -length])
        tip.set_data([d], [-length])
        dim.set_data([0, d], [0.2, 0.2])
        moment = weight * d
        readout.value = (f"weight = {mass:.0f} kg × {G:.2f} m/s² = <b>{weight:.0f} N</b> &nbsp;|&nbsp; lever arm = "
                         f"<b>{d:.2f} m</b> &nbsp;|&nbsp; moment = <b>{moment:.0f} N·m</b><br>muscle force to "
                         f"balance it at {arm:.3f} m: {moment / arm:.0f} N (= {d / arm:.1f} × the weight)")

    return LiveFigure(fig, [box, shaft, tip, dim], controls, update, name="lever", main="distance", live=live,
                      extra=[readout], alt=lambda v: f"A {v['load_mass']:.0f} kg box {v['distance']:.2f} m from "
                                                     "the pivot of a beam.")


MOMENT_TERMS: tuple[str, ...] = ("abdomen", "thorax", "head", "upper_arm", "forearm", "hand", "load")


def live_moment_terms(body: Body, *, knee: float = 15.0, ankle: float = 5.0, hip: float = 60.0,
                      lumbar: float = 10.0, load_mass: float = 15.0, live: bool | None = None) -> LiveFigure:
    """Notebook 03: stick figure (arms hanging) and one bar per term of the L5/S1 moment (weight x lever arm of
    each part above L5/S1 and of the load, N*m); the title gives their sum, the net L5/S1 moment. The sliders'
    ranges: ``hip`` in [0, 110] deg, ``lumbar`` in [0, 60] deg, ``load_mass`` in [0, 40] kg."""
    check_instance("body", body, Body, "a hinge_model.Body")
    hip, lumbar = check_number("hip", hip, 0, 110, "deg"), check_number("lumbar", lumbar, 0, 60, "deg")
    load_mass, live = check_number("load_mass", load_mass, 0, 40, "kg"), _live(live)
    fig, (ax_l, ax_r) = new_figure((8.4, 4.2), ncols=2, width_ratios=[1, 1.2])
    controls = {
        "hip": W.FloatSlider(value=hip, min=0, max=110, step=5, description="hip (°)"),
        "lumbar": W.FloatSlider(value=lumbar, min=0, max=60, step=5, description="lumbar (°)"),
        "load_mass": W.FloatSlider(value=load_mass, min=0, max=40, step=5, description="load (kg)"),
    }

    def pose_analysis(v: dict[str, Any]) -> Any:
        from ..pose import Pose

        p = Pose(knee=knee, ankle=ankle, hip=v["hip"], lumbar=v["lumbar"],
                 shoulder=arms_hanging(ankle, knee, v["hip"], v["lumbar"]))
        return analyze(body, p, float(v["load_mass"]))

    a0 = pose_analysis({k: c.value for k, c in controls.items()})
    stick = stick_figure(ax_l, a0)
    terms0 = moment_contributions(a0)
    bars = ax_r.barh(list(MOMENT_TERMS), [float(terms0[p]) for p in MOMENT_TERMS], color=VERMILLION,
                     edgecolor="black", hatch="xx")
    ax_r.invert_yaxis()
    ax_r.set_xlim(-20, 160)
    ax_r.axvline(0, color="black", lw=0.8)
    ax_r.set_xlabel("term of the L5/S1 moment (N·m)")
    title = ax_r.set_title(" ", fontsize=_fs(1.0))

    def update(v: dict[str, Any]) -> None:
        a = pose_analysis(v)
        stick.update(a)
        terms = moment_contributions(a)
        for bar, p in zip(bars, MOMENT_TERMS, strict=True):
            bar.set_width(float(terms[p]))
        title.set_text(f"sum = net L5/S1 moment = {float(a.moments['L5S1']):.0f} N·m")

    return LiveFigure(fig, stick.dynamic_artists() + list(bars) + [title], controls, update, name="moment_terms",
                      live=live, alt=lambda v: f"Hip {v['hip']:.0f}°, lumbar {v['lumbar']:.0f}°, "
                                               f"{v['load_mass']:.0f} kg: {title.get_text()}.")
