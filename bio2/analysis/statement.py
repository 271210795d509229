"""What the board may state: every claim of the statement (report chapter 8) derived from
the answers by a written rule. Pure functions, no ReportLab: the PDF, a future HTML report
and the TUI use the same rules and the same sentences.

The rules (also printed in the report's method chapter, ``statement.rule.*``):

1. **ISMS** (ISO 27001 clauses 4 to 10). Claimed as in place only when every assessable
   clause item of chapters 4-10 has a decision and none is ``nee``. ``nvt`` counts as not
   in place: ISO 27001 allows no exclusion of chapters 4-10. Otherwise the sentence names
   the clauses not in place and the clauses not yet assessed. Clauses answered ``deels``
   are named in the positive sentence.
2. **Risk analysis.** Claimed only when clause 6.1.2 (risk assessment) and clause 8.2
   (performing it) are ``ja`` or ``deels`` and at least one reference to the risk analysis
   is recorded: a ``risk_ref`` on a VvT exclusion or a risk acceptance, or an own risk
   estimate (likelihood x impact) on an answer. Otherwise the sentence gives each reason.
3. **VvT.** Claimed complete only when every control of the catalog has an applicability
   decision (an explicit entry, or the default: applicable) and every exclusion has a
   justification and a risk reference. Otherwise the sentence names the exclusions that
   lack one.
4. **Coverage.** Below 100% the statement names the number of items not yet assessed and
   says the conclusion is provisional ("voorlopig").

A rule that cannot be evaluated (a custom catalog without a clause the rule needs, or
without controls) gives the cautious sentence "cannot be derived from this assessment",
never the positive claim. The statement may open with a positive overall claim (the
In Control Verklaring of the Rijk) only when all four rules hold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from bio2.domain.answers import Answer, Applicability
from bio2.domain.catalog import Catalog
from bio2.domain.scorecard import Scorecard
from bio2.i18n import t

ISMS_CHAPTERS = tuple(str(n) for n in range(4, 11))
#: ISO 27001 6.1.2 (information security risk assessment) and 8.2 (performing it).
RISK_CLAUSES = ("isms-6.1.2", "isms-8.2")
IN_PLACE = ("ja", "deels")

Outcome = Literal["holds", "fails", "unknown"]


@dataclass(frozen=True)
class Claim:
    """One claim and the facts behind it; ``sentence()`` words it in the current language."""

    rule: Literal["isms", "risk", "vvt", "coverage"]
    outcome: Outcome
    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def holds(self) -> bool:
        return self.outcome == "holds"

    def sentence(self) -> str:
        return t(self.key, **{k: _word(v) for k, v in self.values.items()})


@dataclass(frozen=True)
class StatementBasis:
    isms: Claim
    risk: Claim
    vvt: Claim
    coverage: Claim

    @property
    def claims(self) -> tuple[Claim, ...]:
        return (self.isms, self.risk, self.vvt, self.coverage)

    @property
    def all_hold(self) -> bool:
        """True only when every rule could be evaluated and holds."""
        return all(c.holds for c in self.claims)

    def sentences(self) -> list[str]:
        return [c.sentence() for c in self.claims]


@dataclass(frozen=True)
class _Ids:
    """A list of numbers worded at render time ("6.1.2, 8.2 en 9.3")."""

    ids: tuple[str, ...]


@dataclass(frozen=True)
class _Parts:
    """Reasons worded at render time, each a sentence of its own."""

    parts: tuple[tuple[str, Mapping[str, object]], ...]


@dataclass(frozen=True)
class _Key:
    """A message key worded at render time."""

    key: str


def _word(value: object) -> object:
    if isinstance(value, _Ids):
        return join_words(list(value.ids))
    if isinstance(value, _Parts):
        return " ".join(t(key, **{k: _word(v) for k, v in values.items()})
                        for key, values in value.parts)
    if isinstance(value, _Key):
        return t(value.key)
    return value


def join_words(words: Sequence[str]) -> str:
    """"a", "a en b", "a, b en c" (en: "and")."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {t('statement.and')} " + words[-1]


def clause_number(item_id: str) -> str:
    return item_id.removeprefix("isms-")


def _chapter(item_id: str) -> str:
    return clause_number(item_id).split(".")[0]


def _status(answers: Mapping[str, Answer], item_id: str) -> str:
    answer = answers.get(item_id)
    return answer.status if answer is not None else "open"


# -- rule 1: ISMS ------------------------------------------------------------------------
def isms_claim(catalog: Catalog, answers: Mapping[str, Answer]) -> Claim:
    clauses = [i for i, item in catalog.items.items() if item.kind == "clause"
               and _chapter(i) in ISMS_CHAPTERS]
    missing = [c for c in ISMS_CHAPTERS if not any(_chapter(i) == c for i in clauses)]
    if missing:
        return Claim("isms", "unknown", "statement.isms.unknown",
                     {"catalog": catalog.id, "chapters": _Ids(tuple(missing))})
    status = {i: _status(answers, i) for i in clauses}
    not_in_place = tuple(clause_number(i) for i, s in status.items() if s in ("nee", "nvt"))
    unassessed = tuple(clause_number(i) for i, s in status.items() if s == "open")
    partly = tuple(clause_number(i) for i, s in status.items() if s == "deels")
    n = len(clauses)
    if not not_in_place and not unassessed:
        if partly:
            return Claim("isms", "holds", "statement.isms.holds_partly",
                         {"n": n, "partly": _Ids(partly)})
        return Claim("isms", "holds", "statement.isms.holds", {"n": n})
    parts: list[tuple[str, Mapping[str, object]]] = []
    if not_in_place:
        parts.append(("statement.isms.not_in_place", {"ids": _Ids(not_in_place)}))
    if len(unassessed) == n:
        parts.append(("statement.isms.none_assessed", {"n": n}))
    elif unassessed:
        parts.append(("statement.isms.unassessed", {"ids": _Ids(unassessed)}))
    return Claim("isms", "fails", "statement.isms.fails", {"reasons": _Parts(tuple(parts))})


# -- rule 2: risk analysis -------------------------------------------------------------
def risk_references(answers: Mapping[str, Answer],
                    applicability: Mapping[str, Applicability]) -> int:
    """References to the risk analysis: risk_ref on VvT entries and acceptances, and own
    risk estimates (likelihood x impact) on answers."""
    refs = sum(1 for a in applicability.values() if a.risk_ref)
    for answer in answers.values():
        refs += answer.acceptance is not None and bool(answer.acceptance.risk_ref)
        refs += answer.risk is not None
    return refs


def risk_claim(catalog: Catalog, answers: Mapping[str, Answer],
               applicability: Mapping[str, Applicability]) -> Claim:
    missing = [clause_number(c) for c in RISK_CLAUSES if c not in catalog.items]
    if missing:
        return Claim("risk", "unknown", "statement.risk.unknown",
                     {"catalog": catalog.id, "ids": _Ids(tuple(missing))})
    reasons: list[tuple[str, Mapping[str, object]]] = []
    for clause in RISK_CLAUSES:
        status = _status(answers, clause)
        if status not in IN_PLACE:
            reasons.append((f"statement.risk.clause_{status}", {"id": clause_number(clause)}))
    refs = risk_references(answers, applicability)
    if not refs:
        reasons.append(("statement.risk.no_refs", {}))
    if reasons:
        return Claim("risk", "fails", "statement.risk.fails", {"reasons": _Parts(tuple(reasons))})
    first, second = (_status(answers, c) for c in RISK_CLAUSES)
    return Claim("risk", "holds", "statement.risk.holds", {
        "first": clause_number(RISK_CLAUSES[0]), "second": clause_number(RISK_CLAUSES[1]),
        "first_status": _Key(f"statement.in_place.{first}"),
        "second_status": _Key(f"statement.in_place.{second}"), "refs": refs})


# -- rule 3: VvT -------------------------------------------------------------------------
def vvt_claim(catalog: Catalog, applicability: Mapping[str, Applicability]) -> Claim:
    controls = list(catalog.controls)
    if not controls:
        return Claim("vvt", "unknown", "statement.vvt.unknown", {"catalog": catalog.id})
    entries = {c: applicability[c] for c in controls if c in applicability}
    excluded = [c for c, a in entries.items() if not a.applicable]
    no_reason = tuple(c for c in excluded if not (entries[c].justification or "").strip())
    no_ref = tuple(c for c in excluded if not (entries[c].risk_ref or "").strip())
    if no_reason or no_ref:
        parts: list[tuple[str, Mapping[str, object]]] = []
        if no_reason:
            parts.append(("statement.vvt.no_reason", {"ids": _Ids(no_reason)}))
        if no_ref:
            parts.append(("statement.vvt.no_ref", {"ids": _Ids(no_ref)}))
        return Claim("vvt", "fails", "statement.vvt.fails", {"reasons": _Parts(tuple(parts))})
    values = {"n": len(controls), "explicit": len(entries),
              "default": len(controls) - len(entries), "excluded": len(excluded)}
    key = "statement.vvt.holds_excluded" if excluded else "statement.vvt.holds"
    return Claim("vvt", "holds", key, values)


# -- rule 4: coverage --------------------------------------------------------------------
def coverage_claim(card: Scorecard) -> Claim:
    items = len(card.items)
    unassessed = sum(1 for s in card.items.values()
                     if s.status == "open" and not s.excluded_by_vvt)
    if unassessed == 0:
        return Claim("coverage", "holds", "statement.coverage.holds", {"n": items})
    key = "statement.coverage.fails.one" if unassessed == 1 else "statement.coverage.fails"
    return Claim("coverage", "fails", key, {"unassessed": unassessed, "n": items})


def derive(catalog: Catalog, card: Scorecard, answers: Mapping[str, Answer],
           applicability: Mapping[str, Applicability]) -> StatementBasis:
    """The four claims of the statement for one assessment."""
    return StatementBasis(
        isms=isms_claim(catalog, answers),
        risk=risk_claim(catalog, answers, applicability),
        vvt=vvt_claim(catalog, applicability),
        coverage=coverage_claim(card),
    )


def rules() -> list[str]:
    """The written rules, for the report's method chapter."""
    return [t(f"statement.rule.{key}") for key in ("isms", "risk", "vvt", "coverage",
                                                     "unknown")]
