"""Live figures of whole lifts (notebooks 01, 04, 07, 09, 10, 99): built once, updated in place, shown by the
browser-side live view (:mod:`.live`). Each returns a :class:`~.live.LiveFigure` (display it; ``.set(...)``;
``.figure``). Lifts come from the public :func:`hinge_model.movement` only (``poses``, ``pickup``, ``analysis``,
``time``, ``dynamics``).

Units: m, kg, s, N, N*m, degrees.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import ipywidgets as W
import numpy as np

from ..anthropometry import Body
from ..objects import Barbell, Box, Kettlebell, LiftObject, PointLoad, raised
from ..statics import analyze
from ..validation import InputTypeError, check_array, check_choice, check_flag, check_int, check_number, check_range
from .base import _choices, _live
from .live import LiveFigure, LiveView, new_figure
from .stick import fit_limits, stick_figure
from .style import GREY, JOINT_STYLE, TECHNIQUE_STYLE, TECHNIQUES, VERMILLION, _fs, spine_limit

_STYLE = {"description_width": "initial"}


def _movement(technique: str, body: Body, load_mass: float, target_height: float, **kw: Any) -> Any:
    from ..movements import movement

    return movement(technique, body, load_mass=load_mass, target_height=target_height, **kw)


def _task(technique: str, body: Body, **kw: Any) -> Any:
    from ..movements import movement

    return movement(technique, body, **kw)


def _body(body: Any) -> Body:
    if not isinstance(body, Body):
        raise InputTypeError(f"body must be a hinge_model.Body, got {type(body).__name__}")
    return body


def _load(load: Any, kinds: tuple[type, ...] = (Box, Barbell, Kettlebell, PointLoad)) -> Any:
    """None or a lift object of one of ``kinds``."""
    if load is not None and not isinstance(load, kinds):
        names = ", ".join(k.__name__ for k in kinds[:-1]) + f" or {kinds[-1].__name__}"
        raise InputTypeError(f"load must be None or a hinge_model {names} (e.g. hm.Box(10)), got {load!r}")
    return load


def _values(name: str, value: Any, keys: tuple[str, ...], size: int, unit: str) -> dict[str, Any]:
    """A dict with exactly ``keys``, each a finite number (size 1) or a (low, high) pair with low <= high."""
    if not isinstance(value, Mapping) or set(value) != set(keys):
        what = "a number" if size == 1 else "(low, high)"
        raise InputTypeError(f"{name} must be a dict with the keys {', '.join(map(repr, keys))}, each {what} in "
                             f"{unit}, got {value!r}"[:240])
    out: dict[str, Any] = {}
    for k in keys:
        arr = check_array(f"{name}[{k!r}]", value[k], 0, 1e6, unit)
        if arr.size != size or (size == 2 and not arr[0] <= arr[1]):
            raise ValueError(f"{name}[{k!r}] must be {'a number' if size == 1 else '(low, high) with low <= high'}"
                             f" in [0, 1e+06] {unit}, got {value[k]!r}")
        out[k] = float(arr.reshape(())) if size == 1 else (float(arr[0]), float(arr[1]))
    return out


def live_lift_animation(body: Body, load_mass: float = 15.0, target_height: float = 0.26, *,
                        load: LiftObject | None = None, techniques: Sequence[str] = TECHNIQUES, fps: float = 20.0,
                        live: bool | None = None) -> LiveFigure:
    """Notebook 01: the techniques side by side lifting the same load from the same place, played by the browser
    at ``fps`` frames per second in real time (``duration * fps + 1`` frames, all sent once, every one shown);
    the scrubber (main control) and the play button are part of the figure. ``load`` lifts an object
    (``hm.Box(...)``, drawn on the floor until picked up) instead of ``load_mass`` at ``target_height``."""
    from ..movements import DEFAULT_DURATION

    techniques = _choices("techniques", techniques, TECHNIQUES)
    fps = float(check_range("fps", fps, 5.0, 60.0, unit="frames/s"))
    load, live = _load(load), _live(live)
    frames = int(round(DEFAULT_DURATION * fps)) + 1
    kw: dict[str, Any] = {"load": load} if load is not None else {"load_mass": load_mass,
                                                                   "target_height": target_height}
    moves = {t: _task(t, _body(body), frames=frames, **kw) for t in techniques}
    first = next(iter(moves.values()))
    objects = [first.load] if load is not None else []
    fig, axs = new_figure((8.4, 3.9), ncols=len(techniques), sharex=True, sharey=True)
    axs = np.atleast_1d(axs)
    sticks = {}
    for ax, t in zip(axs, techniques, strict=True):
        st = TECHNIQUE_STYLE[t]
        sticks[t] = stick_figure(ax, moves[t].analysis, frame=0, color=st["color"], linestyle=st["linestyle"],
                                 obj=moves[t].load if load is not None else None)
        fit_limits(ax, [m.analysis for m in moves.values()], objects=objects)
        ax.set_title(t, fontweight="bold")
    for ax in axs[1:]:
        ax.set_ylabel("")
    time, pickup = np.asarray(first.time), first.pickup
    status = fig.suptitle(" ", fontsize=_fs(1.0))
    animated = [a for s in sticks.values() for a in s.dynamic_artists()] + [status]

    def label(i: int) -> str:
        phase = "going down" if i < pickup else "pick-up" if i == pickup else "standing up with the load"
        return f"t = {time[i]:.2f} s: {phase}"

    def show(i: int) -> None:
        for t, s in sticks.items():
            s.update(moves[t].analysis, frame=i)
        status.set_text(label(i))

    show(0)
    what = first.load.describe() if load is not None else f"{load_mass:g} kg from {target_height:.2f} m"
    out = LiveFigure(fig, animated, {}, lambda v: None, name="lift_animation", live=live,
                     alt=lambda v: f"{', '.join(techniques)} lifting {what}.")
    ops = []
    for i in range(frames):
        show(i)
        ops.append(out.view.ops() if isinstance(out.view, LiveView) else [])  # a static image plays nothing
    show(0)
    out.view.set_frames(ops, [label(i) for i in range(frames)], fps=fps)
    out.moves = moves
    return out


def live_hips_back(body: Body, load_mass: float = 15.0, target_height: float = 0.26, *,
                   load: LiftObject | None = None, live: bool | None = None) -> LiveFigure:
    """Notebook 04: the hinge's pick-up posture with only a fraction of its leg bend (0 %: hips over the ankles,
    100 %: the real hinge; trunk and arms keep their angles); the title says where the CoM is. ``load`` lifts an
    object (``hm.Box(...)``, drawn in the hands) instead of ``load_mass`` at ``target_height``."""
    kw: dict[str, Any] = {"load": load} if load is not None else {"load_mass": load_mass,
                                                                   "target_height": target_height}
    load, live = _load(load), _live(live)
    m = _task("hinge", _body(body), frames=5, **kw)
    mass = float(m.load_mass)
    q = m.poses[m.pickup]
    trunk = float(q.ankle - q.knee + q.hip)  # pelvis angle from vertical, deg

    def pose(fraction: float) -> Any:
        ankle, knee = fraction * float(q.ankle), fraction * float(q.knee)
        return q.replace(ankle=ankle, knee=knee, hip=trunk - ankle + knee)

    fig, ax = new_figure((6.0, 5.0))
    stick = stick_figure(ax, analyze(body, pose(0.0), mass), color=TECHNIQUE_STYLE["hinge"]["color"],
                         obj=m.load if load is not None else None)
    ax.set_xlim(-0.5, 0.9)
    title = ax.set_title(" ", fontsize=_fs(1.0))
    slider = W.IntSlider(value=0, min=0, max=100, step=5, description="hips back (%)", style=_STYLE,
                         layout=W.Layout(width="420px"))

    def update(v: dict[str, Any]) -> None:
        a = analyze(body, pose(v["hips_back"] / 100), mass)
        stick.update(a)
        where = "over the feet" if bool(a.balanced) else "OUTSIDE the feet: falling forward"
        title.set_text(f"CoM {100 * float(a.com[0]):.0f} cm forward: {where}")

    out = LiveFigure(fig, stick.dynamic_artists() + [title], {"hips_back": slider}, update, name="hips_back",
                     live=live, alt=lambda v: f"Hinge posture with the hips {v['hips_back']}% back: "
                                              f"{title.get_text()}.")
    out.move = m
    return out


PEAK_QUANTITIES: tuple[tuple[str, str, float], ...] = (("peak L5/S1 moment (N·m)", "moment", 260.0),
                                                       ("peak compression (N)", "compression", 5000.0),
                                                       ("peak shear (N)", "shear", 1400.0))


#: Axis tops with an object (a box in front of the toes is further away: up to ~330 N*m and ~6600 N at 40 kg).
OBJECT_PEAK_TOPS: dict[str, float] = {"moment": 360.0, "compression": 7000.0, "shear": 1400.0}


def _peaks(a: Any) -> dict[str, float]:
    return {"moment": float(np.max(a.moments["L5S1"])), "compression": float(np.max(a.spine.compression)),
            "shear": float(np.max(a.spine.shear))}


def _raise(load: Any, grip: float) -> Any:
    """``load`` on a stand with its grip at ``grip`` (m above the floor); below its lowest grip it stands on the
    floor (clamped: an object is raised, never sunk into the floor)."""
    return raised(load, grip, clamp=True)


def live_technique_peaks(body: Body, load_mass: float = 15.0, target_height: float = 0.22, *,
                         load: Box | Barbell | Kettlebell | None = None, frames: int = 21,
                         live: bool | None = None) -> LiveFigure:
    """Notebook 07: bars of the peak L5/S1 moment, compression and shear of the three techniques; the load and
    grip-height sliders re-solve the three lifts (``frames`` frames each).

    ``load`` (``hm.Box(...)``, ``hm.Barbell``, ``hm.Kettlebell``): the lifts take that object instead of a point
    load; the load slider sets its mass and the grip-height slider raises it on a stand (elevation = grip - its
    grip above its base). The slider starts at the object's grip on the floor (a box's handles: the lowest
    grip); a lower value is clamped to it (the object on the floor) and the title says "on the floor (lowest
    grip)". Without ``load`` the sliders' ranges hold: ``load_mass`` in [0, 40] kg, ``target_height`` in
    [0.22, 0.55] m; an object's mass must be in [0, 40] kg and its grip at most 0.55 m high."""
    _body(body)
    load, live, frames = _load(load, (Box, Barbell, Kettlebell)), _live(live), check_int("frames", frames, 5, 5000)
    if load is None:  # the sliders' ranges (a slider would clamp a value outside them)
        load_mass = check_number("load_mass", load_mass, 0, 40, "kg")
        target_height = check_number("target_height", target_height, 0.22, 0.55, "m")
    else:
        check_number("load.mass", load.mass, 0, 40, "kg")
        check_number("the load's grip height (load.grip_above_base + load.elevation)",
                     load.grip_above_base + load.elevation, 0, 0.55, "m")
    fig, axs = new_figure((8.4, 3.6), ncols=3)
    bars = {}
    for ax, (label, key, top) in zip(axs, PEAK_QUANTITIES, strict=True):
        bars[key] = ax.bar(range(3), [0.0] * 3, color=[TECHNIQUE_STYLE[t]["color"] for t in TECHNIQUES],
                           hatch=["", "//", ".."], edgecolor="black")
        ax.set_xticks(range(3), TECHNIQUES)
        ax.set_title(label, fontsize=_fs(1.0))
        ax.set_ylim(0, top if load is None else OBJECT_PEAK_TOPS[key])
    axs[1].axhline(spine_limit("NIOSH_ACTION_LIMIT"), color=GREY, ls="-.", lw=1.5)
    axs[2].axhline(spine_limit("SHEAR_LIMIT_OCCASIONAL"), color=GREY, ls="-.", lw=1.5)
    title = fig.suptitle(" ", fontsize=_fs(1.0))
    lowest = 0.22 if load is None else float(load.grip_above_base)
    if load is not None:
        load_mass, target_height = float(load.mass), float(load.grip_above_base + load.elevation)
    controls = {
        "load_mass": W.FloatSlider(value=load_mass, min=0, max=40, step=2.5, description="load (kg)",
                                   continuous_update=False, layout=W.Layout(width="380px")),
        "target_height": W.FloatSlider(value=max(target_height, lowest), min=lowest, max=0.55, step=0.01,
                                       description="hands at (m)", continuous_update=False,
                                       layout=W.Layout(width="380px")),
    }

    def update(v: dict[str, Any]) -> None:
        if load is None:
            kw: dict[str, Any] = {"load_mass": v["load_mass"], "target_height": v["target_height"]}
            text = f"{v['load_mass']:.1f} kg, hands at {100 * v['target_height']:.0f} cm"
        else:
            obj = _raise(replace(load, mass=v["load_mass"]), v["target_height"])
            kw = {"load": obj}
            stand = f"on a {100 * obj.elevation:.0f} cm stand" if obj.elevation > 0 else "on the floor (lowest grip)"
            text = (f"{obj.mass:.1f} kg {obj.kind} {stand}, hands at "
                    f"{100 * (obj.elevation + obj.grip_above_base):.0f} cm")
        for k, t in enumerate(TECHNIQUES):
            p = _peaks(_task(t, body, frames=frames, **kw).analysis)
            for key in p:
                bars[key][k].set_height(p[key])
        title.set_text(text)

    animated = [b for key in bars for b in bars[key]] + [title]
    return LiveFigure(fig, animated, controls, update, name="technique_peaks", main="target_height", live=live,
                      solves=True, clamped=() if load is None else ("target_height",),
                      alt=lambda v: f"Peak L5/S1 loads of hinge, bend and squat, {title.get_text()}.")


def live_lift_duration(body: Body, load_mass: float = 15.0, target_height: float = 0.26, *,
                       technique: str = "hinge", duration: float = 2.0, load: LiftObject | None = None,
                       live: bool | None = None) -> LiveFigure:
    """Notebook 09: the L5/S1 moment over a lift, dynamic (inverse dynamics) and static, against the fraction of
    the lift; the slider sets the lift's duration (0.7 to 8 s) and the title gives both peaks. ``load`` lifts an
    object (``hm.Box(...)``) instead of ``load_mass`` at ``target_height``; the moment axis then fits the fastest
    lift (0.7 s)."""
    check_choice("technique", technique, TECHNIQUES)
    _body(body)
    duration = check_number("duration", duration, 0.7, 8.0, "s")
    load, live = _load(load), _live(live)

    # the pick-up posture does not depend on the duration: solve it once, then only re-time the lift
    if load is None:
        solved = _movement(technique, body, load_mass, target_height, frames=121, duration=duration)
    else:
        solved = _task(technique, body, load=load, frames=121, duration=duration)

    def lift(seconds: float) -> Any:
        from ..movements import retimed

        return retimed(solved, seconds)

    ylim = (-350.0, 850.0)
    if load is not None:  # an object's lift may need more room than the fixed axis: fit it to the fastest lift
        fastest = lift(0.7)
        d, s = fastest.dynamics.moments["L5S1"], fastest.analysis.moments["L5S1"]
        ylim = (50.0 * np.floor(min(-350.0, 1.1 * float(np.min(d))) / 50.0),
                50.0 * np.ceil(max(850.0, 1.1 * float(np.max(d)), 1.1 * float(np.max(s))) / 50.0))
    fig, ax = new_figure((8.0, 4.0))
    st = JOINT_STYLE["L5S1"]
    (dyn,) = ax.plot([], [], color=st["color"], ls="-", lw=2.5, label="L5/S1, dynamic")
    (stat,) = ax.plot([], [], color=st["color"], ls=":", lw=2.5, label="L5/S1, static")
    ax.axvline(0.5, color=GREY, lw=1)
    ax.set(xlim=(0, 1), ylim=ylim, xlabel="fraction of the lift (0.5 = pick-up)",
           ylabel="L5/S1 extensor moment (N·m)")
    ax.legend(loc="upper left")
    title = ax.set_title(" ", fontsize=_fs(1.0))
    slider = W.FloatSlider(value=duration, min=0.7, max=8.0, step=0.1, description="duration (s)",
                           readout_format=".1f", continuous_update=False, style=_STYLE, layout=W.Layout(width="420px"))
    what = f"{technique} lift" if load is None else f"{technique} lift of a {load.mass:g} kg {load.kind}"

    def update(v: dict[str, Any]) -> None:
        m = lift(v["duration"])
        frac = np.asarray(m.time) / float(m.time[-1])
        dyn.set_data(frac, m.dynamics.moments["L5S1"])
        stat.set_data(frac, m.analysis.moments["L5S1"])
        title.set_text(f"{v['duration']:.1f} s lift: peak {np.max(m.dynamics.moments['L5S1']):.0f} N·m "
                       f"(static {np.max(m.analysis.moments['L5S1']):.0f} N·m)")

    return LiveFigure(fig, [dyn, stat, title], {"duration": slider}, update, name="lift_duration", live=live,
                      solves=True,
                      alt=lambda v: f"L5/S1 moment over a {what}: {title.get_text()}.")


def live_pickup_choice(body: Body, load_mass: float = 15.0, target_height: float = 0.22, *,
                       live: bool | None = None) -> LiveFigure:
    """Notebook 10: the pick-up posture of the technique chosen with the buttons (hinge, bend, squat)."""
    live = _live(live)
    moves = {t: _movement(t, _body(body), load_mass, target_height, frames=5) for t in TECHNIQUES}
    fig, ax = new_figure((5.5, 5.0))
    stick = stick_figure(ax, moves["hinge"].analysis, frame=moves["hinge"].pickup)
    title = ax.set_title(" ", fontsize=_fs(1.0))
    choice = W.ToggleButtons(options=list(TECHNIQUES), description="technique")

    def update(v: dict[str, Any]) -> None:
        m = moves[v["technique"]]
        stick.update(m.analysis, frame=m.pickup)
        title.set_text(f"{v['technique']} at the pick-up")

    return LiveFigure(fig, stick.dynamic_artists() + [title], {"technique": choice}, update, name="pickup_choice",
                      live=live, alt=lambda v: f"Pick-up posture of the {v['technique']} for a "
                                               f"{target_height:.2f} m grip.")


def live_stoop_duration(body: Body, bands: dict[str, tuple[float, float]] | None, static: dict[str, float], *,
                        technique: str = "bend", load_mass: float = 15.0, target_height: float = 0.22,
                        load: LiftObject | None = None, parameter_band: bool = False,
                        live: bool | None = None) -> LiveFigure:
    """Notebook 99: the dynamic peak L5/S1 moment (N*m) and compression (N) of a floor lift against the caller's
    published ``bands`` ({"moment": (lo, hi), "compression": (lo, hi)}; None: no published range) and ``static``
    model values; the slider sets the lift's duration (1.5 to 8 s). ``load`` lifts an object (``hm.Box(...)``)
    instead of ``load_mass`` at ``target_height``; ``parameter_band`` adds a black bar over the compression's
    band across the spine's uncertain parameters (``spine.band``) at its peak frame."""
    check_choice("technique", technique, TECHNIQUES)
    _body(body)
    keys = ("moment", "compression")
    bands = None if bands is None else _values("bands", bands, keys, 2, "N·m or N")
    static = _values("static", static, keys, 1, "N·m or N")
    load, live, parameter_band = _load(load), _live(live), check_flag("parameter_band", parameter_band)
    fig, axs = new_figure((8.0, 3.8), ncols=2)
    bars = []
    for ax, key, label, top in zip(axs, ("moment", "compression"), ("peak L5/S1 moment (N·m)",
                                                                     "peak compression (N)"), (400, 8000), strict=True):
        if bands is not None:
            lo, hi = bands[key]
            ax.axhspan(lo, hi, color=GREY, alpha=0.3, label="published range")
        ax.axhline(static[key], color="black", ls="--", lw=1.5, label="static model")
        bars.append(ax.bar([0], [0.0], width=0.5, color=VERMILLION, hatch="//", edgecolor="black",
                           label="dynamic model")[0])
        ax.set(xlim=(-1, 1), xticks=[], ylim=(0, top))
        ax.set_title(label, fontsize=_fs(1.0))
    animated: list[Any] = list(bars)
    if parameter_band:
        (band,) = axs[1].plot([0, 0], [0, 0], color="black", lw=3, label="parameter band")
        axs[1].legend(loc="upper left")
        animated.append(band)
    axs[0].legend(loc="upper left")
    title = fig.suptitle(" ", fontsize=_fs(1.0))
    slider = W.FloatSlider(value=2.0, min=1.5, max=8.0, step=0.5, description="lift (s)", continuous_update=False,
                           layout=W.Layout(width="420px"))
    if load is None:
        load_mass = check_number("load_mass", load_mass, 0, 300, "kg")
        target_height = check_number("target_height", target_height, 0, body.height, "m", lo_open=True)
        what, kw = f"{load_mass:g} kg from {target_height:.2f} m", {"load_mass": load_mass,
                                                                      "target_height": target_height}
    else:
        what, kw = f"{load.mass:g} kg {type(load).__name__.lower()}", {"load": load}

    from ..movements import movement, retimed

    solved = movement(technique, body, frames=41, duration=slider.value, **kw)  # the posture: solved once

    def update(v: dict[str, Any]) -> None:
        d = retimed(solved, v["duration"]).dynamics  # only the timing changes with the slider
        k = int(np.argmax(d.spine.compression))
        moment, compression = float(np.max(d.moments["L5S1"])), float(d.spine.compression[k])
        bars[0].set_height(moment)
        bars[1].set_height(compression)
        text = f"{technique}, {what}, whole lift {v['duration']:.1f} s: {moment:.0f} N·m, {compression:.0f} N"
        if parameter_band:
            lo, hi = (float(x[k]) for x in d.spine.band("compression"))
            band.set_data([0, 0], [lo, hi])
            text += f" ({lo:.0f} to {hi:.0f} N)"
        title.set_text(text)

    return LiveFigure(fig, animated + [title], {"duration": slider}, update, name="stoop_duration", live=live,
                      solves=True,
                      alt=lambda v: title.get_text())
