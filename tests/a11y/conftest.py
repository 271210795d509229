"""One headless Chromium for the whole accessibility suite (``make test-a11y``).

The browser is Debian's ``chromium`` (path in ``A11Y_CHROMIUM``, default
/usr/bin/chromium), launched by Playwright for Python; Playwright's own browser download
is never used. Nothing here skips: a missing browser, Playwright or axe-core is an error,
and a skip from anywhere is turned into a failure at the end, so the target can never pass
without having looked at the pages.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.a11y.axe import AXE_JS

if TYPE_CHECKING:
    from tests.a11y.pages import Page

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> Path:
    return Path(os.environ.get("A11Y_CHROMIUM", "/usr/bin/chromium"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright  # the a11y extra; missing = error

    executable = chromium_path()
    if not (executable.is_file() and os.access(executable, os.X_OK)):
        pytest.fail(f"no browser at {executable} (make test-a11y installs Debian's "
                    "chromium; A11Y_CHROMIUM names another)", pytrace=False)
    if not AXE_JS.is_file():
        pytest.fail(f"axe-core missing: {AXE_JS} (make test-a11y runs npm ci)", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(executable),
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def tab(browser: Any) -> Iterator[Any]:
    """One tab for every check; each test sets viewport and media itself."""
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Page]:
    from tests.a11y.pages import write_pages  # bio2 itself: only where pages are made

    return {page.name: page for page in write_pages(tmp_path_factory.mktemp("pages"))}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A skipped check is a check not done: the run fails (exit 1) when anything skipped."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if reporter:
            reporter.write_line(f"make test-a11y: {skipped} check(s) skipped: failing", red=True)
