"""Render every plot of :mod:`hinge_model.plots` (and the Explorer figure) to PNG for review.

Usage: ``.venv/bin/python bench/gallery.py [outdir]`` (default ``gallery/``, git-ignored). Each plot is rendered in
the normal style and in presenter mode (1280 x 720 px); the lift is also written as an animated GIF and one
figure as SVG,
and the three techniques side by side as MP4 and GIF (1280 x 720). Prints each file with its alt text, so a
reviewer can check that the words match the picture.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
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


def figures(mode: str) -> Iterator[tuple[str, plt.Figure, str]]:
    """Every plot of the package in the current style, as (name, figure, alt text); the caller closes them."""
    big = mode == "presenter"
    size_one = (12.8, 7.2) if big else (6.4, 4.8)
    hinge = hm.movement("hinge", BODY, load_mass=LOAD, target_height=TARGET)
    a = plots.pickup_analysis(BODY, "bend", LOAD, TARGET)

    fig, art = _single(lambda ax, a: plots.stick_figure(ax, a, legend=True), a, size_one)
    yield "stick_figure", fig, art.alt_text

    fig, ax = plt.subplots(figsize=size_one, layout="constrained")
    plots.stick_figure(ax, a)
    arms = plots.moment_arms(ax, a)
    yield "moment_arms", fig, arms.alt_text

    fig, art = _single(plots.moment_bars, a, (12.8, 7.2) if big else (5.0, 3.6))
    yield "moment_bars", fig, art.alt_text

    fig, art = _single(plots.spine_gauges, a, (12.8, 7.2) if big else (6.0, 4.0))
    yield "spine_gauges", fig, art.alt_text

    fig, art = _single(plots.hamstring_gauge, a, (12.8, 3.0) if big else (6.0, 1.6))
    yield "hamstring_gauge", fig, art.alt_text

    cmp_ = plots.compare_techniques(BODY, LOAD, TARGET)
    yield "compare_techniques", cmp_.figure, cmp_.alt_text

    cmp_ = plots.compare_techniques(BODY, LOAD, 0.30, load_x=0.35)
    yield "compare_techniques_box_in_front", cmp_.figure, cmp_.alt_text

    ts = plots.lift_timeseries(hinge)
    yield "lift_timeseries", ts.figure, ts.alt_text

    for q in ("compression", "passive_share"):
        fig, ax = plt.subplots(figsize=size_one, layout="constrained")
        hm_ = plots.posture_heatmap(ax, BODY, LOAD, quantity=q, target_height=TARGET)
        yield f"posture_heatmap_{q}", fig, hm_.alt_text

    ex = hm.widgets.Explorer(BODY, technique="bend", load_mass=LOAD, target_height=TARGET)
    ex.set(load_mass=LOAD + 5)  # exercise one update before saving
    yield "explorer", ex.figure, ex.readout_text().replace("\n", "; ")

    for name, build in LIVE.items():  # the live components' figures, as a reader without a kernel sees them
        comp = build()
        yield f"live_{name}", comp.figure, comp.alt_text()


LIVE: dict[str, Callable[[], object]] = {
    "trunk_lever": lambda: plots.live_trunk_lever(),
    "lift_animation": lambda: plots.live_lift_animation(BODY, LOAD, 0.26, fps=5),
    "lever": lambda: plots.live_lever(),
    "moment_terms": lambda: plots.live_moment_terms(BODY),
    "hips_back": lambda: plots.live_hips_back(BODY, LOAD, 0.26),
    "technique_peaks": lambda: plots.live_technique_peaks(BODY, LOAD, frames=9),
    "lift_duration": lambda: plots.live_lift_duration(BODY, LOAD, 0.26),
    "pickup_choice": lambda: plots.live_pickup_choice(BODY, LOAD, 0.22),
    "stoop_duration": lambda: plots.live_stoop_duration(BODY, {"moment": (180, 260), "compression": (3000, 5000)},
                                                        {"moment": 200.0, "compression": 3500.0}),
}


def build(outdir: Path, mode: str) -> list[tuple[Path, str]]:
    """Draw each plot in the current style to ``outdir``; return (png path, alt text) pairs."""
    out: list[tuple[Path, str]] = []
    for name, fig, alt in figures(mode):
        path = outdir / f"{name}_{mode}.png"
        fig.savefig(path)
        plt.close(fig)
        out.append((path, alt))
    return out


def write_index(outdir: Path, files: list[tuple[Path, str]]) -> Path:
    """``outdir/index.html``: every image of the gallery as ``<img src alt>`` (its text alternative); videos linked."""
    import html

    rows = []
    for path, alt in files:
        src, text = html.escape(path.name, quote=True), html.escape(alt, quote=True)
        if path.suffix.lower() in {".png", ".gif", ".jpg", ".jpeg", ".svg"}:
            rows.append(f'<figure><img src="{src}" alt="{text}"><figcaption>{text}</figcaption></figure>')
        else:
            rows.append(f'<p><a href="{src}">{src}</a>: {text}</p>')
    index = outdir / "index.html"
    index.write_text('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>hinge_model gallery'
                     '</title></head><body><main><h1>hinge_model gallery</h1>\n' + "\n".join(rows)
                     + "\n</main></body></html>\n", encoding="utf-8")
    return index


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
    moves = {t: hm.movement(t, BODY, load_mass=LOAD, target_height=0.26, frames=81) for t in plots.TECHNIQUES}
    for path in plots.animate_lift(moves, outdir / "lifts_side_by_side", formats=("mp4", "gif")):
        files.append((path, "Hinge, bend and squat side by side lifting the same load, 1280 x 720, 20 frames/s."))
    index = write_index(outdir, files)
    print(f"{index}: every figure as <img alt=...>")
    for path, alt in files:
        print(f"{path}  ({path.stat().st_size / 1024:.0f} kB)\n    alt: {alt}")
    print(f"{len(files)} files in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
