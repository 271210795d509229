"""Use cases of the board training register (Cbw art. 24): read, save, merge an import,
summarise for a screen.

The CLI, the TUI and the import call these; the rules are in
:mod:`bio2.domain.training`, the storage in :mod:`bio2.store.training`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bio2.domain.errors import UserError
from bio2.domain.training import TrainingRegister
from bio2.exchange.merge import MergePlan, OnConflict
from bio2.i18n import t
from bio2.store import Store
from bio2.store.training import TRAINING, get_training, put_training


def training_of(store: Store, org_id: str) -> tuple[TrainingRegister | None, int]:
    """The register of an existing organisation (``None``: not recorded) and its
    revision, which a later :func:`save_training` names as its base."""
    if store.organisation(org_id) is None:
        known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
        raise UserError(t("service.unknown_org", org=org_id, known=known))
    return get_training(store, org_id)


def save_training(store: Store, org_id: str, register: TrainingRegister | None, *,
                  base: int, actor: str | None = None, today: date | None = None) -> int:
    """Store the register on the revision the caller read; returns the new revision.
    ``ConflictError`` when someone else changed it meanwhile (nothing written), and
    ``UserError`` for a register that breaks a rule."""
    return put_training(store, org_id, register, base=base, actor=actor, today=today)


def merge_imported(store: Store, org_id: str, register: TrainingRegister,
                   decided: MergePlan, on_conflict: OnConflict, actor: str,
                   via: dict[str, Any], today: date | None = None) -> None:
    """An imported register merges as the Cbw registration does (call inside the
    import's transaction): none stored = written; the same = nothing; a different one is
    a conflict, written only with ``--on-conflict theirs``."""
    current, base = get_training(store, org_id)
    if current is None:
        decided.new_other.append(TRAINING)
        put_training(store, org_id, register, base=base, actor=actor, via=via, today=today)
    elif current != register:
        decided.changed_other.append(TRAINING)
        if on_conflict == "theirs":
            put_training(store, org_id, register, base=base, actor=actor, via=via,
                         today=today)
