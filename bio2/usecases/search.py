"""Finding items: search text folded for comparison, item numbers as users type them, and
the filters of the TUI's navigation."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from bio2.domain.catalog import Catalog
from bio2.i18n import t


def fold(text: str) -> str:
    """Lower case without diacritics: "Coördinatie" -> "coordinatie" (NFKD, marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_item(catalog: Catalog, text: str) -> str | None:
    """The item a user means by a number: ``5.17.01``, ``5.17.1``, ``5.3``, ``9.3.2``
    (an ISMS clause) or ``isms-9.3.2``; a control with measures gives its first measure."""
    wanted = text.strip().lower()
    if not wanted:
        return None
    if wanted in catalog.items:
        return wanted
    parts = wanted.split(".")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        measure = f"{int(parts[0])}.{int(parts[1]):02d}.{int(parts[2]):02d}"
        if measure in catalog.items:
            return measure
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        control = f"{int(parts[0])}.{int(parts[1])}"
        first = next((i.id for i in catalog.items.values() if i.control == control), None)
        if first:
            return first
    clause = wanted if wanted.startswith("isms-") else f"isms-{wanted}"
    return clause if clause in catalog.items else None


# -- filters -------------------------------------------------------------------------------
FilterKind = Literal["all", "unanswered", "gaps", "overdue", "expired", "category", "nis2",
                     "owner", "audit_differs"]


@dataclass(frozen=True)
class ItemFilter:
    """Which items the navigation shows: a kind, its value and a search text."""

    kind: FilterKind = "all"
    value: str = ""
    query: str = ""

    def label(self) -> str:
        if self.kind == "category":
            return t(f"category.{self.value}")
        if self.kind == "nis2":
            return t("nis2.letter", letter=self.value)
        if self.kind == "owner":
            return t("tui.filter.owner_is", owner=self.value)
        return t(f"tui.filter.{self.kind}")

