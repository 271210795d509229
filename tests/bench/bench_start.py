"""Start screen with 1,000 assessments (issue 10: it froze for ~10 s on every return).

Figures: the overview query on its own beside the old way (load and score each
assessment), and the start screen in a headless app from ``reload()`` until the table
holds every row, plus the longest time the event loop was blocked meanwhile (a freeze).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from common import ROOT, Figure

COUNT = 1000

RELOAD = """
import asyncio, json, sys, time
from bio2.tui.app import make_app

async def main():
    app = make_app(sys.argv[1])
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.screen
        while screen.loading or not screen.query_one("DataTable").row_count:
            await asyncio.sleep(0.01)
        times, gaps = [], []
        for _ in range(5):
            start = last = time.perf_counter()
            gap = 0.0
            screen.reload()
            while screen.loading:
                await asyncio.sleep(0.005)  # the loop keeps turning while the worker loads
                now = time.perf_counter()
                gap, last = max(gap, now - last), now
            assert screen.query_one("DataTable").row_count == int(sys.argv[2])
            times.append(time.perf_counter() - start)
            gaps.append(gap)
        print(json.dumps({"reload": min(times) * 1000, "gap": max(gaps) * 1000}))

asyncio.run(main())
"""


def database(folder: Path, count: int) -> Path:
    """The demo and ``count - 1`` copies under other periods with some answers changed."""
    from bio2.usecases.service import import_files, open_store

    db = folder / "start.sqlite"
    demo = ROOT / "bio2" / "demo" / "gemeente-voorbeeld-2026.yaml"
    with open_store(db) as store:
        import_files(store, [str(demo)])
        conn = store.db.conn
        [(first,)] = conn.execute("SELECT id FROM assessments").fetchall()

        def columns(table: str, *skip: str) -> str:
            return ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                             if r[1] not in ("assessment_id", *skip))

        rng = random.Random(1)
        with store.atomic():
            for n in range(1, count):
                cols = columns("assessments", "id", "period")
                conn.execute(f"INSERT INTO assessments (period, {cols}) SELECT ?, {cols}"
                             " FROM assessments WHERE id = ?", [f"p{n:04d}", first])
                new = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
                for table in ("answers", "applicability"):
                    cols = columns(table)
                    conn.execute(f"INSERT INTO {table} (assessment_id, {cols}) SELECT ?, {cols}"
                                 f" FROM {table} WHERE assessment_id = ?", [new, first])
                conn.execute("UPDATE answers SET status = ? WHERE assessment_id = ? AND item IN"
                             " (SELECT item FROM answers WHERE assessment_id = ?"
                             " ORDER BY random() LIMIT 20)",
                             [rng.choice(("ja", "nee", "open")), new, new])
    return db


def run() -> list[Figure]:
    from bio2.store import Store
    from bio2.usecases.assessing import overview
    from bio2.usecases.overview import overview_rows

    with tempfile.TemporaryDirectory() as tmp:
        db = database(Path(tmp), COUNT)
        with Store(db) as store:
            times = []
            for _ in range(3):
                start = time.perf_counter()
                rows = overview_rows(store.db.conn)
                times.append((time.perf_counter() - start) * 1000)
            assert len(rows) == COUNT
            start = time.perf_counter()
            old = overview(store)
            old_ms = (time.perf_counter() - start) * 1000
            assert len(old) == COUNT
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", textwrap.dedent(RELOAD), str(db),
                               str(COUNT)], check=True, capture_output=True, text=True,
                              env=env, cwd=ROOT)
        tui = json.loads(done.stdout.strip().splitlines()[-1])
    return [
        Figure(f"start screen overview, {COUNT} assessments (query + scores)", min(times),
               1000, note=f"old: load and score each {old_ms:.0f} ms"),
        Figure(f"start screen reload until {COUNT} rows shown", tui["reload"], 1000),
        Figure("longest event-loop stall during that reload", tui["gap"], 100),
    ]
