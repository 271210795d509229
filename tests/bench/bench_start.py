"""Start screen with 1,000 assessments (issue 10: it froze for ~10 s on every return).

Figures: the overview query on its own beside the old way (load and score each
assessment), and the start screen in a headless app until the table holds every row:
the first load, a reload after another process changed one assessment (the usual return
to the start screen), and a reload whose rows changed (the table is rebuilt). Beside
each, the longest time the event loop was blocked (a freeze), as CPU time of the loop's
thread: on this shared 2-core machine the wall-clock stall mostly measures how long the
process waited for a core, so the wall figure is given in the note.
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
import asyncio, json, sqlite3, sys, time
from bio2.tui.app import make_app

async def until_shown(screen, expected):
    \"\"\"Until the table holds ``expected`` rows and nothing is pending: wall ms, CPU ms
    of the process, the longest event-loop stall in wall ms and the longest in CPU ms of
    the loop's own thread (the work between two turns of the loop, which the load of
    the machine does not stretch).\"\"\"
    start = last = time.perf_counter()
    cpu, last_cpu = time.process_time(), time.thread_time()
    gap = cpu_gap = 0.0
    while screen.loading or screen.query_one("DataTable").row_count != expected:
        await asyncio.sleep(0.005)  # the loop keeps turning while the worker loads
        now, now_cpu = time.perf_counter(), time.thread_time()
        gap, last = max(gap, now - last), now
        cpu_gap, last_cpu = max(cpu_gap, now_cpu - last_cpu), now_cpu
    return ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000,
            gap * 1000, cpu_gap * 1000)

def change_one(db, n):
    \"\"\"Another connection changes one answer of one assessment, as a second process
    would (the store's write path sets ``updated`` in the same transaction).\"\"\"
    conn = sqlite3.connect(db)
    with conn:
        aid = conn.execute("SELECT id FROM assessments ORDER BY id LIMIT 1 OFFSET ?",
                           [n * 37 % 900]).fetchone()[0]
        conn.execute("UPDATE answers SET status = CASE status WHEN 'ja' THEN 'nee'"
                     " ELSE 'ja' END WHERE assessment_id = ? AND view = 'self' AND item ="
                     " (SELECT min(item) FROM answers WHERE assessment_id = ?)", [aid, aid])
        conn.execute("UPDATE assessments SET updated = strftime('%Y-%m-%dT%H:%M:%f', 'now')"
                     " || ? WHERE id = ?", [str(n), aid])
    conn.close()

def add_one(db, n):
    \"\"\"A new organisation without an assessment: the rows change, the table is rebuilt.\"\"\"
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO organisations (id, name, type, created, updated)"
                     " VALUES (?, ?, 'gemeente', '2026-01-01', '2026-01-01')",
                     [f"extra-{n}", f"Extra {n}"])
    conn.close()

async def main():
    db, count = sys.argv[1], int(sys.argv[2])
    app = make_app(db)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.screen
        while not screen.loading and not screen.query_one("DataTable").row_count:
            await asyncio.sleep(0.005)
        cold = await until_shown(screen, count)
        changed, rebuilt = [], []
        for n in range(5):
            change_one(db, n)
            screen.reload()
            changed.append(await until_shown(screen, count))
        for n in range(3):
            add_one(db, n)
            screen.reload()
            rebuilt.append(await until_shown(screen, count + n + 1))
        print(json.dumps({"cold": cold, "changed": changed, "rebuilt": rebuilt}))

asyncio.run(main())
"""


def database(folder: Path, count: int) -> Path:
    """The demo and ``count - 1`` copies under other periods with some answers changed."""
    from bio2.usecases.importing import import_files
    from bio2.usecases.opening import open_store

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
    from bio2.usecases.opening import load_assessment
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
            old = [load_assessment(store, a.id, with_previous=False).scorecard()
                   for a in store.assessments()]
            old_ms = (time.perf_counter() - start) * 1000
            assert len(old) == COUNT
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", textwrap.dedent(RELOAD), str(db),
                               str(COUNT)], check=True, capture_output=True, text=True,
                              env=env, cwd=ROOT)
        tui = json.loads(done.stdout.strip().splitlines()[-1])
    cold, changed, rebuilt = tui["cold"], tui["changed"], tui["rebuilt"]

    def best(runs: list[list[float]], n: int) -> float:
        return min(run[n] for run in runs)

    def worst(runs: list[list[float]], n: int) -> float:
        return max(run[n] for run in runs)

    return [
        Figure(f"start screen overview, {COUNT} assessments (query + scores)", min(times),
               1000, note=f"old: load and score each {old_ms:.0f} ms"),
        Figure(f"start screen first load until {COUNT} rows shown", cold[0], 1000,
               note=f"CPU {cold[1]:.0f} ms"),
        Figure("longest event-loop stall during the first load (CPU)", cold[3], 100,
               note=f"wall {cold[2]:.0f} ms"),
        Figure("reload after another process changed one assessment", best(changed, 0), 1000,
               note=f"slowest {worst(changed, 0):.0f} ms, CPU {best(changed, 1):.0f} ms"),
        Figure("longest event-loop stall during that reload (CPU)", worst(changed, 3), 100,
               note=f"wall {worst(changed, 2):.0f} ms"),
        Figure(f"reload with a new row: table rebuilt ({COUNT} rows)", best(rebuilt, 0), 1000,
               note=f"slowest {worst(rebuilt, 0):.0f} ms, CPU {best(rebuilt, 1):.0f} ms"),
        Figure("longest event-loop stall during that rebuild (CPU)", worst(rebuilt, 3), 100,
               note=f"wall {worst(rebuilt, 2):.0f} ms"),
    ]
