"""The ``checklists`` section of an answer file (issue 13 §4): checks against the catalog.

The model (``bio2.domain.answers.ChecklistTicks``) only bounds sizes; what the catalog
knows is checked here, on the parsed data, so every problem gets its own file:line:
a Cbw item that does not exist or has no checklist, an unknown or repeated sub-point,
an item listed twice, and any ticks in an audit file (the ticks are the CISO's evidence
of the self-assessment; the audit view has none). Each is an error: nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bio2.domain.catalog import Catalog

#: The longest id or item number quoted back in a message; longer ones are cut with "...".
SHOWN = 40

Report = Callable[[tuple[str | int, ...], str, dict[str, Any]], None]


def _shown(value: str) -> str:
    return value if len(value) <= SHOWN else value[:SHOWN - 3] + "..."


def check(data: dict[str, Any], checklists: Mapping[str, tuple[str, ...]],
          report: Report) -> None:
    """Call ``report(path, message key, values)`` for every problem of the section.
    ``checklists``: per Cbw item of the catalog the ids of its sub-points (see
    :class:`bio2.catalog.facts.CatalogFacts`), so a valid file is checked without
    loading the catalog."""
    section = data.get("checklists")
    if not isinstance(section, list) or not section:
        return
    info = data.get("assessment")
    if isinstance(info, dict) and info.get("source") == "audit":
        report(("checklists",), "checklist.audit_file", {})
        return
    with_list = [key for key, ids in checklists.items() if ids]
    known = ", ".join(with_list)
    seen: set[str] = set()
    for index, entry in enumerate(section):
        if not isinstance(entry, dict) or not isinstance(entry.get("item"), str):
            continue  # the model reports the wrong type
        key = entry["item"]
        where: tuple[str | int, ...] = ("checklists", index, "item")
        ids = checklists.get(key)
        if ids is None:
            report(where, "checklist.unknown_item", {"item": _shown(key), "known": known})
            continue
        if not ids:
            report(where, "checklist.no_list", {"item": key, "known": known})
            continue
        if key in seen:
            report(where, "checklist.duplicate_item", {"item": key})
        seen.add(key)
        ticked: set[str] = set()
        for p_index, point in enumerate(_strings(entry.get("ticked"))):
            at = ("checklists", index, "ticked", p_index)
            if point is None:
                continue
            if point not in ids:
                report(at, "checklist.unknown_point",
                       {"point": _shown(point), "item": key, "known": ", ".join(ids)})
            elif point in ticked:
                report(at, "checklist.duplicate_point", {"point": point})
            ticked.add(point)


def _strings(value: Any) -> Iterable[str | None]:
    if isinstance(value, list):
        for entry in value:
            yield entry if isinstance(entry, str) else None


def canonical(data: dict[str, Any], catalog: Catalog) -> None:
    """Put the section of plain answer data in its fixed order (catalog order of the Cbw
    items, checklist order of the ticks) or drop it when empty: a file without ticks
    keeps the fingerprint it had before the section existed."""
    entries = [e for e in data.get("checklists", []) if e.get("ticked")]
    if not entries:
        data.pop("checklists", None)
        return
    order = {key: n for n, key in enumerate(catalog.cbw_items)}
    for entry in entries:
        item = catalog.cbw_items.get(entry["item"])
        points = {p.id: n for n, p in enumerate(item.checklist)} if item else {}
        entry["ticked"] = sorted(entry["ticked"], key=lambda p: points.get(p, 1 << 30))
    data["checklists"] = sorted(entries, key=lambda e: order.get(e["item"], 1 << 30))
