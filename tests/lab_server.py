"""Start and stop a real ``jupyter lab`` server for tests (used by test_project_lab.py and tests/browser/).

The server runs from this environment's ``jupyter``, on a free 127.0.0.1 port, with a random token and with
every Jupyter config/data/runtime/settings directory redirected to a temporary folder, so a user's own
configuration can neither break nor leak into the tests.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

#: JupyterLab user settings that keep the page quiet and deterministic for tests and screenshots.
TEST_SETTINGS = {
    # no "Would you like to receive official Jupyter news?" toast over the notebook
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                         "checkForUpdates": False},
    # render every cell (no virtual scrolling), so all prompts and outputs are in the DOM
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jupyter_executable() -> str:
    """The ``jupyter`` next to the running Python (the project's venv), else the one on PATH."""
    here = Path(sys.executable).with_name("jupyter")
    return str(here) if here.exists() else (shutil.which("jupyter") or "jupyter")


class JupyterLab:
    """A ``jupyter lab --no-browser`` process serving ``root_dir``; use as a context manager."""

    def __init__(self, root_dir: Path, state_dir: Path, settings: dict | None = None, startup_timeout: float = 60,
                 extra_args: tuple[str, ...] = ()):
        self.root_dir = Path(root_dir)
        self.state_dir = Path(state_dir)
        self.settings = TEST_SETTINGS if settings is None else settings
        self.startup_timeout = startup_timeout
        self.extra_args = tuple(extra_args)
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.log_path = self.state_dir / "jupyter-lab.log"

    # -- lifecycle ---------------------------------------------------------------------------------------
    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR",
                     "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR"):
            sub = self.state_dir / name.lower()
            sub.mkdir(parents=True, exist_ok=True)
            env[name] = str(sub)
        env.pop("MPLBACKEND", None)  # let ipykernel choose (inline), as for a student
        env.pop("JUPYTER_PATH", None)
        env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
        return env

    def _write_settings(self, settings_dir: Path) -> None:
        for rel, values in self.settings.items():
            path = settings_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values))

    def start(self) -> JupyterLab:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        env = self._env()
        self._write_settings(Path(env["JUPYTERLAB_SETTINGS_DIR"]))
        cmd = [
            jupyter_executable(), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={self.port}",
            "--ServerApp.port_retries=0", *self.extra_args, f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root_dir}", "--allow-root",
        ]
        self._log = open(self.log_path, "wb")  # closed in stop()
        self.proc = subprocess.Popen(cmd, cwd=self.root_dir, env=env, stdout=self._log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                status, _ = self.get("/api/status")
                if status == 200:
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        self.stop()
        raise TimeoutError(f"jupyter lab did not answer within {self.startup_timeout} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:  # kernels run in their own sessions: ask the server to stop them first
                self.shutdown_all_kernels()
            except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError):
                pass
            # the server's own process group: the server and the kernels it started
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        if getattr(self, "_log", None) is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> JupyterLab:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- HTTP helpers --------------------------------------------------------------------------------------
    def url(self, path: str, **query: str) -> str:
        sep = "&" if "?" in path else "?"
        extra = "".join(f"&{k}={v}" for k, v in query.items())
        return f"{self.base_url}{path}{sep}token={self.token}{extra}"

    def get(self, path: str, timeout: float = 10) -> tuple[int, str]:
        return self.request("GET", path, timeout=timeout)

    def request(self, method: str, path: str, timeout: float = 10) -> tuple[int, str]:
        req = urllib.request.Request(self.url(path), method=method)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.status, resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode("utf-8", "replace")

    def wait_for_kernel(self, path: str, timeout: float = 60) -> None:
        """Wait until the server has a session for notebook ``path`` whose kernel is idle."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status, body = self.get("/api/sessions")
            if status == 200:
                for session in json.loads(body):
                    kernel = session.get("kernel") or {}
                    if session.get("path") == path and kernel.get("execution_state") == "idle":
                        return
            time.sleep(0.2)
        raise TimeoutError(f"no idle kernel for {path} after {timeout} s:\n{self.log_tail()}")

    def shutdown_all_kernels(self) -> None:
        status, body = self.get("/api/sessions")
        if status == 200:
            for session in json.loads(body):
                self.request("DELETE", f"/api/sessions/{session['id']}")
        status, body = self.get("/api/kernels")
        if status == 200:
            for kernel in json.loads(body):
                self.request("DELETE", f"/api/kernels/{kernel['id']}")

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"
