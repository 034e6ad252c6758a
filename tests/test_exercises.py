"""Every exercise's checker accepts the model's answer and gives feedback on wrong ones (issue 8)."""

from __future__ import annotations

import pytest

from hinge_model import exercises
from hinge_model.exercises import EXERCISES, check_answer, solution

KEYS = sorted(EXERCISES)


def test_there_are_exercises() -> None:
    assert len(KEYS) >= 6


@pytest.mark.parametrize("key", KEYS)
def test_right_answer_is_accepted(key: str) -> None:
    ex = EXERCISES[key]
    right = ex.answer()
    fb = check_answer(key, right)
    assert fb.correct, fb.message
    if not isinstance(right, str):
        # within the tolerance, on either side
        assert check_answer(key, right * (1 + 0.5 * ex.rel_tol)).correct
    else:
        assert check_answer(key, f"  {right.upper()} ").correct


@pytest.mark.parametrize("key", KEYS)
def test_wrong_answers_get_feedback(key: str) -> None:
    ex = EXERCISES[key]
    right = ex.answer()
    if isinstance(right, str):
        for word, hint in ex.wrong.items():
            fb = check_answer(key, word)
            assert not fb.correct and hint in fb.message
        fb = check_answer(key, "banana")
        assert not fb.correct and fb.message
        return
    for mistake in ex.mistakes:
        fb = check_answer(key, mistake.example())
        assert not fb.correct
        assert fb.message == mistake.hint, (key, mistake.hint)
    for wrong in (right * 1.5 + 1.0, right * 0.4 - 1.0):
        fb = check_answer(key, wrong)
        assert not fb.correct and fb.message
    assert not check_answer(key, "not a number").correct
    assert not check_answer(key, float("nan")).correct


@pytest.mark.parametrize("key", KEYS)
def test_solution_and_question_exist(key: str) -> None:
    assert EXERCISES[key].question.strip()
    sol = solution(key)
    assert key in sol._repr_html_() and "<details>" in sol._repr_html_()


def test_unknown_exercise_raises() -> None:
    with pytest.raises(ValueError, match="exercise"):
        check_answer("nope", 1.0)
    with pytest.raises(ValueError, match="exercise"):
        solution("nope")


def test_feedback_renders() -> None:
    fb = check_answer(KEYS[0], EXERCISES[KEYS[0]].answer())
    assert "Correct" in str(fb) and "Correct" in fb._repr_html_()
    assert exercises.Feedback("x", False, "m")._repr_html_().count("Not yet") == 1


def test_empty_answers_ask_for_an_answer() -> None:
    for key in KEYS:
        fb = check_answer(key, None)
        assert not fb.correct and "please answer" in fb.message


def test_exercise_poses_are_balanced() -> None:
    import hinge_model as hm
    from hinge_model.exercise_sets import nb10

    assert hm.analyze(hm.Body(75, 1.75, "male"), nb10.POSE, 15.0).balanced
