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


def test_lifts_the_floor_box_by_default_and_raises_it_with_the_grip_slider() -> None:
    ex = Explorer(hm.Body(75, 1.75, "male"), "hinge")
    assert isinstance(ex._movement.load.obj, hm.Box) and ex._movement.load.obj.mass == 15.0
    assert ex.values["height"] == pytest.approx(hm.series.FLOOR_BOX.handle_height)  # the box on the floor
    low = ex.assessment.niosh.values["LI"]
    ex.set(height=0.45)
    assert ex._movement.load.obj.elevation == pytest.approx(0.45 - hm.series.FLOOR_BOX.handle_height)
    assert ex.assessment.niosh.inputs["V"] == pytest.approx(0.45, abs=0.01)
    assert ex.assessment.niosh.values["LI"] < low  # NIOSH: closer to knuckle height is better
    with pytest.raises(ValueError, match=r"height = 0\.1 m .*\[0\.15, 0\.6\]"):
        ex.set(height=0.10)  # below the box standing on the floor
    with pytest.raises(ValueError, match="load"):
        ex.set(load=True)
    point = Explorer(hm.Body(75, 1.75, "male"), "hinge", obj=None)
    assert not isinstance(getattr(point._movement.load, "obj", None), hm.Box)
    assert point.values["height"] == pytest.approx(0.22)


def test_lifts_per_day_reuse_the_movement() -> None:
    ex = Explorer(hm.Body(75, 1.75, "male"), "bend")
    solved = ex._movement
    p = ex.assessment.lifft.values["probability"]
    ex.set(reps_per_day=900.0)
    assert ex._movement is solved and ex.assessment.lifft.values["probability"] > p
    ex.set(load=25.0)
    assert ex._movement is not solved


def test_live_view_sends_only_the_moved_artists() -> None:
    ex = Explorer(hm.Body(62, 1.63, "female"), "squat", live=True)
    assert ex.widget is not None and type(ex.view).__name__ == "LiveView"
    before, renders = ex.view.state(), ex.view.background_renders
    ex.set(load=30.0)
    after = ex.view.state()
    assert after["seq"] > before["seq"] and after["ops"] != before["ops"]
    assert ex.view.background_renders == renders  # bars and texts moved; the axes (background) stayed
    assert ex._sliders["load"].value == 30.0  # the slider shows what the figure shows
    assert "hm-solves" in ex.widget._dom_classes
