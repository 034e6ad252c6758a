"""Tests of hinge_model.niosh: the revised NIOSH lifting equation (Waters et al. 1993; NIOSH 94-110)."""

from __future__ import annotations

import numpy as np
import pytest

import hinge_model as hm
from hinge_model import niosh


def test_ideal_lift_gives_load_constant() -> None:
    # H = 25 cm, V = 75 cm, D <= 25 cm, A = 0, FM = CM = 1: every multiplier is 1, RWL = LC = 23 kg
    assert niosh.recommended_weight_limit(0.25, 0.75, 0.25) == pytest.approx(23.0)
    assert niosh.recommended_weight_limit(0.10, 0.75, 0.10) == pytest.approx(23.0)


def test_worked_example_by_hand() -> None:
    """A metric example computed BY HAND from the published multiplier formulas (Waters et al. 1993); the
    manual's own examples are in U.S. units (see the Example 4 test below):
    H = 40 cm, V = 30 cm, D = 50 cm, A = 30 deg, FM = 0.94 (table value entered by the analyst), CM = 0.95.
        HM = 25/40           = 0.625
        VM = 1 - 0.003*|30-75| = 0.865
        DM = 0.82 + 4.5/50   = 0.910
        AM = 1 - 0.0032*30   = 0.904
        RWL = 23 * 0.625 * 0.865 * 0.910 * 0.904 * 0.94 * 0.95
            = 14.375 * 0.865 = 12.434375; * 0.910 = 11.31528; * 0.904 = 10.22901; * 0.94 = 9.61527;
              * 0.95 = 9.1345 kg
        LI (15 kg) = 15 / 9.1345 = 1.642
    """
    rwl = niosh.recommended_weight_limit(0.40, 0.30, 0.50, A=30, frequency_multiplier=0.94, coupling_multiplier=0.95)
    assert rwl == pytest.approx(9.1345, abs=2e-4)
    assert niosh.lifting_index(15.0, rwl) == pytest.approx(1.642, abs=1e-3)
    # the individual multipliers
    assert niosh.horizontal_multiplier(40.0) == pytest.approx(0.625)
    assert niosh.vertical_multiplier(30.0) == pytest.approx(0.865)
    assert niosh.distance_multiplier(50.0) == pytest.approx(0.91)
    assert niosh.asymmetric_multiplier(30.0) == pytest.approx(0.904)


def test_applications_manual_example_4_package_inspection() -> None:
    """Applications Manual (NIOSH 94-110, revised 9/2021), Example 4 "Package Inspection", worksheet Figure 14
    (p. 46), origin of the lift, U.S. customary units as printed:
        V = 22 in (destination V = 59 in, so D = 37 in), HM = 1.0 (H within 10 in), A = 0 (AM = 1.0),
        FM = .88 (Table 5 value on the worksheet), CM = .95 (fair coupling, V < 30 in, Table 7)
        worksheet: RWL = 51 x 1.0 x .94 x .87 x 1.0 x .88 x .95 = 34.9 lb
    The manual multiplies multipliers rounded to two decimals (p. 29); at full precision DM = .82 + 1.8/37 =
    0.8686..., and the RWL is 34.8 lb (the manual warns of such last-digit rounding differences, p. 29).
    Values transcribed from the manual's worksheet as quoted in a method specification that cites it by page
    (we could not open the manual itself here); they are consistent with the p. 7 formulas to every digit.
    """
    # multipliers as printed on the worksheet
    assert round(float(niosh.horizontal_multiplier(10.0, units="US")), 2) == 1.0
    assert round(float(niosh.vertical_multiplier(22.0, units="US")), 2) == 0.94
    assert round(float(niosh.distance_multiplier(59.0 - 22.0, units="US")), 2) == 0.87
    assert float(niosh.distance_multiplier(37.0, units="US")) == pytest.approx(0.82 + 1.8 / 37.0)
    kw = dict(A=0.0, frequency_multiplier=0.88, coupling_multiplier=0.95, units="US")
    # the worksheet's own arithmetic (multipliers to 2 decimals, RWL to 1): 34.9 lb
    assert niosh.recommended_weight_limit(10.0, 22.0, 37.0, worksheet_rounding=True, **kw) == pytest.approx(34.9)
    # full precision: 34.81 lb, i.e. 34.8 lb when rounded as the manual does
    full = float(niosh.recommended_weight_limit(10.0, 22.0, 37.0, **kw))
    assert full == pytest.approx(51 * 0.94 * (0.82 + 1.8 / 37) * 0.88 * 0.95)
    assert round(full, 1) == 34.8
    # any H up to 10 in gives the same (HM = 1): the worksheet's H is inside that band
    assert niosh.recommended_weight_limit(7.0, 22.0, 37.0, **kw) == pytest.approx(full)


def test_unit_systems_differ_as_the_manual_says() -> None:
    """The metric and U.S. constants are not exact conversions (51 lb = 23.13 kg, 10 in = 25.4 cm, 30 in =
    76.2 cm): the same task gives close but not identical RWLs."""
    lb_per_kg, cm_per_in = 2.20462, 2.54
    h_in, v_in, d_in = 15.0, 20.0, 40.0
    us_kg = niosh.recommended_weight_limit(h_in, v_in, d_in, units="US") / lb_per_kg
    metric = niosh.recommended_weight_limit(h_in * cm_per_in / 100, v_in * cm_per_in / 100, d_in * cm_per_in / 100)
    assert us_kg == pytest.approx(metric, rel=0.03)
    assert us_kg != pytest.approx(metric, rel=1e-6)
    # limits in U.S. units: HM = 0 beyond 25 in, VM = 0 above 70 in, DM = 0 beyond 70 in
    assert niosh.recommended_weight_limit(26.0, 30.0, 10.0, units="US") == 0.0
    assert niosh.recommended_weight_limit(10.0, 71.0, 10.0, units="US") == 0.0
    assert niosh.recommended_weight_limit(10.0, 30.0, 71.0, units="US") == 0.0
    # worksheet rounding rounds halves up, like the manual's tables: VM(20 in) = 0.925 -> .93
    assert float(niosh.round_half_up(niosh.vertical_multiplier(20.0, units="US"), 2)) == 0.93
    with pytest.raises(ValueError, match="units"):
        niosh.recommended_weight_limit(10.0, 30.0, 10.0, units="imperial")


def test_multiplier_limits() -> None:
    assert niosh.recommended_weight_limit(0.70, 0.75, 0.25) == 0.0  # H > 63 cm
    assert niosh.recommended_weight_limit(0.30, 1.80, 0.25) == 0.0  # V > 175 cm
    assert niosh.recommended_weight_limit(0.30, 0.75, 1.80) == 0.0  # D > 175 cm
    assert niosh.recommended_weight_limit(0.30, 0.75, 0.25, A=140) == 0.0  # A > 135 deg
    assert niosh.horizontal_multiplier(63.0) == pytest.approx(25 / 63)
    # RWL = 0 (a task outside the equation) has no lifting index: refused, never inf (issue 14)
    for load in (5.0, 0.0):
        with pytest.raises(ValueError, match="rwl = 0"):
            niosh.lifting_index(load, 0.0)
    with pytest.raises(ValueError, match="HM = 0 because H = 0.7 m is beyond 0.63 m"):
        niosh.recommended_weight_limit(0.70, 0.75, 0.25, strict=True)


def test_vectorised_and_monotonic() -> None:
    h = np.linspace(0.25, 0.63, 20)
    rwl = niosh.recommended_weight_limit(h, 0.75, 0.25)
    assert rwl.shape == (20,)
    assert np.all(np.diff(rwl) < 0.0)
    grid = niosh.recommended_weight_limit(h[:, None], np.array([0.2, 0.75, 1.2]), 0.5)
    assert grid.shape == (20, 3)
    assert np.all(grid[:, 1] > grid[:, 0]) and np.all(grid[:, 1] > grid[:, 2])  # best at knuckle height


def test_from_an_analysis() -> None:
    body = hm.Body(75.0, 1.75, "male")
    a = hm.analyze(body, hm.Pose(ankle=5, knee=15, hip=75, lumbar=50, shoulder=110), 15.0)
    h, v = niosh.hand_location(a)
    assert h == pytest.approx(abs(a.points["hand"][0]))
    assert v == pytest.approx(a.points["hand"][1] + body.ankle_height)
    rwl, li = niosh.analysis_lifting_index(a, travel=0.5)
    assert rwl == pytest.approx(niosh.recommended_weight_limit(h, v, 0.5))
    assert li == pytest.approx(15.0 / rwl)
    assert li > 1.0  # a 15 kg floor lift with the hands ~40 cm out exceeds the RWL


def test_bad_inputs_raise_value_error() -> None:
    with pytest.raises(ValueError, match="H"):
        niosh.recommended_weight_limit(-0.1, 0.75, 0.25)
    with pytest.raises(ValueError, match="V"):
        niosh.recommended_weight_limit(0.3, float("nan"), 0.25)
    with pytest.raises(ValueError, match="frequency_multiplier"):
        niosh.recommended_weight_limit(0.3, 0.75, 0.25, frequency_multiplier=1.5)
    with pytest.raises(ValueError, match="A"):
        niosh.recommended_weight_limit(0.3, 0.75, 0.25, A=-5)
    with pytest.raises(ValueError, match="load"):
        niosh.lifting_index(-1.0, 10.0)
