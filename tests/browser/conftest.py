"""Fixtures for the browser tests: one JupyterLab server (on a temp copy of notebooks/) and one headless chromium
for the whole run.

Without chromium or playwright the tests skip with a clear message. With REQUIRE_BROWSER=1 (set by .ci/run) any
skip in tests/browser is reported as a failure instead, so CI can never pass without really running them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from jlab_driver import CHROMIUM_ARGS, VIEWPORT, chromium_path
from lab_server import JupyterLab

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
REQUIRED = os.environ.get("REQUIRE_BROWSER") == "1"


def skip_or_fail(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"REQUIRE_BROWSER=1 and {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if REQUIRED and report.skipped and Path(__file__).resolve().parent in Path(str(item.path)).resolve().parents:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"REQUIRE_BROWSER=1: a skipped browser test is a failure ({reason})"
    return report


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    path = chromium_path()
    if path is None:
        skip_or_fail("chromium is not installed (apt-get install -y chromium; or set $CHROMIUM): "
                     "browser tests skipped")
    return path


@pytest.fixture(scope="session")
def browser(chromium_executable):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        skip_or_fail(f"playwright is not importable ({err}): pip install -e '.[test]'")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def lab(tmp_path_factory, chromium_executable):
    """A JupyterLab server whose root is a temporary copy of notebooks/ (tests may add notebooks to it)."""
    tmp = tmp_path_factory.mktemp("browser")
    root = tmp / "notebooks"
    shutil.copytree(REPO_ROOT / "notebooks", root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    with JupyterLab(root, tmp / "state") as server:
        yield server


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()
    return SCREENSHOTS


@pytest.fixture
def page(browser, lab):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()
    lab.shutdown_all_kernels()
