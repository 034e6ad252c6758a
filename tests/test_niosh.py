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
    """A worked example computed BY HAND from the published multiplier formulas (Waters et al. 1993, metric),
    because the Applications Manual's own example pages could not be retrieved here:
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


def test_multiplier_limits() -> None:
    assert niosh.recommended_weight_limit(0.70, 0.75, 0.25) == 0.0  # H > 63 cm
    assert niosh.recommended_weight_limit(0.30, 1.80, 0.25) == 0.0  # V > 175 cm
    assert niosh.recommended_weight_limit(0.30, 0.75, 1.80) == 0.0  # D > 175 cm
    assert niosh.recommended_weight_limit(0.30, 0.75, 0.25, A=140) == 0.0  # A > 135 deg
    assert niosh.horizontal_multiplier(63.0) == pytest.approx(25 / 63)
    assert niosh.lifting_index(5.0, 0.0) == np.inf
    assert niosh.lifting_index(0.0, 0.0) == 0.0


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
