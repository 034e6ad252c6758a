"""Tests of hinge_model.plots: every plot returns artists whose data are the model's numbers, updates in place."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # before pyplot: headless, deterministic

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from numpy.testing import assert_allclose  # noqa: E402

import hinge_model as hm  # noqa: E402
from hinge_model import plots  # noqa: E402
from hinge_model.capacity import joint_strength  # noqa: E402
from hinge_model.muscles import hamstring_stretch_fraction  # noqa: E402

BODY = hm.Body(75.0, 1.75, "male")
POSE = hm.Pose(ankle=5, knee=20, hip=70, lumbar=10, shoulder=70)


@pytest.fixture
def ax():
    fig, ax = plt.subplots()
    yield ax
    plt.close(fig)


@pytest.fixture(scope="module")
def a():
    return hm.analyze(BODY, POSE, 15.0)


@pytest.fixture(scope="module")
def a2():
    return hm.analyze(BODY, hm.Pose(ankle=10, knee=60, hip=100, lumbar=30, shoulder=90), 25.0)


def n_artists(fig) -> int:
    return len(fig.findobj())


def xy(line) -> np.ndarray:
    return np.column_stack([np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)])


# --------------------------------------------------------------------------------------------- palette, styles
def test_okabe_ito_palette_is_the_published_one():
    # Okabe & Ito (2008), https://jfly.uni-koeln.de/color/ : sRGB 0-255 values of the 8 colours
    published = [(0, 0, 0), (230, 159, 0), (86, 180, 233), (0, 158, 115), (240, 228, 66), (0, 114, 178),
                 (213, 94, 0), (204, 121, 167)]
    ours = [tuple(int(round(255 * c)) for c in matplotlib.colors.to_rgb(h)) for h in plots.OKABE_ITO]
    assert ours == published


def test_techniques_differ_by_more_than_colour():
    styles = plots.TECHNIQUE_STYLE.values()
    for key in ("color", "linestyle", "marker"):
        assert len({s[key] for s in styles}) == 3, key
    hatches = [plots.JOINT_STYLE[j]["hatch"] for j in plots.MOMENT_BAR_JOINTS]
    assert len(set(hatches)) == len(hatches)


def test_presenter_mode_sets_and_restores_rc():
    before = matplotlib.rcParams["font.size"]
    with plots.presenter():
        assert matplotlib.rcParams["font.size"] >= 16
        w, h = matplotlib.rcParams["figure.figsize"]
        assert (w * matplotlib.rcParams["figure.dpi"], h * matplotlib.rcParams["figure.dpi"]) == (1280, 720)
        assert matplotlib.rcParams["lines.linewidth"] >= 3
    assert matplotlib.rcParams["font.size"] == before


def test_every_plot_function_has_alt_text():
    for name in ("stick_figure", "moment_arms", "moment_bars", "spine_gauges", "hamstring_gauge",
                 "compare_techniques", "lift_timeseries", "posture_heatmap", "animate_lift"):
        assert callable(getattr(plots, name))
        assert len(plots.ALT_TEXT[name]) > 30


# --------------------------------------------------------------------------------------------- stick figure
def test_stick_figure_artists_sit_on_the_model_points(ax, a):
    art = plots.stick_figure(ax, a)
    A = art.artists
    assert_allclose(xy(A["L5S1"])[0], a.points["L5S1"])
    floor = -BODY.ankle_height
    # plumb line: vertical at the whole-body CoM x, from the CoM down to the floor
    assert_allclose(xy(A["plumb"]), [[a.com[0], a.com[1]], [a.com[0], floor]])
    assert_allclose(xy(A["com"])[0], a.com)
    # base of support from heel to toe on the floor (body geometry, independent of the pose)
    assert_allclose(xy(A["base_of_support"]), [[BODY.heel_x, floor], [BODY.toe_x, floor]])
    chain = xy(A["body"])
    for k, name in enumerate(("ankle", "knee", "hip", "L5S1")):
        assert_allclose(chain[k], a.points[name])
    assert_allclose(xy(A["arm"])[-1], a.points["hand"])
    assert_allclose(xy(A["segment_coms"])[1], a.segments["thigh"].com)
    # a point load: a round weight centred on the grip, where the model puts the load's mass
    assert_allclose(A["load"].get_center(), a.points["hand"])
    assert A["load"].get_radius() == plots.stick.POINT_LOAD_RADIUS
    assert A["load"].get_visible() and A["load_label"].get_text() == "15 kg"
    # the head circle spans neck to vertex
    assert_allclose(A["head"].get_radius() * 2, np.linalg.norm(a.points["vertex"] - a.points["neck"]))
    assert "15 kg" in art.alt_text and "hip 70°" in art.alt_text


def test_stick_figure_update_moves_artists_in_place(ax, a, a2):
    art = plots.stick_figure(ax, a)
    n = n_artists(ax.figure)
    ids = {k: id(v) for k, v in art.artists.items()}
    assert art.update(a2) is art
    assert n_artists(ax.figure) == n
    assert {k: id(v) for k, v in art.artists.items()} == ids
    assert_allclose(xy(art.artists["L5S1"])[0], a2.points["L5S1"])
    assert_allclose(xy(art.artists["plumb"])[0], a2.com)
    assert art.artists["load_label"].get_text() == "25 kg"


def test_stick_figure_hides_load_and_flags_balance(ax):
    a0 = hm.analyze(BODY, POSE, 0.0)
    art = plots.stick_figure(ax, a0)
    assert not art.artists["load"].get_visible()
    # arms straight forward with a heavy load: the CoM leaves the feet (statics decides, the plot must say so)
    out = hm.analyze(BODY, hm.Pose(hip=60, shoulder=90), 40.0)
    assert not bool(out.balanced)
    art.update(out)
    assert "outside" in art.artists["balance_text"].get_text().lower()
    assert "OUTSIDE" in art.alt_text
    assert art.artists["plumb"].get_color() != art.artists["body"].get_color()  # plus text: not colour alone
    art.update(a0)
    assert bool(a0.balanced) and art.artists["balance_text"].get_text() == ""


def test_stick_figure_frame_of_a_movement(ax):
    m = hm.movement("hinge", BODY, load_mass=10.0, target_height=0.3, frames=11)
    art = plots.stick_figure(ax, m.analysis, frame=m.pickup)
    assert_allclose(xy(art.artists["L5S1"])[0], m.analysis.points["L5S1"][m.pickup])
    # hands at the task's height above the floor
    assert_allclose(xy(art.artists["arm"])[-1, 1], 0.3 - BODY.ankle_height, atol=0.01)
    with pytest.raises(ValueError, match="single pose"):
        plots.stick_figure(ax, m.analysis)


# --------------------------------------------------------------------------------------------- moment arms
def test_moment_arms_are_horizontal_distances(ax, a, a2):
    plots.stick_figure(ax, a)
    arms = plots.moment_arms(ax, a)
    for j in ("L5S1", "hip"):
        for target, point in (("upper_body", a.upper_body_com), ("load", a.points["hand"])):
            d = float(point[0] - a.points[j][0])
            assert arms.values[(j, target)] == pytest.approx(d)
            line = xy(arms.artists[f"{j}->{target}"])
            assert_allclose(line[:, 0], [a.points[j][0], point[0]])
            assert line[0, 1] == line[1, 1]  # horizontal
            assert arms.artists[f"{j}->{target}:label"].get_text() == f"{100 * d:.0f} cm"
    assert_allclose(xy(arms.artists["upper_body_com"])[0], a.upper_body_com)
    n = n_artists(ax.figure)
    arms.update(a2)
    assert n_artists(ax.figure) == n
    assert arms.values[("L5S1", "load")] == pytest.approx(a2.points["hand"][0] - a2.points["L5S1"][0])


def test_moment_arm_by_hand_for_arms_straight_forward(ax):
    # upright, arms straight forward (shoulder 90 deg): the grip is one arm length in front of the shoulder
    a = hm.analyze(BODY, hm.Pose(shoulder=90), 10.0)
    arms = plots.moment_arms(ax, a, joints=("hip",))
    arm = sum(BODY.segments[s].length for s in ("upper_arm", "forearm", "hand"))
    expected = a.points["shoulder"][0] + arm - a.points["hip"][0]
    assert arms.values[("hip", "load")] == pytest.approx(expected, abs=1e-9)
    assert "L5S1->load" not in arms.artists


# --------------------------------------------------------------------------------------------- moment bars
def test_moment_bars_heights_equal_moments_and_strength(ax, a, a2):
    bars = plots.moment_bars(ax, a)
    for i, j in enumerate(plots.MOMENT_BAR_JOINTS):
        assert bars.artists["bars"][i].get_height() == pytest.approx(float(a.moments[j]))
        strength = float(joint_strength(BODY, POSE, j))
        assert_allclose(bars.artists["strength"][i].get_ydata(), [strength, strength])
        assert bars.artists["labels"][i].get_text() == f"{100 * float(a.capacity[j]):.0f} %"
    # capacity is moment / strength for an extensor demand (capacity module's definition, checked here)
    hip = plots.MOMENT_BAR_JOINTS.index("hip")
    assert float(a.capacity["hip"]) == pytest.approx(float(a.moments["hip"]) / float(joint_strength(BODY, POSE,
                                                                                                    "hip")))
    n = n_artists(ax.figure)
    bars.update(a2)
    assert n_artists(ax.figure) == n
    assert bars.artists["bars"][hip].get_height() == pytest.approx(float(a2.moments["hip"]))


# --------------------------------------------------------------------------------------------- gauges
def test_spine_gauges_show_the_spine_model(ax, a, a2):
    g = plots.spine_gauges(ax, a)
    assert g.artists["compression"].get_width() == pytest.approx(float(a.spine.compression))
    assert g.artists["shear"].get_width() == pytest.approx(abs(float(a.spine.shear)))
    assert g.artists["passive_share"].get_width() == pytest.approx(100 * float(a.spine.passive_share))
    assert f"{float(a.spine.compression):,.0f} N" in g.artists["compression:text"].get_text()
    # the limits drawn are the ones in hinge_model.spine
    lines = [ln for ln in g.axes["compression"].lines]
    assert {round(ln.get_xdata()[0]) for ln in lines} == {3400, 6400}
    lines = [ln for ln in g.axes["shear"].lines]
    assert {round(ln.get_xdata()[0]) for ln in lines} == {700, 1000}
    n = n_artists(ax.figure)
    g.update(a2)
    assert n_artists(ax.figure) == n
    assert g.artists["compression"].get_width() == pytest.approx(min(float(a2.spine.compression), 8000))


def test_hamstring_gauge_is_one_at_the_straight_leg_raise_limit(ax):
    # knee straight, hip at the normal SLR limit (80 deg): by definition 100 % of the stretch limit
    a = hm.analyze(BODY, hm.Pose(hip=80, shoulder=80), 0.0)
    g = plots.hamstring_gauge(ax, a)
    assert g.fraction == pytest.approx(1.0)
    assert g.artists["bar"].get_width() == pytest.approx(1.0)
    bent = hm.analyze(BODY, hm.Pose(hip=80, knee=40, shoulder=40), 0.0)
    g.update(bent)  # knee flexion slackens the hamstrings
    assert g.fraction < 1.0
    assert g.fraction == pytest.approx(float(hamstring_stretch_fraction(80, 40)))
    g.update(hm.analyze(BODY, hm.Pose(hip=110, shoulder=110), 0.0))
    assert "beyond" in g.artists["text"].get_text()


# --------------------------------------------------------------------------------------------- figure-level
@pytest.fixture(scope="module")
def comparison():
    c = plots.compare_techniques(BODY, 15.0, 0.3)
    yield c
    plt.close(c.figure)


def test_compare_techniques_same_task_three_panels(comparison):
    assert list(comparison.panels) == ["hinge", "bend", "squat"]
    hands = []
    for t, (stick, _arms, text) in comparison.panels.items():
        m = hm.movement(t, BODY, load_mass=15.0, target_height=0.3)
        # the pick-up posture, every angle rounded to POSTURE_STEP (0.05 deg): L5/S1 within a millimetre
        expected = m.analysis.points["L5S1"][m.pickup]
        assert_allclose(xy(stick.artists["L5S1"])[0], expected, atol=1e-3)
        shown = plots.pickup_pose(BODY, t, 15.0, 0.3)
        assert_allclose(xy(stick.artists["L5S1"])[0], hm.analyze(BODY, shown, 15.0).points["L5S1"], atol=1e-12)
        hands.append(xy(stick.artists["arm"])[-1])
        assert f"{float(comparison.analyses[t].moments['L5S1']):.0f} N·m" in text.get_text()
    # fair comparison: every technique's hands at the same place
    assert np.ptp(np.array(hands), axis=0).max() < 0.01
    for t in comparison.panels:
        assert t in comparison.alt_text
    assert repr(comparison) == "<Comparison of hinge, bend, squat>"


def test_lift_timeseries_lines_are_the_movement(tmp_path):
    m = hm.movement("bend", BODY, load_mass=10.0, target_height=0.4, frames=21)
    ts = plots.lift_timeseries(m)
    try:
        assert set(ts.axes) == {"angles", "moments", "spine"}
        assert_allclose(ts.lines[("angles", "hip")].get_ydata(), m.poses.hip)
        assert_allclose(ts.lines[("moments", "L5S1")].get_ydata(), m.analysis.moments["L5S1"])
        assert_allclose(ts.lines[("spine", "compression")].get_ydata(), m.analysis.spine.compression)
        assert_allclose(ts.lines[("angles", "knee")].get_xdata(), m.time)
        for ln in ts.pickup:
            assert ln.get_xdata()[0] == pytest.approx(m.time[m.pickup])
        assert "pick-up" in ts.alt_text
    finally:
        plt.close(ts.figure)


def test_posture_heatmap_values_match_pointwise_analysis(ax):
    hm_ = plots.posture_heatmap(ax, BODY, 15.0, "compression", n=21, target_height=0.3)
    assert hm_.values.shape == (21, 21)  # rows: lumbar, columns: hip
    for i, k in ((0, 0), (10, 15), (20, 20), (5, 17)):
        hip, lumbar = hm_.hip[k], hm_.lumbar[i]
        shoulder = float(plots.arms_hanging(5.0, 20.0, hip, lumbar))
        single = hm.analyze(BODY, hm.Pose(ankle=5, knee=20, hip=hip, lumbar=lumbar, shoulder=shoulder), 15.0)
        assert hm_.values[i, k] == pytest.approx(float(single.spine.compression))
    assert np.asarray(hm_.artists["mesh"].get_array()).size == 21 * 21
    for t in plots.TECHNIQUES:
        m = hm.movement(t, BODY, load_mass=15.0, target_height=0.3)
        assert_allclose(hm_.artists["pickups"][t].get_xdata(), [m.poses.hip[m.pickup]])
        assert_allclose(hm_.artists["paths"][t + ":line"].get_ydata(), m.poses.lumbar)
    assert hm_.artists["contours"], "the 3400 N action limit lies inside this map and must be drawn"


def test_posture_heatmap_rejects_bad_quantity_and_range(ax):
    with pytest.raises(ValueError, match="quantity"):
        plots.posture_heatmap(ax, BODY, 15.0, "torque")
    with pytest.raises(ValueError, match="hip_range"):
        plots.posture_heatmap(ax, BODY, 15.0, hip_range=(0, 200))


# --------------------------------------------------------------------------------------------- export
def test_save_png_and_svg(tmp_path, a):
    fig, ax = plt.subplots()
    plots.stick_figure(ax, a)
    ax.set_title("hinge export")
    paths = plots.save_figure(fig, tmp_path / "fig")
    plt.close(fig)
    assert [p.suffix for p in paths] == [".png", ".svg"]
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = paths[1].read_text()
    assert "<svg" in svg and "hinge export" in svg  # text kept as text (searchable, screen-readable)


def test_animated_gif_of_a_lift(tmp_path):
    from PIL import Image

    m = hm.movement("squat", BODY, load_mass=10.0, target_height=0.3, frames=9)
    before = plt.get_fignums()
    path = plots.animate_lift(m, tmp_path / "lift.gif", every=2)
    assert plt.get_fignums() == before  # the animation's figure is closed
    with Image.open(path) as im:
        assert im.format == "GIF"
        assert im.n_frames == 5  # frames 0, 2, 4, 6, 8
    assert path.stat().st_size < 1_000_000


def test_figure_png_bytes(a):
    fig, ax = plt.subplots()
    plots.stick_figure(ax, a)
    png = plots.figure_png(fig)
    plt.close(fig)
    assert png[:4] == b"\x89PNG" and len(png) > 1000


@pytest.mark.parametrize("technique", ["hinge", "bend", "squat"])
@pytest.mark.parametrize("height", [0.22, 0.26, 0.45])
def test_moment_arm_labels_never_overlap_in_the_explorer(technique, height):
    """The Explorer's four moment-arm labels (L5/S1 and hip, to the upper body and to the load) stay readable:
    no two overlap on screen, at any technique's pick-up (the hinge's used to stack four labels on the load)."""
    ex = hm.widgets.Explorer(BODY, technique=technique, load_mass=15.0, target_height=height)
    for hip in (None, 125.0):  # the pick-up, then the hip slider pushed on (the case seen in JupyterLab)
        if hip is not None:
            ex.set(hip=hip)
        fig = ex.figure
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        labels = [t for k, t in ex.arms.artists.items() if k.endswith(":label") and t.get_text()]
        assert len(labels) == 4
        boxes = [t.get_window_extent(renderer) for t in labels]
        for i in range(len(boxes)):
            for k in range(i + 1, len(boxes)):
                assert not boxes[i].overlaps(boxes[k]), (labels[i].get_text(), labels[k].get_text(), hip)
