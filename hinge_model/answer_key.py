"""The instructors' answer key, generated from :mod:`hinge_model.exercises` (docs/answer_key.md).

``make answer-key`` (``python -m hinge_model.exercises --answer-key docs/answer_key.md``) writes it; the test
``tests/test_answer_key.py`` regenerates it and fails when the committed file differs, so the key always shows
the numbers the model computes now. Every exercise appears with its question, the model's answer, the range the
checker accepts, the reasoning, the hint students get and the Python route.
"""

from __future__ import annotations

from .display import number, quantity
from .exercises import EXERCISE_SETS, _import_set, _normalise, get, worked_solution

HEADER = (
    "Generated from `hinge_model.exercises` by `make answer-key` (`python -m hinge_model.exercises --answer-key "
    "docs/answer_key.md`): do not edit it by hand; `tests/test_answer_key.py` fails when it differs from what the "
    "model gives now. Numbers are rounded as the checker shows them. Students see the same answers, hints and "
    "reasoning behind the Hint and Solution buttons of the exercise widgets (`hm.exercises.widget(key)`)."
)


def accepted(key: str) -> str:
    """What the checker accepts for ``key``, in words: "19.8 to 21.9 cm", or the words of a choice."""
    ex = get(key)
    right = ex.answer()
    if isinstance(right, str):
        others = sorted(w for w, v in ex.words().items() if v == right and w != _normalise(ex.label(right)))
        return ex.label(right) + (f", or any of: {', '.join(others)}" if others else "")
    tol = ex.tolerance(right)
    lo, hi = sorted((right - tol, right + tol))
    return f"{number(lo, ex.sig)} to {quantity(hi, ex.unit, ex.sig)}"


def answer_key() -> str:
    """The answer key as Markdown, every number computed by the model now."""
    lines = ["# Answer key", "", HEADER, ""]
    for name in EXERCISE_SETS:
        module = _import_set(name)
        lines += [f"## Notebook {module.TITLE}", ""]
        for ex in module.EXERCISES:
            sol = worked_solution(ex.key)
            lines += [f"### {ex.key}", "", f"**Question.** {ex.question}", "",
                      f"**Answer: {sol.answer}** (the checker accepts {accepted(ex.key)}).", "",
                      f"**Why.** {sol.reasoning}", "", f"**Hint for students.** {ex.hint}", ""]
            lines += [f"**In Python.** `{ex.python}`", ""] if ex.python else []
    return "\n".join(lines)
