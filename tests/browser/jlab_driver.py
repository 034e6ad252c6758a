"""Drive JupyterLab 4 in a real (headless) chromium with playwright's sync API, the way a student does.

Used by tests/browser/test_browser_*.py. Selectors and flags are those checked on JupyterLab 4.6 / ipympl 0.10 /
ipywidgets 8.1 / Debian chromium (see /work/shared/reference/tooling-notes.md in the project notes).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

VIEWPORT = {"width": 1280, "height": 720}  # a classroom projector
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

#: pixels of the figure that must change when a slider moves (see pixel_change). A slider whose callback is not
#: connected changes none (test_browser_selfcheck.py); a moved line or arrow changes hundreds to thousands.
MIN_CHANGED_PIXELS = 50

STDERR_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
ERROR_OUTPUT = STDERR_OUTPUT + ':has-text("Traceback")'
FIGURE = ".jupyter-matplotlib"
FIGURE_CANVAS = ".jupyter-matplotlib-canvas-div"
SLIDER_HANDLE = ".widget-slider .noUi-handle"


def chromium_path() -> str | None:
    """Debian's chromium (``apt-get install -y chromium``), or exactly $CHROMIUM when that is set."""
    if "CHROMIUM" in os.environ:
        candidates = [os.environ["CHROMIUM"]]
    else:
        candidates = ["/usr/bin/chromium", shutil.which("chromium")]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    return None


# -- pixels ----------------------------------------------------------------------------------------------
def pixel_change(png_before: bytes, png_after: bytes, tolerance: int = 8) -> int:
    """Number of pixels whose colour changed by more than ``tolerance`` (0-255, any channel)."""
    from PIL import Image, ImageChops

    a = Image.open(io.BytesIO(png_before)).convert("RGB")
    b = Image.open(io.BytesIO(png_after)).convert("RGB")
    if a.size != b.size:
        return max(a.size[0] * a.size[1], b.size[0] * b.size[1])
    diff = ImageChops.difference(a, b)
    r, g, bl = diff.split()
    biggest = ImageChops.lighter(ImageChops.lighter(r, g), bl)
    changed = biggest.point(lambda v: 255 if v > tolerance else 0).histogram()[255]
    return changed


# -- running a notebook -------------------------------------------------------------------------------------
@dataclass
class RunResult:
    name: str
    seconds: float
    code_cells: int
    unexecuted: list[int]  # indices (among non-empty code cells) without an execution number
    dom_errors: list[str]  # texts of error outputs shown in the page
    widget_errors: list[str]  # "Error displaying widget" and similar
    saved_errors: list[str]  # error outputs in the notebook file saved from the browser
    figures: int
    console_errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        out = []
        if self.code_cells == 0:
            out.append("no code cell ran")
        if self.unexecuted:
            out.append(f"code cells not executed: {self.unexecuted}")
        out += [f"error in page: {t[:800]}" for t in self.dom_errors]
        out += [f"widget failed: {t[:300]}" for t in self.widget_errors]
        out += [f"error in saved notebook: {t[:300]}" for t in self.saved_errors]
        return out


def assert_ran_cleanly(result: RunResult) -> None:
    problems = result.problems()
    if problems:
        extra = "\nbrowser console errors:\n" + "\n".join(result.console_errors[:10]) if result.console_errors else ""
        raise AssertionError(f"{result.name}: " + "\n".join(problems) + extra)


_DONE_JS = """() => {
  const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
      .map(e => e.textContent.trim());
  const running = prompts.some(t => t === '[*]:');
  const numbered = prompts.filter(t => /^\\[\\d+\\]:$/.test(t)).length;
  return !!ind && ind.dataset.status === 'idle' && !running && numbered > 0;
}"""

_STARTED_JS = """() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
  .some(e => /^\\[(\\*|\\d+)\\]:$/.test(e.textContent.trim()))"""

_CELLS_JS = """() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')].map(c => ({
  prompt: (c.querySelector('.jp-InputPrompt')?.textContent || '').trim(),
  source: (c.querySelector('.jp-InputArea-editor .cm-content')?.textContent || '').trim(),
}))"""


def _menu(page, menu: str, item: str) -> None:
    page.locator(f'.lm-MenuBar-itemLabel:text-is("{menu}")').click()
    page.locator(f'.lm-Menu-itemLabel:text-is("{item}")').click()


def open_notebook(page, lab, name: str, timeout_ms: int = 60_000) -> None:
    """Open ``name`` (relative to the server root) in a fresh workspace of its own and wait for an idle kernel.

    A workspace per notebook: older JupyterLab (4.2) restores the previous notebook from a shared workspace
    even with ``?reset``, as a hidden tab whose cells would be counted too.
    """
    workspace = "t-" + "".join(c if c.isalnum() else "-" for c in Path(name).stem)
    page.goto(lab.url(f"/lab/workspaces/{workspace}/tree/{name}", reset=""))
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook", timeout=timeout_ms)
    page.wait_for_selector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', timeout=timeout_ms)
    lab.wait_for_kernel(name, timeout=timeout_ms / 1000)
    # close the file browser: the notebook then gets the width a projector shows
    if page.locator("#jp-left-stack:visible").count():
        page.locator('.jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current').first.click()
    page.locator(".jp-NotebookPanel:visible .jp-Notebook").first.click(position={"x": 5, "y": 5})


def run_all(page, lab, name: str, timeout_s: float = 240, debug_dir: Path | None = None) -> RunResult:
    """Clear outputs, Run All Cells via the menus, wait until done, save, and collect what went wrong."""
    console_errors: list[str] = []
    page.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
    t0 = time.monotonic()
    _menu(page, "Edit", "Clear Outputs of All Cells")
    page.wait_for_function("() => document.querySelectorAll('.jp-Notebook .jp-OutputArea-output').length === 0")
    for _attempt in range(3):  # a Run All sent while the kernel connection is still settling can be lost
        _menu(page, "Run", "Run All Cells")
        try:
            page.wait_for_function(_STARTED_JS, timeout=20_000, polling=100)
            break
        except Exception:
            page.locator(".jp-NotebookPanel:visible .jp-Notebook").first.click(position={"x": 5, "y": 5})
    try:
        page.wait_for_function(_DONE_JS, timeout=timeout_s * 1000, polling=250)
        time.sleep(0.5)  # settle: done must still hold (no cell queued late)
        page.wait_for_function(_DONE_JS, timeout=timeout_s * 1000, polling=250)
    except Exception as err:
        if debug_dir is not None:
            Path(debug_dir).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(Path(debug_dir) / f"{Path(name).stem}__TIMEOUT.png"))
        state = page.evaluate(_CELLS_JS)
        status = page.locator(".jp-Notebook-ExecutionIndicator").first.get_attribute("data-status")
        raise AssertionError(f"{name}: Run All did not finish within {timeout_s:.0f} s (kernel {status}; "
                             f"prompts {[c['prompt'] for c in state]})") from err
    seconds = time.monotonic() - t0

    cells = [c for c in page.evaluate(_CELLS_JS) if c["source"]]
    unexecuted = [i for i, c in enumerate(cells) if not (c["prompt"].startswith("[") and c["prompt"][1:-2].isdigit())]
    dom_errors = page.locator(ERROR_OUTPUT).all_inner_texts()
    widget_errors = page.locator('.jp-OutputArea-output:has-text("Error displaying widget")').all_inner_texts()
    widget_errors += page.locator('.jp-OutputArea-output:has-text("Failed to load model class")').all_inner_texts()
    figures = page.locator(FIGURE).count()

    # save from the browser and read the file back: error outputs whatever their text looks like
    page.keyboard.press("Control+s")
    page.wait_for_function("() => !document.querySelector('.jp-mod-current.jp-mod-dirty')", timeout=20_000)
    saved = json.loads((Path(lab.root_dir) / name).read_text())
    saved_errors = [f"{o.get('ename')}: {o.get('evalue')}" for c in saved["cells"] for o in c.get("outputs", [])
                    if o.get("output_type") == "error"]
    return RunResult(name, seconds, len(cells), unexecuted, dom_errors, widget_errors, saved_errors, figures,
                     console_errors)


# -- sliders ----------------------------------------------------------------------------------------------
def slider_figure_pairs(page) -> list:
    """(slider handle, figure canvas) for each cell whose output shows both, in notebook order."""
    both = page.locator(".jp-Cell").filter(has=page.locator(SLIDER_HANDLE)).filter(has=page.locator(FIGURE_CANVAS))
    return [(cell.locator(SLIDER_HANDLE).first, cell.locator(FIGURE_CANVAS).first) for cell in both.all()]


def slider_figure_pair(page):
    """(slider handle, figure canvas) of the first output that shows both; else the first of each; else None."""
    pairs = slider_figure_pairs(page)
    if pairs:
        return pairs[0]
    if page.locator(SLIDER_HANDLE).count() and page.locator(FIGURE_CANVAS).count():
        return page.locator(SLIDER_HANDLE).first, page.locator(FIGURE_CANVAS).first
    return None


def wait_until_stable(element, timeout_s: float = 8.0, interval_s: float = 0.3) -> bytes:
    """Screenshot ``element`` until two shots in a row are identical (a figure may draw itself late)."""
    shot = element.screenshot()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        time.sleep(interval_s)
        again = element.screenshot()
        if pixel_change(shot, again, tolerance=0) == 0:
            return again
        shot = again
    raise AssertionError(f"the figure kept changing for {timeout_s} s without any input")


def move_slider_and_measure(page, handle, canvas, presses: int = 5, wait_s: float = 3.0) -> int:
    """Click the slider's handle, press → (or ← at the end of its range); return how many figure pixels changed."""
    # the figure's toolbar fades in and out with the mouse: hide it, and move the mouse off the figure
    page.add_style_tag(content=".jupyter-matplotlib-toolbar { visibility: hidden !important; }")
    canvas.scroll_into_view_if_needed()
    page.mouse.move(1, 1)
    before = wait_until_stable(canvas)
    handle.scroll_into_view_if_needed()
    handle.click()
    value = handle.get_attribute("aria-valuenow")
    for _ in range(presses):
        page.keyboard.press("ArrowRight")
    if handle.get_attribute("aria-valuenow") == value:  # already at the maximum
        for _ in range(presses):
            page.keyboard.press("ArrowLeft")
    best, deadline = 0, time.monotonic() + wait_s
    while time.monotonic() < deadline:  # redraws arrive asynchronously from the kernel
        time.sleep(0.25)
        best = max(best, pixel_change(before, canvas.screenshot()))
        if best > MIN_CHANGED_PIXELS * 5:
            break
    return best


# -- screenshots -------------------------------------------------------------------------------------------
def save_screenshots(page, out_dir: Path, stem: str, max_figures: int = 12) -> list[Path]:
    """The top of the notebook, then each figure scrolled into view: what a 1280×720 projector shows."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    page.mouse.move(0, 0)
    first = page.locator(".jp-Notebook .jp-Cell").first
    first.scroll_into_view_if_needed()
    path = out_dir / f"{stem}__top.png"
    page.screenshot(path=str(path))
    paths.append(path)
    figures = page.locator(f"{FIGURE}, .jp-OutputArea .jp-RenderedImage")
    for k in range(min(figures.count(), max_figures)):
        fig = figures.nth(k)
        fig.evaluate("el => el.scrollIntoView({block: 'center'})")
        time.sleep(0.15)
        path = out_dir / f"{stem}__fig{k + 1:02d}.png"
        page.screenshot(path=str(path))
        paths.append(path)
    return paths
