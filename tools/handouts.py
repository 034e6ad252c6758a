"""Printable handouts: one student PDF per notebook (no solutions), printed by headless Chromium (issue 19).

``python tools/handouts.py OUTDIR [NOTEBOOK ...]`` converts each notebook's stored outputs to HTML with nbconvert
(code hidden: figures, text and exercises only), removes every solution (cells that call
``hm.exercises.solution`` / ``worked_solution`` and any ``<details>`` "Show the solution" block), then prints it to
``OUTDIR/<name>.pdf`` (A4) with playwright driving Debian's chromium (/usr/bin/chromium, or $CHROMIUM). The HTML it
printed is kept beside the PDF (``<name>.html``) so that tests can check the alt text of every figure.
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
PRINT_CSS = """<style>@page { size: A4; margin: 14mm; }
body { font-size: 11pt; }
img { max-width: 100%; max-height: 110mm; height: auto; object-fit: contain; page-break-inside: avoid; }
.jp-InputArea, .jp-InputPrompt, .jp-OutputPrompt { display: none !important; }
.jupyter-widgets, .widget-area { display: none !important; }</style>"""
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


def build(outdir: Path, notebooks: list[Path], *, chromium: str | None = None) -> list[Path]:
    from playwright.sync_api import sync_playwright

    outdir.mkdir(parents=True, exist_ok=True)
    pdfs = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium or os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                    args=CHROMIUM_ARGS)
        page = browser.new_page()
        for nb in notebooks:
            html_path = outdir / f"{nb.stem}.html"
            html_path.write_text(notebook_html(nb), encoding="utf-8")
            page.goto(html_path.resolve().as_uri())
            pdf = outdir / f"{nb.stem}.pdf"
            page.pdf(path=str(pdf), format="A4", print_background=True, scale=0.8)
            pdfs.append(pdf)
            print(pdf)
        browser.close()
    return pdfs


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else ROOT / "handouts"
    notebooks = [Path(a) for a in argv[2:]] or sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
    build(outdir, notebooks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
