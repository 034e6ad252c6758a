"""Every ``>>>`` example in the package's docstrings runs and prints what the docstring says."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import hinge_model

MODULES = sorted(m.name for m in pkgutil.walk_packages(hinge_model.__path__, "hinge_model."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_the_examples_are_found() -> None:
    """Guard against the test above passing vacuously: the NIOSH module's examples are collected and run."""
    module = importlib.import_module("hinge_model.niosh")
    finder = doctest.DocTestFinder()
    examples = sum(len(t.examples) for t in finder.find(module))
    assert examples >= 2
    assert doctest.testmod(module).attempted >= 2
