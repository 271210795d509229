"""Concurrent work (issue 10 §1): how fast the TUI sees another process's change, what
the revision check costs per save, and how long the stress run takes."""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Figure, median_of

WRITER = """
import sys, time
from bio2.domain.answers import Answer
from bio2.usecases.opening import open_store

store = open_store(sys.argv[1])
aid = store.assessments()[0].id
print("ready", flush=True)
for n, line in enumerate(sys.stdin):
    key = line.strip()
    store.save_answer(aid, Answer(item=key, status="ja", owner=f"extern {n}"),
                      base=store.current(aid, key)[1])
    print(time.time(), flush=True)   # the moment the commit is done
"""


def _seed(db: Path) -> None:
    from bio2.domain.answers import Organisation
    from bio2.usecases.opening import open_store
    from bio2.usecases.organisations import create_organisation, start_assessment

    with open_store(db) as store:
        create_organisation(store, Organisation(id="bench", name="Bench", type="gemeente"))
        start_assessment(store, "bench", "2026", "Bench")


def external_change_latency(folder: Path) -> list[float]:
    """Seconds from another process's commit until the open assessment shows it (tree,
    counts and the open item are refreshed in the same step)."""
    from bio2.tui.app import make_app
    from bio2.tui.screens.assessment import AssessmentScreen

    db = folder / "tui.sqlite"
    _seed(db)
    script = folder / "writer.py"
    script.write_text(WRITER)
    writer = subprocess.Popen([sys.executable, str(script), str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert writer.stdin is not None and writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    app = make_app(db, seed_demo=False)
    latencies: list[float] = []

    async def main() -> None:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, AssessmentScreen)
            keys = list(screen.s.catalog.items)[:8]
            for n, key in enumerate(keys):
                screen.show_item(key)
                await pilot.pause(0.3)
                writer.stdin.write(key + "\n")
                writer.stdin.flush()
                committed = float(writer.stdout.readline())
                while screen.form.values().get("owner") != f"extern {n}":
                    await asyncio.sleep(0.01)  # let the app run; no forced repaint
                latencies.append(time.time() - committed)

    try:
        os.environ.setdefault("BIO2_USER", "Bench")
        asyncio.run(main())
    finally:
        writer.stdin.close()
        writer.wait(timeout=10)
    return latencies


def revision_check_cost(folder: Path) -> tuple[float, float]:
    """Milliseconds: the check alone (read the stored revision and compare, inside the
    write transaction) and a whole save with it."""
    from bio2.domain.answers import Answer
    from bio2.usecases.opening import open_store

    db = folder / "cas.sqlite"
    _seed(db)
    store = open_store(db)
    aid = store.assessments()[0].id
    counter = iter(range(10**6))

    def check() -> None:
        with store.atomic():
            _, revision = store.current(aid, "5.17.01")
            assert revision >= 0

    def save() -> None:
        n = next(counter)
        store.save_answer(aid, Answer(item="5.17.01", status="deels", explanation=f"v {n}"),
                          base=store.current(aid, "5.17.01")[1])

    save()
    return median_of(check, 101), median_of(save, 51)


def run() -> list[Figure]:
    import sys as _sys

    _sys.path.insert(0, str(ROOT))
    from tests import stress

    figures = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        latencies = external_change_latency(folder)
        figures.append(Figure("TUI sees another process's change (median of 8)",
                              statistics.median(latencies) * 1000, 1000,
                              note=f"slowest {max(latencies) * 1000:.0f} ms; poll every 0.25 s"))
        check, save = revision_check_cost(folder)
        figures.append(Figure("revision check per save (read + compare)", check, 1,
                              note=f"whole save with it {save:.2f} ms"))
        (folder / "stress").mkdir()
        result = stress.run(folder / "stress.sqlite", folder / "stress")
        refused = sum(1 for e in result.edits if e["refused"])
        figures.append(Figure("stress: 200 edits + 50 imports, 6 processes", result.seconds,
                              60, unit="s", note=f"{refused} edits refused as conflicts"))
    return figures
