"""Figures of an assessment: one panel per method, drawn once and updated in place (notebook sliders, report).

Colours are the Okabe-Ito palette of :mod:`hinge_model.plots`; verdicts are told by colour AND by hatch and a word,
so the figures read in grey scale too. Every figure has a text alternative (:func:`alt_text`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..spine import LIMITS
from .lifft import RISK_BANDS
from .niosh import LI_GOAL, LI_HIGH
from .population import ASSESSED_JOINTS

#: Population colours and hatches (men, women).
POP_STYLE = {"men": {"hatch": ""}, "women": {"hatch": "//"}}
PANELS: tuple[str, ...] = ("population", "NIOSH", "LiFFT", "tissue limits", "balance")


def _colours() -> dict[str, str]:
    from .. import plots

    return {"men": plots.BLUE, "women": plots.ORANGE, "within": plots.BLUISH_GREEN, "caution": plots.YELLOW,
            "exceeds": plots.VERMILLION, "no threshold": plots.GREY, "guide": plots.GREY, "ink": plots.BLACK}


VERDICT_HATCH = {"within": "", "caution": "..", "exceeds": "xx", "no threshold": ""}


class Dashboard:
    """Five panels (population, NIOSH, LiFFT, tissue limits, balance) for one :class:`Assessment`.

    ``Dashboard(assessment)`` builds the figure once; ``update(other)`` moves the bars and rewrites the labels in
    place (no new artists), so a slider callback stays cheap.
    """

    def __init__(self, assessment: Any, *, figsize: tuple[float, float] = (13.5, 3.6), dpi: float = 100) -> None:
        from ..plots.live import new_figure

        c = _colours()
        # a plain Agg figure (no pyplot state): shown as a PNG, written into the report, or drawn live
        self.figure, axs = new_figure(figsize, ncols=5, dpi=dpi, width_ratios=[2.2, 1, 1, 1.5, 1.3])
        self.axes = dict(zip(PANELS, axs, strict=True))
        x = np.arange(len(ASSESSED_JOINTS))
        ax = self.axes["population"]
        self.pop_bars = {lab: ax.bar(x + (k - 0.5) * 0.38, np.zeros(x.size), 0.38, color=c[lab], edgecolor=c["ink"],
                                     hatch=POP_STYLE[lab]["hatch"], label=lab)
                         for k, lab in enumerate(("men", "women"))}
        ax.set_xticks(x, ASSESSED_JOINTS)
        ax.set_ylim(0, 118)
        ax.set_yticks(range(0, 101, 20))
        ax.set_ylabel("% strong enough")
        ax.legend(loc="upper right", fontsize=9, ncols=2, frameon=False)
        self.single: dict[str, Any] = {}
        for name, ylabel in (("NIOSH", "lifting index"), ("LiFFT", "P(high-risk job) %")):
            self.single[name] = self.axes[name].bar([0], [0.0], 0.6, edgecolor=c["ink"])[0]
            self.axes[name].set_xticks([0], [name])
            self.axes[name].set_ylabel(ylabel)
            self.axes[name].set_xlim(-0.8, 0.8)
        for y in (LI_GOAL, LI_HIGH):
            self.axes["NIOSH"].axhline(y, color=c["guide"], ls="-.", lw=1.2)
        for y in RISK_BANDS:
            self.axes["LiFFT"].axhline(y, color=c["guide"], ls="-.", lw=1.2)
        self.axes["LiFFT"].set_ylim(0, 100)
        ax = self.axes["tissue limits"]
        self.tissue = ax.bar([0, 1], [0.0, 0.0], 0.6, edgecolor=c["ink"])
        ax.set_xticks([0, 1], ["compression", "shear"])
        ax.set_ylabel("peak force (N)")
        ax.set_ylim(0, 7200)
        for y in (LIMITS["NIOSH_ACTION_LIMIT"], LIMITS["NIOSH_MAX_PERMISSIBLE"]):
            ax.plot([-0.4, 0.4], [y, y], color=c["guide"], ls="-.", lw=1.2)
        (self.shear_limit,) = ax.plot([0.6, 1.4], [0, 0], color=c["guide"], ls="-.", lw=1.2)
        ax = self.axes["balance"]
        self.balance = ax.bar([0, 1], [0.0, 0.0], 0.6, edgecolor=c["ink"])
        ax.set_xticks([0, 1], ["to heel", "to toe"])
        ax.set_ylabel("smallest CoM margin (cm)")
        ax.axhline(0.0, color=c["ink"], lw=1.0)
        self.texts: dict[str, Any] = {}
        for name, axis in self.axes.items():
            axis.set_title(name, fontsize=11)
            self.texts[name] = axis.text(0.5, 0.97, "", transform=axis.transAxes, ha="center", va="top", fontsize=9)
        self.texts["population"].set_visible(False)  # the population's summary goes in its title
        self.update(assessment)

    @property
    def animated(self) -> list[Any]:
        """The artists :meth:`update` changes (bars, the shear limit's line, the panels' texts and the population
        title): what a live view redraws in the browser over a static background."""
        bars = [b for group in self.pop_bars.values() for b in group]
        bars += [self.single["NIOSH"], self.single["LiFFT"], *self.tissue, *self.balance]
        texts = [t for t in self.texts.values() if t.get_visible()]
        return [*bars, self.shear_limit, *texts, self.axes["population"].title]

    def update(self, assessment: Any) -> bool:
        """Show ``assessment`` with the same artists, moved in place. Returns True when an axis range had to change
        (a live view must then redraw its background); the ranges move in steps, so that is rare."""
        c = _colours()
        cap = assessment.capable_by_joint
        for lab, bars in self.pop_bars.items():
            for bar, joint in zip(bars, ASSESSED_JOINTS, strict=True):
                bar.set_height(cap[joint][lab])
        self.axes["population"].set_title(f"population (task: men {assessment.capable['men']:.0f} %, women "
                                          f"{assessment.capable['women']:.0f} %)", fontsize=11)
        ni, li = assessment.niosh, assessment.niosh.values["LI"]
        self._verdict_bar(self.single["NIOSH"], min(li, 9.9), ni.verdict, c)
        full = _fit(self.axes["NIOSH"], 0.0, max(3.6, 1.15 * min(li, 9.9)), 0.5)
        self.texts["NIOSH"].set_text(f"LI {li:.2f}: {ni.verdict}")
        lf = assessment.lifft
        self._verdict_bar(self.single["LiFFT"], 100 * lf.values["probability"], lf.verdict, c)
        self.texts["LiFFT"].set_text(f"{100 * lf.values['probability']:.0f} %: {lf.verdict}")
        lim = assessment.limits
        level = lim.values["L5S1"]
        limit = lim.inputs["shear_limit"]
        for bar, key in zip(self.tissue, ("compression", "shear"), strict=True):
            self._verdict_bar(bar, level[key], level[f"{key}_verdict"], c)
        self.shear_limit.set_ydata([limit, limit])
        self.texts["tissue limits"].set_text(f"L5/S1: {lim.verdict}")
        bal = assessment.balance
        margins = (100 * bal.values["com_margin_heel"], 100 * bal.values["com_margin_toe"])
        for bar, m in zip(self.balance, margins, strict=True):
            self._verdict_bar(bar, m, "within" if m >= 0 else "exceeds", c)
        low = min(0.0, *margins)
        full |= _fit(self.axes["balance"], min(-2.0, 1.2 * low), max(10.0, 1.2 * max(margins)), 5.0)
        self.texts["balance"].set_text(bal.verdict)
        return full

    @staticmethod
    def _verdict_bar(bar: Any, value: float, verdict: str, c: dict[str, str]) -> None:
        bar.set_height(value)
        bar.set_facecolor(c[verdict])
        bar.set_hatch(VERDICT_HATCH[verdict])


def _fit(ax: Any, low: float, high: float, step: float) -> bool:
    """Set ``ax``'s y range to [low, high] widened to whole ``step``s; True if it changed."""
    lo = step * np.floor(low / step) if low < 0 else 0.0
    hi = step * np.ceil(high / step)
    if tuple(ax.get_ylim()) == (lo, hi):
        return False
    ax.set_ylim(lo, hi)
    return True


def alt_text(assessment: Any) -> str:
    """A text alternative for the dashboard of ``assessment``, with its numbers."""
    cap = assessment.capable_by_joint
    joints = "; ".join(f"{j} men {cap[j]['men']:.0f} %, women {cap[j]['women']:.0f} %" for j in ASSESSED_JOINTS)
    lim = assessment.limits.values["L5S1"]
    bal = assessment.balance.values
    return (f"Five panels. Population, percent strong enough by joint: {joints}. NIOSH lifting index "
            f"{assessment.niosh.values['LI']:.2f} against dash-dot lines at 1 and 3. LiFFT probability of a "
            f"high-risk job {100 * assessment.lifft.values['probability']:.0f} % against lines at 25 and 50 %. "
            f"Tissue limits at L5/S1: compression {lim['compression']:.0f} N against 3400 and 6400 N, shear "
            f"{lim['shear']:.0f} N against {assessment.limits.inputs['shear_limit']:.0f} N. Balance: smallest margin "
            f"of the centre of mass {100 * bal['com_margin_heel']:.1f} cm to the heel and "
            f"{100 * bal['com_margin_toe']:.1f} cm to the toe.")


def posture_figure(assessment: Any, *, figsize: tuple[float, float] = (3.6, 3.9), dpi: float = 100) -> Any:
    """The stick figure at the NIOSH origin (the hardest frame of a lift), for the report."""
    import matplotlib.pyplot as plt

    from ..plots import stick_figure

    with plt.ioff():
        fig, ax = plt.subplots(figsize=figsize, dpi=dpi, layout="constrained")
    a = assessment.analysis
    frame = assessment.inputs["origin_frame"] if np.ndim(a.moments["hip"]) else None
    stick = stick_figure(ax, a, frame=frame)
    ax.set_title("posture at the start of the lift", fontsize=11)
    fig.alt_text = stick.alt_text  # type: ignore[attr-defined]
    return fig


def sweep_figure(x: Any, assessments: list[Any], xlabel: str, *, figsize: tuple[float, float] = (13.0, 3.6)) -> Any:
    """Each method's key number against a swept input ``x`` (one assessment per value): four panels, population %,
    NIOSH LI, LiFFT probability, and compression and shear as % of their limits."""
    import matplotlib.pyplot as plt

    c = _colours()
    x = np.asarray(x, dtype=float)
    with plt.ioff():
        fig, axs = plt.subplots(1, 4, figsize=figsize, layout="constrained", sharex=True)
    for lab, marker in (("men", "o"), ("women", "s")):
        axs[0].plot(x, [r.capable[lab] for r in assessments], color=c[lab], marker=marker, lw=2,
                    ls="-" if lab == "men" else "--", label=lab)
    axs[0].set(ylim=(0, 105), ylabel="% strong enough (weakest joint)", title="population")
    axs[0].legend(fontsize=9)
    axs[1].plot(x, [r.niosh.values["LI"] for r in assessments], color=c["ink"], marker="D", lw=2)
    axs[1].set(ylabel="lifting index", title="NIOSH", ylim=(0, None))
    axs[2].plot(x, [100 * r.lifft.values["probability"] for r in assessments], color=c["ink"], marker="^", lw=2)
    axs[2].set(ylabel="P(high-risk job) %", title="LiFFT", ylim=(0, 100))
    comp = [100 * r.limits.values["L5S1"]["compression"] / LIMITS["NIOSH_ACTION_LIMIT"] for r in assessments]
    shear = [100 * r.limits.values["L5S1"]["shear"] / r.limits.inputs["shear_limit"] for r in assessments]
    axs[3].plot(x, comp, color=c["men"], marker="o", lw=2, label="compression / 3400 N")
    axs[3].plot(x, shear, color=c["exceeds"], marker="s", lw=2, ls="--", label="shear / its limit")
    axs[3].set(ylabel="% of the limit", title="tissue limits", ylim=(0, None))
    axs[3].legend(fontsize=9)
    for ax, guides in zip(axs[1:], ((LI_GOAL, LI_HIGH), RISK_BANDS, (100.0,)), strict=True):
        for y in guides:
            ax.axhline(y, color=c["guide"], ls="-.", lw=1.2)
    for ax in axs:
        ax.set_xlabel(xlabel)
    return fig


def sweep_alt(x: Any, assessments: list[Any], xlabel: str) -> str:
    """Text alternative of :func:`sweep_figure` with the first and last values of each curve."""
    a, b = assessments[0], assessments[-1]

    def pair(f: Any, fmt: str) -> str:
        return f"{format(f(a), fmt)} to {format(f(b), fmt)}"

    return (f"Four panels against {xlabel} from {float(np.min(x)):g} to {float(np.max(x)):g}. Population, women "
            f"strong enough: {pair(lambda r: r.capable['women'], '.0f')} %. NIOSH lifting index: "
            f"{pair(lambda r: r.niosh.values['LI'], '.2f')}. LiFFT probability: "
            f"{pair(lambda r: 100 * r.lifft.values['probability'], '.0f')} %. Peak compression: "
            f"{pair(lambda r: r.limits.values['L5S1']['compression'], '.0f')} N; peak shear as % of its limit: "
            f"{pair(lambda r: 100 * r.limits.values['L5S1']['shear'] / r.limits.inputs['shear_limit'], '.0f')} %.")


def strength_figure(assessment: Any, joint: str, *, figsize: tuple[float, float] = (6.5, 3.4)) -> Any:
    """Normal strength distributions of men and women at ``joint`` in the task's hardest posture, with the
    required moment: the shaded area right of the line is the percent capable."""
    import matplotlib.pyplot as plt

    from .population import POPULATIONS, strength_distribution

    c = _colours()
    a = assessment.analysis
    frame = assessment.population.values["frame"][joint]["men"]
    pose = a.pose[frame] if a.pose.shape else a.pose
    moment = float(np.atleast_1d(a.moments[joint])[frame])
    direction = "extensor" if moment >= 0 else "flexor"
    with plt.ioff():
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    top = 0.0
    for lab, sex in POPULATIONS.items():
        mean, sd = (float(v) for v in strength_distribution(a.body, pose, joint, direction, sex=sex))
        s = np.linspace(max(0.0, mean - 4 * sd), mean + 4 * sd, 300)
        pdf = np.exp(-0.5 * ((s - mean) / sd) ** 2) / (sd * np.sqrt(2 * np.pi))
        ax.plot(s, pdf, color=c[lab], lw=2, ls="-" if lab == "men" else "--", label=f"{lab}: {mean:.0f} ± {sd:.0f} N·m")
        keep = s >= abs(moment)
        ax.fill_between(s[keep], pdf[keep], color=c[lab], alpha=0.25, hatch=POP_STYLE[lab]["hatch"])
        top = max(top, float(pdf.max()))
    ax.axvline(abs(moment), color=c["ink"], lw=2, ls="-.", label=f"required {abs(moment):.0f} N·m")
    ax.set(xlabel=f"{joint} {direction} strength, both sides (N·m)", ylabel="share of people per N·m",
           ylim=(0, 1.15 * top))
    ax.legend(fontsize=9)
    return fig


def strength_alt(assessment: Any, joint: str) -> str:
    """Text alternative of :func:`strength_figure`."""
    from .population import POPULATIONS, strength_distribution

    a = assessment.analysis
    frame = assessment.population.values["frame"][joint]["men"]
    pose = a.pose[frame] if a.pose.shape else a.pose
    moment = float(np.atleast_1d(a.moments[joint])[frame])
    direction = "extensor" if moment >= 0 else "flexor"
    parts = []
    for lab, sex in POPULATIONS.items():
        mean, sd = (float(v) for v in strength_distribution(a.body, pose, joint, direction, sex=sex))
        parts.append(f"{lab} mean {mean:.0f} N·m, SD {sd:.0f} N·m, {assessment.capable_by_joint[joint][lab]:.0f} % "
                     "to the right of the line")
    return (f"Two bell curves of {joint} {direction} strength (both sides) with a vertical line at the required "
            f"{abs(moment):.0f} N·m: " + "; ".join(parts) + ".")
