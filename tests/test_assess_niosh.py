"""hm.assess.niosh: Tables 5 and 7 of the NIOSH Applications Manual, the task-level LI, the composite LI."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hinge_model as hm
from hinge_model.assess import niosh

IN = 0.0254


@pytest.mark.parametrize("f, duration, v_in, fm", [
    # cells of Table 5 (p. 15) as transcribed in data/niosh_frequency_multiplier.csv, one per column
    (1, "short", 20, 0.94), (10, "short", 40, 0.45), (13, "short", 40, 0.34), (15, "short", 40, 0.28),
    (3, "moderate", 20, 0.79), (11, "moderate", 40, 0.23), (0.5, "long", 20, 0.81), (10, "long", 40, 0.13),
    (0.2, "long", 40, 0.85), (8, "long", 20, 0.18),
])
def test_table_5_cells(f: float, duration: str, v_in: float, fm: float) -> None:
    assert float(niosh.frequency_multiplier(f, duration, v_in * IN)) == pytest.approx(fm)


def test_table_5_rules() -> None:
    # F below 0.2 lifts/min counts as 0.2 (footnote)
    assert float(niosh.frequency_multiplier(0.05, "short", 0.5)) == 1.00
    # linear interpolation between rows (p. 7): halfway between 2 (.84) and 3 (.79) lifts/min, moderate
    assert float(niosh.frequency_multiplier(2.5, "moderate", 0.5)) == pytest.approx(0.815)
    # beyond a column's maximum frequency FM = 0 ("results in a RWL of 0.0"), e.g. long duration, V < 30 in: 8
    assert float(niosh.frequency_multiplier(8.0, "long", 0.5)) == 0.18
    assert float(niosh.frequency_multiplier(8.5, "long", 0.5)) == 0.0
    assert float(niosh.frequency_multiplier(16.0, "short", 1.0)) == 0.0  # the ">15" row
    # vectorised over F, and never rising with F
    f = np.linspace(0, 16, 161)
    for duration in niosh.DURATIONS:
        for v in (0.3, 1.0):
            fm = niosh.frequency_multiplier(f, duration, v)
            assert np.all(np.diff(fm) <= 1e-12)


def test_table_7_and_the_example_4_worksheet() -> None:
    """Table 7 (p. 18); Example 4 (Figure 14, p. 46, second-hand): fair coupling, CM .95 at V = 22 in, 1.0 at 59."""
    assert niosh.coupling_multiplier("fair", 22 * IN) == 0.95
    assert niosh.coupling_multiplier("fair", 59 * IN) == 1.00
    assert niosh.coupling_multiplier("good", 0.2) == 1.00 == niosh.coupling_multiplier("good", 1.2)
    assert niosh.coupling_multiplier("poor", 0.2) == 0.90 == niosh.coupling_multiplier("poor", 1.2)
    with pytest.raises(ValueError, match="coupling"):
        niosh.coupling_multiplier("excellent", 0.5)


def test_duration_categories() -> None:
    assert niosh.duration_category(0.5) == "short"
    assert niosh.duration_category(1.0) == "short"
    assert niosh.duration_category(1.5) == "moderate"
    assert niosh.duration_category(8.0) == "long"
    with pytest.raises(ValueError, match=r"duration_hours = 9 h .*\(0, 8\]"):
        niosh.duration_category(9.0)


def test_cli_by_hand() -> None:
    """Manual p. 28: CLI = STLI_1 + FILI_2 (1/FM_1,2 - 1/FM_1) + FILI_3 (1/FM_1,2,3 - 1/FM_1,2). Three tasks,
    long duration, V < 75 cm, frequencies 1, 2 and 0.5 lifts/min, already in order of STLI (3.0, 2.0, 1.0):
    FM_1 = FM(1) = .75, FM_1,2 = FM(3) = .55, FM_1,2,3 = FM(3.5) = (.55 + .45) / 2 = .50.
    CLI = 3.0 + 1.5 (1/.55 - 1/.75) + 0.8 (1/.50 - 1/.55) = 3.0 + 0.727273 + 0.145455 = 3.872727"""
    by_hand = 3.0 + 1.5 * (1 / 0.55 - 1 / 0.75) + 0.8 * (1 / 0.50 - 1 / 0.55)
    assert by_hand == pytest.approx(3.872727, abs=1e-6)
    assert niosh.cli_from_worksheet(3.0, [1.5, 0.8], [0.75, 0.55, 0.50]) == pytest.approx(by_hand)
    fm = lambda f: float(niosh.frequency_multiplier(f, "long", 0.5))  # noqa: E731
    # given in another order, the procedure renumbers them by STLI
    cli, order = niosh.composite_lifting_index([0.8, 2.0, 1.5], [1.0, 3.0, 2.0], [0.5, 1.0, 2.0], fm)
    assert order == [1, 2, 0]
    assert cli == pytest.approx(3.0 + 1.5 * (1 / fm(3.0) - 1 / fm(1.0)) + 0.8 * (1 / fm(3.5) - 1 / fm(3.0)))


def test_cli_ties_and_limits() -> None:
    fm = lambda f: float(niosh.frequency_multiplier(f, "short", 0.5))  # noqa: E731
    # equal STLI: the higher frequency comes first (p. 57)
    _, order = niosh.composite_lifting_index([1.0, 1.0], [1.2, 1.2], [1.0, 4.0], fm)
    assert order == [1, 0]
    # one task: CLI = its STLI
    assert niosh.composite_lifting_index([0.7], [0.9], [2.0], fm)[0] == pytest.approx(0.9)
    # a summed frequency beyond the table: CLI infinite, never NaN
    assert niosh.composite_lifting_index([1.0, 1.0], [1.0, 1.0], [8.0, 8.0], fm)[0] == float("inf")
    with pytest.raises(ValueError, match="fm_cumulative"):
        niosh.cli_from_worksheet(1.0, [1.0], [0.8])


@settings(max_examples=40, deadline=None)
@given(data=st.lists(st.tuples(st.floats(0.1, 3), st.floats(1.0, 1.8), st.floats(0.2, 3)), min_size=1, max_size=5))
def test_cli_is_at_least_the_largest_stli(data: list[tuple[float, float, float]]) -> None:
    fili = [a for a, _, _ in data]
    stli = [a * b for a, b, _ in data]  # STLI = FILI / FM >= FILI
    freq = [f for _, _, f in data]
    fm = lambda f: float(niosh.frequency_multiplier(f, "short", 1.0))  # noqa: E731
    cli, _ = niosh.composite_lifting_index(fili, stli, freq, fm)
    assert cli >= max(stli) - 1e-12


def test_task_level_li_uses_the_tables() -> None:
    """15 kg, hands 30 cm out and 22 cm up, lifted 60 cm, 100 lifts over 8 h: F = 0.208/min, long duration,
    V < 75 cm: FM interpolated between .85 (0.2) and .81 (0.5); good coupling CM = 1."""
    r = niosh.assess_niosh(15.0, 0.30, 0.22, 0.60, reps_per_day=100, shift_hours=8.0)
    f = 100 / 480
    fm = 0.85 + (f - 0.2) / 0.3 * (0.81 - 0.85)
    rwl = 23 * (25 / 30) * (1 - 0.003 * abs(22 - 75)) * (0.82 + 4.5 / 60) * fm * 1.0
    assert r.values["multipliers"]["FM"] == pytest.approx(fm)
    assert r.values["RWL"] == pytest.approx(rwl, rel=1e-9)
    assert r.values["LI"] == pytest.approx(15.0 / rwl, rel=1e-9)
    assert r.verdict == ("within" if 15 / rwl <= 1 else "caution" if 15 / rwl <= 3 else "exceeds")


@pytest.mark.parametrize("kwargs, pattern", [
    ({"reps_per_day": -5}, r"reps_per_day = -5 .*NIOSH's valid range \[0, 7200\]"),
    ({"reps_per_day": 7300}, r"reps_per_day = 7300 .*Table 5 ends at 15 lifts/min"),
    ({"reps_per_day": 1000, "shift_hours": 1.0}, r"reps_per_day = 1000 .*\[0, 900\]"),
    ({"reps_per_day": True}, r"boolean"),
    ({"shift_hours": 10.0}, r"shift_hours = 10 h .*8 hours"),
])
def test_bad_inputs_name_the_input_and_the_range(kwargs: dict, pattern: str) -> None:
    args = {"reps_per_day": 100.0, "shift_hours": 8.0} | kwargs
    with pytest.raises(ValueError, match=pattern):
        niosh.assess_niosh(10.0, 0.3, 0.5, 0.5, **args)


def test_the_same_hands_give_the_same_index_for_every_technique() -> None:
    body = hm.Body(75, 1.75, "male")
    lis = {t: hm.assess.task(hm.movement(t, body, 15.0, 0.30), reps_per_day=200).niosh.values["LI"]
           for t in ("hinge", "bend", "squat")}
    assert max(lis.values()) - min(lis.values()) < 0.02 * max(lis.values()), lis
