"""The BIO2 versions modelled as published (issue 13 §5, the catalog data).

Reads the published Part 2 texts in ``../shared/reference`` (CI has that folder beside the
clone), so that ``catalog import-official`` and the shipped catalogs agree.
"""

from __future__ import annotations

from pathlib import Path

from bio2.catalog.loading import load_catalog
from bio2.catalog.official import compare, read_bytes

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference"


def published(version: str):  # type: ignore[no-untyped-def]
    path = SHARED / f"bio2-v{version}-maatregelen.md"
    return read_bytes(path.read_bytes(), str(path))


def test_crypto_measures_8_24_02_to_05_are_basishygiene_only() -> None:
    catalog = load_catalog("bio2-1.2")
    for number in ("8.24.02", "8.24.03", "8.24.04", "8.24.05"):
        assert catalog.measures[number].categories == ("basishygiene",), number
    assert catalog.measures["8.24.01"].categories == ("basishygiene", "ketenhygiene")


def test_import_official_agrees_with_the_adopted_catalog() -> None:
    report = compare(published("1.2"), load_catalog("bio2-1.2"))
    assert report.ok and report.unknown == [] and report.missing == []
    assert [(d.item.number, d.item.categories, d.catalog) for d in report.disagree] == []
    assert len(report.matched) == 160
