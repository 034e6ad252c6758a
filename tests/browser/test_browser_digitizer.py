"""Notebook 11's photo digitiser in real JupyterLab: clicks on its ipympl canvas place the joints and produce a
pose, Undo removes the last point, and a click beside the photo is shown as ignored (never an error).

The clicks go to the browser's canvas at fractions of its size; where they land on the photo does not matter
for what is checked (six clicks = a pose, clipped to the model's ranges when the clicks are nonsense).
"""

from __future__ import annotations

import time

from jlab_driver import FIGURE_CANVAS, assert_ran_cleanly, open_notebook, run_all

NAME = "11_analyse_your_own_lift.ipynb"


def _text(locator) -> str:
    return " ".join(locator.all_inner_texts())


def _wait_for_text(cell, selector: str, needle: str, timeout_s: float = 20.0) -> str:
    deadline = time.monotonic() + timeout_s
    text = ""
    while time.monotonic() < deadline:
        text = _text(cell.locator(selector))
        if needle in text:
            return text
        time.sleep(0.25)
    raise AssertionError(f"waited {timeout_s:.0f} s for {needle!r}; the widget shows {text!r}")


def test_digitiser_clicks_make_a_pose_and_undo_works(page, lab, screenshots_dir):
    open_notebook(page, lab, NAME)
    assert_ran_cleanly(run_all(page, lab, NAME))
    # the cell with the live digitiser (Undo button + canvas); its status text changes with every click
    cell = page.locator(".jp-Cell").filter(has=page.locator("button:has-text('Undo')")).filter(
        has=page.locator(FIGURE_CANVAS)).first
    assert "Click the ANKLE" in _text(cell.locator(".widget-html"))
    canvas = cell.locator(FIGURE_CANVAS).first
    canvas.scroll_into_view_if_needed()
    canvas.locator("canvas").last.wait_for()
    time.sleep(1.0)  # the first draw of the figure
    box = canvas.bounding_box()
    assert box and box["width"] > 200, f"the digitiser's canvas did not render: {box}"

    def click(fx: float, fy: float) -> None:
        page.mouse.click(box["x"] + fx * box["width"], box["y"] + fy * box["height"])
        time.sleep(0.4)

    clicks = [(0.62, 0.90), (0.64, 0.72), (0.70, 0.55), (0.52, 0.50), (0.55, 0.65), (0.57, 0.80)]
    for k, (fx, fy) in enumerate(clicks):
        click(fx, fy)
        if k == 0:
            _wait_for_text(cell, ".widget-html", "Click the KNEE")
    readout = _wait_for_text(cell, ".widget-html", "pose: ankle")
    assert "Click the EAR" in _text(cell.locator(".widget-html"))
    cell.screenshot(path=str(screenshots_dir / "11_digitizer__six_clicks.png"))

    cell.locator("button:has-text('Undo')").click()
    _wait_for_text(cell, ".widget-html", "5 of 7 points placed")
    assert "Click the WRIST" in _text(cell.locator(".widget-html"))
    click(0.57, 0.80)  # the wrist again: the pose is back
    _wait_for_text(cell, ".widget-html", "pose: ankle")
    assert "pose:" in readout

    page.mouse.click(box["x"] + box["width"] + 40, box["y"] + 10)  # beside the figure: nothing happens
    time.sleep(0.5)
    assert "Traceback" not in _text(cell)
    assert page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count() == 0
