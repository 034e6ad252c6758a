"""The browser checks can fail: a notebook that raises is caught, and a slider whose callback is not connected
leaves the figure's pixels unchanged (below the threshold that test_browser_notebooks.py requires)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from jlab_driver import (
    MIN_CHANGED_PIXELS,
    assert_ran_cleanly,
    move_slider_and_measure,
    open_notebook,
    pixel_change,
    run_all,
    slider_figure_pairs,
)

SLIDER_FIGURE = '''
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display


def figure_with_slider(connect):
    x = np.linspace(0, 2 * np.pi, 200)
    with plt.ioff():
        fig, ax = plt.subplots(figsize=(5, 3))
    (line,) = ax.plot(x, np.sin(x), linewidth=3)
    ax.set_ylim(-3.2, 3.2)
    slider = widgets.FloatSlider(value=1.0, min=0.5, max=3.0, step=0.25, description="amplitude")

    def update(change):
        line.set_ydata(change["new"] * np.sin(x))
        fig.canvas.draw_idle()

    if connect:
        slider.observe(update, names="value")
    display(widgets.VBox([slider, fig.canvas]))
'''


def _write(lab, name: str, *sources: str) -> str:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(nb, Path(lab.root_dir) / name)
    return name


def test_a_notebook_that_raises_is_detected(page, lab):
    name = _write(lab, "zz_selfcheck_broken.ipynb",
                  'print("this cell is fine")',
                  'raise ValueError("deliberately broken for the browser self-check")',
                  'print("never reached")')
    open_notebook(page, lab, name)
    result = run_all(page, lab, name)
    assert any("deliberately broken" in t for t in result.dom_errors), result
    assert any("ValueError" in t for t in result.saved_errors), result
    assert result.unexecuted == [2], result  # Run All stops at the error
    with pytest.raises(AssertionError, match="deliberately broken"):
        assert_ran_cleanly(result)


def test_a_syntax_error_is_detected_too(page, lab):
    name = _write(lab, "zz_selfcheck_syntax.ipynb", 'x = (1,\n')
    open_notebook(page, lab, name)
    result = run_all(page, lab, name)
    with pytest.raises(AssertionError, match="SyntaxError"):
        assert_ran_cleanly(result)


def test_slider_pixel_check_depends_on_the_callback(page, lab):
    """Two copies of one figure + slider; only the first has its callback connected."""
    name = _write(lab, "zz_selfcheck_slider.ipynb", "%matplotlib widget", SLIDER_FIGURE,
                  "figure_with_slider(connect=True)", "figure_with_slider(connect=False)")
    open_notebook(page, lab, name)
    assert_ran_cleanly(run_all(page, lab, name, timeout_s=60, debug_dir=Path(__file__).parent / "screenshots"))
    pairs = slider_figure_pairs(page)
    assert len(pairs) == 2, "sliders and figures did not render"
    connected, disconnected = (move_slider_and_measure(page, *pair) for pair in pairs)
    print(f"pixels changed: callback connected {connected}, not connected {disconnected}")
    assert connected >= MIN_CHANGED_PIXELS
    assert disconnected < MIN_CHANGED_PIXELS / 10


def test_pixel_change_helper():
    import io

    from PIL import Image, ImageDraw

    def png(draw_line: bool) -> bytes:
        img = Image.new("RGB", (200, 100), "white")
        if draw_line:
            ImageDraw.Draw(img).line([(0, 50), (199, 50)], fill="black", width=3)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        return buf.getvalue()

    assert pixel_change(png(False), png(False)) == 0
    assert pixel_change(png(False), png(True)) == 3 * 200
