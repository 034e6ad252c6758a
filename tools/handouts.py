"""Printable handouts: one student PDF per notebook (no solutions), printed by headless Chromium (issue 19).

``python tools/handouts.py OUTDIR [NOTEBOOK ...]`` converts each notebook's stored outputs to HTML with nbconvert
(code hidden: figures, text and exercises only), removes every solution (cells that call
``hm.exercises.solution`` / ``worked_solution`` and any ``<details>`` "Show the solution" block), then prints it to
``OUTDIR/<name>.pdf`` (A4) and ``OUTDIR/letter/<name>.pdf`` (US Letter) with playwright driving Debian's chromium
(/usr/bin/chromium, or $CHROMIUM). The HTML it printed is kept beside the A4 PDF (``<name>.html``) so that tests can
check the alt text of every figure.

For instructors it also prints the answer key, docs/answer_key.md (questions, answers, reasoning and hints, generated
from hinge_model.exercises by ``make answer-key``), to ``OUTDIR/answer_key.pdf`` and ``OUTDIR/letter/answer_key.pdf``.
Pass notebook paths after OUTDIR to print only those (the answer key is printed only when no notebook is named).
"""

from __future__ import annotations

import copy
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOLUTION_CALL = re.compile(r"exercises\.(solution|worked_solution|answer_key)\b")
DETAILS = re.compile(r"<details>.*?</details>", re.S)
PRINT_CSS = """<style>@page { margin: 14mm; }
body { font-size: 11pt; }
img { max-width: 100%; max-height: 110mm; height: auto; object-fit: contain; page-break-inside: avoid; }
.jp-InputArea, .jp-InputPrompt, .jp-OutputPrompt { display: none !important; }
.jupyter-widgets, .widget-area { display: none !important; }</style>"""
#: Paper sizes: (Chromium's page.pdf format, sub-folder of OUTDIR; "" = OUTDIR itself).
PAPERS: tuple[tuple[str, str], ...] = (("A4", ""), ("Letter", "letter"))
ANSWER_KEY = ROOT / "docs" / "answer_key.md"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def student_notebook(nb):  # nbformat.NotebookNode -> a copy without solutions
    nb = copy.deepcopy(nb)
    cells = []
    for cell in nb.cells:
        if cell.cell_type == "code" and SOLUTION_CALL.search(cell.source):
            continue
        if cell.cell_type == "markdown":
            cell.source = DETAILS.sub("", cell.source)
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "text/html" in data:
                text = data["text/html"]
                text = "".join(text) if isinstance(text, list) else text
                data["text/html"] = DETAILS.sub("", text)
        cells.append(cell)
    nb.cells = cells
    return nb


def notebook_html(path: Path) -> str:
    import nbformat
    from nbconvert import HTMLExporter

    nb = student_notebook(nbformat.read(path, as_version=4))
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    return body.replace("</head>", PRINT_CSS + "</head>", 1)


def answer_key_html(path: Path = ANSWER_KEY) -> str:
    """The instructors' answer key (markdown) as the same printable HTML as the handouts."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(path.read_text(encoding="utf-8"))])
    nb.metadata["title"] = "Answer key (instructors)"
    body, _ = HTMLExporter(exclude_input_prompt=True).from_notebook_node(nb)
    # the key is one markdown cell, which nbconvert puts in an input area: keep it (PRINT_CSS hides input areas)
    css = PRINT_CSS.replace(".jp-InputArea, ", "").replace("</style>", ".anchor-link { display: none; }</style>")
    return body.replace("</head>", css + "</head>", 1)


def build(outdir: Path, notebooks: list[Path], *, chromium: str | None = None, answer_key: bool = True) -> list[Path]:
    """Print every notebook's student handout, and (``answer_key``) the answer key, on every paper size."""
    from playwright.sync_api import sync_playwright

    outdir.mkdir(parents=True, exist_ok=True)
    pages = [(nb.stem, notebook_html(nb)) for nb in notebooks]
    if answer_key:
        pages.append(("answer_key", answer_key_html()))
    pdfs = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium or os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                    args=CHROMIUM_ARGS)
        page = browser.new_page()
        for stem, html in pages:
            html_path = outdir / f"{stem}.html"
            html_path.write_text(html, encoding="utf-8")
            page.goto(html_path.resolve().as_uri())
            for paper, folder in PAPERS:
                target = outdir / folder if folder else outdir
                target.mkdir(exist_ok=True)
                pdf = target / f"{stem}.pdf"
                page.pdf(path=str(pdf), format=paper, print_background=True, scale=0.8)
                pdfs.append(pdf)
                print(pdf)
        browser.close()
    return pdfs


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else ROOT / "handouts"
    named = [Path(a) for a in argv[2:]]
    notebooks = named or sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
    build(outdir, notebooks, answer_key=not named)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
