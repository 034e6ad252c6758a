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
    slider_figure_pair,
)

SLIDER_FIGURE = '''
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display

x = np.linspace(0, 2 * np.pi, 200)
with plt.ioff():
    fig, ax = plt.subplots(figsize=(5, 3))
(line,) = ax.plot(x, np.sin(x), linewidth=3)
ax.set_ylim(-3.2, 3.2)
slider = widgets.FloatSlider(value=1.0, min=0.5, max=3.0, step=0.25, description="amplitude")


def update(change):
    line.set_ydata(change["new"] * np.sin(x))
    fig.canvas.draw_idle()
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


@pytest.mark.parametrize("connected", [True, False], ids=["connected", "disconnected"])
def test_slider_pixel_check_depends_on_the_callback(page, lab, connected):
    hookup = 'slider.observe(update, names="value")\n' if connected else "# callback deliberately not connected\n"
    name = _write(lab, f"zz_selfcheck_slider_{'on' if connected else 'off'}.ipynb",
                  "%matplotlib widget", SLIDER_FIGURE + hookup + "display(widgets.VBox([slider, fig.canvas]))")
    open_notebook(page, lab, name)
    assert_ran_cleanly(run_all(page, lab, name, timeout_s=40, debug_dir=Path(__file__).parent / "screenshots"))
    pair = slider_figure_pair(page)
    assert pair is not None, "slider and figure did not render"
    change = move_slider_and_measure(page, *pair)
    print(f"pixels changed with the callback {'connected' if connected else 'disconnected'}: {change}")
    if connected:
        assert change >= MIN_CHANGED_PIXELS
    else:
        assert change < MIN_CHANGED_PIXELS / 10


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
