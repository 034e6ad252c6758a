"""Disc loads at L4/L5 and L5/S1, and their bands (issue 13, parts 3-4)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hinge_model as hm
from hinge_model import spine, spine_levels
from hinge_model.conventions import ABOVE_L5S1, G

MAN = hm.Body(75, 1.75, "male")


def _moment_of_weights_about(a: hm.Analysis, point: np.ndarray, load: float) -> float:
    """Independent statics: the extensor moment that holds every weight above the cut about ``point``."""
    m = 0.0
    for name in ABOVE_L5S1:
        seg = a.segments[name]
        m += seg.mass * G * (float(seg.com[0]) - float(point[0]))
    return m + load * G * (float(a.points["hand"][0]) - float(point[0]))


@settings(max_examples=40, deadline=None)
@given(hip=st.floats(0, 120), lumbar=st.floats(-10, 60), shoulder=st.floats(0, 120), load=st.floats(0, 30))
def test_l4l5_moment_holds_the_weights_above_it(hip, lumbar, shoulder, load) -> None:
    a = hm.analyze(MAN, hm.Pose(hip=hip, lumbar=lumbar, shoulder=shoulder), load)
    p4 = a.points["L4L5"]
    expected = _moment_of_weights_about(a, p4, load)
    assert float(a.spine_levels["L4L5"].net_moment) == pytest.approx(expected, rel=1e-9, abs=1e-7)
    assert float(a.spine_levels["L5S1"].net_moment) == pytest.approx(float(a.moments["L5S1"]), abs=1e-9)


def test_l4l5_sits_above_l5s1_along_the_lumbar_segment() -> None:
    a = hm.analyze(MAN, hm.Pose())
    d = a.points["L4L5"] - a.points["L5S1"]
    assert np.hypot(*d) == pytest.approx(spine_levels.L4L5_ABOVE_L5S1 * MAN.height)
    assert d[1] > 0.9 * np.hypot(*d)  # standing: nearly straight up
    assert a.spine is a.spine_levels["L5S1"] and a.spine.level == "L5S1"


@pytest.mark.parametrize("level", spine_levels.LEVELS)
@pytest.mark.parametrize("name", ["compression", "shear", "muscle_force"])
def test_band_contains_the_nominal_value(level, name) -> None:
    m = hm.movement("bend", MAN, 15.0, 0.3)
    s = m.analysis.spine_levels[level]
    low, high = s.band(name)
    v = np.asarray(getattr(s, name))
    assert np.all(low <= v + 1e-9) and np.all(v <= high + 1e-9)
    assert np.any(high - low > 1.0)  # the parameters matter


def test_shear_is_the_least_certain_output() -> None:
    s = hm.analyze(MAN, hm.Pose(hip=60, lumbar=20, shoulder=60), 15).spine
    width = {k: np.subtract(*s.band(k)[::-1]) / max(abs(float(getattr(s, k))), 1.0) for k in ("compression",
                                                                                               "shear")}
    assert width["shear"] > width["compression"]


def test_dynamics_has_both_levels() -> None:
    d = hm.movement("squat", MAN, load=hm.series.FLOOR_BOX).dynamics
    assert set(d.spine_levels) == {"L5S1", "L4L5"} and d.spine is d.spine_levels["L5S1"]
    lo, hi = d.spine_levels["L4L5"].band("compression")
    assert lo.shape == d.moments["L5S1"].shape and np.all(hi >= lo)


def test_band_names_the_argument() -> None:
    with pytest.raises(ValueError, match="name"):
        hm.analyze(MAN, hm.Pose()).spine.band("torque")


@pytest.mark.parametrize("level", spine_levels.LEVELS)
def test_spine_loads_is_the_nominal_row_of_the_band_function(level) -> None:
    """One set of disc-frame equations: the nominal SpineLoads equal spine.disc_loads' nominal row, and the band
    is the min / max of the same function over every parameter corner."""
    m = hm.movement("bend", MAN, 15.0, 0.3)
    d = m.dynamics
    s = d.spine_levels[level]
    f = d.forces["L5S1"]
    v = spine.disc_loads(s.net_moment, f, m.poses.lumbar, s.disc_angle, MAN.sex, spine_levels._corners(), level)
    assert np.array_equal(spine_levels._corners()[0], spine.NOMINAL_PARAMETERS)
    for name in spine.DISC_LOAD_OUTPUTS:
        np.testing.assert_allclose(v[name][0], getattr(s, name), rtol=1e-12, atol=1e-9, err_msg=name)
    low, high = s.band("compression")
    np.testing.assert_allclose(low, v["compression"].min(axis=0), rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(high, v["compression"].max(axis=0), rtol=1e-12, atol=1e-9)
