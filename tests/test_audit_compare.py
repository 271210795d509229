"""Self-assessment against audit (bio2.analysis.audit_compare) with hand-computed expectations; the
audit file rules (finding instead of explanation; no audit without its assessment)."""

from __future__ import annotations

from pathlib import Path

from bio2.analysis.audit_compare import Agreement, compare, relation
from bio2.catalog.loading import load_catalog
from bio2.domain.answers import Answer
from bio2.exchange.answerfile import check_bytes
from bio2.usecases.importing import import_files
from bio2.usecases.opening import get_assessment, open_store
from tests.conftest import AUDIT, DEMO, run_bio2

CATALOG = load_catalog("bio2-1.2")


def own(status: str) -> Answer:
    return Answer(item="x", status=status, explanation="e")


def test_relation_orders_ja_deels_nee_and_calls_the_rest_other() -> None:
    assert relation("ja", "ja") == "same"
    assert relation("ja", "deels") == "stricter"
    assert relation("deels", "nee") == "stricter"
    assert relation("nee", "ja") == "milder"
    assert relation("nee", "deels") == "milder"
    assert relation("open", "nee") == "other"
    assert relation("ja", "nvt") == "other"
    assert relation("nvt", "nvt") == "same"


def test_compare_counts_per_theme_category_and_aspect() -> None:
    # 5.01.01 organisatorisch, basishygiene; 5.3 organisatorisch (direct control);
    # 7.01.01 fysiek; isms-6.1.2 isms; 8.05.01 technologisch (not audited: status open)
    mine = {
        "5.01.01": Answer(item="5.01.01", status="ja"),
        "5.3": Answer(item="5.3", status="ja"),
        "7.01.01": Answer(item="7.01.01", status="nee", explanation="e"),
        "isms-6.1.2": Answer(item="isms-6.1.2", status="deels", explanation="e"),
    }
    audit = {
        "5.01.01": Answer(item="5.01.01", status="ja", opzet="ja", bestaan="ja", werking="ja"),
        "5.3": Answer(item="5.3", status="deels", opzet="ja", bestaan="ja", werking="nee",
                      finding="geen vier-ogencontrole"),
        "7.01.01": Answer(item="7.01.01", status="deels", opzet="ja", bestaan="onbekend"),
        "isms-6.1.2": Answer(item="isms-6.1.2", status="nvt", finding="niet van toepassing?"),
        "8.05.01": Answer(item="8.05.01", status="open", werking="nee", finding="log ontbreekt"),
    }
    result = compare(CATALOG, mine, audit)
    assert result is not None
    assert [c.item for c in result.items] == ["5.01.01", "5.3", "7.01.01", "isms-6.1.2"]
    assert result.overall == Agreement(same=1, stricter=1, milder=1, other=1)
    assert result.themes["organisatorisch"] == Agreement(same=1, stricter=1)
    assert result.themes["fysiek"] == Agreement(milder=1)
    assert result.themes["isms"] == Agreement(other=1)
    assert result.themes["technologisch"] == Agreement()
    cats_5_3 = CATALOG.items["5.3"].categories
    cats_5_01 = CATALOG.items["5.01.01"].categories
    cats_7 = CATALOG.items["7.01.01"].categories
    for cat in ("basishygiene", "ketenhygiene", "overheidsrisico"):
        expected = Agreement(same=int(cat in cats_5_01), stricter=int(cat in cats_5_3),
                             milder=int(cat in cats_7))
        assert result.categories[cat] == expected, cat
    assert [(c.item, c.self_status, c.audit_status) for c in result.differences] == [
        ("5.3", "ja", "deels"), ("7.01.01", "nee", "deels"), ("isms-6.1.2", "deels", "nvt")]
    assert result.judgements == {
        "opzet": {"ja": 3, "nee": 0, "onbekend": 0},
        "bestaan": {"ja": 2, "nee": 0, "onbekend": 1},
        "werking": {"ja": 1, "nee": 2, "onbekend": 0},
    }
    # auditor's nee/deels, or any aspect judged nee; the open audit answer with werking nee too
    assert [c.item for c in result.findings] == ["5.3", "7.01.01", "8.05.01"]


def test_no_comparison_without_audit_answers() -> None:
    assert compare(CATALOG, {"5.3": own("ja")}, {}) is None


# -- the audit file: a finding is the auditor's explanation ------------------------------
AUDIT_FILE = """format: bio2-answers/1
catalog: bio2-1.2
organisation: {id: test-org, name: Test, type: gemeente}
assessment: {period: "2026", source: SOURCE, assessor: R. Auditor, date: 2026-11-10}
answers:
  - item: "5.3"
    status: deels
    finding: Geen vier-ogencontrole.
"""


def test_audit_answer_may_have_a_finding_without_explanation() -> None:
    result = check_bytes("a.yaml", AUDIT_FILE.replace("SOURCE", "audit").encode())
    assert result.ok, [str(p) for p in result.errors]


def test_self_assessment_still_needs_an_explanation() -> None:
    result = check_bytes("s.yaml", AUDIT_FILE.replace("SOURCE", "self").encode())
    assert not result.ok
    assert "toelichting is verplicht bij status deels" in str(result.errors[0])
    bare = AUDIT_FILE.replace("SOURCE", "audit").replace("    finding: Geen vier-ogencontrole.\n",
                                                         "")
    assert not check_bytes("a.yaml", bare.encode()).ok


# -- an audit needs its self-assessment ------------------------------------------------------
def test_audit_file_without_assessment_is_refused_and_nothing_is_written(
        tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    result = run_bio2("import", str(AUDIT), db=db)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "er is nog geen beoordeling van gemeente-voorbeeld voor periode 2026" in lines[0]
    assert "importeer eerst de zelfevaluatie" in lines[0]
    with open_store(db) as store:
        assert store.organisations() == []


def test_audit_file_on_another_catalog_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run_bio2("import", str(DEMO), db=db).returncode == 0
    other = tmp_path / "audit-13.yaml"
    text = AUDIT.read_text(encoding="utf-8").replace("catalog: bio2-1.2",
                                                     "catalog: bio2-1.3-concept")
    other.write_text(text, encoding="utf-8")
    with open_store(db) as store:
        before = store.history(get_assessment(store, "gemeente-voorbeeld", "2026").assessment.id)
    result = run_bio2("import", str(other), db=db)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "gebruikt catalogus bio2-1.3-concept" in result.stderr
    assert "gebruikt bio2-1.2" in result.stderr
    with open_store(db) as store:
        assert len(store.assessments("gemeente-voorbeeld")) == 1
        data = get_assessment(store, "gemeente-voorbeeld", "2026")
        assert data.audit == {}
        assert store.history(data.assessment.id) == before


def test_self_then_audit_in_one_import_works(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite") as store:
        _, results = import_files(store, [str(DEMO), str(AUDIT)])
        assert results and all(r.written for r in results)
        data = get_assessment(store, "gemeente-voorbeeld", "2026")
    result = compare(data.catalog, data.answers, data.audit)
    assert result is not None and result.overall.total >= 20
