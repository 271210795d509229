"""The Cbw registration screen (issue 13 §4): the form's rules (one home with the CLI's
registration file), then the screen driven with Pilot: edit and save, a wrong field says
why and nothing is written, hostile text stays text, a stale save opens the conflict
screen, the palette reaches it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.widgets import Input, Label, Static, TextArea

from bio2.domain.answers import Organisation
from bio2.domain.registration import Registration
from bio2.i18n import t
from bio2.store import org_history
from bio2.store.registration import get_registration_revision
from bio2.tui.app import Bio2App
from bio2.tui.screens.conflict import ConflictScreen
from bio2.tui.screens.registration import RegistrationScreen
from bio2.tui.screens.start import StartScreen
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation
from bio2.usecases.registration import read_registration
from bio2.usecases.registration_form import (
    build_registration,
    registration_fields,
    services_of,
)
from tests.conftest import wait_until
from tests.test_start_screen import HOSTILE, drive

GOOD = {"entity_name": "Gemeente A", "entity_type": "gemeente", "entity": "essentieel",
        "sector": "overheid", "contact_name": "A. de Vries (CISO)",
        "contact_email": "ciso@voorbeeld.nl", "contact_phone": "+31 20 123 4567",
        "services": "Burgerzaken\nBelastingen", "registered_on": ""}


# -- the form's rules (pure) --------------------------------------------------------------
def test_a_good_form_gives_the_model_a_registration_file_gives(tmp_path: Path) -> None:
    file = tmp_path / "reg.yaml"
    file.write_text(
        "entity_name: Gemeente A\nentity_type: gemeente\nentity: essentieel\n"
        "incident_contact: {name: A. de Vries (CISO), email: ciso@voorbeeld.nl,"
        " phone: '+31 20 123 4567'}\nservices: [Burgerzaken, Belastingen]\n"
        "registered_on: 2026-02-01\n", encoding="utf-8")
    form = build_registration({**GOOD, "registered_on": "1 februari 2026",
                               "services": " Burgerzaken\n\nBelastingen \nBurgerzaken\n"})
    assert form.ok and form.model == read_registration(file)
    assert registration_fields(form.model)["registered_on"] == "2026-02-01"
    assert build_registration(registration_fields(form.model)).model == form.model


def test_every_wrong_field_is_named_at_once_with_its_reason() -> None:
    form = build_registration({
        **GOOD, "entity_name": "  ", "contact_email": "jan..jansen@voorbeeld.nl",
        "contact_phone": "=1+1", "services": "Burgerzaken\n\nBelas\ttingen",
        "registered_on": "31-02-2026", "entity": "niet"})
    assert not form.ok and form.model is None
    assert form.errors == {
        "entity_name": "verplicht",
        "contact_email": "geen bruikbaar e-mailadres; typ bijv. ciso@gemeente.nl",
        "contact_phone": "geen telefoonnummer: cijfers met eventueel +, spaties, - en"
                         " haakjes (6 tot 25 tekens)",
        "services": "regel 3: één regel zonder tabs",  # the line as typed, blanks counted
        "registered_on": "datum 2026-02-31 bestaat niet",
        "entity": form.errors["entity"],
    }
    assert "niet" in form.errors["entity"]
    assert build_registration({**GOOD, "services": "\n \n"}).errors == {
        "services": "verplicht"}
    assert build_registration({**GOOD, "entity_name": "x" * 201}).errors == {
        "entity_name": "te lang (hoogstens 200 tekens)"}
    assert build_registration({**GOOD, "registered_on": "morgen"}).errors == {
        "registered_on": t("tui.err.date")}


def test_services_keep_the_line_they_were_typed_on() -> None:
    assert services_of("\n a \r\nb\n\na\n") == {"a": 2, "b": 3}


# -- the screen ---------------------------------------------------------------------------
def organisation(db: Path, name: str = "Gemeente A") -> None:
    with open_store(db) as store:
        create_organisation(store, Organisation(id="gem-a", name=name, type="gemeente"))


def stored(db: Path) -> tuple[Registration | None, int]:
    with open_store(db) as store:
        return get_registration_revision(store, "gem-a")


async def fill(pilot: Any, screen: RegistrationScreen, values: dict[str, str]) -> None:
    for name, value in values.items():
        if name == "services":
            screen.query_one("#r-services", TextArea).text = value
        else:
            screen.query_one(f"#r-{name}", Input).value = value
    await pilot.pause()


def test_edit_bad_field_hostile_text_and_save_at_80x24(db_path: Path) -> None:
    organisation(db_path, name=HOSTILE)

    async def steps(pilot: Any, app: Bio2App) -> None:
        assert isinstance(app.screen, StartScreen)
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegistrationScreen)
        title = screen.query_one(".dialog-title", Static).render()
        assert str(title) == f"Cbw-registratie: {HOSTILE} (gem-a)"  # text, not markup
        await fill(pilot, screen, {"entity_name": HOSTILE, "contact_name": "<b>&amp;",
                                   "contact_email": "jan..jansen@voorbeeld.nl",
                                   "contact_phone": "+31 20 123 4567",
                                   "services": "=1+1\nICT\tdienst"})
        await pilot.press("ctrl+s")
        await pilot.pause()
        # the wrong fields say why, below the field; the rest stays as typed
        assert isinstance(app.screen, RegistrationScreen)
        assert screen.query_one("#l-contact_email", Label).has_class("-invalid")
        assert str(screen.query_one("#e-contact_email", Static).render()) == (
            "geen bruikbaar e-mailadres; typ bijv. ciso@gemeente.nl")
        assert "regel 2" in str(screen.query_one("#e-services", Static).render())
        assert screen.focused is screen.query_one("#r-contact_email", Input)
        assert screen.query_one("#r-entity_name", Input).value == HOSTILE
        assert stored(db_path) == (None, 0)  # nothing written

        await fill(pilot, screen, {"contact_email": "ciso@voorbeeld.nl",
                                   "services": "=1+1\nICT [/regio] \x1b[2J",
                                   "registered_on": "31-12-2026"})
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)

    drive(db_path, steps, size=(80, 24))
    registration, revision = stored(db_path)
    assert revision == 1 and registration == Registration.model_validate({
        "entity_name": HOSTILE, "entity_type": "gemeente", "entity": "essentieel",
        "incident_contact": {"name": "<b>&amp;", "email": "ciso@voorbeeld.nl",
                             "phone": "+31 20 123 4567"},
        "services": ["=1+1", "ICT [/regio] \x1b[2J"], "registered_on": date(2026, 12, 31)})
    with open_store(db_path) as store:
        rows = org_history.rows(store.db.conn, "gem-a")
    assert [(r["actor"], r["via"]) for r in rows] == [("Tester", {"tui": "registration"})]


def test_a_stale_save_opens_the_conflict_screen_and_records_the_choice(
        db_path: Path, tmp_path: Path) -> None:
    organisation(db_path)
    file = tmp_path / "reg.yaml"
    file.write_text(
        "entity_name: Gemeente A (CLI)\nentity_type: gemeente\nentity: belangrijk\n"
        "incident_contact: {name: B. Bakker, email: b@voorbeeld.nl, phone: '020 1234567'}\n"
        "services: [Belastingen]\n", encoding="utf-8")

    async def steps(pilot: Any, app: Bio2App) -> None:
        from tests.conftest import run_bio2

        await pilot.press("ctrl+p")  # reached through the palette too
        await pilot.pause()
        await pilot.press(*"registratie")
        palette = app.screen
        await wait_until(pilot, lambda: any(
            "registratie" in str(o.prompt).lower()
            for o in palette.query_one("CommandList").options),  # type: ignore[attr-defined]
            what="the palette's search")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegistrationScreen)
        await fill(pilot, screen, {k: v for k, v in GOOD.items()
                                   if k not in ("entity_type", "entity", "sector")})
        # meanwhile another process registers the organisation
        other = run_bio2("registration", "gem-a", "--set-from", str(file), "--user", "Bea",
                         db=db_path, process=True)
        assert other.returncode == 0, other.stderr
        await pilot.press("ctrl+s")
        await pilot.pause()
        conflict = app.screen
        assert isinstance(conflict, ConflictScreen)
        assert "Bea" in conflict.who
        assert conflict.theirs["entity_name"] == "Gemeente A (CLI)"
        assert conflict.mine["entity_name"] == "Gemeente A"
        assert "entity_type" not in conflict.differ and "entity" in conflict.differ
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)

    drive(db_path, steps)
    registration, revision = stored(db_path)
    assert revision == 2 and registration is not None
    assert registration.entity_name == "Gemeente A" and registration.entity == "essentieel"
    with open_store(db_path) as store:
        rows = org_history.rows(store.db.conn, "gem-a")
    assert [r["actor"] for r in rows] == ["Bea", "Tester"]
    assert rows[-1]["via"] == {"tui": "registration", "conflict": "mine"}
    assert rows[-1]["old"]["entity_name"] == "Gemeente A (CLI)"  # type: ignore[index]
