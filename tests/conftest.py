"""Shared fixtures, the in-process CLI runner and the test tiers.

Tiers (markers; ``make test-unit`` runs the first alone, in seconds): ``unit`` pure functions
and modules, ``pdf`` renders with the report package (ReportLab, seconds per report), ``cli``
runs the ``bio2`` command (in-process or as a process) or another process, ``tui`` drives
the Textual app. A test gets its tier from what its code reaches (see
:func:`tier_of`): no table to keep up to date when a test is added, and a test file may mix
tiers. An explicit ``@pytest.mark.unit/pdf/cli/tui`` wins.

The CLI runs in-process by default (:func:`run_bio2`, the ``run_cli`` fixture): the same
``bio2.cli.main.main`` the console script calls, with its own streams, environment, working
folder and language, restored afterwards. It runs as a real process only where the process
is the point: ``process=True`` (exit status after a kill, the console entry point). A
crash test injects its fault itself (test_cli.py wraps the store in a ``python -c`` process).
tests/test_cli_process.py checks that both ways give the same exit code and output.
"""

from __future__ import annotations

import gc
import io
import os
import shutil
import signal
import subprocess
import sys
import threading
import traceback
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bio2.i18n import get_language, set_language
from tests import pilot_wait

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DEMO = ROOT / "bio2" / "demo" / "gemeente-voorbeeld-2026.yaml"
AUDIT = DATA / "gemeente-voorbeeld-2026-audit.yaml"

# A test process keeps a large heap (pytest, hypothesis, catalogs, Textual) and each TUI test
# builds and drops an app of many small objects. CPython's default thresholds (700, 10, 10)
# ran ~3,300 young and ~24 full collections per worker over the TUI, forms and export tests:
# 4.6 s of the worker's ~40 s of CPU. Rarer collections, measured alternately on those files:
# 95 and 102 s of CPU -> 91 and 94 s. What the tests check does not depend on when cycles
# are freed; the app's own gc.freeze() (StartScreen) is not touched.
gc.set_threshold(20_000, 20, 20)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """A worker (pytest-xdist) ends without a last full collection. pytest's sweep for
    exceptions raised in finalizers (``gc.collect()`` when a run ends) walked the 1-2 million
    objects the rare collections above leave behind: 1-2 s per worker, and the run ended 3.9 s
    after its last test (1.0 s without). Frozen, what is left goes with the process; an
    exception in a finalizer during the tests is still reported as before."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        gc.freeze()


@pytest.fixture(autouse=True)
def _dutch() -> None:
    set_language("nl")


@pytest.fixture(autouse=True)
def _own_user_data(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-user data folder (the default database, the demo's) is private to the test:
    tests that run at the same time (pytest-xdist) never share it, nor the user's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    # the parse cache of shipped YAML (bio2.system.yamlcache): one per test session,
    # never the user's own
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


@pytest.fixture
def controls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of controls/ that the catalog loader reads instead (tests break it)."""
    from bio2.catalog import folder as catalog_folder
    from bio2.catalog import loading as catalog_module
    from bio2.system.paths import data_dir

    folder = tmp_path / "controls"
    shutil.copytree(data_dir("controls"), folder)
    monkeypatch.setattr(catalog_folder, "data_dir", lambda name: tmp_path / name)
    catalog_module.load_catalog.cache_clear()
    yield folder
    catalog_module.load_catalog.cache_clear()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bio2.sqlite"


# -- the bio2 command ---------------------------------------------------------------------
def run_bio2(*args: str, db: Path | None = None, input: str | None = None,
             env: dict[str, str] | None = None, cwd: Path | None = None,
             timeout: float = 60, process: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``bio2 ARGS`` as a user would; in-process unless ``process`` (see the module)."""
    environment = {**os.environ, "BIO2_LANG": "nl", "COLUMNS": "160", **(env or {})}
    if db is not None:
        environment["BIO2_DB"] = str(db)
        # The demo's own database sits beside it, never in the user's data dir.
        environment.setdefault("BIO2_DEMO_DB", str(db.with_name("demo.sqlite")))
    if process:
        return subprocess.run([sys.executable, "-m", "bio2.cli.main", *args],
                              capture_output=True, text=True, input=input, env=environment,
                              cwd=cwd or ROOT, timeout=timeout)
    return call_main(list(args), environment, input=input, cwd=cwd or ROOT, timeout=timeout)


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException, so the CLI's ``except Exception`` lets it by."""


def _stream(data: bytes = b"") -> io.TextIOWrapper:
    """A text stream with a ``.buffer`` and no terminal, as a pipe to a process has."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict",
                            newline=None, write_through=True)


def _read(stream: io.TextIOWrapper) -> str:
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    return raw.decode("utf-8", errors="replace").replace("\r\n", "\n")


def call_main(argv: list[str], environment: dict[str, str], *, input: str | None = None,
              cwd: Path = ROOT, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``bio2.cli.main.main(argv)`` with the streams, environment, folder and language of a
    fresh process, all restored afterwards. An uncaught exception gives exit 1 and its
    traceback on stderr, as the interpreter does; ``SystemExit`` its code (argparse).
    ``timeout`` raises :class:`subprocess.TimeoutExpired` like ``subprocess.run`` (an alarm
    in the main thread, which also interrupts a blocking read such as a FIFO's open)."""
    from bio2.cli.main import main

    saved_environ, saved_cwd, saved_language = dict(os.environ), os.getcwd(), get_language()
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    stdin, stdout, stderr = _stream((input or "").encode("utf-8")), _stream(), _stream()
    alarm = threading.current_thread() is threading.main_thread()

    def expire(signum: int, frame: types.FrameType | None) -> None:
        raise _Timeout

    previous: Any = signal.signal(signal.SIGALRM, expire) if alarm else None
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(cwd)
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
    try:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None
                                                                      else 1)
            if exit_.code is not None and not isinstance(exit_.code, int):
                print(exit_.code, file=sys.stderr)
        except _Timeout:
            raise subprocess.TimeoutExpired(["bio2", *argv], timeout) from None
        except Exception:
            traceback.print_exc()
            code = 1
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_environ)
        set_language(saved_language)
    return subprocess.CompletedProcess(["bio2", *argv], code, _read(stdout), _read(stderr))


@pytest.fixture
def run_cli() -> Callable[..., tuple[int, str, str]]:
    """``run_cli(args, db=..., input=..., env=..., cwd=...) -> (code, stdout, stderr)``:
    the bio2 command in-process, in Dutch unless ``--lang``/``BIO2_LANG`` say otherwise."""

    def run(args: list[str] | tuple[str, ...], **options: Any) -> tuple[int, str, str]:
        result = run_bio2(*args, **options)
        return result.returncode, result.stdout, result.stderr

    return run


@pytest.fixture(autouse=True)
def _known_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests work as a known person, so the TUI does not ask who is working (a test of
    that prompt removes it)."""
    monkeypatch.setenv("BIO2_USER", "Tester")


# -- waiting in the TUI -------------------------------------------------------------------
pilot_wait.install()


async def wait_until(pilot: Any, condition: Callable[[], object], timeout: float = 15,
                     what: str = "") -> None:
    """Let the app run until ``condition()`` holds, instead of a fixed pause for a timer
    (debounce, retry, search, a worker): fast when the machine is quiet, patient when it
    is not. Fails after ``timeout`` seconds; no timing claims here (those are in make
    bench). Between checks the app runs in the same event loop while this one sleeps: a
    ``pilot.pause()`` per check costs ~18 ms of CPU (it waits on every widget of the
    screen), ~0.4 s per second of waiting; one pause settles the app once it holds."""
    import asyncio
    import time

    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < timeout, f"not reached in {timeout} s: {what}"
        await asyncio.sleep(0.02)
    await pilot.pause()


# -- tiers ----------------------------------------------------------------------------------
TIERS = ("unit", "pdf", "cli", "tui")
#: Names whose use puts a test in a tier: driving the app, or running the command.
TUI_NAMES = frozenset({"run_test", "drive", "Pilot"})
CLI_NAMES = frozenset({"run_bio2", "run_cli", "call_main", "subprocess", "Popen"})
#: Using the report package (ReportLab) makes a test a ``pdf`` test: a rendered report
#: costs one to three seconds of CPU, too much for the fast tier.
PDF_MODULE = "bio2.report"


def _reached_names(code: types.CodeType, namespace: dict[str, Any],
                   seen: set[types.CodeType]) -> set[str]:
    """The global, attribute and imported names ``code`` uses, plus ``module:M`` for the
    module of each function or class it names, following functions of our tests (helpers,
    nested ``async def steps``, ``stress.run`` of a test module) as far as they go."""
    if code in seen:
        return set()
    seen.add(code)
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _reached_names(const, namespace, seen)
    found = set(names)
    for name in names:
        target = namespace.get(name)
        module = getattr(target, "__module__", None)
        if isinstance(module, str) and callable(target):
            found.add(f"module:{module}")
        if isinstance(target, types.ModuleType) and target.__name__.startswith("tests"):
            for attribute in names:
                inner = getattr(target, attribute, None)
                if isinstance(inner, types.FunctionType):
                    found |= _reached_names(inner.__code__, inner.__globals__, seen)
        if isinstance(target, types.FunctionType) and target.__module__.startswith("tests"):
            found |= _reached_names(target.__code__, target.__globals__, seen)
    return found


def tier_of(item: pytest.Function) -> str:
    """``tui`` when the test (or a helper or fixture of ours it uses) drives the app,
    ``cli`` when it runs the bio2 command or starts a process, ``pdf`` when it renders
    with the report package, otherwise ``unit``."""
    seen: set[types.CodeType] = set()
    functions = [item.function]
    for name in item.fixturenames:
        for definition in item._fixtureinfo.name2fixturedefs.get(name, ()):
            func = definition.func
            if getattr(func, "__module__", "").startswith("tests"):
                functions.append(func)
    names: set[str] = set()
    for func in functions:
        func = getattr(func, "__func__", func)
        code = getattr(func, "__code__", None)
        if code is not None:
            names |= _reached_names(code, func.__globals__, seen)
    if names & TUI_NAMES:
        return "tui"
    if names & CLI_NAMES or "run_cli" in item.fixturenames:
        return "cli"
    if any(n.startswith((PDF_MODULE, f"module:{PDF_MODULE}")) for n in names):
        return "pdf"
    return "unit"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if not isinstance(item, pytest.Function):
            continue
        if not any(item.get_closest_marker(tier) for tier in TIERS):
            item.add_marker(getattr(pytest.mark, tier_of(item)))


# -- what the workers of one run share -----------------------------------------------------
#: The folder all pytest-xdist workers of this run share (set per worker below); None when
#: the run has one process, which computes everything itself.
_SHARED: list[Path] = []


@pytest.fixture(scope="session", autouse=True)
def _shared_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A worker's temporary folder is ``.../pytest-N/popen-gwK``; their common parent
    belongs to this run alone, so what one worker computed there is what any other would."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = tmp_path_factory.getbasetemp().parent / "shared"
        folder.mkdir(exist_ok=True)
        _SHARED[:] = [folder]


def shared(name: str, compute: Callable[[], bytes]) -> bytes:
    """``compute()``, once per run rather than once per worker: the first worker to ask
    computes under a lock and writes the result whole (``os.replace``), the others wait and
    read it. A rendering of the demo costs ~1.6 s of CPU, reading a report's text back
    more; three workers each did both. ``name`` must say everything the result depends
    on besides the code and data of this run."""
    if not _SHARED:
        return compute()
    import fcntl

    path = _SHARED[0] / name
    with open(path.with_name(name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists():
            return path.read_bytes()
        result = compute()
        partial = path.with_name(name + ".partial")
        partial.write_bytes(result)
        os.replace(partial, path)
        return result


# -- reading PDFs back ----------------------------------------------------------------------
@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database with the demo and its audit view, imported once per run: read only
    (copy it to write). Every worker reads the same file (:func:`shared`): an import records
    when it happened, and those times reach the report (the history chain's head), so
    demos imported by two workers would not render the same bytes."""
    from tests.test_report import load

    folder = tmp_path_factory.mktemp("demo-report")

    def imported() -> bytes:
        load(folder / "imported.sqlite", DEMO, AUDIT)
        return (folder / "imported.sqlite").read_bytes()

    db = folder / "db.sqlite"
    db.write_bytes(shared("demo-report.sqlite", imported))
    return db


@pytest.fixture(scope="session")
def demo_data(demo_database: Path) -> Any:
    """The demo with its audit view (:func:`demo_database`): its ``AssessmentData``."""
    from bio2.usecases.opening import get_assessment, open_store

    with open_store(demo_database) as store:
        return get_assessment(store, "gemeente-voorbeeld", "2026")


@pytest.fixture(scope="session")
def demo_text(demo_data: Any) -> str:
    """What the demo's Dutch report (report date 2026-11-01) says, read from its model
    (tests/reporttext.py): a tenth of a second, where the PDF and its text cost seconds."""
    from tests.reporttext import report_text

    return report_text(demo_data, lang="nl")


@pytest.fixture(scope="session")
def demo_report(demo_data: Any) -> tuple[Any, bytes]:
    """The demo with its audit view rendered once per test process (Dutch, report date
    2026-11-01): ``(AssessmentData, pdf bytes)``. The tests of the paper itself (layout,
    fonts, outline, running header) in several modules read this one rendering instead of
    rendering it again each (2 s of CPU per rendering, more per text extraction: see
    :func:`read_pdf`). Read only."""
    from bio2.report import render_report
    from tests.reporttext import TODAY

    return demo_data, shared("demo-report-nl.pdf",
                             lambda: render_report(demo_data, today=TODAY, lang="nl"))


@pytest.fixture(scope="session")
def demo_report_en(demo_data: Any) -> bytes:
    """The same report in English (``lang`` handed to the renderer while the process
    speaks Dutch), rendered once per test process: the PDF bytes. Read only."""
    from bio2.report import render_report
    from tests.reporttext import TODAY

    return shared("demo-report-en.pdf",
                  lambda: render_report(demo_data, today=TODAY, lang="en"))


_PDF_READS: dict[str, Any] = {}


def read_pdf(pdf: bytes | Path) -> Any:
    """A ``pypdf.PdfReader`` of ``pdf`` whose pages extract their text once: the same
    rendering read by several tests (a module-scoped report) costs one extraction, not
    one per test and call (pypdf takes longer to extract a report than ReportLab to draw
    it). Readers are kept per SHA-256 of the bytes, so a different PDF is never served
    another's text; a call with extraction options is passed to pypdf as it is."""
    import hashlib

    from pypdf import PdfReader

    raw = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    key = hashlib.sha256(raw).hexdigest()
    reader = _PDF_READS.get(key)
    if reader is None:
        reader = PdfReader(io.BytesIO(raw))
        for number, page in enumerate(reader.pages):
            page.extract_text = _memo(page.extract_text, f"text-{key}-{number}.txt")
        if len(_PDF_READS) >= 16:  # bounded: a session renders many reports
            _PDF_READS.pop(next(iter(_PDF_READS)))
        _PDF_READS[key] = reader
    return reader


def _memo(extract: Callable[..., str], name: str) -> Callable[..., str]:
    """The page's text extracted once per run (:func:`shared`, named by the PDF's SHA-256
    and the page number)."""
    text: list[str] = []

    def extract_text(*args: Any, **kwargs: Any) -> str:
        if args or kwargs:
            return extract(*args, **kwargs)
        if not text:
            text.append(shared(name, lambda: extract().encode("utf-8", "surrogatepass")).decode(
                "utf-8", "surrogatepass"))
        return text[0]

    return extract_text
