"""Figures of issue 10 ("bounded work for a 5 MiB file"): hostile files under the 5 MiB
limit, checked by the real ``bio2 validate`` in a subprocess (wall time and peak RSS of
the process tree, sampled every 20 ms), ``bio2 aggregate`` over 22 of them with the
most workers allowed, and ``catalog import-official`` on 200 KB lines that used to be
quadratic (the same line at 100 KB and 200 KB: linear work doubles, quadratic quadruples).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_sector import _tree_rss_mb
from common import BIN, ROOT, Figure

LIMIT = 5 * 1024 * 1024
HEAD = ("format: bio2-answers/1\ncatalog: bio2-1.2\norganisation: {id: kwaad, name: Kwaad,"
        " type: gemeente}\nassessment: {period: \"2026\", assessor: X}\n")


def _run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak tree RSS (MB); any exit code (hostile files are refused)."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        time.sleep(0.02)
    return time.perf_counter() - start, peak


def _fill(line: str, head: str = HEAD + "answers:\n") -> str:
    count = (LIMIT - len(head.encode()) - 1) // len(line.encode())
    return head + line * count


def hostile_files(folder: Path) -> dict[str, Path]:
    """Each just under 5 MiB; the first three cost gigabytes or minutes before issue 10."""
    from bio2.catalog.loading import load_catalog

    items = list(load_catalog("bio2-1.2").items)[:74]
    texts = {
        "1.7 million empty answers": _fill("- {}\n"),
        "290,000 unknown ids (did-you-mean)": _fill("- {item: 9.99.9, status: ja}\n"),
        "2.6 million values in nested lists": HEAD + "x:\n" + _fill(
            "  - [" + ",".join(["1"] * 1000) + "]\n", ""),
        "one 4.9 MB explanation": HEAD + 'answers:\n  - {item: "5.17.01", status: nee,'
        ' explanation: "' + "A" * (LIMIT - 400) + '"}\n',
        "valid: 74 answers of 65 KB (accepted)": HEAD + "answers:\n" + "".join(
            f'  - {{item: "{i}", status: deels, explanation: "{"B" * 48_000}",'
            f' finding: "{"C" * 17_000}"}}\n' for i in items),
    }
    paths = {}
    for n, (name, text) in enumerate(texts.items()):
        path = folder / f"hostile-{n}.yaml"
        path.write_text(text, encoding="utf-8")
        assert path.stat().st_size <= LIMIT, (name, path.stat().st_size)
        paths[name] = path
    return paths


def official_seconds(line: str) -> float:
    code = ("import sys,time; from bio2.catalog.official import read_bytes; doc = sys.stdin.read();"
            "t = time.perf_counter(); read_bytes(doc.encode(), 'x.md');"
            "print(time.perf_counter() - t)")
    doc = "## 5.01.01\nTekst\n" + line + "\nDraagt bij aan: basishygiëne\n"
    result = subprocess.run([sys.executable, "-c", code], input=doc, capture_output=True,
                            text=True, check=True, cwd=ROOT)
    return float(result.stdout)


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = hostile_files(Path(tmp))
        bio2 = str(BIN / "bio2")
        _run([bio2, "validate", str(next(iter(paths.values())))])  # warm .pyc, file cache
        for name, path in paths.items():
            wall, peak = _run([bio2, "validate", str(path)])
            figures += [Figure(f"validate {name} (wall)", wall, 10, unit="s"),
                        Figure("  peak RSS", peak, 300, unit="MB")]
        folder = Path(tmp) / "aggregate"
        folder.mkdir()
        for n in range(22):
            source = list(paths.values())[n % len(paths)]
            (folder / f"f{n:02d}.yaml").write_bytes(source.read_bytes())
        wall, peak = _run([bio2, "aggregate", str(folder), "--workers", "4",
                           "-o", f"{tmp}/s.pdf"])
        figures += [Figure("aggregate 22 hostile 5 MiB files, --workers 4 (wall)", wall, 60,
                           unit="s"),
                    Figure("  peak RSS, whole process tree", peak, 1000, unit="MB")]
    for name, unit in (("blanks", " "), ("stars", "*"), ("heading gap", None),
                       ("category blanks", None)):
        def line(size: int, name: str = name, unit: str | None = unit) -> str:
            if unit is not None:
                return unit * size
            if name == "heading gap":
                return "## x" + " " * size + "y"
            return "Draagt bij aan: basishygiëne" + " " * size + "x"

        small, big = official_seconds(line(100_000)), official_seconds(line(200_000))
        figures += [Figure(f"import-official 200 KB line of {name}", big * 1000, 1000),
                    Figure("  200 KB / 100 KB (linear ~2, quadratic ~4)", big / max(small,
                           1e-6), 3, unit="x")]
    return figures
