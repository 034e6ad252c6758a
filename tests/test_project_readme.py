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


def test_readme_says_what_make_lab_installs_prints_and_how_to_stop_it(repo_root):
    readme = (repo_root / "README.md").read_text()
    makefile = (repo_root / "Makefile").read_text()
    launcher = (repo_root / "tools" / "lab.py").read_text()
    setup = readme[readme.index("## Set-up"):readme.index("## The notebooks")]
    # what it installs: the runtime set for `make lab`, the test extra only for `make test`
    assert "`pip install -e .`" in setup and "`pip install -e '.[test]'`" in setup
    lab_recipe = re.search(r"^lab: (.*)$", makefile, re.M).group(1)
    assert "RUNTIME_STAMP" in lab_recipe and "TEST_STAMP" not in lab_recipe
    runtime = re.search(r"^\$\(RUNTIME_STAMP\):.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "-e ." in runtime and "[test]" not in runtime
    # the address line it prints, quoted as the launcher prints it
    quoted = re.search(r"^(JupyterLab is running at) http://localhost:\d+/lab\?token=", setup, re.M)
    assert quoted and f'f"{quoted.group(1)} {{lab_url(info)}}"' in launcher
    # how to stop it, and that the news pop-up is off
    assert "Ctrl+C" in setup and "Ctrl+C" in launcher
    assert "news" in setup


def test_readme_links_exist(repo_root):
    readme = (repo_root / "README.md").read_text()
    for target in re.findall(r"\]\(((?!https?:)[^)#]+)\)", readme):
        assert (repo_root / target).exists(), f"README links to {target}, which does not exist"
