"""``bio2 cbw ORG PERIOD`` on a full assessment as a whole process (issue 13: under
300 ms on this 2-core machine), text and ``--format json``; median of 5 after one
warm-up, CPU time beside it since the machine is shared. The assessment is the complete
one of the report bench (every item answered, explained, owned), imported into a fresh
database with a Cbw registration, as a user's database would hold it.

Bytecode as in an installed bio2: pip compiles every module when it installs a wheel,
but a checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (as this machine's shell sets)
compiles bio2's ~100 modules from source on every start, a cost no user pays. The runs
here keep ``.pyc`` files in a private ``PYTHONPYCACHEPREFIX`` (the warm-up writes them),
never in the source tree."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from common import BIN, ROOT, Figure, process_ms

RUNS = 5
REGISTRATION = """\
entity_name: Gemeente Bench
entity_type: gemeente
entity: essentieel
incident_contact: {name: A. Bench (CISO), email: ciso@bench.nl, phone: "+31 20 123 4567"}
services: [Burgerzaken, Belastingen, Sociaal domein]
registered_on: 2026-02-01
"""


def database(folder: Path) -> Path:
    """A database with the full assessment ``bench-org`` 2026 (the Cbw view reads the
    self-assessment)."""
    from bench_report import complete_assessment

    from bio2.exchange.answerfile import to_yaml

    data = complete_assessment()
    db = folder / "bench.sqlite"
    answers = folder / "bench-self.yaml"
    answers.write_text(to_yaml(data.answer_file("self")), encoding="utf-8")
    registration = folder / "registration.yaml"
    registration.write_text(REGISTRATION, encoding="utf-8")
    bio2 = str(BIN / "bio2")
    for args in (["import", str(answers)], ["registration", "bench-org", "--set-from",
                                      str(registration)]):
        subprocess.run([bio2, "--db", str(db), *args], check=True, capture_output=True,
                       cwd=ROOT, stdin=subprocess.DEVNULL)
    return db


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        db = database(Path(tmp))
        env = {**os.environ, "BIO2_USER": "Bench",
               "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        floor, _, _ = process_ms([str(BIN / "python"), "-c", "pass"], env, RUNS)
        for fmt in ("text", "json"):
            args = [str(BIN / "bio2"), "--db", str(db), "cbw", "bench-org", "2026",
                    "--format", fmt]
            wall, cpu, size = process_ms(args, env, RUNS)
            figures.append(Figure(
                f"bio2 cbw full assessment --format {fmt}, whole process (median of 5)",
                wall, 300, note=f"CPU {cpu:.0f} ms; python -c pass {floor:.0f} ms;"
                                f" load {os.getloadavg()[0]:.1f};"
                                f" output {size / 1024:.0f} KiB"))
    return figures
