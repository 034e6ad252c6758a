"""Palette, technique and joint styles, alt texts, rc styles (normal and presenter) and size helpers.

Colours are the Okabe & Ito (2008) colour-blind-safe palette ("Color Universal Design",
https://jfly.uni-koeln.de/color/); every meaning carried by a colour is also carried by a line style, marker,
hatch or text label.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import matplotlib as mpl

# ---------------------------------------------------------------------------------------------------------------
# Palette: Okabe M & Ito K (2008) Color Universal Design, https://jfly.uni-koeln.de/color/ (sRGB hex values).
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
OKABE_ITO: tuple[str, ...] = (BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE)
GREY = "#7F7F7F"  # neutral, for guides only

#: Style of each lifting technique: colour AND line style AND marker, so no meaning rests on colour alone.
TECHNIQUE_STYLE: dict[str, dict[str, str]] = {
    "hinge": {"color": BLUISH_GREEN, "linestyle": "-", "marker": "o"},
    "bend": {"color": VERMILLION, "linestyle": "--", "marker": "s"},
    "squat": {"color": BLUE, "linestyle": ":", "marker": "^"},
}
TECHNIQUES: tuple[str, ...] = ("hinge", "bend", "squat")

#: Style of each joint in bar charts and time series: colour AND hatch AND line style.
JOINT_STYLE: dict[str, dict[str, str]] = {
    "ankle": {"color": SKY_BLUE, "hatch": "..", "linestyle": ":"},
    "knee": {"color": BLUE, "hatch": "\\\\", "linestyle": "-."},
    "hip": {"color": BLUISH_GREEN, "hatch": "//", "linestyle": "-"},
    "L5S1": {"color": VERMILLION, "hatch": "xx", "linestyle": "--"},
    "lumbar": {"color": VERMILLION, "hatch": "xx", "linestyle": "--"},
    "shoulder": {"color": REDDISH_PURPLE, "hatch": "oo", "linestyle": (0, (5, 1, 1, 1))},
}
JOINT_LABEL: dict[str, str] = {"ankle": "ankle", "knee": "knee", "hip": "hip", "L5S1": "L5/S1", "lumbar": "lumbar",
                               "shoulder": "shoulder"}

#: One-line description of each plot function, for notebook captions and screen readers. The returned objects
#: carry a specific ``alt_text`` with the numbers of the state shown.
ALT_TEXT: dict[str, str] = {
    "stick_figure": "Side view stick figure of the lifter (facing right) with joint markers, segment centres of "
    "mass, the load at the hands, the whole-body centre of mass with a plumb line and the foot's base of support.",
    "moment_arms": "Horizontal moment arms from L5/S1 and the hip to the upper-body centre of mass and to the load, "
    "labelled in centimetres.",
    "moment_bars": "Bar chart of the net extensor moments at ankle, knee, hip and L5/S1 with each joint's share of "
    "its maximum strength.",
    "spine_gauges": "Three gauges: L5/S1 compression against the NIOSH 3400 N and 6400 N limits, shear against the "
    "700 N and 1000 N limits, and the share of the lumbar moment carried by passive tissues.",
    "hamstring_gauge": "Gauge of hamstring stretch as a fraction of its stretch limit.",
    "compare_techniques": "Three stick figures side by side - hip hinge, bend (stoop) and squat - picking up the same "
    "load from the same place, with L5/S1 and hip moment arms and the resulting loads.",
    "lift_timeseries": "Joint angles, joint moments and L5/S1 compression against time through one lift, with the "
    "pick-up instant marked.",
    "posture_heatmap": "Heat map of an L5/S1 load over hip flexion (x) and lumbar flexion (y), with the paths of "
    "the hinge, bend and squat drawn on it.",
    "animate_lift": "Animated stick figure of one lift from upright to the pick-up and back.",
}

def spine_limit(name: str) -> float:
    """A spine limit (N) from :data:`hinge_model.spine.LIMITS` (e.g. ``"NIOSH_ACTION_LIMIT"``), the single source."""
    from ..spine import LIMITS
    from ..validation import check_choice

    return float(LIMITS[check_choice("name", name, tuple(LIMITS))])


# ---------------------------------------------------------------------------------------------------------------
# Styles

_BASE_RC: dict[str, Any] = {
    "axes.prop_cycle": mpl.cycler(color=[BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, BLUE, VERMILLION, REDDISH_PURPLE])
    + mpl.cycler(linestyle=["-", "--", ":", "-.", (0, (5, 1)), (0, (3, 1, 1, 1)), (0, (1, 1))]),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "image.cmap": "cividis",  # perceptually uniform and colour-vision-deficiency friendly (Nunez et al. 2018)
}

#: rcParams for projecting at 1280 x 720 px (12.8 x 7.2 in at 100 dpi) in a lecture hall.
PRESENTER_RC: dict[str, Any] = {
    **_BASE_RC,
    "figure.figsize": (12.8, 7.2),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 18,
    "axes.titlesize": 22,
    "axes.labelsize": 20,
    "xtick.labelsize": 17,
    "ytick.labelsize": 17,
    "legend.fontsize": 16,
    "lines.linewidth": 4.0,
    "lines.markersize": 11,
    "axes.linewidth": 1.8,
    "xtick.major.width": 1.8,
    "ytick.major.width": 1.8,
    "hatch.linewidth": 1.5,
}


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Normal (notebook) style: Okabe-Ito colour cycle paired with line styles, cividis colour maps."""
    with mpl.rc_context(_BASE_RC):
        yield


class presenter(contextlib.AbstractContextManager):  # noqa: N801 - used like a function
    """Presenter mode for a lecture hall: 1280x720 figures, large fonts, thick lines, larger widgets.

    As a context manager it applies to the figures and live widgets built inside the block; called on its own,
    ``hm.plots.presenter()`` switches presenter mode on for the rest of the session (``presenter(False)`` back).
    Live widgets built in presenter mode carry the CSS class ``hm-presenter``, which enlarges their controls.

    >>> with presenter():                                 # doctest: +SKIP
    ...     fig, art = compare_techniques(body, 15.0, 0.25)
    """

    def __init__(self, on: bool = True) -> None:
        global _PRESENTING
        from ..validation import check_flag

        check_flag("on", on)
        self._saved = ({k: mpl.rcParams[k] for k in PRESENTER_RC}, _PRESENTING)
        if on:
            mpl.rcParams.update(PRESENTER_RC)
        else:
            mpl.rcParams.update({k: mpl.rcParamsDefault[k] for k in PRESENTER_RC})
        _PRESENTING = bool(on)

    def __exit__(self, *exc: object) -> None:
        global _PRESENTING
        rc, _PRESENTING = self._saved
        mpl.rcParams.update(rc)


_PRESENTING = False


def is_presenting() -> bool:
    """True while :func:`presenter` mode is on (live widgets then scale their controls up)."""
    return _PRESENTING


#: Width (CSS px) of a notebook's output area in JupyterLab 4.6 at 1280 x 720 with the file browser open
#: (measured in Chromium: the area starts at x = 378 px and ends at 1226 px). Figures meant for the notebook are
#: designed to fit it; wider images are shrunk to it, their text with them.
OUTPUT_AREA_PX: int = 848
#: Smallest text (px) allowed in any figure as shown at 1280 x 720 (issue: legible on a classroom projector).
MIN_TEXT_PX: float = 12.0
#: Smallest font (pt) the plot functions use: 9 pt is 12.5 px at the default 100 dpi.
MIN_FONT_PT: float = 9.0


def _lw(factor: float = 1.0) -> float:
    return float(mpl.rcParams["lines.linewidth"]) * factor


def _ms(factor: float = 1.0) -> float:
    return float(mpl.rcParams["lines.markersize"]) * factor


def _fs(factor: float = 1.0) -> float:
    from matplotlib.font_manager import FontProperties

    size = float(FontProperties(size=mpl.rcParams["font.size"]).get_size_in_points()) * factor
    return max(size, MIN_FONT_PT)


