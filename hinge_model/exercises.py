"""Exercises with self-checking answers for the notebooks.

Each exercise has a question, the correct answer COMPUTED FROM THE MODEL when asked (never a stored number),
a tolerance, and feedback for typical mistakes (forgetting g, centimetres for metres, a sign error, ...).
``check_answer("E1", 58.9)`` returns a :class:`Feedback` that prints as a short message (text/plain and HTML).
``solution("E1")`` returns the worked solution as an HTML ``<details>`` block (a toggle that works in JupyterLab,
exported HTML and on GitHub), for instructors and for students who are stuck.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Feedback:
    """Result of :func:`check_answer`: ``correct`` plus a message for the student."""

    exercise: str
    correct: bool
    message: str

    def __str__(self) -> str:
        mark = "Correct" if self.correct else "Not yet"
        return f"[{self.exercise}] {mark}: {self.message}"

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        colour = "#009E73" if self.correct else "#D55E00"  # Okabe-Ito bluish green / vermillion
        mark = "&#10004; Correct" if self.correct else "&#10008; Not yet"
        return f'<div style="border-left:4px solid {colour};padding-left:8px"><b>{mark}</b> — ' \
               f"{html.escape(self.message)}</div>"

    def __bool__(self) -> bool:
        return self.correct


@dataclass(frozen=True)
class Mistake:
    """A typical wrong answer: ``test(value)`` recognises it, ``hint`` is the feedback, ``example()`` makes one
    (so the tests can prove every hint is reachable)."""

    test: Callable[[float], bool]
    hint: str
    example: Callable[[], float]


@dataclass(frozen=True)
class Exercise:
    """One exercise: ``answer()`` computes the right answer from the model (numbers) or returns the right word.

    ``wrong`` (for word answers) lists wrong choices, each answered with feedback; ``choices`` are all accepted
    words (the right one included).
    """

    key: str
    question: str
    answer: Callable[[], float | str]
    unit: str = ""
    rel_tol: float = 0.03
    mistakes: tuple[Mistake, ...] = field(default=())
    solution: str = ""
    wrong: dict[str, str] = field(default_factory=dict)


#: Exercise sets, one module per notebook in :mod:`hinge_model.exercise_sets` (``nbNN.py`` with ``EXERCISES``).
EXERCISE_SETS: tuple[str, ...] = ("nb01", "nb02", "nb03", "nb04", "nb05", "nb06", "nb07", "nb08", "nb09", "nb10",
                                  "nb11", "nb12", "nb99")


@cache
def all_exercises() -> MappingProxyType[str, Exercise]:
    """Every exercise by key, imported from the exercise sets on first use (they import the model)."""
    import importlib

    found: dict[str, Exercise] = {}
    for name in EXERCISE_SETS:
        try:
            module = importlib.import_module(f".exercise_sets.{name}", __package__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.exercise_sets.{name}":
                raise
            continue
        for ex in module.EXERCISES:
            if ex.key in found:
                raise RuntimeError(f"duplicate exercise key {ex.key!r} in exercise_sets.{name}")
            found[ex.key] = ex
    return MappingProxyType(found)


def __getattr__(name: str) -> Any:
    if name == "EXERCISES":  # loaded lazily: ``from hinge_model.exercises import EXERCISES`` still works
        return all_exercises()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _exercise(key: str) -> Exercise:
    exercises = all_exercises()
    if key not in exercises:
        raise ValueError(f"exercise = {key!r} is not known; choose one of {', '.join(exercises)}")
    return exercises[key]


def check_answer(key: str, answer: float | str) -> Feedback:
    """Check a student's answer to exercise ``key``; feedback names the likely mistake when it can."""
    ex = _exercise(key)
    right = ex.answer()
    if isinstance(right, str):
        if answer is None or not str(answer).strip():
            return Feedback(key, False, "please answer with one word (see the question).")
        given = str(answer).strip().lower()
        if given == right.lower():
            return Feedback(key, True, f"yes: {right}.")
        hint = ex.wrong.get(given, "look again at the figure or the numbers above.")
        return Feedback(key, False, f"'{answer}' is not it: {hint}")
    try:
        value = float(answer)
    except (TypeError, ValueError):
        return Feedback(key, False, f"please answer with a number in {ex.unit or 'the asked unit'}.")
    if not np.isfinite(value):
        return Feedback(key, False, "your answer is not a finite number.")
    if abs(value - right) <= ex.rel_tol * max(abs(right), 1e-12):
        return Feedback(key, True, f"{value:g} {ex.unit} matches the model ({right:.3g} {ex.unit}).".strip())
    for mistake in ex.mistakes:
        if mistake.test(value):
            return Feedback(key, False, mistake.hint)
    direction = "too large" if value > right else "too small"
    return Feedback(key, False, f"{value:g} {ex.unit} is {direction}; check each step (units, g, lever arms).")


class _Solution:
    def __init__(self, key: str, text: str) -> None:
        self.key, self.text = key, text

    def __repr__(self) -> str:
        return f"Solution {self.key}: {self.text}"

    def _repr_html_(self) -> str:
        return f"<details><summary>Show the solution to {self.key}</summary><p>{html.escape(self.text)}</p></details>"


def solution(key: str) -> _Solution:
    """The worked solution of ``key`` behind a click-to-open toggle."""
    return _Solution(key, _exercise(key).solution)
