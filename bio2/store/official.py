"""The official BIO2 texts a user imported, keyed by catalog version and item.

``bio2 catalog import-official`` writes them, the TUI item panel and the report annex read
them with :func:`official_text` and show them beside our own guidance, marked as the
official text with its source. They live only in the user's database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from bio2.domain.records import OfficialText
from bio2.store import Store, now


def replace_official_texts(store: Store, catalog_id: str, texts: Iterable[OfficialText]) -> int:
    """Replace all official texts of ``catalog_id`` by ``texts`` (one file's worth).

    One transaction: the earlier texts of that catalog stay until the new ones are all
    written; a failure half-way leaves them as they were. Returns the number stored.
    """
    rows = [{
        "catalog": catalog_id, "item": x.item, "number": x.number, "text": x.text,
        "categories": None if x.categories is None else json.dumps(list(x.categories)),
        "source": x.source, "sha256": x.sha256, "imported_at": x.imported_at or now(),
    } for x in texts]
    with store.atomic():
        store.db.conn.execute("DELETE FROM official_texts WHERE catalog = ?", [catalog_id])
        store.db.table("official_texts").insert_all(rows)
    return len(rows)


def official_text(store: Store, catalog_id: str, item_id: str) -> OfficialText | None:
    """The official text of one item of one catalog version, if the user imported it."""
    rows = list(store.db.query(
        "SELECT * FROM official_texts WHERE catalog = ? AND item = ?", [catalog_id, item_id]))
    return _text(rows[0]) if rows else None


def official_texts(store: Store, catalog_id: str) -> dict[str, OfficialText]:
    """All official texts of one catalog version (item id -> text)."""
    rows = store.db.query("SELECT * FROM official_texts WHERE catalog = ?", [catalog_id])
    return {r["item"]: _text(r) for r in rows}


def _text(r: dict[str, Any]) -> OfficialText:
    categories = None if r["categories"] is None else tuple(json.loads(r["categories"]))
    return OfficialText(
        catalog=r["catalog"], item=r["item"], number=r["number"], text=r["text"],
        categories=categories, source=r["source"], sha256=r["sha256"],
        imported_at=r["imported_at"],
    )
