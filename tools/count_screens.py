"""Count how many 1280x720 screens each notebook fills in JupyterLab, with code shown and with code collapsed.

For the instructor guide's timings (docs/instructor_guide.md). Runs every notebook (Run All, in a temporary copy)
in headless chromium with the file browser closed, as tests/browser does, then measures the notebook's scroll
height in screens of its own visible height, before and after View -> Collapse All Code. Needs the test extra
(playwright) and chromium::

    .venv/bin/python tools/count_screens.py                 # every notebook
    .venv/bin/python tools/count_screens.py 04_hinge_vs_bend_vs_squat.ipynb
    .venv/bin/python tools/count_screens.py --presentation  # in View -> Appearance -> Presentation Mode
"""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "browser")]

from jlab_driver import CHROMIUM_ARGS, VIEWPORT, _menu, chromium_path, open_notebook, run_all  # noqa: E402
from lab_server import JupyterLab  # noqa: E402

_MEASURE_JS = """() => {
  const panel = [...document.querySelectorAll('.jp-NotebookPanel')].find(p => p.offsetParent !== null);
  const outer = panel.querySelector('.jp-WindowedPanel-outer') || panel.querySelector('.jp-Notebook');
  const top = outer.getBoundingClientRect().top - outer.scrollTop;
  const sections = [...panel.querySelectorAll('.jp-RenderedMarkdown h2')]
      .map(h => ({title: h.textContent.replace(/\u00b6$/, '').trim(), y: h.getBoundingClientRect().top - top}));
  return {scroll: outer.scrollHeight, visible: outer.clientHeight,
          cells: panel.querySelectorAll('.jp-Cell').length, sections};
}"""


def _presentation_mode(page) -> None:
    page.locator('.lm-MenuBar-itemLabel:text-is("View")').click()
    page.locator('.lm-Menu-itemLabel:text-is("Appearance")').click()
    page.locator('.lm-Menu-itemLabel:text-is("Presentation Mode")').click()
    page.wait_for_timeout(1000)


def measure(names: list[str], presentation: bool = False) -> list[tuple[str, float, float, int, float]]:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "notebooks"
        shutil.copytree(ROOT / "notebooks", root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        with JupyterLab(root, Path(tmp) / "state") as lab, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
            for name in names:
                context = browser.new_context(viewport=VIEWPORT)
                page = context.new_page()
                page.set_default_timeout(60_000)
                open_notebook(page, lab, name)
                result = run_all(page, lab, name)
                if presentation:
                    _presentation_mode(page)
                page.wait_for_timeout(1500)  # figures finish their first draw
                shown = page.evaluate(_MEASURE_JS)
                _menu(page, "View", "Collapse All Code")
                page.wait_for_timeout(500)
                collapsed = page.evaluate(_MEASURE_JS)
                rows.append((name, shown["scroll"] / shown["visible"], collapsed["scroll"] / collapsed["visible"],
                             shown["cells"], result.seconds))
                marks = collapsed["sections"] + [{"title": "(end)", "y": collapsed["scroll"]}]
                for a, b in zip(marks, marks[1:], strict=False):
                    print(f"    {(b['y'] - a['y']) / collapsed['visible']:4.1f} screens (code collapsed): {a['title']}")
                print(f"{name}: {rows[-1][1]:.1f} screens, {rows[-1][2]:.1f} with code collapsed "
                      f"({shown['cells']} cells, visible height {shown['visible']} px, Run All {result.seconds:.0f} s)",
                      flush=True)
                context.close()
                lab.shutdown_all_kernels()
            browser.close()
    return rows


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop JupyterLab and chromium on kill, too
    if chromium_path() is None:
        print("needs chromium (apt-get install -y chromium, or set $CHROMIUM)")
        return 2
    presentation = "--presentation" in argv
    names = [Path(a).name for a in argv if not a.startswith("--")]
    names = names or sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    rows = measure(names, presentation)
    print("\n| notebook | screens (code shown) | screens (code collapsed) | cells |\n|---|---|---|---|")
    for name, shown, collapsed, cells, _ in rows:
        print(f"| {name.removesuffix('.ipynb')} | {shown:.0f} | {collapsed:.0f} | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
