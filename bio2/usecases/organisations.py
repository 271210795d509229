"""Organisations and their assessments: create one, start a new assessment (optionally
carrying over another one), and who worked on an organisation last."""

from __future__ import annotations

from bio2.catalog.loading import load_catalog
from bio2.catalog.profiles import load_profile
from bio2.domain.answers import Organisation
from bio2.domain.errors import UserError
from bio2.i18n import t
from bio2.store import Store
from bio2.store.settings import known_user
from bio2.usecases.carryover import plan_carry, write_carried


def create_organisation(store: Store, org: Organisation, classification: str | None = None
                        ) -> None:
    load_profile(org.type)
    with store.atomic():
        store.put_organisation(org, classification)


def start_assessment(store: Store, org_id: str, period: str, assessor: str,
                     catalog: str = "bio2-1.2", carry_over_from: int | None = None,
                     actor: str | None = None, assessment_date: str | None = None) -> int:
    """A new assessment; optionally carrying over the answers and VvT of another one.

    The carried values are written on revision 0 (nothing there yet) and credited to the
    person doing it; the history says where they came from."""
    org = store.organisation(org_id)
    if org is None:
        raise UserError(t("service.unknown_org", org=org_id, known=""))
    profile = load_profile(org["type"])
    load_catalog(catalog)
    with store.atomic():
        previous = store.assessment(carry_over_from) if carry_over_from else None
        new_id = store.create_assessment(
            org_id, period, catalog, org["type"], assessor,
            previous.risk_profile if previous else profile.risk_profile,
            assessment_date)
        if previous is not None:
            # Last period may be on another catalog version: answers follow the moves
            # (the same plan as ``bio2 migrate``); the audit view stays with its period.
            plan = plan_carry(store, previous, load_catalog(catalog), views=("self",))
            write_carried(store, new_id, plan, actor=actor,
                          via={"carried_from": f"{previous.period} ({previous.catalog})"})
    return new_id


def last_worker(store: Store, org_id: str) -> str:
    """Who last worked on an organisation: the default assessor of its next assessment.

    The newest history row of its assessments names a person (rows written by bio2 itself,
    whose actor starts with "bio2 ", do not count); else the assessor of its newest
    assessment; else the person remembered for this OS account; never the OS account."""
    row = store.db.conn.execute(
        "SELECT h.actor FROM history h JOIN assessments a ON a.id = h.assessment_id"
        " WHERE a.org_id = ? AND h.actor NOT LIKE 'bio2 %' ORDER BY h.id DESC LIMIT 1",
        [org_id]).fetchone()
    if row is not None and row[0]:
        return str(row[0])
    assessments = store.assessments(org_id)
    if assessments:
        return max(assessments, key=lambda a: (a.created, a.id)).assessor
    return store.actor or known_user(store) or ""

