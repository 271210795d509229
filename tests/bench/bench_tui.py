"""TUI figures: cold start beside a bare Textual app, opening an assessment, next item,
status change, memory.

Each measurement runs in its own interpreter (headless Textual), so the figures do not
depend on what other benchmarks loaded before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from common import ROOT, Figure

# Both apps print "painted" from a callback that runs after their first frame was
# rendered; the wrapper times from launching the interpreter to reading that line.
HELLO = """
from textual.app import App
from textual.widgets import Static

class Hello(App):
    def compose(self):
        yield Static("hello")

    def on_mount(self):
        self.call_after_refresh(self.painted)

    def painted(self):
        print("painted", flush=True)
        self.exit()

Hello().run(headless=True, size=(120, 36))
"""

# The start screen paints at once and fills its table right after (first_load).
BIO2 = """
import sys
from bio2.tui.app import make_app
from bio2.tui.screens.start import StartScreen

first_load = StartScreen.first_load

def timed_load(self):
    print("painted", flush=True)
    first_load(self)
    assert self.query_one("DataTable").row_count == 1
    print("loaded", flush=True)
    self.app.exit()

StartScreen.first_load = timed_load
make_app(sys.argv[1], seed_demo=False).run(headless=True, size=(120, 36))
"""


WALK = """
import asyncio, json, resource, statistics, sys, time
from bio2.tui.app import make_app

# Pilot waits for the process to go idle after every key, in sleep steps; wall time would
# mostly measure that wait. CPU time of the whole process during a key (handling, layout,
# render) minus the CPU time of a key that is bound to nothing is the work a key costs.
async def timed(pilot, key):
    start = time.process_time()
    await pilot.press(key)
    return time.process_time() - start

async def main():
    app = make_app(sys.argv[1], seed_demo=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        idle = [await timed(pilot, "f12") for _ in range(41)]
        moves = [await timed(pilot, "right_square_bracket") for _ in screen.s.catalog.items]
        changes = []
        for n in range(41):
            changes.append(await timed(pilot, "j" if n % 2 else "o"))
            assert screen.s.scorecard().items[screen.current].status == ("ja" if n % 2 else "open")
        base = statistics.median(idle)
        rss = int(next(line.split()[1] for line in open("/proc/self/status")
                       if line.startswith("VmHWM:"))) / 1024  # own peak: see common.own_peak_mb
        print(json.dumps({"idle": base * 1000, "next": (statistics.median(moves) - base) * 1000,
                          "status": (statistics.median(changes) - base) * 1000, "rss": rss}))

asyncio.run(main())
"""

# Opening an assessment from the start screen (enter) until the app is idle: compose,
# mount, styles, the layouts and the first frames of the assessment screen. The first
# open also imports the screen's modules and loads the catalog; the figure is the median
# of the opens after it (q goes back to the start screen in between).
OPEN = """
import asyncio, json, statistics, sys, time
from bio2.tui.app import make_app

async def main():
    app = make_app(sys.argv[1], seed_demo=False)
    opens = []
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for _ in range(8):
            start = time.process_time()
            await pilot.press("enter")
            await pilot.pause()
            opens.append(time.process_time() - start)
            assert type(app.screen).__name__ == "AssessmentScreen", app.screen
            await pilot.press("q")
            await pilot.pause()
            assert type(app.screen).__name__ == "StartScreen", app.screen
    print(json.dumps({"first": opens[0] * 1000,
                      "open": statistics.median(opens[1:]) * 1000}))

asyncio.run(main())
"""


def _database(folder: Path) -> Path:
    """One organisation with half of the catalog answered (a realistic mid-way state)."""
    from bio2.catalog.loading import load_catalog
    from bio2.domain.answers import Answer, Organisation
    from bio2.usecases.opening import open_store
    from bio2.usecases.organisations import create_organisation, start_assessment

    db = folder / "bench.sqlite"
    with open_store(db) as store:
        create_organisation(store, Organisation(id="gemeente-bench", name="Gemeente Bench",
                                                type="gemeente"))
        assessment = start_assessment(store, "gemeente-bench", "2026", "Bench")
        items = list(load_catalog().items)
        with store.atomic():
            for n, item in enumerate(items[::2]):
                status = ("ja", "deels", "nee")[n % 3]
                store.put_answer(assessment, Answer(
                    item=item, status=status, owner=f"Team {n % 5}",
                    explanation=None if status == "ja" else "Toelichting"))
    return db


def _run(code: str, *args: str) -> str:
    # A known person: otherwise the "who is working" dialog takes the first keys.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BIO2_USER": "Bench"}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], check=True,
                          capture_output=True, text=True, env=env, cwd=ROOT)
    return done.stdout


def _launch(code: str, *args: str) -> dict[str, float]:
    """Milliseconds from launch to each line the script prints."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    assert proc.stdout is not None
    marks = {line.strip(): (time.perf_counter() - start) * 1000 for line in proc.stdout}
    assert proc.wait() == 0
    return marks


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        db = _database(Path(tmp))
        _launch(HELLO)
        _launch(BIO2, str(db))  # warm file caches and .pyc files
        hello = min(_launch(HELLO)["painted"] for _ in range(5))
        runs = [_launch(BIO2, str(db)) for _ in range(5)]
        bio2 = min(r["painted"] for r in runs)
        data = min(r["loaded"] for r in runs)
        walk = json.loads(_run(WALK, str(db)).strip().splitlines()[-1])
        opened = json.loads(_run(OPEN, str(db)).strip().splitlines()[-1])
    return [
        Figure("tui: bare Textual hello app, start to first paint (floor)", hello, 10_000,
               note="reference only"),
        Figure("tui: bio2 cold start to the start screen painted", bio2, 800),
        Figure("tui: cold start ratio bio2 / hello", bio2 / hello, 1.6, unit="x"),
        Figure("tui: cold start to the start screen with its data", data, 800,
               note="organisations, progress and scores filled in"),
        Figure("tui: open an assessment from the start screen (CPU)", opened["open"], 600,
               note=f"median of 7 after a first open of {opened['first']:.0f} ms"),
        Figure("tui: next item and render (median of 190, CPU)", walk["next"], 16,
               note=f"Pilot idle key {walk['idle']:.1f} ms subtracted"),
        Figure("tui: status change + tree mark + numbers (median of 41, CPU)", walk["status"],
               50, note="full catalog of 190 items"),
        Figure("tui: peak RSS after walking every item", walk["rss"], 150, unit="MB"),
    ]
