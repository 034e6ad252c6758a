# hinge_model: the two commands students and instructors need are `make lab` and `make test`.
# Both create .venv with `python3 -m venv` when it is missing and `pip install -e '.[test]'` into it; the
# install is redone only when pyproject.toml changes (stamp file), so later runs start at once.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.hinge_model-installed
NBVAL  := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.DEFAULT_GOAL := help
.PHONY: help lab test lint unit notebooks bench gallery venv clean

help:
	@echo "make lab    start JupyterLab in notebooks/ (creates .venv on first use)"
	@echo "make test   ruff, the tests in tests/, and nbval on every notebook"
	@echo "make bench  run every bench/bench_*.py and print one table"
	@echo "make gallery  render every plot (normal and presenter style) to PNG in gallery/ for review"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar off -e '.[test]'
	@touch $@

venv: $(STAMP)

# jupyter refuses to run as root without --allow-root (containers, CI machines); added only for root
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: $(STAMP)
	cd notebooks && ../$(BIN)/jupyter lab $(ALLOW_ROOT)

test: lint unit notebooks

lint: $(STAMP)
	$(BIN)/ruff check .

unit: $(STAMP)
	$(BIN)/pytest tests

notebooks: $(STAMP)
	$(BIN)/pytest $(NBVAL) notebooks/

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

gallery: $(STAMP)
	$(BIN)/python bench/gallery.py gallery

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache tests/browser/screenshots bench/out gallery
