"""The BIO2 versions modelled as published (issue 13 §5, the catalog data).

Reads the published Part 2 texts in ``../shared/reference`` (CI has that folder beside the
clone), so that ``catalog import-official`` and the shipped catalogs agree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

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


def test_8_08_06_is_read_as_moved_to_5_24_08_and_modelled_so() -> None:
    report = compare(published("1.3"), load_catalog("bio2-1.3-concept"))
    refers = next(i for i in report.parsed.items if i.number == "8.08.06")
    assert (refers.kind, refers.moved_to) == ("moved", "5.24.08")
    draft = load_catalog("bio2-1.3-concept")
    assert "8.08.06" not in draft.items and draft.items["5.24.08"].control == "5.24"
    # CVD is assessed once, and keeps the Cbw link 8.08.06 had in 1.2
    assert draft.items["5.24.08"].cbw == load_catalog("bio2-1.2").items["8.08.06"].cbw == ("7.3",)
    # a sentence that merely mentions another measure stays a measure
    mentions = next(i for i in report.parsed.items if i.number == "5.20.03")
    assert mentions.kind == "measure" and "zie overheidsmaatregel" in mentions.text


def test_6_03_04_took_over_part_of_8_01_02() -> None:
    adopted, draft = load_catalog("bio2-1.2"), load_catalog("bio2-1.3-concept")
    assert "6.03.04" not in adopted.items and "8.01.02" in draft.items
    assert draft.items["6.03.04"].cbw == adopted.items["8.01.02"].cbw == ("8.1",)


def test_published_defects_are_documented_in_the_draft_only() -> None:
    draft = load_catalog("bio2-1.3-concept")
    assert [d.number for d in draft.published_defects] == ["5.10.01", "5.25.02", "8.16.03"]
    assert all(d.note and d.note_en and d.note != d.note_en for d in draft.published_defects)
    assert load_catalog("bio2-1.2").published_defects == ()
    # the defects the notes describe are really in the published text
    report = compare(published("1.3"), draft)
    texts = {i.number: i.text for i in report.parsed.items}
    assert [i.number for i in report.unknown] == ["5.10.01"] and report.missing == ["5.25"]
    assert "5.25.02" not in texts and texts["5.26.01"] == "Verplaatst naar 5.25.02."
    assert texts["8.16.03"] == texts["8.16.02"]


def _card(answers: dict[str, str]):  # type: ignore[no-untyped-def]
    from bio2.domain.answers import FORMAT, AnswerFile
    from bio2.exchange.csv_export import scorecard_of

    entries = [{"item": item, "status": status, "risk": {"likelihood": 5, "impact": 1},
                **({"explanation": "toelichting"} if status != "ja" else {})}
               for item, status in answers.items()]
    return scorecard_of(AnswerFile.model_validate({
        "format": FORMAT, "catalog": "bio2-1.3-concept",
        "organisation": {"id": "gemeente-test", "name": "Gemeente Test", "type": "gemeente"},
        "assessment": {"period": "2026", "assessor": "Test", "date": "2026-03-01"},
        "answers": entries}), date(2026, 6, 1))


def test_an_item_outside_the_cbw_counts_in_bio2_not_in_the_cbw_verdicts() -> None:
    from bio2.analysis.cbw import duty_items, readiness

    draft, adopted = load_catalog("bio2-1.3-concept"), load_catalog("bio2-1.2")
    assert [i.id for i in draft.items.values() if i.outside_cbw] == ["5.33.01"]
    assert not any(i.outside_cbw for i in adopted.items.values())
    # still linked to Cbw item 12.1 (the data), but serving no Cbw view
    assert "12.1" in draft.items["5.33.01"].cbw
    served = {i.id for i in draft.items.values() if "12.1" in i.cbw and not i.outside_cbw}
    answers = {item: "ja" for item in served} | {"5.33.01": "nee"}
    card = _card(answers)
    # 12.1 has a checklist (issue 13 §4): all ticked, so only the items decide the verdict
    result = readiness(draft, card, ticks={"12.1": ("classificatie", "gebruik")})
    assert "5.33.01" not in result.items["12.1"].items
    assert set(result.items["12.1"].items) == served
    assert result.items["12.1"].score == card.cbw["12.1"]
    assert card.cbw["12.1"].score == 1.0 and result.items["12.1"].verdict == "voldoet"
    assert all("5.33.01" not in view.items for view in result.letters.values())
    assert all("5.33.01" not in duty_items(draft, d) for d in ("governance", "meldplicht"))
    # the BIO2 score does count it: ja instead of nee raises the overall score and that of
    # its theme, while every Cbw view stays the same
    better = _card(answers | {"5.33.01": "ja"})
    assert better.overall.score > card.overall.score
    assert better.themes["organisatorisch"].score > card.themes["organisatorisch"].score
    assert better.cbw == card.cbw and better.nis2 == card.nis2


def test_an_unknown_outside_cbw_item_is_one_clear_line(controls: Path) -> None:
    from bio2.catalog import loading as catalog_module
    from bio2.system.problems import ProblemsError

    path = controls / "bio2-1.3-concept.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('outside_cbw: ["5.33.01"]', 'outside_cbw: ["5.33.09"]'),
                    encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        catalog_module.load_catalog("bio2-1.3-concept")
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 1 and "onbekend item 5.33.09" in lines[0]
    line = text.splitlines().index('outside_cbw: ["5.33.01"]') + 1
    assert lines[0].startswith(f"{path}:{line}:")


def test_import_official_names_the_defects_it_works_around(tmp_path: Path) -> None:
    from tests.conftest import run_bio2

    path = str(SHARED / "bio2-v1.3-maatregelen.md")
    done = run_bio2("catalog", "import-official", path, db=tmp_path / "bio2.sqlite")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    start = lines.index("Bekende fouten in de gepubliceerde tekst, waar bio2 omheen werkt: 3")
    assert [line.split(":")[0] for line in lines[start + 1:start + 4]] == [
        "  5.10.01", "  5.25.02", "  8.16.03"]
    english = run_bio2("catalog", "import-official", path, "--lang", "en",
                       db=tmp_path / "bio2.sqlite")
    assert "Known defects of the published text that bio2 works around: 3" in english.stdout
    assert "literal copy of 8.16.02" in english.stdout
