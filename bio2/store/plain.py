"""The rows of one assessment as plain records, for the read path of ``bio2 cbw`` (no
pydantic; issue 13: the command as a whole process under 300 ms).

They fit the shapes the scoring and Cbw rules read (:mod:`bio2.domain.shapes`). Every value
was checked by the models when it was written (``bio2.store.rows``), so reading it back
needs no second check: the same columns, dates parsed as the models parse ISO dates.
Named tuples rather than dataclasses: cheaper to define and to build (see
:mod:`bio2.catalog.plain`).
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from bio2.domain.vocab import Level, Status
    from bio2.store import Store


class PlainRisk(NamedTuple):
    likelihood: int
    impact: int


class PlainAcceptance(NamedTuple):
    until: date


class PlainAnswer(NamedTuple):
    """What scoring reads of an answer (:class:`bio2.domain.shapes.AnswerShape`)."""

    item: str
    status: Status
    due: date | None
    risk: PlainRisk | None
    acceptance: PlainAcceptance | None


class PlainApplicability(NamedTuple):
    control: str
    applicable: bool


class PlainRiskProfile(NamedTuple):
    beschikbaarheid: Level
    integriteit: Level
    vertrouwelijkheid: Level


class PlainAssessment(NamedTuple):
    id: int
    org_id: str
    period: str
    catalog: str
    profile: str
    risk_profile: PlainRiskProfile


class PlainContact(NamedTuple):
    name: str


class PlainRegistration(NamedTuple):
    """What the Cbw view shows of a registration (:class:`bio2.domain.registration
    .Registration`)."""

    entity: str
    incident_contact: PlainContact
    services: tuple[str, ...]
    registered_on: date | None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def assessments(store: Store, org_id: str) -> list[PlainAssessment]:
    """The assessments of ``org_id`` in the order of ``Store.assessments``."""
    rows = store.db.conn.execute(
        "SELECT id, org_id, period, catalog, profile, beschikbaarheid, integriteit,"
        " vertrouwelijkheid FROM assessments WHERE org_id = ? ORDER BY org_id, period, id",
        [org_id])
    return [PlainAssessment(ident, org, period, catalog, profile,
                            PlainRiskProfile(b, i, v))
            for ident, org, period, catalog, profile, b, i, v in rows]


def answers(store: Store, assessment_id: int, view: str = "self") -> dict[str, PlainAnswer]:
    rows = store.db.conn.execute(
        "SELECT item, status, due, likelihood, impact, acc_by, acc_until FROM answers"
        " WHERE assessment_id = ? AND view = ?", [assessment_id, view])
    return {item: PlainAnswer(
        item, status, _day(due),
        PlainRisk(likelihood, impact) if likelihood is not None else None,
        PlainAcceptance(date.fromisoformat(until)) if by is not None else None)
        for item, status, due, likelihood, impact, by, until in rows}


def applicability(store: Store, assessment_id: int) -> dict[str, PlainApplicability]:
    rows = store.db.conn.execute(
        "SELECT control, applicable FROM applicability WHERE assessment_id = ?",
        [assessment_id])
    return {control: PlainApplicability(control, bool(applicable))
            for control, applicable in rows}


def registration(row: dict[str, Any]) -> PlainRegistration | None:
    """The registration of an organisation row (``Store.organisation``), if it has one."""
    text = row.get("registration")
    if not text:
        return None
    data = json.loads(text)
    return PlainRegistration(data["entity"], PlainContact(data["incident_contact"]["name"]),
                             tuple(data["services"]), _day(data.get("registered_on")))
