"""Inspect and mark the cells of a notebook file: collapse figure-building code, check the classroom rules.

For the notebook editors (the notebooks are JSON files, read and written here without executing anything)::

    python -m hinge_model.notebook_cells --collapse-figure-cells notebooks/04_hinge_vs_bend_vs_squat.ipynb
    python -m hinge_model.notebook_cells --collapse-figure-cells --dry-run notebooks/*.ipynb   # list only
    python -m hinge_model.notebook_cells --collapse-figure-cells --cells 5,9 notebooks/04_....ipynb
    python -m hinge_model.notebook_cells --check notebooks/*.ipynb   # the classroom rules below

A collapsed cell has the metadata ``"jupyter": {"source_hidden": true}``: JupyterLab opens it with the code
hidden behind a "..." bar (click it to show the code; View -> Expand All Code shows all). The cell still runs
and its output still shows. Only that metadata changes; the file keeps nbformat's layout (one-space indent,
sorted keys), so the diff is one line per cell and nbval's stored outputs are untouched.

A *figure cell* (:func:`figure_cells`) is a code cell of at least ``min_lines`` lines that draws or shows a
figure (:data:`FIGURE_CALLS`) and is not an exercise; short cells stay visible, because they show students the
one function that drew the figure.

Classroom rules (:func:`rule_problems`): the notebook ends with a "What to remember" box
(:func:`hinge_model.display.remember`, or a markdown cell headed "What to remember") of at most three points,
and no output shows fixed-width text (printed text, plain-text results) wider than
:data:`hinge_model.display.PLAIN_WIDTH` characters.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .display import MAX_REMEMBER_POINTS, PLAIN_WIDTH
from .validation import check_argv

#: Source fragments that mark a code cell as drawing or showing a figure.
FIGURE_CALLS: tuple[str, ...] = ("hm.plots.", "hm.widgets.", "plt.", "show(", "fig.", "fig,", "fig =", "ax.",
                                 "axes[", ".plot(")
#: Source fragments that mark an exercise cell (never collapsed: students type into it).
EXERCISE_CALLS: tuple[str, ...] = ("hm.exercises.", "check_answer(", "exercises.widget(")
MIN_LINES: int = 5

_REMEMBER_HEADING = re.compile(r"^\s*#+\s*what to remember\b", re.I | re.M)


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else (value or "")


def _notebook(nb: Any, name: str = "nb") -> dict[str, Any]:
    """``nb`` if it is a notebook dict (with a list of cell dicts), else ValueError naming ``name``."""
    if (not isinstance(nb, dict) or not isinstance(nb.get("cells"), list)
            or not all(isinstance(c, dict) for c in nb["cells"])):
        raise ValueError(f"{name} must be a notebook dict (nbformat 4 JSON with a 'cells' list of cell dicts, "
                         f"as read() returns), got {type(nb).__name__}")
    return nb


def _whole(name: str, value: Any, lo: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < lo:
        raise ValueError(f"{name} must be a whole number >= {lo}, got {value!r}")
    return value


def read(path: str | Path) -> dict[str, Any]:
    """The notebook at ``path`` as a dict (nbformat 4 JSON)."""
    if not isinstance(path, str | Path):
        raise ValueError(f"path must be a file path (str or Path), got {path!r}")
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValueError(f"path = {str(path)!r}: no such notebook file") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"path = {str(path)!r} is not an nbformat 4 notebook (not JSON: {exc})") from exc
    if not isinstance(nb, dict) or nb.get("nbformat") != 4 or not isinstance(nb.get("cells"), list):
        raise ValueError(f"path = {str(path)!r} is not an nbformat 4 notebook")
    return nb


def write(nb: dict[str, Any], path: str | Path) -> None:
    """Write ``nb`` in nbformat's own layout (indent 1, sorted keys, UTF-8, final newline)."""
    _notebook(nb)
    if not isinstance(path, str | Path):
        raise ValueError(f"path must be a file path (str or Path), got {path!r}")
    Path(path).write_text(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def is_collapsed(cell: dict[str, Any]) -> bool:
    if not isinstance(cell, dict):
        raise ValueError(f"cell must be a notebook cell dict, got {type(cell).__name__}")
    return bool(cell.get("metadata", {}).get("jupyter", {}).get("source_hidden", False))


def figure_cells(nb: dict[str, Any], min_lines: int = MIN_LINES) -> list[int]:
    """Indices of the code cells that build figures (see the module docstring)."""
    _notebook(nb)
    _whole("min_lines", min_lines, 1)
    out = []
    for i, cell in enumerate(nb["cells"]):
        if cell.get("cell_type") != "code":
            continue
        src = _text(cell.get("source"))
        lines = [line for line in src.splitlines() if line.strip()]
        if (len(lines) >= min_lines and any(k in src for k in FIGURE_CALLS)
                and not any(k in src for k in EXERCISE_CALLS)):
            out.append(i)
    return out


def collapse_cells(nb: dict[str, Any], cells: Sequence[int], hidden: bool = True) -> list[int]:
    """Set (``hidden``) or clear the collapsed flag of the code cells ``cells``; return those that changed."""
    _notebook(nb)
    if not isinstance(hidden, bool):
        raise ValueError(f"hidden must be True or False, got {hidden!r}")
    if isinstance(cells, str) or not isinstance(cells, Sequence):
        raise ValueError(f"cells must be a list of code-cell indices (whole numbers from 0), got {cells!r}")
    changed = []
    for i in cells:
        if isinstance(i, bool) or not isinstance(i, int):
            raise ValueError(f"cells: {i!r} is not the index of a code cell (whole numbers from 0)")
        if not 0 <= i < len(nb["cells"]) or nb["cells"][i].get("cell_type") != "code":
            raise ValueError(f"cells: {i} is not the index of a code cell (the notebook has "
                             f"{len(nb['cells'])} cells, numbered from 0)")
        cell = nb["cells"][i]
        if is_collapsed(cell) == hidden:
            continue
        meta = cell.setdefault("metadata", {})
        if hidden:
            meta.setdefault("jupyter", {})["source_hidden"] = True
        else:
            meta.get("jupyter", {}).pop("source_hidden", None)
            if meta.get("jupyter") == {}:
                del meta["jupyter"]
        changed.append(i)
    return changed


def remember_problem(nb: dict[str, Any]) -> str | None:
    """Why the notebook does not end with a "What to remember" box of 1-3 points, or None if it does."""
    _notebook(nb)
    cells = [c for c in nb["cells"] if _text(c.get("source")).strip()]
    if not cells:
        return "the notebook has no cells"
    last = cells[-1]
    if last.get("cell_type") == "markdown":
        src = _text(last["source"])
        if not _REMEMBER_HEADING.search(src):
            return "the last cell is markdown without a 'What to remember' heading"
        points = len(re.findall(r"^\s*(?:[*+-]|\d+\.)\s+", src, re.M))
    else:
        shown = [_text(out.get("data", {}).get("text/html")) for out in last.get("outputs", [])]
        box = next((h for h in shown if 'data-hm-box="remember"' in h), None)
        if box is None:
            return "the last cell shows no hm.display.remember(...) box"
        points = box.count("<li")
    if not 1 <= points <= MAX_REMEMBER_POINTS:
        return f"the 'What to remember' box has {points} points (1 to {MAX_REMEMBER_POINTS} allowed)"
    return None


def wide_fixed_width_lines(nb: dict[str, Any], width: int = PLAIN_WIDTH) -> list[tuple[int, str]]:
    """(cell index, line) of every line of fixed-width output wider than ``width`` characters.

    Fixed-width output is what JupyterLab shows in a monospace font: printed text (stdout, stderr) and results
    that have only a text/plain form (a result with HTML, an image or a widget shows that instead).
    """
    _notebook(nb)
    _whole("width", width, 1)
    out = []
    for i, cell in enumerate(nb["cells"]):
        for o in cell.get("outputs", []):
            if o.get("output_type") == "stream":
                text = _text(o.get("text"))
            elif set(o.get("data", {})) == {"text/plain"}:
                text = _text(o["data"]["text/plain"])
            else:
                continue
            out += [(i, line) for line in text.splitlines() if len(line) > width]
    return out


def rule_problems(nb: dict[str, Any]) -> list[str]:
    """Every classroom rule the notebook breaks (see the module docstring), as sentences."""
    _notebook(nb)
    problems = []
    if (why := remember_problem(nb)) is not None:
        problems.append(why)
    wide = wide_fixed_width_lines(nb)
    if wide:
        cells = sorted({i for i, _ in wide})
        problems.append(f"{len(wide)} lines of fixed-width output wider than {PLAIN_WIDTH} characters "
                        f"(cells {cells}); show them with hm.display.table / paragraphs / verdict instead")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hinge_model.notebook_cells", description=__doc__.split("\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--collapse-figure-cells", action="store_true",
                        help="mark figure-building code cells collapsed (jupyter.source_hidden)")
    action.add_argument("--expand-all", action="store_true", help="clear the collapsed mark of every code cell")
    action.add_argument("--check", action="store_true", help="report the classroom rules each notebook breaks")
    parser.add_argument("--cells", help="comma-separated cell indices (from 0) instead of the automatic choice")
    parser.add_argument("--min-lines", type=int, default=MIN_LINES,
                        help=f"shortest figure cell to collapse, in non-blank lines (default {MIN_LINES})")
    parser.add_argument("--dry-run", action="store_true", help="list the cells, do not write")
    parser.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(check_argv("argv", argv))
    status = 0
    for path in args.notebooks:
        nb = read(path)
        if args.check:
            problems = rule_problems(nb)
            print(f"{path}: " + ("ok" if not problems else "; ".join(problems)))
            status |= bool(problems)
            continue
        if args.cells:
            try:
                cells = [int(c) for c in args.cells.split(",") if c.strip()]
            except ValueError:
                parser.error(f"--cells = {args.cells!r}: allowed: comma-separated whole numbers (cell indices), "
                             "e.g. 5,9")
        elif args.expand_all:
            cells = [i for i, c in enumerate(nb["cells"]) if c.get("cell_type") == "code"]
        else:
            cells = figure_cells(nb, args.min_lines)
        if args.dry_run:
            print(f"{path}: would {'expand' if args.expand_all else 'collapse'} cells {cells}")
            continue
        changed = collapse_cells(nb, cells, hidden=not args.expand_all)
        if changed:
            write(nb, path)
        print(f"{path}: {'expanded' if args.expand_all else 'collapsed'} cells {changed}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
