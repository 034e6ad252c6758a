"""Without chromium the browser tests skip with a message; under REQUIRE_BROWSER=1 (CI) that is a failure."""

from __future__ import annotations

import os
import subprocess
import sys


def _run_browser_tests(repo_root, **env_overrides) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("REQUIRE_BROWSER", "PYTEST_ADDOPTS")}
    env.update(env_overrides)
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs", "tests/browser"]
    return subprocess.run(cmd, cwd=repo_root, env=env, capture_output=True, text=True, timeout=300)


def test_without_chromium_browser_tests_skip_with_a_message(repo_root):
    proc = _run_browser_tests(repo_root, CHROMIUM="/nonexistent/chromium")
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "skipped" in proc.stdout and "chromium is not installed" in proc.stdout


def test_under_require_browser_a_skip_is_a_failure(repo_root):
    proc = _run_browser_tests(repo_root, CHROMIUM="/nonexistent/chromium", REQUIRE_BROWSER="1")
    assert proc.returncode == 1, proc.stdout[-3000:]
    assert "REQUIRE_BROWSER=1" in proc.stdout
    assert " skipped" not in proc.stdout.splitlines()[-1]


def test_under_require_browser_running_no_browser_test_fails(repo_root):
    """Even when every browser test is deselected, a run that asked for tests/browser cannot pass."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_ADDOPTS",)}
    env.update(REQUIRE_BROWSER="1")
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "tests/browser", "-k", "pixel_change_helper"]
    proc = subprocess.run(cmd, cwd=repo_root, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout[-3000:]
    assert "no browser test passed" in proc.stdout
