"""Notebook 12 (is this lift safe?) quotes the model's numbers in its text: each one must be printed by the notebook
itself (its stored outputs, which nbval keeps equal to a fresh run), so the text cannot go stale when the model's
numbers move and the notebook is re-executed.

Numbers the text states as the task's set-up or as published limits (not model outputs) are listed in GIVEN.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "12_is_this_lift_safe.ipynb"
NUM = r"\d+(?:\.\d+)?"
#: a number or a list / range of numbers followed by a unit: "3514 N", "658, 628 and 644 N", "173–1726 N"
QUOTED = re.compile(rf"(?<![\w.])({NUM}(?:(?:, and |, | and |–| / ){NUM})*) ?(N|%|cm|kg|m)(?![\w/])")
#: a decimal without a unit: a lifting index or a multiplier ("1.65", "HM = 0.69")
DECIMAL = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")
GIVEN = {
    "0.15 m", "0.22 m", "0.60 m", "1.75 m", "75 kg", "15 kg",  # the person, the box, the grip slider's range
    "2 cm", "15 cm", "25 cm", "30 cm",  # the box (near face, handles, height, depth); NIOSH's 25 cm for H
    "3400 N", "6400 N", "700 N", "1000 N", "25 %", "50 %",  # NIOSH 1981, Gallagher & Marras 2012, LiFFT's bands
    "12.1", "12.2", "12.3",  # exercise numbers
}


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else (value or "")


def _parts(nb: dict) -> tuple[str, str]:
    markdown = "\n".join(_text(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    printed = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):  # stdout and Markdown tables/captions; never base64 images
            printed.append(_text(out.get("text")) + _text(out.get("data", {}).get("text/markdown")))
    return markdown, "\n".join(printed)


def quoted_numbers(markdown: str) -> list[tuple[str, str]]:
    """(number, unit) for every number the text quotes ("" unit for a bare decimal)."""
    found = []
    for group, unit in QUOTED.findall(markdown):
        found += [(n, unit) for n in re.findall(NUM, group)]
    found += [(n, "") for n in DECIMAL.findall(QUOTED.sub(" ", markdown))]
    return found


def test_every_model_number_the_text_quotes_is_printed():
    markdown, printed = _parts(json.loads(NOTEBOOK.read_text(encoding="utf-8")))
    numbers = quoted_numbers(markdown)
    assert len(numbers) > 30  # the parser finds the text's numbers at all
    missing = sorted({f"{n} {u}".strip() for n, u in numbers
                      if f"{n} {u}".strip() not in GIVEN
                      and not re.search(rf"(?<![\d.]){re.escape(n)}(?!\d|\.\d)", printed)})
    assert not missing, f"notebook 12's text quotes numbers its outputs do not print: {missing}"


def test_the_parser_reads_lists_and_ranges():
    assert quoted_numbers("658, 628 and 644 N; 173–1726 N; LI 1.65") == [
        ("658", "N"), ("628", "N"), ("644", "N"), ("173", "N"), ("1726", "N"), ("1.65", "")]
