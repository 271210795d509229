"""The BIO2 answer rules, in one place (pure: no I/O, no messages).

Every rule that judges an answer or a VvT entry lives here, and every place that applies
one calls it: the answer-file checker (``bio2 validate``/``import``), the answer and VvT
forms (TUI), the store (which keeps no row for a default VvT entry), scoring and the
fingerprint. A rule returns a :class:`Breach` (a code, the field it concerns, how bad it
is) or a plain truth value; the caller turns a code into a message in its own words (a
file names a path and a line, the form a field), so the rules never read the catalog of
messages.

The rules take plain values rather than models where the answer-file checker must apply
them to raw data: a file is checked as a whole, also when its models do not validate, so
that every problem is named at once.

Decisions recorded here:

- **Explanation**: ``nee``, ``deels`` and ``nvt`` need an explanation (why not, what is
  missing, why it does not apply). In an audit file the auditor's ``finding`` serves as
  the explanation; a self-assessment stays strict. The text counts as given: the form
  strips what was typed before it asks, a file is read as written.
- **Status against the VvT**: on a control the VvT excludes, only ``nvt`` and ``open``
  mean something (any other status does not count: a warning). On a measure of an
  applicable control ``nvt`` breaks BIO2's rule that an applicable control is answered per
  measure (a warning: the answer is kept, the rule is shown beside it). An ISMS clause has
  no control, so neither applies.
- **Exclusion**: a control the VvT excludes needs a justification and a reference to the
  risk analysis (an error per missing part).
- **Default VvT entry**: "applicable" with neither justification nor risk reference is the
  default; the store keeps no row for it and the fingerprint leaves it out. An empty text
  is no text (the store and the fingerprint disagreed on ``justification: ""``: the store's
  reading won, so a file and its export have the same fingerprint).
- **Blank answer**: ``open`` with nothing else is the same as no answer at all.
- **Acceptance**: valid through its ``until`` date, expired from the day after.
- **Overdue**: a due date before today on an item in scope that is not ``ja`` yet.
- **Evidence** dated after today is suspect (a warning).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:  # the models import pydantic, which bio2 validate does not need
    from bio2.domain.answers import Answer, Applicability
    from bio2.domain.shapes import ApplicabilityShape

#: What a rule found. The caller turns a code into a message; the answer file's messages
#: are ``answers.<code>`` in the catalog of messages (a test checks that each exists).
Code = Literal[
    "explanation_required",     # nee/deels/nvt without explanation
    "control_not_applicable",   # a status other than nvt/open on an excluded control
    "nvt_rule",                 # nvt on a measure of an applicable control
    "vvt_needs_justification",  # an exclusion without justification
    "vvt_needs_risk_ref",       # an exclusion without risk analysis reference
    "acceptance_expired",       # an accepted risk past its until date
    "evidence_future",          # evidence dated after today
]
Severity = Literal["error", "warning"]

#: The statuses that need an explanation.
EXPLAINED_STATUSES: frozenset[str] = frozenset({"nee", "deels", "nvt"})
#: The statuses that still count on a control the VvT excludes.
EXCLUDED_STATUSES: frozenset[str] = frozenset({"nvt", "open"})


class ItemFacts(Protocol):
    """What the answer rules need of an item: a catalog :class:`~bio2.domain.catalog.Item`,
    or the facts ``bio2 validate`` keeps of it without loading the catalog models."""

    @property
    def kind(self) -> str: ...

    @property
    def control(self) -> str | None: ...


@dataclass(frozen=True)
class Breach:
    """One rule an answer or VvT entry breaks.

    ``field`` names the field it concerns in the answer file's terms (``explanation``,
    ``status``, ``justification``, ``risk_ref``); ``control`` is the control the message
    names, where there is one."""

    code: Code
    field: str
    severity: Severity
    control: str | None = None


# -- answers -----------------------------------------------------------------------------
def needs_explanation(status: object, explanation: object, *, finding: object = None,
                      audit: bool = False) -> bool:
    """True when ``status`` needs an explanation that is not there (an audit's finding
    serves as one)."""
    if status not in EXPLAINED_STATUSES or explanation:
        return False
    return not (audit and finding)


def status_breach(item: ItemFacts, status: object, control_applicable: bool) -> Breach | None:
    """The warning the status of ``item`` earns against the VvT, if any."""
    if item.control is not None and not control_applicable:
        if status in EXCLUDED_STATUSES or status is None:
            return None
        return Breach("control_not_applicable", "status", "warning", item.control)
    if status == "nvt" and item.kind == "measure":
        return Breach("nvt_rule", "status", "warning", item.control)
    return None


def answer_breaches(item: ItemFacts, status: object, explanation: object, *,
                    control_applicable: bool, finding: object = None,
                    audit: bool = False) -> tuple[Breach, ...]:
    """The rules an answer's status and explanation break: an error for a missing
    explanation, a warning for the status against the VvT."""
    found: list[Breach] = []
    if needs_explanation(status, explanation, finding=finding, audit=audit):
        found.append(Breach("explanation_required", "explanation", "error", item.control))
    breach = status_breach(item, status, control_applicable)
    if breach is not None:
        found.append(breach)
    return tuple(found)


def answer_is_blank(answer: Answer) -> bool:
    """An ``open`` answer with nothing else: the same as no answer at all."""
    from bio2.domain.answers import Answer

    return answer.status == "open" and answer == Answer(item=answer.item, status="open")


# -- the VvT (applicability) -------------------------------------------------------------
def exclusion_breaches(control: str, applicable: object, justification: object,
                       risk_ref: object) -> tuple[Breach, ...]:
    """An excluded control (``applicable`` is ``False``) needs a justification and a
    risk analysis reference: one error per missing part, in that order."""
    if applicable is not False:
        return ()
    found: list[Breach] = []
    if not justification:
        found.append(Breach("vvt_needs_justification", "justification", "error", control))
    if not risk_ref:
        found.append(Breach("vvt_needs_risk_ref", "risk_ref", "error", control))
    return tuple(found)


def is_default_applicability(entry: Applicability) -> bool:
    """Applicable without justification or risk reference: the default, kept nowhere."""
    return entry.applicable and not entry.justification and not entry.risk_ref


def control_applicable(entry: Applicability | None) -> bool:
    """A control is applicable unless its VvT entry says otherwise."""
    return entry is None or entry.applicable


def excluded_controls(entries: Iterable[ApplicabilityShape]) -> set[str]:
    """The controls the VvT excludes."""
    return {entry.control for entry in entries if not entry.applicable}


# -- dates -------------------------------------------------------------------------------
def acceptance_expired(until: date, today: date) -> bool:
    """An acceptance holds through its ``until`` date and has expired after it."""
    return until < today


def is_overdue(due: date | None, status: str, in_scope: bool, today: date) -> bool:
    """An action is overdue when its due date has passed, the item is in scope and it is
    not met (``ja``) yet."""
    return due is not None and due < today and in_scope and status != "ja"


def evidence_in_future(when: date, today: date) -> bool:
    """Evidence dated after today."""
    return when > today
