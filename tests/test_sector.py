"""The sector view (bio2.usecases.sector, ``bio2 aggregate``): hand-computed distributions,
duplicates, periods, missing organisations, mixed catalogs and bad or hostile files."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path
from typing import Any

import pytest

from bio2.catalog.loading import load_catalog
from bio2.domain.answers import FORMAT, AnswerFile
from bio2.exchange.answerfile import fingerprint, read_file, to_yaml
from bio2.exchange.csv_export import scorecard_of
from bio2.usecases.sector import (
    TOP_NOT_MET,
    FileFailure,
    FileSummary,
    _row,
    build_view,
    quartiles,
    read_all,
    read_expected,
)
from tests.conftest import DEMO, run_bio2


def make(org: str, status: str | list[str], *, org_type: str = "gemeente",
         period: str = "2026", day: str | None = "2026-03-01",
         catalog: str = "bio2-1.2") -> AnswerFile:
    items = list(load_catalog(catalog).items)
    statuses = status if isinstance(status, list) else [status] * len(items)
    answers = []
    for item, value in zip(items, statuses, strict=True):
        entry: dict[str, Any] = {"item": item, "status": value}
        if value in ("nee", "deels", "nvt"):
            entry["explanation"] = "toelichting"
        answers.append(entry)
    assessment: dict[str, Any] = {"period": period, "assessor": "Test"}
    if day:
        assessment["date"] = day
    return AnswerFile.model_validate({
        "format": FORMAT, "catalog": catalog,
        "organisation": {"id": org, "name": org.replace("-", " ").title(), "type": org_type},
        "assessment": assessment, "answers": answers,
    })


def write(folder: Path, name: str, model: AnswerFile) -> str:
    path = folder / name
    path.write_text(to_yaml(model), encoding="utf-8")
    return str(path)


def test_quartiles_inclusive_by_hand() -> None:
    d = quartiles([0.5, 0.1, 0.3, 0.2, 0.4])
    assert (d.n, d.minimum, d.q1, d.median, d.q3, d.maximum) == pytest.approx(
        (5, 0.1, 0.2, 0.3, 0.4, 0.5))
    one = quartiles([0.7])
    assert (one.n, one.minimum, one.median, one.maximum) == (1, 0.7, 0.7, 0.7)


def test_distributions_per_type_and_overall_and_items_not_met(tmp_path: Path) -> None:
    files = [
        write(tmp_path, "a.yaml", make("gemeente-a", "ja")),
        write(tmp_path, "b.yaml", make("provincie-b", "nee", org_type="provincie")),
        write(tmp_path, "c.yaml", make("gemeente-c", "deels")),
    ]
    view = build_view(read_all(files))
    assert view.period == "2026" and len(view.rows) == 3 and not view.failures
    assert [r.overall for r in view.rows] == [1.0, 0.0, 0.5]
    overall = view.distributions["overall"]["*"]
    assert (overall.n, overall.minimum, overall.q1, overall.median, overall.q3,
            overall.maximum) == pytest.approx((3, 0.0, 0.25, 0.5, 0.75, 1.0))
    gemeente = view.distributions["a"]["gemeente"]  # letter a: A 100%, C 50%
    assert (gemeente.n, gemeente.minimum, gemeente.q1, gemeente.median, gemeente.q3,
            gemeente.maximum) == pytest.approx((2, 0.5, 0.625, 0.75, 0.875, 1.0))
    assert view.distributions["technologisch"]["provincie"].maximum == 0.0
    assert view.org_types == ("gemeente", "provincie")
    first = list(load_catalog("bio2-1.2").items)[:TOP_NOT_MET]
    assert [(n.item, n.count, n.in_scope) for n in view.not_met] == [(i, 2, 3) for i in first]
    assert view.rows[0].summary.fingerprint == fingerprint(make("gemeente-a", "ja"))


def test_rows_match_bio2_score_on_the_demo_file() -> None:
    checked = read_file(DEMO)
    assert checked.model is not None
    card = scorecard_of(checked.model)
    [summary] = read_all([str(DEMO)])
    assert isinstance(summary, FileSummary)
    catalog = load_catalog(summary.catalog)
    row = _row(summary, catalog, set(catalog.items))
    assert row.overall == pytest.approx(card.overall.score)
    assert row.coverage == pytest.approx(card.overall.coverage)
    for letter, group in card.nis2.items():
        assert row.groups.get(letter) == pytest.approx(group.score)
    for theme, group in card.themes.items():
        assert row.groups.get(theme) == pytest.approx(group.score)


def test_duplicates_periods_and_missing_organisations(tmp_path: Path) -> None:
    files = [
        write(tmp_path, "1-new.yaml", make("gemeente-a", "ja", day="2026-06-01")),
        write(tmp_path, "2-old.yaml", make("gemeente-a", "nee", day="2026-03-01")),
        write(tmp_path, "3-undated.yaml", make("gemeente-a", "nee", day=None)),
        write(tmp_path, "4-b.yaml", make("gemeente-b", "ja")),
        write(tmp_path, "5-old-period.yaml", make("gemeente-oud", "ja", period="2025")),
    ]
    expected = tmp_path / "verwacht.txt"
    expected.write_text("# organisaties die moeten leveren\ngemeente-a\ngemeente-z  # nieuw\n\n",
                        encoding="utf-8")
    view = build_view(read_all(files), expected=read_expected(str(expected)))
    assert view.period == "2026"  # four of five files
    assert [r.summary.org_id for r in view.rows] == ["gemeente-a", "gemeente-b"]
    assert view.rows[0].summary.file == files[0] and view.rows[0].overall == 1.0
    assert sorted((d[0], d[3]) for d in view.duplicates) == [
        (files[1], files[0]), (files[2], files[0])]
    assert view.other_periods == [(files[4], "gemeente-oud", "2025")]
    assert view.missing == [("gemeente-z", "expected"), ("gemeente-oud", "other_period")]
    # the same organisation, equal dates: the file named later wins
    tie = build_view(read_all([files[3], write(tmp_path, "6-b.yaml", make("gemeente-b", "nee"))]))
    assert tie.rows[0].overall == 0.0 and len(tie.duplicates) == 1
    # an explicit period
    old = build_view(read_all(files), period="2025")
    assert [r.summary.org_id for r in old.rows] == ["gemeente-oud"]


def test_mixed_catalog_versions_are_compared_on_shared_items(tmp_path: Path) -> None:
    new_items = list(load_catalog("bio2-1.3-concept").items)
    old_items = list(load_catalog("bio2-1.2").items)
    shared = set(new_items) & set(old_items)
    # the 1.3 file says nee on exactly the items that 1.2 lacks: they must not count
    statuses = ["ja" if i in shared else "nee" for i in new_items]
    files = [
        write(tmp_path, "new.yaml", make("gemeente-a", statuses, catalog="bio2-1.3-concept")),
        write(tmp_path, "old.yaml", make("gemeente-b", "ja")),
    ]
    view = build_view(read_all(files))
    assert view.catalogs == ("bio2-1.2", "bio2-1.3-concept")
    assert view.shared_items == len(shared) == 179  # 8.08.06 is 5.24.08 in 1.3 (issue 13)
    assert [r.overall for r in view.rows] == [1.0, 1.0]
    assert view.not_met == []


HEAD = ("format: bio2-answers/1\ncatalog: bio2-1.2\norganisation: {id: kwaad, name: Kwaad,"
        " type: gemeente}\nassessment: {period: \"2026\", assessor: X}\nanswers:\n")


def test_invalid_and_hostile_files_are_listed_and_skipped(tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", make("gemeente-a", "ja"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: bio2-answers/0\n", encoding="utf-8")
    many = tmp_path / "many.yaml"
    many.write_text(HEAD + "".join(f'  - {{item: "9.{n}.1", status: ja}}\n'
                                   for n in range(10_000)), encoding="utf-8")
    giant = tmp_path / "giant.yaml"
    giant.write_text(HEAD + '  - {item: "5.17.01", status: nee, explanation: "'
                     + "A" * 4_000_000 + '"}\n', encoding="utf-8")
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"# " + b"x" * (6 * 1024 * 1024) + b"\n")
    view = build_view(read_all([good, str(broken), str(many), str(giant), str(huge)]))
    assert [r.summary.org_id for r in view.rows] == ["gemeente-a"]
    failures = {Path(f.file).name: f for f in view.failures}
    assert set(failures) == {"broken.yaml", "many.yaml", "giant.yaml", "huge.yaml"}
    assert "bio2-answers/1" in failures["broken.yaml"].errors[0]
    hostile = failures["many.yaml"]
    # Refused while parsing, at the first answer past the cap (bounded work).
    assert hostile.total == 1 and len(hostile.errors) == 1
    assert "many.yaml:1006:5: answers: meer dan 1000 elementen" in hostile.errors[0]
    assert "te lang" in failures["giant.yaml"].errors[0]
    assert len(failures["giant.yaml"].errors[0]) < 300  # the string is not echoed
    # The real size, not the number of bytes read before refusing.
    assert "bestand is 6,0 MiB (6.291.459 bytes); maximaal 5 MiB toegestaan" in failures[
        "huge.yaml"].errors[0]


def test_a_crashing_file_becomes_a_failure_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.yaml"
    folder.mkdir()
    [result] = read_all([str(folder)])
    assert isinstance(result, FileFailure) and result.errors


# -- command line ---------------------------------------------------------------------
def random_model(n: int) -> AnswerFile:
    rnd = random.Random(n)
    items = load_catalog("bio2-1.2").items
    types = ("gemeente", "provincie", "waterschap")
    return make(f"org-{n:03d}", [rnd.choice(("ja", "ja", "deels", "nee", "open"))
                                 for _ in items], org_type=types[n % 3])


def test_cli_aggregate_writes_pdf_and_csv_and_lists_bad_files(tmp_path: Path) -> None:
    from pypdf import PdfReader

    folder = tmp_path / "in"
    folder.mkdir()
    models = [random_model(n) for n in range(3)]
    for n, model in enumerate(models):
        write(folder, f"org-{n}.yaml", model)
    (folder / "kapot.yaml").write_text("format: [\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not an answer file", encoding="utf-8")
    pdf, table = tmp_path / "sector.pdf", tmp_path / "sector.csv"
    result = run_bio2("aggregate", str(folder), "-o", str(pdf), "--csv", str(table))
    assert result.returncode == 0, result.stderr
    assert "kapot.yaml:" in result.stderr and "3 organisatie(s) geteld" in result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    for needle in ("Sectorbeeld BIO2 en Cbw, periode 2026", "Ongeldige bestanden",
                   "kapot.yaml", "Items die het vaakst niet voldoen", "org-002",
                   fingerprint(models[2]), "Spreiding van de scores: waterschap"):
        assert needle in text, needle
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["organisatie", "naam", "type"] and len(rows) == 4
    assert {r[0] for r in rows[1:]} == {"org-000", "org-001", "org-002"}


def test_cli_parallel_and_serial_runs_agree(tmp_path: Path) -> None:
    files = [write(tmp_path, f"org-{n}.yaml", random_model(n)) for n in range(20)]
    outputs = []
    for workers in ("1", "2"):
        table = tmp_path / f"w{workers}.csv"
        result = run_bio2("aggregate", *files, "-o", str(tmp_path / f"w{workers}.pdf"),
                          "--csv", str(table), "--workers", workers)
        assert result.returncode == 0, result.stderr
        outputs.append(table.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\r\n") == 21


def test_cli_aggregate_without_valid_files_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: nope\n", encoding="utf-8")
    result = run_bio2("aggregate", str(bad), "-o", str(tmp_path / "s.pdf"))
    assert result.returncode == 2
    assert "geen enkel geldig antwoordbestand" in result.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_cli_aggregate_bad_options_change_nothing(tmp_path: Path) -> None:
    good = write(tmp_path, "a.yaml", make("gemeente-a", "ja"))
    pdf = tmp_path / "s.pdf"
    missing = run_bio2("aggregate", good, "-o", str(pdf), "--expected",
                       str(tmp_path / "bestaat-niet.txt"))
    assert missing.returncode == 2 and "bestaat-niet.txt" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    workers = run_bio2("aggregate", good, "-o", str(pdf), "--workers", "0")
    assert workers.returncode == 2 and "--workers" in workers.stderr
    assert not pdf.exists()


def test_sector_csv_and_default_name_are_safe_from_a_hostile_period(tmp_path: Path) -> None:
    period = '=HYPERLINK("http://x";"a")'
    files = [write(tmp_path, "a.yaml", make("gemeente-a", "ja", period=period))]
    work = tmp_path / "work"
    work.mkdir()
    result = run_bio2("aggregate", *files, "--csv", str(tmp_path / "s.csv"), cwd=work)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert ";=HYPERLINK" not in text and "'=HYPERLINK" in text
    (pdf,) = work.iterdir()  # the default PDF name stays in the working folder
    assert pdf.suffix == ".pdf" and "/" not in pdf.name
