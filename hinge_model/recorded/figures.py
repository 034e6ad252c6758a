"""Figures of a recorded lift for notebook 11 (each returns the Figure and a one-line text alternative).

Okabe-Ito colours and the technique styles of :mod:`hinge_model.plots`; every meaning carried by a colour is also
carried by a line style, marker or label. Units as everywhere: m, s, deg, N*m, N.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from .. import plots
from ..anthropometry import Body
from ..statics import Analysis, analyze
from ._common import MIN_CONFIDENCE
from .recording import Recording

YOU = {"color": plots.REDDISH_PURPLE, "linestyle": "-", "marker": "D"}


def tracking_figure(rec: Recording, joint: str = "wrist", min_confidence: float = MIN_CONFIDENCE
                    ) -> tuple[Figure, str]:
    """Height of ``joint`` over time (filled frames marked) and the tracker's confidence of it."""
    t = rec.time
    y = rec.keypoints[joint][:, 1]
    filled = np.asarray(rec.filled.get(joint, np.zeros_like(t, bool)))
    conf = rec.confidence[joint]
    with plt.ioff():
        fig, (ax_y, ax_c) = plt.subplots(2, 1, figsize=(9, 5), sharex=True, layout="constrained",
                                         height_ratios=(2, 1))
    ax_y.plot(t, y, color=plots.BLUE, lw=2, label=f"{joint} height (as read)")
    ax_y.plot(t[filled], y[filled], ls="none", marker="x", ms=9, mew=2, color=plots.VERMILLION,
              label="missing or low confidence: filled")
    ax_y.set_ylabel(f"{joint} height above\nthe ankle (m)")
    ax_y.legend(loc="lower left")
    ax_c.plot(t, conf, color=plots.BLACK, lw=1.5, marker=".", label="confidence")
    ax_c.axhline(min_confidence, color=plots.GREY, ls="--", lw=1.5, label=f"threshold {min_confidence:g}")
    ax_c.set_ylim(-0.05, 1.05)
    ax_c.set_ylabel("confidence")
    ax_c.set_xlabel("time (s)")
    ax_c.legend(loc="lower left", ncols=2)
    alt = (f"{joint.capitalize()} height against time over {t[-1] - t[0]:.1f} s ({rec.frames} frames); "
           f"{int(filled.sum())} frames were missing or below the confidence threshold {min_confidence:g} and "
           f"were filled (crosses); lowest point {float(np.min(y)):.2f} m above the ankle.")
    return fig, alt


def grip_task(a: Analysis) -> tuple[float, float, int]:
    """(hand height above the floor m, hand x from the ankle m, grip frame) of a recording's analysis."""
    g = int(a.extras["grip_frame"])
    hand = np.asarray(a.points["hand"])[g]
    return float(hand[1] + a.body.ankle_height), float(hand[0]), g


def model_pickups(body: Body, load_mass: float, target_height: float, load_x: float,
                  techniques: Sequence[str] = plots.TECHNIQUES) -> tuple[dict[str, Analysis], dict[str, str]]:
    """The model's pick-up posture of each technique for the same grip; techniques the model cannot solve for
    that grip are left out, with the reason."""
    from ..movements import movement

    out, failed = {}, {}
    for t in techniques:
        try:
            m = movement(t, body, load_mass, target_height, load_x, frames=5)
        except (ValueError, RuntimeError) as err:
            failed[t] = str(err)
            continue
        out[t] = analyze(body, m.poses[m.pickup], load_mass)
    return out, failed


def comparison_figure(a: Analysis, load_mass: float, techniques: Sequence[str] = plots.TECHNIQUES
                      ) -> tuple[Figure, str, list[tuple[Any, ...]]]:
    """Your lift at its grip frame beside the model's hinge, bend and squat for the same grip (same body, load).

    Returns the figure, its text alternative and table rows (name, hip, knee, lumbar deg, hip and L5/S1 moment
    N*m, L5/S1 compression N, passive share %).
    """
    height, x, g = grip_task(a)
    you = analyze(a.body, a.pose[g], load_mass)
    models, failed = model_pickups(a.body, load_mass, height, x, techniques)
    panels = {"your lift": you, **models}
    with plt.ioff():
        fig, axs = plt.subplots(1, len(panels), figsize=(3.4 * len(panels), 4.6), layout="constrained",
                                squeeze=False)
    rows = []
    for ax, (name, an) in zip(axs[0], panels.items(), strict=True):
        st = YOU if name == "your lift" else plots.TECHNIQUE_STYLE[name]
        plots.stick_figure(ax, an, color=st["color"], linestyle="-")
        plots.fit_limits(ax, list(panels.values()))
        ax.set_title(name, fontweight="bold")
        ax.text(0.02, 0.98, f"L5/S1 {float(an.moments['L5S1']):.0f} N·m\nhip {float(an.moments['hip']):.0f} N·m",
                transform=ax.transAxes, ha="left", va="top")
        if ax is not axs[0][0]:
            ax.set_ylabel("")
        rows.append((name, float(an.pose.hip), float(an.pose.knee), float(an.pose.lumbar),
                     float(an.moments["hip"]), float(an.moments["L5S1"]), float(an.spine.compression),
                     100 * float(an.spine.passive_share)))
    fig.suptitle(f"{load_mass:g} kg gripped at {height:.2f} m above the floor, {100 * x:.0f} cm in front of the "
                 "ankle")
    alt = ("Stick figures: " + "; ".join(f"{r[0]} hip {r[1]:.0f}°, knee {r[2]:.0f}°, lumbar {r[3]:.0f}°, L5/S1 "
                                         f"{r[5]:.0f} N·m" for r in rows)
           + (f"; not solvable for this grip: {', '.join(failed)}" if failed else "") + ".")
    return fig, alt, rows


def timeseries_figure(a: Analysis) -> tuple[Figure, str]:
    """Joint angles (top) and hip and L5/S1 moments, static and dynamic (bottom), over the recorded lift."""
    t = np.asarray(a.extras["time"])
    dyn = a.extras["dynamics"]
    g = int(a.extras["grip_frame"])
    with plt.ioff():
        fig, (ax_q, ax_m) = plt.subplots(2, 1, figsize=(9, 6), sharex=True, layout="constrained")
    for j in ("knee", "hip", "lumbar"):
        st = plots.JOINT_STYLE[j]
        ax_q.plot(t, getattr(a.pose, j), color=st["color"], ls=st["linestyle"], lw=2.2, label=plots.JOINT_LABEL[j])
    ax_q.set_ylabel("flexion (°)")
    ax_q.legend(ncols=3, loc="upper left")
    for j in ("hip", "L5S1"):
        st = plots.JOINT_STYLE[j]
        ax_m.plot(t, a.moments[j], color=st["color"], ls=":", lw=2.2, label=f"{plots.JOINT_LABEL[j]}, static")
        ax_m.plot(t, dyn.moments[j], color=st["color"], ls="-", lw=2.2, label=f"{plots.JOINT_LABEL[j]}, dynamic")
    ax_m.set_ylabel("extensor moment (N·m)")
    ax_m.set_xlabel("time (s)")
    ax_m.legend(ncols=2, loc="upper left")
    for ax in (ax_q, ax_m):
        ax.axvline(t[g], color=plots.GREY, lw=1.2)
    ax_q.text(t[g], 1.0, " grip", transform=ax_q.get_xaxis_transform(), va="bottom")
    alt = (f"Recorded lift over {t[-1] - t[0]:.1f} s, grip at {t[g]:.2f} s: peak hip flexion "
           f"{float(np.max(a.pose.hip)):.0f}°, knee {float(np.max(a.pose.knee)):.0f}°, lumbar "
           f"{float(np.max(a.pose.lumbar)):.0f}° (as assumed); peak L5/S1 moment {float(np.max(a.moments['L5S1'])):.0f}"
           f" N·m static, {float(np.max(dyn.moments['L5S1'])):.0f} N·m dynamic.")
    return fig, alt


def assumption_rows(rec: Recording, body: Body, load_mass: float, shares: Sequence[float] = (0.0, 0.2, 0.4, 0.6)
                    ) -> list[tuple[float, float, float, float, float]]:
    """For each lumbar_share: (share, peak lumbar deg, peak L5/S1 moment N*m, peak compression N, passive share
    % at that frame)."""
    rows = []
    for s in shares:
        an = rec.with_options(lumbar_share=s).analyze(body, load_mass)
        i = int(np.argmax(an.moments["L5S1"]))
        rows.append((float(s), float(np.max(an.pose.lumbar)), float(an.moments["L5S1"][i]),
                     float(np.max(an.spine.compression)), 100 * float(an.spine.passive_share[i])))
    return rows


def assumption_figure(rows: Sequence[tuple[float, float, float, float, float]]) -> tuple[Figure, str]:
    """Peak L5/S1 moment, compression and passive share against the assumed lumbar share."""
    r = np.array(rows, dtype=float)
    with plt.ioff():
        fig, axs = plt.subplots(1, 3, figsize=(11, 3.6), layout="constrained")
    specs = ((2, "peak L5/S1 moment (N·m)", plots.VERMILLION, "o"), (3, "peak L5/S1 compression (N)", plots.BLUE,
                                                                      "s"),
             (4, "passive tissues' share (%)", plots.BLUISH_GREEN, "^"))
    for ax, (k, label, color, marker) in zip(axs, specs, strict=True):
        ax.plot(r[:, 0], r[:, k], color=color, marker=marker, ms=8, lw=2.2)
        ax.set_xlabel("assumed lumbar share")
        ax.set_ylabel(label)
        lo, hi = float(np.min(r[:, k])), float(np.max(r[:, k]))
        pad = max(0.1 * (hi - lo), 0.05 * max(abs(hi), 1.0))
        ax.set_ylim(min(0.0, lo - pad) if k == 4 else lo - pad, hi + pad)
    alt = (f"Against the assumed lumbar share from {r[0, 0]:.1f} to {r[-1, 0]:.1f}: peak L5/S1 moment "
           f"{r[0, 2]:.0f} to {r[-1, 2]:.0f} N·m, peak compression {r[0, 3]:.0f} to {r[-1, 3]:.0f} N, passive share "
           f"{r[0, 4]:.0f} to {r[-1, 4]:.0f} %.")
    return fig, alt
