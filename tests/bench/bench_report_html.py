"""``bio2 report --format html`` (issue 15): the whole process for the demo under 1.5 s
(median of 5 after one warm-up, CPU time beside it since the machine is shared) and the
file under 2 MB, for the demo and for the complete 190-item assessment of bench_report."""

from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from common import BIN, ROOT, Figure, best_of, process_ms

RUNS = 5


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        env = {**os.environ, "BIO2_DB": str(db)}
        subprocess.run([str(BIN / "bio2"), "--db", str(db), "demo"], check=True,
                       capture_output=True, env=env, cwd=ROOT, stdin=subprocess.DEVNULL)
        out = Path(tmp) / "rapport.html"
        args = [str(BIN / "bio2"), "--db", str(db), "report", "gemeente-voorbeeld", "2026",
                "--format", "html", "-o", str(out), "--force"]
        wall, cpu, _ = process_ms(args, env, RUNS)
        size = out.stat().st_size

    from bench_report import complete_assessment

    from bio2.report import render_html_report

    data = complete_assessment()
    page = render_html_report(data, today=date(2026, 11, 1))
    full_ms = best_of(lambda: render_html_report(data, today=date(2026, 11, 1)), repeat=3)
    full = len(page.encode("utf-8"))
    return [
        Figure("report html: bio2 report --format html demo, whole process (median of 5)",
               wall, 1500,
               note=f"CPU {cpu:.0f} ms"),
        Figure("report html: file size, demo", size / 1e6, 2, unit="MB"),
        Figure("report html: complete assessment (190 items), in process", full_ms, 1500,
               note=f"file {full / 1e6:.2f} MB"),
        Figure("report html: file size, complete assessment", full / 1e6, 2, unit="MB"),
    ]
