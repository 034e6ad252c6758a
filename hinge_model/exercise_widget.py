"""An exercise as an ipywidgets box, answered without programming: ``hm.exercises.widget("01.1")``.

Layout (top to bottom): the question; the answer (a text box for numbers, so "2,450 N" or "0,46" can be typed
and an empty box means "not answered", or radio buttons for a choice); a row of buttons - Check, Hint,
Solution; the feedback line. Before the first check the feedback line is a neutral prompt ("Type a number in
cm, then press Check"), never a "wrong", so a notebook run top to bottom shows no red.

Keyboard and screen readers: Tab moves between the answer, the buttons and the radio group (arrow keys choose
within it); Enter in the text box checks, Space or Enter presses a button. The text box and the radio group carry
a visible ``description`` ("Answer (cm)", which ipywidgets renders as a ``<label>`` bound to the input) and a
``tooltip`` (the element's title); every button has a word label and a tooltip naming the exercise. Feedback is
text first ("Correct", "Not yet", a hint), colour second.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from .display import INK, _inline
from .exercises import Exercise, Feedback, check_answer, worked_solution

_STYLES = {  # border colour (Okabe-Ito), background tint; text is INK on all of them
    "neutral": ("#6b6b6b", "#f5f5f5"), "correct": ("#009E73", "#e9f6f1"), "wrong": ("#D55E00", "#fbece5"),
    "hint": ("#0072B2", "#eef5fb"),
}


_BUTTON = {"width": "auto", "margin": "0.2em 0.5em 0.2em 0"}


def _line(kind: str, label: str, text: str) -> str:
    border, tint = _STYLES[kind]
    return (f'<div role="status" style="border-left:0.3em solid {border};background:{tint};color:{INK};'
            f'padding:0.3em 0.6em;margin:0.2em 0;line-height:1.4;white-space:normal;overflow-wrap:break-word">'
            f"<strong>{label}</strong> {_inline(text)}</div>")


class ExerciseWidget(W.VBox):
    """The widget of one :class:`hinge_model.exercises.Exercise` (see the module docstring).

    Parts, for tests and for notebooks that want to rearrange them: ``answer_box`` (Text or RadioButtons),
    ``check_button``, ``hint_button``, ``solution_button``, ``feedback`` (HTML), ``hint_area``, ``solution_area``.
    ``check()`` checks what is entered now and returns the :class:`Feedback` (``None`` for nothing entered).
    """

    def __init__(self, exercise: Exercise, **kwargs: Any) -> None:
        if not isinstance(exercise, Exercise):
            raise ValueError(f"exercise must be a hinge_model.exercises.Exercise (use hm.exercises.widget(key) with "
                             f"a key such as '01.1'), got {exercise!r}")
        self.exercise = ex = exercise
        unit = f" ({ex.unit})" if ex.unit else ""
        question = W.HTML(f'<div style="white-space:normal;line-height:1.45;overflow-wrap:break-word">'
                          f"<strong>Exercise {ex.key}.</strong> {_inline(ex.question)}</div>",
                          layout=W.Layout(width="100%"))
        tip = f"Your answer to exercise {ex.key}"
        if ex.is_choice:
            self.answer_box: W.ValueWidget = W.RadioButtons(
                options=list(ex.choices), value=None, description="Answer", tooltip=tip + ": choose one",
                style={"description_width": "initial"}, layout=W.Layout(width="auto"))
            self._prompt = "Choose an answer, then press Check."
        else:
            self.answer_box = W.Text(
                value="", placeholder="a number" + (f" in {ex.unit}" if ex.unit else ""),
                description=f"Answer{unit}", tooltip=f"{tip}{f', in {ex.unit}' if ex.unit else ''}; press Enter "
                "or Check", continuous_update=False, style={"description_width": "initial"},
                layout=W.Layout(width="18em"))
            self._prompt = f"Type a number{f' in {ex.unit}' if ex.unit else ' (no unit)'}, then press Enter or Check."
            self.answer_box.observe(lambda _: self.check(), names="value")  # Enter, or leaving the box
        self.check_button = W.Button(description="Check", tooltip=f"Check your answer to exercise {ex.key}",
                                     button_style="primary", icon="check", layout=W.Layout(**_BUTTON))
        self.hint_button = W.Button(description="Hint", tooltip=f"Show or hide a hint for exercise {ex.key}",
                                    icon="lightbulb-o", layout=W.Layout(**_BUTTON))
        self.solution_button = W.Button(description="Solution", tooltip=f"Show or hide the solution of exercise "
                                        f"{ex.key}", icon="eye", layout=W.Layout(**_BUTTON))
        self.feedback = W.HTML(_line("neutral", "Your turn:", self._prompt), layout=W.Layout(width="100%"))
        self.hint_area = W.HTML("", layout=W.Layout(width="100%"))
        self.solution_area = W.HTML("", layout=W.Layout(width="100%"))
        self.check_button.on_click(lambda _: self.check())
        self.hint_button.on_click(lambda _: self.toggle_hint())
        self.solution_button.on_click(lambda _: self.toggle_solution())
        buttons = W.HBox([self.check_button, self.hint_button, self.solution_button],
                         layout=W.Layout(flex_flow="row wrap"))
        super().__init__([question, self.answer_box, buttons, self.feedback, self.hint_area, self.solution_area],
                         layout=W.Layout(width="100%", max_width="60em", border="1px solid #c8c8c8",
                                         padding="0.4em 0.6em", margin="0.4em 0"), **kwargs)

    def check(self) -> Feedback | None:
        """Check the entered answer, show the feedback and return it (None, with the prompt, if empty)."""
        value = self.answer_box.value
        if value is None or (isinstance(value, str) and not value.strip()):
            self.feedback.value = _line("neutral", "Your turn:", self._prompt)
            return None
        fb = check_answer(self.exercise.key, value)
        kind = "correct" if fb.correct else ("wrong" if fb.answered else "neutral")
        label = {"correct": "\u2714 Correct:", "wrong": "\u2718 Not yet:", "neutral": "Your turn:"}[kind]
        self.feedback.value = _line(kind, label, fb.message)
        return fb

    def toggle_hint(self) -> None:
        """Show the exercise's hint, or hide it if shown."""
        self.hint_area.value = "" if self.hint_area.value else _line("hint", "Hint:", self.exercise.hint)

    def toggle_solution(self) -> None:
        """Show the worked solution (the model's number and the reasoning), or hide it if shown."""
        if self.solution_area.value:
            self.solution_area.value = ""
            return
        sol = worked_solution(self.exercise.key)
        text = f"**Answer: {sol.answer}.** {sol.reasoning}" + (f" In Python: `{sol.python}`" if sol.python else "")
        self.solution_area.value = _line("hint", "Solution:", text)

    def __repr__(self) -> str:  # text/plain: what a notebook shows where widgets are not rendered
        return f"Exercise {self.exercise.key}: {self.exercise.question} (answer it in JupyterLab)"
