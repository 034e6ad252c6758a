"""A non-editable ``pip install .`` ships every module of the package and every data file in data/.

The project is installed from a copy of its sources into a fresh venv, exactly as ``pip install .`` does
(build isolation included); only its dependencies are borrowed from this environment, through a .pth file,
so the test is fast and needs no download of numpy & co. The editable install of the working tree is not
visible in that venv (a .pth path entry does not run the editable finder), so a passing import proves the
wheel's contents, not the source folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

#: Files of data/ that are documentation or code, not data the package reads.
NOT_DATA = {".py", ".pyc", ".md"}

CHECK = r"""
import json, pathlib
from importlib.resources import files
import hinge_model
names = sorted(p.name for p in files("hinge_model.data").iterdir() if p.is_file())
sizes = {n: len(files("hinge_model.data").joinpath(n).read_bytes()) for n in names}
pkg = pathlib.Path(hinge_model.__file__).parent
modules = sorted(str(p.relative_to(pkg)) for p in pkg.rglob("*.py"))
print(json.dumps({"module": hinge_model.__file__, "data": sizes, "modules": modules}))
"""


def _source_copy(repo_root: Path, dest: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".ipynb_checkpoints")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(repo_root / name, dest / name)
    for name in ("hinge_model", "data"):
        shutil.copytree(repo_root / name, dest / name, ignore=ignore)
    return dest


@pytest.fixture(scope="module")
def installed_venv(repo_root, tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("install")
    src = _source_copy(repo_root, tmp / "src")
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(subprocess.check_output(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    # dependencies (and pip itself) from this environment, as plain path entries
    (site / "_deps_from_test_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    proc = subprocess.run([py, "-m", "pip", "install", "--no-deps", "--no-input", "--disable-pip-version-check",
                           "--quiet", str(src)], cwd=tmp, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"pip install . failed:\n{proc.stdout}\n{proc.stderr}"
    return env_dir


def test_non_editable_install_imports_and_finds_every_data_file(repo_root, installed_venv):
    py = installed_venv / "bin" / "python"
    proc = subprocess.run([py, "-I", "-c", CHECK], cwd=installed_venv, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout.strip().splitlines()[-1])

    module = Path(found["module"]).resolve()
    assert installed_venv.resolve() in module.parents, f"hinge_model imported from {module}, not from the venv"
    expected = sorted(p.name for p in (repo_root / "data").iterdir()
                      if p.is_file() and p.suffix not in NOT_DATA)
    assert expected, "data/ holds no data files?"
    missing = sorted(set(expected) - set(found["data"]))
    assert not missing, f"not installed with the package (see [tool.setuptools.package-data]): {missing}"
    empty = [n for n in expected if found["data"][n] == 0]
    assert not empty, f"installed but empty: {empty}"

    source = repo_root / "hinge_model"
    modules = sorted(str(p.relative_to(source)) for p in source.rglob("*.py") if "__pycache__" not in p.parts)
    missing = sorted(set(modules) - set(found["modules"]))
    assert not missing, f"not in the installed package (list sub-packages in [tool.setuptools] packages): {missing}"

