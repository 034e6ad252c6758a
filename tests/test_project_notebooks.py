"""House rules every notebook in notebooks/ must follow, so that nbval's comparison is meaningful.

nbval only compares cells that have stored outputs: a notebook committed without running it would pass
silently. These checks make "executed top to bottom in a fresh kernel and committed with outputs" a rule.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = sorted(p for p in NOTEBOOKS_DIR.glob("*.ipynb"))
MAX_BYTES = 2_000_000


def _ids(paths):
    return [p.stem for p in paths]


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else (value or "")


def test_there_are_notebooks():
    assert (NOTEBOOKS_DIR / "00_welcome.ipynb").exists()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_follows_house_rules(path: Path):
    assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", path.name), "name notebooks NN_lower_case_words.ipynb"
    assert path.stat().st_size < MAX_BYTES, f"{path.name} is {path.stat().st_size} bytes: store smaller outputs"
    nb = json.loads(path.read_text())
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3", "use the default 'python3' kernel"
    cells = nb["cells"]

    first = cells[0]
    assert first["cell_type"] == "markdown" and re.search(r"learning objectives", _text(first["source"]), re.I), \
        "the first cell is markdown with the title and the learning objectives"
    markdown = "\n".join(_text(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert re.search(r"^#+ .*exercise", markdown, re.I | re.M), "end with an '## Exercises' section"

    counts = [c.get("execution_count") for c in cells if c["cell_type"] == "code" and _text(c["source"]).strip()]
    assert counts == list(range(1, len(counts) + 1)), (
        f"code cells must be executed once, top to bottom, in a fresh kernel (found execution counts {counts}); "
        "run: jupyter nbconvert --to notebook --execute --inplace " + f"notebooks/{path.name}")

    for i, cell in enumerate(cells):
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", f"cell {i} has a stored error: {out.get('ename')}"
            text = _text(out.get("text")) + _text(out.get("data", {}).get("text/plain"))
            assert "Traceback" not in text, f"cell {i} has a stored traceback"
            for leak in (str(NOTEBOOKS_DIR.parent), str(Path.home())):
                if leak != "/":
                    assert leak not in text, f"cell {i} prints a machine-specific path ({leak}): nbval breaks elsewhere"
