"""The statement rules (bio2.analysis.statement): every branch on small hand-built assessments,
checking the exact sentences the board would sign."""

from __future__ import annotations

from datetime import date

from bio2.analysis.scoring import score
from bio2.analysis.statement import (
    coverage_claim,
    derive,
    isms_claim,
    risk_claim,
    risk_references,
    rules,
    vvt_claim,
)
from bio2.catalog.loading import load_catalog
from bio2.domain.answers import Acceptance, Answer, Applicability, Risk, RiskProfile
from bio2.domain.catalog import Catalog
from bio2.i18n import set_language

CATALOG = load_catalog("bio2-1.2")
CLAUSES = [i for i, item in CATALOG.items.items() if item.kind == "clause"]
FACTORS = {"basishygiene": 1.0, "ketenhygiene": 1.0, "overheidsrisico": 1.0}


def answers(statuses: dict[str, str]) -> dict[str, Answer]:
    return {i: Answer(item=i, status=s, explanation="x") for i, s in statuses.items()}


def all_clauses(status: str, **overrides: str) -> dict[str, Answer]:
    chosen = dict.fromkeys(CLAUSES, status)
    chosen.update({f"isms-{k.replace('_', '.')}": v for k, v in overrides.items()})
    return answers(chosen)


def without(catalog: Catalog, *item_ids: str) -> Catalog:
    """A custom catalog that lacks some items (as a user's own catalog might)."""
    items = {k: v for k, v in catalog.items.items() if k not in item_ids}
    return catalog.model_copy(update={"items": items})


# -- rule 1: ISMS ------------------------------------------------------------------------
def test_isms_holds_when_every_clause_is_ja() -> None:
    claim = isms_claim(CATALOG, all_clauses("ja"))
    assert claim.holds
    assert claim.sentence() == (
        "De organisatie heeft een managementsysteem voor informatiebeveiliging ingericht:"
        " alle 30 eisen uit ISO 27001 hoofdstuk 4 tot en met 10 zijn beoordeeld en"
        " ingevoerd.")


def test_isms_holds_with_deels_and_names_the_partial_clauses() -> None:
    claim = isms_claim(CATALOG, all_clauses("ja", **{"6_1_2": "deels", "9_2_1": "deels"}))
    assert claim.holds
    assert claim.sentence().endswith(
        "zijn beoordeeld en geen ervan ontbreekt. Nog maar deels ingevoerd: 6.1.2 en 9.2.1.")


def test_isms_fails_on_nee_and_names_clauses_not_in_place_and_unassessed() -> None:
    chosen = all_clauses("ja", **{"6_1_2": "nee", "8_2": "nvt"})
    del chosen["isms-4.1"], chosen["isms-10.2"], chosen["isms-5.3"]
    claim = isms_claim(CATALOG, chosen)
    assert claim.outcome == "fails"
    assert claim.sentence() == (
        "Het managementsysteem voor informatiebeveiliging (ISO 27001 hoofdstuk 4 tot en met"
        " 10) is nog niet aantoonbaar ingericht. Niet ingevoerd: 6.1.2 en 8.2."
        " Nog niet beoordeeld: 4.1, 5.3 en 10.2.")


def test_isms_fails_when_nothing_is_assessed_with_one_short_reason() -> None:
    claim = isms_claim(CATALOG, {})
    assert claim.outcome == "fails"
    assert claim.sentence() == (
        "Het managementsysteem voor informatiebeveiliging (ISO 27001 hoofdstuk 4 tot en met"
        " 10) is nog niet aantoonbaar ingericht. Geen van de 30 eisen is al beoordeeld.")


def test_isms_cannot_be_evaluated_without_a_chapter_and_never_claims() -> None:
    custom = without(CATALOG, "isms-9.1", "isms-9.2.1", "isms-9.2.2", "isms-9.3.1",
                     "isms-9.3.2", "isms-9.3.3")
    claim = isms_claim(custom, all_clauses("ja"))
    assert claim.outcome == "unknown" and not claim.holds
    assert claim.sentence() == (
        "Of de organisatie een managementsysteem voor informatiebeveiliging heeft, volgt niet"
        " uit deze beoordeling: catalogus bio2-1.2 bevat geen eisen uit ISO 27001-hoofdstuk"
        " 9.")


# -- rule 2: risk analysis -------------------------------------------------------------
VVT_WITH_REF = {"7.4": Applicability(control="7.4", applicable=False, justification="geen",
                                     risk_ref="RA-1")}


def test_risk_holds_with_both_clauses_in_place_and_a_reference() -> None:
    claim = risk_claim(CATALOG, answers({"isms-6.1.2": "ja", "isms-8.2": "deels"}),
                       VVT_WITH_REF)
    assert claim.holds
    assert claim.sentence() == (
        "De organisatie analyseert haar informatiebeveiligingsrisico's: eis 6.1.2"
        " (risicobeoordeling) is ingevoerd, eis 8.2 (uitvoering daarvan) is deels ingevoerd"
        " en de beoordeling verwijst naar de risicoanalyse (1 verwijzingen of"
        " risicoschattingen).")


def test_risk_fails_without_any_reference() -> None:
    claim = risk_claim(CATALOG, answers({"isms-6.1.2": "ja", "isms-8.2": "ja"}), {})
    assert claim.outcome == "fails"
    assert claim.sentence() == (
        "Dat de organisatie haar informatiebeveiligingsrisico's analyseert, kan nog niet"
        " worden verklaard. Er is geen verwijzing naar een risicoanalyse vastgelegd (bij een"
        " uitsluiting in de VvT of een risicoacceptatie) en geen eigen risicoschatting bij"
        " een antwoord.")


def test_risk_fails_per_clause_status() -> None:
    claim = risk_claim(CATALOG, answers({"isms-6.1.2": "nee"}), VVT_WITH_REF)
    assert claim.sentence().endswith(
        "kan nog niet worden verklaard. Eis 6.1.2 is niet ingevoerd. Eis 8.2 is nog niet"
        " beoordeeld.")
    claim = risk_claim(CATALOG, answers({"isms-6.1.2": "ja", "isms-8.2": "nvt"}),
                       VVT_WITH_REF)
    assert claim.sentence().endswith(
        "kan nog niet worden verklaard. Eis 8.2 is als niet van toepassing beantwoord.")


def test_risk_references_count_vvt_acceptances_and_estimates() -> None:
    given = {
        "5.3": Answer(item="5.3", status="nee", explanation="x", risk=Risk(likelihood=2,
                                                                            impact=3)),
        "5.02.01": Answer(item="5.02.01", status="nee", explanation="x", acceptance=Acceptance(
            by="college", until=date(2027, 1, 1), reason="r", risk_ref="RA-2")),
        "5.02.02": Answer(item="5.02.02", status="nee", explanation="x",
                          acceptance=Acceptance(by="college", until=date(2027, 1, 1),
                                                reason="r")),
    }
    assert risk_references(given, VVT_WITH_REF) == 3
    assert risk_references({}, {}) == 0


def test_risk_cannot_be_evaluated_without_clause_8_2() -> None:
    claim = risk_claim(without(CATALOG, "isms-8.2"),
                       answers({"isms-6.1.2": "ja"}), VVT_WITH_REF)
    assert claim.outcome == "unknown"
    assert claim.sentence() == (
        "Of de organisatie haar risico's analyseert, volgt niet uit deze beoordeling:"
        " catalogus bio2-1.2 bevat eis 8.2 van ISO 27001 niet.")


# -- rule 3: VvT ---------------------------------------------------------------------------
def test_vvt_holds_by_default_for_every_control() -> None:
    claim = vvt_claim(CATALOG, {})
    assert claim.holds
    assert claim.sentence() == (
        "De keuze van maatregelen is vastgelegd in een volledige Verklaring van"
        " Toepasselijkheid: alle 93 beheersmaatregelen hebben een besluit over"
        " toepasselijkheid (0 vastgelegd, 93 van toepassing volgens de standaard).")


def test_vvt_holds_with_justified_exclusions() -> None:
    vvt = {**VVT_WITH_REF, "5.1": Applicability(control="5.1", applicable=True)}
    claim = vvt_claim(CATALOG, vvt)
    assert claim.holds
    assert claim.sentence().endswith(
        "(2 vastgelegd, 91 van toepassing volgens de standaard). Uitgesloten met onderbouwing"
        " en verwijzing naar de risicoanalyse: 1.")


def test_vvt_fails_on_an_exclusion_without_justification_or_reference() -> None:
    vvt = {
        "7.4": Applicability(control="7.4", applicable=False, justification=" ",
                             risk_ref="RA-1"),
        "7.5": Applicability(control="7.5", applicable=False, justification="geen"),
        "7.6": Applicability(control="7.6", applicable=False),
    }
    claim = vvt_claim(CATALOG, vvt)
    assert claim.outcome == "fails"
    assert claim.sentence() == (
        "De Verklaring van Toepasselijkheid is nog niet volledig. Bij de uitsluiting van"
        " beheersmaatregel 7.4 en 7.6 ontbreekt de onderbouwing. Bij de uitsluiting van"
        " beheersmaatregel 7.5 en 7.6 ontbreekt de verwijzing naar de risicoanalyse.")


def test_vvt_cannot_be_evaluated_without_controls() -> None:
    claim = vvt_claim(CATALOG.model_copy(update={"controls": {}}), {})
    assert claim.outcome == "unknown"
    assert "volgt niet uit deze beoordeling" in claim.sentence()


# -- rule 4: coverage and the whole statement ---------------------------------------------
def card(given: dict[str, Answer], vvt: dict[str, Applicability] | None = None):  # type: ignore[no-untyped-def]
    return score(CATALOG, given, vvt or {}, RiskProfile(), FACTORS, date(2026, 11, 1))


def test_coverage_names_the_unassessed_items_and_says_voorlopig() -> None:
    everything = answers(dict.fromkeys(CATALOG.items, "ja"))
    del everything["5.3"], everything["isms-10.2"]
    claim = coverage_claim(card(everything))
    assert claim.sentence() == (
        "Deze verklaring is voorlopig: 2 van de 190 items zijn nog niet beoordeeld en de"
        " conclusie kan veranderen wanneer die zijn beoordeeld.")
    del everything["isms-4.1"]
    everything["5.3"] = Answer(item="5.3", status="ja")
    everything["isms-10.2"] = Answer(item="isms-10.2", status="ja")
    assert coverage_claim(card(everything)).sentence() == (
        "Deze verklaring is voorlopig: 1 van de 190 items is nog niet beoordeeld en de"
        " conclusie kan veranderen wanneer dat is beoordeeld.")


def test_coverage_complete_counts_vvt_exclusions_as_decided() -> None:
    everything = answers({i: "ja" for i, item in CATALOG.items.items()
                          if item.control != "7.4"})
    claim = coverage_claim(card(everything, VVT_WITH_REF))
    assert claim.holds
    assert claim.sentence() == ("Alle 190 items zijn beoordeeld; deze verklaring berust op"
                                " een volledige beoordeling.")


def test_whole_statement_all_hold_only_when_every_rule_holds() -> None:
    everything = answers(dict.fromkeys(CATALOG.items, "ja"))
    complete = derive(CATALOG, card(everything), everything, VVT_WITH_REF)
    assert complete.all_hold
    half = dict(list(everything.items())[:100])
    provisional = derive(CATALOG, card(half), half, VVT_WITH_REF)
    assert not provisional.all_hold
    assert [c.outcome for c in provisional.claims] == ["fails", "fails", "holds", "fails"]
    empty = derive(CATALOG, card({}), {}, {})
    assert [c.outcome for c in empty.claims] == ["fails", "fails", "holds", "fails"]
    assert len(empty.sentences()) == 4


def test_sentences_and_rules_in_english() -> None:
    set_language("en")
    claim = isms_claim(CATALOG, answers({"isms-4.1": "nee"}))
    assert claim.sentence().startswith(
        "The information security management system (ISO 27001 clauses 4 to 10) is not yet"
        " shown to be in place. Not in place: 4.1. Not yet assessed: 4.2, 4.3, 4.4, 5.1,")
    assert rules()[0].startswith("Management system (ISMS): stated as in place only when")
