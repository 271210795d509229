# The two commands of the quick start are `make run` and `make test`; both set up .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-unit test-pdf test-cli test-tui check bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/bio2 --demo

# All tiers in parallel (pytest-xdist, options in pyproject.toml). The fast tier alone runs
# in one process: starting workers would cost more than its tests.
test: $(STAMP)
	$(BIN)/python -m pytest

test-unit: $(STAMP)
	$(BIN)/python -m pytest -m unit -n 0

test-pdf: $(STAMP)
	$(BIN)/python -m pytest -m pdf

test-cli: $(STAMP)
	$(BIN)/python -m pytest -m cli

test-tui: $(STAMP)
	$(BIN)/python -m pytest -m tui

check: $(STAMP)
	$(BIN)/ruff check bio2 tests
	$(BIN)/mypy bio2
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf $(VENV) build dist
