"""Every export is importable: what the store accepts comes back with the same fingerprint.

Hand-picked attacks first (number-like owners, control characters in the header and in
JSON, NEL/LS/PS, an export past the import limit), then a hypothesis property over any
answer the store accepts, in YAML and in JSON.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bio2.domain.answers import Acceptance, Answer, Evidence, Organisation
from bio2.exchange.answerfile import check_bytes, fingerprint, to_json, to_yaml
from bio2.system.fileio import FileProblem
from bio2.usecases.opening import AssessmentData, get_assessment, open_store
from bio2.usecases.organisations import create_organisation, start_assessment

TRICKY = ["0815", "08", "1e3", "-1", "+5", ".5", "1.", "null", "Null", "~", "true", "False",
          "yes", "no", "on", "2026-09-30", "- x", "#x", "x #y", "a: b", "'", '"', "|", ">",
          "[a]", "{a}", "&a", "*a", "!x", "%x", "@x", "`x", " a", "a ", "a\n", "\na",
          "a\n\n", "a\r\nb", "a\tb", "\t", "a\x85b", "a\u2028b", "a\u2029b", "\x85",
          "a\x1b[2Jb", "a\x7fb", "a\x9bb", "\ufeffa", "a\ufeff", "ë", "🙂", "\u202eevil",
          "a\\nb", "=1+1", "<b>&amp;", "[@click=app.quit]KLIK[/]", "ICT-dienst [/regio]"]


@contextmanager
def assessment(tmp_path: Path, name: str = "Gemeente Test") -> Iterator[tuple[object, int]]:
    store = open_store(tmp_path / "r.sqlite")
    with store:
        if store.organisation("gemeente-test") is None:
            create_organisation(store, Organisation(id="gemeente-test", name=name,
                                                    type="gemeente"))
            start_assessment(store, "gemeente-test", "2026", "A. Tester")
        yield store, store.find_assessment("gemeente-test", "2026", "bio2-1.2").id


def round_trip(data: AssessmentData) -> None:
    model = data.answer_file()
    expected = fingerprint(model)
    for text in (to_yaml(model), to_json(model)):
        checked = check_bytes("x", text.encode("utf-8"), today=date(2026, 1, 1))
        assert checked.ok, [str(p) for p in checked.errors]
        assert checked.model is not None and fingerprint(checked.model) == expected


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_text_survives_in_every_field(tmp_path: Path, value: str) -> None:
    with assessment(tmp_path) as (store, aid):
        answer = Answer(item="5.17.01", status="nee", explanation=value, owner=value,
                        finding=value, evidence=(Evidence(ref=value),),
                        acceptance=Acceptance(by=value, until=date(2027, 1, 1), reason=value,
                                              risk_ref=value))
        with store.atomic():  # type: ignore[attr-defined]
            store.put_answer(aid, answer, actor="t")  # type: ignore[attr-defined]
        data = get_assessment(store, "gemeente-test", "2026")  # type: ignore[arg-type]
    assert data.answers["5.17.01"] == answer
    round_trip(data)


def test_number_like_owner_is_quoted(tmp_path: Path) -> None:
    with assessment(tmp_path) as (store, aid):
        with store.atomic():  # type: ignore[attr-defined]
            for item, owner in (("5.3", "0815"), ("5.7", "08"), ("5.10", "1e3")):
                store.put_answer(aid, Answer(item=item, status="ja", owner=owner))  # type: ignore[attr-defined]
        data = get_assessment(store, "gemeente-test", "2026")  # type: ignore[arg-type]
    text = to_yaml(data.answer_file())
    for owner in ("0815", "08", "1e3"):
        assert f"owner: '{owner}'" in text
    round_trip(data)


def test_control_characters_never_raw_in_header_or_json(tmp_path: Path) -> None:
    name = "Gem\x1b[2Jeente\x85\u2028\u2029\x07\x7f\x9b Test\u202e"
    with assessment(tmp_path, name=name) as (store, _aid):
        data = get_assessment(store, "gemeente-test", "2026")  # type: ignore[arg-type]
    model = data.answer_file()
    yaml_text, json_text = to_yaml(model), to_json(model)
    header = "".join(line for line in yaml_text.splitlines(keepends=True)
                     if line.startswith("#"))
    for bad in ("\x1b", "\x85", "\u2028", "\u2029", "\x07", "\x7f", "\x9b", "\u202e"):
        assert bad not in header and bad not in json_text
    assert "\\u2028" in json_text and "\\u0085" in json_text and "\\u001b" in json_text
    round_trip(data)


#: The import limit the two tests below lower (monkeypatch): what the refusal proves does
#: not depend on the size, and 120 explanations of 50,000 characters (past the real 5 MiB)
#: cost seconds to store, load and serialise. The real limit's boundary is checked alone.
SMALL_LIMIT = 256 * 1024


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    """The import limit lowered to 256 KiB for the export check and the import alike."""
    from bio2.exchange import answerfile

    monkeypatch.setattr(answerfile, "MAX_BYTES", SMALL_LIMIT)
    return SMALL_LIMIT


def past_the_limit(tmp_path: Path, letter: str) -> AssessmentData:
    """An assessment whose export is about 300 KiB: 120 explanations of 2,500 characters."""
    with assessment(tmp_path) as (store, aid):
        data = get_assessment(store, "gemeente-test", "2026")  # type: ignore[arg-type]
        with store.atomic():  # type: ignore[attr-defined]
            for item in list(data.catalog.items)[:120]:
                store.put_answer(aid, Answer(item=item, status="nee",  # type: ignore[attr-defined]
                                             explanation=letter * 2_500))
        return get_assessment(store, "gemeente-test", "2026")  # type: ignore[arg-type]


def test_an_export_past_the_import_limit_is_refused(tmp_path: Path, small_limit: int) -> None:
    data = past_the_limit(tmp_path, "x")
    with pytest.raises(FileProblem, match=r"^de export wordt 3\d\d,\d KiB, groter dan de 256 KiB"
                                          r" die een import accepteert;[^\n]*$"):
        to_yaml(data.answer_file())
    with pytest.raises(FileProblem, match="groter dan de 256 KiB"):
        to_json(data.answer_file())


def test_the_export_limit_is_the_import_limit_at_its_boundary(tmp_path: Path) -> None:
    """At the real limit (5 MiB): an export of exactly the limit passes and one byte more is
    refused, and the importer refuses a file of that one byte more for its size."""
    from bio2.exchange.answerfile import MAX_BYTES, check_importable, read_file

    assert MAX_BYTES == 5 * 1024 * 1024
    at_limit = "#" * (MAX_BYTES - 2) + "é"  # the limit counts bytes, not characters
    assert check_importable(at_limit) is at_limit
    with pytest.raises(FileProblem, match=r"5,0 MiB, groter dan de 5 MiB"):
        check_importable(at_limit + "#")
    big = tmp_path / "groot.yaml"
    big.write_bytes((at_limit + "#").encode("utf-8"))
    checked = read_file(big)
    assert not checked.ok
    assert [p.message for p in checked.errors] == [
        "bestand is 5,0 MiB (5.242.881 bytes); maximaal 5 MiB toegestaan"]


def test_export_command_refuses_past_the_limit_and_writes_nothing(tmp_path: Path,
                                                                  small_limit: int) -> None:
    from tests.conftest import run_bio2  # in-process: the lowered limit holds

    past_the_limit(tmp_path, "y")
    target = tmp_path / "uit.yaml"
    result = run_bio2("export", "gemeente-test", "2026", "-o", str(target),
                      db=tmp_path / "r.sqlite")
    assert result.returncode == 2 and "groter dan de 256 KiB" in result.stderr
    assert result.stderr.count("\n") == 1 and not target.exists()


text = st.one_of(st.sampled_from(TRICKY),
                 st.text(st.characters(blacklist_categories=("Cs",)), min_size=1,
                         max_size=30))
answers = st.builds(
    Answer, item=st.sampled_from(["5.3", "5.17.01", "8.07.02"]),
    status=st.sampled_from(["ja", "deels", "nee", "nvt", "open"]), explanation=text,
    owner=st.none() | text, finding=st.none() | text,
    evidence=st.lists(st.builds(Evidence, ref=text), max_size=2).map(tuple),
    opzet=st.none() | st.sampled_from(["ja", "nee", "onbekend"]))


# Up to three answers (one per item) per example: the cost of an example is the export and
# the two reads back of the whole file (about 1,000 YAML nodes whatever the answers), so 40
# examples of up to three answers examine as many answers as 80 examples of one did.
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(given_answers=st.lists(answers, min_size=1, max_size=3, unique_by=lambda a: a.item))
def test_any_answer_the_store_accepts_round_trips(tmp_path: Path,
                                                  given_answers: list[Answer]) -> None:
    with assessment(tmp_path) as (store, aid):
        with store.atomic():  # type: ignore[attr-defined]
            for answer in given_answers:
                store.put_answer(aid, answer, actor="hypothesis")  # type: ignore[attr-defined]
        data = get_assessment(store, "gemeente-test", "2026")  # type: ignore[arg-type]
    assert [data.answers[a.item] for a in given_answers] == given_answers
    round_trip(data)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(name=text.filter(lambda s: len(s) <= 500), assessor=text.filter(lambda s: len(s) <= 500),
       period=text.filter(lambda s: len(s) <= 32), justification=text,
       risk_ref=text.filter(lambda s: len(s) <= 500))
def test_names_periods_and_vvt_round_trip(tmp_path_factory: pytest.TempPathFactory, name: str,
                                          assessor: str, period: str, justification: str,
                                          risk_ref: str) -> None:
    from bio2.domain.answers import Applicability

    store = open_store(tmp_path_factory.mktemp("p") / "p.sqlite")
    with store:
        create_organisation(store, Organisation(id="gemeente-test", name=name, type="gemeente"))
        aid = start_assessment(store, "gemeente-test", period, assessor)
        with store.atomic():
            store.put_applicability(aid, Applicability(
                control="7.4", applicable=False, justification=justification,
                risk_ref=risk_ref))
        data = get_assessment(store, "gemeente-test", period)
    assert data.organisation.name == name and data.assessment.period == period
    round_trip(data)
