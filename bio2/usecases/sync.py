"""Working beside other processes: noticing their changes, conflicts, database faults.

The core behind the TUI's concurrency (no textual here); :class:`bio2.usecases.editing.Session`
mixes in :class:`Synced`.

- **Noticing**: ``PRAGMA data_version`` changes when another connection commits; the
  screen polls :meth:`Synced.external_change` while idle and calls :meth:`Synced.reload`,
  which returns the keys (item ids, ``vvt:<control>``, ``risk_profile``) that others
  changed. Values with an own change still waiting (pending) keep the own value.
- **Conflicts**: every write names the revision it was based on (``bio2.store.writes``);
  when the store refuses it, the own value becomes a :class:`Conflict` with both
  versions, and the user decides (keep mine, take theirs, or combine per field). The
  decision is written like any change, on the revision that is stored now, with
  ``via = {"conflict": choice}`` in its history row.
- **Faults**: a write that fails because the database is locked, read-only, full or
  damaged stays pending; :func:`fault_reason` names the cause in one line.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ValidationError

from bio2.domain.answers import Answer, Applicability, RiskProfile
from bio2.domain.records import RISK_PROFILE
from bio2.i18n import t

if TYPE_CHECKING:
    from bio2.domain.catalog import Catalog
    from bio2.store import Store
    from bio2.usecases.opening import AssessmentData

Choice = Literal["mine", "theirs", "combined"]
ChangeKind = Literal["answer", "vvt", "profile"]
_LEVELS = ("beschikbaarheid", "integriteit", "vertrouwelijkheid")


def history_key(kind: ChangeKind, key: str) -> str:
    """The key of a value in the history and in the revisions."""
    return f"vvt:{key}" if kind == "vvt" else key


@dataclass
class Change:
    """One change of the session: the value before and after (``None``: no row).

    ``base`` is the revision it was based on (``None``: the revision the previous own
    change of the same value produced); ``revision`` is set once it is written."""

    kind: ChangeKind
    key: str
    old: Any
    new: Any
    base: int | None = None
    via: dict[str, Any] | None = None
    revision: int | None = field(default=None, compare=False)

    @property
    def hkey(self) -> str:
        return history_key(self.kind, self.key)


@dataclass
class Conflict:
    """An own change the store refused because someone else changed the value first."""

    kind: ChangeKind
    key: str
    mine: Any
    theirs: Any
    #: The revision stored now: the decision is written on it.
    revision: int

    @property
    def hkey(self) -> str:
        return history_key(self.kind, self.key)


# -- values as form fields -------------------------------------------------------------------
def fields_of(kind: ChangeKind, value: Any) -> dict[str, str]:
    """A value as the strings of its form fields (what the conflict screen compares)."""
    from bio2.usecases.forms import answer_fields

    if kind == "answer":
        return answer_fields(value)
    if kind == "vvt":
        applicable = value is None or value.applicable
        return {"applicable": "ja" if applicable else "nee",
                "justification": (value.justification or "") if value else "",
                "risk_ref": (value.risk_ref or "") if value else ""}
    profile = value or RiskProfile()
    return {name: str(getattr(profile, name)) for name in _LEVELS}


def field_label(kind: ChangeKind, name: str) -> str:
    if kind == "answer":
        return t(f"tui.field.{name}")
    if kind == "vvt":
        return t(f"tui.vvt.{name}")
    return t(f"property.{name}")


def build_value(kind: ChangeKind, key: str, fields: dict[str, str], catalog: Catalog,
                previous: Any, control_applicable: bool = True) -> tuple[Any, dict[str, str]]:
    """The value the chosen fields make, or per-field errors (a combination may be
    invalid: a ``nee`` without explanation)."""
    from bio2.usecases.forms import build_answer, build_applicability

    if kind == "answer":
        result = build_answer(catalog.items[key], fields, previous, control_applicable)
        return result.model, result.errors
    if kind == "vvt":
        result = build_applicability(key, fields.get("applicable") != "nee",
                                     fields.get("justification", ""),
                                     fields.get("risk_ref", ""))
        return result.model, result.errors
    try:
        return RiskProfile.model_validate({n: fields.get(n) for n in _LEVELS}), {}
    except ValidationError as exc:
        return None, {str(e["loc"][0]): str(e["msg"]) for e in exc.errors()}


# -- faults ----------------------------------------------------------------------------------
def fault_reason(exc: BaseException) -> str:
    """One line naming why a write failed: locked, read-only, full, damaged or other."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        kind = "locked"
    elif "readonly" in text or "read-only" in text or "read only" in text:
        kind = "readonly"
    elif "full" in text:
        kind = "full"
    elif "malformed" in text or "not a database" in text or "i/o" in text or "corrupt" in text:
        kind = "damaged"
    else:
        return t("sync.fault.other", reason=str(exc).splitlines()[0] if str(exc) else
                 type(exc).__name__)
    return t(f"sync.fault.{kind}")


# -- the session part ------------------------------------------------------------------------
class Synced:
    """Reloading and conflict resolution of a :class:`bio2.usecases.editing.Session` (mixin)."""

    store: Store
    id: int
    data: AssessmentData
    answers: dict[str, Answer]
    applicability: dict[str, Applicability]
    risk_profile: RiskProfile
    revisions: dict[str, int]
    pending: list[Change]
    conflicts: list[Conflict]
    _data_version: int
    _foreign: dict[str, int]
    _scorecard: Any

    def _apply(self, change: Change, undoable: bool = True) -> bool:
        raise NotImplementedError

    def _read_data_version(self) -> int:
        return int(self.store.db.conn.execute("PRAGMA data_version").fetchone()[0])

    def external_change(self) -> bool:
        """True when another process committed since the last look (cheap: one pragma)."""
        try:
            version = self._read_data_version()
        except sqlite3.Error:
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        return True

    def reload(self) -> set[str]:
        """Read the assessment again; returns the keys other processes changed. A value
        with an own change still pending keeps the own value (it meets the store's
        revision check when it is written)."""
        from bio2.usecases.opening import load_assessment

        fresh = load_assessment(self.store, self.id)
        revisions = self.store.revisions(self.id)
        self._data_version = self._read_data_version()
        keys = set(revisions) | set(self.revisions)
        own = {c.hkey for c in self.pending}
        changed = {k for k in keys if revisions.get(k, 0) != self.revisions.get(k, 0)} - own
        self._foreign.update((k, revisions.get(k, 0)) for k in changed)
        answers, applicability = dict(fresh.answers), dict(fresh.applicability)
        risk_profile = fresh.assessment.risk_profile
        for key in own:
            revisions[key] = self.revisions.get(key, 0)
            if key == RISK_PROFILE:
                risk_profile = self.risk_profile
            elif key.startswith("vvt:"):
                _copy(self.applicability, applicability, key[4:])
            else:
                _copy(self.answers, answers, key)
        self.data = fresh
        self.answers, self.applicability = answers, applicability
        self.risk_profile, self.revisions = risk_profile, revisions
        self._scorecard = None
        return changed

    def stored(self, kind: ChangeKind, key: str) -> Any:
        """The value this session knows for a key (after :meth:`reload`: the stored one)."""
        if kind == "profile":
            return self.risk_profile
        if kind == "vvt":
            return self.applicability.get(key)
        return self.answers.get(key)

    def conflict_with_stored(self, kind: ChangeKind, key: str, mine: Any) -> Conflict:
        """A conflict between an own unsaved value and what is stored now (the screen's
        form held edits on an item that changed underneath)."""
        conflict = Conflict(kind, key, mine, self.stored(kind, key),
                            self.revisions.get(history_key(kind, key), 0))
        self.conflicts.append(conflict)
        return conflict

    def resolve(self, conflict: Conflict, value: Any, choice: Choice) -> bool:
        """Write the user's decision on the revision stored now, recording the choice.
        Returns like ``set_answer``: True when it is in the database."""
        if conflict in self.conflicts:
            self.conflicts.remove(conflict)
        if conflict.kind == "answer":
            from bio2.domain.rules import answer_is_blank

            if value is not None and answer_is_blank(value):
                value = None
        return self._apply(Change(conflict.kind, conflict.key, conflict.theirs, value,
                                  base=conflict.revision, via={"conflict": choice}))


def _copy(source: dict[str, Any], target: dict[str, Any], key: str) -> None:
    if key in source:
        target[key] = source[key]
    else:
        target.pop(key, None)


# -- history rows as text ----------------------------------------------------------------------
def actor_text(row: dict[str, Any]) -> str:
    """The person of a history row, with the OS account beside it when that differs."""
    actor, account = str(row.get("actor") or ""), row.get("os_user")
    return f"{actor} ({account})" if account and account != actor else actor


def via_text(via: dict[str, Any] | None) -> str:
    """How a change came, as a short suffix: an import file, a conflict choice, a carry-over
    or a migration ("" for an ordinary edit)."""
    if not via:
        return ""
    if "import" in via:
        name = str(via["import"]).replace("\\", "/").rsplit("/", 1)[-1]
        return " · " + t("sync.via.import", file=name)
    if "conflict" in via:
        return " · " + t(f"sync.via.conflict.{via['conflict']}")
    if "carried_from" in via:
        return " · " + t("sync.via.carried", source=via["carried_from"])
    if "migrated_from" in via:
        return " · " + t("sync.via.migrated", source=via["migrated_from"])
    return ""
