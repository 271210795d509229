"""The incident register as the CLI and the TUI use it: what a user typed becomes an
:class:`~bio2.domain.incidents.Incident` or ONE line saying what is wrong (a
``UserError`` naming the field), and nothing is written until the whole entry is good.

Rules for an entry (bad input otherwise):

- a title of 1-200 characters on one line; lessons up to 5,000 characters;
- every time carries its offset (``+01:00``, ``+02:00`` or ``Z``): a stored fact must say
  which instant it is (unlike ``bio2 incident deadlines``, which takes a clock time);
- becoming aware and every report lie in the past (the register records what happened);
- a report lies at or after becoming aware; each phase (``24h``, ``72h``, ``final``) is
  reported once, to at least one of ``csirt`` and ``supervisor`` (``toezichthouder``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bio2.domain.errors import UserError
from bio2.domain.incidents import KINDS, LESSONS_MAX, TITLE_MAX, Incident
from bio2.domain.meldplicht import PHASES, RECIPIENTS, Report
from bio2.i18n import t
from bio2.store import ConflictError, Store
from bio2.system.problems import printable
from bio2.usecases.meldplicht import read_time

__all__ = ["ConflictError", "add", "entry", "make_incident", "register", "remove", "save"]

#: Field code -> the name the user knows it by (``--aware`` in the CLI, a label in the TUI).
Label = Callable[[str], str]
#: Other words a user may type for a recipient.
RECIPIENT_WORDS = {"csirt": "csirt", "supervisor": "supervisor",
                   "toezichthouder": "supervisor"}


def _short(text: str) -> str:
    return printable(text[:60] + ("…" if len(text) > 60 else ""))


def parse_phase(text: str, label: Label) -> str:
    phase = text.strip().lower()
    if phase not in PHASES:
        raise UserError(t("incident.err.phase", field=label("phase"), value=_short(text),
                          known=", ".join(PHASES)))
    return phase


def parse_recipients(text: str, field: str) -> frozenset[str]:
    words = [w for w in text.replace("+", ",").replace(" ", ",").lower().split(",") if w]
    if not words:
        raise UserError(t("incident.err.to_empty", field=field))
    unknown = [w for w in words if w not in RECIPIENT_WORDS]
    if unknown:
        raise UserError(t("incident.err.to_unknown", field=field, value=_short(unknown[0]),
                          known=", ".join([*RECIPIENTS, "toezichthouder"])))
    return frozenset(RECIPIENT_WORDS[w] for w in words)


def parse_report(time_text: str, to_text: str, field: str) -> Report:
    return Report(read_time(time_text, field), parse_recipients(to_text, field))


def make_incident(*, kind: str, title: str, aware: datetime, reports: dict[str, Report],
                  lessons: str, label: Label, now: datetime | None = None,
                  number: int = 0, revision: int = 0) -> Incident:
    """Check an entry as a whole (module docstring); the first problem is the one line."""
    moment = now or datetime.now(UTC)
    if kind not in KINDS:
        raise UserError(t("incident.err.kind", field=label("kind"), value=_short(kind),
                          known=", ".join(KINDS)))
    name = title.strip()
    if not name:
        raise UserError(t("incident.err.title_empty", field=label("title")))
    if len(name) > TITLE_MAX:
        raise UserError(t("incident.err.too_long", field=label("title"), length=len(name),
                          limit=TITLE_MAX))
    if not name.isprintable():
        raise UserError(t("incident.err.title_line", field=label("title")))
    if len(lessons) > LESSONS_MAX:
        raise UserError(t("incident.err.too_long", field=label("lessons"),
                          length=len(lessons), limit=LESSONS_MAX))
    if aware > moment:
        raise UserError(t("incident.err.future", field=label("aware")))
    for phase in PHASES:
        report = reports.get(phase)
        if report is None:
            continue
        if report.at > moment:
            raise UserError(t("incident.err.future", field=label(f"report.{phase}")))
        if report.at < aware:
            raise UserError(t("incident.err.before_aware", field=label(f"report.{phase}")))
    return Incident(kind=kind, title=name, aware=aware, reports=dict(reports),
                    lessons=lessons.strip(), number=number, revision=revision)


def unknown_org(store: Store, org_id: str) -> UserError:
    known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
    return UserError(t("service.unknown_org", org=org_id, known=known))


def register(store: Store, org_id: str) -> list[Incident]:
    """The organisation's entries (a one-line error for an unknown organisation)."""
    from bio2.store.incidents import list_incidents

    if store.organisation(org_id) is None:
        raise unknown_org(store, org_id)
    return list_incidents(store, org_id)


def entry(store: Store, org_id: str, number: int) -> Incident:
    from bio2.store.incidents import get_incident

    found = get_incident(store, org_id, number)
    if found is None:
        if store.organisation(org_id) is None:
            raise unknown_org(store, org_id)
        raise UserError(t("incident.err.no_entry", org=org_id, number=number))
    return found


def add(store: Store, org_id: str, incident: Incident) -> Incident:
    from bio2.store.incidents import add_incident

    stored = add_incident(store, org_id, incident)
    if stored is None:
        raise unknown_org(store, org_id)
    return stored


def save(store: Store, org_id: str, incident: Incident, *, base: int) -> Incident:
    """Write the edited entry ``incident.number`` if nobody changed it since ``base``
    (``ConflictError`` otherwise, nothing written)."""
    from bio2.store.incidents import update_incident

    stored = update_incident(store, org_id, incident.number, incident, base=base)
    if stored is None:
        raise UserError(t("incident.err.no_entry", org=org_id, number=incident.number))
    return stored


def remove(store: Store, org_id: str, number: int, *, base: int | None = None) -> Incident:
    from bio2.store.incidents import remove_incident

    removed = remove_incident(store, org_id, number, base=base)
    if removed is None:
        entry(store, org_id, number)  # raises the right one-line error
    assert removed is not None
    return removed
