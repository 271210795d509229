"""``bio2 publish`` of the demo as a whole process (issue 15: under 0.5 s), median of 5
after one warm-up; CPU time beside it since the machine is shared."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import BIN, ROOT, Figure

RUNS = 5


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        env = {**os.environ, "BIO2_DB": str(db)}
        subprocess.run([str(BIN / "bio2"), "--db", str(db), "demo"], check=True,
                       capture_output=True, env=env, cwd=ROOT, stdin=subprocess.DEVNULL)
        out = Path(tmp) / "vvt.html"
        args = [str(BIN / "bio2"), "--db", str(db), "publish", "gemeente-voorbeeld", "2026",
                "-o", str(out), "--with-status", "--force"]
        subprocess.run(args, check=True, capture_output=True, env=env, cwd=ROOT)  # warm-up
        walls, cpus = [], []
        for _ in range(RUNS):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True, env=env, cwd=ROOT)
            walls.append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append((after.ru_utime + after.ru_stime - before.ru_utime
                         - before.ru_stime) * 1000)
        size = out.stat().st_size
    return [
        Figure("publish: bio2 publish demo --with-status, whole process (median of 5)",
               statistics.median(walls), 500,
               note=f"CPU {statistics.median(cpus):.0f} ms; file {size / 1024:.0f} KiB"),
    ]
