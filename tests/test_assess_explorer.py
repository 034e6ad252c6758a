"""hm.assess.explorer: the notebook's live panel updates its table and figure in place, headless (Agg)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

import hinge_model as hm  # noqa: E402
from hinge_model.assess.explorer import Explorer  # noqa: E402


def test_set_updates_table_and_figure_in_place() -> None:
    ex = Explorer(hm.Body(75, 1.75, "male"), "bend", load=10.0, reps_per_day=50.0)
    widget = ex.widget
    artists = len(ex.figure.axes[2].patches)
    html_before = ex._html.value
    p_before = ex.assessment.lifft.values["probability"]
    r = ex.set(load=30.0, reps_per_day=800.0)
    assert r.lifft.values["probability"] > p_before
    assert ex._html.value != html_before and 'data-method="LiFFT"' in ex._html.value
    assert len(ex.figure.axes[2].patches) == artists  # the same bar, moved, not a new one
    assert ex.dashboard.single["LiFFT"].get_height() == pytest.approx(100 * r.lifft.values["probability"])
    assert ex._sliders["load"].value == 30.0 and ex._sliders["reps_per_day"].value == 800.0
    assert widget is ex.widget
    with pytest.raises(ValueError, match="unknown setting"):
        ex.set(weight=3)


def test_slider_moves_reassess() -> None:
    ex = Explorer(hm.Body(62, 1.63, "female"), "squat")
    assert ex.widget is not None
    ex._sliders["height"].value = 0.40
    assert ex.values["height"] == 0.40
    assert ex.assessment.niosh.inputs["V"] == pytest.approx(0.40, abs=0.01)
