"""Carrying values into a new assessment: one rule for the source, one way to copy.

Two use cases start an assessment from another one: a new period that carries over the
last one (the TUI's "new assessment", :func:`bio2.usecases.organisations.start_assessment`)
and a move to another catalog version (``bio2 migrate``,
:func:`bio2.usecases.catalog_migration.migrate_assessment`). Before issue 12 each picked
its source in its own way (the migration the newest row of the period, even a draft; the
TUI the newest row of the latest period, whatever its catalog). Both now ask
:func:`carry_source` and copy with :func:`plan_carry` and :func:`write_carried`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from bio2.catalog.loading import load_catalog, moves_between
from bio2.catalog.versions import MigrationPlan, diff, plan_migration
from bio2.domain.catalog import Catalog
from bio2.domain.records import AssessmentRecord
from bio2.store import Store


def carry_source(rows: Iterable[AssessmentRecord], org_id: str, period: str,
                 catalog: str) -> AssessmentRecord | None:
    """The assessment a new assessment of ``org_id`` for ``period`` on ``catalog`` starts
    from; ``None`` when the organisation has none to offer.

    The rule (pinned by tests/test_carryover.py):

    1. Candidates are the organisation's assessments of a period up to and including
       ``period`` (periods compare as text, as everywhere: "2025" < "2025-Q4" < "2026"),
       except the one with exactly this key (``period``, ``catalog``), which is the target.
    2. The latest period wins: a new period carries over the period before it; a
       migration (same period, other catalog) starts from that same period.
    3. Within that period, the one on ``catalog`` first (its answers need no moves), then
       one on an adopted catalog before a draft (a draft has no formal status, as in
       :func:`bio2.usecases.opening.find_assessment`), then the newest (highest id).
    """
    candidates = [r for r in rows if r.org_id == org_id and r.period <= period
                  and (r.period, r.catalog) != (period, catalog)]
    if not candidates:
        return None
    latest = max(r.period for r in candidates)
    return max((r for r in candidates if r.period == latest),
               key=lambda r: (r.catalog == catalog, not load_catalog(r.catalog).is_draft,
                              r.id))


def plan_carry(store: Store, source: AssessmentRecord, target: Catalog,
               views: Iterable[str] = ("self",)) -> MigrationPlan:
    """What ``source`` hands to a new assessment on ``target``: the answers of ``views``
    follow the catalog's moves (``bio2.catalog.versions``), the VvT comes along."""
    old = load_catalog(source.catalog)
    return plan_migration(old, target, diff(old, target, moves_between(old.id, target.id)),
                          {view: store.answers(source.id, view) for view in views},
                          store.applicability(source.id))


def write_carried(store: Store, new_id: int, plan: MigrationPlan, *, actor: str | None,
                  via: Mapping[str, Any]) -> None:
    """Write a carry plan into the new assessment ``new_id`` (inside the caller's
    transaction). A new assessment has nothing yet, so every value is written on
    revision 0; ``via`` tells the history where the values came from."""
    for view, answers in plan.answers.items():
        for answer in answers:
            store.put_answer(new_id, answer, view=view, actor=actor, base=0, via=dict(via))
    for entry in plan.applicability:
        store.put_applicability(new_id, entry, actor=actor, base=0, via=dict(via))


def default_source(store: Store, org_id: str, period: str, catalog: str) -> int | None:
    """The id of the assessment a new assessment offers to carry over by default
    (:func:`carry_source` on the organisation's assessments)."""
    source = carry_source(store.assessments(org_id), org_id, period, catalog)
    return source.id if source is not None else None
