"""Hostile input files: bounded work, odd file types, long numbers, real sizes.

Each attack of the adversarial run gets one clear problem and changes nothing; the
speed and memory figures for the same files are in ``make bench`` (bench_hostile.py).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bio2.exchange.answerfile import MAX_ANSWERS, MAX_HINTS, MAX_VVT, check_bytes
from bio2.system.yamlload import MAX_BYTES, MAX_NODES
from tests.conftest import run_bio2
from tests.test_answerfile import GOOD

HEAD = GOOD.split("applicability:")[0]


def check(text: str):  # type: ignore[no-untyped-def]
    return check_bytes("f.yaml", text.encode("utf-8"))


def test_limits_are_a_sane_multiple_of_every_catalog() -> None:
    from bio2.catalog.files import available
    from bio2.catalog.loading import load_catalog

    for catalog_id in available():
        catalog = load_catalog(catalog_id)
        assert 4 * len(catalog.items) <= MAX_ANSWERS <= 10 * max(len(catalog.items), 190)
        assert 4 * len(catalog.controls) <= MAX_VVT


def test_a_million_empty_answers_are_refused_while_parsing() -> None:
    count = (MAX_BYTES - len(HEAD) - 20) // 5
    text = HEAD + "answers:\n" + "- {}\n" * count
    assert len(text.encode()) < MAX_BYTES and count > 1_000_000
    result = check(text)
    assert [str(p) for p in result.errors] == [
        f"f.yaml:{HEAD.count(chr(10)) + 2 + MAX_ANSWERS}:3: answers: meer dan 1000 elementen;"
        " meer kan een geldig bestand niet hebben"]


def test_too_many_vvt_entries_are_refused() -> None:
    text = HEAD + "applicability:\n" + '- {control: "5.1", applicable: true}\n' * (MAX_VVT + 1)
    (problem,) = check(text).errors
    assert "applicability: meer dan 500 elementen" in str(problem)


def test_too_many_values_are_refused() -> None:
    # 60 lists of 2,000 tiny values: within every per-list limit, over the document limit.
    rows = "".join("  - [" + ",".join(["1"] * 2_000) + "]\n" for _ in range(60))
    text = HEAD + "extra:\n" + rows
    (problem,) = check(text).errors
    assert f"meer dan {MAX_NODES} waarden" in str(problem)


def test_did_you_mean_stops_after_a_few_dozen_unknown_ids() -> None:
    answers = "".join(f'- {{item: "5.17.{n:02d}x", status: ja}}\n' for n in range(200))
    answers += '- {item: "' + "5" * 50_000 + '", status: ja}\n'
    result = check(HEAD + "answers:\n" + answers)
    lines = [str(p) for p in result.errors]
    assert len(lines) == 201
    assert sum("bedoelt u" in line for line in lines) == MAX_HINTS
    assert all("onbekend" in line or "bedoelt u" in line for line in lines)
    assert max(len(line) for line in lines) < 300  # a 50,000-character id is not echoed


def test_an_integer_of_4301_digits_is_a_normal_problem_and_the_batch_goes_on(
        tmp_path: Path) -> None:
    long = tmp_path / "long.yaml"
    long.write_text(GOOD.replace("risk: {likelihood: 4, impact: 3}",
                                 "risk: {likelihood: " + "9" * 4_301 + ", impact: 3}"),
                    encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    result = run_bio2("validate", str(long), str(good))
    assert result.returncode == 2
    assert re.search(r"long\.yaml:\d+:\d+: getal van 4301 cijfers; maximaal 4300",
                     result.stdout), result.stdout
    assert "onverwacht" not in result.stderr
    assert "2 bestand" in result.stderr and "1 geldig" in result.stderr, result.stderr


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_not_a_regular_file_gets_one_line(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe.yaml"
        os.mkfifo(target)
        expected = "een named pipe (FIFO)"
    elif kind == "device":
        target = Path("/dev/zero")
        expected = "een apparaat"
    else:
        target = tmp_path / "map.yaml"
        target.mkdir()
        expected = "een map"
    for command in (["validate"], ["import"], ["diff", str(target)], ["fingerprint"]):
        result = run_bio2(*command, str(target), db=tmp_path / "x.sqlite", timeout=20)
        assert result.returncode == 2, (command, result.stderr)
        out = result.stdout + result.stderr
        assert f"geen gewoon bestand maar {expected}" in out, out
        assert "onverwacht" not in out
    registration = run_bio2("registration", "x", "--set-from", str(target),
                            db=tmp_path / "x.sqlite", timeout=20)
    assert registration.returncode == 2 and "geen gewoon bestand" in registration.stderr


def test_aggregate_skips_a_fifo_in_a_folder_with_a_line(tmp_path: Path) -> None:
    from tests.test_hostile_output import hostile_text

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.yaml").write_text(hostile_text(), encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")
    result = run_bio2("aggregate", str(folder), "-o", str(tmp_path / "s.pdf"), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "pipe.yaml: overgeslagen, een named pipe (FIFO)" in result.stderr
    expected = tmp_path / "expected.txt"
    os.mkfifo(expected)
    refused = run_bio2("aggregate", str(folder), "-o", str(tmp_path / "t.pdf"),
                       "--expected", str(expected), timeout=20)
    assert refused.returncode == 2 and "geen gewoon bestand" in refused.stderr
    big = tmp_path / "big.txt"
    big.write_bytes(b"gemeente-x\n" * 200_000)
    refused = run_bio2("aggregate", str(folder), "-o", str(tmp_path / "t.pdf"),
                       "--expected", str(big), timeout=20)
    assert refused.returncode == 2 and "maximaal 1 MiB" in refused.stderr


def test_workers_are_capped(tmp_path: Path) -> None:
    result = run_bio2("aggregate", str(tmp_path), "--workers", "64")
    assert result.returncode == 2 and "--workers is ten hoogste 4" in result.stderr


def test_too_large_states_the_real_size(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * (12 * 1024 * 1024) + b"\n")
    result = run_bio2("validate", str(big))
    assert result.returncode == 2
    assert "bestand is 12,0 MiB (12.582.915 bytes); maximaal 5 MiB toegestaan" in result.stdout


@pytest.mark.parametrize("line", [" " * 200_000, "*" * 200_000, "## x" + " " * 200_000 + "y",
                                  "x" + "\t" * 200_000 + "draagt", "<br" + " " * 200_000])
def test_import_official_reads_200_kb_lines(line: str) -> None:
    """These lines were quadratic (minutes); the figures are in bench_hostile."""
    from bio2.catalog.official import read_bytes

    doc = "## 5.01.01\nTekst\n" + line + "\n**Draagt bij aan:** basishygiëne\n"
    if line.startswith("##"):  # a heading ends the item: put it after
        doc = "## 5.01.01\nTekst\n**Draagt bij aan:** basishygiëne\n" + line + "\n"
    parsed = read_bytes(doc.encode(), "x.md")
    (item,) = parsed.items
    assert item.number == "5.01.01" and item.text.startswith("Tekst")
    assert item.categories is not None and len(item.categories) == 1


def test_category_label_is_cut_with_its_stars_and_blanks() -> None:
    from bio2.catalog.official import read_bytes

    doc = "## 5.01.01\nTekst. **Draagt bij aan:** basishygiëne, ketenhygiëne\n"
    (item,) = read_bytes(doc.encode(), "x.md").items
    assert item.text == "Tekst." and item.categories is not None and len(item.categories) == 2
