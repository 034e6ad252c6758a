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
        import matplotlib.pyplot as plt

        c = _colours()
        with plt.ioff():
            self.figure, axs = plt.subplots(1, 5, figsize=figsize, dpi=dpi, layout="constrained",
                                            gridspec_kw={"width_ratios": [2.2, 1, 1, 1.5, 1.3]})
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

    def update(self, assessment: Any) -> None:
        """Redraw for ``assessment`` (same artists; call ``figure.canvas.draw_idle()`` when live)."""
        c = _colours()
        cap = assessment.capable_by_joint
        for lab, bars in self.pop_bars.items():
            for bar, joint in zip(bars, ASSESSED_JOINTS, strict=True):
                bar.set_height(cap[joint][lab])
        self.axes["population"].set_title(f"population (task: men {assessment.capable['men']:.0f} %, women "
                                          f"{assessment.capable['women']:.0f} %)", fontsize=11)
        ni, li = assessment.niosh, assessment.niosh.values["LI"]
        self._verdict_bar(self.single["NIOSH"], min(li, 9.9), ni.verdict, c)
        self.axes["NIOSH"].set_ylim(0, max(3.6, 1.15 * min(li, 9.9)))
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
        self.axes["balance"].set_ylim(min(-2.0, 1.2 * low), max(10.0, 1.2 * max(margins)))
        self.texts["balance"].set_text(bal.verdict)

    @staticmethod
    def _verdict_bar(bar: Any, value: float, verdict: str, c: dict[str, str]) -> None:
        bar.set_height(value)
        bar.set_facecolor(c[verdict])
        bar.set_hatch(VERDICT_HATCH[verdict])


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
