"""Figures of issue 7: catalog versions, the official-text import and migration."""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from common import BIN, ROOT, Figure, best_of, median_of
from gen import answer_yaml

REFERENCE = ROOT.parent / "shared" / "reference" / "bio2-v1.2-maatregelen.md"


def part2_markdown() -> tuple[bytes, str]:
    """The published Part 2 when this machine has it, else one generated in its layout
    from our own catalog texts (same size class: 160 items)."""
    if REFERENCE.is_file():
        return REFERENCE.read_bytes(), "published 1.2 file"
    from bio2.catalog.loading import load_catalog
    from bio2.i18n import t

    catalog = load_catalog("bio2-1.2")
    parts = ["# DEEL 2\n"]
    for item in catalog.items.values():
        if item.kind == "clause":
            continue
        if item.kind == "measure":
            number, text = item.id, item.guidance
        else:
            theme, control = item.id.split(".")
            number, text = f"{theme}.{int(control):02d}.01", "Geen overheidsmaatregel."
        words = ", ".join(t(f"category.{c}") for c in item.categories)
        parts.append(f"## {number}\n{text}<br><br>\nDraagt bij aan: {words}\n")
    return "\n".join(parts).encode("utf-8"), "generated from our catalog"


def run() -> list[Figure]:
    from bio2.catalog import loading as catalog_module
    from bio2.catalog.official import compare, read_bytes
    from bio2.catalog.versions import diff
    from bio2.store import Store
    from bio2.usecases.catalog_migration import migrate_assessment
    from bio2.usecases.importing import import_files
    from bio2.usecases.official_texts import import_official

    def load_draft() -> object:
        catalog_module.load_catalog.cache_clear()
        return catalog_module.load_catalog("bio2-1.3-concept")

    figures = [Figure("load the 1.3 draft catalog cold (incl. its base 1.2)",
                      best_of(load_draft, 7), 120)]
    old = catalog_module.load_catalog("bio2-1.2")
    new = catalog_module.load_catalog("bio2-1.3-concept")
    moves = catalog_module.moves_between(old.id, new.id)
    figures.append(Figure("catalog diff 1.2 -> 1.3 (in-process)",
                          median_of(lambda: diff(old, new, moves)), 5))

    raw, origin = part2_markdown()
    figures.append(Figure("parse and match the full Part 2 (160 items)", median_of(
        lambda: compare(read_bytes(raw, "part2.md"), old)), 40, note=origin))
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "part2.md"
        source.write_bytes(raw)
        times = []
        for n in range(5):
            with Store(Path(folder) / f"o{n}.sqlite") as store:
                start = time.perf_counter()
                report = import_official(store, str(source), "bio2-1.2")
                times.append((time.perf_counter() - start) * 1000)
                assert report.ok and len(report.matched) == 160
        figures.append(Figure("import-official of the full Part 2 into a database",
                              min(times), 150))
        db = Path(folder) / "cmd.sqlite"
        args = [str(BIN / "bio2"), "--db", str(db), "catalog", "import-official", str(source),
                "--catalog", "bio2-1.2"]
        try:
            wall = best_of(lambda: subprocess.run(args, check=True, capture_output=True), 5)
            figures.append(Figure("bio2 catalog import-official FILE (wall)", wall, 800))
        except subprocess.CalledProcessError as exc:
            figures.append(Figure("bio2 catalog import-official FILE (wall)", float("inf"),
                                  800, note=f"command failed: exit {exc.returncode}"))

        answers = Path(folder) / "full.yaml"
        answers.write_text(answer_yaml(3), encoding="utf-8")
        times = []
        for n in range(5):
            with Store(Path(folder) / f"m{n}.sqlite") as store:
                import_files(store, [str(answers)])
                start = time.perf_counter()
                result = migrate_assessment(store, "org-0003", "2026", "bio2-1.3-concept")
                times.append((time.perf_counter() - start) * 1000)
                assert result.new_id is not None
        figures.append(Figure("migrate a full assessment (190 items) to the 1.3 draft",
                              min(times), 250, note=f"{result.plan.carried} answers carried"))
    return figures
