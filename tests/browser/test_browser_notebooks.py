"""Every notebook, in real JupyterLab in headless chromium: Run All works without an error, the widgets render,
a slider of an interactive figure changes the figure, and screenshots are saved for review.

Screenshots (1280×720, a classroom projector): tests/browser/screenshots/<notebook>__top.png and
<notebook>__figNN.png (one per figure, scrolled into view). They are not committed; look at them after a run.
"""

from __future__ import annotations

from pathlib import Path

import live_probe
import pytest
from jlab_driver import (
    FIGURE,
    MIN_CHANGED_PIXELS,
    assert_ran_cleanly,
    move_slider_and_measure,
    open_notebook,
    run_all,
    save_screenshots,
    slider_figure_pair,
)
from test_browser_live import assert_fits, check_live_figures, explorer_cells, live_overflow, open_file_browser

NOTEBOOKS = sorted(p.name for p in (Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("name", NOTEBOOKS, ids=[n.removesuffix(".ipynb") for n in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(page, lab, screenshots_dir, name):
    source = (Path(lab.root_dir) / name).read_text()
    open_notebook(page, lab, name)
    result = run_all(page, lab, name)
    shots = save_screenshots(page, screenshots_dir, name.removesuffix(".ipynb"))
    assert_ran_cleanly(result)
    assert shots

    if "%matplotlib widget" in source or "%matplotlib ipympl" in source:
        live_views = page.locator(".hm-live-canvas").count()  # hinge_model's own live figures (anywidget)
        assert page.locator(FIGURE).count() > 0 or live_views > 0 or "plt.subplots" not in source, (
            "the notebook uses ipympl but no interactive figure rendered: is the jupyter-matplotlib "
            "front-end extension installed?")

    pair = slider_figure_pair(page)
    if pair is not None:
        change = move_slider_and_measure(page, *pair)
        assert change >= MIN_CHANGED_PIXELS, (
            f"moving the first slider changed only {change} of the figure's pixels (need {MIN_CHANGED_PIXELS}): "
            "is its callback connected, and does it redraw the figure (fig.canvas.draw_idle())?")
        save_screenshots(page, screenshots_dir, name.removesuffix(".ipynb") + "__after_slider", max_figures=1)

    # data-driven checks of the package's live components, wherever a notebook shows one
    live = [f for f in live_probe.find_live_figures(page) if f.kind == "live"]
    check_live_figures(page, live)
    open_file_browser(page)
    for cell in explorer_cells(page):
        assert_fits(page, cell)
    too_wide, others = live_overflow(page)
    assert not too_wide, f"live figures wider than their output area at 1280 x 720 (file browser open): {too_wide}"
    if others:  # not yet enforced for inline figures: reported until the notebooks use the components
        print(f"{name}: outputs wider than the output area with the file browser open: {others}")
