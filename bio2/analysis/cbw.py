"""Cbw/NIS2 readiness: where an organisation stands against the Cyberbeveiligingswet.

Pure functions over a :class:`~bio2.domain.scorecard.Scorecard` (or the item scores alone)
and a catalog, read through the shapes of :mod:`bio2.domain.shapes`: the models fit them,
and so does the read path of ``bio2 cbw`` that loads no pydantic; no I/O.

Four views, each scored with the ordinary group rule of ``bio2.analysis.scoring`` (sum of
w x degree over sum of w, over the BIO2 items that serve it):

- per NIS2 art. 21(2) letter a-j (zorgplicht): the items whose ISO 27002 control (or
  ISO 27001 clause) the catalog maps to that letter;
- per Cbw Control Framework item (the 27 items of ADR/NOREA v1.2): the items linked in
  ``controls/cbw-control-framework.yaml``;
- governance (Cbw art. 24): every item that serves a Cbw item of the group governance;
- meldplicht (Cbw art. 25): every item that serves a Cbw item of the group meldplicht.

An item the catalog marks outside the Cbw scope (``Item.outside_cbw``; v1.3 greys such
measures out, e.g. 5.33.01) serves none of these views; it still counts in the BIO2 score.

The verdict rule (constants below, applied in this order):

1. **niet beoordeeld**: nothing in scope carries weight (everything n.v.t. or excluded
   through the VvT), or fewer than ``MIN_COVERAGE`` (50%) of the serving items have a
   decision (a status other than open, or excluded through the VvT);
2. **voldoet**: every serving item has a decision, the score is at least
   ``PASS_SCORE`` (90%) and no serving item is ``nee`` without a risk acceptance that is
   still valid (an accepted risk is the BIO2 way to deviate; an expired one is not);
3. **voldoet niet**: the score is below ``FAIL_SCORE`` (50%);
4. **deels**: everything else.

5. **checklist** (Cbw items with a checklist only, issue 13 §4): while any sub-point of
   the item's checklist is unticked, the verdict cannot be *voldoet*; it becomes
   *deels*. Every other verdict stands. Decision: ticks are the CISO's evidence that
   the item's own sub-points are covered, so they can only hold a verdict back, never
   lift one: all ticked over weak BIO2 answers is still what the answers say, and an
   unticked list never makes *voldoet niet* (that would judge missing paperwork as a
   missing measure). The NIS2 letters and duties keep the rule of the BIO2 items alone.

The gaps of a view are its in-scope items with status ``nee`` or ``deels``, highest
residual risk first (ties in catalog order); open items are listed apart as not assessed.

The registratieplicht has a verdict of its own from the stored registration data:
none recorded is *niet beoordeeld*, recorded but not yet filed (no ``registered_on``)
is *deels*, filed is *voldoet*.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Literal, Protocol

from bio2.analysis.scoring import GAP_STATUSES, group
from bio2.domain.scorecard import GroupScore, ItemScore
from bio2.domain.vocab import LETTERS
from bio2.i18n import t

if TYPE_CHECKING:  # the rules read shapes: the models fit them, so do plain records
    from bio2.domain.shapes import CatalogShape, CbwItemShape, ScoredShape

Verdict = Literal["voldoet", "deels", "voldoet_niet", "niet_beoordeeld"]
VERDICTS: tuple[Verdict, ...] = ("voldoet", "deels", "voldoet_niet", "niet_beoordeeld")
ViewKind = Literal["nis2", "cbw", "duty"]

PASS_SCORE = 0.90
FAIL_SCORE = 0.50
MIN_COVERAGE = 0.50
#: The duties of the Cbw beside the zorgplicht that BIO2 items can serve.
DUTIES: tuple[Literal["governance", "meldplicht"], ...] = ("governance", "meldplicht")
#: The catalog's duty that has no items: its verdict comes from the registration data.
REGISTRATION_DUTY = "registratie"


@dataclass(frozen=True)
class Gap:
    item: str
    status: str
    weight: float
    residual: float
    accepted: bool


@dataclass(frozen=True)
class Coverage:
    """How much of a Cbw item's checklist is ticked (shown as "k van n afgevinkt")."""

    #: The ticked sub-point ids, in checklist order.
    ticked: tuple[str, ...]
    total: int

    @property
    def done(self) -> int:
        return len(self.ticked)

    @property
    def complete(self) -> bool:
        return self.done >= self.total


@dataclass(frozen=True)
class Readiness:
    """One view (a NIS2 letter, a Cbw item or a duty) with its score and verdict."""

    key: str
    kind: ViewKind
    score: GroupScore
    verdict: Verdict
    #: Serving items in catalog order.
    items: tuple[str, ...]
    gaps: tuple[Gap, ...]
    unanswered: tuple[str, ...]
    #: The checklist coverage of a Cbw item that has a checklist; else None.
    checklist: Coverage | None = None


@dataclass(frozen=True)
class CbwReadiness:
    catalog: str
    letters: dict[str, Readiness]
    items: dict[str, Readiness]
    duties: dict[str, Readiness]
    registration: Verdict


def verdict(score: GroupScore, members: Iterable[ItemScore]) -> Verdict:
    """The verdict of one view by the rule in the module docstring."""
    if score.score is None or score.coverage < MIN_COVERAGE:
        return "niet_beoordeeld"
    unaccepted_no = any(m.in_scope and m.status == "nee" and not m.accepted for m in members)
    if score.coverage >= 1.0 and score.score >= PASS_SCORE and not unaccepted_no:
        return "voldoet"
    if score.score < FAIL_SCORE:
        return "voldoet_niet"
    return "deels"


def coverage(item: CbwItemShape, ticked: Iterable[str]) -> Coverage | None:
    """The coverage of ``item``'s checklist by the ticked ids (None: no checklist). Ids
    that are not on the list are ignored here; the inputs refuse them earlier."""
    if not item.checklist:
        return None
    chosen = set(ticked)
    return Coverage(ticked=tuple(p.id for p in item.checklist if p.id in chosen),
                    total=len(item.checklist))


def coverage_text(checklist: Coverage) -> str:
    """"k van n afgevinkt" in the current language (CLI, TUI and report alike)."""
    return t("checklist.coverage", done=checklist.done, total=checklist.total)


def checked_verdict(base: Verdict, checklist: Coverage | None) -> Verdict:
    """Rule 5 of the module docstring: an incomplete checklist holds *voldoet* at
    *deels*; anything else keeps the verdict of the BIO2 items."""
    if checklist is not None and not checklist.complete and base == "voldoet":
        return "deels"
    return base


class Filed(Protocol):
    """What the registration verdict reads of a registration
    (:class:`bio2.domain.registration.Registration`)."""

    @property
    def registered_on(self) -> date | None: ...


def registration_verdict(registration: Filed | None) -> Verdict:
    if registration is None:
        return "niet_beoordeeld"
    return "voldoet" if registration.registered_on is not None else "deels"


def view(key: str, kind: ViewKind, item_ids: Iterable[str], card: ScoredShape) -> Readiness:
    """Score, verdict and gaps of the items ``item_ids`` (in the given order)."""
    ids = tuple(dict.fromkeys(i for i in item_ids if i in card.items))
    members = [card.items[i] for i in ids]
    score = group(key, members)
    order = {item: n for n, item in enumerate(ids)}
    gaps = sorted((m for m in members if m.in_scope and m.status in GAP_STATUSES),
                  key=lambda m: (-m.residual, order[m.item]))
    return Readiness(
        key=key, kind=kind, score=score, verdict=verdict(score, members), items=ids,
        gaps=tuple(Gap(item=m.item, status=m.status, weight=m.weight.value,
                       residual=m.residual, accepted=m.accepted) for m in gaps),
        unanswered=tuple(m.item for m in members
                         if m.status == "open" and not m.excluded_by_vvt),
    )


def duty_items(catalog: CatalogShape, duty: str) -> list[str]:
    """Items serving any Cbw item of the group ``duty``, in catalog order."""
    cbw = {c.id for c in catalog.cbw_items.values() if c.group == duty}
    return [i.id for i in catalog.items.values() if cbw.intersection(i.cbw) and not i.outside_cbw]


def cbw_item_view(catalog: CatalogShape, key: str, card: ScoredShape,
                  ticked: Iterable[str] = ()) -> Readiness:
    """The view of one Cbw item: its serving items, and its checklist coverage (rule 5)."""
    plain = view(key, "cbw", (i.id for i in catalog.items.values()
                              if key in i.cbw and not i.outside_cbw), card)
    checklist = coverage(catalog.cbw_items[key], ticked)
    if checklist is None:
        return plain
    return replace(plain, checklist=checklist,
                   verdict=checked_verdict(plain.verdict, checklist))


def readiness(catalog: CatalogShape, card: ScoredShape,
              registration: Filed | None = None,
              ticks: Mapping[str, Iterable[str]] | None = None) -> CbwReadiness:
    """All Cbw views of one scored assessment; ``ticks``: the ticked checklist sub-points
    per Cbw item (``AssessmentData.checklists``; none given: nothing ticked)."""
    # items the catalog puts outside the Cbw scope (v1.3: 5.33.01) serve no Cbw view
    items = [i for i in catalog.items.values() if not i.outside_cbw]
    ticks = ticks or {}
    return CbwReadiness(
        catalog=catalog.id,
        letters={letter: view(letter, "nis2", (i.id for i in items if letter in i.nis2), card)
                 for letter in LETTERS},
        items={key: cbw_item_view(catalog, key, card, ticks.get(key, ()))
               for key in catalog.cbw_items},
        duties={duty: view(duty, "duty", duty_items(catalog, duty), card) for duty in DUTIES},
        registration=registration_verdict(registration),
    )


# -- the rows every output shows (CLI ``bio2 cbw``, TUI Cbw screen, report chapter) --------
RowKind = Literal["nis2", "duty", "registration", "cbw"]


@dataclass(frozen=True)
class ReadinessRow:
    """One line of a Cbw readiness table, the same in the CLI, the TUI and the report.

    ``title`` is the letter's or duty's title, or the Cbw item's topic, in the language
    the caller asked for. The registration duty has a verdict but no score and no items
    (``view`` None): outputs that list it show a dash for the numbers."""

    kind: RowKind
    key: str
    title: str
    #: The Cbw group of a Cbw item (zorgplicht, governance, meldplicht); else None.
    group: str | None
    verdict: Verdict
    view: Readiness | None

    @property
    def score(self) -> GroupScore | None:
        return None if self.view is None else self.view.score

    def top_gaps(self, count: int) -> tuple[Gap, ...]:
        """The ``count`` gaps with the highest residual risk (ties in catalog order)."""
        return () if self.view is None else self.view.gaps[:count]

    @property
    def checklist(self) -> Coverage | None:
        """The checklist coverage of a Cbw item with a checklist (else None)."""
        return None if self.view is None else self.view.checklist

    @property
    def gap_count(self) -> int:
        return 0 if self.view is None else len(self.view.gaps)


def readiness_rows(catalog: CatalogShape, result: CbwReadiness, lang: str) -> list[ReadinessRow]:
    """The rows of the readiness tables, in the one order every output uses: the NIS2
    letters a-j, then the duties in catalog order (governance, meldplicht, then the
    registration duty with the registration verdict), then the Cbw Control Framework
    items in catalog order. Titles in ``lang`` (English where the catalog has it)."""

    def pick(nl: str, en: str | None) -> str:
        return en if lang == "en" and en else nl

    rows: list[ReadinessRow] = []
    for letter, view in result.letters.items():
        info = catalog.nis2_letters.get(letter)
        rows.append(ReadinessRow("nis2", letter, pick(info.title, info.title_en) if info
                                 else letter, None, view.verdict, view))
    duties = [*catalog.nis2_duties, *(d for d in result.duties if d not in catalog.nis2_duties)]
    for duty in duties:
        text = catalog.nis2_duties.get(duty)
        title = pick(text.title, text.title_en) if text else duty
        if duty in result.duties:
            view = result.duties[duty]
            rows.append(ReadinessRow("duty", duty, title, None, view.verdict, view))
        elif duty == REGISTRATION_DUTY:
            rows.append(ReadinessRow("registration", duty, title, None, result.registration,
                                     None))
    for key, view in result.items.items():
        item = catalog.cbw_items[key]
        rows.append(ReadinessRow("cbw", key, pick(item.topic, item.topic_en), item.group,
                                 view.verdict, view))
    return rows


@dataclass(frozen=True)
class ChecklistBlock:
    """One Cbw item's checklist as the report and the TUI list it: the item, its topic in
    the language asked, its verdict and coverage, and every sub-point with its tick."""

    key: str
    title: str
    verdict: Verdict
    coverage: Coverage
    #: (sub-point id, text in the language asked, ticked) in checklist order.
    points: tuple[tuple[str, str, bool], ...]


def checklist_blocks(catalog: CatalogShape, result: CbwReadiness,
                     lang: str) -> list[ChecklistBlock]:
    """The checklists of the Cbw items that have one, in catalog order."""
    blocks: list[ChecklistBlock] = []
    for key, item in catalog.cbw_items.items():
        covered = result.items[key].checklist if key in result.items else None
        if covered is None:
            continue
        blocks.append(ChecklistBlock(
            key=key, title=item.topic_en if lang == "en" and item.topic_en else item.topic,
            verdict=result.items[key].verdict, coverage=covered,
            points=tuple((p.id, p.text_en if lang == "en" else p.text, p.id in covered.ticked)
                         for p in item.checklist)))
    return blocks
