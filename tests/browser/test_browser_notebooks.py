"""Every notebook, in real JupyterLab in headless chromium: Run All works without an error, the widgets render,
a slider of an interactive figure changes the figure, and screenshots are saved for review.

Screenshots (1280×720, a classroom projector): tests/browser/screenshots/<notebook>__top.png and
<notebook>__figNN.png (one per figure, scrolled into view). They are not committed; look at them after a run.
"""

from __future__ import annotations

from pathlib import Path

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
        assert page.locator(FIGURE).count() > 0 or "plt.subplots" not in source, (
            "the notebook uses ipympl but no interactive figure rendered: is the jupyter-matplotlib "
            "front-end extension installed?")

    pair = slider_figure_pair(page)
    if pair is not None:
        change = move_slider_and_measure(page, *pair)
        assert change >= MIN_CHANGED_PIXELS, (
            f"moving the first slider changed only {change} of the figure's pixels (need {MIN_CHANGED_PIXELS}): "
            "is its callback connected, and does it redraw the figure (fig.canvas.draw_idle())?")
        save_screenshots(page, screenshots_dir, name.removesuffix(".ipynb") + "__after_slider", max_figures=1)
