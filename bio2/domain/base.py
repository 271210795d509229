"""Shared pydantic base; the small vocabularies of the domain live in
:mod:`bio2.domain.vocab` (no pydantic) and are re-exported here."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from bio2.domain.vocab import (
    CATEGORIES,
    CONCEPTS,
    ISMS,
    LETTERS,
    LEVELS,
    ORG_TYPES,
    PROPERTIES,
    STATUSES,
    THEMES,
    AuditJudgement,
    Category,
    CbwEntity,
    Concept,
    ControlType,
    Letter,
    Level,
    OrgType,
    Property,
    Status,
    Theme,
)

__all__ = [
    "CATEGORIES", "CONCEPTS", "ISMS", "LETTERS", "LEVELS", "ORG_TYPES", "PROPERTIES",
    "STATUSES", "THEMES", "AuditJudgement", "Category", "CbwEntity", "Concept", "ControlType",
    "Letter", "Level", "OrgType", "Property", "Status", "Strict", "Theme",
]


class Strict(BaseModel):
    """Immutable model that rejects unknown keys: every boundary of bio2 uses it."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
