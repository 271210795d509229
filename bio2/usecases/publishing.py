"""What ``bio2 publish`` puts on the organisation's website (issue 15, BIO2 Deel 1 §18):
the scope of the ISMS and the Verklaring van Toepasselijkheid, as a format-neutral page
model with every text already resolved in the chosen language. The HTML renderer
(``bio2.report.html.publish``) and the TUI preview both show this model, so the preview
is exactly what will be published.

Rules (each has a test in tests/test_publish.py):
- Every control of the catalog is listed, in catalog order, with applicable yes/no; a
  control without a VvT row is applicable (the store keeps no default rows).
- An excluded control shows its justification; an exclusion without one says so in
  words ("no reason recorded") rather than leaving a blank cell.
- Nothing else leaves the building by default: no owners, explanations, risk
  references, evidence, findings or scores. ``with_status`` adds one status per control:
  "not applicable (SoA)" when excluded; else the statuses of the control's items in
  catalog order, one word when they agree ("ja"), otherwise each status with its count
  in the order ja, deels, nee, nvt, open ("ja 2, deels 1").
- The marking is "Openbaar" (public): the page is made to be published; the stored
  classification marks the internal report, not this page.
- A catalog without controls has no VvT to publish: a one-line UserError.
- The scope is published as stored (at most 20,000 characters; a longer one, possible
  only in a database written by another tool, is refused in one line).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bio2.domain.errors import UserError
from bio2.i18n import get_language, t
from bio2.store.scope import MAX_SCOPE
from bio2.usecases.opening import AssessmentData

STATUS_ORDER = ("ja", "deels", "nee", "nvt", "open")


@dataclass(frozen=True)
class PublishedControl:
    number: str
    title: str
    applicable: bool
    #: "ja"/"nee" (or "yes"/"no") as words: meaning never by colour alone.
    applicable_text: str
    #: The justification of an exclusion ("" for an applicable control).
    justification: str
    #: The status text (only with ``with_status``; else "").
    status: str


@dataclass(frozen=True)
class PublishedPage:
    """The whole published page; every string is user-facing text, not markup."""

    lang: str
    title: str
    classification: str
    organisation: str
    period: str
    catalog: str
    scope: str
    controls: tuple[PublishedControl, ...]
    with_status: bool
    made_on: str
    #: The labels the renderers print, by short name (``skip``, ``caption``, ...).
    labels: dict[str, str]

    @property
    def excluded(self) -> int:
        return sum(1 for c in self.controls if not c.applicable)


def control_status(statuses: Sequence[str], excluded: bool) -> str:
    """The status text of one control by the rule in the module docstring."""
    if excluded:
        return t("status.excluded")
    counts = Counter(statuses or ["open"])
    if len(counts) == 1:
        return t(f"status.{next(iter(counts))}")
    return ", ".join(f"{t(f'status.{s}')} {counts[s]}" for s in STATUS_ORDER if s in counts)


def build_page(data: AssessmentData, *, with_status: bool = False,
               today: date | None = None) -> PublishedPage:
    """The page model of one assessment in the current language (``bio2.i18n``)."""
    catalog = data.catalog
    if not catalog.controls:
        raise UserError(t("publish.err.empty_vvt", catalog=catalog.id))
    scope = data.assessment.scope or ""
    if len(scope) > MAX_SCOPE:
        raise UserError(t("publish.err.scope_too_long", length=len(scope), limit=MAX_SCOPE))
    english = get_language() == "en"
    controls = []
    for control_id, control in catalog.controls.items():
        entry = data.applicability.get(control_id)
        applicable = entry is None or entry.applicable
        justification = "" if applicable else (
            (entry.justification or "").strip() if entry else "") or t("publish.no_reason")
        status = ""
        if with_status:
            statuses = [(data.answers[i.id].status if i.id in data.answers else "open")
                        for i in catalog.items_of_control(control_id)]
            status = control_status(statuses, not applicable)
        controls.append(PublishedControl(
            number=control_id, title=control.title_en if english else control.title,
            applicable=applicable, applicable_text=t("publish.yes" if applicable else "publish.no"),
            justification="" if applicable else justification, status=status))
    labels = {key: t(f"publish.{key}") for key in (
        "skip", "meta", "organisation", "period", "catalog", "classification", "scope",
        "no_scope", "vvt", "caption", "col.number", "col.title", "col.applicable",
        "col.justification", "col.status")}
    excluded = sum(1 for c in controls if not c.applicable)
    labels["vvt_intro"] = t("publish.vvt_intro", controls=len(controls), excluded=excluded)
    made = today or date.today()
    labels["footer"] = t("publish.footer", date=made.isoformat())
    return PublishedPage(
        lang=get_language(), title=t("publish.title"),
        classification=t("publish.classification_default"),
        organisation=data.organisation.name, period=data.assessment.period,
        catalog=catalog.id, scope=scope, controls=tuple(controls), with_status=with_status,
        made_on=made.isoformat(), labels=labels)


def preview_lines(page: PublishedPage) -> list[str]:
    """The page's text in reading order, one string per line, for the TUI preview: the
    same model and the same texts as the HTML, without the markup."""
    lab = page.labels
    lines = [page.classification.upper(), page.title + ": " + page.organisation, "",
             f"{lab['organisation']}: {page.organisation}", f"{lab['period']}: {page.period}",
             f"{lab['catalog']}: {page.catalog}", "", lab["scope"],
             *(page.scope.splitlines() or [lab["no_scope"]]), "", lab["vvt"],
             lab["vvt_intro"], ""]
    for c in page.controls:
        row = f"{c.number}  {c.title}: {c.applicable_text}"
        if c.justification:
            row += f" ({c.justification})"
        if c.status:
            row += f"; {lab['col.status']}: {c.status}"
        lines.append(row)
    return [*lines, "", lab["footer"], page.classification.upper()]
