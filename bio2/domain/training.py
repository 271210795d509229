"""The board training register of Cbw art. 24: who sits on the board and what training
each of them followed. Pure model and rules, no I/O, no messages.

Cbw art. 24 makes the members of the governing body follow training so that they can
judge the cyber risks and the measures against them. A Cbw entity must be able to show
that they do. bio2 keeps the register per organisation (the board belongs to the
organisation, as the Cbw registration does), carries it in answer files as
``governance.training`` and shows it in the report's governance chapter.

Decisions where the issue is silent (documented in the README as well):

- **Shape**: a register holds its ``members`` (name and role) and its ``trainings``; a
  training names its board member by ``member`` = the member's name, so a YAML file reads
  as people write it. Names are unique in a register, compared without regard to case
  and spacing (``A. de Vries`` = ``a.  de vries``). Renaming a member in the TUI renames
  the references too (:func:`rename_member`).
- **When**: one day (``date``) or a course over several days (``start`` and ``end``,
  both); never both forms, never neither. The day a training counts from is its last day
  (``date`` or ``end``): a course that ended within the period counts.
- **The period N** (``period_months``, default 12, 1-60) is set by the CISO per
  organisation in the register itself: in the TUI screen or as
  ``governance.training.period_months`` in an answer file. It is the organisation's own
  policy (art. 24 names no interval), so it travels with the register.
- **Overdue**: a member is overdue on day D when none of their trainings has a last day
  on or after D minus N calendar months. Minus N months keeps the day of the month, and
  falls back to the last day of a shorter month (31 March minus 1 month = 28 February,
  29 February 2028 minus 12 months = 28 February 2027). A training exactly on that day
  counts (not overdue); a member without any training is overdue.
- **Bad input**: a date after today, an end before its start, an unknown member, a
  duplicate member and a training without (or with two kinds of) dates are breaches
  (:func:`breaches`); the answer file names them with file:line, the TUI in the field,
  and the store refuses a register with any of them, so nothing is written.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import BeforeValidator, Field, StrictInt, StrictStr

from bio2.domain.base import Strict
from bio2.domain.field_checks import ONE_LINE, iso_date

# The rules live without pydantic (bio2 validate runs them on the checked data of a
# file); they are named here too, where the register's readers look for them.
from bio2.domain.training_rules import Breach as Breach
from bio2.domain.training_rules import Code as Code
from bio2.domain.training_rules import breaches as breaches
from bio2.domain.training_rules import name_key as name_key
from bio2.domain.training_rules import training_breaches as training_breaches

#: The default period N in months (the register's ``period_months`` overrides it).
DEFAULT_MONTHS = 12
MAX_MONTHS = 60
#: Bounds of a register (a board has a handful of members; trainings over many years).
MAX_MEMBERS = 100
MAX_TRAININGS = 2_000
MAX_TOPICS = 20

#: One line of text: a name, a role, a topic, a provider, a certificate reference. No
#: control characters at all (C0, DEL, C1: line breaks, tabs, ESC): a name is one line,
#: and ``\x1b[2J`` in a name could only ever be an attack on a terminal.
Line = Annotated[StrictStr, Field(min_length=1, max_length=200, pattern=ONE_LINE)]


#: The strict reading of the answer file: YYYY-MM-DD text or a real date only (the check
#: lives without pydantic, for bio2 validate's core-schema snapshot).
Day = Annotated[date, BeforeValidator(iso_date)]


class BoardMember(Strict):
    """A member of the governing body (bestuurder)."""

    name: Line
    role: Line


class Training(Strict):
    """One training a board member followed."""

    #: The name of a member of this register.
    member: Line
    #: A training of one day ...
    date: Day | None = None
    #: ... or a course from ``start`` to ``end`` (both).
    start: Day | None = None
    end: Day | None = None
    topics: tuple[Line, ...] = Field(min_length=1, max_length=MAX_TOPICS)
    provider: Line | None = None
    #: The reference of the certificate or proof of attendance, if there is one.
    certificate: Line | None = None

    @property
    def last_day(self) -> dt.date | None:
        """The day the training counts from: its date, or the end of the course."""
        return self.date or self.end


class TrainingRegister(Strict):
    """The board training register of one organisation."""

    #: The period N: a member with no training in the last N months is overdue.
    period_months: Annotated[StrictInt, Field(ge=1, le=MAX_MONTHS)] = DEFAULT_MONTHS
    members: tuple[BoardMember, ...] = Field(default=(), max_length=MAX_MEMBERS)
    trainings: tuple[Training, ...] = Field(default=(), max_length=MAX_TRAININGS)


class Governance(Strict):
    """The ``governance`` section of an answer file: what the board must be able to show
    (Cbw art. 24). Optional; when absent, an import leaves the stored register alone."""

    training: TrainingRegister | None = None


def months_before(day: date, months: int) -> date:
    """``day`` minus ``months`` calendar months; a day that the earlier month lacks
    becomes that month's last day (31 March - 1 = 28 or 29 February)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def cutoff(register: TrainingRegister, today: date) -> date:
    """The first day that still counts: a training whose last day is on or after it
    keeps its member up to date."""
    return months_before(today, register.period_months)


@dataclass(frozen=True)
class MemberStatus:
    """A board member as the register judges them on a day."""

    name: str
    role: str
    #: The last day of their latest training (``None``: none recorded).
    last: date | None
    overdue: bool
    trainings: int


def member_status(register: TrainingRegister, today: date) -> list[MemberStatus]:
    """Per member, in register order: latest training and whether they are overdue."""
    since = cutoff(register, today)
    result = []
    for member in register.members:
        key = name_key(member.name)
        days = [d for tr in register.trainings if name_key(tr.member) == key
                for d in (tr.last_day,) if d is not None]
        last = max(days, default=None)
        result.append(MemberStatus(member.name, member.role, last,
                                   last is None or last < since, len(days)))
    return result


# -- edits (the TUI builds a new register from the one it read) ----------------------------
def rename_member(register: TrainingRegister, index: int,
                  member: BoardMember) -> TrainingRegister:
    """``register`` with member ``index`` replaced by ``member``; the trainings of the old
    name follow the new one."""
    old = name_key(register.members[index].name)
    members = list(register.members)
    members[index] = member
    trainings = tuple(tr.model_copy(update={"member": member.name})
                      if name_key(tr.member) == old else tr for tr in register.trainings)
    return register.model_copy(update={"members": tuple(members), "trainings": trainings})


def remove_member(register: TrainingRegister, index: int) -> TrainingRegister:
    """``register`` without member ``index`` and without their trainings."""
    old = name_key(register.members[index].name)
    return register.model_copy(update={
        "members": tuple(m for n, m in enumerate(register.members) if n != index),
        "trainings": tuple(tr for tr in register.trainings if name_key(tr.member) != old)})
