"""No text in any figure that `make gallery` renders is smaller than 12 px at 1280 x 720 (a classroom projector).

A notebook figure is shown in JupyterLab's output area, 848 px wide at 1280 x 720 with the file browser open
(hm.plots.OUTPUT_AREA_PX); a wider image is shrunk to fit, its text with it. Presenter-mode figures are made for
the whole 1280 x 720 screen (slides, Presentation Mode). Each text artist's size in px is its font size in points
x dpi / 72 x that shrink factor; tick labels are measured after a draw, when they hold their text.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from hinge_model import plots  # noqa: E402


def too_small(fig, area_px: float) -> list[tuple[float, str]]:
    fig.savefig(io.BytesIO(), format="png")  # a draw fills the tick labels
    scale = min(1.0, area_px / fig.bbox.width)
    return sorted({(round(t.get_fontsize() * fig.dpi / 72 * scale, 1), t.get_text()) for t in fig.findobj(Text)
                   if t.get_visible() and t.get_text().strip()
                   and t.get_fontsize() * fig.dpi / 72 * scale < plots.MIN_TEXT_PX})


@pytest.mark.parametrize(("mode", "area_px"), [("normal", plots.OUTPUT_AREA_PX), ("presenter", 1280)])
def test_every_gallery_figure_has_text_of_at_least_12_px(gallery, mode, area_px):
    context = plots.presenter if mode == "presenter" else plots.style
    checked, bad = 0, {}
    with context():
        for name, fig, _alt in gallery.figures(mode):
            small = too_small(fig, area_px)
            if small:
                bad[name] = small[:5]
            checked += 1
            plt.close(fig)
    assert checked >= 20
    assert not bad, f"text below {plots.MIN_TEXT_PX} px at 1280 x 720 ({mode}): {bad}"


def test_the_check_can_fail():
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.text(0.5, 0.5, "tiny", fontsize=6)
    assert too_small(fig, plots.OUTPUT_AREA_PX)[0][1] == "tiny"
    wide, ax = plt.subplots(figsize=(16, 4))  # shrunk to 848 px: 10 pt text becomes 7.4 px
    ax.set_title("wide")
    assert "wide" in [t for _, t in too_small(wide, plots.OUTPUT_AREA_PX)]
    plt.close("all")
