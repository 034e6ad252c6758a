# hinge_model: the two commands students and instructors need are `make lab` and `make test`.
# Both create .venv with `python3 -m venv` when it is missing. `make lab` installs the package with its RUNTIME
# dependencies (`pip install -e .`); `make test` (and `make venv`) add the `test` extra (`pip install -e '.[test]'`:
# pytest, playwright, ...). Each install has its own stamp file and is redone only when pyproject.toml changes, so
# `make test` after `make lab` installs the test tools, and later runs start at once.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.hinge_model-runtime-installed
TEST_STAMP    := $(VENV)/.hinge_model-test-installed
# JupyterLab reads default settings overrides from <app dir>/settings/overrides.d (tools/lab.py install-settings)
LAB_SETTINGS  := $(VENV)/share/jupyter/lab/settings/overrides.d/hinge_model.json
PIP    := $(BIN)/python -m pip install --disable-pip-version-check --progress-bar off --quiet
NBVAL  := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.DEFAULT_GOAL := help
.PHONY: help lab test lint unit notebooks bench gallery answer-key app handouts venv clean

help:
	@echo "make lab    start JupyterLab in notebooks/ (creates .venv on first use)"
	@echo "make test   ruff, the tests in tests/, and nbval on every notebook"
	@echo "make bench  run every bench/bench_*.py and print one table"
	@echo "make gallery  render every plot (normal and presenter style) to PNG in gallery/ for review"
	@echo "make app    serve the no-code instructor app (app/lift_lab.ipynb) with Voila"
	@echo "make handouts  print one student PDF per notebook (no solutions) to handouts/ with headless chromium"
	@echo "make answer-key  regenerate docs/answer_key.md from hinge_model.exercises"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUNTIME_STAMP): pyproject.toml | $(BIN)/python
	@echo "Installing hinge_model and its dependencies into $(VENV) (only when pyproject.toml changes) ..."
	$(PIP) -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	@echo "Installing hinge_model with its test tools into $(VENV) (only when pyproject.toml changes) ..."
	$(PIP) -e '.[test]'
	@touch $@ $(RUNTIME_STAMP)

$(LAB_SETTINGS): tools/jupyterlab-overrides.json tools/lab.py | $(RUNTIME_STAMP)
	@$(BIN)/python tools/lab.py install-settings

venv: $(TEST_STAMP)

# jupyter refuses to run as root without --allow-root (containers, CI machines); added only for root
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)
# more `jupyter lab` options, e.g. `make lab LAB_ARGS=--no-browser`
LAB_ARGS ?=

lab: $(RUNTIME_STAMP) $(LAB_SETTINGS)
	@cd notebooks && ../$(BIN)/python ../tools/lab.py start $(ALLOW_ROOT) $(LAB_ARGS)

test: lint unit notebooks

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

unit: $(TEST_STAMP)
	$(BIN)/pytest tests

notebooks: $(TEST_STAMP)
	$(BIN)/pytest $(NBVAL) notebooks/

bench: $(RUNTIME_STAMP)
	$(BIN)/python bench/run_all.py

gallery: $(RUNTIME_STAMP)
	$(BIN)/python bench/gallery.py gallery

answer-key: $(RUNTIME_STAMP)
	$(BIN)/python -m hinge_model.exercises --answer-key docs/answer_key.md

# more `voila` options, e.g. `make app APP_ARGS="--no-browser --port=8866"`
APP_ARGS ?=

app: $(RUNTIME_STAMP)
	$(BIN)/voila app/lift_lab.ipynb --theme=light $(APP_ARGS)

handouts: $(TEST_STAMP)
	$(BIN)/python tools/handouts.py handouts

clean:
	rm -rf handouts build dist *.egg-info .pytest_cache .ruff_cache tests/browser/screenshots bench/out gallery
