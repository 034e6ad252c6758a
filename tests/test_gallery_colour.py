"""No figure of `make gallery` tells its legend entries apart by colour alone (issue 19).

For every legend of every gallery figure (normal and presenter style), each entry gets a signature of everything
but its colour: for a line its line style, marker, marker size, fill style, whether the marker is hollow and its
width; for a patch its hatch, line style and fill. Two entries of one legend with the same signature differ only in
colour, which a reader with a colour-vision deficiency (or a grey-scale print) cannot see: the test fails on them.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.collections import Collection  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402


def signature(handle: object) -> tuple:
    """What tells a legend entry apart when colour is not seen."""
    if isinstance(handle, Line2D):
        marker = handle.get_marker()
        hollow = str(handle.get_markerfacecolor()).lower() in ("none", "white", "w", "#ffffff", "#ffffffff")
        return ("line", handle.get_linestyle(), "none" if marker in (None, "", "None", " ") else str(marker),
                round(handle.get_markersize()), handle.get_fillstyle(), hollow, round(handle.get_linewidth(), 1))
    if isinstance(handle, Patch):
        return ("patch", handle.get_hatch() or "", handle.get_linestyle(), handle.get_fill())
    if isinstance(handle, Collection):
        return ("collection", type(handle).__name__, handle.get_hatch() or "")
    return (type(handle).__name__,)


def colour_only_pairs(fig: plt.Figure) -> tuple[list[str], int]:
    """Pairs of legend labels that differ only in colour, and the number of legends looked at."""
    pairs, legends = [], 0
    for legend in [ax.get_legend() for ax in fig.axes] + list(fig.legends):
        if legend is None:
            continue
        legends += 1
        seen: dict[tuple, str] = {}
        for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=False):
            key = signature(handle)
            if key in seen:
                pairs.append(f"{seen[key]!r} and {text.get_text()!r} {key}")
            seen.setdefault(key, text.get_text())
    return pairs, legends


def test_checker_can_fail():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], "-", label="hinge", color="#0072B2")
    ax.plot([0, 1], [1, 0], "-", label="squat", color="#D55E00")
    ax.legend()
    pairs, legends = colour_only_pairs(fig)
    assert legends == 1 and len(pairs) == 1
    ax.lines[1].set_linestyle("--")
    ax.legend()
    assert colour_only_pairs(fig)[0] == []
    plt.close(fig)


@pytest.mark.parametrize("mode", ["normal", "presenter"])
def test_no_legend_relies_on_colour_alone(gallery, mode):
    found, legends = [], 0
    for name, fig, _alt in gallery.figures(mode):
        pairs, n = colour_only_pairs(fig)
        legends += n
        found += [f"{name}: {p}" for p in pairs]
        plt.close(fig)
    assert legends >= 10, f"only {legends} legends looked at: is the gallery empty?"
    assert found == [], "legend entries told apart by colour alone:\n" + "\n".join(found)
