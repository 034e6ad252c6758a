"""Without OpenSim its cross-check skips with a message; under REQUIRE_OPENSIM=1 (CI) that is a failure, and CI
installs it (.ci/run)."""

from __future__ import annotations

import os
import re
import subprocess
import sys


def _run_without_opensim(repo_root, tmp_path, **env_overrides) -> subprocess.CompletedProcess:
    fake = tmp_path / "hide" / "opensim"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('opensim hidden by test_project_opensim_gate')\n")
    env = {k: v for k, v in os.environ.items() if k not in ("REQUIRE_OPENSIM", "PYTEST_ADDOPTS")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(fake.parent), env.get("PYTHONPATH")]))
    env.update(env_overrides)
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs",
           "tests/test_opensim_crosscheck.py", "-k", "fresh_opensim_run or committed_opensim_table"]
    return subprocess.run(cmd, cwd=repo_root, env=env, capture_output=True, text=True, timeout=300)


def test_without_opensim_the_crosscheck_skips_with_a_message(repo_root, tmp_path):
    proc = _run_without_opensim(repo_root, tmp_path)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "1 passed, 1 skipped" in proc.stdout  # the committed-table test needs no OpenSim and still runs
    assert "opensim is not importable" in proc.stdout and "pip install -e '.[validate]'" in proc.stdout


def test_under_require_opensim_a_skip_is_a_failure(repo_root, tmp_path):
    proc = _run_without_opensim(repo_root, tmp_path, REQUIRE_OPENSIM="1")
    assert proc.returncode == 1, proc.stdout[-3000:]
    assert "REQUIRE_OPENSIM=1 and opensim is not importable" in proc.stdout
    assert "skipped" not in proc.stdout.splitlines()[-1]


def test_ci_installs_the_validate_extra_and_requires_opensim(repo_root):
    lines = [ln.strip() for ln in (repo_root / ".ci" / "run").read_text().splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    install = [i for i, ln in enumerate(lines) if re.search(r"pip install .*-e '\.\[[a-z,]*validate[a-z,]*\]'", ln)]
    require = [i for i, ln in enumerate(lines) if ln == "export REQUIRE_OPENSIM=1"]
    test = [i for i, ln in enumerate(lines) if ln == "make test"]
    assert install and require and test, lines
    assert max(install[0], require[0]) < test[0], "install opensim and set REQUIRE_OPENSIM before `make test`"
    assert lines.index("make venv") < install[0], "the extra goes into make's .venv, after it exists"
