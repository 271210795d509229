"""Workbooks for control owners: the whole assessment (``bio2 export --format xlsx``) or
one workbook per owner (``bio2 delegate``, the TUI's delegate screen).

Decisions where issue 14 is silent:

- An item belongs to the owner its self-assessment answer names (trimmed, compared
  without regard to case, so ``IAM`` and ``iam`` are one owner; the first spelling in
  catalog order names the workbook). Items without an owner go into one workbook of their
  own (``zonder-eigenaar.xlsx`` / ``no-owner.xlsx``).
- ``--owner``, ``--theme`` and ``--items`` select instead; given together, an item must
  meet each of them. A selection gives one workbook, named after what was chosen.
- ``--items`` takes comma-separated numbers and ranges of controls or measures as people
  write them (``5.1-5.37``, ``8.2``, ``5.17.01``); ``5.1`` means control 5.1 and its
  measures, also when the catalog writes ``5.01.01``. ISMS clauses are chosen by their id
  (``isms-6.1.2``).
- File names come from the owner's name: lower case, every run of other characters than
  letters and digits becomes ``-``; two owners that end up with the same name get ``-2``,
  ``-3``. Every target is checked (existing file only with ``--force``) before the first
  workbook is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bio2.domain.catalog import Catalog
from bio2.domain.errors import UserError
from bio2.exchange.workbook_write import to_xlsx
from bio2.i18n import t
from bio2.store import Store
from bio2.store.settings import known_user
from bio2.usecases.opening import AssessmentData


@dataclass(frozen=True)
class Delegation:
    """One workbook to write: for whom, which items, where."""

    owner: str | None
    label: str
    items: tuple[str, ...]
    path: Path


def sender_of(store: Store, data: AssessmentData) -> str:
    """Who sends the workbook: the person working (``--user``, remembered), else the
    assessor of the assessment."""
    return store.actor or known_user(store) or data.assessment.assessor


def workbook_bytes(data: AssessmentData, *, items: Sequence[str] | None = None,
                   sender: str = "", deadline: date | None = None,
                   recipient: str | None = None) -> bytes:
    """The workbook of ``items`` (default all) of the self-assessment, with the official
    texts the user imported as notes."""
    official = {item: text.text for item, text in data.official.items()}
    return to_xlsx(data.answer_file("self"), items=items, official=official, sender=sender,
                   deadline=deadline, recipient=recipient)


_NUMBER = re.compile(r"^[0-9]+(\.[0-9]+)*$")


def _key(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


def parse_items(spec: str, catalog: Catalog) -> list[str]:
    """The items ``--items`` names, in catalog order (rules in the module docstring);
    a UserError names the part that is not understood."""
    wanted: set[str] = set()
    numeric = {i: _key(i) for i in catalog.items if _NUMBER.match(i)}
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        if part in catalog.items:
            wanted.add(part)
            continue
        low, sep, high = part.partition("-")
        low, high = low.strip(), (high.strip() if sep else low.strip())
        if not (_NUMBER.match(low) and _NUMBER.match(high)):
            raise UserError(t("delegate.bad_items", part=part[:40]))
        lo, hi = _key(low), _key(high)
        found = {i for i, k in numeric.items() if lo <= k[:len(lo)] and k[:len(hi)] <= hi}
        if not found:
            raise UserError(t("delegate.no_items_in", part=part[:40]))
        wanted |= found
    if not wanted:
        raise UserError(t("delegate.bad_items", part=spec[:40]))
    return [i for i in catalog.items if i in wanted]


def slug(text: str) -> str:
    value = re.sub(r"[^\w]+", "-", text.casefold(), flags=re.UNICODE).strip("-_")
    return value[:60] or "eigenaar"


def plan_delegation(data: AssessmentData, folder: Path, *, owner: str | None = None,
                    theme: str | None = None, items: str | None = None
                    ) -> list[Delegation]:
    """Which workbooks ``bio2 delegate`` writes (nothing is written here)."""
    catalog = data.catalog
    chosen = list(catalog.items)
    selection = owner is not None or theme is not None or items is not None
    if theme is not None:
        if theme not in {i.theme for i in catalog.items.values()}:
            known = ", ".join(sorted({i.theme for i in catalog.items.values()}))
            raise UserError(t("delegate.bad_theme", theme=theme[:40], known=known))
        chosen = [i for i in chosen if catalog.items[i].theme == theme]
    if items is not None:
        allowed = set(parse_items(items, catalog))
        chosen = [i for i in chosen if i in allowed]
    if owner is not None:
        wanted = owner.strip().casefold()
        chosen = [i for i in chosen if _owner(data, i).casefold() == wanted]
    if selection:
        if not chosen:
            raise UserError(t("delegate.nothing_selected"))
        label = " ".join(p for p in (owner.strip() if owner else None, theme, items) if p)
        return [Delegation(owner.strip() if owner else None, label, tuple(chosen),
                           folder / f"{slug(label)}.xlsx")]
    groups: dict[str, tuple[str, list[str]]] = {}
    for item in chosen:
        name = _owner(data, item)
        groups.setdefault(name.casefold(), (name, []))[1].append(item)
    plans: list[Delegation] = []
    used: set[str] = set()
    for key, (name, group) in groups.items():
        base = slug(name) if key else t("delegate.no_owner_file")
        stem, n = base, 1
        while stem in used:
            n += 1
            stem = f"{base}-{n}"
        used.add(stem)
        plans.append(Delegation(name or None, name or t("delegate.no_owner"), tuple(group),
                                folder / f"{stem}.xlsx"))
    return plans


def _owner(data: AssessmentData, item: str) -> str:
    answer = data.answers.get(item)
    return (answer.owner or "").strip() if answer else ""


def write_delegation(store: Store, data: AssessmentData, plans: Sequence[Delegation], *,
                     force: bool = False, deadline: date | None = None) -> list[Path]:
    """Check every target, then write each workbook atomically. A target problem is a
    ``FileProblem`` (one line) before anything is written."""
    from bio2.system.fileio import check_output, write_atomic

    targets = [check_output(p.path, force=force) for p in plans]
    if len(set(targets)) != len(targets):  # pragma: no cover - slugs are made unique
        raise UserError(t("delegate.same_file"))
    sender = sender_of(store, data)
    written = []
    for plan, target in zip(plans, targets, strict=True):
        blob = workbook_bytes(data, items=plan.items, sender=sender, deadline=deadline,
                              recipient=plan.label)
        written.append(write_atomic(target, blob))
    return written
