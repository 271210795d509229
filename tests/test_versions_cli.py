"""``bio2 catalog list|diff|import-official`` and ``bio2 migrate`` in a subprocess."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bio2.store import Store
from tests.conftest import run_bio2

DATA = Path(__file__).parent / "data" / "official"
STATUS = ("definitief volgens de publicatie van 9 januari 2026; formele vaststelling niet"
          " bevestigd")
DRAFT = f"bio2-1.3-concept ({STATUS})"

ANSWERS = """\
format: bio2-answers/1
catalog: bio2-1.2
organisation:
  id: gemeente-test
  name: Gemeente Test
  type: gemeente
assessment:
  period: "2026"
  assessor: T. Tester (CISO)
applicability:
  - control: "5.10"
    applicable: false
    justification: Gebruik van middelen is uitbesteed
    risk_ref: RA-2026-01
answers:
  - item: "5.01.01"
    status: ja
  - item: "5.04.02"
    status: deels
    explanation: Alleen in nieuwe inhuurcontracten
    owner: Inkoop
  - item: "5.25.01"
    status: ja
  - item: "5.21.01"
    status: nee
    explanation: Niet geregeld in contracten
    owner: Contractbeheer
  - item: "5.26"
    status: ja
"""


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "bio2.sqlite"
    answers = tmp_path / "gemeente-test-2026.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    done = run_bio2("import", str(answers), db=path)
    assert done.returncode == 0, done.stderr
    return path


# -- catalog list and diff -------------------------------------------------------------------
def test_list_the_draft_shows_its_status() -> None:
    done = run_bio2("catalog", "list", "--catalog", "bio2-1.3-concept")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Catalogus bio2-1.3-concept: BIO2 versie 1.3 ({STATUS})"
    assert lines[-1] == ("Totaal: 93 beheersmaatregelen, 117 overheidsmaatregelen, 39 direct"
                         " beoordeeld, 30 ISMS-eisen, 186 items")


def test_catalog_diff() -> None:
    done = run_bio2("catalog", "diff", "bio2-1.2", "bio2-1.3-concept")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"naar: bio2-1.3-concept: BIO2 versie 1.3 ({STATUS})" in out
    assert "Vervallen (6)" in out and "Verplaatst (5)" in out and "Nieuw (2)" in out
    assert "  5.25.01 -> 5.26.02  " in out and "  8.08.06 -> 5.24.08  " in out
    assert out.rstrip().endswith("6 vervallen, 5 verplaatst, 2 nieuw; 179 items ongewijzigd")
    # v1.3 has no categories: no "0 category changes", but the carried-over note
    assert "Andere categorieën" not in out and "met andere categorieën" not in out
    assert ("Categorieën: bio2-1.3-concept kent geen eigen categorieën; bio2 neemt die van"
            " bio2-1.2 over (geen vergelijking van categorieën).") in out


def test_catalog_diff_unknown_catalog() -> None:
    done = run_bio2("catalog", "diff", "bio2-1.2", "bio2-7")
    assert done.returncode == 2
    assert "onbekende catalogus bio2-7" in done.stderr and done.stdout == ""


# -- import-official ----------------------------------------------------------------------------
def test_import_official_summary(tmp_path: Path) -> None:
    db = tmp_path / "bio2.sqlite"
    done = run_bio2("catalog", "import-official", str(DATA / "v12-small.md"), db=db)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for expected in [
        "Catalogus: bio2-1.2 (vastgesteld)",
        "Gelezen: 7 koppen: 5 overheidsmaatregelen, 2 zonder overheidsmaatregel, 0 verplaatst,"
        " 0 vervallen",
        "Gevonden in de catalogus: 6", "Onbekend in de catalogus: 1", "  5.99.01",
        "Catalogusitems niet in het bestand: 154",
        "Categorieën wijken af van de catalogus: 1",
        "  8.24.02: bestand ketenhygiëne; catalogus basishygiëne",
    ]:
        assert expected in lines, expected
    assert lines[-1].startswith("Opgeslagen: 6 officiële teksten voor bio2-1.2 (vastgesteld)")
    with Store(db) as store:
        count = store.db.conn.execute("SELECT count(*) FROM official_texts").fetchone()[0]
    assert count == 6


def test_import_official_draft_layout(tmp_path: Path) -> None:
    done = run_bio2("catalog", "import-official", str(DATA / "v13-small.md"),
                    db=tmp_path / "bio2.sqlite")
    assert done.returncode == 0, done.stderr
    assert f"Catalogus: {DRAFT}" in done.stdout.splitlines()
    assert f"Opgeslagen: 5 officiële teksten voor {DRAFT}" in done.stdout


@pytest.mark.parametrize(("name", "read"), [
    ("bad-no-headings.md", "Gelezen: 0 koppen"),
    ("bad-truncated.md", "Gelezen: 3 koppen"),
    ("bad-duplicate.md", "Gelezen: 3 koppen"),
    ("bad-category.md", "Gelezen: 3 koppen"),
])
def test_import_official_bad_file_stores_nothing(tmp_path: Path, name: str, read: str) -> None:
    db = tmp_path / "bio2.sqlite"
    first = run_bio2("catalog", "import-official", str(DATA / "v12-small.md"), db=db)
    assert first.returncode == 0
    before = dump(db)
    done = run_bio2("catalog", "import-official", str(DATA / name), "--catalog", "bio2-1.2",
                    db=db)
    assert done.returncode == 2
    assert any(line.startswith(read) for line in done.stdout.splitlines())
    assert "Niet gelezen (1):" in done.stdout
    assert f"{DATA / name}:" in done.stdout  # the problem names file and line
    assert "Niets opgeslagen" in done.stderr and "Opgeslagen" not in done.stdout
    assert dump(db) == before


# -- migrate --------------------------------------------------------------------------------
def test_migrate_dry_run_changes_nothing(db: Path) -> None:
    before = dump(db)
    done = run_bio2("migrate", "gemeente-test", "2026", "--to", "bio2-1.3-concept",
                    "--dry-run", db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("Proefdraai: er is niets opgeslagen.")
    assert dump(db) == before


def test_migrate_carries_answers_and_keeps_the_old(db: Path) -> None:
    with Store(db) as store:
        old = store.find_assessment("gemeente-test", "2026", "bio2-1.2")
        assert old is not None
        old_answers, old_history = store.answers(old.id), store.history(old.id)
    done = run_bio2("migrate", "gemeente-test", "2026", "--to", "bio2-1.3-concept", db=db)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert f"  naar: {DRAFT}" in lines
    assert ("Meegenomen: 3 antwoorden (1 onder hetzelfde nummer, 2 verplaatst), 1 VvT-regels"
            in lines)
    assert "  5.04.02 -> 5.10.02  deels" in lines
    assert "  5.25.01 -> 5.26.02  ja" in lines
    removed = lines.index("Vervallen (6); de antwoorden blijven bewaard in de beoordeling op"
                          " bio2-1.2 (vastgesteld):")
    assert lines[removed + 1:removed + 3] == [
        "  5.10      Aanvaardbaar gebruik van bedrijfsmiddelen", "            geen antwoord"]
    assert lines[removed + 3].startswith("  5.21.01 ")
    assert lines[removed + 4] == ("            nee - Niet geregeld in contracten; eigenaar"
                                  " Contractbeheer")
    assert "  6.03.04   Veilig mobiel en plaatsonafhankelijk werken in bewustwording" in lines
    assert any("5.10.02 (was 5.04.02) valt nu onder 5.10" in line for line in lines)
    assert lines[-1].startswith(f"Nieuwe beoordeling aangemaakt: gemeente-test 2026 op {DRAFT}")
    with Store(db) as store:
        assert store.answers(old.id) == old_answers
        assert store.history(old.id) == old_history
        new = store.find_assessment("gemeente-test", "2026", "bio2-1.3-concept")
        assert new is not None and new.id != old.id
        answers = store.answers(new.id)
        assert sorted(answers) == ["5.01.01", "5.10.02", "5.26.02"]
        moved = answers["5.10.02"]
        assert (moved.status, moved.explanation, moved.owner) == (
            "deels", "Alleen in nieuwe inhuurcontracten", "Inkoop")
        assert store.applicability(new.id)["5.10"].risk_ref == "RA-2026-01"
        assert (new.assessor, new.profile, new.risk_profile) == (
            old.assessor, old.profile, old.risk_profile)


def test_migrate_twice_is_refused_and_changes_nothing(db: Path) -> None:
    first = run_bio2("migrate", "gemeente-test", "2026", "--to", "bio2-1.3-concept", db=db)
    assert first.returncode == 0, first.stderr
    before = dump(db)
    done = run_bio2("migrate", "gemeente-test", "2026", "--to", "bio2-1.3-concept", db=db)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"fout: gemeente-test 2026 heeft al een beoordeling op {DRAFT} (al overgezet?)."
        " Er is niets gewijzigd.")
    assert done.stdout == ""
    assert dump(db) == before


@pytest.mark.parametrize(("args", "words"), [
    (("gemeente-test", "2026", "--to", "bio2-9.9"), "onbekende catalogus bio2-9.9"),
    (("gemeente-nergens", "2026", "--to", "bio2-1.3-concept"), "gemeente-nergens"),
    (("gemeente-test", "2031", "--to", "bio2-1.3-concept"), "2031"),
])
def test_migrate_bad_input(db: Path, args: tuple[str, ...], words: str) -> None:
    before = dump(db)
    done = run_bio2("migrate", *args, db=db)
    assert done.returncode == 2
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert dump(db) == before
