"""Classroom rules for the notebooks (issue 15), and the helper that marks figure cells collapsed.

Every notebook must pass the rule checks at the bottom (the notebooks were re-told with the display and
exercise helpers):

* it ends with a "What to remember" box of one to three points (``hm.display.remember``);
* it prints no fixed-width text wider than 100 characters (tables and verdicts are HTML);
* its long figure-building code cells are collapsed (``jupyter.source_hidden``);
* its exercises are widgets (``hm.exercises.widget(key)``), not ``answer = None`` cells and ``solution(key)``
  toggles.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import pytest

from hinge_model import notebook_cells as nc
from hinge_model.display import PLAIN_WIDTH, remember

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def _nb(*cells: dict) -> dict:
    return {"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def _code(source: str, outputs: list | None = None) -> dict:
    return {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": outputs or [], "source": source}


def _md(source: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": source}


def _without_hidden(nb: dict) -> dict:
    nb = copy.deepcopy(nb)
    for cell in nb["cells"]:
        jupyter = cell.get("metadata", {}).get("jupyter", {})
        jupyter.pop("source_hidden", None)
        if cell.get("metadata", {}).get("jupyter") == {}:
            del cell["metadata"]["jupyter"]
    return nb


# -- the collapse helper -------------------------------------------------------------------------------------------
def test_figure_cells_are_long_plotting_cells_but_not_exercises() -> None:
    fig = "fig, ax = plt.subplots()\nax.plot([1, 2])\nax.set_xlabel('x')\nax.set_ylabel('y')\nshow(fig, 'c')\n"
    nb = _nb(_md("# t"), _code(fig), _code("hm.plots.lift(m)"), _code(fig + "hm.exercises.widget('01.1')\n"),
             _code("a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n"))
    assert nc.figure_cells(nb) == [1]
    assert nc.figure_cells(nb, min_lines=1) == [1, 2]


def test_collapse_changes_only_the_metadata_and_round_trips(tmp_path) -> None:
    src = next(p for p in NOTEBOOKS if nc.figure_cells(nc.read(p)))
    path = tmp_path / src.name
    shutil.copy2(src, path)
    before_bytes = path.read_bytes()
    before = nc.read(path)
    assert nc.main(["--collapse-figure-cells", "--dry-run", str(path)]) == 0
    assert path.read_bytes() == before_bytes, "--dry-run must not write"
    assert nc.main(["--collapse-figure-cells", str(path)]) == 0
    after = nc.read(path)
    hidden = [i for i, c in enumerate(after["cells"]) if nc.is_collapsed(c)]
    assert hidden == sorted(set(nc.figure_cells(before)) | {i for i, c in enumerate(before["cells"])
                                                              if nc.is_collapsed(c)})
    assert _without_hidden(after) == _without_hidden(before), "only jupyter.source_hidden may change"
    assert after["cells"][hidden[0]]["metadata"]["jupyter"] == {"source_hidden": True}
    if not any(nc.is_collapsed(c) for c in before["cells"]):
        assert nc.main(["--expand-all", str(path)]) == 0
        assert path.read_bytes() == before_bytes, "collapse then expand gives the file back byte for byte"


def test_explicit_cells_and_bad_indices(tmp_path) -> None:
    path = tmp_path / "x.ipynb"
    nc.write(_nb(_md("# t"), _code("x = 1")), path)
    assert nc.main(["--collapse-figure-cells", "--cells", "1", str(path)]) == 0
    assert nc.is_collapsed(nc.read(path)["cells"][1])
    with pytest.raises(ValueError, match="cells: 0"):
        nc.main(["--collapse-figure-cells", "--cells", "0", str(path)])
    bad = tmp_path / "bad.ipynb"
    bad.write_text(json.dumps({"cells": []}))
    with pytest.raises(ValueError, match="nbformat 4"):
        nc.read(bad)


def test_written_notebooks_keep_nbformat_layout() -> None:
    for path in NOTEBOOKS:
        text = path.read_text(encoding="utf-8")
        assert json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False) + "\n" == text, (
            f"{path.name} is not in nbformat's layout; notebook_cells.write would reformat it")


# -- the rule checks themselves --------------------------------------------------------------------------------------
def _html_output(block) -> dict:
    return {"output_type": "display_data", "metadata": {},
            "data": {"text/html": block.html, "text/plain": block.plain}}


def test_remember_rule() -> None:
    box = remember("one", "two", "three")
    assert nc.remember_problem(_nb(_md("# t"), _code("hm.display.remember(...)", [_html_output(box)]))) is None
    assert nc.remember_problem(_nb(_md("## What to remember\n* one\n* two\n"))) is None
    assert "4 points" in nc.remember_problem(_nb(_md("## What to remember\n* a\n* b\n* c\n* d\n")))
    assert "no hm.display.remember" in nc.remember_problem(_nb(_code("print(1)")))
    assert "without a 'What to remember'" in nc.remember_problem(_nb(_md("## Summary\n* a\n")))
    assert nc.remember_problem(_nb(_md("## What to remember\n* a\n"), _md("   "))) is None, "empty cells ignored"


def test_fixed_width_rule() -> None:
    wide, ok = "x" * (PLAIN_WIDTH + 1), "x" * PLAIN_WIDTH
    stream = {"output_type": "stream", "name": "stdout", "text": [ok + "\n", wide + "\n"]}
    plain = {"output_type": "execute_result", "metadata": {}, "execution_count": 1, "data": {"text/plain": wide}}
    rich = {"output_type": "execute_result", "metadata": {}, "execution_count": 1,
            "data": {"text/plain": wide, "text/html": "<b>x</b>"}}
    nb = _nb(_code("print()", [stream]), _code("x", [plain]), _code("y", [rich]))
    assert nc.wide_fixed_width_lines(nb) == [(0, wide), (1, wide)]
    assert any("fixed-width" in p for p in nc.rule_problems(nb))


def test_check_command_reports(tmp_path, capsys) -> None:
    good = tmp_path / "good.ipynb"
    nc.write(_nb(_md("## What to remember\n* a\n")), good)
    bad = tmp_path / "bad.ipynb"
    nc.write(_nb(_code("print()", [{"output_type": "stream", "name": "stdout", "text": "x" * 200}])), bad)
    assert nc.main(["--check", str(good)]) == 0
    assert nc.main(["--check", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "good.ipynb: ok" in out and "bad.ipynb:" in out and "fixed-width" in out


# -- the notebooks ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_ends_with_what_to_remember(path: Path) -> None:
    problem = nc.remember_problem(nc.read(path))
    assert problem is None, f"{path.name}: {problem}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_prints_no_wide_fixed_width_text(path: Path) -> None:
    wide = nc.wide_fixed_width_lines(nc.read(path))
    assert not wide, f"{path.name}: {len(wide)} lines wider than {PLAIN_WIDTH} characters, first in cell " \
                     f"{wide[0][0]}: {wide[0][1][:120]!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_figure_cells_are_collapsed(path: Path) -> None:
    nb = nc.read(path)
    open_cells = [i for i in nc.figure_cells(nb) if not nc.is_collapsed(nb["cells"][i])]
    assert not open_cells, (f"{path.name}: figure cells {open_cells} are not collapsed; run python -m "
                            f"hinge_model.notebook_cells --collapse-figure-cells notebooks/{path.name}")


_LEGACY_CALLS = re.compile(r"hm\.exercises\.solution\(|answer\s*=\s*None.*\n.*check_answer\(", re.M)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_exercises_are_widgets(path: Path) -> None:
    nb = nc.read(path)
    sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in nb["cells"]
               if c["cell_type"] == "code"]
    legacy = [s.splitlines()[0] for s in sources if _LEGACY_CALLS.search(s)]
    assert not legacy, f"{path.name}: exercise cells still use the old calls ({legacy[:3]}); use " \
                       "hm.exercises.widget(key)"
