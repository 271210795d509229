"""``bio2 cbw``'s read path: one assessment's Cbw readiness without pydantic (issue 13:
the command as a whole process under 300 ms).

The same rules as every other output, from the same homes: which assessment ORG PERIOD
means (:func:`choose_assessment`, also behind ``opening.find_assessment``), the item
scores (``bio2.analysis.scoring.score_items``) and the Cbw views
(``bio2.analysis.cbw.readiness``); only the inputs are plain records read straight from
the store (:mod:`bio2.store.plain`) and the catalog's facts (:mod:`bio2.catalog.plain`).
A test compares the outputs of both paths for the demo and a full assessment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from bio2.domain.errors import UserError
from bio2.i18n import t

if TYPE_CHECKING:
    from bio2.analysis.cbw import CbwReadiness
    from bio2.catalog.plain import PlainCatalog
    from bio2.domain.scorecard import ItemScore
    from bio2.store import Store
    from bio2.store.plain import PlainRegistration


class Candidate(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def period(self) -> str: ...
    @property
    def catalog(self) -> str: ...


A = TypeVar("A", bound=Candidate)


def choose_assessment(store: Store, org_id: str, period: str, catalog: str | None,
                      assessments: Callable[[str], Sequence[A]],
                      is_draft: Callable[[str], bool]) -> A:
    """The assessment of ``org_id`` for ``period`` (on ``catalog`` when given), or a
    one-line UserError naming what is known. After a migration to a draft catalog both
    assessments exist; without an explicit catalog the adopted one is meant (a draft has
    no formal status), then the newest."""
    if store.organisation(org_id) is None:
        known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
        raise UserError(t("service.unknown_org", org=org_id, known=known))
    candidates = [a for a in assessments(org_id) if a.period == period
                  and (catalog is None or a.catalog == catalog)]
    found = max(candidates, default=None, key=lambda a: (not is_draft(a.catalog), a.id))
    if found is None:
        known = ", ".join(a.period for a in assessments(org_id)) or t("service.none")
        raise UserError(t("service.unknown_period", org=org_id, period=period, known=known))
    return found


class CbwView(NamedTuple):
    """What ``bio2 cbw`` shows of one assessment."""

    org_id: str
    organisation_name: str
    period: str
    catalog: PlainCatalog
    registration: PlainRegistration | None
    result: CbwReadiness
    today: date


def cbw_view(store: Store, org_id: str, period: str, catalog_id: str | None = None,
             today: date | None = None) -> CbwView:
    """The Cbw readiness of the assessment ORG PERIOD [catalog] names."""
    from bio2.analysis.cbw import readiness
    from bio2.analysis.scoring import score_items
    from bio2.catalog.plain import category_factors, plain_catalog
    from bio2.store import plain
    from bio2.store.checklists import get_ticks

    catalogs: dict[str, PlainCatalog] = {}

    def catalog_of(ident: str) -> PlainCatalog:
        if ident not in catalogs:
            catalogs[ident] = plain_catalog(ident)
        return catalogs[ident]

    row = choose_assessment(store, org_id, period, catalog_id,
                            lambda org: plain.assessments(store, org),
                            lambda c: catalog_of(c).is_draft)
    catalog = catalog_of(row.catalog)
    organisation = store.organisation(row.org_id)
    assert organisation is not None  # choose_assessment found it
    registration = plain.registration(organisation)
    day = today or date.today()
    items = score_items(catalog, plain.answers(store, row.id),
                        plain.applicability(store, row.id), row.risk_profile,
                        category_factors(row.profile), day)
    return CbwView(
        org_id=row.org_id, organisation_name=organisation["name"], period=row.period,
        catalog=catalog, registration=registration,
        result=readiness(catalog, _Scored(items), registration, get_ticks(store, row.id)),
        today=day)


class _Scored(NamedTuple):
    """The item scores alone (the Cbw views read no group scores)."""

    items: dict[str, ItemScore]
