"""The package's live components in real JupyterLab (headless chromium, 1280 x 720): every one changes its pixels
when its control moves, the lift animation's Play shows >= 90 % of its frames, the Explorer's figure and all its
sliders are inside the viewport together with the file browser open, and no output is wider than its output area.

The components are written into a test notebook from live_components.COMPONENTS (data-driven: a component added
there is tested here too). tests/browser/test_browser_notebooks.py applies the same checks to every live figure of
the committed notebooks.
"""

from __future__ import annotations

from pathlib import Path

import live_components as lc
import live_probe as lp
import pytest
from jlab_driver import assert_ran_cleanly, open_notebook, run_all

NAME = "zz_live_components.ipynb"

OVERFLOW_JS = """() => [...document.querySelectorAll('.jp-Notebook .jp-Cell')].flatMap((cell, i) =>
  [...cell.querySelectorAll('.jp-OutputArea-output')].map((out) => {
    const area = out.getBoundingClientRect();
    let right = area.right;
    out.querySelectorAll('canvas, img, .widget-box, .jupyter-widgets, table').forEach((el) => {
      right = Math.max(right, el.getBoundingClientRect().right);
    });
    return {cell: i, scroll: out.scrollWidth - out.clientWidth, over: right - area.right,
            live: !!out.querySelector('.hm-live-box')};
  }).filter((o) => o.scroll > 1 || o.over > 1))"""

FIT_JS = """(cellIndex) => {
  const cell = document.querySelectorAll('.jp-Notebook .jp-Cell')[cellIndex];
  const box = cell.querySelector('.hm-live-box');
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')
             || document.querySelector('.jp-NotebookPanel .jp-Notebook');
  const view = panel.getBoundingClientRect();
  const r = (el) => { const b = el.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, left: b.left,
                                                                     right: b.right}; };
  return {view: r(panel), canvas: r(box.querySelector('.hm-live-canvas')),
          sliders: [...box.querySelectorAll('.widget-slider')].map(r),
          buttons: [...box.querySelectorAll('.widget-toggle-buttons')].map(r),
          viewport: {width: window.innerWidth, height: window.innerHeight}};
}"""


def open_file_browser(page) -> None:
    if not page.locator("#jp-left-stack:visible").count():
        page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab").first.click()
    page.wait_for_selector("#jp-left-stack:visible")
    page.wait_for_timeout(500)


@pytest.fixture(scope="module")
def components_notebook(lab) -> str:
    lc.write_notebook(Path(lab.root_dir) / NAME, lc.COMPONENTS, lc.SETUP)
    return NAME


def test_every_component_changes_its_figure_and_play_shows_its_frames(page, lab, components_notebook):
    open_notebook(page, lab, components_notebook)
    assert_ran_cleanly(run_all(page, lab, components_notebook, timeout_s=300))
    figures = lp.find_live_figures(page)
    assert len(figures) == len(lc.COMPONENTS), figures
    assert all(f.kind == "live" for f in figures)
    check_live_figures(page, figures)
    assert any(f.play for f in figures), "the lift animation shows no play button"


def check_live_figures(page, figures: list) -> None:
    """Each live figure changes its pixels when its control moves; each Play shows >= 90 % of its frames."""
    for fig in figures:
        lp.prepare(page, fig)
        stats = lp.measure_moves(page, fig, 3, timeout_ms=8000)
        assert stats.latencies, f"cell {fig.cell}: moving its control changed no pixel of the figure"
        if fig.play:
            lp.prepare(page, fig)
            play = lp.measure_play(page, fig)
            print(f"cell {fig.cell} Play: {play}")
            assert play["fraction"] >= 0.9, play


def explorer_cells(page) -> list[int]:
    cells = page.locator(".jp-Notebook .jp-Cell")
    return [f.cell for f in lp.find_live_figures(page) if f.kind == "live"
            and cells.nth(f.cell).locator(".widget-toggle-buttons").count()
            and cells.nth(f.cell).locator(".widget-slider").count() >= 9]


def assert_fits(page, cell: int) -> None:
    """The Explorer's figure, sliders and buttons are all inside the notebook's visible area at once."""
    page.locator(".jp-Notebook .jp-Cell").nth(cell).locator(".hm-live-box").first.evaluate(
        "el => el.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)
    box = page.evaluate(FIT_JS, cell)
    view = box["view"]
    parts = [("figure", box["canvas"])] + [(f"slider {k}", s) for k, s in enumerate(box["sliders"])]
    parts += [("technique buttons", b) for b in box["buttons"]]
    for what, r in parts:
        assert view["top"] - 1 <= r["top"] and r["bottom"] <= view["bottom"] + 1, (what, r, view)
        assert r["right"] <= box["viewport"]["width"] and r["left"] >= view["left"] - 1, (what, r, view)


def live_overflow(page) -> tuple[list, list]:
    """(live component outputs, other outputs) wider than their output area."""
    overflow = page.evaluate(OVERFLOW_JS)
    return [o for o in overflow if o["live"]], [o for o in overflow if not o["live"]]


def test_explorer_fits_and_no_output_is_too_wide_with_the_file_browser_open(page, lab, components_notebook):
    open_notebook(page, lab, components_notebook)
    assert_ran_cleanly(run_all(page, lab, components_notebook, timeout_s=300))
    open_file_browser(page)
    cells = explorer_cells(page)
    assert len(cells) == 1
    assert_fits(page, cells[0])
    live, other = live_overflow(page)
    assert not live and not other, f"outputs wider than their output area at 1280 x 720: {live + other}"
