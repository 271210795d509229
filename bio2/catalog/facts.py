"""The few facts of a catalog that checking an answer file needs: which controls exist,
and per item its kind and control. Without pydantic: ``bio2 validate`` takes them from the
committed snapshot (``bio2/exchange/answer_snapshot.json``) while the catalog files are the
ones the snapshot was made from, and from the loaded catalog otherwise.
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


def facts_of(catalog: Catalog) -> CatalogFacts:
    """The facts of a loaded catalog."""
    return CatalogFacts(catalog.id, frozenset(catalog.controls),
                        {key: ItemFact(item.kind, item.control)
                         for key, item in catalog.items.items()})


def nearest_ids(ids: Iterable[str], wrong: str, limit: int = 1) -> list[str]:
    """Item ids that look like ``wrong`` (for "did you mean ...?")."""
    import difflib  # only for an unknown id: not on the path of a valid file

    return difflib.get_close_matches(wrong, list(ids), n=limit, cutoff=0.75)
