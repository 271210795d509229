"""The rules of bio2.domain.rules as the file checker, the form, the store and the
fingerprint apply them: where two copies disagreed, the places now agree."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bio2.catalog.loading import load_catalog
from bio2.exchange.answerfile import check_bytes, fingerprint
from bio2.usecases.forms import build_answer, status_warnings
from bio2.usecases.importing import import_files
from bio2.usecases.opening import get_assessment, open_store

TODAY = date(2026, 6, 1)
HEAD = """\
format: bio2-answers/1
catalog: bio2-1.2
organisation: {id: gemeente-test, name: Gemeente Test, type: gemeente}
assessment: {period: "2026", assessor: A. Tester}
risk_profile: {beschikbaarheid: midden, integriteit: hoog, vertrouwelijkheid: hoog}
"""
ANSWERS = """\
answers:
  - {item: "5.3", status: ja}
  - {item: "5.7", status: open}
"""
#: Applicable with an empty justification: the default, which the store keeps no row for.
EMPTY_TEXT = """\
applicability:
  - {control: "5.1", applicable: true, justification: ""}
  - {control: "5.2", applicable: true}
"""


def model(text: str):  # type: ignore[no-untyped-def]
    checked = check_bytes("f.yaml", text.encode("utf-8"), today=TODAY)
    assert checked.ok, [str(p) for p in checked.errors]
    return checked.model


def test_default_vvt_entries_and_blank_answers_leave_the_fingerprint_alone() -> None:
    plain = fingerprint(model(HEAD + "answers:\n  - {item: \"5.3\", status: ja}\n"))
    assert fingerprint(model(HEAD + ANSWERS)) == plain
    assert fingerprint(model(HEAD + EMPTY_TEXT + ANSWERS)) == plain
    # text makes an applicable entry count, as it makes the store keep it
    kept = HEAD + 'applicability:\n  - {control: "5.1", applicable: true, risk_ref: RA-1}\n'
    assert fingerprint(model(kept + ANSWERS)) != plain


def test_a_file_and_its_import_have_the_same_fingerprint(tmp_path: Path) -> None:
    source = tmp_path / "in.yaml"
    source.write_text(HEAD + EMPTY_TEXT + ANSWERS, encoding="utf-8")
    store = open_store(tmp_path / "db.sqlite")
    with store:
        checks, results = import_files(store, [str(source)], actor="t", today=TODAY)
        assert all(c.ok for c in checks) and results
        data = get_assessment(store, "gemeente-test", "2026")
    assert data.applicability == {}  # the store keeps no row for a default entry
    assert fingerprint(data.answer_file()) == fingerprint(model(source.read_text("utf-8")))


@pytest.mark.parametrize("status", ["ja", "deels", "nee", "nvt", "open"])
@pytest.mark.parametrize("item_id", ["5.17.01", "5.3", "isms-9.3.1"])
@pytest.mark.parametrize("excluded", [False, True])
def test_the_form_and_validate_give_the_same_rules(status: str, item_id: str,
                                                   excluded: bool) -> None:
    """Per status, kind of item (measure, control without measures, ISMS clause) and VvT
    decision: the form's errors and warnings say what ``bio2 validate`` says."""
    item = load_catalog().items[item_id]
    control = item.control or "5.1"
    vvt = (f'applicability:\n  - {{control: "{control}", applicable: false,'
           f' justification: J, risk_ref: R}}\n') if excluded else ""
    for explanation in ("", "Toelichting"):
        extra = f", explanation: {explanation}" if explanation else ""
        text = HEAD + vvt + f'answers:\n  - {{item: "{item_id}", status: {status}{extra}}}\n'
        checked = check_bytes("f.yaml", text.encode("utf-8"), today=TODAY)
        form = build_answer(item, {"status": status, "explanation": explanation}, None,
                            control_applicable=not excluded)
        assert set(form.warnings.values()) == {p.message for p in checked.warnings}
        assert set(form.errors) == ({"explanation"} if checked.errors else set())
        assert form.warnings == status_warnings(item, status, not excluded)
