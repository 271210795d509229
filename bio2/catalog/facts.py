"""The few facts of a catalog that checking an answer file needs: which controls exist,
per item its kind and control, and per Cbw item the ids of its checklist sub-points.
Without pydantic: ``bio2 validate`` takes them from the committed snapshot
(``bio2/exchange/answer_snapshot.json``) while the catalog files are the ones the
snapshot was made from, and from the loaded catalog otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bio2.domain.catalog import Catalog


@dataclass(frozen=True)
class ItemFact:
    """What the answer rules ask of an item (see :class:`bio2.domain.rules.ItemFacts`)."""

    kind: str
    control: str | None


@dataclass(frozen=True)
class CatalogFacts:
    id: str
    controls: frozenset[str]
    #: Item id -> its facts, in catalog order.
    items: Mapping[str, ItemFact]
    #: Cbw item number -> the ids of its checklist sub-points in order (() for an item
    #: without a checklist), in catalog order.
    checklists: Mapping[str, tuple[str, ...]]


def facts_of(catalog: Catalog) -> CatalogFacts:
    """The facts of a loaded catalog."""
    return CatalogFacts(catalog.id, frozenset(catalog.controls),
                        {key: ItemFact(item.kind, item.control)
                         for key, item in catalog.items.items()},
                        {key: tuple(point.id for point in item.checklist)
                         for key, item in catalog.cbw_items.items()})


def nearest_ids(ids: Iterable[str], wrong: str, limit: int = 1) -> list[str]:
    """Item ids that look like ``wrong`` (for "did you mean ...?")."""
    import difflib  # only for an unknown id: not on the path of a valid file

    return difflib.get_close_matches(wrong, list(ids), n=limit, cutoff=0.75)
