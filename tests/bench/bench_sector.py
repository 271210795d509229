"""Figures of issue 6: ``bio2 aggregate`` over 1,000 generated organisation files.

Wall time and peak memory are measured on the real command in a subprocess. Memory is
the sum of the resident set sizes of the whole process tree (the command, the
forkserver and the workers), sampled every 20 ms; shared pages count once per process,
so the figure errs on the high side.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

import yaml
from common import BIN, Figure
from gen import answer_yaml

FILES = 1000
TYPES = ("gemeente", "provincie", "waterschap", "rijk")


def _tree_rss_mb(root: int) -> float:
    """Sum of VmRSS over ``root`` and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    total = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak tree RSS (MB) of one command."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"{args[:3]} exited with {process.returncode}")
    return wall, peak


def _write_files(folder: Path) -> list[Path]:
    bases = {(k, kind): answer_yaml(k, org_type=kind) for k in range(25) for kind in TYPES}
    paths = []
    for n in range(FILES):
        k, kind = n % 25, TYPES[n % len(TYPES)]
        text = bases[(k, kind)].replace(f"id: org-{k:04d}", f"id: org-{n:04d}")
        path = folder / f"org-{n:04d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        paths = _write_files(folder)
        start = time.perf_counter()
        for path in paths:
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
        floor_ms = (time.perf_counter() - start) * 1000 / FILES
        # --force: the warm-up run below writes the same PDF, and bio2 refuses to overwrite
        # an existing file without it (the bench exited 2 since that guard came in).
        command = [str(BIN / "bio2"), "aggregate", str(folder), "-o", f"{tmp}/sector.pdf",
                   "--csv", f"{tmp}/sector.csv", "--force"]
        _run([*command[:3], str(paths[0]), *command[3:]])  # warm .pyc and the file cache
        wall, peak = _run(command)
        per_file = wall * 1000 / FILES
        figures += [
            Figure("bio2 aggregate 1,000 files (~190 items, PDF + CSV, wall)", wall, 20,
                   unit="s"),
            Figure("  time per file (wall / 1,000)", per_file, 20,
                   note=f"floor: CSafeLoader parse only {floor_ms:.1f} ms/file, one core"),
            Figure("  ratio to the CSafeLoader floor", per_file / floor_ms, 3, unit="x"),
            Figure("  peak RSS, whole process tree", peak, 500, unit="MB"),
        ]
        head = ("format: bio2-answers/1\ncatalog: bio2-1.2\norganisation: {id: kwaad, name:"
                " Kwaad, type: gemeente}\nassessment: {period: \"2026\", assessor: X}\nanswers:\n")
        many = Path(tmp) / "many.yaml"
        many.write_text(head + "".join(f'  - {{item: "9.{n}.1", status: ja}}\n'
                                       for n in range(10_000)), encoding="utf-8")
        giant = Path(tmp) / "giant.yaml"
        giant.write_text(head + '  - {item: "5.17.01", status: nee, explanation: "'
                         + "A" * 4_500_000 + '"}\n', encoding="utf-8")
        hostile = [str(BIN / "bio2"), "aggregate", str(many), str(giant), *map(str, paths[:50]),
                   "-o", f"{tmp}/hostile.pdf"]
        wall, peak = _run(hostile)
        figures += [
            Figure("aggregate 50 files + 10,000 answers + 4.5 MB string (wall)", wall, 10,
                   unit="s"),
            Figure("  peak RSS, whole process tree", peak, 500, unit="MB"),
        ]
    return figures
