"""The small vocabularies of the domain (literal types and their value tuples), without
pydantic: the read path of ``bio2 cbw`` (issue 13, a whole process under 300 ms) uses them
without loading the models. :mod:`bio2.domain.base` re-exports them beside ``Strict``."""

from __future__ import annotations

from typing import Literal

Theme = Literal["organisatorisch", "mensgericht", "fysiek", "technologisch"]
THEMES: tuple[Theme, ...] = ("organisatorisch", "mensgericht", "fysiek", "technologisch")
#: The ISMS clauses of ISO 27001 form their own branch beside the four themes.
ISMS = "isms"

Property = Literal["beschikbaarheid", "integriteit", "vertrouwelijkheid"]
PROPERTIES: tuple[Property, ...] = ("beschikbaarheid", "integriteit", "vertrouwelijkheid")

Category = Literal["basishygiene", "ketenhygiene", "overheidsrisico"]
CATEGORIES: tuple[Category, ...] = ("basishygiene", "ketenhygiene", "overheidsrisico")

Concept = Literal["identificeren", "beschermen", "detecteren", "reageren", "herstellen"]
CONCEPTS: tuple[Concept, ...] = (
    "identificeren", "beschermen", "detecteren", "reageren", "herstellen",
)
ControlType = Literal["preventief", "detectief", "correctief"]

Letter = Literal["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
LETTERS: tuple[Letter, ...] = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")

Status = Literal["ja", "deels", "nee", "nvt", "open"]
STATUSES: tuple[Status, ...] = ("ja", "deels", "nee", "nvt", "open")
Level = Literal["laag", "midden", "hoog"]
LEVELS: tuple[Level, ...] = ("laag", "midden", "hoog")
AuditJudgement = Literal["ja", "nee", "onbekend"]
OrgType = Literal[
    "rijk", "provincie", "gemeente", "waterschap", "zbo", "gemeenschappelijke-regeling", "anders",
]
ORG_TYPES: tuple[OrgType, ...] = (
    "rijk", "provincie", "gemeente", "waterschap", "zbo", "gemeenschappelijke-regeling", "anders",
)
CbwEntity = Literal["essentieel", "belangrijk", "niet"]
