"""Figures that draw the lifted object itself (a box, a barbell, a kettlebell) rather than a load box at the hands:
where it rests before the pick-up, that it travels with the hands after it, and that every figure of a task shows
the object where the task placed it."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest

import hinge_model as hm
from hinge_model.plots.stick import object_path

BODY = hm.series.reference_body()
OBJECTS = {"box": hm.series.FLOOR_BOX, "kettlebell": hm.series.KETTLEBELL, "barbell": hm.series.FLOOR_BAR}


def _verts(stick: hm.plots.StickFigure) -> np.ndarray:
    return np.asarray(stick.artists["load"].get_path().vertices)


@pytest.mark.parametrize("kind", sorted(OBJECTS))
def test_object_rests_where_placed_then_moves_with_the_hands(kind: str) -> None:
    m = hm.movement("hinge", BODY, load=OBJECTS[kind], frames=21)
    fig = matplotlib.figure.Figure()
    ax = fig.subplots()
    stick = hm.plots.stick_figure(ax, m.analysis, frame=0, obj=m.load)
    outline = m.load.outline[np.isfinite(m.load.outline).all(axis=1)]
    np.testing.assert_allclose(_verts(stick), outline, atol=1e-12)  # frame 0: on the floor, not in the hands
    hand0 = np.asarray(m.analysis.points["hand"])[0]
    assert np.hypot(*(hand0 - np.asarray(m.load.grip))) > 0.05  # ...and the hands are elsewhere
    last = len(m.time) - 1
    stick.update(m.analysis, frame=last)
    hand = np.asarray(m.analysis.points["hand"])[last]
    np.testing.assert_allclose(_verts(stick), outline + (hand - np.asarray(m.load.grip)), atol=1e-12)
    assert f"{m.load.mass:.0f} kg" in stick.artists["load_label"].get_text()
    assert m.load.kind in stick.alt_text and "holding" in stick.alt_text


def test_object_path_splits_subpaths_at_nan_rows() -> None:
    placed = hm.objects.place(hm.series.KETTLEBELL, BODY)
    path = object_path(placed, 0.1, -0.2)
    assert np.isfinite(path.vertices).all()
    assert list(path.codes).count(matplotlib.path.Path.MOVETO) == 2  # bell + handle
    np.testing.assert_allclose(path.vertices[0], placed.outline[0] + (0.1, -0.2))


def test_stick_figure_rejects_an_unplaced_object() -> None:
    fig = matplotlib.figure.Figure()
    a = hm.analyze(BODY, hm.Pose(), 10.0)
    with pytest.raises(ValueError, match="obj must be a placed object"):
        hm.plots.stick_figure(fig.subplots(), a, obj=hm.series.FLOOR_BOX)


def test_compare_techniques_with_an_object() -> None:
    c = hm.plots.compare_techniques(BODY, load=hm.series.FLOOR_BOX)
    placed = hm.objects.place(hm.series.FLOOR_BOX, BODY)
    for t, (stick, _arms, _text) in c.panels.items():
        assert stick.obj.rect == placed.rect and stick.obj.grip == placed.grip, t
        hand = np.asarray(c.analyses[t].points["hand"])
        assert np.hypot(*(hand - np.asarray(placed.grip))) < 0.01  # each pick-up holds the box at its grip
        lo = _verts(stick).min(axis=0)
        x0, y0 = c.axes[t].get_xlim()[0], c.axes[t].get_ylim()[0]
        assert lo[0] > x0 and lo[1] > y0  # the whole box is inside the panel
        assert float(c.analyses[t].load_mass) == 15.0
    assert "15 kg box" in c.figure.texts[0].get_text()
    with pytest.raises(ValueError, match="not both"):
        hm.plots.compare_techniques(BODY, 15.0, 0.2, load=hm.series.FLOOR_BOX)
    with pytest.raises(ValueError, match="load_mass and target_height"):
        hm.plots.compare_techniques(BODY)


def test_compare_techniques_pickups_are_the_movements() -> None:
    for t in ("hinge", "squat"):
        pose = hm.plots.pickup_pose(BODY, t, load=hm.series.FLOOR_BOX)
        m = hm.movement(t, BODY, load=hm.series.FLOOR_BOX, frames=5)
        assert abs(float(pose.knee) - float(m.poses[m.pickup].knee)) <= hm.plots.POSTURE_STEP


def test_lift_animation_with_an_object_shows_it_in_every_frame() -> None:
    f = hm.plots.live_lift_animation(BODY, load=hm.series.FLOOR_BOX, techniques=("hinge", "squat"), fps=5,
                                     live=False)
    assert "15 kg box" in f.alt_text()
    for t, m in f.moves.items():
        assert m.load.kind == "box", t


def test_explorer_with_an_object() -> None:
    ex = hm.widgets.Explorer(BODY, "hinge", load=hm.series.FLOOR_BOX)
    assert ex.load_mass == 15.0 and abs(ex.target_height - 0.15) < 1e-9
    assert "15 kg box" in ex._title()
    pose = hm.plots.pickup_pose(BODY, "hinge", load=hm.series.FLOOR_BOX)
    assert ex.pose == pose
    ex.set(target_height=0.35)  # the box raised 0.20 m: the same box on a step
    assert ex._state.obj.elevation == pytest.approx(0.20)
    assert ex.pose == hm.plots.pickup_pose(BODY, "hinge", load=hm.series.STEP_BOX)
    before = ex.pose
    ex.set(target_height=0.10)  # below the handles' height above the box's base: refused, nothing changes
    assert ex.pose == before and abs(ex.target_height - 0.35) < 1e-9 and abs(ex.sliders["target_height"].value
                                                                              - 0.35) < 1e-9
    assert "below the floor" in ex.status.value
    ex.set(load_mass=20)
    assert ex._state.obj.mass == 20.0 and float(ex.analysis.load_mass) == 20.0
    ex.set(body_height=1.90)  # a taller body has longer feet: the box moves with its toes
    placed = ex._fig.stick.obj
    assert placed.rect[0] == pytest.approx(float(ex.body.toe_x) + 0.02)


def test_hips_back_with_an_object_uses_the_fitted_hinge_and_draws_the_box() -> None:
    f = hm.plots.live_hips_back(BODY, load=hm.series.FLOOR_BOX, live=False)
    m = hm.movement("hinge", BODY, load=hm.series.FLOOR_BOX, frames=5)
    assert f.move.load.kind == "box" and float(f.move.load_mass) == 15.0
    assert f.move.end_pose == m.end_pose  # the box task's fitted hinge, not the point-load rules
    f.set(hips_back=100)  # the real hinge: the hands hold the box at its grip, the CoM over the feet
    box = next(p for p in f.figure.axes[0].patches if len(p.get_path().vertices) == 5)
    outline = m.load.outline[np.isfinite(m.load.outline).all(axis=1)]
    np.testing.assert_allclose(box.get_path().vertices, outline, atol=1e-3)
    assert "over the feet" in f.alt_text()
    f.set(hips_back=0)  # hips over the ankles: the same trunk tips the CoM past the toes
    assert "OUTSIDE" in f.alt_text()
    point = hm.plots.live_hips_back(BODY, 15.0, 0.26, live=False)
    assert point.move.load.kind != "box"


def test_compare_techniques_summary_text_clears_the_drawing() -> None:
    """The three summary lines sit above every drawn point (the box task's hinge reaches highest in its panel)."""
    c = hm.plots.compare_techniques(BODY, load=hm.series.FLOOR_BOX)
    c.figure.canvas.draw()
    renderer = c.figure.canvas.get_renderer()
    for t, (_stick, _arms, text) in c.panels.items():
        ax = c.axes[t]
        bottom = text.get_window_extent(renderer).y0
        points = np.vstack([np.asarray(p).reshape(-1, 2) for p in c.analyses[t].points.values()])
        assert ax.transData.transform(points)[:, 1].max() < bottom, t
