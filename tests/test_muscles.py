"""Hamstring length model and stretch limit (hinge_model.muscles)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hinge_model as hm
from hinge_model.muscles import SLR_LIMITS, hamstring_length, hamstring_stretch_fraction, hamstring_stretch_limit

# Passive straight-leg raise with the knee straight: 80-90 deg normal (Kendall et al. 2005; ExRx passive
# lying straight-leg lift "80-90 deg desirable"), < 70 deg tight.
SLR_NORMAL_RANGE = (80.0, 90.0)


def test_limit_at_straight_knee_is_in_the_cited_slr_range() -> None:
    lo, hi = SLR_NORMAL_RANGE
    assert lo <= float(hamstring_stretch_limit(0.0)) <= hi
    assert float(hamstring_stretch_limit(0.0, flexibility="tight")) < 70.0
    assert float(hamstring_stretch_limit(0.0, flexibility="flexible")) > hi
    assert float(hamstring_stretch_limit(0.0, slr=72.0)) == pytest.approx(72.0)


def test_ninety_ninety_test_agrees() -> None:
    """Independent clinical criterion: with the hip at 90 deg, normal hamstrings let the knee extend to within
    20 deg of straight; tight ones do not. Invert the model: the knee angle at which hip 90 is the limit."""
    knees = np.linspace(0.0, 90.0, 9001)
    normal_knee = knees[np.argmax(hamstring_stretch_limit(knees) >= 90.0)]
    tight_knee = knees[np.argmax(hamstring_stretch_limit(knees, flexibility="tight") >= 90.0)]
    assert normal_knee <= 20.0 + 1e-9
    assert tight_knee > 20.0


@settings(max_examples=50, deadline=None)
@given(st.floats(0.0, 140.0), st.floats(0.1, 40.0), st.sampled_from(sorted(SLR_LIMITS)))
def test_more_knee_flexion_allows_more_hip_flexion(knee: float, extra: float, flex: str) -> None:
    a = float(hamstring_stretch_limit(knee, flexibility=flex))
    b = float(hamstring_stretch_limit(min(knee + extra, 150.0), flexibility=flex))
    assert b >= a
    if a < 129.0:  # below the hip range cap the increase is strict
        assert b > a


@settings(max_examples=50, deadline=None)
@given(st.floats(0.0, 120.0), st.floats(0.0, 120.0), st.floats(0.5, 10.0))
def test_length_hip_lengthens_knee_shortens(hip: float, knee: float, step: float) -> None:
    body = hm.Body(70.0, 1.70, "female")
    base = hamstring_length(hip, knee, body)
    assert hamstring_length(hip + step, knee, body) > base
    assert hamstring_length(hip, knee + step, body) < base


def test_length_is_one_upright_and_at_limit_fraction_one() -> None:
    assert float(hamstring_length(0.0, 0.0)) == pytest.approx(1.0)
    knees = np.array([0.0, 20.0, 60.0])
    lim = hamstring_stretch_limit(knees)
    np.testing.assert_allclose(hamstring_stretch_fraction(lim, knees), 1.0)
    # equal length along the limit curve: the limit is an iso-length line
    lengths = hamstring_length(lim, knees)
    np.testing.assert_allclose(lengths, lengths[0])


def test_vectorised_broadcast() -> None:
    out = hamstring_length(np.linspace(0, 90, 4)[:, None], np.array([0.0, 30.0]))
    assert out.shape == (4, 2)
    assert hamstring_stretch_limit(np.zeros((3, 2))).shape == (3, 2)


@pytest.mark.parametrize(
    ("call", "word"),
    [
        (lambda: hamstring_stretch_limit(float("nan")), "knee"),
        (lambda: hamstring_stretch_limit(200.0), "knee"),
        (lambda: hamstring_stretch_limit(10.0, flexibility="bendy"), "flexibility"),
        (lambda: hamstring_stretch_limit(10.0, slr=5.0), "slr"),
        (lambda: hamstring_length(-60.0, 0.0), "hip"),
        (lambda: hamstring_length(10.0, "a lot"), "knee"),
    ],
)
def test_bad_inputs(call, word: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=word):
        call()
