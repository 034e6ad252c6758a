"""Export: figures to PNG/SVG/PDF files or bytes, and lift animations."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from ..validation import check_choice
from .stick import fit_limits, moment_arms, stick_figure

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
