# Two entry points from a fresh clone (only python3 and make needed):
#   make run    set up .venv and open the bundled briefing
#   make test   set up .venv and run the whole test suite (lint + unit + TUI tests)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test

.PHONY: setup run test lint bench golden snapshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,html,pdf]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/briefing

lint: $(STAMP)
	$(BIN)/ruff format --check briefing tests bench
	$(BIN)/ruff check briefing tests bench
	$(BIN)/mypy briefing

test: lint
	$(BIN)/python -m pytest -q -n auto

$(VENV)/.installed-bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,html,pdf,bench]'
	touch $@

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/sentences.py
	$(BIN)/python bench/keypoints.py
	$(BIN)/python bench/actors.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/export_corpora.py
	$(BIN)/python bench/state_anchors.py
	$(BIN)/python bench/tui.py
	$(BIN)/python bench/htmlbench.py
	$(BIN)/python bench/pdf.py
	$(BIN)/python bench/mailbench.py

golden: $(STAMP)
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_export.py

snapshots: $(STAMP)
	$(BIN)/python -m pytest -q tests/tui/test_snapshots.py --snapshot-update

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
