"""Use cases of interactive assessment: the core behind the TUI (no textual here).

A :class:`Session` holds one open assessment in memory, applies every change there first
(so the screen can update at once) and writes it to the store in its own transaction with
a history row. When the database is locked by another process (an import running), the
change stays *pending* and :meth:`Session.flush` writes it later: an edit is never lost.

Form input arrives as plain strings; :func:`build_answer` and :func:`build_applicability`
turn it into validated models or per-field messages. Nothing invalid is written.

Decisions where the issue is silent:
- An explanation is required for ``nee``, ``deels`` and ``nvt`` (the answer-file rule),
  so such a status is not saved until the explanation is there: an export always
  re-imports.
- ``nvt`` on a measure of an applicable control is saved (the answer file only warns) and
  the BIO2 rule is shown beside it.
- Undo reverts the last change of this session; the undo itself is a change with a
  history row like any other. It is based on the revision the undone change wrote, so
  undoing an edit that someone else changed since is a conflict (see :mod:`bio2.usecases.sync`).
- Every write names the revision it was based on; a refused write becomes a
  :class:`bio2.usecases.sync.Conflict` for the user to decide. A write that fails for another
  database reason (locked, read-only, full) stays pending with ``write_error`` saying why.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from pydantic import ValidationError

from bio2.analysis.auditdiff import differs
from bio2.analysis.scoring import GAP_STATUSES, score
from bio2.catalog.versions import catalog_label
from bio2.domain.answers import Answer, Applicability, Evidence, RiskProfile
from bio2.domain.catalog import Catalog, Item
from bio2.domain.rules import answer_is_blank, control_applicable, is_default_applicability
from bio2.domain.scorecard import Scorecard
from bio2.i18n import pick, t
from bio2.store import ConflictError, Store, StoreError
from bio2.store.official import OfficialText
from bio2.usecases.service import AssessmentData, load_assessment
from bio2.usecases.sync import Change, ChangeKind, Conflict, Synced, fault_reason

#: Form fields of one answer, in the order the form shows them.
FIELDS = (
    "status", "explanation", "owner", "due", "evidence", "likelihood", "impact",
    "acc_by", "acc_until", "acc_reason", "acc_risk_ref", "opzet", "bestaan", "werking",
)
#: Where a pydantic error location points in the form.
_LOCATIONS: dict[tuple[str | int, ...], str] = {
    ("risk", "likelihood"): "likelihood", ("risk", "impact"): "impact",
    ("acceptance", "by"): "acc_by", ("acceptance", "until"): "acc_until",
    ("acceptance", "reason"): "acc_reason", ("acceptance", "risk_ref"): "acc_risk_ref",
}
#: How long a write may wait for another process's lock before it becomes pending.
BUSY_TIMEOUT_MS = 200


# -- text search ---------------------------------------------------------------------------
def fold(text: str) -> str:
    """Lower case without diacritics: "Coördinatie" -> "coordinatie" (NFKD, marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_item(catalog: Catalog, text: str) -> str | None:
    """The item a user means by a number: ``5.17.01``, ``5.17.1``, ``5.3``, ``9.3.2``
    (an ISMS clause) or ``isms-9.3.2``; a control with measures gives its first measure."""
    wanted = text.strip().lower()
    if not wanted:
        return None
    if wanted in catalog.items:
        return wanted
    parts = wanted.split(".")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        measure = f"{int(parts[0])}.{int(parts[1]):02d}.{int(parts[2]):02d}"
        if measure in catalog.items:
            return measure
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        control = f"{int(parts[0])}.{int(parts[1])}"
        first = next((i.id for i in catalog.items.values() if i.control == control), None)
        if first:
            return first
    clause = wanted if wanted.startswith("isms-") else f"isms-{wanted}"
    return clause if clause in catalog.items else None


# -- filters -------------------------------------------------------------------------------
FilterKind = Literal["all", "unanswered", "gaps", "overdue", "expired", "category", "nis2",
                     "owner", "audit_differs"]


@dataclass(frozen=True)
class ItemFilter:
    """Which items the navigation shows: a kind, its value and a search text."""

    kind: FilterKind = "all"
    value: str = ""
    query: str = ""

    def label(self) -> str:
        if self.kind == "category":
            return t(f"category.{self.value}")
        if self.kind == "nis2":
            return t("nis2.letter", letter=self.value)
        if self.kind == "owner":
            return t("tui.filter.owner_is", owner=self.value)
        return t(f"tui.filter.{self.kind}")


# -- form validation -----------------------------------------------------------------------
@dataclass
class FormResult:
    """A validated model, or the messages per field that stop it being saved."""

    model: Any = None
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _message(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    if kind.startswith("bio2_date"):
        return t("tui.err.date")
    if kind in ("less_than_equal", "greater_than_equal", "int_parsing", "int_type"):
        return t("tui.err.score")
    if kind == "string_too_long":
        return t("tui.err.too_long")
    if kind in ("string_too_short", "missing"):
        return t("tui.err.required")
    return t("tui.err.invalid", reason=str(error.get("msg", kind)))


def _errors_of(exc: ValidationError) -> dict[str, str]:
    found: dict[str, str] = {}
    for error in exc.errors():
        loc = tuple(error["loc"])
        name = _LOCATIONS.get(loc) or (str(loc[0]) if loc else "status")
        if name == "risk":
            name = "likelihood"
        elif name == "acceptance":
            name = "acc_by"
        found.setdefault(name, _message(error))
    return found


def _score(raw: str) -> int | str:
    return int(raw) if raw.isdigit() else raw


def build_answer(item: Item, fields: Mapping[str, str], previous: Answer | None,
                 control_applicable: bool = True) -> FormResult:
    """Turn the strings of the answer form into an :class:`Answer`, or per-field errors.

    Evidence references are separated by ``;``; an existing reference keeps its date and
    hash. The auditor's finding is kept as it was."""
    def get(name: str) -> str:
        return (fields.get(name) or "").strip()

    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    data: dict[str, Any] = {"item": item.id, "status": get("status") or "open"}
    for name in ("explanation", "owner", "due", "opzet", "bestaan", "werking"):
        if get(name):
            data[name] = get(name) if name != "explanation" else fields[name].strip()
    likelihood, impact = get("likelihood"), get("impact")
    if likelihood or impact:
        if not likelihood:
            errors["likelihood"] = t("tui.err.risk_both")
        if not impact:
            errors["impact"] = t("tui.err.risk_both")
        data["risk"] = {"likelihood": _score(likelihood), "impact": _score(impact)}
    acceptance = {k: get(f"acc_{k}") for k in ("by", "until", "reason", "risk_ref")}
    if any(acceptance.values()):
        for k in ("by", "until", "reason"):
            if not acceptance[k]:
                errors[f"acc_{k}"] = t("tui.err.acceptance_incomplete")
        data["acceptance"] = {k: v for k, v in acceptance.items() if v}
    known = {e.ref: e for e in (previous.evidence if previous else ())}
    refs = [r.strip() for r in get("evidence").split(";") if r.strip()]
    data["evidence"] = [known.get(r) or Evidence(ref=r) for r in dict.fromkeys(refs)]
    if previous is not None and previous.finding:
        data["finding"] = previous.finding
    if data["status"] in ("nee", "deels", "nvt") and not data.get("explanation"):
        errors["explanation"] = t("tui.err.explanation_required",
                                  status=t(f"status.{data['status']}"))
    try:  # run the models even after a rule failed, so every wrong field is named at once
        model = Answer.model_validate(data)
    except ValidationError as exc:
        return FormResult(None, {**_errors_of(exc), **errors}, warnings)
    if errors:
        return FormResult(None, errors, warnings)
    if model.status == "nvt" and item.kind == "measure" and control_applicable:
        warnings["status"] = t("answers.nvt_rule", control=item.control)
    return FormResult(model, {}, warnings)


def build_applicability(control: str, applicable: bool, justification: str,
                        risk_ref: str) -> FormResult:
    """A VvT entry from the form; a control that is not applicable needs both a
    justification and a risk analysis reference (BIO2: every exception has one)."""
    errors: dict[str, str] = {}
    if not applicable:
        if not justification.strip():
            errors["justification"] = t("answers.vvt_needs_justification", control=control)
        if not risk_ref.strip():
            errors["risk_ref"] = t("answers.vvt_needs_risk_ref", control=control)
    if errors:
        return FormResult(None, errors)
    try:
        model = Applicability(control=control, applicable=applicable,
                              justification=justification.strip() or None,
                              risk_ref=risk_ref.strip() or None)
    except ValidationError as exc:
        return FormResult(None, {str(e["loc"][0]): _message(e) for e in exc.errors()})
    return FormResult(model)


def answer_fields(answer: Answer | None) -> dict[str, str]:
    """The strings the answer form shows for an answer (the inverse of build_answer)."""
    if answer is None:
        return {name: "" for name in FIELDS} | {"status": "open"}
    acc = answer.acceptance
    return {
        "status": answer.status, "explanation": answer.explanation or "",
        "owner": answer.owner or "", "due": answer.due.isoformat() if answer.due else "",
        "evidence": "; ".join(e.ref for e in answer.evidence),
        "likelihood": str(answer.risk.likelihood) if answer.risk else "",
        "impact": str(answer.risk.impact) if answer.risk else "",
        "acc_by": acc.by if acc else "", "acc_until": acc.until.isoformat() if acc else "",
        "acc_reason": acc.reason if acc else "",
        "acc_risk_ref": (acc.risk_ref or "") if acc else "",
        "opzet": answer.opzet or "", "bestaan": answer.bestaan or "",
        "werking": answer.werking or "",
    }


# -- the session ---------------------------------------------------------------------------
__all__ = ["Change", "ChangeKind", "Conflict", "Session"]


def is_locked(exc: BaseException) -> bool:
    """True for SQLite's "another connection holds the write lock" errors."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


class Session(Synced):
    """One assessment being edited: in-memory state, undo and write-behind on lock."""

    def __init__(self, store: Store, assessment_id: int, *, today: date | None = None,
                 actor: str | None = None) -> None:
        self.store = store
        # Never freeze the screen for seconds on another process's lock: fail fast and
        # keep the change pending instead.
        store.db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.data: AssessmentData = load_assessment(store, assessment_id)
        self.id = assessment_id
        self.catalog = self.data.catalog
        self.answers: dict[str, Answer] = dict(self.data.answers)
        self.applicability: dict[str, Applicability] = dict(self.data.applicability)
        self.risk_profile: RiskProfile = self.data.assessment.risk_profile
        #: Official BIO2 texts the user imported for this catalog (``catalog import-official``).
        self.official: dict[str, OfficialText] = self.data.official
        self.today = today or date.today()
        self.actor = actor
        self.undo_stack: list[Change] = []
        self.pending: list[Change] = []
        #: Revision of every value as this session read it (``bio2.store.writes``).
        self.revisions: dict[str, int] = store.revisions(assessment_id)
        self.conflicts: list[Conflict] = []
        #: The newest revision of each value that another process wrote (seen on reload).
        self._foreign: dict[str, int] = {}
        #: Why the last write failed (one line), while changes are pending.
        self.write_error: str | None = None
        self._data_version = self._read_data_version()
        self._scorecard: Scorecard | None = None
        self._haystack: dict[str, str] | None = None

    # -- reading --------------------------------------------------------------------
    @property
    def title(self) -> str:
        org = self.data.organisation
        catalog = catalog_label(self.catalog) if self.catalog.is_draft else self.catalog.id
        return f"{org['name']} · {self.data.assessment.period} · {catalog}"

    def item_title(self, item_id: str) -> str:
        item = self.catalog.items[item_id]
        return pick(item.title, item.title_en)

    def control_applicable(self, control: str | None) -> bool:
        return control_applicable(self.applicability.get(control or ""))

    def scorecard(self) -> Scorecard:
        """The current scores (about 5 ms for the whole catalog; cached until a change)."""
        if self._scorecard is None:
            self._scorecard = score(self.catalog, self.answers, self.applicability,
                                    self.risk_profile, self.data.profile.category_factors,
                                    self.today)
        return self._scorecard

    def current_data(self) -> AssessmentData:
        """The assessment with this session's changes, for export and report."""
        from dataclasses import replace

        from bio2.store.history import head

        assessment = replace(self.data.assessment, risk_profile=self.risk_profile)
        return replace(self.data, assessment=assessment, answers=dict(self.answers),
                       applicability=dict(self.applicability),
                       history_head=head(self.store.db.conn, self.id))

    def owners(self) -> list[str]:
        return sorted({a.owner for a in self.answers.values() if a.owner}, key=fold)

    def matches(self, item_id: str, flt: ItemFilter) -> bool:
        item = self.catalog.items[item_id]
        if flt.query and not all(word in self._text(item_id) for word in fold(flt.query).split()):
            return False
        if flt.kind == "all":
            return True
        s = self.scorecard().items[item_id]
        answer = self.answers.get(item_id)
        if flt.kind == "unanswered":
            return s.status == "open" and not s.excluded_by_vvt
        if flt.kind == "gaps":
            return s.in_scope and s.status in GAP_STATUSES
        if flt.kind == "overdue":
            return s.overdue
        if flt.kind == "expired":
            return s.acceptance_expired
        if flt.kind == "category":
            return flt.value in item.categories
        if flt.kind == "nis2":
            return flt.value in item.nis2
        if flt.kind == "audit_differs":  # the auditor's status is another (bio2.analysis.auditdiff)
            return differs(answer, self.data.audit.get(item_id))
        return answer is not None and answer.owner == flt.value

    def visible(self, flt: ItemFilter) -> list[str]:
        return [i for i in self.catalog.items if self.matches(i, flt)]

    def _text(self, item_id: str) -> str:
        if self._haystack is None:
            self._haystack = {
                i.id: fold(" ".join((i.id, i.title, i.title_en, i.guidance, i.guidance_en)))
                for i in self.catalog.items.values()
            }
        return self._haystack[item_id]

    # -- changing -------------------------------------------------------------------
    def set_answer(self, answer: Answer | None, item_id: str | None = None) -> bool:
        """Record an answer (``None`` or a blank ``open`` removes it). Returns True when
        it is in the database now, False when it waits for a lock (see :meth:`flush`)."""
        key = answer.item if answer is not None else item_id
        assert key is not None
        if answer is not None and answer_is_blank(answer):
            answer = None
        old = self.answers.get(key)
        if old == answer:
            return not self.pending
        return self._apply(Change("answer", key, old, answer))

    def set_applicability(self, entry: Applicability) -> bool:
        old = self.applicability.get(entry.control)
        new = None if is_default_applicability(entry) else entry
        if old == new:
            return not self.pending
        return self._apply(Change("vvt", entry.control, old, new))

    def set_risk_profile(self, profile: RiskProfile) -> bool:
        if profile == self.risk_profile:
            return not self.pending
        return self._apply(Change("profile", "risk_profile", self.risk_profile, profile))

    def undo(self) -> Change | None:
        """Revert the last change of this session; returns it (None: nothing to undo)."""
        if not self.undo_stack:
            return None
        last = self.undo_stack.pop()
        # Someone else changed the value after the undone change: the undo is based on
        # what that change wrote, which the store then refuses (a conflict). Otherwise it
        # is based on the revision stored now (later own writes, earlier undos). Not
        # written yet: it follows that change (base None).
        base = last.revision
        if base is not None and self._foreign.get(last.hkey, 0) < base:
            base = self.revisions.get(last.hkey, 0)
        self._apply(Change(last.kind, last.key, last.new, last.old, base=base),
                    undoable=False)
        return last

    def _apply(self, change: Change, undoable: bool = True) -> bool:
        if change.base is None and not any(p.hkey == change.hkey for p in self.pending):
            change.base = self.revisions.get(change.hkey, 0)
        self._set(change.kind, change.key, change.new)
        if undoable:
            self.undo_stack.append(change)
        self.pending.append(change)
        self._scorecard = None
        return self.flush()

    def _set(self, kind: ChangeKind, key: str, value: Any) -> None:
        if kind == "profile":
            self.risk_profile = value
            return
        target: dict[str, Any] = self.answers if kind == "answer" else self.applicability
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value

    def flush(self) -> bool:
        """Write pending changes in order; True when none is left.

        A database that is locked, read-only, full or damaged leaves the change and the
        rest pending for the next call (``write_error`` says why). A change the store
        refuses because someone else changed the value first becomes a conflict (in
        ``conflicts``), together with the later own changes of that value."""
        while self.pending:
            change = self.pending[0]
            try:
                revision = self._write(change)
            except ConflictError as exc:
                self._conflict(change, exc)
                continue
            except (sqlite3.Error, StoreError) as exc:
                self.write_error = fault_reason(exc)
                return False
            change.revision = revision
            self.revisions[change.hkey] = revision
            self.pending.pop(0)
        self.write_error = None
        return True

    def _write(self, change: Change) -> int:
        base = change.base if change.base is not None else self.revisions.get(change.hkey, 0)
        with self.store.atomic():
            return self.store.write(self.id, change.hkey, change.new, actor=self.actor,
                                    base=base, via=change.via)

    def _conflict(self, change: Change, exc: ConflictError) -> None:
        mine = [c for c in self.pending if c.hkey == change.hkey]
        self.pending = [c for c in self.pending if c.hkey != change.hkey]
        self._foreign[change.hkey] = exc.revision
        self.undo_stack = [c for c in self.undo_stack if all(c is not m for m in mine)]
        self.conflicts.append(Conflict(change.kind, change.key, mine[-1].new, exc.current,
                                       exc.revision))

    def history(self, key: str) -> list[dict[str, Any]]:
        """The history rows of an item (its answer) or of a control's VvT (``vvt:5.7``)."""
        return self.store.history(self.id, key)


# -- the start screen's overview -------------------------------------------------------------
@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    org_id: str
    org_name: str
    period: str
    catalog: str
    coverage: float
    score: float | None
    updated: str


def overview(store: Store, today: date | None = None) -> list[AssessmentSummary]:
    """Every assessment with its progress and score, for the start screen."""
    rows: list[AssessmentSummary] = []
    for a in store.assessments():
        data = load_assessment(store, a.id, with_previous=False)  # no comparison here
        card = data.scorecard(today)
        rows.append(AssessmentSummary(a.id, a.org_id, data.organisation["name"], a.period,
                                      a.catalog, card.overall.coverage, card.overall.score,
                                      a.updated))
    return rows


def organisations_without_assessment(store: Store) -> list[dict[str, Any]]:
    have = {a.org_id for a in store.assessments()}
    return [o for o in store.organisations() if o["id"] not in have]


def summarise_change(old: Any, new: Any) -> str:
    """A short "field: old → new" text of one history row (fields that changed).

    Answers and VvT entries are compared field by field under the form's labels; a new
    one is compared with an empty one. Values are plain text."""
    before, after = _fields_of(old, new), _fields_of(new, old)
    if before is None or after is None:
        return f"{_short(old)} → {_short(new)}"
    parts = [f"{label}: {_short(before.get(label) or None)} → {_short(after.get(label) or None)}"
             for label in dict.fromkeys([*before, *after])
             if (before.get(label) or "") != (after.get(label) or "")]
    return "; ".join(parts) or "-"


def _word(name: str, text: str) -> str:
    """A status or audit judgement in the user's language (``ja`` → ``yes``), as the form
    shows it; other fields as typed (issue 11 §6)."""
    from bio2.i18n import has

    if name == "status" and has(f"status.{text}"):
        return t(f"status.{text}")
    if name in ("opzet", "bestaan", "werking") and has(f"tui.judgement.{text}"):
        return t(f"tui.judgement.{text}")
    return text


def _fields_of(value: Any, other: Any) -> dict[str, str] | None:
    """The labelled plain-text fields of a history value (``None``: an empty one of the
    kind ``other`` is; ``None`` back when it is neither an answer nor a VvT entry)."""
    if value is None:
        return None if other is None or _fields_of(other, None) is None else {}
    if not isinstance(value, dict):
        return None
    try:
        fields = answer_fields(Answer.model_validate(value))
        return {t(f"tui.field.{name}"): _word(name, text) for name, text in fields.items()}
    except ValidationError:
        pass
    try:
        entry = Applicability.model_validate(value)
    except ValidationError:
        return None
    return {t("tui.vvt.applicable"): t("tui.vvt.yes" if entry.applicable else "tui.vvt.no"),
            t("tui.vvt.justification"): entry.justification or "",
            t("tui.vvt.risk_ref"): entry.risk_ref or ""}


def _short(value: Any) -> str:
    if value is None:
        return "-"
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"
