# The two commands of the quick start are `make run` and `make test`; both set up .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-unit test-pdf test-cli test-tui test-a11y check bench clean

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

# Accessibility in a real browser (issue 15): axe-core (npm, pinned in tests/a11y/package.json
# and its lock) in Debian's headless Chromium, driven by Playwright for Python (extra `a11y`).
# Installs what is missing: the extra in .venv, axe-core with `npm ci`, chromium with apt-get
# (CI runs as root on a fresh machine). Never `playwright install`: the tests launch the
# system browser (A11Y_CHROMIUM). A browser that is missing or does not start fails the target.
A11Y := tests/a11y
AXE := $(A11Y)/node_modules/axe-core/axe.min.js
A11Y_STAMP := $(VENV)/.installed-a11y
A11Y_CHROMIUM ?= /usr/bin/chromium

$(A11Y_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,dev,a11y]'
	touch $(A11Y_STAMP)

$(AXE): $(A11Y)/package.json $(A11Y)/package-lock.json
	cd $(A11Y) && npm ci --no-audit --no-fund
	touch $(AXE)

test-a11y: $(A11Y_STAMP) $(AXE)
	test -x /usr/bin/chromium || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }
	A11Y_CHROMIUM=$(A11Y_CHROMIUM) $(BIN)/python -m pytest $(A11Y) -n 0 -p no:hypothesispytest

bench: $(STAMP)
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf $(VENV) build dist
