"""Side-by-side comparison of the three techniques at their pick-up posture for the same task."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text

from ..anthropometry import Body
from ..conventions import JOINTS
from ..objects import LiftObject, place
from ..pose import Pose
from ..statics import Analysis, analyze
from ..validation import check_choice, check_keys, check_range
from .base import _choices, _figsize, _single
from .stick import MomentArms, StickFigure, fit_limits, moment_arms, stick_figure
from .style import (
    TECHNIQUE_STYLE,
    TECHNIQUES,
    _fs,
)

# ---------------------------------------------------------------------------------------------------------------
# Technique comparison


def _movement(technique: str, body: Body, load_mass: float | None, target_height: float | None,
              load_x: float | None, frames: int = 60, load: LiftObject | None = None) -> Any:
    """The task as a movement: an object (``load``) or, the legacy way, ``load_mass`` at ``target_height``."""
    from ..movements import movement

    if load is not None:
        if load_mass is not None or target_height is not None or load_x is not None:
            raise ValueError("give the task either as an object (load=hm.Box(...)) or as load_mass / target_height"
                             f" / load_x, not both (got load_mass = {load_mass!r}, target_height = "
                             f"{target_height!r}, load_x = {load_x!r})")
        return movement(technique, body, load=load, frames=frames)
    if load_mass is None or target_height is None:
        raise ValueError(f"give load_mass and target_height (or load=an object), got load_mass = {load_mass!r}, "
                         f"target_height = {target_height!r}")
    return movement(technique, body, load_mass=load_mass, target_height=target_height, load_x=load_x, frames=frames)


#: Resolution (deg) of the pick-up postures shown: the static comparison and the live Explorer both show the
#: pick-up with every joint angle rounded to it, so they show the same numbers, and the Explorer's joint sliders
#: (this step) hold exactly the angles the model runs on.
POSTURE_STEP: float = 0.05


def pickup_pose(body: Body, technique: str, load_mass: float | None = None, target_height: float | None = None,
                load_x: float | None = None, *, load: LiftObject | None = None) -> Pose:
    """``technique``'s pick-up posture for the task (``hm.movement(...).poses[pickup]``), every angle rounded to
    :data:`POSTURE_STEP` degrees. The task is an object (``load=hm.Box(...)``) or ``load_mass`` (kg) held at
    ``target_height`` (m). The one pick-up solve of the figures: :func:`compare_techniques` and the Explorer both
    use it."""
    check_choice("technique", technique, TECHNIQUES)
    m = _movement(technique, body, load_mass, target_height, load_x, frames=5, load=load)
    q = m.poses[m.pickup]
    return Pose(**{j: round(round(float(getattr(q, j)) / POSTURE_STEP) * POSTURE_STEP, 6) for j in JOINTS})


def pickup_analysis(body: Body, technique: str, load_mass: float | None = None, target_height: float | None = None,
                    load_x: float | None = None, *, load: LiftObject | None = None) -> Analysis:
    """Analysis of ``technique``'s pick-up posture (:func:`pickup_pose`) holding the load."""
    mass = load.mass if load is not None else load_mass
    pose = pickup_pose(body, technique, load_mass, target_height, load_x, load=load)
    return analyze(body, pose, mass)


def _summary(a: Analysis) -> str:
    line1 = f"L5/S1 {float(a.moments['L5S1']):.0f} N·m   hip {float(a.moments['hip']):.0f} N·m"
    if a.spine is None:
        return line1
    return line1 + (f"\ncompression {float(a.spine.compression):,.0f} N\nshear {float(a.spine.shear):,.0f} N   "
                    f"passive {100 * float(a.spine.passive_share):.0f} %")


#: Top fraction of each panel of :func:`compare_techniques` kept free of the drawing for its three summary lines.
SUMMARY_HEADROOM: float = 0.22


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
        check_keys("analyses", analyses, tuple(self.panels))
        for t, a in analyses.items():
            _single(a, "Comparison.update", name=f"analyses[{t!r}]")
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


def compare_techniques(body: Body, load_mass: float | None = None, target_height: float | None = None,
                       load_x: float | None = None, *, load: LiftObject | None = None,
                       techniques: Sequence[str] = TECHNIQUES, figsize: tuple[float, float] | None = None
                       ) -> Comparison:
    """Figure with one panel per technique (hinge, bend, squat) at its pick-up posture for the same task: an
    object (``load=hm.Box(...)``, drawn where the task put it) or ``load_mass`` (kg) at ``target_height`` (m).

    Each panel: the stick figure (technique colour + line style), the L5/S1 and hip moment arms in cm, and the
    L5/S1 and hip moments (and spine loads) written under it. Panels share axes limits so sizes compare.
    """
    techniques = _choices("techniques", techniques, TECHNIQUES)
    figsize = _figsize(figsize)
    if load is None and load_mass is not None:
        load_mass = float(check_range("load_mass", load_mass, 0.0, 300.0, unit="kg"))
    placed = None if load is None else place(load, body)  # where every technique's movement puts it
    analyses = {t: pickup_analysis(body, t, load_mass, target_height, load_x, load=load) for t in techniques}
    if figsize is None:  # 2.8 in per panel: three fit a notebook's output area at 1280 x 720 (840 px)
        w, h = mpl.rcParams["figure.figsize"]
        figsize = (max(w, 2.8 * len(techniques)), max(h, 5.4))
    with plt.ioff():
        fig, axs = plt.subplots(1, len(techniques), figsize=figsize, layout="constrained", squeeze=False)
    axes = dict(zip(techniques, axs[0], strict=True))
    top = max(float(np.max(np.asarray(p)[..., 1])) for a in analyses.values() for p in a.points.values()) + 0.05
    out = Comparison(fig, axes)
    for t, ax in axes.items():
        st = TECHNIQUE_STYLE[t]
        a = analyses[t]
        # each panel is titled with its technique, so the body keeps a solid line (dotted thick lines read badly)
        stick = stick_figure(ax, a, color=st["color"], obj=placed)
        arms = moment_arms(ax, a)
        ax.set_title(t, fontweight="bold")
        text = ax.text(0.02, 0.98, "", transform=ax.transAxes, ha="left", va="top", fontsize=_fs(0.8),
                       linespacing=1.3)
        fit_limits(ax, list(analyses.values()), objects=[placed] if placed is not None else ())  # same scale
        lo, hi = ax.get_ylim()  # the summary lines go above the heads, not over them
        ax.set_ylim(lo, max(hi, (top - SUMMARY_HEADROOM * lo) / (1.0 - SUMMARY_HEADROOM)))
        if ax is not axs[0][0]:
            ax.set_ylabel("")
            ax.tick_params(labelleft=False)
        out.panels[t] = (stick, arms, text)
    out.update(analyses)
    if placed is not None:
        task = f"{placed.describe()}: pick-up postures fitted to measured lifts"
    else:
        load_at = "over the mid-foot" if load_x is None else f"{100 * load_x:.0f} cm in front of the ankle"
        task = f"{load_mass:.0f} kg picked up at hand height {target_height:.2f} m, {load_at}"
    fig.suptitle(task, fontsize=mpl.rcParams["axes.titlesize"])
    return out


