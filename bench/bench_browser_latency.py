"""Browser latency of every live figure, measured in JupyterLab in headless Chromium (1280 x 720), one kernel.

For each notebook in notebooks/ that shows a live figure, and for a generated notebook with one cell per live
component of the package (tests/browser/live_components.py), the script opens the notebook, runs it and moves each
figure's main control ``--moves`` times (default 40), at device pixel ratio 1 and then 2. Each move is timed with
the browser's clock: ``performance.now()`` at the input event, then a ``requestAnimationFrame`` poll comparing the
figure's pixels; only moves that change the figure count. It prints p50 / p95 / max per figure.

Baseline, in the same run: the usual teaching pattern, ``ipywidgets.interact`` redrawing a comparable Matplotlib
figure with ``%matplotlib inline`` (an Explorer-like 3-panel figure, a one-axes figure like notebook 00's, and a
07-like figure that re-solves the three box lifts at each move). The headline is each figure's ratio to the
baseline (baseline p50 / figure p50, same pixel ratio; > 1 = faster): the Explorer-like baseline for a figure
that only redraws, the three-solves baseline for a figure that solves new postures at each move (comparable work).
Also: a movement's Play (frames shown, frames per second), and new movement solves (the Explorer's hand height
and technique) -> redraw. The machine load (os.getloadavg) is printed with the figures: the machine is shared.

Run: ``.venv/bin/python bench/bench_browser_latency.py [--moves N] [--only TEXT ...]`` (also run by
``make bench``; not by ``make test``). Needs Chromium (/usr/bin/chromium or $CHROMIUM) and playwright.
"""
# bench-timeout: 5400

from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests"), str(REPO / "tests" / "browser")]

import live_components as lc  # noqa: E402
import live_probe as lp  # noqa: E402
from jlab_driver import CHROMIUM_ARGS, VIEWPORT, chromium_path, open_notebook, run_all  # noqa: E402
from lab_server import JupyterLab  # noqa: E402

RATIOS = (1, 2)
GOAL_P50, GOAL_P95, GOAL_SOLVE, GOAL_FPS, GOAL_SHOWN, GOAL_RATIO = 50, 120, 150, 20, 90, 4


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} (2 cores)"


def cell_name(root: Path, fig: lp.LiveFigure, notebook: str) -> str:
    """The figure cell's first comment line, read from the notebook file (a collapsed input has no editor in the
    page to read it from)."""
    import json

    cells = json.loads((root / notebook).read_text(encoding="utf-8"))["cells"]
    src = "".join(cells[fig.cell]["source"]) if fig.cell < len(cells) else ""
    first = src.strip().splitlines()[0] if src.strip() else ""
    label = first[2:].strip() if first.startswith("# ") else f"cell {fig.cell}"
    return f"{Path(notebook).stem}: {label}"


def measure_notebook(browser, lab, notebook: str, moves: int, results: list[dict], extra=None) -> None:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        open_notebook(page, lab, notebook)
        run_all(page, lab, notebook, timeout_s=400)
        figures = lp.find_live_figures(page)
        print(f"{notebook}: {len(figures)} live figure(s); {load()}", flush=True)
        for fig in figures:
            name = cell_name(lab.root_dir, fig, notebook)
            for ratio in RATIOS:
                lp.set_pixel_ratio(page, ratio, VIEWPORT)
                lp.prepare(page, fig)
                stats = lp.measure_moves(page, fig, moves)
                row = {"name": name, "kind": fig.kind, "ratio": ratio, **stats.summary(), "solve": fig.solves,
                       "unchanged": stats.unchanged, "load": os.getloadavg()[0]}
                results.append(row)
                print(f"  {name} [{fig.kind}] dpr {ratio}: n={row['n']} p50 {row['p50']:.0f} ms, p95 "
                      f"{row['p95']:.0f} ms, max {row['max']:.0f} ms ({stats.unchanged} moves without change)",
                      flush=True)
            lp.set_pixel_ratio(page, 1, VIEWPORT)
            if fig.play:
                lp.prepare(page, fig)
                play = lp.measure_play(page, fig, expected_frames=None if fig.kind == "live" else 41)
                results.append({"name": name, "play": play})
                print(f"  {name} Play: {play['shown']} of {play['frames']} frames shown, {play['fps']:.1f} "
                      "frames/s", flush=True)
            if extra is not None:
                extra(page, fig, name, results, moves)
        lab.shutdown_all_kernels()
    finally:
        context.close()


def explorer_solves(page, fig: lp.LiveFigure, name: str, results: list[dict], moves: int) -> None:
    """Hand height slider and technique buttons of an Explorer: each one re-solves the pick-up posture. The
    lifting Explorer (hm.widgets) has both ("hands at" slider); the assess Explorer (notebook 12) has a "grip (m)"
    slider and no technique buttons (its technique is fixed when it is built)."""
    if "explorer" not in name:
        return
    area = page.locator(".jp-Notebook .jp-Cell").nth(fig.cell).locator(".jp-OutputArea")
    height = area.locator(".widget-slider:has-text('hands at'), .widget-slider:has-text('grip (m)')")
    height = height.locator(".noUi-handle").first
    buttons = area.locator(".widget-toggle-buttons button")
    n = max(10, moves // 2)
    measures = [("hand height", height, fig)]
    if buttons.count():
        measures.append(("technique", buttons, lp.LiveFigure(fig.cell, fig.kind, "toggle", False)))
    for label, handle, f in measures:
        lp.prepare(page, fig)
        stats = lp.measure_moves(page, f, n, handle=handle, timeout_ms=6000, quiet_ms=250)
        row = {"name": f"{name}, {label} (new solve)", "kind": fig.kind, "ratio": 1, "solve": True,
               **stats.summary(), "unchanged": stats.unchanged, "load": os.getloadavg()[0]}
        results.append(row)
        print(f"  {row['name']}: n={row['n']} p50 {row['p50']:.0f} ms, p95 {row['p95']:.0f} ms", flush=True)
    lp.prepare(page, fig)
    drag = lp.measure_drag(page, fig, lp.control_handle(page, fig))
    results.append({"name": name, "drag": drag})
    print(f"  {name} drag: {drag['updates']} updates in {drag['drag_s']:.1f} s ({drag['updates_per_s']:.1f}/s), "
          f"settled {drag['settle_ms']:.0f} ms after the mouse stopped", flush=True)


def report(results: list[dict]) -> None:
    base = {r["ratio"]: r for r in results if "baseline, Explorer" in r.get("name", "")}
    small = {r["ratio"]: r for r in results if "baseline, one axes" in r.get("name", "")}
    solving = {r["ratio"]: r for r in results if "baseline, three solves" in r.get("name", "")}
    print("\nfigure                                              kind    dpr    n    p50    p95    max  x baseline")
    for r in results:
        if "play" in r or "drag" in r:
            continue
        # a figure that re-solves postures on each move is compared with the same work done the interact way
        same_work = solving if r.get("solve") and "baseline" not in r["name"] else base
        b = same_work.get(r["ratio"]) or base.get(r["ratio"])
        ratio = b["p50"] / r["p50"] if b and r["n"] and not math.isnan(b["p50"]) else float("nan")
        r["x"] = ratio
        print(f"{r['name'][:50]:<50}  {r['kind']:<6}  {r['ratio']:>3}  {r['n']:>3}  {r['p50']:5.0f}  {r['p95']:5.0f}  "
              f"{r['max']:5.0f}  {ratio:6.1f}")
    for r in results:
        label = r["name"].replace("|", "/")
        if "drag" in r:
            d = r["drag"]
            print(f"BENCH|{label} drag: figure updates per second|{d['updates_per_s']:.1f}|1/s||")
            if not math.isnan(d["settle_ms"]):  # nan: the figure never changed during the drag (row above: 0)
                print(f"BENCH|{label} drag: settled after the mouse stopped|{d['settle_ms']:.0f}|ms|<= {GOAL_P95}|")
            continue
        if "play" in r:
            p = r["play"]
            if math.isnan(p["fps"]):
                p["fps"] = 0.0  # no frame changed while playing
            print(f"BENCH|{label} Play frames/s|{p['fps']:.1f}|fps|>= {GOAL_FPS}|")
            print(f"BENCH|{label} Play frames shown|{100 * p['fraction']:.0f}|%|>= {GOAL_SHOWN}|")
            continue
        if not r["n"]:
            print(f"BENCH|{label} dpr {r['ratio']} moves that changed the figure|0|moves|>= 1|")
            continue
        is_base = "baseline" in label
        target50 = "" if is_base else f"<= {GOAL_SOLVE if r.get('solve') else GOAL_P50}"
        ratio = "" if is_base or math.isnan(r["x"]) else f"{r['x']:.1f}"
        print(f"BENCH|{label} dpr {r['ratio']} p50|{r['p50']:.1f}|ms|{target50}|{ratio}")
        if not r.get("solve"):
            print(f"BENCH|{label} dpr {r['ratio']} p95|{r['p95']:.1f}|ms|{'' if is_base else f'<= {GOAL_P95}'}|")
        if not is_base and not math.isnan(r["x"]):
            print(f"BENCH|{label} dpr {r['ratio']} speed-up vs interact|{r['x']:.1f}|x|>= {GOAL_RATIO}|{r['x']:.1f}")
    for b in (base, small, solving):
        for ratio, r in b.items():
            print(f"BENCH|{r['name']} dpr {ratio} p50 (baseline)|{r['p50']:.1f}|ms||")
    print(f"BENCH|machine load average, 1 min, at the end|{os.getloadavg()[0]:.2f}|procs||")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--moves", type=int, default=40, help="moves per figure and pixel ratio (default 40)")
    parser.add_argument("--only", nargs="*", default=None, help="only notebooks whose name contains one of these")
    args = parser.parse_args(argv)
    chromium = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if chromium is None:
        print("chromium or playwright missing: no browser latency measured")
        print("BENCH|browser latency measured|0|figures|>= 1|")
        return 0
    print(f"start: {load()}", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="bench-browser-"))
    root = tmp / "notebooks"
    shutil.copytree(REPO / "notebooks", root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    lc.write_notebook(root / "zz_bench_components.ipynb", lc.COMPONENTS, lc.SETUP)
    lc.write_notebook(root / "zz_bench_baseline.ipynb", lc.BASELINES, lc.BASELINE_SETUP)
    notebooks = ["zz_bench_baseline.ipynb", "zz_bench_components.ipynb"]
    notebooks += sorted(p.name for p in root.glob("[0-9]*.ipynb"))
    if args.only:
        notebooks = [n for n in notebooks if any(o in n for o in args.only) or "baseline" in n]
    results: list[dict] = []
    try:
        with JupyterLab(root, tmp / "state") as lab, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
            for nb in notebooks:
                t0 = time.monotonic()
                try:
                    measure_notebook(browser, lab, nb, args.moves, results, extra=explorer_solves)
                except Exception as err:  # noqa: BLE001 - report and go on with the next notebook
                    print(f"{nb}: FAILED {type(err).__name__}: {str(err)[:300]}", flush=True)
                print(f"  ({time.monotonic() - t0:.0f} s)", flush=True)
            browser.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"end: {load()}")
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
