"""Stress (issue 10 §1): 200 edits in four editor processes and 50 imports in two
importer processes on the same eight items; then the history table proves that every
write is either present, based on exactly the row before it, or was refused with a
visible conflict (the stored revision it met is in the history)."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from bio2.store.history import verify
from bio2.usecases.opening import open_store
from tests import stress


def test_interleaved_edits_and_imports_lose_nothing(db_path: Path, tmp_path: Path) -> None:
    result = stress.run(db_path, tmp_path)
    assert len(result.edits) == stress.EDITORS * stress.EDITS == 200
    assert len(result.imports) == stress.IMPORTERS * stress.IMPORTS == 50
    with open_store(db_path) as store:
        aid = store.assessments()[0].id
        rows = store.history(aid)
        [chain] = verify(store.db.conn, [aid])
    assert chain.intact
    by_key: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_key[row["item"]].append(row)
    by_id = {row["id"]: row for row in rows}
    previous = {row["id"]: (by_key[row["item"]][i - 1]["id"] if i else 0)
                for rows_of_key in by_key.values() for i, row in enumerate(rows_of_key)}
    # every row's old value is the value the row before it wrote (the store's own view)
    for rows_of_key in by_key.values():
        for before, after in pairwise(rows_of_key):
            assert after["old"] == before["new"]
    written = {row["new"]["explanation"]: row for row in rows if row["new"]}
    refused = [e for e in result.edits if e["refused"]]
    present = [e for e in result.edits if not e["refused"]]
    for edit in present:
        row = by_id[edit["revision"]]
        assert row["new"]["explanation"] == edit["token"] and row["item"] == edit["key"]
        # based on exactly the value before it: nothing in between was overwritten unseen
        assert previous[row["id"]] == edit["base"]
    for edit in refused:
        assert edit["token"] not in written  # never applied
        other = by_id[edit["current"]]       # the version it met is in the history
        assert other["item"] == edit["key"]
    for record in result.imports:
        for token in record["tokens"]:
            assert token in written
    assert len(present) + len(refused) == 200
    assert refused, "the run should make editors meet each other's changes"
    assert len(rows) == len(present) + sum(len(r["tokens"]) for r in result.imports)
