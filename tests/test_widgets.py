"""Tests of hinge_model.widgets.Explorer: headless construction, in-place updates, clamping, no tracebacks."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")  # before pyplot: the explorer must work without a browser or kernel

import ipywidgets as W  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from numpy.testing import assert_allclose  # noqa: E402

import hinge_model as hm  # noqa: E402
from hinge_model import plots, widgets  # noqa: E402
from hinge_model.conventions import ANGLE_RANGES  # noqa: E402

BODY = hm.Body(75.0, 1.75, "male")


@pytest.fixture(scope="module")
def ex():
    e = widgets.Explorer(BODY, technique="hinge", load_mass=15.0)
    yield e
    plt.close(e.figure)


def xy(line) -> np.ndarray:
    return np.column_stack([np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)])


def test_slider_ranges_inside_the_model_ranges():
    for j, (lo, hi) in widgets.SLIDER_RANGES.items():
        assert ANGLE_RANGES[j][0] <= lo < hi <= ANGLE_RANGES[j][1]


def test_headless_construction_shows_a_static_image():
    assert matplotlib.get_backend().lower() == "agg" and not widgets.is_interactive_backend()
    ex = widgets.Explorer(BODY, technique="bend", load_mass=5.0)
    w = ex.widget
    assert isinstance(w, W.VBox)
    images = [c for c in w.children if isinstance(c, W.Image)]
    assert len(images) == 1 and bytes(images[0].value[:4]) == b"\x89PNG"
    assert repr(w) == "Explorer(sliders + figure)"  # short, deterministic text output (nbval)
    assert ex.figure is ex.stick.ax.figure
    first = bytes(images[0].value)
    ex.set(hip=10)  # the static image follows the model (inline backend: sliders still work, just slower)
    assert bytes(images[0].value) != first
    plt.close(ex.figure)


def test_readout_is_filled_at_construction():
    e = widgets.Explorer(BODY, technique="squat", load_mass=10.0)
    try:
        assert "L5/S1" in e.readout.value and "compression" in e.readout.value
        assert f"{float(e.analysis.moments['hip']):.0f} N·m" in e.readout_text()
    finally:
        plt.close(e.figure)


def test_initial_pose_is_the_technique_pickup(ex):
    m = hm.movement("hinge", BODY, load_mass=15.0, target_height=0.25)
    for j in widgets.JOINT_NAMES:
        # the pick-up angle, rounded to the slider step (0.05 deg) so model and slider agree
        exact = float(getattr(m.poses, j)[m.pickup])
        assert float(getattr(ex.pose, j)) == pytest.approx(exact, abs=widgets.ANGLE_STEP / 2 + 1e-9)
        assert float(getattr(ex.pose, j)) == ex.sliders[j].value
    assert ex._fig.title.get_text().startswith("hinge: pick-up posture")  # says what it shows from the start


def test_set_moves_artists_to_the_new_model_values(ex):
    ex.set(hip=60, lumbar=30, load_mass=20, knee=15, ankle=3, shoulder=50)
    expected = hm.analyze(BODY, hm.Pose(ankle=3, knee=15, hip=60, lumbar=30, shoulder=50), 20.0)
    assert_allclose(xy(ex.stick.artists["L5S1"])[0], expected.points["L5S1"])
    assert_allclose(xy(ex.stick.artists["plumb"])[0], expected.com)
    for i, j in enumerate(ex.bars.joints):
        assert ex.bars.artists["bars"][i].get_height() == pytest.approx(float(expected.moments[j]))
    assert ex.gauges.artists["compression"].get_width() == pytest.approx(float(expected.spine.compression))
    assert ex.sliders["hip"].value == 60 and ex.sliders["load_mass"].value == 20
    assert f"{float(expected.moments['L5S1']):.0f} N·m" in ex.readout.value
    assert ex.technique_label() == "custom pose"


def test_hundred_updates_add_no_artists(ex):
    rng = np.random.default_rng(7)
    before = len(ex.figure.findobj())
    ids = [id(a) for a in ex.figure.findobj()]
    for _ in range(100):
        ex.set(**{j: rng.uniform(*widgets.SLIDER_RANGES[j]) for j in widgets.JOINT_NAMES},
               load_mass=rng.uniform(0, 40))
    assert len(ex.figure.findobj()) == before
    assert [id(a) for a in ex.figure.findobj()] == ids  # the very same objects, not replacements


def test_updates_and_savefig_still_shows_the_moving_artists(ex):
    ex.set(hip=20, lumbar=0, knee=10, ankle=0, shoulder=10, load_mass=10)
    png1 = plots.figure_png(ex.figure)
    ex.set(hip=110)
    png2 = plots.figure_png(ex.figure)
    assert png1 != png2  # the animated (blitted) artists are drawn into saved images too


def test_invalid_values_are_clamped_not_raised(ex):
    ex.set(hip=1000, knee=-50, load_mass=-5)
    assert ex.sliders["hip"].value == widgets.SLIDER_RANGES["hip"][1]
    assert float(ex.pose.hip) == widgets.SLIDER_RANGES["hip"][1]
    assert float(ex.pose.knee) == widgets.SLIDER_RANGES["knee"][0]
    assert float(ex.analysis.load_mass) == 0.0
    assert "clamped" in ex.status.value
    lumbar = ex.sliders["lumbar"].value
    ex.set(lumbar=float("nan"), sex="alien", technique="cartwheel", ankle="seven")
    assert ex.sliders["lumbar"].value == lumbar and ex.body.sex == "male" and ex.technique == "hinge"
    assert "not a finite number" in ex.status.value and "alien" in ex.status.value
    with pytest.raises(TypeError, match="unknown names"):
        ex.set(elbo=10)  # a misspelt NAME is a programming error, not a slider value


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(widgets.SETTABLE[:6]),
       value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**6, 10**6),
                       st.text(max_size=3), st.none()))
def test_set_never_raises_and_stays_in_range(ex, name, value):
    ex.set(**{name: value})
    s = ex.sliders[name]
    assert s.min <= s.value <= s.max and math.isfinite(s.value)
    for j in widgets.JOINT_NAMES:
        assert widgets.SLIDER_RANGES[j][0] <= float(getattr(ex.pose, j)) <= widgets.SLIDER_RANGES[j][1]


def test_technique_snaps_to_the_movement_pickup():
    ex = widgets.Explorer(BODY, technique="hinge", load_mass=10.0, target_height=0.3)
    try:
        ex.set(technique="squat")
        m = hm.movement("squat", BODY, load_mass=10.0, target_height=0.3)
        assert float(ex.pose.knee) == pytest.approx(float(m.poses.knee[m.pickup]), abs=0.5)
        assert ex.technique_label() == "squat"
        # the snapped pose puts the hands at the task height
        # the snapped pose (rounded to 1 deg) puts the hands at the task height to within 2 cm
        assert float(ex.analysis.points["hand"][1]) + BODY.ankle_height == pytest.approx(0.3, abs=0.02)
        ex.set(target_height=0.5)
        assert float(ex.analysis.points["hand"][1]) + BODY.ankle_height == pytest.approx(0.5, abs=0.02)
        ex.set(technique="bend", hip=50)  # explicit angles win over the snapped ones
        assert float(ex.pose.hip) == 50 and ex.technique_label() == "custom pose"
    finally:
        plt.close(ex.figure)


def test_body_change_rescales_the_figure():
    ex = widgets.Explorer(BODY)
    try:
        ex.set(body_height=1.55, body_mass=55, sex="female")
        assert (ex.body.height, ex.body.mass, ex.body.sex) == (1.55, 55.0, "female")
        xl, yl = plots.figure_limits(ex.body)
        assert_allclose(ex.stick.ax.get_ylim(), yl)
        expected = hm.analyze(ex.body, ex.pose, ex.load_mass)
        assert_allclose(xy(ex.stick.artists["L5S1"])[0], expected.points["L5S1"])
    finally:
        plt.close(ex.figure)


def test_callback_errors_go_to_the_status_line(monkeypatch):
    ex = widgets.Explorer(BODY)
    try:
        def broken(*args, **kwargs):
            raise RuntimeError("model exploded")

        monkeypatch.setattr(widgets, "analyze", broken)
        ex.sliders["hip"].value = 40.0  # what a user does: must not raise
        assert "model exploded" in ex.status.value
        ex.set(knee=30)
        assert "model exploded" in ex.status.value
    finally:
        plt.close(ex.figure)


def test_unreachable_target_is_a_message_not_a_traceback():
    ex = widgets.Explorer(BODY, technique="squat")
    try:
        ex.set(target_height=0.05)  # a squat cannot bring the hands to 5 cm over the mid-foot
        assert "target_height" in ex.status.value
        assert ex.figure.canvas is not None
    finally:
        plt.close(ex.figure)


# ------------------------------------------------------------------------------------------------ one source of truth
def assert_shows_its_controls(ex) -> None:
    """The figure's analysis is the model run on exactly the controls' values, and the artists show it."""
    s = ex.sliders
    for j in widgets.JOINT_NAMES:
        assert float(getattr(ex.pose, j)) == s[j].value, j
        assert widgets.SLIDER_RANGES[j][0] <= s[j].value <= widgets.SLIDER_RANGES[j][1]
    assert (ex.body.mass, ex.body.height, ex.body.sex) == (s["body_mass"].value, s["body_height"].value,
                                                            ex.sex.value)
    assert float(ex.analysis.load_mass) == s["load_mass"].value == ex.load_mass
    assert ex.target_height == s["target_height"].value and ex.technique == ex.technique_buttons.value
    expected = hm.analyze(hm.Body(s["body_mass"].value, s["body_height"].value, ex.sex.value),
                          hm.Pose(**{j: s[j].value for j in widgets.JOINT_NAMES}), s["load_mass"].value)
    for joint in ("ankle", "knee", "hip", "L5S1"):
        assert float(ex.analysis.moments[joint]) == pytest.approx(float(expected.moments[joint]), abs=1e-9)
    assert_allclose(xy(ex.stick.artists["L5S1"])[0], expected.points["L5S1"], atol=1e-12)
    for i, j in enumerate(ex.bars.joints):
        assert ex.bars.artists["bars"][i].get_height() == pytest.approx(float(expected.moments[j]), abs=1e-9)
    title = ex._fig.title.get_text()
    if ex.technique_label() == "custom pose":
        assert title.startswith(("custom pose", "upright standing"))
    else:  # snapped: the pose is that technique's pick-up for this task, and the title says so
        assert title.startswith(f"{ex.technique}: pick-up posture")
        pickup = plots.pickup_pose(ex.body, ex.technique, ex.load_mass, ex.target_height)
        for j in widgets.JOINT_NAMES:
            assert float(getattr(ex.pose, j)) == pytest.approx(float(getattr(pickup, j)), abs=1e-9)


NUMERIC = tuple(n for n in widgets.SETTABLE if n not in ("technique", "sex"))
ANY_VALUE = st.one_of(st.floats(min_value=-1e4, max_value=1e4),
                      st.floats(allow_nan=True, allow_infinity=True), st.integers(-300, 300), st.booleans(),
                      st.text(max_size=4), st.none(), st.just(np.array([1.0, 2.0])), st.just(np.float64(45.0)))
REQUEST = st.dictionaries(
    st.sampled_from(widgets.SETTABLE),
    st.one_of(ANY_VALUE, st.sampled_from([*plots.TECHNIQUES, "male", "female", "cartwheel"]),
              st.just(np.array(["male"]))),
    min_size=1, max_size=4)


@pytest.fixture(scope="module")
def prop_ex():
    e = widgets.Explorer(BODY, technique="hinge", load_mass=15.0, target_height=0.35)
    yield e
    plt.close(e.figure)


@settings(max_examples=500, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(request=REQUEST)
def test_property_set_keeps_figure_and_controls_equal(prop_ex, request):
    """>= 500 random set() calls, many invalid: after each the figure's analysis equals the controls' state."""
    prop_ex.set(**request)
    assert_shows_its_controls(prop_ex)
    for name, v in request.items():  # a refused or clamped value is always reported
        if isinstance(v, bool) or isinstance(v, str) and name in NUMERIC:
            assert name in prop_ex.status.value


def test_several_out_of_range_values_at_once():
    """Issue 14, case 1: several out-of-range values in one set() call."""
    ex = widgets.Explorer(BODY, technique="hinge", load_mass=15.0)
    try:
        ex.set(hip=500, knee=-90, load_mass=99, body_mass=400, body_height=3.0)
        assert_shows_its_controls(ex)
        assert ex.sliders["hip"].value == widgets.SLIDER_RANGES["hip"][1]
        assert ex.body.mass == widgets.BODY_MASS_SLIDER[1] and ex.load_mass == widgets.LOAD_SLIDER[1]
        for name in ("hip", "knee", "load_mass", "body_mass", "body_height"):
            assert f"{name} = " in ex.status.value and "clamped" in ex.status.value
        shown, height = ex.pose, ex.target_height
        ex.set(target_height=-1, technique="squat", load_mass=-5)  # clamped to 0.05 m: no squat reaches it
        assert "cannot show" in ex.status.value and "still showing" in ex.status.value
        assert ex.pose == shown and ex.target_height == height and ex.load_mass == widgets.LOAD_SLIDER[1]
        assert_shows_its_controls(ex)
    finally:
        plt.close(ex.figure)


def test_unsolvable_squat_then_a_load_change():
    """Issue 14, case 2: a squat whose pick-up cannot be solved at hand height 0.05 m, then a new load."""
    ex = widgets.Explorer(BODY, technique="hinge", load_mass=15.0, target_height=0.35)
    try:
        shown = ex.pose
        ex.set(technique="squat", target_height=0.05)
        assert "cannot show" in ex.status.value and "target_height" in ex.status.value
        assert ex.technique_buttons.value == "hinge" and ex.sliders["target_height"].value == 0.35  # snapped back
        assert ex.pose == shown
        assert_shows_its_controls(ex)
        ex.set(load_mass=25)
        assert ex.status.value == "" and ex.load_mass == 25.0
        assert ex.technique_label() == "hinge" and ex._fig.title.get_text().startswith("hinge: pick-up posture")
        assert_shows_its_controls(ex)
        ex.technique_buttons.value = "squat"  # the same through the buttons
        ex.sliders["target_height"].value = 0.05
        assert "cannot show" in ex.status.value and ex.sliders["target_height"].value != 0.05
        assert_shows_its_controls(ex)
    finally:
        plt.close(ex.figure)


def test_non_numbers_are_refused_with_a_message():
    ex = widgets.Explorer(BODY)
    try:
        hip = ex.sliders["hip"].value
        ex.set(hip=True)
        assert ex.sliders["hip"].value == hip and "boolean" in ex.status.value
        ex.set(load_mass=float("nan"))
        assert "not a finite number" in ex.status.value and ex.load_mass == 15.0
        ex.set(sex=np.array(["male"]), technique=np.array(["bend"]))
        assert "sex" in ex.status.value and "technique" in ex.status.value and ex.technique == "hinge"
        ex.set(knee=np.array([10.0, 20.0]))
        assert "not a number" in ex.status.value
        assert_shows_its_controls(ex)
        with pytest.raises(ValueError, match="angle"):
            widgets.slider_value("hip", float("nan"))
    finally:
        plt.close(ex.figure)


@pytest.mark.parametrize("technique", plots.TECHNIQUES)
def test_same_task_same_numbers_as_the_static_comparison(technique):
    comparison = plots.compare_techniques(BODY, 15.0, 0.35)
    ex = widgets.Explorer(BODY, technique=technique, load_mass=15.0, target_height=0.35)
    try:
        static = comparison.analyses[technique]
        for joint in ("hip", "L5S1", "knee"):
            assert float(ex.analysis.moments[joint]) == float(static.moments[joint])
        assert float(ex.analysis.spine.compression) == float(static.spine.compression)
    finally:
        plt.close(ex.figure)
        plt.close(comparison.figure)


def test_explorer_fits_a_projector_with_the_file_browser_open():
    ex = widgets.Explorer(BODY)
    try:
        assert ex.figure.bbox.width <= plots.OUTPUT_AREA_PX and ex.figure.bbox.height <= 360
        for t in ex.figure.findobj(matplotlib.text.Text):
            if t.get_visible() and t.get_text():
                assert t.get_fontsize() * ex.figure.dpi / 72 >= plots.MIN_TEXT_PX, t.get_text()
    finally:
        plt.close(ex.figure)
