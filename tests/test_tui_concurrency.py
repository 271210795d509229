"""The TUI beside other processes (issue 10 §1-2): a real `bio2 import` and a second
session in subprocesses, the conflict screen, database faults and the actor prompt."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bio2.domain.answers import Answer
from bio2.store import Store
from bio2.tui.app import Bio2App, make_app
from bio2.tui.screens.actor import ActorScreen
from bio2.tui.screens.conflict import ConflictScreen
from bio2.tui.screens.start import StartScreen
from tests.conftest import ROOT, run_bio2, wait_until
from tests.test_tui import TODAY, goto, open_first, seeded, stored

ANSWER_FILE = """\
format: bio2-answers/1
catalog: bio2-1.2
organisation: {{id: gemeente-test, name: Gemeente Test, type: gemeente}}
assessment: {{period: "2026", source: self, assessor: Auditor Anna}}
answers:
  - item: "5.3"
    status: nee
    explanation: {explanation}
"""


def answer_file(tmp_path: Path, explanation: str) -> Path:
    path = tmp_path / "import.yaml"
    path.write_text(ANSWER_FILE.format(explanation=explanation), encoding="utf-8")
    return path


def drive(db: Path, steps: Any, size: tuple[int, int] = (120, 36)) -> None:
    app = make_app(db, today=TODAY, seed_demo=False)

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            try:
                await steps(pilot, app)
            finally:  # a failed step must not leave the app asking before it quits
                app._quit_anyway = True

    asyncio.run(main())


async def wait_for(pilot: Any, condition: Callable[[], bool], timeout: float = 15) -> None:
    """Let the app run until ``condition`` holds (no timing claims here: see make bench)."""
    await wait_until(pilot, condition, timeout)


def history(db: Path, item: str) -> list[dict[str, Any]]:
    with Store(db) as store:
        return store.history(store.assessments()[0].id, item)


def test_an_import_in_another_process_shows_in_the_tui_within_a_second(
        db_path: Path, tmp_path: Path) -> None:
    seeded(db_path)
    source = answer_file(tmp_path, "Bevinding van de audit")

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        await pilot.press("j")
        await pilot.pause()
        assert stored(db_path, "5.3").status == "ja"
        result = run_bio2("import", str(source), "--on-conflict", "theirs", db=db_path)
        assert result.returncode == 0, result.stderr
        await wait_for(pilot, lambda: screen.s.answers["5.3"].status == "nee")
        assert screen.form.values()["status"] == "nee"
        assert screen.form.values()["explanation"] == "Bevinding van de audit"
        assert "beantwoord 1/" in str(screen.query_one("#summary").render())
        # typing an owner now keeps the import's status and explanation (the bug)
        screen.form.query_one("#f-owner").focus()
        await pilot.press(*"Team IAM")
        await wait_for(pilot, lambda: screen.s.answers["5.3"].owner == "Team IAM")

    drive(db_path, steps)
    answer = stored(db_path, "5.3")
    assert answer is not None and answer.status == "nee" and answer.owner == "Team IAM"
    assert answer.explanation == "Bevinding van de audit"


def test_unsaved_typing_on_an_imported_item_opens_the_conflict_screen(
        db_path: Path, tmp_path: Path) -> None:
    """The issue's report: an import sets 5.3 to nee while the user types an owner."""
    seeded(db_path)
    source = answer_file(tmp_path, "Zie [bijlage 3] <b>&amp;")

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        await pilot.press("j")
        await pilot.pause()
        screen.form.query_one("#f-owner").focus()
        await pilot.press(*"Team IAM")  # inside the typing pause: not saved yet
        # the import runs while the TUI waits (blocking: the typing pause cannot end)
        result = run_bio2("import", str(source), "--on-conflict", "theirs", db=db_path)
        assert result.returncode == 0, result.stderr
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictScreen))
        conflict = app.screen
        assert isinstance(conflict, ConflictScreen)
        assert conflict.differ == ["status", "explanation", "owner"]
        assert conflict.mine["owner"] == "Team IAM" and conflict.theirs["status"] == "nee"
        assert "Tester" in conflict.who  # the import's person (BIO2_USER in the subprocess)
        assert stored(db_path, "5.3").status == "nee"  # nothing overwritten meanwhile
        # combine: status and explanation from the import, the owner of mine
        await pilot.press("space", "down", "space", "c")
        await pilot.pause()
        assert app.screen is screen
        assert screen.form.values()["owner"] == "Team IAM"

    drive(db_path, steps)
    answer = stored(db_path, "5.3")
    assert answer == Answer(item="5.3", status="nee", explanation="Zie [bijlage 3] <b>&amp;",
                            owner="Team IAM")
    rows = history(db_path, "5.3")
    assert [r["via"] for r in rows][-2:] == [
        {"import": str(source), "sha256": rows[-2]["via"]["sha256"],
         "assessor": "Auditor Anna"},
        {"conflict": "combined"}]


SECOND_SESSION = """
import json, sys
from bio2.usecases.editing import Session
from bio2.domain.answers import Answer
from bio2.usecases.opening import open_store

store = open_store({db!r})
session = Session(store, store.assessments()[0].id, actor="Bert")
print("ready", flush=True)
for line in sys.stdin:
    command = line.strip()
    if command == "5.7":
        session.set_answer(Answer(item="5.7", status="ja", owner="Bert"))
    elif command == "5.3":
        session.set_answer(Answer(item="5.3", status="deels", explanation="Bert"))
    elif command == "theirs":
        session.resolve(session.conflicts[0], session.conflicts[0].theirs, "theirs")
    print(json.dumps({{"conflicts": [[c.key, c.theirs.status if c.theirs else None]
                                     for c in session.conflicts],
                      "pending": len(session.pending)}}), flush=True)
"""


def test_two_sessions_in_two_processes_never_overwrite_each_other(db_path: Path,
                                                                  tmp_path: Path) -> None:
    seeded(db_path)
    script = tmp_path / "second.py"
    script.write_text(textwrap.dedent(SECOND_SESSION.format(db=str(db_path))))
    proc = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdin is not None and proc.stdout is not None

    def ask(command: str) -> dict[str, Any]:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(command + "\n")
        proc.stdin.flush()
        return dict(json.loads(proc.stdout.readline()))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        await goto(pilot, "5.7")
        # Bert answers 5.7 in the other process: this TUI shows it within a second
        assert ask("5.7") == {"conflicts": [], "pending": 0}
        await wait_for(pilot, lambda: screen.form.values()["owner"] == "Bert")
        assert screen.s.answers["5.7"].status == "ja"
        # this TUI answers 5.3; Bert, who read 5.3 before, is refused with a conflict
        await goto(pilot, "5.3")
        await pilot.press("j")
        await pilot.pause()
        assert ask("5.3") == {"conflicts": [["5.3", "ja"]], "pending": 0}
        assert stored(db_path, "5.3").status == "ja"
        # Bert takes this version: recorded, nothing changed
        assert ask("theirs") == {"conflicts": [], "pending": 0}

    try:
        drive(db_path, steps)
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
    rows = history(db_path, "5.3")
    assert [(r["actor"], r["via"]) for r in rows] == [
        ("Tester", None), ("Bert", {"conflict": "theirs"})]
    assert stored(db_path, "5.3").status == "ja"


def test_a_read_only_database_keeps_the_edit_says_why_and_asks_before_quitting(
        db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        app.store.db.conn.execute("PRAGMA query_only = ON")  # as if the file became read-only
        await pilot.press("j")
        await pilot.pause()
        assert screen.s.pending and screen.s.write_error is not None
        assert "alleen-lezen" in screen.s.write_error
        texts = [str(n.message) for n in app._notifications]
        assert any("Niet opgeslagen" in m and "alleen-lezen" in m for m in texts)
        assert not any("opgeslagen." in m and "Niet" not in m for m in texts)
        await pilot.press("escape", "escape")  # leaving the assessment is refused
        await pilot.pause()
        assert app.screen is screen
        app.exit()  # quitting asks first
        await pilot.pause()
        assert app.is_running and app.screen.id == "unsaved"
        await pilot.press("escape")  # stay; the database becomes writable again
        await pilot.pause()
        app.store.db.conn.execute("PRAGMA query_only = OFF")
        await wait_for(pilot, lambda: not screen.s.pending)  # the retry timer

    drive(db_path, steps)
    assert stored(db_path, "5.3").status == "ja"


def test_the_tui_asks_who_is_working_once_per_database(db_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BIO2_USER")
    seeded(db_path)  # its assessor is "Tester"

    async def first(pilot: Any, app: Bio2App) -> None:
        await wait_for(pilot, lambda: isinstance(app.screen, ActorScreen))
        assert app.screen.query_one("#actor-name").value == "Tester"
        app.screen.query_one("#actor-name").value = ""
        await pilot.press(*"Jeroen de Vries", "enter")
        await pilot.pause()
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        await pilot.press("j")
        await pilot.pause()
        assert screen.s.actor == "Jeroen de Vries"

    async def second(pilot: Any, app: Bio2App) -> None:
        start = app.screen
        assert isinstance(start, StartScreen)
        # the question comes after the first paint, before the start screen's data
        await wait_for(pilot, lambda: start.loaded)
        assert app.screen is start  # no question on top of it

    drive(db_path, first)
    drive(db_path, second)
    [row] = history(db_path, "5.3")
    assert row["actor"] == "Jeroen de Vries" and row["os_user"]


def test_the_history_screen_names_person_os_account_and_how_as_plain_text(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bio2.store.history import os_account
    from bio2.tui.screens.history import HistoryScreen

    monkeypatch.setenv("BIO2_USER", "[@click=app.quit]KLIK[/]")
    seeded(db_path)
    source = answer_file(tmp_path, "uit de audit")
    result = run_bio2("import", str(source), "--on-conflict", "theirs", db=db_path)
    assert result.returncode == 0, result.stderr

    async def steps(pilot: Any, app: Bio2App) -> None:
        await open_first(pilot, app)
        await goto(pilot, "5.3")
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        table = app.screen.query_one("#history")
        cells = [str(c) for c in table.get_row_at(0)]
        assert cells[1] == f"[@click=app.quit]KLIK[/] ({os_account()})"
        assert cells[2] == "antwoord · import import.yaml"
        assert app.is_running

    drive(db_path, steps)
