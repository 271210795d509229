"""The rules of the board training register (Cbw art. 24), apart from its models: the
same functions check a register the TUI or the store holds (pydantic models) and the
checked data of an answer file in ``bio2 validate`` (plain objects with the same
attributes, built without pydantic). The decisions behind them are in
:mod:`bio2.domain.training`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol


class MemberLike(Protocol):
    @property
    def name(self) -> str: ...


class TrainingLike(Protocol):
    @property
    def member(self) -> str: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def start(self) -> dt.date | None: ...
    @property
    def end(self) -> dt.date | None: ...


class RegisterLike(Protocol):
    @property
    def members(self) -> Sequence[MemberLike]: ...
    @property
    def trainings(self) -> Sequence[TrainingLike]: ...


#: What :func:`breaches` found; the caller words it (``training.breach.<code>``).
Code = Literal[
    "duplicate_member",   # two members with the same name
    "unknown_member",     # a training of someone who is not a member
    "no_date",            # neither date nor start/end
    "two_dates",          # date and start/end both
    "start_without_end",  # start without end, or end without start
    "end_before_start",   # the course ends before it starts
    "future",             # a date after today
]


@dataclass(frozen=True)
class Breach:
    """One rule the register breaks, at ``path`` (in the register's own terms, e.g.
    ``("trainings", 3, "end")``); ``value`` is what the message names."""

    code: Code
    path: tuple[str | int, ...]
    value: str = ""


def name_key(name: str) -> str:
    """How two names are compared: case and spacing do not count."""
    return " ".join(name.split()).casefold()


def training_breaches(training: TrainingLike, today: date,
                      known: Iterable[str] | None = None) -> list[Breach]:
    """The breaches of one training (paths relative to the training). ``known``: the
    name keys of the members (``None``: not checked)."""
    found: list[Breach] = []
    if known is not None and name_key(training.member) not in set(known):
        found.append(Breach("unknown_member", ("member",), training.member))
    has_range = training.start is not None or training.end is not None
    if training.date is not None and has_range:
        found.append(Breach("two_dates", ("date",)))
    elif training.date is None and not has_range:
        found.append(Breach("no_date", ("date",)))
    elif has_range and (training.start is None or training.end is None):
        found.append(Breach("start_without_end", ("end" if training.end is None else "start",)))
    elif (training.start is not None and training.end is not None
          and training.end < training.start):
        found.append(Breach("end_before_start", ("end",), training.end.isoformat()))
    for name in ("date", "start", "end"):
        day = getattr(training, name)
        if day is not None and day > today:
            found.append(Breach("future", (name,), day.isoformat()))
    return found


def breaches(register: RegisterLike, today: date) -> list[Breach]:
    """Every breach of ``register`` on ``today``, in document order. Empty: valid."""
    found: list[Breach] = []
    seen: set[str] = set()
    for index, member in enumerate(register.members):
        key = name_key(member.name)
        if key in seen:
            found.append(Breach("duplicate_member", ("members", index, "name"), member.name))
        seen.add(key)
    for index, training in enumerate(register.trainings):
        found.extend(Breach(b.code, ("trainings", index, *b.path), b.value)
                     for b in training_breaches(training, today, seen))
    return found
