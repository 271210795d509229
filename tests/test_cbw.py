"""Cbw readiness (bio2.analysis.cbw, ``bio2 cbw``) and the Cbw registration data."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bio2.analysis.cbw import duty_items, readiness, registration_verdict
from bio2.catalog.loading import load_catalog
from bio2.domain.answers import FORMAT, AnswerFile
from bio2.domain.registration import Registration
from bio2.exchange.csv_export import scorecard_of
from tests.conftest import run_bio2

TODAY = date(2026, 6, 1)
BACKUP = ("8.13.01", "8.13.02", "8.13.03", "8.13.04")  # Cbw item 5.1 (issue 13)

REGISTRATION: dict[str, Any] = {
    "entity_name": "Gemeente Voorbeeld",
    "entity_type": "gemeente",
    "entity": "essentieel",
    "incident_contact": {"name": "A. de Vries (CISO)", "email": "ciso@voorbeeld.nl",
                         "phone": "+31 20 123 4567"},
    "services": ["Burgerzaken", "Belastingen"],
    "registered_on": "2026-02-01",
}


def model(answers: list[dict[str, Any]], **org: Any) -> AnswerFile:
    return AnswerFile.model_validate({
        "format": FORMAT, "catalog": "bio2-1.2",
        "organisation": {"id": "gemeente-test", "name": "Gemeente Test", "type": "gemeente",
                         **org},
        "assessment": {"period": "2026", "assessor": "Test", "date": "2026-03-01"},
        "answers": answers,
    })


def answer(item: str, status: str, weight: int = 1, **extra: Any) -> dict[str, Any]:
    """An answer whose weight is set explicitly: w = 5 x weight x 4.5 / 20 = 1.125 x weight
    (bio2.analysis.scoring.explicit_weight; the gemeente profile's heaviest default is 4.5)."""
    entry: dict[str, Any] = {"item": item, "status": status,
                             "risk": {"likelihood": 5, "impact": weight}, **extra}
    if status in ("nee", "deels", "nvt"):
        entry["explanation"] = "toelichting"
    return entry


def backup_view(statuses: list[tuple[str, int]], **extra: Any) -> Any:
    answers = [answer(item, status, weight, **extra.get(item, {}))
               for item, (status, weight) in zip(BACKUP, statuses, strict=True)]
    catalog = load_catalog("bio2-1.2")
    return readiness(catalog, scorecard_of(model(answers), TODAY)).items["5.1"]


def test_cbw_item_5_1_is_served_by_the_four_backup_measures() -> None:
    assert backup_view([("ja", 1)] * 4).items == BACKUP


@pytest.mark.parametrize(("statuses", "score", "coverage", "expected"), [
    # everything ja: 4/4
    ([("ja", 1)] * 4, 1.0, 1.0, "voldoet"),
    # 15/16 = 93.75%, all decided, but one unaccepted nee
    ([("ja", 5), ("ja", 5), ("ja", 5), ("nee", 1)], 15 / 16, 1.0, "deels"),
    # (1 + 1 + 0.5 + 0) / 4 = 62.5%, three of four decided
    ([("ja", 1), ("ja", 1), ("deels", 1), ("open", 1)], 2.5 / 4, 0.75, "deels"),
    # (0 + 0 + 0.5 + 1) / 4 = 37.5%
    ([("nee", 1), ("nee", 1), ("deels", 1), ("ja", 1)], 1.5 / 4, 1.0, "voldoet_niet"),
    # only one of four decided: coverage 25% < 50%
    ([("ja", 1), ("open", 1), ("open", 1), ("open", 1)], 1 / 4, 0.25, "niet_beoordeeld"),
    # nothing weighs: everything n.v.t.
    ([("nvt", 1)] * 4, None, 1.0, "niet_beoordeeld"),
    # (4 + 4 + 1 + 0.5 x 2) / 11 = 90.9%: a small deels still passes, no nee
    ([("ja", 4), ("ja", 4), ("ja", 1), ("deels", 2)], 10 / 11, 1.0, "voldoet"),
])
def test_verdict_rule(statuses: list[tuple[str, int]], score: float | None, coverage: float,
                      expected: str) -> None:
    view = backup_view(statuses)
    if score is None:
        assert view.score.score is None
    else:
        assert view.score.score == pytest.approx(score)
    assert view.score.coverage == pytest.approx(coverage)
    assert view.verdict == expected


def test_a_valid_risk_acceptance_lets_a_small_nee_pass_an_expired_one_does_not() -> None:
    statuses = [("ja", 5), ("ja", 5), ("ja", 5), ("nee", 1)]
    valid = {"8.13.04": {"acceptance": {"by": "Gemeentesecretaris", "until": "2026-12-31",
                                        "reason": "uitwijk in 2027"}}}
    expired = {"8.13.04": {"acceptance": {"by": "Gemeentesecretaris", "until": "2026-01-31",
                                          "reason": "uitwijk in 2027"}}}
    assert backup_view(statuses, **valid).verdict == "voldoet"
    assert backup_view(statuses, **expired).verdict == "deels"


def test_gaps_by_residual_risk_then_catalog_order_and_open_items_apart() -> None:
    # 8.13.02 nee w=1.125 (residual 1.125), 8.13.03 deels w=4.5 (residual 2.25), 8.13.04 open
    view = backup_view([("ja", 1), ("nee", 1), ("deels", 4), ("open", 1)])
    assert [(g.item, g.residual) for g in view.gaps] == [("8.13.03", 2.25), ("8.13.02", 1.125)]
    assert view.unanswered == ("8.13.04",)
    tie = backup_view([("nee", 2), ("deels", 4), ("ja", 1), ("ja", 1)])
    assert [g.item for g in tie.gaps] == ["8.13.01", "8.13.02"]


def test_letters_match_the_scorecard_and_duties_gather_their_cbw_items() -> None:
    catalog = load_catalog("bio2-1.2")
    answers = [answer(i, ("ja", "deels", "nee")[n % 3]) for n, i in enumerate(catalog.items)]
    card = scorecard_of(model(answers), TODAY)
    result = readiness(catalog, card)
    for letter, view in result.letters.items():
        assert view.score == card.nis2[letter]
    for key, view in result.items.items():
        assert view.score == card.cbw[key]
    # issue 13: 14.1/14.2 and 15.1-17.1 follow the framework's own item texts
    assert duty_items(catalog, "governance") == [
        "5.02.02", "5.04.01", "5.36.01", "6.03.03", "isms-5.1",
        "isms-7.2", "isms-9.3.1", "isms-9.3.2", "isms-9.3.3"]
    assert set(duty_items(catalog, "meldplicht")) == {
        "5.05.01", "5.24.01", "5.24.02", "5.24.07", "5.25.01", "5.26", "5.27.01",
        "5.28.01", "6.08.01", "8.15.01", "8.15.03", "8.16.02", "8.16.03", "isms-7.4"}
    assert result.duties["governance"].items == tuple(duty_items(catalog, "governance"))


def test_registration_verdict_and_strict_fields() -> None:
    registration = Registration.model_validate(REGISTRATION)
    assert registration_verdict(None) == "niet_beoordeeld"
    assert registration_verdict(registration) == "voldoet"
    assert registration_verdict(registration.model_copy(update={"registered_on": None})) == (
        "deels")
    for field, bad in (("entity", "heel-belangrijk"), ("sector", "zorg"),
                       ("services", []), ("registered_on", "1-2-2026")):
        with pytest.raises(ValueError):
            Registration.model_validate({**REGISTRATION, field: bad})
    with pytest.raises(ValueError):
        Registration.model_validate({**REGISTRATION, "incident_contact": {
            **REGISTRATION["incident_contact"], "email": "geen adres"}})


def test_answer_files_without_registration_stay_valid_and_keep_their_fingerprint() -> None:
    from bio2.exchange.answerfile import canonical

    plain = model([answer("5.17.01", "ja")])
    assert "registration" not in canonical(plain)["organisation"]
    with_reg = model([answer("5.17.01", "ja")], registration=REGISTRATION)
    assert canonical(with_reg)["organisation"]["registration"]["entity"] == "essentieel"


# -- command line ---------------------------------------------------------------------
def write_registration(folder: Path, text: str) -> Path:
    path = folder / "registratie.yaml"
    path.write_text(text, encoding="utf-8")
    return path


REG_YAML = """\
entity_name: Gemeente Voorbeeld
entity_type: gemeente
entity: essentieel
incident_contact:
  name: A. de Vries (CISO)
  email: ciso@voorbeeld.nl
  phone: "+31 20 123 4567"
services: [Burgerzaken, Belastingen]
"""


def test_cli_cbw_registration_and_export(tmp_path: Path, db_path: Path) -> None:
    assert run_bio2("--db", str(db_path), "demo", db=db_path).returncode == 0
    before = run_bio2("cbw", "gemeente-voorbeeld", "2026", db=db_path)
    assert before.returncode == 0, before.stderr
    for text in ("Zorgplicht per NIS2-letter", "Governance (art. 24 Cbw)",
                 "Per item van het Cbw Control Framework", "17.1",
                 "Registratieplicht: niet beoordeeld"):
        assert text in before.stdout

    bad = write_registration(tmp_path, REG_YAML.replace("essentieel", "cruciaal"))
    refused = run_bio2("registration", "gemeente-voorbeeld", "--set-from", str(bad), db=db_path)
    assert refused.returncode == 2
    assert f"{bad}:3:1: entity: " in refused.stderr and "cruciaal" in refused.stderr
    shown = run_bio2("registration", "gemeente-voorbeeld", db=db_path)
    assert "nog geen registratiegegevens" in shown.stdout  # nothing was written

    good = write_registration(tmp_path, REG_YAML)
    saved = run_bio2("registration", "gemeente-voorbeeld", "--set-from", str(good), db=db_path)
    assert saved.returncode == 0, saved.stderr
    assert "ciso@voorbeeld.nl" in saved.stdout
    unknown = run_bio2("registration", "bestaat-niet", "--set-from", str(good), db=db_path)
    assert unknown.returncode == 2 and "bestaat-niet" in unknown.stderr

    after = run_bio2("cbw", "gemeente-voorbeeld", "2026", db=db_path)
    assert "Registratieplicht: deels" in after.stdout  # recorded, not yet filed
    exported = tmp_path / "export.yaml"
    assert run_bio2("export", "gemeente-voorbeeld", "2026", "-o", str(exported),
                    db=db_path).returncode == 0
    from bio2.exchange.answerfile import read_file

    checked = read_file(exported)
    assert checked.ok and checked.model is not None
    registration = checked.model.organisation.registration
    assert registration is not None
    assert registration.services == ("Burgerzaken", "Belastingen")
    assert registration.incident_contact.phone == "+31 20 123 4567"

    cleared = run_bio2("registration", "gemeente-voorbeeld", "--clear", db=db_path)
    assert cleared.returncode == 0 and "verwijderd" in cleared.stdout
    # an import keeps answers only; the exported registration comes back from the file
    wrong_org = run_bio2("registration", "andere-org", "--set-from", str(exported), db=db_path)
    assert wrong_org.returncode == 2 and "niet van andere-org" in wrong_org.stderr
    restored = run_bio2("registration", "gemeente-voorbeeld", "--set-from", str(exported),
                        db=db_path)
    assert restored.returncode == 0, restored.stderr
    again = tmp_path / "again.yaml"
    assert run_bio2("export", "gemeente-voorbeeld", "2026", "-o", str(again),
                    db=db_path).returncode == 0
    assert again.read_bytes() == exported.read_bytes()


def test_every_view_is_served_by_at_least_one_item() -> None:
    catalog = load_catalog("bio2-1.2")
    card = scorecard_of(model([]), TODAY)
    result = readiness(catalog, card)
    assert len(result.letters) == 10 and len(result.items) == 27
    empty = [v.key for v in (*result.letters.values(), *result.items.values(),
                             *result.duties.values()) if not v.items]
    assert empty == []
    # nothing answered: every view is "niet beoordeeld", never an accidental pass
    assert {v.verdict for v in result.items.values()} == {"niet_beoordeeld"}
