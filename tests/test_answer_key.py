"""docs/answer_key.md is generated from hinge_model.exercises and must match what the model gives now."""

from __future__ import annotations

import subprocess
import sys

from hinge_model.answer_key import accepted, answer_key
from hinge_model.exercises import EXERCISES, worked_solution

ANSWER_KEY = "docs/answer_key.md"


def test_committed_answer_key_is_up_to_date(repo_root):
    committed = (repo_root / ANSWER_KEY).read_text(encoding="utf-8")
    assert committed == answer_key(), (
        f"{ANSWER_KEY} is stale (the model's numbers or the exercises changed): run `make answer-key` and commit it")


def test_answer_key_has_every_exercise_with_number_and_reasoning():
    text = answer_key()
    for key in EXERCISES:
        section = text.split(f"### {key}\n", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
        sol = worked_solution(key)
        assert f"**Answer: {sol.answer}**" in section and sol.reasoning in section
        assert EXERCISES[key].hint in section and accepted(key) in section


def test_command_line_writes_the_same_file(tmp_path, repo_root):
    out = tmp_path / "key.md"
    proc = subprocess.run([sys.executable, "-m", "hinge_model.exercises", "--answer-key", str(out)], cwd=repo_root,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8") == answer_key()
    assert f"{len(EXERCISES)} exercises" in proc.stdout


def test_accepted_ranges_contain_the_answer():
    for key, ex in EXERCISES.items():
        text = accepted(key)
        if ex.is_choice:
            assert text.startswith(ex.label(ex.answer()))
        else:
            lo, hi = (float(t.replace(",", "")) for t in text.replace(ex.unit, "").split(" to "))
            assert lo <= ex.answer() <= hi or lo <= round(ex.answer(), 10) <= hi
