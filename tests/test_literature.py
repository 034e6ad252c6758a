"""Tests of hinge_model.literature: each model value against its published range, with the known exceptions."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import hinge_model as hm
from hinge_model import literature
from hinge_model.literature import KNOWN_OUTSIDE, PUBLISHED, comparisons


@pytest.fixture(scope="module")
def ref_rows() -> dict[str, literature.Comparison]:
    return {c.key: c for c in comparisons()}


def test_table_is_complete_and_sourced(ref_rows) -> None:
    assert [p.key for p in PUBLISHED] == list(ref_rows)
    for p in PUBLISHED:
        assert p.source and p.quantity and p.low <= p.high and p.tolerance >= 0
        assert p.kind in ("independent", "input")
    assert set(KNOWN_OUTSIDE) <= set(ref_rows)
    assert all(ref_rows[k].kind == "independent" for k in KNOWN_OUTSIDE)  # an input row must never fail


def test_model_values_are_finite(ref_rows) -> None:
    assert all(np.isfinite(c.model) for c in ref_rows.values())


@pytest.mark.parametrize("key", [p.key for p in PUBLISHED])
def test_each_row_has_its_documented_status(ref_rows, key) -> None:
    row = ref_rows[key]
    if key in KNOWN_OUTSIDE:
        assert not row.within, f"{key} is now within its range: remove it from KNOWN_OUTSIDE"
        assert row.explanation == KNOWN_OUTSIDE[key]
        assert row.deviation > 0
    else:
        assert row.within, f"{key}: model {row.model:.4g} outside {row.published} +- {row.tolerance}"
        assert row.deviation <= row.tolerance + 1e-9


def test_most_independent_rows_are_within(ref_rows) -> None:
    independent = [c for c in ref_rows.values() if c.kind == "independent"]
    assert sum(c.within for c in independent) >= len(independent) / 2


def test_physics_relations(ref_rows) -> None:
    # inertia adds to the static load in a 2 s lift
    assert ref_rows["floor_dynamic_compression"].model > ref_rows["floor_static_compression"].model
    # the model's stoop rounds more than its squat
    assert ref_rows["lumbar_stoop_vonarx"].model > ref_rows["lumbar_squat_vonarx"].model
    # the stoop-minus-squat differences are consistent with the separate rows
    g = 75.0 * hm.G
    assert ref_rows["stoop_minus_squat_compression"].model * g < ref_rows["floor_dynamic_compression"].model
    # landmarks are ordered
    assert ref_rows["height_knee"].model < ref_rows["height_hip"].model < ref_rows["height_shoulder"].model


def test_within_logic_flips_with_the_range(monkeypatch) -> None:
    row = next(p for p in PUBLISHED if p.key == "standing_moment")
    moved = dataclasses.replace(row, low=100.0, high=120.0)
    monkeypatch.setattr(literature, "PUBLISHED", (moved,))
    (c,) = comparisons()
    assert not c.within and c.deviation > 0
    assert "not yet explained" in c.explanation


def test_other_bodies() -> None:
    small = {c.key: c for c in comparisons(hm.Body(62.0, 1.63, "female"))}
    big = {c.key: c for c in comparisons(hm.Body(95.0, 1.90, "male"))}
    assert all(np.isfinite(c.model) for c in [*small.values(), *big.values()])
    assert small["standing_compression"].model < big["standing_compression"].model
    assert small["floor_static_moment"].model < big["floor_static_moment"].model
    # de Leva data check: always the male table
    assert small["mass_trunk"].within and big["mass_thigh"].within


def test_bad_body() -> None:
    with pytest.raises(ValueError, match="body"):
        comparisons("a person")  # type: ignore[arg-type]
