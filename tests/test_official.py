"""Reading the official BIO2 Part 2 Markdown (both layouts) and storing its texts.

The small files in tests/data/official are written for these tests in the published
layouts; the published files themselves are read only when ../shared/reference exists.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bio2.catalog.loading import load_catalog
from bio2.catalog.official import compare, read_bytes, summary_lines
from bio2.store import Store
from bio2.store.official import official_text, official_texts
from bio2.usecases.official_texts import OfficialError, import_official

DATA = Path(__file__).parent / "data" / "official"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference"


def parse(name: str):  # type: ignore[no-untyped-def]
    path = DATA / name
    return read_bytes(path.read_bytes(), str(path))


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "bio2.sqlite") as opened:
        yield opened


def table(store: Store) -> list[tuple[object, ...]]:
    return list(store.db.conn.execute(
        "SELECT catalog, item, number, text, categories, source, sha256, imported_at"
        " FROM official_texts ORDER BY catalog, item"))


# -- layout 1.2 -----------------------------------------------------------------------------
def test_layout_12_items_numbers_texts_and_categories() -> None:
    parsed = parse("v12-small.md")
    assert parsed.errors == [] and parsed.warnings == []
    assert parsed.layout == "1.2"
    assert [(i.number, i.item, i.kind) for i in parsed.items] == [
        ("5.01.01", "5.01.01", "measure"), ("5.03.01", "5.3", "control"),
        ("5.04.02", "5.04.02", "measure"), ("5.99.01", "5.99.01", "measure"),
        ("6.03.01", "6.03.01", "measure"), ("8.24.02", "8.24.02", "measure"),
        ("8.34.01", "8.34", "control"),
    ]
    first = parsed.items[0]
    assert first.categories == ("basishygiene", "ketenhygiene")
    # <br><br> becomes a paragraph break, trailing spaces go, the category line is not text
    assert first.text == (
        "Er ligt een beveiligingsbeleid dat de top van de organisatie heeft goedgekeurd.\n\n"
        "Het beleid noemt minstens:\n1. wie waarvoor verantwoordelijk is;\n"
        "2. hoe vaak het beleid wordt herzien.")
    assert parsed.items[1].categories == ("overheidsrisico",)
    # a category line at the end of a paragraph line (as under 5.20.01 in the real file)
    inline = parsed.items[4]
    assert inline.categories == ("basishygiene",)
    assert inline.text.endswith("bij het omgaan met gegevens.")
    assert first.line == 6


def test_layout_12_against_the_catalog() -> None:
    report = compare(parse("v12-small.md"), load_catalog("bio2-1.2"))
    assert report.ok
    assert [i.item for i in report.matched] == [
        "5.01.01", "5.3", "5.04.02", "6.03.01", "8.24.02", "8.34"]
    assert [i.number for i in report.unknown] == ["5.99.01"]
    assert len(report.missing) == 160 - 6 and "5.01.02" in report.missing
    assert "isms-6.1.2" not in report.missing  # ISMS clauses are not part of Part 2
    # 8.24.02: this test file says ketenhygiëne, the catalog (as the published text, issue
    # 13) basishygiëne
    assert [(d.item.number, d.item.categories, d.catalog) for d in report.disagree] == [
        ("8.24.02", ("ketenhygiene",), ("basishygiene",))]
    assert (report.count("measure"), report.count("control")) == (5, 2)


# -- layout 1.3 -----------------------------------------------------------------------------
def test_layout_13_markers_and_no_categories() -> None:
    parsed = parse("v13-small.md")
    assert parsed.errors == [] and parsed.layout == "1.3"
    kinds = {i.number: (i.kind, i.moved_to) for i in parsed.items}
    assert kinds == {
        "5.01.01": ("measure", None), "5.03.01": ("control", None),
        "5.04.02": ("moved", "5.10.02"), "5.10.02": ("measure", None),
        "5.21.01": ("removed", None), "5.24.08": ("measure", None),
        "8.34.01": ("control", None),
    }
    assert all(i.categories is None for i in parsed.items)
    assert parsed.items[0].text.endswith("- hoe vaak het wordt herzien.")


def test_layout_13_against_the_draft_and_against_12() -> None:
    parsed = parse("v13-small.md")
    draft = compare(parsed, load_catalog("bio2-1.3-concept"))
    assert draft.ok
    assert [i.item for i in draft.matched] == ["5.01.01", "5.3", "5.10.02", "5.24.08", "8.34"]
    assert draft.unknown == [] and draft.disagree == []
    assert len(draft.missing) == 156 - 5
    adopted = compare(parsed, load_catalog("bio2-1.2"))
    assert [i.number for i in adopted.unknown] == ["5.10.02", "5.24.08"]


# -- bad input: a summary of what was and was not read, nothing stored ------------------------
@pytest.mark.parametrize(("name", "line", "words"), [
    ("bad-no-headings.md", 1, "geen kop '## N.NN.NN' gevonden"),
    ("bad-truncated.md", 11, "het laatste item 8.34.01 mist de regel 'Draagt bij aan'"),
    ("bad-duplicate.md", 11, "5.01.01 komt twee keer voor (eerst op regel 3)"),
    ("bad-category.md", 5, "onbekende categorie 'cyberhygiëne' bij 5.01.01"),
    ("bad-same-item.md", 11, "8.34.02 is hetzelfde item 8.34 als 8.34.01"),
])
def test_bad_files_are_refused_with_file_line_and_reason(name: str, line: int,
                                                         words: str) -> None:
    report = compare(parse(name), load_catalog("bio2-1.2"))
    assert not report.ok
    assert [str(e) for e in report.errors] == [
        f"{DATA / name}:{line}:1: {next(e.message for e in report.errors)}"]
    assert words in report.errors[0].message


def test_duplicate_keeps_the_first_and_counts_what_was_read() -> None:
    report = compare(parse("bad-duplicate.md"), load_catalog("bio2-1.2"))
    assert [i.number for i in report.parsed.items] == ["5.01.01", "5.03.01", "8.34.01"]
    assert report.parsed.items[0].text.startswith("Er ligt een beveiligingsbeleid")
    lines = summary_lines(report, load_catalog("bio2-1.2"))
    assert "Gelezen: 3 koppen: 1 overheidsmaatregelen, 2 zonder overheidsmaatregel," \
        " 0 verplaatst, 0 vervallen" in lines
    assert "Niet gelezen (1):" in lines


def test_file_that_stops_early_is_truncated() -> None:
    # The 1.3 layout has no category line to miss: a file whose items stop before the
    # catalog's last ones is truncated.
    text = (DATA / "v13-small.md").read_text(encoding="utf-8")
    cut = text[:text.index("## 5.24.08")]
    report = compare(read_bytes(cut.encode(), "cut.md"), load_catalog("bio2-1.3-concept"))
    assert not report.ok
    message = report.errors[0].message
    assert message.startswith("het bestand stopt na 5.21.01: de ")
    assert "t/m 8.34)" in message


def test_file_cut_inside_a_character() -> None:
    raw = (DATA / "v12-small.md").read_bytes()
    cut = raw[:raw.index("Basishygiëne".encode()) + len("Basishygi") + 1]  # half of ë
    parsed = read_bytes(cut, "cut.md")
    assert any("midden in een teken" in e.message for e in parsed.errors)
    assert [i.number for i in parsed.items] == ["5.01.01"]


def test_not_utf8_and_malformed_heading() -> None:
    assert "geen UTF-8" in read_bytes(b"## 5.01.01\n\xff\xfe tekst\n", "x.md").errors[0].message
    parsed = read_bytes(b"## 5.1.1\nTekst van een maatregel.\n", "x.md")
    assert [e.message for e in parsed.errors] == [
        "kop niet te lezen als N.NN.NN: ## 5.1.1",
        "geen kop '## N.NN.NN' gevonden: dit lijkt geen BIO2 Deel 2 (overheidsmaatregelen)"]


# -- storing ------------------------------------------------------------------------------
def test_import_stores_matched_items_with_source(store: Store) -> None:
    report = import_official(store, str(DATA / "v12-small.md"))
    assert report.ok and report.catalog == "bio2-1.2"
    texts = official_texts(store, "bio2-1.2")
    assert sorted(texts) == sorted(["5.01.01", "5.3", "5.04.02", "6.03.01", "8.24.02", "8.34"])
    direct = official_text(store, "bio2-1.2", "5.3")
    assert direct is not None
    assert direct.number == "5.03.01" and direct.source == "v12-small.md"
    assert direct.categories == ("overheidsrisico",)
    assert direct.sha256 == report.parsed.sha256 and len(direct.sha256) == 64
    assert official_text(store, "bio2-1.2", "5.99.01") is None  # unknown: not stored
    assert official_text(store, "bio2-1.3-concept", "5.3") is None


def test_layout_chooses_the_catalog_and_versions_are_kept_apart(store: Store) -> None:
    import_official(store, str(DATA / "v12-small.md"))
    report = import_official(store, str(DATA / "v13-small.md"))
    assert report.catalog == "bio2-1.3-concept"
    draft = official_text(store, "bio2-1.3-concept", "5.01.01")
    adopted = official_text(store, "bio2-1.2", "5.01.01")
    assert draft is not None and adopted is not None
    assert draft.text.startswith("Het bestuur") and adopted.text.startswith("Er ligt")
    assert draft.categories is None


def test_reimport_replaces_the_texts_of_that_catalog(store: Store) -> None:
    import_official(store, str(DATA / "v12-small.md"))
    import_official(store, str(DATA / "v13-small.md"), "bio2-1.2")
    # the 1.3 file read as 1.2: its two 1.3-only items are unknown, the rest replaces
    assert sorted(official_texts(store, "bio2-1.2")) == ["5.01.01", "5.3", "8.34"]


@pytest.mark.parametrize("name", ["bad-no-headings.md", "bad-truncated.md",
                                  "bad-duplicate.md", "bad-category.md", "bad-same-item.md"])
def test_bad_file_changes_nothing(store: Store, name: str) -> None:
    import_official(store, str(DATA / "v12-small.md"))
    before = table(store)
    report = import_official(store, str(DATA / name), "bio2-1.2")
    assert not report.ok
    assert table(store) == before


def test_failure_half_way_leaves_the_earlier_texts(store: Store) -> None:
    import_official(store, str(DATA / "v12-small.md"))
    before = table(store)
    # Make the database refuse the last row of the next import: the delete of the old
    # texts and the rows written before must roll back with it.
    store.db.conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON official_texts WHEN NEW.item = '8.34'"
        " BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(sqlite3.IntegrityError):
        import_official(store, str(DATA / "v13-small.md"), "bio2-1.2")
    assert table(store) == before


def test_unknown_catalog_and_missing_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(OfficialError, match="onbekende catalogus bio2-9"):
        import_official(store, str(DATA / "v12-small.md"), "bio2-9")
    with pytest.raises(OfficialError, match=r"kan .* niet lezen"):
        import_official(store, str(tmp_path / "nergens.md"))
    assert table(store) == []


# -- the published files, when this machine has them -------------------------------------------
@pytest.mark.skipif(not SHARED.is_dir(), reason="reference texts not on this machine")
def test_published_12_reads_completely() -> None:
    path = SHARED / "bio2-v1.2-maatregelen.md"
    report = compare(read_bytes(path.read_bytes(), str(path)), load_catalog("bio2-1.2"))
    assert report.ok and report.parsed.layout == "1.2"
    assert (report.count("measure"), report.count("control")) == (120, 40)
    assert len(report.matched) == 160 and report.unknown == [] and report.missing == []


@pytest.mark.skipif(not SHARED.is_dir(), reason="reference texts not on this machine")
def test_published_13_draft_reads_completely() -> None:
    path = SHARED / "bio2-v1.3-maatregelen.md"
    report = compare(read_bytes(path.read_bytes(), str(path)), load_catalog("bio2-1.3-concept"))
    assert report.ok and report.parsed.layout == "1.3"
    # 8.08.06 "Zie overheidsmaatregel 5.24.08." counts as moved (issue 13)
    assert (report.count("moved"), report.count("removed")) == (6, 4)
    # The draft keeps a "no government measure" heading under 5.10 although 5.10 now has
    # measures, and has no heading for 5.25, which is now assessed directly.
    assert [i.number for i in report.unknown] == ["5.10.01"]
    assert report.missing == ["5.25"]
    assert len(report.matched) == 155


def test_category_line_variants_and_ordinary_sentences() -> None:
    text = ("## 8.34.01\nDit draagt bij aan de weerbaarheid.<br><br>\n"
            "**Draagt bij aan:** Ketenhygiëne en basishygiene\n")
    parsed = read_bytes(text.encode(), "x.md")
    assert parsed.errors == []
    assert parsed.items[0].categories == ("basishygiene", "ketenhygiene")
    assert parsed.items[0].text == "Dit draagt bij aan de weerbaarheid."
