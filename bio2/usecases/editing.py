"""One assessment being edited: the core behind the TUI (no textual here).

A :class:`Session` holds one open assessment in memory, applies every change there first
(so the screen can update at once) and writes it to the store in its own transaction with
a history row. When the database is locked by another process (an import running), the
change stays *pending* and :meth:`Session.flush` writes it later: an edit is never lost.

Decisions where the issue is silent:
- Undo reverts the last change of this session; the undo itself is a change with a
  history row like any other. It is based on the revision the undone change wrote, so
  undoing an edit that someone else changed since is a conflict (see :mod:`bio2.usecases.sync`).
- Every write names the revision it was based on; a refused write becomes a
  :class:`bio2.usecases.sync.Conflict` for the user to decide. A write that fails for another
  database reason (locked, read-only, full) stays pending with ``write_error`` saying why.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from bio2.analysis.auditdiff import differs
from bio2.analysis.scoring import GAP_STATUSES, score
from bio2.catalog.versions import catalog_label
from bio2.domain.answers import Answer, Applicability, RiskProfile
from bio2.domain.records import OfficialText
from bio2.domain.rules import answer_is_blank, control_applicable, is_default_applicability
from bio2.domain.scorecard import Scorecard
from bio2.i18n import pick
from bio2.store import ConflictError, Store, StoreError
from bio2.usecases.opening import AssessmentData, load_assessment
from bio2.usecases.search import ItemFilter, fold
from bio2.usecases.sync import Change, ChangeKind, Conflict, Synced, fault_reason

#: How long a write may wait for another process's lock before it becomes pending.
BUSY_TIMEOUT_MS = 200


class Session(Synced):
    """One assessment being edited: in-memory state, undo and write-behind on lock."""

    def __init__(self, store: Store, assessment_id: int, *, today: date | None = None,
                 actor: str | None = None) -> None:
        self.store = store
        # Never freeze the screen for seconds on another process's lock: fail fast and
        # keep the change pending instead.
        store.wait_for_locks(BUSY_TIMEOUT_MS)
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
        return f"{org.name} · {self.data.assessment.period} · {catalog}"

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

        from bio2.store import org_history
        from bio2.store.history import head

        assessment = replace(self.data.assessment, risk_profile=self.risk_profile)
        return replace(self.data, assessment=assessment, answers=dict(self.answers),
                       applicability=dict(self.applicability),
                       history_head=head(self.store.db.conn, self.id),
                       registration_head=org_history.head(self.store.db.conn,
                                                          self.data.organisation.id))

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

    def flush_waiting(self, milliseconds: int) -> bool:
        """:meth:`flush`, waiting up to ``milliseconds`` for another process's lock (the
        last chance before the screen closes); True when nothing is left pending."""
        self.store.wait_for_locks(milliseconds)
        return self.flush()

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
