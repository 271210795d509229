"""``bio2 publish`` of the demo as a whole process (issue 15: under 0.5 s), median of 5
after one warm-up; CPU time beside it since the machine is shared."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from common import BIN, ROOT, Figure, process_ms

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
        wall, cpu, _ = process_ms(args, env, RUNS)
        size = out.stat().st_size
    return [
        Figure("publish: bio2 publish demo --with-status, whole process (median of 5)",
               wall, 500,
               note=f"CPU {cpu:.0f} ms; file {size / 1024:.0f} KiB"),
    ]
