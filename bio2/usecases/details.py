"""The assessment's details as the TUI edits them: assessor, date and the report's
classification marking (no textual here).

Decisions where the issue is silent:
- The period is shown but not editable: it is part of the assessment's key (organisation,
  period, catalog) and of every exported file name; a new period is a new assessment.
- The date accepts the forms of :mod:`bio2.domain.dates` and is stored in ISO form; an
  empty date means "unknown" (the report then says so).
- The classification belongs to the organisation (the report's marking, see
  ``bio2.report.classification_of``); empty means the default marking.
- A change is one history row (item ``details``) with the old and new values.
- The scope statement of the ISMS (issue 15) is kept as typed (only outer blank space
  goes), at most 20,000 characters, and written by compare and set on the revision read
  when the screen opened (``bio2.store.scope``): a change by another process in between
  is a ConflictError, never overwritten unseen. It has its own history row (``scope``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bio2.domain.dates import normalise_date, parse_date
from bio2.i18n import t
from bio2.store import Store
from bio2.store.scope import MAX_SCOPE, get_scope, put_scope
from bio2.store.writes import ConflictError as ConflictError  # the TUI catches it

MAX_ASSESSOR = 500
MAX_CLASSIFICATION = 100


@dataclass
class Details:
    """The editable details of one assessment, as text."""

    assessor: str
    date: str
    classification: str
    scope: str = ""
    #: The scope revision the text was based on (compare and set when saving).
    scope_revision: int = 0
    errors: dict[str, str] = field(default_factory=dict)


def current_details(store: Store, assessment_id: int) -> Details:
    row = store.assessment(assessment_id)
    org = store.organisation(row.org_id) or {}
    scope, revision = get_scope(store, assessment_id)
    return Details(row.assessor, row.date or "", str(org.get("classification") or ""),
                   scope, revision)


def check_details(assessor: str, date_text: str, classification: str, scope: str = "",
                  scope_revision: int = 0) -> Details:
    """The details cleaned up (date in ISO form), with a message per wrong field."""
    result = Details(" ".join(assessor.split()), date_text.strip(),
                     " ".join(classification.split()), scope.strip(), scope_revision)
    if not result.assessor:
        result.errors["assessor"] = t("tui.err.required")
    elif len(result.assessor) > MAX_ASSESSOR:
        result.errors["assessor"] = t("tui.err.too_long")
    if result.date:
        if parse_date(result.date) is None:
            iso = normalise_date(result.date)
            result.errors["date"] = (t("pyd.bio2_date_nonexistent", value=iso) if iso
                                     else t("tui.err.date"))
        else:
            result.date = str(parse_date(result.date))
    if len(result.classification) > MAX_CLASSIFICATION:
        result.errors["classification"] = t("tui.err.too_long")
    if len(result.scope) > MAX_SCOPE:
        result.errors["scope"] = t("tui.err.too_long")
    return result


def save_details(store: Store, assessment_id: int, details: Details,
                 actor: str | None = None) -> bool:
    """Store checked details in one transaction with a history row; False when nothing
    changed (no row)."""
    old = current_details(store, assessment_id)
    keys = ("assessor", "date", "classification")
    scope_changed = old.scope != details.scope
    if all(getattr(old, k) == getattr(details, k) for k in keys) and not scope_changed:
        return False
    row = store.assessment(assessment_id)
    with store.atomic():
        if scope_changed:
            put_scope(store, assessment_id, details.scope, base=details.scope_revision,
                      actor=actor)
        if all(getattr(old, k) == getattr(details, k) for k in keys):
            return True
        store.update_assessment(assessment_id, assessor=details.assessor,
                                date=details.date or None)
        store.db.conn.execute("UPDATE organisations SET classification = ? WHERE id = ?",
                              [details.classification or None, row.org_id])
        store._history(assessment_id, "self", "details", actor,
                       {k: getattr(old, k) for k in keys},
                       {k: getattr(details, k) for k in keys})
    return True
