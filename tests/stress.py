"""The concurrency stress run (issue 10 §1): editors and importers in real processes on
overlapping items, then the proof from the history table. Used by tests/test_stress.py
and by `make bench` (which times it).

Editors work like the TUI: a :class:`bio2.usecases.editing.Session` that reloads when
``PRAGMA data_version`` moved, then writes after a short think time (so others interleave).
Every edit carries a unique token in its explanation and is logged with the revision it
was based on and the one it produced, or with the conflict the store raised. Importers
run ``bio2.usecases.importing.import_files`` with ``--on-conflict theirs`` on files that touch
three of the same items each.

Run a worker: ``python -m tests.stress edit DB WORKER COUNT`` or ``... import DB WORKER
COUNT FOLDER``; each prints one JSON line per write.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ORG, PERIOD = "gemeente-stress", "2026"
EDITORS, EDITS = 4, 50     # 200 edits
IMPORTERS, IMPORTS = 2, 25  # 50 imports


def items() -> list[str]:
    from bio2.catalog.loading import load_catalog

    return list(load_catalog("bio2-1.2").items)[:8]


def _edit(db: str, worker: int, count: int) -> None:
    from bio2.domain.answers import Answer
    from bio2.usecases.editing import Session
    from bio2.usecases.opening import open_store

    store = open_store(db)
    session = Session(store, store.assessments()[0].id, actor=f"editor-{worker}")
    store.db.conn.execute("PRAGMA busy_timeout = 20000")  # wait for the lock, never pend
    rng, keys = random.Random(worker), items()
    for n in range(count):
        if session.external_change():
            session.reload()
        time.sleep(rng.random() * 0.004)  # think time: other processes write meanwhile
        key, token = rng.choice(keys), f"E{worker}-{n}"
        status = rng.choice(["ja", "deels", "nee"])
        assert session.set_answer(Answer(item=key, status=status, explanation=token))
        if session.conflicts:
            conflict = session.conflicts.pop()
            record = {"token": token, "key": key, "refused": True,
                      "current": conflict.revision}
        else:
            change = session.undo_stack[-1]
            record = {"token": token, "key": key, "refused": False, "base": change.base,
                      "revision": change.revision}
        print(json.dumps(record), flush=True)


def _import(db: str, worker: int, count: int, folder: str) -> None:
    from bio2.usecases.importing import import_files
    from bio2.usecases.opening import open_store

    store = open_store(db)
    rng, keys = random.Random(100 + worker), items()
    for n in range(count):
        chosen = rng.sample(keys, 3)
        lines = [f"  - item: \"{key}\"\n    status: nee\n    explanation: I{worker}-{n}-{key}\n"
                 for key in chosen]
        path = Path(folder) / f"import-{worker}-{n}.yaml"
        path.write_text(
            "format: bio2-answers/1\ncatalog: bio2-1.2\n"
            f"organisation: {{id: {ORG}, name: Gemeente Stress, type: gemeente}}\n"
            f"assessment: {{period: \"{PERIOD}\", source: self, assessor: Importer {worker}}}\n"
            "answers:\n" + "".join(lines), encoding="utf-8")
        checks, results = import_files(store, [str(path)], on_conflict="theirs")
        assert results and results[0].written, [str(p) for c in checks for p in c.errors]
        print(json.dumps({"tokens": [f"I{worker}-{n}-{k}" for k in chosen]}), flush=True)


@dataclass
class StressRun:
    seconds: float
    edits: list[dict[str, Any]]
    imports: list[dict[str, Any]]


def run(db: Path, folder: Path) -> StressRun:
    """Seed the database, run every worker at once, return their logs and the time."""
    from bio2.domain.answers import Organisation
    from bio2.usecases.opening import open_store
    from bio2.usecases.organisations import create_organisation, start_assessment

    with open_store(db) as store:
        create_organisation(store, Organisation(id=ORG, name="Gemeente Stress",
                                                type="gemeente"))
        start_assessment(store, ORG, PERIOD, "Stress")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    procs = [subprocess.Popen([sys.executable, "-m", "tests.stress", "edit", str(db), str(w),
                               str(EDITS)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                              env=env) for w in range(EDITORS)]
    procs += [subprocess.Popen([sys.executable, "-m", "tests.stress", "import", str(db),
                                str(w), str(IMPORTS), str(folder)], stdout=subprocess.PIPE,
                               text=True, cwd=ROOT, env=env) for w in range(IMPORTERS)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    seconds = time.monotonic() - started
    for p in procs:
        assert p.returncode == 0, p.args
    records = [json.loads(line) for out in outputs for line in out.splitlines()]
    return StressRun(seconds, [r for r in records if "token" in r],
                     [r for r in records if "tokens" in r])


if __name__ == "__main__":
    kind, db, worker, count = sys.argv[1:5]
    if kind == "edit":
        _edit(db, int(worker), int(count))
    else:
        _import(db, int(worker), int(count), sys.argv[5])
