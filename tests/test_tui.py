"""The TUI driven with Pilot on a temp database; assertions on state and the database."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bio2.domain.answers import Answer, Organisation
from bio2.store import Store
from bio2.tui.app import Bio2App, make_app
from bio2.tui.screens.assessment import AssessmentScreen
from bio2.tui.screens.start import StartScreen
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from tests.conftest import run_bio2, wait_until

TODAY = date(2026, 6, 1)
ROOT = Path(__file__).resolve().parent.parent


def seeded(db: Path) -> int:
    """A database with one organisation and an empty assessment; returns its id."""
    with open_store(db) as store:
        create_organisation(store, Organisation(id="gemeente-test", name="Gemeente Test",
                                                type="gemeente"))
        return start_assessment(store, "gemeente-test", "2026", "Tester")


def drive(db: Path, steps: Callable[[Any, Bio2App], Awaitable[None]], *, lang: str = "nl",
          size: tuple[int, int] = (120, 36), output_dir: Path | None = None) -> None:
    app = make_app(db, lang=lang, today=TODAY, output_dir=output_dir, seed_demo=False)

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await steps(pilot, app)

    asyncio.run(main())


async def open_first(pilot: Any, app: Bio2App) -> AssessmentScreen:
    assert isinstance(app.screen, StartScreen)
    await pilot.press("enter")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, AssessmentScreen)
    return screen


async def goto(pilot: Any, item: str) -> None:
    """Go to ``item`` as the ``g`` prompt does once it is answered (the screen's
    ``go_to_item``), without opening the prompt: typing into a dialog costs a test
    more CPU than the step it sets up. :func:`goto_typed` types into the prompt."""
    screen = pilot.app.screen
    assert isinstance(screen, AssessmentScreen), screen
    assert screen.go_to_item(item), f"no item {item}"
    await pilot.pause()


async def goto_typed(pilot: Any, item: str) -> None:
    """``g``, the number, enter: the jump prompt as the user types it."""
    await pilot.press("g", *item, "enter")
    await pilot.pause()


def stored(db: Path, item: str) -> Answer | None:
    with Store(db) as store:
        assessment = store.assessments()[0]
        return store.answer(assessment.id, item)


def test_create_organisation_and_assessment_from_the_start_screen(db_path: Path) -> None:
    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Gemeente Súdwest")
        await pilot.pause()
        await pilot.press("enter")  # create -> the new-assessment dialog opens
        await pilot.pause()
        await pilot.press("enter")  # start with the suggested period
        await pilot.pause()
        assert isinstance(app.screen, AssessmentScreen)
        assert app.screen.s.data.assessment.period == "2026"

    drive(db_path, steps)
    with Store(db_path) as store:
        org = store.organisation("gemeente-sudwest")
        assert org is not None and org["name"] == "Gemeente Súdwest" and org["type"] == "gemeente"
        (assessment,) = store.assessments("gemeente-sudwest")
        assert assessment.period == "2026" and assessment.catalog == "bio2-1.2"


def test_example_placeholders_say_they_are_examples(db_path: Path) -> None:
    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#org-id").placeholder == "e.g. gemeente-voorbeeld"

    drive(db_path, steps, lang="en")


def test_new_organisation_rejects_a_bad_id(db_path: Path) -> None:
    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("X", "enter")  # the suggested id "x" is too short
        await pilot.pause()
        error = str(app.screen.query_one("#org-error").render())
        assert "2 tot 64" in error

    drive(db_path, steps)
    with Store(db_path) as store:
        assert store.organisations() == []


def test_answer_a_measure_by_keys_then_undo(db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto_typed(pilot, "5.17.1")
        assert screen.current == "5.17.01"
        await pilot.press("j")
        await pilot.pause()
        assert stored(db_path, "5.17.01").status == "ja"
        label = screen.item_tree.nodes_by_key["5.17.01"].label.plain
        assert label.startswith("✔ 5.17.01")
        assert screen.s.scorecard().overall.answered == 1
        # nee needs an explanation: not saved, message beside the field, focus there
        await pilot.press("n")
        await pilot.pause()
        assert stored(db_path, "5.17.01").status == "ja"
        assert "verplicht" in str(screen.query_one("#m-explanation").render())
        assert app.focused is screen.query_one("#f-explanation")
        await pilot.press(*"Nog niet")
        # the typing pause saves
        await wait_until(pilot, lambda: stored(db_path, "5.17.01").status == "nee")
        answer = stored(db_path, "5.17.01")
        assert answer.status == "nee" and answer.explanation == "Nog niet"
        await pilot.press("escape", "z")  # back to the tree, undo the last change
        await pilot.pause()
        assert stored(db_path, "5.17.01").status == "ja"
        await pilot.press("z")
        await pilot.pause()
        assert stored(db_path, "5.17.01") is None
        assert screen.item_tree.nodes_by_key["5.17.01"].label.plain.startswith("· ")

    drive(db_path, steps)


def test_navigation_keys(db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        assert screen.current == "5.01.01"
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert screen.current == "5.02.01"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.current == "5.01.02"
        await pilot.press("1")  # ja by number
        await pilot.press("u")  # next unanswered skips nothing here: 5.02.01
        await pilot.pause()
        assert screen.current == "5.02.01"
        await goto(pilot, "5.01.01")
        await pilot.press("j", "u")
        await pilot.pause()
        assert screen.current == "5.02.01"  # 5.01.02 is answered already

    drive(db_path, steps)


def test_invalid_input_is_shown_nothing_is_saved_and_leaving_says_so(db_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.3", status="ja", owner="CISO"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        screen.form.focus_field("due")
        await pilot.press(*"2026-02-30", "enter")
        await pilot.pause()
        assert "JJJJ-MM-DD" in str(screen.query_one("#m-due").render())
        screen.form.focus_field("likelihood")
        await pilot.press("7", "tab", "3", "enter")
        await pilot.pause()
        assert "1 tot en met 5" in str(screen.query_one("#m-likelihood").render())
        assert "JJJJ-MM-DD" in str(screen.query_one("#m-due").render())
        await pilot.press("escape")  # back to the tree: the input stays in the form
        await pilot.pause()
        before = len(app._notifications)
        await goto(pilot, "5.4")
        messages = [n.message for n in list(app._notifications)[before:]]
        assert messages == ["Niet opgeslagen (5.3): fout in streefdatum, kans (1-5). De "
                            "invoer blijft staan (✎) tot u hem verbetert of met z verwerpt."]
        # the next item starts clean: leaving it again says nothing
        await goto(pilot, "5.5")
        assert not [n for n in app._notifications if "(5.4)" in n.message]

    drive(db_path, steps)
    answer = stored(db_path, "5.3")
    assert answer == Answer(item="5.3", status="ja", owner="CISO")
    with Store(db_path) as store:
        assert len(store.history(assessment, "5.3")) == 1


def test_typing_in_the_explanation_appends(db_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.3", status="deels",
                                             explanation="Eerste regel\nTweede"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        screen.form.focus_field("explanation")
        await pilot.pause()
        await pilot.press(*" deel")
        assert screen.form.values()["explanation"] == "Eerste regel\nTweede deel"

    drive(db_path, steps)


def test_mark_a_control_not_applicable_and_a_measure_nvt(db_path: Path) -> None:
    assessment = seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "7.4")
        await pilot.press("a")
        await pilot.pause()
        vvt = app.screen
        assert vvt.query_one("#risk_ref").placeholder.startswith("bijv. ")  # not a value
        vvt.query_one("#applicable").value = "no"
        await pilot.click("#save")
        await pilot.pause()
        # an empty justification is refused with a message; nothing saved
        assert "onderbouwing ontbreekt" in str(vvt.query_one("#m-justification").render())
        assert app.screen is vvt
        vvt.query_one("#justification").value = "Geen eigen serverruimte"
        vvt.query_one("#risk_ref").value = "RA-2026-07"
        vvt.query_one("#risk_ref").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.s.scorecard().items["7.4"].excluded_by_vvt
        assert screen.item_tree.nodes_by_key["7.4"].label.plain.startswith("⊘")
        # nvt on a measure of an applicable control: saved, with the BIO2 rule beside it
        await goto(pilot, "5.17.01")
        screen.form.query_one("#f-explanation").load_text("Geen medewerkers")
        await pilot.press("v")
        await pilot.pause()
        assert "VvT" in str(screen.query_one("#m-status").render())

    drive(db_path, steps)
    with Store(db_path) as store:
        entry = store.applicability(assessment)["7.4"]
        assert (entry.applicable, entry.justification, entry.risk_ref) == (
            False, "Geen eigen serverruimte", "RA-2026-07")
    assert stored(db_path, "5.17.01").status == "nvt"


def test_filter_gaps_and_search_with_and_without_diacritics(db_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.7", status="nee", explanation="x"))
        store.save_answer(assessment, Answer(item="5.17.01", status="deels", explanation="y"))
        store.save_answer(assessment, Answer(item="5.3", status="ja"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # all, unanswered, gaps
        await pilot.pause()
        assert screen.item_tree.item_ids() == ["5.7", "5.17.01"]
        assert screen.current == "5.7"
        # the summary is cut at 80 columns: the filter shows above the tree as well
        label = screen.query_one("#filter-label")
        assert label.display and str(label.render()).startswith("filter: ")
        assert str(label.render()).endswith("(2)")
        assert label.region.width > 0 and label.region.right <= 80
        await pilot.press("f", "enter")  # back to all items
        await pilot.pause()
        assert len(screen.item_tree.item_ids()) == 190
        assert not label.display
        await pilot.press("slash", *"continuiteit", "enter")  # letters are text there
        await pilot.pause()
        plain = screen.item_tree.item_ids()
        assert plain == ["5.01.01", "5.29", "5.30.01", "8.24.05"]
        search = screen.query_one("#search")
        search.value = ""
        screen.apply_search()
        search.focus()
        search.value = "continuïteit"  # the same search with a diacritic (typing: above)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.item_tree.item_ids() == plain

    drive(db_path, steps, size=(80, 24))


def test_quit_inside_the_typing_pause_and_reopen_keeps_the_answer(db_path: Path) -> None:
    seeded(db_path)

    async def first(pilot: Any, app: Bio2App) -> None:
        await open_first(pilot, app)
        await goto(pilot, "5.3")
        await pilot.press("d")
        await pilot.pause()
        app.screen.form.query_one("#f-explanation").focus()
        await pilot.press(*"Deels")
        # quit at once, inside the typing pause: the form is saved on the way out
        await pilot.press("escape", "q", "q")
        await pilot.pause()

    drive(db_path, first)

    async def second(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        assert screen.s.answers["5.3"].status == "deels"
        await goto(pilot, "5.3")
        assert screen.form.values()["explanation"] == "Deels"
        # ctrl+q inside the typing pause: the debounce is still waiting when the app goes
        screen.form.query_one("#f-explanation").focus()
        await pilot.press("end", *" en", "ctrl+q")
        await pilot.pause()

    drive(db_path, second)
    answer = stored(db_path, "5.3")
    assert answer is not None and answer.explanation == "Deels en"


def test_quit_the_app_by_the_palette_inside_the_typing_pause_keeps_the_text(
        db_path: Path) -> None:
    """The palette's quit calls ``app.exit()``; q and ctrl+q: the test above."""
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.3", status="deels", explanation="Oud"))

    async def first(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        screen.form.query_one("#f-explanation").focus()
        await pilot.press("end", *" en nieuw")
        app.exit()  # no pause: the debounce is still waiting when the app goes
        await pilot.pause()

    drive(db_path, first)
    answer = stored(db_path, "5.3")
    assert answer is not None and answer.explanation == "Oud en nieuw"


def test_locked_database_keeps_the_edit_and_retries(db_path: Path) -> None:
    seeded(db_path)
    other = sqlite3.connect(db_path, timeout=0)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        other.execute("BEGIN IMMEDIATE")  # e.g. an import in another process
        await pilot.press("j")
        await pilot.pause()
        assert screen.s.pending and screen.s.answers["5.3"].status == "ja"
        assert "wachten op de database" in str(screen.query_one("#summary").render())
        assert stored(db_path, "5.3") is None
        other.rollback()
        # the retry timer runs every second
        await wait_until(pilot, lambda: not screen.s.pending, what="the retry saved")

    try:
        drive(db_path, steps)
    finally:
        other.close()
    assert stored(db_path, "5.3").status == "ja"


def test_killed_mid_edit_keeps_the_last_saved_change(db_path: Path, tmp_path: Path) -> None:
    seeded(db_path)
    script = tmp_path / "edit.py"
    script.write_text(textwrap.dedent(f"""
        import asyncio, sys, time
        from bio2.tui.app import make_app

        async def main():
            app = make_app({str(db_path)!r}, seed_demo=False)
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.press("enter")
                await pilot.pause()
                app.screen.go_to_item("5.3")  # as the g prompt does (see goto)
                await pilot.press("j")
                await pilot.pause()
                app.screen.go_to_item("5.4.1")
                await pilot.press("d")
                await pilot.pause()
                app.screen.form.query_one("#f-explanation").focus()
                await pilot.press(*"half af")  # still inside the typing pause
                print("edited", flush=True)
                time.sleep(60)

        asyncio.run(main())
    """))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "edited"  # the child's loop now sleeps: nothing more runs
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert stored(db_path, "5.3").status == "ja"  # saved before the kill
    assert stored(db_path, "5.04.01") is None     # deels without explanation never saved
    with Store(db_path) as store:
        assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_dashboard_and_cbw_screen_open_the_largest_risk_and_gap(db_path: Path) -> None:
    from bio2.tui.screens.cbw import CbwScreen

    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.3", status="nee", explanation="x",
                                             risk={"likelihood": 5, "impact": 5}))
        store.save_answer(assessment, Answer(item="5.24.01", status="nee",
                                             explanation="geen plan"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await pilot.press("s")
        await pilot.pause()
        assert app.screen is not screen
        dashboard = app.screen.query_one("#dashboard")
        assert dashboard.scroll_y == 0  # the headline shows, not the table scrolled to
        await pilot.press("enter")  # first row: 5.3 with residual 5 x 5 / 5 = 5.0
        await pilot.pause()
        assert app.screen is screen and screen.current == "5.3"

        await pilot.press("c")
        await pilot.pause()
        cbw = app.screen
        assert isinstance(cbw, CbwScreen)
        table = cbw.query_one("#cbw")
        assert table.row_count == 10 + 2 + 27  # letters, duties, Cbw items
        assert cbw.result.letters["b"].gaps[0].item == "5.24.01"
        assert [str(c.value) for c in table.columns][:2] == ["view", "verdict"]
        # at 80 columns the verdict shows: letter b has a gap (nee on 5.24.01)
        columns = list(table.columns.values())
        verdict_end = sum(c.get_render_width(table) for c in columns[:2])
        assert verdict_end <= 80 - 2  # whole verdict column inside the border
        table.move_cursor(row=1)  # letter b: incident handling
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.current == "5.24.01"

    drive(db_path, steps, size=(80, 24))


def test_risk_profile_changes_scores_at_once(db_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.3", status="ja"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        before = screen.s.scorecard().items["5.01.01"].weight.value
        await pilot.press("r")
        await pilot.pause()
        for prop in ("beschikbaarheid", "integriteit", "vertrouwelijkheid"):
            app.screen.query_one(f"#{prop}").value = "laag"
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        after = screen.s.scorecard().items["5.01.01"].weight
        assert after.exposure == 1 and after.value < before

    drive(db_path, steps)
    with Store(db_path) as store:
        profile = store.assessment(assessment).risk_profile
        assert (profile.beschikbaarheid, profile.integriteit, profile.vertrouwelijkheid) == (
            "laag", "laag", "laag")


def test_history_and_export(db_path: Path, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    seeded(db_path)
    monkeypatch.chdir(tmp_path)  # a relative output folder: the dialog shows the full path

    async def steps(pilot: Any, app: Bio2App) -> None:
        await open_first(pilot, app)
        await goto(pilot, "5.3")
        await pilot.press("j", "h")
        await pilot.pause()
        table = app.screen.query_one("#history")
        assert table.row_count == 1
        assert str(table.get_cell_at((0, 3))) == "Status: - → ja"
        await pilot.press("escape", "x")
        await wait_until(pilot, lambda: getattr(app.screen, "result", None) is not None,
                         what="the export job")
        full = tmp_path.resolve() / "gemeente-test-2026.yaml"
        assert app.screen.result == full  # type: ignore[attr-defined]
        assert str(full) in str(app.screen.query_one("#job-status").render())

    drive(db_path, steps, output_dir=Path("."))
    text = (tmp_path / "gemeente-test-2026.yaml").read_text(encoding="utf-8")
    assert "format: bio2-answers/1" in text and "item: '5.3'" in text.replace('"', "'")


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_english_and_small_and_large_terminals(db_path: Path, size: tuple[int, int]) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        assert "Choose an assessment" in str(app.screen.query_one("#intro").render())
        screen = await open_first(pilot, app)
        assert "answered 0/190" in str(screen.query_one("#summary").render())
        assert screen.query_one("#f-status").region.height >= 1
        assert screen.query_one("#f-status").region.bottom <= size[1]  # the form is in view
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
        await pilot.press("s")  # the dashboard names the NIS2 letters in English
        await pilot.pause()
        bars = str(app.screen.query_one("#bars").render())
        info = screen.s.catalog.nis2_letters["b"]
        assert f"b) {info.title_en}" in bars and info.title not in bars

    drive(db_path, steps, lang="en", size=size)


def test_report_runs_in_a_worker(db_path: Path, tmp_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        await open_first(pilot, app)
        await pilot.press("p", "enter")  # the format dialog: PDF is the first choice
        await wait_until(pilot, lambda: getattr(app.screen, "result", None) is not None,
                         timeout=60, what="the report worker")
        assert app.screen.result == tmp_path / "gemeente-test-2026.pdf"  # type: ignore[attr-defined]

    drive(db_path, steps, output_dir=tmp_path)
    assert (tmp_path / "gemeente-test-2026.pdf").read_bytes().startswith(b"%PDF")


def test_item_panel_shows_the_imported_official_text(db_path: Path) -> None:
    seeded(db_path)
    result = run_bio2("catalog", "import-official", "--catalog", "bio2-1.2",
                      str(ROOT / "tests" / "data" / "official" / "v12-small.md"), db=db_path)
    assert result.returncode == 0, result.stderr

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.01.01")
        body = str(screen.query_one("#item-body").render())
        assert "Officiële BIO2-tekst (5.01.01, bron: v12-small.md" in body
        assert "beveiligingsbeleid" in body
        await goto(pilot, "5.3")
        assert "5.03.01" in str(screen.query_one("#item-body").render())
        await goto(pilot, "5.17.01")  # not in the small file: only our guidance
        assert "Officiële BIO2-tekst" not in str(screen.query_one("#item-body").render())

    drive(db_path, steps)


def test_migrate_to_the_draft_catalog_from_the_start_screen(db_path: Path) -> None:
    aid = seeded(db_path)
    with Store(db_path) as store:
        store.save_answer(aid, Answer(item="5.04.02", status="ja"))   # moves to 5.10.02
        store.save_answer(aid, Answer(item="7.01.01", status="ja"))   # removed in 1.3

    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("m")
        await pilot.pause()
        report = str(app.screen.query_one("#migrate-text").render())
        assert "5.04.02 -> 5.10.02" in report and "7.01.01" in report
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)

    drive(db_path, steps)
    with Store(db_path) as store:
        rows = store.assessments()
        assert [r.catalog for r in rows] == ["bio2-1.2", "bio2-1.3-concept"]
        assert store.answers(rows[1].id)["5.10.02"].status == "ja"
        assert "7.01.01" not in store.answers(rows[1].id)
        assert set(store.answers(rows[0].id)) == {"5.04.02", "7.01.01"}  # old one untouched
