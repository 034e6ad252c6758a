"""Tests of hinge_model.capacity: joint strength (both sides) and the fraction of extensor strength in use."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import LOADS, SEXES, valid_angles

import hinge_model as hm
from hinge_model import capacity
from hinge_model.conventions import ANGLE_RANGES

MAN = hm.Body(75.0, 1.75, "male")
WOMAN = hm.Body(62.0, 1.64, "female")
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _one_side_peak(body: hm.Body, joint: str) -> float:
    """Peak isometric extensor strength of ONE side (N*m): the model's both-sides value at its best angle / 2."""
    angles = np.linspace(*ANGLE_RANGES[joint], 400)
    pose = hm.Pose(**{joint: angles})
    return float(np.max(capacity.joint_strength(body, pose, joint))) / 2.0


def test_peak_strengths_agree_with_independent_data() -> None:
    """One-side peaks for a 75 kg / 1.75 m young man against data NOT used to build the model:
    knee extension 199.8 +/- 47.3 N*m in men (Arthrosc Sports Med Rehabil 2024, doi 10.1016/j.asmr.2023.100861);
    hip extension ~200-300 N*m and ankle plantarflexion ~120-200 N*m (biomechanics.md, young men)."""
    knee = _one_side_peak(MAN, "knee")
    assert 199.8 - 47.3 <= knee <= 199.8 + 47.3
    assert 180.0 <= _one_side_peak(MAN, "hip") <= 300.0
    assert 110.0 <= _one_side_peak(MAN, "ankle") <= 200.0


def test_values_are_for_both_sides() -> None:
    """Capacity uses BOTH sides: a knee extensor moment equal to one side's peak strength uses 50 %."""
    pose = hm.Pose(knee=np.rad2deg(1.133))  # peak angle of the knee extensors (Anderson et al. 2007, C3)
    one_side = 0.163 * 75.0 * 9.81 * 1.75  # Anderson et al. (2007) Table 3, young men, C1 * m g H
    cap = capacity.joint_capacity(MAN, pose, {"hip": 0.0, "knee": one_side, "ankle": 0.0, "L5S1": 0.0})
    assert cap["knee"] == pytest.approx(0.5, rel=1e-6)


def test_strength_depends_on_angle_sex_and_size() -> None:
    # knee extensors are weaker near full extension than at ~65 deg (Anderson et al. 2007; classic knee data)
    s = capacity.joint_strength(MAN, hm.Pose(knee=[0.0, 65.0]), "knee")
    assert s[0] < 0.8 * s[1]
    # a typical woman is weaker than a typical man at every joint (absolute strength)
    for j in capacity.CAPACITY_JOINTS:
        assert capacity.joint_strength(WOMAN, hm.Pose(), j) < capacity.joint_strength(MAN, hm.Pose(), j)
    # strength scales with body mass
    heavy = hm.Body(90.0, 1.75, "male")
    ratio = capacity.joint_strength(heavy, hm.Pose(), "hip") / capacity.joint_strength(MAN, hm.Pose(), "hip")
    assert ratio == pytest.approx(90.0 / 75.0)
    # L5S1: trunk extension men 250-350 N*m, women 150-220 N*m (biomechanics.md; Chaffin / 3DSSPP)
    assert 250.0 <= capacity.joint_strength(MAN, hm.Pose(), "L5S1") <= 350.0
    assert 150.0 <= capacity.joint_strength(WOMAN, hm.Pose(), "L5S1") <= 220.0


def test_flexor_demand_uses_no_extensor_capacity() -> None:
    a = hm.analyze(MAN, hm.Pose(ankle=5, knee=15, hip=75, lumbar=50, shoulder=110), 15.0)
    assert a.moments["knee"] < 0.0  # stoop: knee flexor demand
    assert a.capacity["knee"] == 0.0
    flex = capacity.flexor_capacity(MAN, a.pose, a.moments)
    assert flex["knee"] > 0.0
    assert a.capacity["hip"] > 0.0 and a.capacity["L5S1"] > 0.0


@SETTINGS
@given(**valid_angles("ankle", "knee", "hip", "lumbar", "shoulder"), load=LOADS, sex=SEXES)
def test_capacity_never_nan_and_nonnegative(ankle, knee, hip, lumbar, shoulder, load, sex) -> None:
    body = MAN if sex == "male" else WOMAN
    a = hm.analyze(body, hm.Pose(ankle, knee, hip, lumbar, shoulder), load)
    for j in ("hip", "knee", "ankle", "L5S1"):
        v = a.capacity[j]
        assert np.isfinite(v) and v >= 0.0
        expected = max(float(a.moments[j]), 0.0) / float(capacity.joint_strength(body, a.pose, j))
        assert v == pytest.approx(expected)


def test_capacity_broadcasts() -> None:
    pose = hm.Pose(ankle=5, knee=[10.0, 60.0, 100.0], hip=[60.0, 80.0, 100.0], lumbar=10, shoulder=80)
    a = hm.analyze(MAN, pose, np.array([[0.0], [20.0]]))
    for j in ("hip", "knee", "ankle", "L5S1"):
        assert np.shape(a.capacity[j]) == (2, 3)
    for j in ("hip", "L5S1"):  # load in front of these joints: more load, more extensor capacity used
        assert np.all(a.capacity[j][1] > a.capacity[j][0])


def test_bad_inputs_raise_value_error() -> None:
    with pytest.raises(ValueError, match="moments"):
        capacity.joint_capacity(MAN, hm.Pose(), {"hip": 1.0})
    with pytest.raises(ValueError, match="nan|finite"):
        capacity.joint_capacity(MAN, hm.Pose(), {"hip": np.nan, "knee": 0.0, "ankle": 0.0, "L5S1": 0.0})
    with pytest.raises(ValueError, match="age_group"):
        capacity.joint_strength(MAN, hm.Pose(), "hip", age_group="teen")
    with pytest.raises(ValueError, match="joint"):
        capacity.joint_strength(MAN, hm.Pose(), "shoulder")
    with pytest.raises(ValueError, match="flexor"):
        capacity.joint_strength(MAN, hm.Pose(), "L5S1", "flexor")


def test_strength_is_held_at_the_edge_of_the_fit_range() -> None:
    from hinge_model.capacity import FIT_ANGLE_RANGE, joint_strength

    b = hm.Body(75, 1.75, "male")
    hi = FIT_ANGLE_RANGE["hip"][1]
    s_edge = joint_strength(b, hm.Pose(hip=hi), "hip")
    s_deep = joint_strength(b, hm.Pose(hip=[hi + 10, 125, 130]), "hip")
    assert np.allclose(s_deep, s_edge)
    # a 15 kg floor lift never needs more than the whole strength of the hips (it did, 144 %, when extrapolated)
    m = hm.movement("hinge", b, load_mass=15.0, target_height=0.22)
    assert np.max(m.analysis.capacity["hip"]) < 1.0


def test_extrapolated_strength_is_the_bare_cosine() -> None:
    from hinge_model.capacity import ANDERSON_2007, ANDERSON_G, joint_strength

    b = hm.Body(75, 1.75, "male")
    hip = np.array([0.0, 53.0, 90.0, 130.0])
    c1, c2, c3 = ANDERSON_2007[("hip", "extensor", "male", "young")]
    expected = 2 * c1 * b.mass * ANDERSON_G * b.height * np.cos(c2 * (np.deg2rad(hip) - c3))
    assert np.allclose(joint_strength(b, hm.Pose(hip=hip), "hip", extrapolate=True), expected)
    held = joint_strength(b, hm.Pose(hip=hip), "hip")
    assert held[-1] > expected[-1]  # the package holds strength beyond the fit instead
