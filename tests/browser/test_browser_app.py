"""`make app`: Voila serves app/lift_lab.ipynb; a slider moved in the app changes the figure (pixel check) at 1280x720
with nothing cut off, and axe-core finds no serious or critical violation (issue 19).

The server is started with the command of the Makefile's `app` recipe (test_make_app_runs_this_command checks that
the two agree), plus --no-browser and a free port.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from axe_check import serious_violations
from jlab_driver import VIEWPORT

ROOT = Path(__file__).resolve().parents[2]
VOILA = Path(sys.executable).with_name("voila")
APP_CMD = ["app/lift_lab.ipynb", "--theme=light"]


def test_make_app_runs_this_command():
    recipe = re.search(r"^app:.*\n\t(.+)$", (ROOT / "Makefile").read_text(), re.M).group(1)
    assert recipe.split() == ["$(BIN)/voila", *APP_CMD, "$(APP_ARGS)"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(chromium_executable):
    port = _free_port()
    proc = subprocess.Popen([str(VOILA), *APP_CMD, "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(120):
            if proc.poll() is not None:
                pytest.fail(f"voila exited: {proc.stderr.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def app_page(browser, app_url):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.goto(app_url)
    page.wait_for_selector(".widget-slider .noUi-handle")
    page.wait_for_timeout(2000)
    yield page
    context.close()


def test_slider_changes_the_figure(app_page):
    page = app_page
    handle = page.locator(".widget-slider .noUi-handle").first
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    clip = {"x": 0, "y": max(0, box["y"] - 40), "width": VIEWPORT["width"], "height": VIEWPORT["height"] - 0}
    page.evaluate("window.scrollTo(0, 0)")
    handle.scroll_into_view_if_needed()
    before = page.screenshot(full_page=False)
    handle.click()
    for _ in range(8):
        page.keyboard.press("ArrowRight")
    page.wait_for_timeout(1500)
    after = page.screenshot(full_page=False)
    del clip
    assert before != after, "moving the slider changed no pixel on screen"
    errors = page.locator("text=Traceback").count()
    assert errors == 0


def test_nothing_cut_off_at_1280x720(app_page):
    page = app_page
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= VIEWPORT["width"], f"the app is {width} px wide: cut off at {VIEWPORT['width']} px"
    wide = page.evaluate("""() => [...document.querySelectorAll('.jupyter-widgets, canvas, img')]
        .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.right > window.innerWidth + 1)
        .map(r => Math.round(r.right))""")
    assert wide == [], f"elements end past the right edge: {wide}"


def test_axe_no_serious_violations_on_app(app_page):
    assert serious_violations(app_page) == []


def test_is_this_lift_safe_panel_follows_its_slider(app_page):
    """The "is this lift safe?" panel: its load slider, moved by keyboard, re-judges the lift (the verdict table's
    text changes) and redraws its figure."""
    page = app_page
    panel = page.locator(".widget-vbox:has(.hm-assess)").last
    panel.scroll_into_view_if_needed()
    table = panel.locator(".hm-assess")
    before_text = table.inner_text()
    before_pixels = panel.screenshot()
    handle = panel.locator(".noUi-handle").first
    handle.focus()
    for _ in range(4):  # load 15 -> 25 kg in 2.5 kg steps
        page.keyboard.press("ArrowRight")
    page.wait_for_function("(t) => document.querySelector('.hm-assess').innerText !== t", arg=before_text,
                           timeout=60_000)
    page.wait_for_timeout(1500)
    assert table.inner_text() != before_text
    assert panel.screenshot() != before_pixels, "the safe panel's figure did not change"


_FOCUS_STYLE = """(e) => { const s = getComputedStyle(e);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor]
        .join(' | '); }"""


def test_keyboard_alone_reaches_a_slider_with_visible_focus_and_moves_it(app_page):
    """Tab (no mouse) reaches a slider handle; the focused handle looks different (a visible focus ring); arrow keys
    then change the figure on screen."""
    page = app_page
    page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    handle_seen = False
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.classList.contains('noUi-handle')"):
            handle_seen = True
            break
    assert handle_seen, "60 presses of Tab never reached a slider handle"
    page.evaluate("document.activeElement.setAttribute('data-hm-focus', '1')")
    focused_style = page.evaluate(f"({_FOCUS_STYLE})(document.activeElement)")
    outline_style, outline_width = focused_style.split(" | ")[:2]
    assert outline_style != "none" and float(outline_width.removesuffix("px")) >= 2, (
        f"the focused slider handle has no focus ring of 2 px or more: {focused_style}")
    name = page.evaluate("document.activeElement.getAttribute('aria-label') || ''")
    assert name.strip(), "the focused slider has no accessible name"
    before = page.screenshot()
    for _ in range(6):
        page.keyboard.press("ArrowRight")
    page.wait_for_timeout(2000)
    assert page.screenshot() != before, "arrow keys on the focused slider changed nothing on screen"
    page.evaluate("document.activeElement.blur()")
    blurred_style = page.evaluate(f"({_FOCUS_STYLE})(document.querySelector('[data-hm-focus]'))")
    assert focused_style != blurred_style, f"no visible focus: the same style focused and not ({focused_style})"
