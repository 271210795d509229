# The two commands of the quick start are `make run` and `make test`; both set up .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/bio2 --demo

test: $(STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/ruff check bio2 tests
	$(BIN)/mypy bio2
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf $(VENV) build dist
