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


# ----------------------------------------------------------------- per-level geometry (issue 13, part 3)
@settings(max_examples=40, deadline=None)
@given(hip=st.floats(0, 120), lumbar=st.floats(-10, 60), shoulder=st.floats(0, 150), load=st.floats(0, 40),
       sex=st.sampled_from(["male", "female"]))
def test_disc_loads_re_sum_to_the_applied_force_and_the_tissue_pulls(hip, lumbar, shoulder, load, sex) -> None:
    """Equilibrium at each level, checked outside the disc frame: compression along the disc normal plus shear along
    the disc plane equals the force through the cut plus the muscle and passive pulls (each along its own line),
    and the muscle and passive tissue together hold the net moment when it exceeds the passive one."""
    body = hm.Body(70.0, 1.75, sex)
    a = hm.analyze(body, hm.Pose(hip=hip, lumbar=lumbar, shoulder=shoulder), load)
    f = np.asarray(a.forces["L5S1"], float)
    for level, s in a.spine_levels.items():
        al = np.deg2rad(float(s.disc_angle))
        n, t = np.array([np.sin(al), np.cos(al)]), np.array([np.cos(al), -np.sin(al)])
        b = al + np.deg2rad(float(s.muscle_obliquity))  # the muscle's line, from the vertical
        g = al - np.deg2rad(spine.PASSIVE_OBLIQUITY_DEG)  # the passive line, tilted the other way
        pulls = (float(s.muscle_force) * np.array([np.sin(b), np.cos(b)])
                 + float(s.passive_force) * np.array([np.sin(g), np.cos(g)]))
        resultant = float(s.compression) * n - float(s.shear) * t
        np.testing.assert_allclose(resultant, f + pulls, rtol=1e-9, atol=1e-6, err_msg=level)
        held = float(s.muscle_force) * float(s.muscle_moment_arm) + float(s.passive_moment)
        assert held == pytest.approx(max(float(s.net_moment), float(s.passive_moment)), rel=1e-9, abs=1e-9)
        assert float(s.muscle_moment_arm) == pytest.approx(float(spine.muscle_moment_arm(lumbar, level)))
        assert float(s.muscle_obliquity) == pytest.approx(float(spine.muscle_obliquity(lumbar, level)))


def test_level_geometry_csv_names_its_sources_and_every_row_its_hand() -> None:
    from importlib.resources import files

    text = files("hinge_model.data").joinpath(spine.LEVELS_CSV).read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for source in ("Dominguez", "2016", "Macintosh", "Bogduk", "Pearcy", "1993", "Jorgensen", "McGill"):
        assert source in header, source
    geo = spine.level_geometry()
    assert set(geo) == set(spine_levels.LEVELS)
    for level, rows in geo.items():
        for name, row in rows.items():
            assert row["hand"] in ("first", "second", "assumption"), (level, name)
            assert row["low"] <= row["value"] <= row["high"], (level, name)
            if row["hand"] == "first":  # read first-hand: paper and place named
                assert row["source"] and row["place"] and row["place"] != "not re-read", (level, name)
            elif row["hand"] == "second":  # named, and said not to have been read here
                assert row["source"] and row["place"] == "not re-read", (level, name)
            else:  # an assumption says what it assumes
                assert row["note"], (level, name)
    # no path outside the repository is cited
    assert "shared/" not in text


def test_every_level_parameter_range_lies_inside_the_band() -> None:
    """What the CSV calls plausible, the band covers: the disc planes, moment arms and lines of action."""
    r = spine_levels.PARAMETER_RANGES
    for level in spine_levels.LEVELS:
        geo = spine.level_geometry()[level]
        d = geo["disc_angle_standing"]
        lo, hi = r["disc_angle_offset"]
        assert lo <= d["low"] - d["value"] and d["high"] - d["value"] <= hi
        m = geo["moment_arm_neutral"]
        assert r["moment_arm_scale"][0] <= m["low"] / m["value"] + 1e-12
        assert m["high"] / m["value"] <= r["moment_arm_scale"][1] + 1e-12
        for key in ("obliquity_upright", "obliquity_full_flexion"):
            o = geo[key]
            lo, hi = r["obliquity_offset"]
            assert lo <= o["low"] - o["value"] and o["high"] - o["value"] <= hi


def test_lines_of_action_per_level() -> None:
    """L5/S1: the extensors' net shear goes from anterior upright to posterior in full flexion (Macintosh, Bogduk &
    Pearcy 1993, abstract). L4/L5: the former one-extensor rule, 15 deg backwards -> 0 at full flexion."""
    full = spine.FULL_FLEXION
    assert spine.muscle_obliquity(0.0) < 0.0 < spine.muscle_obliquity(full)
    assert float(spine.muscle_obliquity(0.0, "L4L5")) == 15.0 and float(spine.muscle_obliquity(full, "L4L5")) == 0.0
    assert np.all(np.diff(spine.muscle_obliquity(np.linspace(0, full, 7))) > 0)  # monotone, linear in flexion
    # moment arms: the same 5.5 cm at both levels, falling by 15 % (<= 18 %, Macintosh et al.) at full flexion
    for level in spine_levels.LEVELS:
        assert float(spine.muscle_moment_arm(0.0, level)) == pytest.approx(spine.MUSCLE_MOMENT_ARM_NEUTRAL)
        assert float(spine.muscle_moment_arm(full, level)) >= 0.82 * spine.MUSCLE_MOMENT_ARM_NEUTRAL
    # the L4/L5 disc lies flatter than L5/S1 in standing, above the L5 slope less a disc wedge (Dominguez et al.)
    assert 0.0 < spine_levels.DISC_ANGLE_L4L5_STANDING < 17.73 < spine.DISC_ANGLE_STANDING


def test_continuity_with_the_one_extensor_model() -> None:
    """What did not change: the L5/S1 net moment, the moment arms, the passive curve and the L4/L5 line of action;
    quiet standing still compresses L5/S1 by 400-800 N, and the extensor's pull stays within 15 deg of each disc
    normal, as before, so the compressions barely move."""
    a = hm.analyze(MAN, hm.Pose(), 0.0)
    assert 400.0 < float(a.spine.compression) < 800.0
    lift = hm.analyze(MAN, hm.Pose(hip=70, lumbar=40, shoulder=90), 15.0)
    for level, s in lift.spine_levels.items():
        cos_beta = np.cos(np.deg2rad(float(s.muscle_obliquity)))
        assert cos_beta > np.cos(np.deg2rad(15.0)), level  # as before: never more than 15 deg from the normal
        assert float(s.muscle_force) == pytest.approx(float(s.active_moment) / float(s.muscle_moment_arm))


def test_bad_levels_name_the_argument() -> None:
    with pytest.raises(ValueError, match=r"level = 'L3L4'.*'L5S1', 'L4L5'"):
        spine.muscle_obliquity(10.0, "L3L4")
    with pytest.raises(ValueError, match="level"):
        spine.muscle_moment_arm(10.0, "T12L1")
    with pytest.raises(ValueError, match="level"):
        spine.disc_loads(100.0, [0.0, -400.0], 20.0, 34.0, level="l5s1x")
    with pytest.raises(ValueError, match=r"name = 'wedge'"):
        spine.level_parameter("L5S1", "wedge")
