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
