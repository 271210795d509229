"""Ticking the per-item Cbw checklists (issue 13 §4) as the TUI does it (no textual here).

Decisions:
- A tick is written at once, by compare and set on the revision this screen read
  (``bio2.store.checklists``): a change by another process in between raises
  ``ConflictError``; the screen then shows what is stored now and the user ticks again
  (a tick is one key press, so nothing typed is lost).
- Toggling a sub-point of a Cbw item without a checklist, or an id the list does not know,
  is a one-line ``UserError`` and writes nothing.
- Ticks belong to the assessment (the evidence is of a period): they are not carried into
  another period or catalog version.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bio2.domain.catalog import Catalog
from bio2.domain.errors import UserError
from bio2.i18n import t
from bio2.store import Store
from bio2.store.checklists import get_item_ticks, put_ticks
from bio2.store.writes import ConflictError as ConflictError  # the TUI catches it


@dataclass
class Ticking:
    """The ticks of one assessment as a screen holds them, with the revisions it read."""

    ticks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    revisions: dict[str, int] = field(default_factory=dict)


def read_ticks(store: Store, assessment_id: int, catalog: Catalog) -> Ticking:
    """The stored ticks and revisions of every Cbw item that has a checklist."""
    result = Ticking()
    for key, item in catalog.cbw_items.items():
        if item.checklist:
            result.ticks[key], result.revisions[key] = get_item_ticks(store, assessment_id, key)
    return result


def toggle(store: Store, assessment_id: int, catalog: Catalog, ticking: Ticking,
           cbw_item: str, point: str, *, actor: str | None = None) -> tuple[str, ...]:
    """Tick or untick ``point`` of ``cbw_item``; returns the item's ticks afterwards and
    updates ``ticking``. A conflict re-reads ``ticking`` from the store and is raised."""
    known = [key for key, item in catalog.cbw_items.items() if item.checklist]
    item = catalog.cbw_items.get(cbw_item)
    if item is None or not item.checklist:
        raise UserError(t("checklist.no_list", item=cbw_item[:40], known=", ".join(known)))
    ids = [p.id for p in item.checklist]
    if point not in ids:
        raise UserError(t("checklist.unknown_point", point=point[:40], item=cbw_item,
                          known=", ".join(ids)))
    current = set(ticking.ticks.get(cbw_item, ()))
    current ^= {point}
    new = tuple(p for p in ids if p in current)
    try:
        revision = put_ticks(store, assessment_id, cbw_item, new,
                             base=ticking.revisions.get(cbw_item, 0), actor=actor)
    except ConflictError:
        fresh = read_ticks(store, assessment_id, catalog)
        ticking.ticks, ticking.revisions = fresh.ticks, fresh.revisions
        raise
    ticking.ticks[cbw_item], ticking.revisions[cbw_item] = new, revision
    return new
