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
        # the pick-up angle, rounded to the slider step (0.1 deg) so model and slider agree
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
