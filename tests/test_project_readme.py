"""README.md stays true: the commands it names exist, and it lists every notebook and every data file."""

from __future__ import annotations

import re


def test_readme_lists_every_notebook_and_only_existing_ones(repo_root):
    readme = (repo_root / "README.md").read_text()
    on_disk = {p.name for p in (repo_root / "notebooks").glob("*.ipynb")}
    named = set(re.findall(r"\b(\d\d_[a-z0-9_]+\.ipynb)\b", readme))
    assert on_disk - named == set(), f"add to README's notebook list: {sorted(on_disk - named)}"
    assert named - on_disk == set(), f"README names notebooks that do not exist: {sorted(named - on_disk)}"


def test_readme_make_commands_are_makefile_targets(repo_root):
    readme = (repo_root / "README.md").read_text()
    makefile = (repo_root / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][a-z_-]*):", makefile, re.M))
    for command in set(re.findall(r"`make ([a-z_-]+)`", readme)) | {"lab", "test"}:
        assert command in targets, f"README mentions `make {command}` but the Makefile has no such target"
    assert "```\nmake lab\nmake test\n```" in readme, "the set-up is exactly the two commands"


def test_readme_nbval_command_is_the_makefile_one(repo_root):
    readme = (repo_root / "README.md").read_text()
    makefile = (repo_root / "Makefile").read_text()
    nbval = "--nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg"
    assert nbval in makefile and nbval in readme


def test_readme_names_every_data_file(repo_root):
    readme = (repo_root / "README.md").read_text()
    for path in sorted((repo_root / "data").glob("*.csv")):
        assert f"data/{path.name}" in readme, f"README's data section does not mention data/{path.name}"
