"""Exercises with self-checking answers for the notebooks: answered in a widget (no programming) or in Python.

Every exercise has a question, the right answer COMPUTED FROM THE MODEL when asked (never a stored number), a
tolerance, feedback for typical mistakes (forgetting g, centimetres for metres, a sign, ...), a specific hint,
and a worked solution that states the model's number and the reasoning in words.

For the notebooks (``import hinge_model as hm``)::

    hm.exercises.widget("01.1")               # question, answer box or choice, Check / Hint / Solution buttons
    hm.exercises.check_answer("01.1", 20.8)   # the Python route: a Feedback (prints as one line, or HTML)
    hm.exercises.worked_solution("01.1")      # the answer and its reasoning behind a click-to-open toggle

Answers may be numbers or text as people type them: ``"2,450 N"``, ``"0,46"``, ``"3 cm"``, ``"stoop"`` (a synonym
of "bend"). Numbers in feedback are formatted for people (:func:`hinge_model.display.quantity`: "2,450 N").
``python -m hinge_model.exercises --answer-key docs/answer_key.md`` writes the instructors' answer key.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from .display import HTMLBlock, details, number, quantity

#: The three techniques as the choice widgets show them (label, value) and the words accepted for each.
TECHNIQUE_CHOICES: tuple[tuple[str, str], ...] = (("hip hinge", "hinge"), ("bend (stoop)", "bend"),
                                                  ("squat", "squat"))
TECHNIQUE_SYNONYMS: Mapping[str, str] = MappingProxyType({
    "hip hinge": "hinge", "hinging": "hinge", "hinge lift": "hinge",
    "stoop": "bend", "stooping": "bend", "stoop lift": "bend", "stooped": "bend", "bending": "bend",
    "bent": "bend", "bend (stoop)": "bend", "stoop (bend)": "bend", "bend over": "bend",
    "squatting": "squat", "squat lift": "squat",
})

#: Units people type -> the unit an exercise states (case-insensitive; spaces ignored).
_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "N·m": ("n·m", "nm", "n*m", "n.m", "n-m", "n⋅m", "newtonmetre", "newtonmetres", "newtonmeter", "newtonmeters",
            "newton-metre", "newton-metres", "newton-meter", "newton-meters"),
    "N·m/kg": ("n·m/kg", "nm/kg", "n*m/kg", "n.m/kg", "n⋅m/kg", "n·mperkg", "nmperkg"),
    "N": ("n", "newton", "newtons"),
    "kN": ("kn", "kilonewton", "kilonewtons"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "m": ("m", "metre", "metres", "meter", "meters"),
    "kg": ("kg", "kilogram", "kilograms", "kilo", "kilos"),
    "%": ("%", "percent", "percent.", "percentage", "pct"),
    "°": ("°", "deg", "degree", "degrees"),
}
_UNIT_OF = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
#: (typed unit, asked unit) -> factor: a typed value times the factor is the value in the asked unit.
_CONVERT = {("m", "cm"): 100.0, ("mm", "cm"): 0.1, ("cm", "m"): 0.01, ("mm", "m"): 0.001, ("kN", "N"): 1000.0,
            ("N", "kN"): 0.001, ("%", ""): 0.01}
_NUMBER = re.compile(r"""^\s*(?:~|≈|about|approx\.?|approximately)?\s*([+\-−]?)\s*
    ([1-9]\d{0,2}(?:[,\u00a0\u202f ']\d{3})+(?:\.\d+)?|\d+(?:[.,]\d*)?|[.,]\d+)  # 2,450 / 2 450 / 12.5 / 0,46
    (?:\s*[eE]\s*([+\-−]?\d+))?\s*(.*?)\s*$""", re.X)


@dataclass(frozen=True)
class Mistake:
    """A typical wrong answer: ``test(value)`` recognises it, ``hint`` is the feedback, ``example()`` makes one
    (so the tests can prove every hint is reachable)."""

    test: Callable[[float], bool]
    hint: str
    example: Callable[[], float]


@dataclass(frozen=True)
class Exercise:
    """One exercise. ``answer()`` computes the right answer from the model: a number, or a word of ``choices``.

    Numbers are accepted within ``max(rel_tol * |answer|, abs_tol)`` and shown with ``sig`` significant
    figures. ``choices`` ((label, value) pairs) make it a choice exercise; ``synonyms`` map other words to a
    value, ``wrong`` gives feedback per wrong value. ``hint`` is the exercise's own hint (shown on request and
    for an unrecognised wrong answer); ``explain()`` the reasoning in words, with the model's numbers;
    ``python`` how to get the answer with hinge_model.
    """

    key: str
    question: str
    answer: Callable[[], float | str]
    unit: str = ""
    rel_tol: float = 0.03
    abs_tol: float = 0.0
    sig: int = 3
    mistakes: tuple[Mistake, ...] = ()
    hint: str = ""
    explain: Callable[[], str] = field(default=lambda: "")
    python: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    synonyms: Mapping[str, str] = field(default_factory=dict)
    wrong: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_choice(self) -> bool:
        return bool(self.choices)

    def label(self, value: str) -> str:
        """The label shown for choice ``value``."""
        return next((lab for lab, val in self.choices if val == value), value)

    def tolerance(self, right: float) -> float:
        """How far from ``right`` an answer may be and still count: ``max(rel_tol * |right|, abs_tol)``."""
        if isinstance(right, bool) or not isinstance(right, int | float) or not math.isfinite(right):
            raise ValueError(f"right must be a finite number (the exercise's right answer), got {right!r}")
        return max(self.rel_tol * abs(right), self.abs_tol)

    def answer_text(self) -> str:
        """The right answer as the checker and the solution show it ("2,450 N", "bend (stoop)")."""
        right = self.answer()
        return self.label(right) if isinstance(right, str) else quantity(right, self.unit, self.sig)

    def words(self) -> dict[str, str]:
        """Every accepted word (normalised) -> choice value."""
        out = {_normalise(v): v for _, v in self.choices} | {_normalise(lab): v for lab, v in self.choices}
        return out | {_normalise(w): v for w, v in self.synonyms.items()}


@dataclass(frozen=True)
class Feedback:
    """Result of :func:`check_answer`: ``correct``, a message for the student, and whether anything was answered.

    Prints as one line; in JupyterLab it shows as a box: "Correct" (green), "Not yet" (vermillion) or, for an
    empty answer, a neutral prompt.
    """

    exercise: str
    correct: bool
    message: str
    answered: bool = True

    @property
    def label(self) -> str:
        if self.correct:
            return "Correct"
        return "Not yet" if self.answered else "Your answer"

    def __str__(self) -> str:
        return f"[{self.exercise}] {self.label}: {self.message}"

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        neutral = self.label not in ("Correct", "Not yet")
        colour = "#009E73" if self.correct else ("#6b6b6b" if neutral else "#D55E00")  # Okabe-Ito
        mark = "&#10004; " if self.correct else ("" if neutral else "&#10008; ")
        return f'<div style="border-left:4px solid {colour};padding-left:8px"><b>{mark}{self.label}</b> — ' \
               f"{html.escape(self.message)}</div>"

    def __bool__(self) -> bool:
        return self.correct


#: Exercise sets, one module per notebook in :mod:`hinge_model.exercise_sets` (``nbNN.py`` with ``EXERCISES``).
EXERCISE_SETS: tuple[str, ...] = ("nb01", "nb02", "nb03", "nb04", "nb05", "nb06", "nb07", "nb08", "nb09", "nb10",
                                  "nb11", "nb12", "nb99")


def _import_set(name: str) -> Any:
    import importlib

    return importlib.import_module(f".exercise_sets.{name}", __package__)


@cache
def all_exercises() -> MappingProxyType[str, Exercise]:
    """Every exercise by key, imported from the exercise sets on first use (they import the model)."""
    found: dict[str, Exercise] = {}
    for name in EXERCISE_SETS:
        for ex in _import_set(name).EXERCISES:
            if ex.key in found:
                raise RuntimeError(f"duplicate exercise key {ex.key!r} in exercise_sets.{name}")
            found[ex.key] = ex
    return MappingProxyType(found)


def __getattr__(name: str) -> Any:
    if name == "EXERCISES":  # loaded lazily: ``from hinge_model.exercises import EXERCISES`` still works
        return all_exercises()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get(key: str) -> Exercise:
    """The exercise ``key`` (ValueError naming the known keys if there is none)."""
    exercises = all_exercises()
    if not isinstance(key, str) or key not in exercises:
        raise ValueError(f"exercise = {key!r} is not known; choose one of {', '.join(exercises)}")
    return exercises[key]


# -- reading answers ----------------------------------------------------------------------------------------------
def _normalise(word: str) -> str:
    word = re.sub(r"\s+", " ", str(word).strip().lower().strip(" .,;:!?\"'`"))
    return re.sub(r"^(the|a|an) ", "", word)


def parse_number(text: str) -> tuple[float, str | None]:
    """(value, unit or None) from a typed answer: ``"2,450 N"`` -> (2450.0, "N"), ``"0,46"`` -> (0.46, None).

    Commas between groups of three digits are thousands separators ("2,450", "1,500"); any other single comma is
    a decimal comma ("0,46", "0,458", "12,5"). A unit after the number is recognised when it is one of the usual
    spellings ("Nm", "N m", "newtons", "percent", ...). ValueError if ``text`` is not a number (optionally with a
    known unit).
    """
    m = _NUMBER.match(str(text))
    if m is None:
        raise ValueError(f"answer = {text!r} is not a number")
    sign, digits, exponent, rest = m.groups()
    if re.fullmatch(r"[1-9]\d{0,2}(?:[,\u00a0\u202f ']\d{3})+(?:\.\d+)?", digits):
        digits = re.sub(r"[,\u00a0\u202f ']", "", digits)
    else:
        digits = digits.replace(",", ".")
    value = float(("-" if sign in ("-", "−") else "") + digits + (f"e{exponent.replace('−', '-')}" if exponent
                                                                  else ""))
    if not rest:
        return value, None
    unit = _UNIT_OF.get(re.sub(r"\s+", "", rest.lower()))
    if unit is None:
        raise ValueError(f"answer = {text!r}: cannot read {rest!r} as a unit")
    return value, unit


def _as_number(answer: Any) -> tuple[float, str | None]:
    if isinstance(answer, bool):
        raise ValueError("a yes/no value is not a number")
    if isinstance(answer, str):
        return parse_number(answer)
    try:
        return float(answer), None
    except (TypeError, ValueError) as exc:
        raise ValueError(f"answer = {answer!r} is not a number") from exc


def _as_typed(value: float) -> str:
    """``value`` with up to 6 significant figures and no trailing zeros ("20.8", "3", "2,450"), no e-notation."""
    text = number(value, 6)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unanswered(ex: Exercise) -> Feedback:
    if ex.is_choice:
        msg = f"choose one answer ({', '.join(lab for lab, _ in ex.choices)}), then check."
    else:
        msg = f"type a number{f' in {ex.unit}' if ex.unit else ' (no unit)'}, then check."
    return Feedback(ex.key, False, msg, answered=False)


def check_answer(key: str, answer: float | str | None) -> Feedback:
    """Check a student's answer to exercise ``key``; the feedback names the likely mistake when it can.

    ``answer`` is a number, a typed string ("2,450 N", "0,46", "stoop") or None (not answered yet: a neutral
    prompt, not a "wrong").
    """
    ex = get(key)
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return _unanswered(ex)
    right = ex.answer()
    if isinstance(right, str):
        given = ex.words().get(_normalise(str(answer)))
        if given == right:
            return Feedback(key, True, f"yes: {ex.label(right)}.")
        if given is None:
            options = ", ".join(lab for lab, _ in ex.choices)
            return Feedback(key, False, f"'{answer}' is not one of the answers this exercise knows ({options}).")
        why = ex.wrong.get(given, ex.hint)
        return Feedback(key, False, f"'{ex.label(given)}' is not it: {why}")
    unit_text = ex.unit or "no unit (a plain number)"
    try:
        value, unit = _as_number(answer)
    except ValueError:
        return Feedback(key, False, f"please answer with a number in {ex.unit or 'the asked unit'} "
                        f"(digits, for example 12.5).")
    if not math.isfinite(value):
        return Feedback(key, False, "your answer is not a finite number.")
    if unit is not None and unit != ex.unit:
        factor = _CONVERT.get((unit, ex.unit))
        same = f" ({_as_typed(value)} {unit} is {_as_typed(value * factor)}{f' {ex.unit}' if ex.unit else ''})" \
            if factor else ""
        return Feedback(key, False, f"the question asks for {unit_text}; you wrote {unit}{same}.")
    given = _as_typed(value) + (f" {ex.unit}" if ex.unit and ex.unit != "°" else ex.unit)
    if abs(value - right) <= ex.tolerance(right):
        return Feedback(key, True, f"{given} matches the model's {ex.answer_text()}.")
    for mistake in ex.mistakes:
        if mistake.test(value):
            return Feedback(key, False, mistake.hint)
    if abs(value + right) <= ex.tolerance(right):
        return Feedback(key, False, f"the size is right but the sign is not. Hint: {ex.hint}")
    direction = "too large" if value > right else "too small"
    return Feedback(key, False, f"{given} is {direction}. Hint: {ex.hint}")


def hint(key: str) -> str:
    """The hint of exercise ``key`` (specific to it)."""
    return get(key).hint


# -- solutions ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Solution:
    """The worked solution of an exercise: the model's answer, the reasoning, the Python route."""

    key: str
    answer: str
    reasoning: str
    python: str

    def _blocks(self) -> list[str]:
        parts = [f"**Answer: {self.answer}.**", self.reasoning]
        return parts + ([f"In Python: `{self.python}`"] if self.python else [])

    def block(self, open: bool = False) -> HTMLBlock:
        return details(f"Show the solution to {self.key}", *self._blocks(), open=open)

    def _repr_html_(self) -> str:
        return self.block().html

    def __repr__(self) -> str:
        return f"Solution {self.key}: answer {self.answer}. {self.reasoning}" + \
            (f" In Python: {self.python}" if self.python else "")


def worked_solution(key: str) -> Solution:
    """The worked solution of ``key``: the model's answer (computed now), why, and how to get it in Python."""
    ex = get(key)
    return Solution(key, ex.answer_text(), ex.explain(), ex.python)


def solution(key: str) -> Solution:
    """The solution of ``key`` behind a click-to-open toggle (the Python route; the widget has a Solution button):
    the same as :func:`worked_solution`."""
    return worked_solution(key)


def widget(key: str) -> Any:
    """The exercise as a widget: question, a number box or a choice, Check / Hint / Solution buttons and a
    feedback line (see :mod:`hinge_model.exercise_widget`)."""
    from .exercise_widget import ExerciseWidget

    return ExerciseWidget(get(key))


# -- command line -----------------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """``python -m hinge_model.exercises --answer-key PATH``: write the instructors' answer key (Markdown)."""
    import argparse
    from pathlib import Path

    from .validation import check_argv

    parser = argparse.ArgumentParser(prog="python -m hinge_model.exercises", description="Write the answer key.")
    parser.add_argument("--answer-key", type=Path, required=True, metavar="PATH", help="Markdown file to write")
    args = parser.parse_args(check_argv("argv", argv))
    from .answer_key import answer_key

    args.answer_key.write_text(answer_key(), encoding="utf-8")
    print(f"wrote {args.answer_key} ({len(all_exercises())} exercises)")
    return 0


if __name__ == "__main__":  # run the canonical module's main (the exercise sets import hinge_model.exercises)
    from hinge_model.exercises import main as _main

    raise SystemExit(_main())
