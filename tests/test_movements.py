"""Lifting movements (issue 6 acceptance): hinge, bend and squat from the same (load_x, target_height)."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hinge_model as hm
from hinge_model.movements import (
    PROGRESSION_TARGETS,
    hip_share,
    minimum_jerk,
    progression,
    technique_constraints,
)
from hinge_model.muscles import hamstring_stretch_limit

BODIES = {
    "female 55 kg 1.60 m": (55.0, 1.60, "female"),
    "male 75 kg 1.75 m": (75.0, 1.75, "male"),
    "male 100 kg 1.90 m": (100.0, 1.90, "male"),
}
FLOOR, MID_SHIN = 0.22, 0.35  # m: barbell on 450 mm plates; mid-shin blocks
TECHNIQUES = ("hinge", "bend", "squat")
LOAD = 15.0


@cache
def _mv(body_key: str, name: str, target: float, load: float = LOAD) -> hm.movements.Movement:
    return hm.movement(name, hm.Body(*BODIES[body_key]), load_mass=load, target_height=target)


def _floor_y(m: hm.movements.Movement) -> float:
    return -m.body.ankle_height


CASES = [(b, t, h) for b in BODIES for t in TECHNIQUES for h in (FLOOR, MID_SHIN)]


@pytest.mark.parametrize(("body_key", "name", "target"), CASES)
def test_pickup_reaches_target_in_balance_without_nan(body_key: str, name: str, target: float) -> None:
    m = _mv(body_key, name, target)
    a = m.analysis
    hand = a.points["hand"][m.pickup]
    assert abs(hand[1] - _floor_y(m) - target) < 0.01  # grip height above the floor, 1 cm
    assert abs(hand[0] - m.load_x) < 0.01
    assert m.load_x == pytest.approx(0.5 * (m.body.heel_x + m.body.toe_x))  # default: over the mid-foot
    # balanced in EVERY frame, independently recomputed from the CoM and the foot
    com_x = a.com[:, 0]
    assert np.all((com_x >= m.body.heel_x) & (com_x <= m.body.toe_x))
    assert np.all(a.balanced)
    for arr in (*a.moments.values(), a.com, a.points["hand"], *m.poses.as_dict().values()):
        assert np.all(np.isfinite(arr))
    if a.spine is not None:
        for f in ("compression", "shear"):
            assert np.all(np.isfinite(getattr(a.spine, f)))
    broken = [k for k, ok in technique_constraints(name, m.end_pose, m.slr).items() if not ok]
    assert not broken, broken


@pytest.mark.parametrize(("body_key", "name", "target"), CASES[:6])
def test_trajectory_shape_time_and_lowest_point(body_key: str, name: str, target: float) -> None:
    m = _mv(body_key, name, target)
    n = len(m.time)
    assert n == 60 and m.poses.shape == (n,)
    assert np.all(np.diff(m.time) > 0) and m.time[0] == 0.0
    assert m.time[-1] == pytest.approx(4.0)
    for j, v in m.poses.as_dict().items():  # upright at both ends
        assert abs(v[0]) < 1e-9 and abs(v[-1]) < 1e-9, j
    hand_y = m.analysis.points["hand"][:, 1]
    assert int(np.argmin(hand_y)) == m.pickup  # the pick-up is the hands' lowest point
    assert np.all(m.hand_load[: m.pickup] == 0.0) and np.all(m.hand_load[m.pickup :] == LOAD)
    np.testing.assert_allclose(m.analysis.load_mass, m.hand_load)


@pytest.mark.parametrize("body_key", list(BODIES))
@pytest.mark.parametrize("target", [FLOOR, MID_SHIN])
def test_technique_contrasts_at_same_target(body_key: str, target: float) -> None:
    hinge, bend, squat = (_mv(body_key, t, target) for t in TECHNIQUES)
    # bend rounds the back >= 25 deg more than the hinge
    assert float(bend.end_pose.lumbar) >= float(hinge.end_pose.lumbar) + 25.0
    # squat: largest knee flexion and largest peak knee (extensor) moment
    knees = {m.name: float(m.end_pose.knee) for m in (hinge, bend, squat)}
    assert max(knees, key=knees.get) == "squat"
    kmom = {m.name: float(np.max(m.analysis.moments["knee"])) for m in (hinge, bend, squat)}
    assert max(kmom, key=kmom.get) == "squat"


@pytest.mark.parametrize("body_key", list(BODIES))
def test_hinge_has_largest_hip_share_at_knee_height(body_key: str) -> None:
    """Hip share = |hip| / (|ankle| + |knee| + |hip| + |lumbar|) at the pick-up (movements.hip_share).

    At a knee-height rack pull (0.285 H, Winter 2009) the hinge is a true hinge (soft knees). From mid-shin and
    the floor the hamstring limit forces the hinge to add knee flexion (a deadlift) and the shares converge:
    see the report / notebook, not asserted there."""
    body = hm.Body(*BODIES[body_key])
    target = 0.285 * body.height
    shares = {t: float(hip_share(_mv(body_key, t, target).end_pose)) for t in TECHNIQUES}
    assert max(shares, key=shares.get) == "hinge"
    assert shares["hinge"] > shares["bend"] + 0.1
    # with flexible hamstrings (SLR 95 deg) the hinge stays the most hip-dominant down to mid-shin blocks
    flex = {t: float(hip_share(hm.movement(t, body, LOAD, MID_SHIN, flexibility="flexible").end_pose))
            for t in TECHNIQUES}
    assert max(flex, key=flex.get) == "hinge"


@pytest.mark.parametrize("body_key", list(BODIES))
def test_lower_targets_larger_peak_l5s1_bend_and_hinge_above_mid_shin(body_key: str) -> None:
    body = hm.Body(*BODIES[body_key])
    knee_h = 0.285 * body.height

    def peak(name: str, h: float) -> float:
        return float(np.max(_mv(body_key, name, h).analysis.moments["L5S1"]))

    assert peak("bend", FLOOR) > peak("bend", MID_SHIN) > peak("bend", knee_h)
    assert peak("hinge", MID_SHIN) > peak("hinge", knee_h)


@pytest.mark.parametrize("body_key", list(BODIES))
def test_where_the_issue_6_expectations_do_not_hold(body_key: str) -> None:
    """Two expectations of issue 6 that the model contradicts, pinned so that the notebooks' explanation
    (04, 06, 07, 99) cannot silently go stale if the model changes:

    * at the floor bar a normal hamstring length (SLR 80 deg) and the hip's 130 deg range force the hinge to add
      knee flexion (a conventional deadlift, knee ~100 deg as in Schellenberg et al. 2013), so its hip share of
      the total motion falls BELOW the stoop's, whose hips stop at the hamstring limit (~85 deg);
    * the neutral-spine squat reaches lower only with deeper knees and more ankle dorsiflexion, which makes the
      trunk MORE upright: its peak static L5/S1 moment is lower at the floor than at knee height.
    """
    shares = {t: float(hip_share(_mv(body_key, t, FLOOR).end_pose)) for t in TECHNIQUES}
    hinge = _mv(body_key, "hinge", FLOOR).end_pose
    assert shares["bend"] > shares["hinge"]
    assert float(hinge.knee) > 90.0 and float(hinge.hip) > 125.0  # the deadlift regime at the hip's range
    body = hm.Body(*BODIES[body_key])

    def peak(name: str, h: float) -> float:
        return float(np.max(_mv(body_key, name, h).analysis.moments["L5S1"]))

    assert peak("squat", FLOOR) < peak("squat", 0.285 * body.height)


def test_spine_story_bend_vs_hinge_at_floor() -> None:
    """Where the hinge pays off: same target, the bend's lumbar tissues are passive-loaded and shear is higher."""
    hinge, bend = (_mv("male 75 kg 1.75 m", t, FLOOR) for t in ("hinge", "bend"))
    if hinge.analysis.spine is None:
        pytest.skip("spine module not available")
    sh, sb = hinge.analysis.spine, bend.analysis.spine
    p = hinge.pickup
    assert float(sb.passive_share[p]) > float(sh.passive_share[p]) + 0.2
    assert float(np.max(np.abs(sb.shear))) > float(np.max(np.abs(sh.shear)))


def test_hinge_respects_hamstring_limit_and_soft_knees_for_high_target() -> None:
    m = hm.movement("hinge", hm.Body(75, 1.75, "male"), 10.0, target_height=0.55)
    e = m.end_pose
    assert 15.0 <= float(e.knee) <= 35.0 and abs(float(e.ankle)) <= 10.0 and float(e.lumbar) <= 10.0
    assert float(e.hip) <= float(hamstring_stretch_limit(float(e.knee))) + 1e-6
    tight = hm.movement("hinge", hm.Body(75, 1.75, "male"), 10.0, target_height=0.55, flexibility="tight")
    assert float(tight.end_pose.knee) > float(e.knee)  # tight hamstrings: more knee bend for the same bar


def test_realistic_squat_lumbar_flag() -> None:
    body = hm.Body(75, 1.75, "male")
    plain = hm.movement("squat", body, LOAD, FLOOR)
    real = hm.movement("squat", body, LOAD, FLOOR, realistic_squat_lumbar=True)
    assert float(plain.end_pose.lumbar) == 0.0
    knee = float(real.end_pose.knee)
    assert float(real.end_pose.lumbar) == pytest.approx(25.1 * min(1.0, knee / 100.0))  # von Arx et al. 2021
    assert all(technique_constraints("squat", real.end_pose, realistic_squat_lumbar=True).values())


def test_box_in_front_of_toes_load_x() -> None:
    body = hm.Body(75, 1.75, "male")
    for name in ("hinge", "bend"):
        m = hm.movement(name, body, 10.0, MID_SHIN, load_x=0.35)
        hand = m.analysis.points["hand"][m.pickup]
        assert abs(hand[0] - 0.35) < 0.01 and abs(hand[1] + body.ankle_height - MID_SHIN) < 0.01
        assert np.all(m.analysis.balanced)


@settings(max_examples=50, deadline=None)
@given(
    mass=st.floats(45.0, 130.0),
    height=st.floats(1.50, 2.00),
    sex=st.sampled_from(["male", "female"]),
    name=st.sampled_from(TECHNIQUES),
    target=st.sampled_from([FLOOR, MID_SHIN, 0.5]),
    load=st.floats(0.0, 40.0),
)
def test_converges_over_the_validated_range(mass: float, height: float, sex: str, name: str, target: float,
                                            load: float) -> None:
    body = hm.Body(mass, height, sex)
    m = hm.movement(name, body, load, target, frames=31)
    hand = m.analysis.points["hand"][m.pickup]
    assert abs(hand[1] + body.ankle_height - target) < 0.01
    assert np.all(m.analysis.balanced)
    assert all(np.all(np.isfinite(v)) for v in m.analysis.moments.values())


def test_minimum_jerk_profile() -> None:
    tau = np.linspace(0, 1, 101)
    s, ds, dds = minimum_jerk(tau)
    assert s[0] == 0 and s[-1] == pytest.approx(1.0) and s[50] == pytest.approx(0.5)
    np.testing.assert_allclose(ds[1:-1], np.gradient(s, tau)[1:-1], atol=2e-3)  # interior: 2nd-order differences
    np.testing.assert_allclose(dds[1:-1], np.gradient(ds, tau)[1:-1], atol=5e-2)
    assert ds[0] == ds[-1] == 0 and dds[0] == dds[-1] == 0


@pytest.mark.parametrize("body_key", list(BODIES))
@pytest.mark.parametrize("target", [FLOOR, MID_SHIN])
def test_dynamically_balanced_at_default_pace(body_key: str, target: float) -> None:
    """The dynamic centre of pressure stays over the feet in every frame (2 s down + 2 s up)."""
    for name in TECHNIQUES:
        m = _mv(body_key, name, target)
        cop = m.dynamics.cop_x
        assert np.all((cop >= m.body.heel_x) & (cop <= m.body.toe_x)), name
        assert m.dynamically_balanced


@pytest.mark.parametrize("case", [("male 75 kg 1.75 m", "squat", MID_SHIN),
                                  ("female 55 kg 1.60 m", "squat", FLOOR)])
def test_joint_trajectory_derivatives_match_finite_differences(case: tuple[str, str, float]) -> None:
    m = _mv(*case)
    t = np.linspace(0.05, 3.95, 40)
    h = 1e-5
    q, qd, qdd = m.joint_trajectory(t)
    qp, _, _ = m.joint_trajectory(t + h)
    qm, _, _ = m.joint_trajectory(t - h)
    for j in q:
        np.testing.assert_allclose(qd[j], (qp[j] - qm[j]) / (2 * h), atol=1e-3)
        np.testing.assert_allclose(qdd[j], (qp[j] - 2 * q[j] + qm[j]) / h**2, atol=0.5)


def test_unreachable_target_raises_with_range() -> None:
    body = hm.Body(75, 1.75, "male")
    with pytest.raises(ValueError, match=r"target_height = 0.05 m.*reachable range"):
        hm.movement("hinge", body, 10.0, 0.05)
    with pytest.raises(ValueError, match=r"target_height = 1.2 m"):
        hm.movement("squat", body, 10.0, 1.2)


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"name": "jump"}, "name"),
        ({"load_mass": -1.0}, "load_mass"),
        ({"load_mass": float("nan")}, "load_mass"),
        ({"target_height": float("inf")}, "target_height"),
        ({"target_height": -0.1}, "target_height"),
        ({"load_x": float("nan")}, "load_x"),
        ({"frames": 2}, "frames"),
        ({"frames": 10.5}, "frames"),
        ({"duration": 0.0}, "duration"),
        ({"flexibility": "rubber"}, "flexibility"),
        ({"load_mass": 200.0, "load_x": 0.8}, "load"),
    ],
)
def test_bad_inputs(kwargs: dict, word: str) -> None:
    args = {"name": "hinge", "body": hm.Body(75, 1.75, "male"), "load_mass": 10.0, "target_height": 0.35}
    args.update(kwargs)
    with pytest.raises(ValueError, match=word):
        hm.movement(**args)


def test_progression_table() -> None:
    body = hm.Body(75, 1.75, "male")
    p = progression(body, LOAD)
    n = 3 * 4
    assert all(len(v) == n for v in p.values())
    assert set(p["technique"]) == set(TECHNIQUES)
    assert p["reachable"].all()
    assert np.all(np.isfinite(p["peak_L5S1_moment"]))
    assert np.all(p["peak_L5S1_moment_dynamic"] > p["peak_L5S1_moment"])  # default 2 s + 2 s lift
    np.testing.assert_allclose(sorted(set(p["target_height"])),
                               sorted([0.22, 0.26, 0.35, 0.285 * body.height]))
    assert "floor bar" in PROGRESSION_TARGETS
    floor = p["target_height"] == 0.22
    bend = floor & (p["technique"] == "bend")
    hinge = floor & (p["technique"] == "hinge")
    assert p["lumbar"][bend][0] > p["lumbar"][hinge][0] + 25.0
    if np.isfinite(p["passive_share"]).all():
        assert p["passive_share"][bend][0] > p["passive_share"][hinge][0]


def test_retimed_equals_a_new_solve_at_that_duration() -> None:
    import numpy as np

    import hinge_model as hm

    body = hm.Body(75, 1.75, "male")
    m = hm.movement("bend", body, load=hm.series.KINGMA_BOX, frames=21)
    for d in (1.5, 6.0):
        fresh, fast = hm.movement("bend", body, load=hm.series.KINGMA_BOX, frames=21, duration=d), \
            hm.movements.retimed(m, d)
        assert float(fast.time[-1]) == d and fast.balance_bump == fresh.balance_bump
        for j in fresh.dynamics.moments:
            np.testing.assert_array_equal(fast.dynamics.moments[j], fresh.dynamics.moments[j])
    import pytest

    with pytest.raises(ValueError, match="duration"):
        hm.movements.retimed(m, 0.0)
    with pytest.raises(ValueError, match="mv must be"):
        hm.movements.retimed("bend", 2.0)  # type: ignore[arg-type]
