"""Catalog versions: what changed between two catalogs, and how answers move along.

Pure functions on loaded catalogs and answers; reading and writing the store is the
caller's business (``bio2 migrate``, ``bio2 catalog diff``, the TUI).

Rules, as a CISO would expect them:

- An item with the same id in both catalogs is *kept*; its answer is carried as is.
- A renumbered measure (``moves``, e.g. ``5.04.02 -> 5.10.02``) is *moved*; its answer is
  carried to the new number with everything in it (status, explanation, evidence, ...).
- An item of the old catalog that is neither kept nor moved is *removed*. Its answers are
  never dropped silently: the plan lists every removed item with its answers, and the old
  assessment keeps them.
- An item of the new catalog that is neither kept nor a move target is *added*; it starts
  open.
- A control assessed directly in one catalog and through measures in the other (``5.10``
  in BIO2 1.2 against ``5.10.02`` in the 1.3 draft) is a different item: its answer is
  not guessed onto the measures but listed as removed.
- The VvT is about ISO 27002 controls, which do not change between BIO2 versions: every
  decision whose control exists in the new catalog is carried.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bio2.catalog.plain import catalog_label as catalog_label
from bio2.domain.answers import Answer, Applicability
from bio2.domain.base import Category
from bio2.domain.catalog import Catalog
from bio2.domain.rules import control_applicable

#: The answer views an assessment holds: the CISO's own and the auditor's.
VIEWS = ("self", "audit")


@dataclass(frozen=True)
class Move:
    old: str
    new: str


@dataclass(frozen=True)
class CategoryChange:
    old: str
    new: str
    before: tuple[Category, ...]
    after: tuple[Category, ...]


@dataclass(frozen=True)
class CatalogDiff:
    """Items of catalog ``old`` against catalog ``new``, each list in catalog order."""

    old: str
    new: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    moved: tuple[Move, ...]
    changed: tuple[CategoryChange, ...]
    #: Every item that lives on, old id -> new id (same id when kept, new id when moved).
    carry: dict[str, str] = field(default_factory=dict)

    @property
    def kept(self) -> int:
        return sum(1 for old, new in self.carry.items() if old == new)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.changed)


def diff(old: Catalog, new: Catalog, moves: Mapping[str, str] | None = None) -> CatalogDiff:
    """Compare two catalogs; ``moves`` maps renumbered old item ids to new ones.

    A move counts only when its old id is an item of ``old`` that is gone from ``new`` and
    its new id is an item of ``new`` that did not exist in ``old``.
    """
    real = {o: n for o, n in (moves or {}).items()
            if o in old.items and o not in new.items and n in new.items and n not in old.items}
    carry = {i: i for i in old.items if i in new.items}
    carry.update(real)
    carry = {i: carry[i] for i in old.items if i in carry}  # old catalog order
    targets = set(carry.values())
    changed = tuple(
        CategoryChange(o, n, old.items[o].categories, new.items[n].categories)
        for o, n in carry.items()
        if set(old.items[o].categories) != set(new.items[n].categories)
    )
    return CatalogDiff(
        old=old.id, new=new.id,
        added=tuple(i for i in new.items if i not in targets),
        removed=tuple(i for i in old.items if i not in carry),
        moved=tuple(Move(o, n) for o, n in carry.items() if o != n),
        changed=changed, carry=carry,
    )


@dataclass(frozen=True)
class RemovedItem:
    """An item of the old catalog that has no place in the new one, with its answers."""

    item: str
    #: view -> answer; empty when the item was never answered.
    answers: dict[str, Answer]


@dataclass(frozen=True)
class MovedAnswer:
    view: str
    old: str
    new: str
    answer: Answer


@dataclass(frozen=True)
class ApplicabilityNote:
    """A moved answer now sits under a control whose VvT decision differs from before."""

    old: str
    new: str
    control: str
    applicable: bool


@dataclass(frozen=True)
class MigrationPlan:
    diff: CatalogDiff
    #: view -> the answers to write in the new assessment, keyed to new item ids.
    answers: dict[str, tuple[Answer, ...]]
    moved: tuple[MovedAnswer, ...]
    removed: tuple[RemovedItem, ...]
    #: New items of the new catalog; they start open.
    added: tuple[str, ...]
    applicability: tuple[Applicability, ...]
    #: VvT decisions about controls the new catalog does not know (none for BIO2 today).
    dropped_applicability: tuple[Applicability, ...]
    notes: tuple[ApplicabilityNote, ...]

    @property
    def carried(self) -> int:
        """Number of answers (all views) the new assessment receives."""
        return sum(len(a) for a in self.answers.values())

    @property
    def removed_answers(self) -> int:
        return sum(len(r.answers) for r in self.removed)


def plan_migration(old: Catalog, new: Catalog, changes: CatalogDiff,
                   answers: Mapping[str, Mapping[str, Answer]],
                   applicability: Mapping[str, Applicability]) -> MigrationPlan:
    """Carry ``answers`` (view -> item -> answer) and the VvT from ``old`` to ``new``.

    Answers to items that ``old`` does not know either are treated like removed items:
    listed, never dropped silently.
    """
    carried: dict[str, tuple[Answer, ...]] = {}
    moved: list[MovedAnswer] = []
    removed: dict[str, dict[str, Answer]] = {i: {} for i in changes.removed}
    for view in VIEWS:
        given = answers.get(view, {})
        out: list[Answer] = []
        for item in [*old.items, *sorted(set(given) - set(old.items))]:
            answer = given.get(item)
            if answer is None:
                continue
            target = changes.carry.get(item)
            if target is None:
                removed.setdefault(item, {})[view] = answer
                continue
            if target != item:
                answer = answer.model_copy(update={"item": target})
                moved.append(MovedAnswer(view, item, target, answer))
            out.append(answer)
        if out:
            carried[view] = tuple(out)
    kept_vvt = tuple(a for c, a in applicability.items() if c in new.controls)
    dropped_vvt = tuple(a for c, a in applicability.items() if c not in new.controls)
    notes = []
    for move in changes.moved:
        before = old.items[move.old].control
        after = new.items[move.new].control
        if before is None or after is None or before == after:
            continue
        was = control_applicable(applicability.get(before))
        now = control_applicable(applicability.get(after))
        if was != now:
            notes.append(ApplicabilityNote(move.old, move.new, after, now))
    return MigrationPlan(
        diff=changes, answers=carried, moved=tuple(moved),
        removed=tuple(RemovedItem(i, a) for i, a in removed.items()),
        added=changes.added, applicability=kept_vvt, dropped_applicability=dropped_vvt,
        notes=tuple(notes),
    )


# -- text for the command line -------------------------------------------------------------
def diff_lines(changes: CatalogDiff, old: Catalog, new: Catalog) -> list[str]:
    """``bio2 catalog diff`` as plain lines (easy to read and to grep)."""
    from bio2.i18n import pick, t

    def title(catalog: Catalog, item: str) -> str:
        found = catalog.items[item]
        return pick(found.title, found.title_en)

    def kind(catalog: Catalog, item: str) -> str:
        return t(f"kind.{catalog.items[item].kind}")

    def cats(values: tuple[str, ...]) -> str:
        return ", ".join(t(f"category.{c}") for c in values) or "-"

    lines = [t("versions.diff.title")]
    for label, catalog in (("versions.from", old), ("versions.to", new)):
        lines.append(t("versions.catalog_line", label=t(label), id=catalog.id,
                       title=pick(catalog.title, catalog.title_en),
                       status=t(f"catalog.status.{catalog.status}")))
    if old.id == new.id:
        return [*lines, "", t("versions.same")]
    lines += ["", t("versions.removed", count=len(changes.removed))]
    lines += [f"  {i:<9} {kind(old, i):<38} {title(old, i)}" for i in changes.removed]
    lines += [t("versions.none")] if not changes.removed else []
    lines += ["", t("versions.moved", count=len(changes.moved))]
    for move in changes.moved:
        before, after = old.items[move.old].control, new.items[move.new].control
        where = (f"  ({t('versions.control_move', old=before, new=after)})"
                 if before != after else "")
        lines.append(f"  {move.old} -> {move.new}  {title(new, move.new)}{where}")
    lines += [t("versions.none")] if not changes.moved else []
    lines += ["", t("versions.added", count=len(changes.added))]
    lines += [f"  {i:<9} {kind(new, i):<38} {title(new, i)}" for i in changes.added]
    lines += [t("versions.none")] if not changes.added else []
    if new.categories_from or old.categories_from:
        # a version without categories of its own has no category changes to report
        carried = new if new.categories_from else old
        lines += ["", t("versions.categories_carried", id=carried.id,
                        source=carried.categories_from)]
        lines += ["", t("versions.summary_carried", removed=len(changes.removed),
                        moved=len(changes.moved), added=len(changes.added),
                        kept=changes.kept)]
        return lines
    lines += ["", t("versions.changed", count=len(changes.changed))]
    for change in changes.changed:
        number = change.old if change.old == change.new else f"{change.old} -> {change.new}"
        lines.append(f"  {number}: {cats(change.before)} -> {cats(change.after)}")
    lines += [t("versions.none")] if not changes.changed else []
    lines += ["", t("versions.summary", removed=len(changes.removed),
                    moved=len(changes.moved), added=len(changes.added),
                    changed=len(changes.changed), kept=changes.kept)]
    return lines
