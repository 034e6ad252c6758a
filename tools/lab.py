"""Start JupyterLab for `make lab` and install the project's JupyterLab settings (also used by postBuild).

    python tools/lab.py install-settings [--settings-dir DIR]
        Copy tools/jupyterlab-overrides.json (JupyterLab's news pop-up off, no update check) to
        <JupyterLab application dir>/settings/overrides.d/hinge_model.json, where JupyterLab reads default
        overrides for every user of this environment (.venv for `make lab`, the image's conda environment on
        Binder). A file of its own in overrides.d leaves any overrides.json of the environment untouched.

    python tools/lab.py start [JUPYTER LAB OPTIONS]
        Run `jupyter lab` in the current folder with its log in <environment>/jupyter-lab.log, wait until the
        server is up and print ONE line with its address (token included), then how to stop it: one Ctrl+C stops
        the server and its kernels (no "Shutdown this Jupyter server (y/[n])?" question). JupyterLab still opens
        the browser itself unless --no-browser is given.

Runs with the environment's own Python (the Makefile calls .venv/bin/python); imports only jupyter_core and
jupyterlab, which the runtime dependencies install.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OVERRIDES = HERE / "jupyterlab-overrides.json"
SETTINGS_NAME = "hinge_model.json"
STARTUP_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 30.0


def settings_dir() -> Path:
    """<JupyterLab application directory>/settings/overrides.d of the running environment."""
    from jupyterlab.commands import get_app_dir

    return Path(get_app_dir()) / "settings" / "overrides.d"


def install_settings(target: Path | None = None) -> Path:
    target = settings_dir() if target is None else Path(target)
    json.loads(OVERRIDES.read_text(encoding="utf-8"))  # refuse to install a broken file
    target.mkdir(parents=True, exist_ok=True)
    dest = target / SETTINGS_NAME
    shutil.copyfile(OVERRIDES, dest)
    return dest


def _server_info(pid: int) -> dict | None:
    from jupyter_core.paths import jupyter_runtime_dir

    path = Path(jupyter_runtime_dir()) / f"jpserver-{pid}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def lab_url(info: dict) -> str:
    """The address of JupyterLab from a server info file: http://localhost:8888/lab?token=..."""
    url = info["url"].rstrip("/") + "/lab"
    return f"{url}?token={info['token']}" if info.get("token") else url


def _tail(log: Path, n: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


def start(args: list[str]) -> int:
    log = Path(sys.prefix) / "jupyter-lab.log"
    jupyter_lab = Path(sys.executable).with_name("jupyter-lab")
    cmd = [str(jupyter_lab) if jupyter_lab.exists() else "jupyter-lab", "--ServerApp.answer_yes=True", *args]
    print("Starting JupyterLab ...", flush=True)
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT_S
            info = None
            while info is None:
                if proc.poll() is not None:
                    print(f"JupyterLab did not start (exit code {proc.returncode}). The end of {log}:\n{_tail(log)}")
                    return proc.returncode or 1
                if time.monotonic() > deadline:
                    print(f"JupyterLab did not start within {STARTUP_TIMEOUT_S:.0f} s; see {log}")
                    proc.terminate()
                    return 1
                time.sleep(0.3)
                info = _server_info(proc.pid)
            print(f"JupyterLab is running at {lab_url(info)}", flush=True)
            print(f"Stop it with Ctrl+C in this terminal (its log is in {log}).", flush=True)
            return proc.wait()
        except KeyboardInterrupt:  # Ctrl+C reached JupyterLab too (same process group): it shuts down
            try:
                proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=STOP_TIMEOUT_S)
            print("JupyterLab stopped.", flush=True)
            return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["install-settings"]:
        target = Path(argv[2]) if argv[1:2] == ["--settings-dir"] and len(argv) > 2 else None
        print(f"JupyterLab settings for hinge_model: {install_settings(target)}")
        return 0
    if argv[:1] == ["start"]:
        return start(argv[1:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
