"""The typed read model (bio2.domain.records) and the use cases the TUI calls instead of
the store: organisation records, who is working, why a deletion failed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bio2.domain.answers import Organisation
from bio2.domain.records import OrganisationRecord
from bio2.domain.registration import IncidentContact, Registration
from bio2.store import Store
from bio2.store.registration import put_registration
from bio2.usecases.deletion import failure_reason
from bio2.usecases.opening import load_assessment
from bio2.usecases.organisations import create_organisation, start_assessment
from bio2.usecases.people import (
    os_account,
    person_at_work,
    remember_person,
    suggested_person,
    valid_name,
)

REGISTRATION = Registration(
    entity_name="Gemeente [/regio] <b>", entity_type="gemeente", entity="essentieel",
    incident_contact=IncidentContact(name="CISO", email="ciso@example.nl",
                                     phone="+31 6 12345678"),
    services=("Burgerzaken",))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "records.sqlite")
    create_organisation(store, Organisation(id="gem", name="ICT-dienst [/regio]",
                                            type="gemeente", cbw_entity="essentieel"),
                        classification="Intern")
    return store


def test_an_assessment_reads_its_organisation_as_a_record(store: Store) -> None:
    assessment = start_assessment(store, "gem", "2026", "CISO")
    assert load_assessment(store, assessment).organisation == OrganisationRecord(
        id="gem", name="ICT-dienst [/regio]", type="gemeente", cbw_entity="essentieel",
        classification="Intern", registration=None)
    put_registration(store, "gem", REGISTRATION)
    data = load_assessment(store, assessment)
    assert data.organisation.registration == REGISTRATION
    assert data.answer_file().organisation.registration == REGISTRATION
    assert store.organisation_record("nobody") is None


def test_who_is_working(store: Store) -> None:
    store.actor = None
    assert person_at_work(store) is None
    assert suggested_person(store) == ""
    start_assessment(store, "gem", "2026", "Jeroen de Vries")
    assert suggested_person(store) == "Jeroen de Vries"
    remember_person(store, "  Anna   Bakker ")
    assert store.actor == "Anna Bakker"
    store.actor = None
    assert person_at_work(store) == "Anna Bakker"  # remembered for this OS account
    assert store.actor == "Anna Bakker"
    assert os_account()
    assert valid_name("  Anna\t Bakker ") == "Anna Bakker"
    assert valid_name("   ") is None and valid_name("a\x1b[2J") is None
    assert valid_name("x" * 201) is None


def test_a_failed_deletion_names_its_reason_in_one_line() -> None:
    assert "\n" not in failure_reason(sqlite3.OperationalError("database or disk is full"))
    assert failure_reason(OSError("eerste\ntweede")) == "eerste"
    assert failure_reason(RuntimeError()) == "RuntimeError"
