"""nbval, as ``make test`` runs it, is strict: a changed stored output fails; only stderr is exempt."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

WELCOME = "00_welcome.ipynb"


def run_nbval(repo_root: Path, notebook: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run nbval on one notebook with the repository's pytest configuration and sanitize file, like `make test`."""
    cmd = [sys.executable, "-m", "pytest", "-c", str(repo_root / "pyproject.toml"), "-p", "no:cacheprovider",
           "--nbval", "--nbval-current-env", "--nbval-sanitize-with", str(repo_root / "tests" / "nbval_sanitize.cfg"),
           *extra, str(notebook)]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_ADDOPTS", "MPLBACKEND")}
    return subprocess.run(cmd, cwd=notebook.parent, env=env, capture_output=True, text=True, timeout=600)


def tamper_first_stdout(path: Path) -> str:
    """Change one character of the first stored stdout text; return the line that was changed."""
    nb = json.loads(path.read_text())
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                lines = out["text"] if isinstance(out["text"], list) else out["text"].splitlines(keepends=True)
                original = lines[-1]
                lines[-1] = original.replace("OK", "0K") if "OK" in original else original.rstrip("\n") + "!\n"
                assert lines[-1] != original
                out["text"] = lines
                path.write_text(json.dumps(nb, indent=1))
                return original
    raise AssertionError(f"{path.name} has no stored stdout to tamper with")


@pytest.fixture
def welcome_copy(notebooks_dir, tmp_path) -> Path:
    src = notebooks_dir / WELCOME
    if not src.exists():
        pytest.fail(f"{src} is missing")
    dst = tmp_path / WELCOME
    shutil.copy2(src, dst)
    return dst


def test_unaltered_notebook_passes(repo_root, welcome_copy):
    proc = run_nbval(repo_root, welcome_copy)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and " failed" not in proc.stdout


def test_altered_stored_output_fails(repo_root, welcome_copy):
    changed = tamper_first_stdout(welcome_copy)
    proc = run_nbval(repo_root, welcome_copy)
    assert proc.returncode == 1, f"nbval accepted a tampered output ({changed!r}):\n{proc.stdout[-3000:]}"
    assert "Cell outputs differ" in proc.stdout


def _stream_notebook(path: Path, stored_stdout: str, stored_stderr: str) -> Path:
    """A one-cell notebook printing 'out' to stdout and 'err' to stderr, with chosen stored outputs."""
    cell = nbformat.v4.new_code_cell(
        'import sys\nprint("out")\nprint("err", file=sys.stderr)', execution_count=1,
        outputs=[nbformat.v4.new_output("stream", name="stdout", text=stored_stdout),
                 nbformat.v4.new_output("stream", name="stderr", text=stored_stderr)])
    nb = nbformat.v4.new_notebook(cells=[cell])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_stderr_is_not_compared_but_stdout_is(repo_root, tmp_path):
    stderr_differs = _stream_notebook(tmp_path / "stderr_differs.ipynb", "out\n", "a different warning\n")
    proc = run_nbval(repo_root, stderr_differs)
    assert proc.returncode == 0, proc.stdout[-3000:]

    # ... and it is tests/nbval_plugin.py that makes the difference: without it the same notebook fails
    proc = run_nbval(repo_root, stderr_differs, "-p", "no:nbval_plugin")
    assert proc.returncode == 1, proc.stdout[-3000:]

    stdout_differs = _stream_notebook(tmp_path / "stdout_differs.ipynb", "0ut\n", "err\n")
    proc = run_nbval(repo_root, stdout_differs)
    assert proc.returncode == 1, proc.stdout[-3000:]


def test_sanitize_file_parses_and_every_pattern_compiles(repo_root):
    import re

    from nbval.plugin import get_sanitize_patterns

    patterns = get_sanitize_patterns((repo_root / "tests" / "nbval_sanitize.cfg").read_text())
    assert len(patterns) >= 6
    for regex, _ in patterns:
        re.compile(regex)

    def sanitize(s: str) -> str:
        for regex, replace in patterns:
            s = re.sub(regex, replace, s)
        return s

    assert sanitize("<Figure size 640x480 with 1 Axes>") == sanitize("<Figure size 800x300 with 3 Axes>")
    assert sanitize("[<matplotlib.lines.Line2D at 0x7f3a2c1b9d50>]") == "[<matplotlib.lines.Line2D at 0xADDRESS>]"
    assert sanitize("model 443451cd1bf14d8bb395c2fca602df8d") == "model MODEL_ID"
    assert sanitize("Canvas(toolbar=Toolbar(toolitems=[['Home']]))") == "Canvas(...)"
    assert sanitize("VBox(children=(IntSlider(value=30, max=90, step=5\u2026") == "VBox(children=...)"
    assert sanitize("1.23 ms ± 4.5 µs per loop (mean ± std. dev. of 7 runs, 1,000 loops each)") == "TIMEIT"
    assert sanitize("Wall time: 3.4 ms") == "Wall time: TIME"
    assert sanitize("solver measured: 12.5 ms") == "solver measured: TIME"
    # model numbers stay comparable
    assert sanitize("L5/S1 moment 212.4 N·m at 0.35 s") == "L5/S1 moment 212.4 N·m at 0.35 s"
