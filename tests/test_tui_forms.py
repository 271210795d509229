"""The assessment screen keeps what the user typed, shows text as text and shows the audit
(issue 10 §4 and "user text is never markup", issue 11 §2/§3/§6). Pilot on a temp database;
assertions on state, the database and what widgets render."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import DataTable, Footer, Input, Select, TextArea

from bio2.analysis.auditdiff import differing, differs
from bio2.catalog.loading import load_catalog
from bio2.domain.answers import Answer, Applicability, Organisation
from bio2.i18n import t
from bio2.store import Store
from bio2.tui.app import Bio2App
from bio2.tui.screens.assessment import AssessmentScreen
from bio2.tui.screens.confirm import ConfirmScreen
from bio2.tui.screens.details import DetailsScreen
from bio2.tui.screens.filter import FilterScreen
from bio2.tui.screens.help import HelpScreen
from bio2.tui.screens.start import StartScreen
from bio2.usecases.details import check_details
from bio2.usecases.forms import status_warnings
from bio2.usecases.importing import import_files
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from tests.conftest import wait_until
from tests.test_tui import drive, goto, goto_typed, open_first, seeded, stored

# The start screen (another module) shows the name too; this one is markup that parses.
HOSTILE_NAME = "Gemeente [b]Vet[/b] & [@click=app.quit]KLIK[/]"
HOSTILE_OWNER = "ICT-dienst [/regio]"
HOSTILE_TEXT = "zie [bijlage 3] <b>&amp; =1+1"


def rendered(widget: Any) -> str:
    return str(widget.render())


def cells(table: DataTable[Any]) -> list[str]:
    return [str(table.get_cell_at((r, c))) for r in range(table.row_count)
            for c in range(len(table.columns))]


# -- pure rules ----------------------------------------------------------------------------
def test_status_warnings_are_those_of_validate() -> None:
    catalog = load_catalog()
    measure = catalog.items["5.17.01"]
    excluded = t("answers.control_not_applicable", control="5.17")
    assert status_warnings(measure, "ja", control_applicable=False) == {"status": excluded}
    assert status_warnings(measure, "deels", control_applicable=False) == {"status": excluded}
    assert status_warnings(measure, "nvt", control_applicable=False) == {}
    assert status_warnings(measure, "open", control_applicable=False) == {}
    assert status_warnings(measure, "nvt", control_applicable=True) == {
        "status": t("answers.nvt_rule", control="5.17")}
    assert status_warnings(measure, "ja", control_applicable=True) == {}
    clause = next(i for i in catalog.items.values() if i.control is None)
    assert status_warnings(clause, "nvt", control_applicable=True) == {}


def test_differs_only_on_a_judged_other_status() -> None:
    ja, nee = Answer(item="5.3", status="ja"), Answer(item="5.3", status="nee",
                                                      explanation="x")
    open_ = Answer(item="5.3", status="open")
    assert differs(ja, nee) and differs(None, nee)
    assert not differs(ja, Answer(item="5.3", status="ja", finding="f"))
    assert not differs(ja, None) and not differs(ja, open_) and not differs(None, None)
    assert differing({"5.3": ja, "5.4": ja}, {"5.3": nee, "5.4": open_}) == ["5.3"]


def test_details_are_checked() -> None:
    ok = check_details("  Jeroen  de Vries ", "31 december 2026", " Intern ")
    assert (ok.assessor, ok.date, ok.classification, ok.errors) == (
        "Jeroen de Vries", "2026-12-31", "Intern", {})
    bad = check_details("", "31-02-2026", "x" * 101)
    assert set(bad.errors) == {"assessor", "date", "classification"}
    assert "bestaat niet" in bad.errors["date"]
    assert check_details("A", "morgen", "").errors["date"] == t("tui.err.date")
    assert check_details("A", "", "").date == ""


# -- what was typed is kept ----------------------------------------------------------------
def test_invalid_input_stays_marked_until_fixed_or_discarded(db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        screen.form.focus_field("likelihood")
        await pilot.press("7", "tab", "3", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await goto(pilot, "5.4")
        assert "5.3" in screen.drafts
        assert screen.item_tree.nodes_by_key["5.3"].label.plain.startswith("·✎ 5.3")
        assert screen.form.values()["likelihood"] == ""  # 5.4 shows its own (empty) form
        await goto(pilot, "5.3")
        assert screen.form.values()["likelihood"] == "7"  # typed input is back, marked
        assert "1 tot en met 5" in rendered(screen.query_one("#m-likelihood"))
        screen.form.focus_field("likelihood")
        await pilot.press("backspace", "4", "enter")
        await pilot.pause()
        assert "5.3" not in screen.drafts
        assert not screen.item_tree.nodes_by_key["5.3"].label.plain.startswith("·✎")
        # Discard with z: the form shows what is stored again, nothing else is undone.
        screen.form.focus_field("due")
        await pilot.press(*"morgen", "enter")
        await pilot.pause()
        await pilot.press("escape", "z")
        await pilot.pause()
        assert screen.form.values()["due"] == "" and not screen.unsaved_items()

    drive(db_path, steps)
    answer = stored(db_path, "5.3")
    assert answer is not None and answer.risk is not None
    assert (answer.risk.likelihood, answer.risk.impact) == (4, 3)


def test_dutch_dates_are_accepted_and_shown_as_iso(db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        await pilot.press("j")
        screen.form.focus_field("due")
        await pilot.press(*"31-12-2026", "tab")
        await pilot.pause()
        assert screen.query_one("#f-due", Input).value == "2026-12-31"
        screen.form.focus_field("acc_until")
        await pilot.press(*"1 mei 2027", "enter")
        await pilot.pause()
        assert screen.query_one("#f-acc_until", Input).value == "2027-05-01"

    drive(db_path, steps)
    answer = stored(db_path, "5.3")
    assert answer is not None and str(answer.due) == "2026-12-31"


def test_leaving_or_quitting_with_invalid_input_asks(db_path: Path) -> None:
    seeded(db_path)
    with open_store(db_path) as store:  # a second assessment: the cursor must come back
        assessment = start_assessment(store, "gemeente-test", "2027", "Tester")

    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("down")
        screen = await open_first(pilot, app)
        assert screen.assessment_id == assessment
        await goto(pilot, "5.3")
        screen.form.focus_field("due")
        await pilot.press(*"2026-13-45", "enter")
        await pilot.pause()
        await pilot.press("escape", "escape")  # to the tree, then leave: a question
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # "Terug": the item with the input, field in focus
        await pilot.pause()
        assert app.screen is screen and screen.current == "5.3"
        assert app.focused is screen.query_one("#f-due")
        await pilot.press("ctrl+q")  # quitting asks too
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.is_running
        await pilot.press("escape", "escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        app.screen.query_one("#yes").press()
        await pilot.pause()
        start = app.screen
        assert isinstance(start, StartScreen)
        table = start.query_one(DataTable)
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert key == f"a:{assessment}" and table.cursor_row != 0

    drive(db_path, steps)
    assert stored(db_path, "5.3") is None


def test_typing_on_a_select_never_fires_shortcuts_and_tab_order(db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        assert app.focused is screen.item_tree
        await pilot.press("tab")
        assert app.focused is screen.query_one("#f-status", Select)
        await pilot.press(*"nee, zie filter")  # n would set nee, f open the filter
        await pilot.pause()
        assert app.screen is screen and screen.form.values()["status"] == "open"
        await pilot.press("tab")
        assert app.focused is screen.query_one("#f-explanation", TextArea)
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is screen.item_tree

    drive(db_path, steps)
    assert stored(db_path, "5.3") is None


def test_footer_fits_80_columns_help_lists_every_key_and_palette_is_dutch(
        db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        footer, wanted = screen.query_one(Footer), ("formulier", "terug", "stoppen",
                                                     "toetsen", "acties")

        def keys() -> dict[str, Any]:
            return {k.description: k for k in footer.query("FooterKey")}

        # The footer composes its keys once the screen's bindings are known and lays them
        # out after that: on a loaded machine later than the screen itself.
        await wait_until(pilot, lambda: all(w in keys() and keys()[w].region.width > 0
                                            for w in wanted), what="the footer's keys")
        for name in wanted:
            assert keys()[name].region.right <= 80, name
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = {row[1] for row in app.screen.rows}
        for binding in AssessmentScreen.BINDINGS:
            description = getattr(binding, "description", "")
            assert t(description) in listed, description
        assert not listed & {"Quit", "palette", "Focus Next", "Copy selected text"}
        assert "volgend veld" in listed
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        # the palette: no English strings of Textual's own in the Dutch app
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert palette.query_one(Input).placeholder == "Zoek een actie of item…"
        footer = {k.description for k in palette.query("FooterKey")}
        assert not footer & {"Exit the command palette", "palette", "Quit"}
        await pilot.press(*"qqqzzz")
        await wait_until(pilot, lambda: "Niets gevonden" in " ".join(
            str(o.prompt) for o in palette.query_one(
                "CommandList").options), what="the palette's search")  # type: ignore[attr-defined]

    drive(db_path, steps, size=(80, 24))


def test_answer_on_an_excluded_control_warns_as_validate(db_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_applicability(assessment, Applicability(
            control="5.17", applicable=False, justification="Geen", risk_ref="RA-1"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.17.01")
        await pilot.press("j")
        await pilot.pause()
        assert t("answers.control_not_applicable", control="5.17") in rendered(
            screen.query_one("#m-status"))
        await goto(pilot, "5.3")
        await goto(pilot, "5.17.01")  # shown again when the item is opened
        assert "5.17" in rendered(screen.query_one("#m-status"))

    drive(db_path, steps)


# -- user text is never markup ---------------------------------------------------------------
def hostile_db(db: Path) -> int:
    with open_store(db) as store:
        create_organisation(store, Organisation(id="ict-regio", name=HOSTILE_NAME,
                                                type="gemeente"))
        assessment = start_assessment(store, "ict-regio", "2026", "[b]Tester[/b]")
        store.save_answer(assessment, Answer.model_validate(
            {"item": "5.3", "status": "nee", "owner": HOSTILE_OWNER, "explanation": HOSTILE_TEXT,
             "risk": {"likelihood": 5, "impact": 5}}), actor="[red]x[/]")
    return assessment


def test_hostile_text_shows_literally_everywhere(db_path: Path) -> None:
    hostile_db(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        assert screen.title.startswith("Gemeente [b]Vet[/b] & [@click=app.q")
        assert " · 2026 · " in screen.title  # the name is cut, the period stays in view
        await goto(pilot, "5.3")
        assert screen.form.values()["owner"] == HOSTILE_OWNER
        await pilot.press("s")  # dashboard: the owner in the risk table
        await pilot.pause()
        assert "ICT-dienst [/re…" in cells(app.screen.query_one(DataTable))  # cut, literal
        await pilot.press("escape", "h")
        await pilot.pause()
        history = cells(app.screen.query_one(DataTable))
        # the person, literally, with the OS account beside it (history screen, issue 10 §2)
        assert any(c.startswith("[red]x[/] (") for c in history)
        assert any(HOSTILE_OWNER in c for c in history)
        await pilot.press("escape", "f")
        await pilot.pause()
        assert isinstance(app.screen, FilterScreen)
        prompts = [str(o.prompt) for o in app.screen.query_one("#filters").options]  # type: ignore[attr-defined]
        assert any(HOSTILE_OWNER in p for p in prompts)
        await pilot.press("escape", "c")
        await pilot.pause()
        await pilot.press("escape")
        await goto_typed(pilot, "[/x]")  # an unknown number with markup: a toast, literally
        assert any("[/x]" in n.message for n in app._notifications)
        await pilot.press("slash", *"[b]")
        await wait_until(pilot, lambda: "[b]" in rendered(screen.query_one("#filter-label")))
        assert app.is_running

    drive(db_path, steps, size=(80, 24))


# -- the audit view ------------------------------------------------------------------------
AUDIT = """\
format: bio2-answers/1
catalog: bio2-1.2
organisation: {{id: gemeente-test, name: Gemeente Test, type: gemeente}}
assessment: {{period: "2026", source: audit, assessor: "{auditor}", date: 2026-05-20}}
answers:
  - item: "5.3"
    status: nee
    explanation: Geen rollen vastgelegd
    finding: "{finding}"
    opzet: ja
    bestaan: nee
  - item: "5.04.01"
    status: ja
"""


def test_audit_view_toggles_marks_and_filters(db_path: Path, tmp_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.3", status="ja"))
        store.save_answer(assessment, Answer(item="5.04.01", status="ja"))
    audit = tmp_path / "audit.yaml"
    audit.write_text(AUDIT.format(auditor="[i]Auditor[/i] & Co", finding=HOSTILE_TEXT),
                     encoding="utf-8")
    with open_store(db_path) as store:
        checks, results = import_files(store, [str(audit)])
        assert results, [str(p) for c in checks for p in c.errors]

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        assert screen.item_tree.nodes_by_key["5.3"].label.plain.startswith("✔≠ 5.3")
        assert screen.item_tree.nodes_by_key["5.04.01"].label.plain.startswith("✔ 5.04.01")
        await goto(pilot, "5.3")
        await pilot.press("A")
        await pilot.pause()
        panel = rendered(screen.query_one("#audit"))
        assert screen.audit_view and not screen.form.display
        for expected in ("[i]Auditor[/i] & Co", "2026-05-20", HOSTILE_TEXT, "Status auditor",
                         "nee", "Opzet: ja", "Bestaan: nee", "Werking: -", "wijkt af"):
            assert expected in panel, expected
        await goto(pilot, "5.4")  # the view stays while moving
        assert "wijkt af" not in rendered(screen.query_one("#audit"))
        await pilot.press("A")
        await pilot.pause()
        assert screen.form.display and not screen.query_one("#audit").display
        await pilot.press("f")
        await pilot.pause()
        filters = app.screen
        assert isinstance(filters, FilterScreen)
        index = next(n for n, c in enumerate(filters.choices) if c.kind == "audit_differs")
        filters.dismiss(filters.choices[index])
        await pilot.pause()
        assert screen.item_tree.item_ids() == ["5.3"]

    drive(db_path, steps)


def test_audit_view_without_an_audit_says_so(db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await pilot.press("A")
        await pilot.pause()
        assert "geen audit" in rendered(screen.query_one("#audit"))

    drive(db_path, steps)


# -- details, export -----------------------------------------------------------------------
def test_details_screen_sets_the_assessment_date(db_path: Path) -> None:
    assessment = seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        date_input = app.screen.query_one("#d-date", Input)
        date_input.value = "31-02-2026"
        await pilot.press("enter")
        await pilot.pause()
        assert "bestaat niet" in rendered(app.screen.query_one("#m-date"))
        date_input.value = "31 december 2026"
        app.screen.query_one("#d-classification", Input).value = "Intern [/x]"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.s.data.assessment.date == "2026-12-31"
        assert screen.s.current_data().organisation.classification == "Intern [/x]"

    drive(db_path, steps)
    with Store(db_path) as store:
        assert store.assessment(assessment).date == "2026-12-31"
        assert [r["item"] for r in store.history(assessment)] == ["details"]


def test_export_asks_before_overwriting_a_file(db_path: Path, tmp_path: Path) -> None:
    seeded(db_path)
    target = tmp_path / "gemeente-test-2026.yaml"
    target.write_text("mijn eigen bestand\n", encoding="utf-8")

    async def steps(pilot: Any, app: Bio2App) -> None:
        await open_first(pilot, app)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert str(target) in rendered(app.screen.query_one("#question"))
        await pilot.press("escape")  # keep the file
        await pilot.pause()
        assert isinstance(app.screen, AssessmentScreen)
        assert target.read_text(encoding="utf-8") == "mijn eigen bestand\n"
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#yes").press()
        await wait_until(pilot, lambda: getattr(app.screen, "result", None) is not None,
                         what="the export job")

    drive(db_path, steps, output_dir=tmp_path)
    assert target.read_text(encoding="utf-8").startswith("# ") or "format: bio2-answers/1" in \
        target.read_text(encoding="utf-8")


def test_cbw_and_dashboard_keep_numbers_in_view_at_80_columns(db_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.3", status="nee", explanation="x",
                                             owner="Een heel lange naam van een afdeling"))

    async def steps(pilot: Any, app: Bio2App) -> None:
        await open_first(pilot, app)
        for key, columns in (("c", ("score", "coverage")), ("s", ("residual",))):
            await pilot.press(key)
            await pilot.pause()
            table = app.screen.query_one(DataTable)
            x = 0
            for column in table.ordered_columns:
                x += column.get_render_width(table)
                if column.key.value in columns:
                    assert x <= 80, (key, column.key.value, x)
            await pilot.press("escape")
            await pilot.pause()

    drive(db_path, steps, size=(80, 24))
