"""`make handouts` (tools/handouts.py): one student PDF per notebook on A4 and on US Letter, <= 6 pages, figures with
alt text, no solutions; and the instructors' answer key with every exercise's answer, on both papers.

Needs chromium (skips without it; REQUIRE_BROWSER=1 turns the skip into a failure, see conftest.py). Figures' alt
text depends on the notebooks' stored outputs: notebooks executed before hm.notebook.show emitted <img alt> have
bare PNG outputs, which this test reports as figures without alt text until the notebooks are re-executed.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
MAX_PAGES = 6
# nbconvert's placeholder for a PNG output without alt metadata: not a text alternative
PLACEHOLDER = "No description has been provided for this image"


def _tool():
    spec = importlib.util.spec_from_file_location("hinge_handouts", ROOT / "tools" / "handouts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def handouts(chromium_executable, tmp_path_factory):
    """Built as `make handouts` builds them: tools/handouts.py in its own process (its sync Playwright must not run
    inside the asyncio loop of the other browser tests' Playwright)."""
    import os
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("handouts")
    env = {**os.environ, "CHROMIUM": str(chromium_executable)}
    subprocess.run([sys.executable, str(ROOT / "tools" / "handouts.py"), str(out)], check=True, env=env,
                   cwd=ROOT, timeout=900, capture_output=True)
    return out


def test_solution_filter_can_fail():
    import nbformat

    tool = _tool()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('hm.exercises.solution("10.1")'),
                                         nbformat.v4.new_markdown_cell("a<details><summary>Show the solution to 1"
                                                                       "</summary>42 N m</details>b")])
    student = tool.student_notebook(nb)
    assert [c.source for c in student.cells] == ["ab"]
    assert len(nb.cells) == 2  # the original is untouched


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_one_pdf_per_notebook_at_most_six_pages(handouts, nb):
    from pypdf import PdfReader

    pages = len(PdfReader(handouts / f"{nb.stem}.pdf").pages)
    assert 1 <= pages <= MAX_PAGES, f"{nb.stem}: {pages} pages"


A4_POINTS = (595, 842)  # PDF page size in points (1/72 inch), rounded
LETTER_POINTS = (612, 792)


def _size(pdf: Path) -> tuple[int, int]:
    """The first page's size in points, snapped to the paper it is within 2 points of (Chromium rounds A4's
    210 x 297 mm through CSS pixels to 596 x 843 points)."""
    from pypdf import PdfReader

    box = PdfReader(pdf).pages[0].mediabox
    size = (float(box.width), float(box.height))
    for paper in (A4_POINTS, LETTER_POINTS):
        if all(abs(a - b) <= 2 for a, b in zip(size, paper, strict=True)):
            return paper
    return round(size[0]), round(size[1])


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_letter_pdf_per_notebook(handouts, nb):
    from pypdf import PdfReader

    assert _size(handouts / f"{nb.stem}.pdf") == A4_POINTS
    letter = handouts / "letter" / f"{nb.stem}.pdf"
    assert _size(letter) == LETTER_POINTS
    pages = len(PdfReader(letter).pages)
    assert 1 <= pages <= MAX_PAGES, f"{nb.stem} (Letter): {pages} pages"


def test_answer_key_pdf_holds_every_answer(handouts):
    """The instructors' PDF: every exercise's heading and its answer line, on A4 and on Letter."""
    from pypdf import PdfReader

    from hinge_model.exercises import all_exercises

    keys = list(all_exercises())
    assert _size(handouts / "answer_key.pdf") == A4_POINTS
    assert _size(handouts / "letter" / "answer_key.pdf") == LETTER_POINTS
    text = " ".join(page.extract_text() for page in PdfReader(handouts / "answer_key.pdf").pages)
    missing = [k for k in keys if k not in text]
    assert missing == [], f"answer key PDF lacks exercises {missing}"
    assert text.count("Answer:") >= len(keys), "fewer answer lines than exercises"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_solution_leaks(handouts, nb):
    text = (handouts / f"{nb.stem}.html").read_text(encoding="utf-8")
    assert not re.search(r"<details[^>]*>\s*<summary[^>]*>\s*Show the solution", text), nb.stem
    assert not re.search(r"Show the solution to \d", text)
    assert not re.search(r"exercises\.(solution|worked_solution)\(", text)


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_printed_figure_has_alt_text(handouts, nb):
    text = (handouts / f"{nb.stem}.html").read_text(encoding="utf-8")
    bare = [m[:80] for m in re.findall(r"<img\b[^>]*>", text)
            if not re.search(r'\balt="[^"]*\S[^"]*"', m) or PLACEHOLDER in m]
    assert bare == [], f"{nb.stem}: {len(bare)} figure(s) without alt text"
