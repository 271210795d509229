# The two commands of the quick start are `make run` and `make test`; both set up .venv.
# The interpreter of .venv: the system's own python3 when it is 3.11 or newer and can make a
# venv, else the first python3 on PATH. Debian and Ubuntu build theirs with PGO and LTO and a
# static libpython; an interpreter built without --enable-optimizations (pyenv's default, the
# first python3 on this machine's PATH) runs our code slower. Measured here, alternately:
# the TUI, report, export and Cbw test files took 116-122 s of CPU under Debian's 3.11.2
# against 144-163 s under pyenv's 3.11.7, a 10M-addition loop 1.2-1.9 s against 2.8-2.9 s.
PYTHON ?= $(or $(shell for p in /usr/bin/python3 python3; do \
	$$p -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done),python3)
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
# Bytecode caches are written while testing even where the shell says not to
# (PYTHONDONTWRITEBYTECODE, as this machine's does): without them every worker and every
# process a test starts compiles bio2 and pytest rewrites every test module again (collecting
# the suite took 9 s of CPU without them, 3 s with them). bio2 is compiled once up front, so
# the three workers that start together do not each compile it.
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest

test: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m compileall -q -j 0 bio2
	$(PYTEST)

test-unit: $(STAMP)
	$(PYTEST) -m unit -n 0

test-pdf: $(STAMP)
	$(PYTEST) -m pdf

test-cli: $(STAMP)
	$(PYTEST) -m cli

test-tui: $(STAMP)
	$(PYTEST) -m tui

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
