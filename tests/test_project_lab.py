"""``make lab``'s server really starts: ``jupyter lab --no-browser`` answers HTTP 200 on /lab, with the widget
and ipympl front-end extensions registered (without them every figure would show as ``Canvas(...)`` text)."""

from __future__ import annotations

import json
import re

from lab_server import JupyterLab

REQUIRED_EXTENSIONS = {"@jupyter-widgets/jupyterlab-manager", "jupyter-matplotlib"}


def test_jupyter_lab_serves_lab_page(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    with JupyterLab(root, tmp_path / "state") as lab:
        status, body = lab.get("/lab")
        assert status == 200, body[:500]
        assert "JupyterLab" in body

        config = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', body, re.S)
        assert config, "no page config in /lab"
        extensions = {ext["name"] for ext in json.loads(config.group(1)).get("federated_extensions", [])}
        missing = REQUIRED_EXTENSIONS - extensions
        assert not missing, f"JupyterLab front-end extensions missing: {missing} (found {sorted(extensions)})"

        status, _ = lab.get("/api/kernelspecs")
        assert status == 200
        proc = lab.proc
    assert proc.poll() is not None, "jupyter lab still running after stop()"


# -- make lab: runtime install only, one URL line, Ctrl+C stops it, no news pop-up -------------------------------
import importlib.util  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from lab_server import free_port  # noqa: E402

URL_LINE = re.compile(r"^JupyterLab is running at (http://\S+/lab\?token=[0-9a-f]+)$")
NEWS_PLUGIN = "@jupyterlab/apputils-extension:notification"


def _lab_tools(repo_root: Path):
    spec = importlib.util.spec_from_file_location("lab_tools", repo_root / "tools" / "lab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lab_settings_turn_the_news_off_with_keys_jupyterlab_knows(repo_root, tmp_path):
    overrides = json.loads((repo_root / "tools" / "jupyterlab-overrides.json").read_text())
    assert overrides[NEWS_PLUGIN]["fetchNews"] == "false"
    # the keys and values exist in the installed JupyterLab's own schema of that plugin
    schema_path = Path(sys.prefix, "share", "jupyter", "lab", "schemas", *NEWS_PLUGIN.split(":")[0].split("/"),
                       NEWS_PLUGIN.split(":")[1] + ".json")
    schema = json.loads(schema_path.read_text())
    for key, value in overrides[NEWS_PLUGIN].items():
        prop = schema["properties"][key]
        allowed = [c["const"] for c in prop["oneOf"]] if "oneOf" in prop else None
        assert allowed is None or value in allowed, (key, value, allowed)
    dest = _lab_tools(repo_root).install_settings(tmp_path / "overrides.d")
    assert json.loads(dest.read_text()) == overrides and dest.name == "hinge_model.json"


def test_lab_url_from_server_info(repo_root):
    tools = _lab_tools(repo_root)
    assert tools.lab_url({"url": "http://localhost:8888/", "token": "ab12"}) == "http://localhost:8888/lab?token=ab12"
    assert tools.lab_url({"url": "http://localhost:8888/base/", "token": ""}) == "http://localhost:8888/base/lab"


def test_postbuild_installs_the_same_lab_settings(repo_root):
    text = (repo_root / "postBuild").read_text()
    assert "python tools/lab.py install-settings" in text
    assert "$(BIN)/python tools/lab.py install-settings" in (repo_root / "Makefile").read_text()


def _fresh_copy(repo_root: Path, dest: Path) -> Path:
    """The repository's tracked files as they are in the working tree (what a clone of this commit would have)."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=repo_root, capture_output=True, check=True).stdout
    for rel in filter(None, files.decode().split("\0")):
        src = repo_root / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


@pytest.mark.skipif(shutil.which("make") is None or shutil.which("git") is None, reason="needs make and git")
def test_make_lab_from_a_fresh_clone(repo_root, tmp_path):
    """`make lab` in a fresh copy: installs no test tools, prints the address on one line, stops on Ctrl+C.

    The machine's pip cache is reused and pip does not byte-compile (PIP_NO_COMPILE): about 1.5 min on an idle
    2-core machine, most of it `pip install -e .` of the runtime dependencies.
    """
    clone = _fresh_copy(repo_root, tmp_path / "clone")
    state = tmp_path / "jupyter"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "VIRTUAL_ENV", "PYTHON"))}
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_SETTINGS_DIR",
                 "JUPYTERLAB_WORKSPACES_DIR"):
        env[name] = str(state / name.lower())
    env.update(PIP_NO_COMPILE="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    base_python = getattr(sys, "_base_executable", sys.executable)
    cmd = ["make", "lab", f"PYTHON={base_python}", f"LAB_ARGS=--no-browser --port={free_port()}"]
    proc = subprocess.Popen(cmd, cwd=clone, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(line.rstrip("\n") for line in proc.stdout), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 300  # ~1.5 min on an idle 2-core machine; pip install dominates
        url = None
        while url is None and time.monotonic() < deadline and (proc.poll() is None or reader.is_alive()):
            url = next((m.group(1) for m in map(URL_LINE.match, list(lines)) if m), None)
            time.sleep(0.2)
        assert url, "no 'JupyterLab is running at <url>' line:\n" + "\n".join(lines[-40:])
        with urllib.request.urlopen(url, timeout=20) as resp:  # the token in the printed address works
            assert resp.status == 200 and "JupyterLab" in resp.read().decode("utf-8", "replace")
        base, token = url.split("/lab?token=")
        with urllib.request.urlopen(f"{base}/lab/api/settings/{NEWS_PLUGIN}?token={token}", timeout=20) as resp:
            schema = json.load(resp)["schema"]
        assert schema["properties"]["fetchNews"]["default"] == "false", "the news pop-up is not switched off"
        venv_python = clone / ".venv" / "bin" / "python"
        probe = subprocess.run([str(venv_python), "-c", "import importlib.util as u; "
                                "print([m for m in ('pytest', 'playwright', 'nbval', 'hypothesis', 'ruff') "
                                "if u.find_spec(m)])"], capture_output=True, text=True, env=env, check=True)
        assert probe.stdout.strip() == "[]", f"make lab installed test tools: {probe.stdout}"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)  # what Ctrl+C in the terminal does
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        reader.join(timeout=10)
    output = "\n".join(lines)
    assert sum("http://" in line or "https://" in line for line in lines) == 1, output
    assert any("Ctrl+C" in line for line in lines), output
    assert "JupyterLab stopped." in output, output
    # `make test` after `make lab` would install the test extra; `make lab` again would install nothing
    dry = subprocess.run(["make", "-n", "lint", f"PYTHON={base_python}"], cwd=clone, env=env, capture_output=True,
                         text=True, check=True).stdout
    assert "-e '.[test]'" in dry
    dry = subprocess.run(["make", "-n", "lab", f"PYTHON={base_python}"], cwd=clone, env=env, capture_output=True,
                         text=True, check=True).stdout
    assert "pip" not in dry, dry
