"""A filtered item tree after a change by another process (issue 10): rebuilt, so an item
that no longer matches goes and one that now matches appears; the cursor stays on the
same item where it is still shown. The other process is a real ``bio2 import``."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bio2.catalog.loading import load_catalog
from bio2.domain.answers import Answer
from bio2.store import Store
from bio2.tui.app import Bio2App
from bio2.usecases.search import ItemFilter
from tests.conftest import run_bio2
from tests.test_tui import drive, open_first, seeded
from tests.test_tui_concurrency import wait_for

HEAD = """\
format: bio2-answers/1
catalog: bio2-1.2
organisation: {id: gemeente-test, name: Gemeente Test, type: gemeente}
assessment: {period: "2026", source: self, assessor: Auditor Anna}
answers:
"""


def import_statuses(tmp_path: Path, db: Path, statuses: dict[str, str]) -> None:
    """Another process: ``bio2 import --on-conflict theirs`` of these statuses."""
    lines = [f'  - {{item: "{item}", status: {status}, explanation: "van elders"}}'
             for item, status in statuses.items()]
    path = tmp_path / f"import-{time.monotonic_ns()}.yaml"
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    result = run_bio2("import", str(path), "--on-conflict", "theirs", db=db)
    assert result.returncode == 0, result.stderr


def test_a_filtered_tree_follows_changes_made_elsewhere(db_path: Path, tmp_path: Path) -> None:
    aid = seeded(db_path)
    a, b, c, d = list(load_catalog("bio2-1.2").items)[:4]
    with Store(db_path) as store, store.atomic():
        for item in (a, b):
            store.put_answer(aid, Answer(item=item, status="nee", explanation="nog niet"),
                             base=0, actor="Tester")

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        screen.set_filter(ItemFilter("gaps"))
        await pilot.pause()
        tree = screen.item_tree
        assert tree.item_ids() == [a, b]
        screen.show_item(b)
        await wait_for(pilot, lambda: tree.cursor_node is not None
                       and tree.cursor_node.data == b)

        # a is solved elsewhere and c became a gap: a goes, c appears, the cursor stays on b
        import_statuses(tmp_path, db_path, {a: "ja", c: "nee"})
        await wait_for(pilot, lambda: tree.item_ids() == [b, c])
        await pilot.pause()
        assert tree.cursor_node is not None and tree.cursor_node.data == b
        assert screen.current == b
        assert "✘" in str(tree.nodes_by_key[c].label)  # the new item with its mark

        # b itself no longer matches: it leaves the tree, the form keeps it open
        import_statuses(tmp_path, db_path, {b: "ja", d: "deels"})
        await wait_for(pilot, lambda: tree.item_ids() == [c, d])
        await pilot.pause()
        assert screen.current == b and screen.form.values()["status"] == "ja"
        assert tree.cursor_node is None or tree.cursor_node.data != b
        assert screen.filter == ItemFilter("gaps")

    drive(db_path, steps)


def test_an_unfiltered_tree_is_only_relabelled(db_path: Path, tmp_path: Path) -> None:
    seeded(db_path)
    a = next(iter(load_catalog("bio2-1.2").items))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        tree = screen.item_tree
        node = tree.nodes_by_key[a]
        shown = tree.item_ids()
        import_statuses(tmp_path, db_path, {a: "nee"})
        await wait_for(pilot, lambda: "✘" in str(tree.nodes_by_key[a].label))
        assert tree.nodes_by_key[a] is node and tree.item_ids() == shown  # not rebuilt

    drive(db_path, steps)
