"""The start screen: empty real database, demo apart, hostile names as text, delete, scale."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static

from bio2.domain.answers import Answer, Applicability, Organisation
from bio2.store import Store
from bio2.tui.app import Bio2App, make_app
from bio2.tui.screens.organisation import suggest_id
from bio2.tui.screens.start import INLINE_LIMIT, StartScreen
from bio2.usecases.importing import import_files
from bio2.usecases.opening import load_assessment, open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from bio2.usecases.overview import overview_rows
from tests.conftest import DEMO, run_bio2
from tests.test_tui import TODAY

HOSTILE = "ICT-dienst [/regio] [@click=app.quit]KLIK[/]"


def drive(db: Path, steps: Any, *, seed_demo: bool = False,
          size: tuple[int, int] = (120, 36)) -> Bio2App:
    app = make_app(db, today=TODAY, seed_demo=seed_demo)

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await steps(pilot, app)

    asyncio.run(main())
    return app


def cells(app: Bio2App) -> list[list[str]]:
    table = app.screen.query_one(DataTable)
    rows = []
    for index in range(table.row_count):
        row = table.get_row_at(index)
        assert all(isinstance(cell, Text) for cell in row)  # never markup
        rows.append([cell.plain for cell in row])
    return rows


def intro(app: Bio2App) -> str:
    return str(app.screen.query_one("#intro", Static).render())


def test_a_real_database_starts_empty_and_says_how_to_go_on(db_path: Path) -> None:
    async def steps(pilot: Any, app: Bio2App) -> None:
        assert isinstance(app.screen, StartScreen)
        assert app.screen.query_one(DataTable).row_count == 0
        text = intro(app)
        assert "Druk n om er een aan te maken" in text and "bio2 --demo" in text

    drive(db_path, steps)
    with Store(db_path) as store:
        assert store.organisations() == []  # nothing fictional was written


def test_the_demo_database_is_seeded_and_marked(tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"

    async def steps(pilot: Any, app: Bio2App) -> None:
        assert cells(app)[0][0] == "Gemeente Voorbeeld (gemeente-voorbeeld)"
        assert "demodatabase" in app.sub_title

    drive(demo, steps, seed_demo=True)


def test_a_hostile_name_typed_in_the_dialogs_shows_literally(db_path: Path) -> None:
    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#name").value = HOSTILE  # type: ignore[attr-defined]
        await pilot.press("enter")  # create: the new-assessment dialog opens
        await pilot.pause()
        title = str(app.screen.query_one(".dialog-title", Static).render())
        assert HOSTILE in title
        app.screen.query_one("#period").value = "[b]2026[/b]"  # type: ignore[attr-defined]
        app.screen.query_one("#assessor").value = "[red]Jan[/]"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")  # back to the start screen
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        row = cells(app)[0]
        assert row[0] == f"{HOSTILE} ({suggest_id(HOSTILE)})" and row[1] == "[b]2026[/b]"
        await pilot.press("m")  # the migrate screen's title holds the period
        await pilot.pause()
        assert "[b]2026[/b]" in str(app.screen.query_one(".dialog-title", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running  # [@click=app.quit] did nothing

    app = drive(db_path, steps)
    assert not app.return_code
    with Store(db_path) as store:
        [assessment] = store.assessments()
        assert assessment.assessor == "[red]Jan[/]"


def test_a_hostile_name_from_a_valid_file_shows_literally(db_path: Path,
                                                          tmp_path: Path) -> None:
    text = DEMO.read_text(encoding="utf-8")
    hostile = text.replace("name: Gemeente Voorbeeld", "name: 'zie [bijlage 3] [/regio]'", 1)
    assert hostile != text
    file = tmp_path / "vijandig.yaml"
    file.write_text(hostile, encoding="utf-8")
    assert run_bio2("validate", str(file)).returncode == 0
    assert run_bio2("import", str(file), db=db_path).returncode == 0

    async def steps(pilot: Any, app: Bio2App) -> None:
        assert cells(app)[0][0] == "zie [bijlage 3] [/regio] (gemeente-voorbeeld)"
        await pilot.press("a")  # new assessment dialog: the name in its title
        await pilot.pause()
        assert "zie [bijlage 3] [/regio]" in str(
            app.screen.query_one(".dialog-title", Static).render())

    drive(db_path, steps)


def test_delete_from_the_start_screen_names_what_goes_and_backs_up(db_path: Path) -> None:
    with open_store(db_path) as store:
        create_organisation(store, Organisation(id="gemeente-x", name="Gemeente X",
                                                type="gemeente"))
        aid = start_assessment(store, "gemeente-x", "2026", "Tester")
        store.save_answer(aid, Answer(item="5.1.01", status="ja", explanation="ok"))
        store.save_applicability(aid, Applicability(control="5.7", applicable=False,
                                                    justification="n.v.t.", risk_ref="R1"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("d")
        await pilot.pause()
        what = str(app.screen.query_one("#delete-what", Static).render())
        assert what == ("Verwijderen: beoordeling 2026 (bio2-1.2) van Gemeente X"
                        " (gemeente-x): 1 antwoorden, 1 VvT-besluiten en 2 historieregels.")
        await pilot.press("escape")  # nothing happens
        await pilot.pause()
        assert len(cells(app)) == 1 and cells(app)[0][1] == "2026"
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        # The organisation stays (without assessment); delete it too.
        assert cells(app) == [[c for c in cells(app)[0]]] and cells(app)[0][1] == "-"
        await pilot.press("d", "j")
        await pilot.pause()
        assert app.screen.query_one(DataTable).row_count == 0

    drive(db_path, steps)
    with Store(db_path) as store:
        assert store.organisations() == []
    conn = sqlite3.connect(db_path)
    recorded = conn.execute("SELECT org_id, period, answers FROM deletions ORDER BY id").fetchall()
    assert recorded == [("gemeente-x", "2026", 1), ("gemeente-x", None, 0)]
    folders = sorted((db_path.parent / "bio2-backups").iterdir())
    assert len(folders) == 2 and (folders[0] / "bio2-before-delete.sqlite").is_file()


# -- scale ------------------------------------------------------------------------------------
def many_assessments(db: Path, count: int) -> None:
    """The demo plus ``count - 1`` copies of it under other periods, with some answers
    changed at random (copied in SQL: building them through the store takes minutes)."""
    with open_store(db) as store:
        import_files(store, [str(DEMO)])
        conn = store.db.conn
        [(first,)] = conn.execute("SELECT id FROM assessments").fetchall()
        columns = [r[1] for r in conn.execute("PRAGMA table_info(assessments)")
                   if r[1] not in ("id", "period")]
        answer_columns, vvt_columns = ([r[1] for r in conn.execute(f"PRAGMA table_info({t})")
                                        if r[1] != "assessment_id"]
                                       for t in ("answers", "applicability"))
        rng = random.Random(7)
        with store.atomic():
            for n in range(1, count):
                conn.execute(f"INSERT INTO assessments (period, {', '.join(columns)})"
                             f" SELECT ?, {', '.join(columns)} FROM assessments WHERE id = ?",
                             [f"copy-{n:04d}", first])
                new = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
                conn.execute(f"INSERT INTO answers (assessment_id, {', '.join(answer_columns)})"
                             f" SELECT ?, {', '.join(answer_columns)} FROM answers"
                             f" WHERE assessment_id = ?", [new, first])
                conn.execute(f"INSERT INTO applicability (assessment_id, {', '.join(vvt_columns)})"
                             f" SELECT ?, {', '.join(vvt_columns)} FROM applicability"
                             f" WHERE assessment_id = ?", [new, first])
                conn.execute("UPDATE answers SET status = ? WHERE assessment_id = ? AND"
                             " item IN (SELECT item FROM answers WHERE assessment_id = ?"
                             " ORDER BY random() LIMIT 20)",
                             [rng.choice(("ja", "nee", "nvt", "open")), new, new])


def test_overview_matches_the_full_scorecard(db_path: Path) -> None:
    many_assessments(db_path, 12)
    with Store(db_path) as store:
        rows = overview_rows(store.db.conn)
        assert len(rows) == 12
        for row in rows:
            assert row.assessment_id is not None
            card = load_assessment(store, row.assessment_id).scorecard(TODAY).overall
            assert row.coverage == card.coverage
            assert row.score is not None and card.score is not None
            assert abs(row.score - card.score) < 1e-12


def test_overview_by_hand(db_path: Path) -> None:
    """Three items of equal weight: ja, deels, nee -> (1 + 0.5 + 0) / 3; an nvt item
    counts as decided but leaves the score; an explicit risk replaces the weight."""
    from bio2.usecases.overview import coverage_and_score

    weights = (("a", "c1", 2.0), ("b", "c1", 2.0), ("c", "c2", 2.0), ("d", "c2", 2.0),
               ("e", "c3", 2.0))
    answers = {"a": ("ja", None, None), "b": ("deels", None, None), "c": ("nee", None, None),
               "d": ("nvt", None, None)}
    def explicit(likelihood: int, impact: int) -> float:  # a rule of the test's own
        return likelihood * impact / 5

    assert coverage_and_score(weights, answers, set(), explicit) == (4 / 5, 1.5 / 4)
    # e (open, weight 2) out through the VvT: decided, and out of the denominator.
    assert coverage_and_score(weights, answers, {"c3"}, explicit) == (1.0, 1.5 / 3)
    # nee with likelihood 5 x impact 5 weighs 5: (2 + 1) / (2 + 2 + 5 + 2).
    risky = {**answers, "c": ("nee", 5, 5)}
    assert coverage_and_score(weights, risky, set(), explicit) == (4 / 5, 3 / 11)
    assert coverage_and_score(weights, {}, set(), explicit) == (0.0, 0.0)


def test_a_large_database_loads_in_a_worker(db_path: Path) -> None:
    count = INLINE_LIMIT + 10
    many_assessments(db_path, count)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = app.screen
        assert isinstance(screen, StartScreen)
        for _ in range(100):
            if not screen.loading and screen.query_one(DataTable).row_count:
                break
            await asyncio.sleep(0.05)
        assert screen.query_one(DataTable).row_count == count
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "AssessmentScreen"

    drive(db_path, steps)


def test_the_new_assessment_dialog_takes_the_assessment_date(db_path: Path) -> None:
    """The date can be given when the assessment starts, typed the Dutch way; a date that
    does not exist is refused in the dialog and nothing is created."""
    with open_store(db_path) as store:
        create_organisation(store, Organisation(id="gem-x", name="Gemeente X", type="gemeente"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#period").value = "2027"  # type: ignore[attr-defined]
        dialog.query_one("#assessor").value = "J. de Vries (CISO)"  # type: ignore[attr-defined]
        dialog.query_one("#date").value = "31-02-2027"  # type: ignore[attr-defined]
        await pilot.click("#start")
        await pilot.pause()
        assert app.screen is dialog
        assert "Datum beoordeling" in str(dialog.query_one("#new-error", Static).render())
        with Store(db_path) as store:
            assert store.assessments() == []
        dialog.query_one("#date").value = "15 maart 2027"  # type: ignore[attr-defined]
        dialog.query_one("#date").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not dialog, str(dialog.query_one("#new-error", Static).render())

    drive(db_path, steps)
    with Store(db_path) as store:
        [assessment] = store.assessments()
        assert (assessment.period, assessment.date) == ("2027", "2027-03-15")


def test_fixed_table_has_the_size_of_a_plain_data_table() -> None:
    """FixedTable skips measuring cells (bio2.tui.widgets.fixed_table); its scrollable size
    must still be what Textual's own DataTable computes for the same rows."""
    from textual.app import App, ComposeResult

    from bio2.tui.widgets.fixed_table import FixedTable

    class Both(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable(id="plain")
            yield FixedTable(id="fixed")

    sizes: dict[str, tuple[int, int]] = {}

    async def main() -> None:
        app = Both()
        async with app.run_test(size=(100, 30)) as pilot:
            for name in ("plain", "fixed"):
                table = app.query_one(f"#{name}", DataTable)
                for key, width in (("a", 30), ("b", 7), ("c", 12)):
                    table.add_column(key, key=key, width=width)
                for n in range(300):
                    table.add_row(Text(f"{HOSTILE} {n}"), Text(str(n)), Text("x" * (n % 20)),
                                  key=f"r{n}")
            await pilot.pause()
            for name in ("plain", "fixed"):
                size = app.query_one(f"#{name}", DataTable).virtual_size
                sizes[name] = (size.width, size.height)

    asyncio.run(main())
    assert sizes["fixed"] == sizes["plain"] == (30 + 7 + 12 + 3 * 2, 301)


def test_overview_reads_again_only_what_another_process_changed(
        db_path: Path, monkeypatch: Any) -> None:
    from bio2.usecases import overview

    many_assessments(db_path, 6)
    first = overview.overview_at(str(db_path))
    read: list[list[int]] = []
    real = overview._read

    def spy(conn: sqlite3.Connection, ids: list[int], *, everything: bool) -> Any:
        read.append(list(ids))
        return real(conn, ids, everything=everything)

    monkeypatch.setattr(overview, "_read", spy)
    assert overview.overview_at(str(db_path)) == first and read == [[]]
    with Store(db_path) as other:  # another process's write, through the store
        target = first[2].assessment_id
        assert target is not None
        item, answer = next(iter(other.answers(target).items()))
        # The copies got 20 random answers a random status, so the item may already be
        # "nee": then a second "nee" leaves the score as it was (this failed 1 run in 8).
        status = "ja" if answer.status == "nee" else "nee"
        with other.atomic():
            other.put_answer(target, Answer(item=item, status=status, explanation="weg"),
                             actor="Bea", base=other.revisions(target, "self").get(item, 0))
    again = overview.overview_at(str(db_path))
    assert read[-1] == [target]
    assert [r for r in again if r.assessment_id != target] == [
        r for r in first if r.assessment_id != target]
    with Store(db_path) as store:
        card = load_assessment(store, target).scorecard(TODAY).overall
    [row] = [r for r in again if r.assessment_id == target]
    assert row.coverage == card.coverage and row.score is not None and card.score is not None
    assert abs(row.score - card.score) < 1e-12 and row.score != first[2].score


def test_returning_updates_the_changed_row_without_rebuilding_the_table(db_path: Path) -> None:
    count = INLINE_LIMIT + 5
    many_assessments(db_path, count)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = app.screen
        assert isinstance(screen, StartScreen)
        table = screen.query_one(DataTable)
        for _ in range(200):
            if not screen.loading and table.row_count == count:
                break
            await asyncio.sleep(0.05)
        column = table.columns[next(iter(table.columns))]
        before = cells(app)
        with Store(db_path) as other:
            aid = other.assessments()[3].id
            with other.atomic():
                for item in list(other.answers(aid))[:40]:
                    other.put_answer(aid, Answer(item=item, status="open"), actor="Bea",
                                     base=other.revisions(aid, "self").get(item, 0))
        screen.reload()
        for _ in range(200):
            await asyncio.sleep(0.05)
            if not screen.loading and cells(app) != before:
                break
        after = cells(app)
        changed = [n for n, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
        assert changed == [3]  # one row, in place: progress and the time it changed
        assert after[3][3] != before[3][3] and after[3][:3] == before[3][:3]
        assert table.columns[next(iter(table.columns))] is column  # not rebuilt

    drive(db_path, steps)


def test_the_new_assessment_dialog_offers_the_source_the_carry_over_rule_picks(
        db_path: Path) -> None:
    """The dialog proposes bio2.usecases.carryover's pick: of the latest period, the
    assessment on the default catalog, not the newer one migrated to a draft."""
    from textual.widgets import Select

    from bio2.usecases.catalog_migration import migrate_assessment

    with open_store(db_path) as store:
        create_organisation(store, Organisation(id="gem-x", name="Gemeente X", type="gemeente"))
        adopted = start_assessment(store, "gem-x", "2025", "CISO")
        draft = migrate_assessment(store, "gem-x", "2025", "bio2-1.3-concept").new_id
        assert draft is not None and draft > adopted

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = app.screen
        assert isinstance(screen, StartScreen)
        for _ in range(100):
            if not screen.loading and screen.query_one(DataTable).row_count:
                break
            await asyncio.sleep(0.05)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.query_one("#carry", Select).value == adopted

    drive(db_path, steps)


def test_numbers_stay_in_view_at_80_columns_with_a_long_name(db_path: Path,
                                                             tmp_path: Path) -> None:
    """Only the organisation column gives way (cut with "…"); the cell keeps its text."""
    file = tmp_path / "lang.yaml"
    file.write_text(DEMO.read_text(encoding="utf-8").replace(
        "name: Gemeente Voorbeeld", f"name: '{HOSTILE} {HOSTILE}'", 1), encoding="utf-8")
    assert run_bio2("import", str(file), db=db_path).returncode == 0

    async def steps(pilot: Any, app: Bio2App) -> None:
        table = app.screen.query_one(DataTable)
        widths = [c.get_render_width(table) for c in table.ordered_columns]
        assert sum(widths) + 2 <= 80
        assert widths[0] < len(f"{HOSTILE} {HOSTILE}")
        assert cells(app)[0][0].startswith(f"{HOSTILE} {HOSTILE}")
        assert cells(app)[0][4].strip().endswith("%")

    drive(db_path, steps, size=(80, 24))
