"""Shared pytest configuration for hinge_model's tests.

* ``repo_root`` / ``notebooks_dir`` fixtures for the project-level tests (tests/test_project_*.py).
* ``gallery``: bench/gallery.py loaded as a module, once per test module (tests/test_gallery_*.py).
* Under ``REQUIRE_BROWSER=1`` (set by .ci/run) a run that includes tests/browser must really pass at least one
  browser test: a skip there is already a failure (tests/browser/conftest.py), and this catches the case where
  no browser test ran at all (for example all deselected).

nbval's settings (stderr not compared, sanitize file) live in tests/nbval_plugin.py, loaded for every run.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
BROWSER_DIR = REPO_ROOT / "tests" / "browser"
GALLERY = REPO_ROOT / "bench" / "gallery.py"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def notebooks_dir() -> Path:
    return REPO_ROOT / "notebooks"


@pytest.fixture(scope="module")
def gallery(request: pytest.FixtureRequest) -> ModuleType:
    """bench/gallery.py (``build``, ``figures``, ``write_index``), a fresh copy for each test module."""
    name = "hinge_gallery_" + request.module.__name__.rsplit(".", 1)[-1]
    spec = importlib.util.spec_from_file_location(name, GALLERY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _browser_tests_requested(session: pytest.Session) -> bool:
    for arg in session.config.args:
        path = Path(arg.split("::")[0]).resolve()
        if path == BROWSER_DIR or path in BROWSER_DIR.parents or BROWSER_DIR in path.parents:
            return True
    return False


_browser_passed = 0


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Count passed tests that really drove the browser (used the ``browser`` fixture)."""
    global _browser_passed
    report = yield
    if report.when == "call" and report.passed and "browser" in getattr(item, "fixturenames", ()):
        _browser_passed += 1
    return report


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("REQUIRE_BROWSER") != "1" or not BROWSER_DIR.is_dir():
        return
    if _browser_tests_requested(session) and _browser_passed == 0 and exitstatus == pytest.ExitCode.OK:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line("REQUIRE_BROWSER=1 but no browser test passed in this run: failing it.", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
