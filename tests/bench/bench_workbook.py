"""Figures of issue 14: Excel workbooks for control owners, each a whole ``bio2`` process.

A full assessment (190 items, every item answered, 12 owners); the returned workbook has
20 rows changed by a person (status and explanation typed, as openpyxl saves them).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import yaml
from common import BIN, Figure
from gen import answer_file

OWNERS = tuple(f"Team {n:02d}" for n in range(1, 13))


def _best(args: list[str], env: dict[str, str], before: object = None, repeat: int = 3
          ) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system of the child) of a whole command
    in seconds (``before`` runs untimed first). The machine is shared: the CPU time is
    what the wall time would be on an idle core."""
    walls, cpus = [], []
    for _ in range(repeat + 1):  # the first run warms caches and is not counted
        if callable(before):
            before()
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - used.ru_utime + after.ru_stime - used.ru_stime)
    return min(walls[1:]), min(cpus[1:])


def run() -> list[Figure]:
    import openpyxl

    from bio2.exchange.answerfile import to_yaml

    model = answer_file(7)
    answers = []
    for n, answer in enumerate(model.answers):
        data = answer.model_dump(exclude_none=True, mode="json")
        if data["status"] == "open":
            data.update(status="deels", explanation="Nog in uitvoering.")
        data["owner"] = OWNERS[n % len(OWNERS)]
        answers.append(data)
    full = model.model_copy(update={"answers": tuple(
        type(model.answers[0]).model_validate(a) for a in answers)})
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        env = {**os.environ, "BIO2_DB": str(root / "db.sqlite"), "BIO2_LANG": "nl"}
        source = root / "full.yaml"
        source.write_text(to_yaml(full), encoding="utf-8")
        subprocess.run([str(BIN / "bio2"), "import", str(source)], check=True, env=env,
                       capture_output=True)
        org, period = full.organisation.id, full.assessment.period
        book = root / "full.xlsx"
        export_s = _best([str(BIN / "bio2"), "export", org, period, "--format", "xlsx",
                          "-o", str(book), "--force"], env)
        wb = openpyxl.load_workbook(book)
        ws = wb["Antwoorden"]
        for row in range(2, 22):
            ws.cell(row=row, column=4).value = "Ja"
            ws.cell(row=row, column=5).value = f"Bijgewerkt door de eigenaar, regel {row}"
        wb.save(book)
        pristine = root / "pristine.sqlite"
        shutil.copy(root / "db.sqlite", pristine)

        def fresh() -> None:
            shutil.copy(pristine, root / "db.sqlite")
            for suffix in ("-wal", "-shm"):
                (root / f"db.sqlite{suffix}").unlink(missing_ok=True)

        import_s = _best([str(BIN / "bio2"), "import", str(book)], env, before=fresh)
        out = root / "owners"
        delegate_s = _best([str(BIN / "bio2"), "delegate", org, period, "-o", str(out),
                            "--force"], env)
        files = len(list(out.glob("*.xlsx")))
        check = subprocess.run([str(BIN / "bio2"), "import", str(book), "--dry-run"],
                               env=env, capture_output=True, text=True)
        assert "20 items bijgewerkt" in check.stdout or "0 gewijzigd" in check.stdout, \
            yaml.safe_dump([check.stdout, check.stderr])
    load = os.getloadavg()[0]
    figures = []
    for name, (wall, cpu), target in (
            ("bio2 export --format xlsx, full assessment", export_s, 1.5),
            ("bio2 import of the returned workbook, 20 rows changed", import_s, 1.5),
            (f"bio2 delegate, 190 items over 12 owners ({files} files)", delegate_s, 3)):
        figures.append(Figure(f"{name} (wall)", wall, target, unit="s",
                              note=f"load {load:.1f} on {os.cpu_count()} cores"))
        figures.append(Figure("  the same, CPU time of the process (user+sys)", cpu, target,
                              unit="s"))
    return figures
