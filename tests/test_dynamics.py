"""Inverse dynamics (hinge_model.dynamics): hand-computed rigid-body cases, slow-lift limit, fast-lift peak."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

import hinge_model as hm
from hinge_model.conventions import SEGMENTS
from hinge_model.dynamics import angular_accelerations, joint_space_inverse_dynamics
from hinge_model.kinematics import forward

BODY = hm.Body(75.0, 1.75, "male")


@cache
def _mv(name: str, duration: float, target: float = 0.35) -> hm.movements.Movement:
    return hm.movement(name, BODY, load_mass=15.0, target_height=target, duration=duration)


def _pivot_inertia(body: hm.Body, pose: hm.Pose, names: tuple[str, ...], pivot: str, load: float) -> float:
    """Moment of inertia about a joint centre by the parallel-axis theorem (independent of joint_loads)."""
    kin = forward(body, pose)
    p = kin.points[pivot]
    total = 0.0
    for n in names:
        r2 = float(np.sum((kin.coms[n] - p) ** 2))
        total += body.segments[n].inertia + body.segments[n].mass * r2
    return total + load * float(np.sum((kin.points["hand"] - p) ** 2))


@pytest.mark.parametrize("qd_ankle", [0.0, 40.0])
def test_whole_body_rotating_about_the_ankle(qd_ankle: float) -> None:
    """Only the ankle moves: the body above it is one rigid body rotating about the ankle. Centripetal forces
    pass through the pivot, so M_dyn - M_static = -I_ankle * q''_ankle (dorsiflexion is clockwise, extensor
    positive), at any angular velocity."""
    q = {"ankle": 5.0, "knee": 20.0, "hip": 60.0, "lumbar": 10.0, "shoulder": 40.0}
    qdd_deg = 150.0
    load = 12.0
    res = joint_space_inverse_dynamics(BODY, q, {"ankle": qd_ankle}, {"ankle": qdd_deg}, load)
    inertia = _pivot_inertia(BODY, hm.Pose(**q), SEGMENTS[1:], "ankle", load)
    expected = -inertia * np.deg2rad(qdd_deg)
    assert float(res.moments["ankle"] - res.static_moments["ankle"]) == pytest.approx(expected, rel=1e-5)


def test_arm_rotating_about_the_shoulder() -> None:
    """Only the shoulder flexes (anticlockwise arm rotation, flexion +, extensor moment +): the arm + load is a
    rigid body about a fixed shoulder, so M_dyn - M_static = -I_shoulder * q''_shoulder."""
    q = {"hip": 45.0, "shoulder": 30.0}
    qdd_deg = -300.0
    load = 5.0
    res = joint_space_inverse_dynamics(BODY, q, {"shoulder": 60.0}, {"shoulder": qdd_deg}, load)
    inertia = _pivot_inertia(BODY, hm.Pose(**q), ("upper_arm", "forearm", "hand"), "shoulder", load)
    expected = -inertia * np.deg2rad(qdd_deg)
    assert float(res.moments["shoulder"] - res.static_moments["shoulder"]) == pytest.approx(expected, rel=1e-5)
    # nothing below the shoulder accelerates, but the arm's accelerating mass loads every joint below it
    assert float(res.moments["L5S1"]) != pytest.approx(float(res.static_moments["L5S1"]), rel=1e-6)


def test_angular_acceleration_signs() -> None:
    """Ankle dorsiflexion accelerates the shank clockwise (negative anticlockwise alpha); shoulder flexion turns
    the arm anticlockwise (positive)."""
    a = angular_accelerations({"ankle": 10.0, "shoulder": 10.0})
    assert float(a["shank"]) == pytest.approx(-np.deg2rad(10.0))
    assert float(a["thorax"]) == pytest.approx(-np.deg2rad(10.0))  # rides on the shank
    assert float(a["upper_arm"]) == pytest.approx(np.deg2rad(10.0) - np.deg2rad(10.0))  # shoulder - thorax
    assert float(a["foot"]) == 0.0


@pytest.mark.parametrize("name", ["hinge", "bend", "squat"])
def test_slow_lift_equals_statics(name: str) -> None:
    m = _mv(name, 60.0)
    dyn = m.dynamics
    for j in ("L5S1", "hip", "knee", "ankle"):
        st = np.asarray(m.analysis.moments[j])
        peak = np.max(np.abs(st))
        assert np.max(np.abs(dyn.moments[j] - st)) <= 0.01 * peak, j
    np.testing.assert_allclose(dyn.static_moments["L5S1"], m.analysis.moments["L5S1"], rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("name", ["hinge", "bend", "squat"])
def test_fast_lift_peak_exceeds_static(name: str) -> None:
    m = _mv(name, 2.0)  # 1 s down, 1 s lift
    dyn = m.dynamics
    for j in ("L5S1", "hip"):
        assert np.max(dyn.moments[j]) > 1.05 * np.max(m.analysis.moments[j]), j
    # at the pick-up instant (and at rest at both ends) the accelerations are zero: dynamic = static
    p = m.pickup
    assert float(dyn.moments["L5S1"][p]) == pytest.approx(float(m.analysis.moments["L5S1"][p]), rel=1e-6)
    assert float(dyn.moments["L5S1"][0]) == pytest.approx(float(m.analysis.moments["L5S1"][0]), abs=1e-6)


def test_dynamic_force_includes_inertia_and_spine_loads() -> None:
    m = _mv("hinge", 2.0)
    dyn = m.dynamics
    f = dyn.forces["L5S1"]
    assert f.shape == (len(m.time), 2) and np.all(np.isfinite(f))
    weight_above = (m.analysis.upper_body_mass + m.hand_load) * hm.G
    assert not np.allclose(f[:, 1], weight_above)  # vertical accelerations change the force
    np.testing.assert_allclose(f[[0, m.pickup, -1], 1], weight_above[[0, m.pickup, -1]], rtol=1e-6)
    if dyn.spine is not None:
        assert np.all(np.isfinite(dyn.spine.compression))
        assert np.max(dyn.spine.compression) > np.max(m.analysis.spine.compression)


def test_faster_lifts_load_more() -> None:
    peaks = [float(np.max(_mv("hinge", d).dynamics.moments["L5S1"])) for d in (8.0, 4.0, 2.0)]
    assert peaks[0] < peaks[1] < peaks[2]


def test_centre_of_pressure_is_the_com_in_the_slow_limit() -> None:
    m = _mv("squat", 60.0)
    np.testing.assert_allclose(m.dynamics.cop_x, m.analysis.com[:, 0], atol=1e-3)
    gf = m.dynamics.ground_force
    np.testing.assert_allclose(gf[:, 1], (m.body.segment_mass_total + m.hand_load) * hm.G, rtol=1e-3)


def test_very_fast_lift_still_solves_and_reports_dynamic_balance() -> None:
    m = hm.movement("bend", BODY, 15.0, 0.22, duration=1.5)
    assert np.all(m.analysis.balanced)  # static balance (contract) always holds
    assert isinstance(m.dynamically_balanced, bool)


@pytest.mark.parametrize("name", ["hinge", "bend", "squat"])
def test_exact_accelerations_match_a_time_difference_of_the_positions(name: str) -> None:
    """The rigid-body recursion gives the second time derivative of forward()'s positions along a fast lift
    (checked against a central difference in time, h = 1e-3 s: error ~ h^2 |p''''| / 12, far below the 1e-3)."""
    m = _mv(name, 1.0)
    h = 1e-3
    t = np.linspace(0.05, 0.95, 19)  # inside the phases, away from the kink of the bump-free trajectory ends
    t = t[np.abs(t - m.t_down) > 2 * h]  # the down/up join has a jump in q'''
    q, qd, qdd = m.joint_trajectory(t)
    acc = hm.dynamics.linear_accelerations(BODY, q, qd, qdd)

    def pos(tt: np.ndarray) -> dict[str, np.ndarray]:
        kin = forward(BODY, hm.Pose(**m.joint_trajectory(tt)[0]))
        return {**kin.coms, "load": kin.points["hand"]}

    p0, p_plus, p_minus = pos(t), pos(t + h), pos(t - h)
    peak = max(float(np.max(np.abs(acc[n]))) for n in acc)
    assert peak > 1.0  # a fast lift: accelerations of m/s^2
    for n in (*SEGMENTS, "load"):
        fd = (p_plus[n] - 2 * p0[n] + p_minus[n]) / h**2
        np.testing.assert_allclose(acc[n], fd, atol=1e-3, err_msg=n)
