"""pytest plugin that makes nbval strict but stable for hinge_model's notebooks.

Loaded for every pytest run in this repository through ``-p nbval_plugin`` in ``[tool.pytest.ini_options]``
(``pythonpath = ["tests"]`` makes it importable), so it applies whatever path the notebooks are collected
from: ``notebooks/``, a single notebook, or a temporary copy.

What it does, only when ``--nbval`` is given:

* stderr is never compared (warnings differ between machines and library versions). Errors are still
  caught: an exception in a cell fails the cell whatever its output.
* ``--nbval-sanitize-with`` defaults to ``tests/nbval_sanitize.cfg`` and ``--nbval-current-env`` defaults to
  on, so ``pytest --nbval notebooks/`` by hand behaves like ``make test``.

Everything else (stdout, text/plain, text/latex, text/html results) is compared exactly after sanitising.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SANITIZE_FILE = Path(__file__).with_name("nbval_sanitize.cfg")

#: Output keys nbval must not compare, on top of its own list (stream outputs are keyed by stream name).
EXTRA_SKIP_COMPARE = ("stderr",)


def pytest_configure(config: pytest.Config) -> None:
    if not getattr(config.option, "nbval", False):
        return
    if not config.option.nbval_sanitize_with and not getattr(config.option, "sanitize_with", None):
        config.option.nbval_sanitize_with = str(SANITIZE_FILE)
    if not config.option.nbval_kernel_name:
        config.option.nbval_current_env = True


def pytest_collectstart(collector: pytest.Collector) -> None:
    """Add stderr to the keys an nbval notebook collector skips (the hook nbval's documentation describes)."""
    skip = getattr(collector, "skip_compare", None)
    if skip is None or collector.path.suffix != ".ipynb":
        return
    collector.skip_compare = tuple(skip) + tuple(k for k in EXTRA_SKIP_COMPARE if k not in skip)
