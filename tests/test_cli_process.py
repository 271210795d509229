"""The in-process CLI runner (tests/conftest.py) against the real ``bio2`` process.

Most CLI tests call ``bio2.cli.main.main`` in-process to save a Python start per call; these
tests prove that this is the same thing: the real process gives the same exit code, stdout
and stderr for a success, a usage error, a one-line input error, an import and a conflict of
input, and the runner leaves nothing behind (environment, folder, language, streams).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bio2.i18n import get_language
from tests.conftest import DEMO, ROOT, call_main, run_bio2
from tests.test_answerfile import GOOD


def both(*args: str, **options: object) -> tuple[subprocess.CompletedProcess[str], ...]:
    inside = run_bio2(*args, **options)  # type: ignore[arg-type]
    outside = run_bio2(*args, process=True, **options)  # type: ignore[arg-type]
    return inside, outside


@pytest.mark.parametrize("args", [
    ("--help",),
    ("--version",),
    ("--lang", "en", "catalog", "show", "5.17"),
    ("validate", str(DEMO)),
    ("score", "--bogus"),                      # argparse: exit 2, usage on stderr
    ("validate", "/nonexistent/answers.yaml"),  # one line, exit 2
    ("--lang", "en", "verify-history"),         # empty database
])
def test_the_process_and_the_runner_agree(args: tuple[str, ...], tmp_path: Path) -> None:
    inside, outside = both(*args, db=tmp_path / "bio2.sqlite")
    assert (inside.returncode, inside.stdout, inside.stderr) == (
        outside.returncode, outside.stdout, outside.stderr)


def test_import_and_a_refused_file_agree_and_change_the_same(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("likelihood: 4", "likelihood: 9"), encoding="utf-8")
    results = []
    for way in ("inside", "outside"):
        db = tmp_path / f"{way}.sqlite"
        run = run_bio2 if way == "inside" else lambda *a, **o: run_bio2(*a, process=True, **o)
        results.append([(r.returncode, r.stdout.replace(str(db), "DB"),
                         r.stderr.replace(str(db), "DB"))
                        for r in (run("import", str(good), db=db),
                                  run("import", str(bad), db=db),
                                  run("export", "gemeente-test", "2026", "-o", "-", db=db))])
    assert results[0] == results[1]
    assert [code for code, _, _ in results[0]] == [0, 2, 0]


def test_the_runner_restores_what_it_changes(tmp_path: Path) -> None:
    before = (dict(os.environ), os.getcwd(), get_language(), sys.stdout, sys.stderr, sys.stdin)
    result = call_main(["--lang", "en", "--user", "Someone Else", "catalog", "list"],
                       {**os.environ, "BIO2_DB": str(tmp_path / "x.sqlite")}, cwd=tmp_path)
    assert result.returncode == 0 and "measures" in result.stdout
    after = (dict(os.environ), os.getcwd(), get_language(), sys.stdout, sys.stderr, sys.stdin)
    assert after == before


def test_an_unexpected_exception_is_exit_1_with_its_traceback(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """As the interpreter does (``--debug`` re-raises what the CLI would put on one line)."""
    from bio2.cli.commands import catalog

    def broken(args: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(catalog, "run_list", broken)
    result = run_bio2("--debug", "catalog", "list")
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "RuntimeError: kapot" in result.stderr


def test_a_hanging_command_times_out_like_a_process(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A FIFO without a writer blocks ``open``; the runner's alarm ends the call as
    ``subprocess.run(timeout=...)`` would, instead of hanging the test run."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def hang(argv: list[str]) -> int:
        with open(fifo, encoding="utf-8") as handle:  # blocks: nobody writes
            return len(handle.read())

    monkeypatch.setattr("bio2.cli.main.main", hang)
    with pytest.raises(subprocess.TimeoutExpired):
        call_main([], dict(os.environ), timeout=0.3)


def test_the_console_script_is_the_same_main() -> None:
    """The installed ``bio2`` script (pyproject [project.scripts]) calls the same main."""
    script = Path(sys.executable).with_name("bio2")  # make installs it into .venv/bin
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("bio2 ")
