"""docs/instructor_guide.md stays true: its links exist, its menu paths exist in the installed JupyterLab, and
the notebook sections it plans the lecture with exist in the notebooks."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

GUIDE = "docs/instructor_guide.md"
#: Menu items and settings the guide tells instructors to click, as JupyterLab labels them.
MENU_LABELS = ("Collapse All Code", "Expand All Code", "Expand Selected Code", "Simple Interface",
               "Presentation Mode", "Restart Kernel and Run All Cells", "Save and Export Notebook As",
               "Fetch official Jupyter news", "Settings Editor")


def _guide(repo_root: Path) -> str:
    """The guide with every run of whitespace (line breaks included) as one space."""
    return " ".join((repo_root / GUIDE).read_text(encoding="utf-8").split())


def test_guide_links_exist(repo_root):
    for target in re.findall(r"\]\(((?!https?:)[^)#]+)\)", _guide(repo_root)):
        assert (repo_root / "docs" / target).resolve().exists(), f"the guide links to {target}"


def test_guide_links_the_answer_key_and_has_the_checklist_and_talking_points(repo_root):
    text = _guide(repo_root)
    assert "(answer_key.md)" in text
    for heading in ("## How long the notebooks take", "## A 50-minute lecture", "## Pre-class checklist",
                    "## Presenting with the code collapsed", "## Talking points"):
        assert heading in text
    assert '"jupyter": {"source_hidden": true}' in text and "von Arx" in text and "NIOSH" in text


def test_menu_labels_exist_in_the_installed_jupyterlab(repo_root):
    text = _guide(repo_root)
    lab = Path(sys.prefix, "share", "jupyter", "lab")
    bundle = "".join(p.read_text(errors="replace") for p in (lab / "static").glob("*.js"))
    bundle += "".join(p.read_text(errors="replace") for p in (lab / "schemas").rglob("*.json"))
    for label in MENU_LABELS:
        assert label in text, f"MENU_LABELS lists {label!r} but the guide does not use it"
        assert label in bundle, f"JupyterLab has no menu item or setting called {label!r}"


def test_lecture_sections_exist_in_the_notebooks(repo_root):
    """Every 'NN §k "Title"' the guide refers to is a section heading of that notebook."""
    text = _guide(repo_root)
    headings = {}
    for path in (repo_root / "notebooks").glob("*.ipynb"):
        nb = json.loads(path.read_text())
        md = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
        headings[path.name[:2]] = re.findall(r"^## (\d+)\. (.+)$", md, re.M)
    refs = re.findall(r"\b(\d\d) §(\d+) \"([^\"]+)\"", text)
    assert len(refs) >= 8
    for nb, number, title in refs:
        titles = dict(headings[nb])
        assert number in titles, f"notebook {nb} has no section {number}"
        assert titles[number].startswith(title.split(" (")[0].rstrip(".")[:25]), (nb, number, title, titles[number])
