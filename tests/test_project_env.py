"""environment.yml (conda-forge, for Binder/JupyterHub) and pyproject.toml (pip) must list the same packages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

#: conda-forge package name -> PyPI name, where they differ.
CONDA_TO_PIP = {
    "matplotlib-base": "matplotlib",  # the conda-forge matplotlib without a Qt dependency
    "playwright-python": "playwright",
}
#: Entries of environment.yml that are the environment itself, not a dependency of pyproject.toml.
ENV_ONLY = {"python", "pip"}
#: pyproject.toml extras that environment.yml mirrors, and those it leaves out on purpose (with the reason, which
#: environment.yml's header must also give by naming the extra).
MIRRORED_EXTRAS = ("test",)
NOT_IN_ENVIRONMENT = {
    "validate": "the OpenSim cross-check: a CI/developer check, not on conda-forge; notebooks read its CSV",
}

_SPEC = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)$")


def normalise(name: str) -> str:
    """PEP 503 normalised package name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def split_spec(spec: str) -> tuple[str, str]:
    """'numpy>=1.26' -> ('numpy', '>=1.26'); a conda '=' pin is returned as written."""
    spec = spec.split(";")[0].split("#")[0].strip()
    match = _SPEC.match(spec)
    assert match, f"cannot parse requirement {spec!r}"
    name, rest = match.groups()
    return normalise(name.split("[")[0]), rest.replace(" ", "")


def read_environment_yml(path: Path) -> dict[str, list[str]]:
    """A tiny reader for the flat layout of environment.yml: {'conda': [specs], 'pip': [specs]}.

    No PyYAML needed; test_environment_yml_is_valid_yaml cross-checks it against PyYAML when installed.
    """
    out: dict[str, list[str]] = {"conda": [], "pip": []}
    section = None
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not line.startswith(" "):
            section = "conda" if line.strip() == "dependencies:" else None
            continue
        if section is None:
            continue
        item = line.strip()
        assert item.startswith("- "), f"unexpected line in dependencies: {raw!r}"
        item = item[2:].strip()
        indent = len(line) - len(line.lstrip())
        if item == "pip:":
            section = "pip"
            continue
        if section == "pip" and indent <= 2:
            section = "conda"
        out[section].append(item)
    return out


def pyproject_requirements(root: Path) -> dict[str, str]:
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    extras = project.get("optional-dependencies", {})
    specs = list(project["dependencies"]) + [s for name in MIRRORED_EXTRAS for s in extras.get(name, [])]
    return dict(split_spec(s) for s in specs)


def environment_requirements(root: Path) -> dict[str, str]:
    env = read_environment_yml(root / "environment.yml")
    reqs = {}
    for spec in env["conda"]:
        name, rest = split_spec(spec)
        name = CONDA_TO_PIP.get(name, name)
        if name not in ENV_ONLY:
            reqs[name] = rest
    for spec in env["pip"]:
        name, rest = split_spec(spec)
        reqs[name] = rest
    return reqs


def test_environment_yml_lists_the_same_packages_as_pyproject(repo_root):
    pip = pyproject_requirements(repo_root)
    conda = environment_requirements(repo_root)
    assert set(conda) == set(pip), (
        f"only in pyproject.toml: {sorted(set(pip) - set(conda))}; "
        f"only in environment.yml: {sorted(set(conda) - set(pip))} "
        f"(conda-forge names are mapped with {CONDA_TO_PIP})"
    )


def test_environment_yml_has_the_same_lower_bounds(repo_root):
    pip = pyproject_requirements(repo_root)
    conda = environment_requirements(repo_root)
    differ = {name: (pip[name], conda[name]) for name in pip if name in conda and pip[name] != conda[name]}
    assert not differ, f"version bounds differ (pyproject, environment.yml): {differ}"


def test_every_extra_is_mirrored_or_left_out_on_purpose(repo_root):
    extras = tomllib.loads((repo_root / "pyproject.toml").read_text())["project"].get("optional-dependencies", {})
    assert set(extras) == set(MIRRORED_EXTRAS) | set(NOT_IN_ENVIRONMENT), (
        f"classify the pyproject extras {sorted(set(extras) - set(MIRRORED_EXTRAS) - set(NOT_IN_ENVIRONMENT))}: "
        "mirror them in environment.yml (MIRRORED_EXTRAS) or say why not (NOT_IN_ENVIRONMENT)")
    text = (repo_root / "environment.yml").read_text()
    conda = environment_requirements(repo_root)
    for extra in NOT_IN_ENVIRONMENT:
        names = {split_spec(s)[0] for s in extras[extra]}
        assert not names & set(conda), f"{sorted(names & set(conda))} of extra {extra!r} are in environment.yml"
        assert f"`{extra}`" in text, f"environment.yml's header must say why the extra `{extra}` is left out"


def test_environment_yml_pins_conda_forge_python_and_pip(repo_root):
    text = (repo_root / "environment.yml").read_text()
    env = read_environment_yml(repo_root / "environment.yml")
    names = {split_spec(s)[0] for s in env["conda"]}
    assert {"python", "pip"} <= names
    assert re.search(r"^channels:\n\s+- conda-forge\n", text, re.MULTILINE)
    python = next(s for s in env["conda"] if split_spec(s)[0] == "python")
    requires = tomllib.loads((repo_root / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires == ">=3.11" and python == "python=3.11", "keep the Binder Python at the tested minimum"


def test_environment_yml_is_valid_yaml(repo_root):
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load((repo_root / "environment.yml").read_text())
    flat = [d for d in data["dependencies"] if isinstance(d, str)]
    nested = [d["pip"] for d in data["dependencies"] if isinstance(d, dict)]
    parsed = read_environment_yml(repo_root / "environment.yml")
    assert flat == parsed["conda"]
    assert (nested[0] if nested else []) == parsed["pip"]


def test_reader_handles_a_pip_section(tmp_path):
    env = tmp_path / "environment.yml"
    env.write_text("name: x\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - numpy>=1.26  # c\n"
                   "  - pip\n  - pip:\n      - some_pkg>=2\n  - scipy\n")
    assert read_environment_yml(env) == {"conda": ["python=3.11", "numpy>=1.26", "pip", "scipy"],
                                         "pip": ["some_pkg>=2"]}
    assert split_spec("Some_Pkg>=2") == ("some-pkg", ">=2")


def test_postbuild_installs_the_package_without_touching_dependencies(repo_root):
    post = repo_root / "postBuild"
    assert post.stat().st_mode & 0o111, "postBuild must be executable"
    lines = [ln for ln in post.read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    assert "python -m pip install --no-deps --no-cache-dir ." in lines
