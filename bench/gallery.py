"""Render every plot of :mod:`hinge_model.plots` (and the Explorer figure) to PNG for review.

Usage: ``.venv/bin/python bench/gallery.py [outdir]`` (default ``gallery/``, git-ignored). Each plot is rendered in
the normal style and in presenter mode (1280 x 720 px); the lift is also written as an animated GIF and one
figure as SVG. Prints each file with its alt text, so a reviewer can check that the words match the picture.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

import hinge_model as hm  # noqa: E402
from hinge_model import plots  # noqa: E402

BODY = hm.Body(mass=75.0, height=1.75, sex="male")
LOAD = 15.0
TARGET = 0.25  # grip height above the floor, m: a box handle / barbell at about mid-shin


def _single(draw: Callable[[plt.Axes, hm.Analysis], object], a: hm.Analysis, size: tuple[float, float]) -> tuple:
    fig, ax = plt.subplots(figsize=size, layout="constrained")
    art = draw(ax, a)
    return fig, art


def build(outdir: Path, mode: str) -> list[tuple[Path, str]]:
    """Draw each plot in the current style; return (png path, alt text) pairs."""
    out: list[tuple[Path, str]] = []
    big = mode == "presenter"
    size_one = (12.8, 7.2) if big else (6.4, 4.8)
    hinge = hm.movement("hinge", BODY, load_mass=LOAD, target_height=TARGET)
    a = plots.pickup_analysis(BODY, "bend", LOAD, TARGET)

    def save(fig: plt.Figure, name: str, alt: str) -> None:
        path = outdir / f"{name}_{mode}.png"
        fig.savefig(path)
        plt.close(fig)
        out.append((path, alt))

    fig, art = _single(lambda ax, a: plots.stick_figure(ax, a, legend=True), a, size_one)
    save(fig, "stick_figure", art.alt_text)

    fig, ax = plt.subplots(figsize=size_one, layout="constrained")
    plots.stick_figure(ax, a)
    arms = plots.moment_arms(ax, a)
    save(fig, "moment_arms", arms.alt_text)

    fig, art = _single(plots.moment_bars, a, (12.8, 7.2) if big else (5.0, 3.6))
    save(fig, "moment_bars", art.alt_text)

    fig, art = _single(plots.spine_gauges, a, (12.8, 7.2) if big else (6.0, 4.0))
    save(fig, "spine_gauges", art.alt_text)

    fig, art = _single(plots.hamstring_gauge, a, (12.8, 3.0) if big else (6.0, 1.6))
    save(fig, "hamstring_gauge", art.alt_text)

    cmp_ = plots.compare_techniques(BODY, LOAD, TARGET)
    save(cmp_.figure, "compare_techniques", cmp_.alt_text)

    cmp_ = plots.compare_techniques(BODY, LOAD, 0.30, load_x=0.35)
    save(cmp_.figure, "compare_techniques_box_in_front", cmp_.alt_text)

    ts = plots.lift_timeseries(hinge)
    save(ts.figure, "lift_timeseries", ts.alt_text)

    for q in ("compression", "passive_share"):
        fig, ax = plt.subplots(figsize=size_one, layout="constrained")
        hm_ = plots.posture_heatmap(ax, BODY, LOAD, quantity=q, target_height=TARGET)
        save(fig, f"posture_heatmap_{q}", hm_.alt_text)

    ex = hm.widgets.Explorer(BODY, technique="bend", load_mass=LOAD, target_height=TARGET,
                             figsize=(12.8, 7.2) if big else (10.0, 5.6))
    ex.set(load_mass=LOAD + 5)  # exercise one update before saving
    save(ex.figure, "explorer", ex.readout_text().replace("\n", "; "))
    return out


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else Path("gallery")
    outdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    files: list[tuple[Path, str]] = []
    with plots.style():
        files += build(outdir, "normal")
    with plots.presenter():
        files += build(outdir, "presenter")
        cmp_ = plots.compare_techniques(BODY, LOAD, TARGET)
        files += [(p, cmp_.alt_text) for p in plots.save_figure(cmp_.figure, outdir / "compare_techniques_export")]
        plt.close(cmp_.figure)
    gif = plots.animate_lift(hm.movement("hinge", BODY, load_mass=LOAD, target_height=TARGET), outdir / "lift.gif")
    files.append((gif, plots.ALT_TEXT["animate_lift"]))
    for path, alt in files:
        print(f"{path}  ({path.stat().st_size / 1024:.0f} kB)\n    alt: {alt}")
    print(f"{len(files)} files in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
