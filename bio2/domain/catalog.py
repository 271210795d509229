"""The BIO2 catalog: ISO 27002 controls, BIO2 overheidsmaatregelen, ISO 27001 clauses.

An *item* is what an organisation answers: each measure (``5.17.01``), each control
without a measure (``5.3``, assessed directly) and each assessable ISMS clause
(``isms-6.1.2``).

Titles and guidance are our own words in Dutch (``title``, ``guidance``) and English
(``title_en``, ``guidance_en``); screens choose with ``pick()``. Controls and measures must
have both; a clause has guidance in both languages or in neither (:func:`guidance_pair`),
so the English screen never shows Dutch, nor the English of an older text.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from bio2.domain.base import (
    Category,
    Concept,
    ControlType,
    Letter,
    Property,
    Strict,
    Theme,
)

ItemKind = Literal["measure", "control", "clause"]


def guidance_pair(guidance: str | None, guidance_en: str | None) -> None:
    """Guidance comes in both languages or not at all."""
    if (guidance is None) != (guidance_en is None):
        raise PydanticCustomError("bio2_guidance_pair", "guidance and guidance_en go together",
                                  {})


class Control(Strict):
    id: str = Field(pattern=r"^[5-8]\.[0-9]{1,2}$")
    theme: Theme
    control_type: tuple[ControlType, ...]
    properties: tuple[Property, ...] = Field(min_length=1)
    concepts: tuple[Concept, ...]
    nis2: tuple[Letter, ...] = ()
    #: Only for controls without a government measure (assessed directly).
    categories: tuple[Category, ...] = ()
    title: str = Field(min_length=2)
    title_en: str = Field(min_length=2)
    guidance: str = Field(min_length=20)
    guidance_en: str = Field(min_length=20)


class Clause(Strict):
    id: str = Field(pattern=r"^isms-[0-9]+(\.[0-9]+)*$")
    assessable: bool
    nis2: tuple[Letter, ...] = ()
    title: str = Field(min_length=2)
    title_en: str = Field(min_length=2)
    guidance: str | None = Field(default=None, min_length=20)
    guidance_en: str | None = Field(default=None, min_length=20)

    @model_validator(mode="after")
    def _both_languages(self) -> Clause:
        guidance_pair(self.guidance, self.guidance_en)
        return self


class Measure(Strict):
    id: str = Field(pattern=r"^[5-8]\.[0-9]{2}\.[0-9]{2}$")
    control: str
    categories: tuple[Category, ...] = Field(min_length=1)
    title: str = Field(min_length=2)
    title_en: str = Field(min_length=2)
    guidance: str = Field(min_length=20)
    guidance_en: str = Field(min_length=20)


class CbwLink(Strict):
    item: str
    why: str = Field(min_length=5)
    why_en: str = Field(min_length=5)


class ChecklistPoint(Strict):
    """One sub-point that a Cbw item's own text lists (issue 13 §4), in our own words.

    ``id`` is stable: answer files and the store name ticked sub-points by it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{1,31}$")
    text: str = Field(min_length=10, max_length=300)
    text_en: str = Field(min_length=10, max_length=300)


class CbwItem(Strict):
    id: str = Field(pattern=r"^[0-9]+\.[0-9]+$")
    group: Literal["zorgplicht", "governance", "meldplicht"]
    topic: str
    topic_en: str = Field(min_length=2)
    description: str
    description_en: str
    nis2: tuple[Letter, ...] = ()
    links: tuple[CbwLink, ...] = Field(min_length=1)
    #: The sub-points the CISO ticks off (``controls/cbw-checklists.yaml``); () for an item
    #: whose text lists none.
    checklist: tuple[ChecklistPoint, ...] = ()


class Nis2Letter(Strict):
    letter: Letter
    title: str
    title_en: str
    description: str


class Nis2Duty(Strict):
    id: str
    title: str
    title_en: str
    description: str
    description_en: str = Field(min_length=20)


class PublishedDefect(Strict):
    """A defect of the published text of a catalog version that bio2 works around."""

    number: str = Field(pattern=r"^[5-8]\.[0-9]{2}\.[0-9]{2}$")
    note: str = Field(min_length=20)
    note_en: str = Field(min_length=20)


class Item(Strict):
    """One assessable item, with the facts of its control resolved."""

    id: str
    kind: ItemKind
    #: The ISO 27002 control (``None`` for an ISMS clause).
    control: str | None
    #: One of the four themes, or ``"isms"`` for an ISO 27001 clause.
    theme: str
    categories: tuple[Category, ...]
    properties: tuple[Property, ...]
    concepts: tuple[Concept, ...]
    nis2: tuple[Letter, ...]
    cbw: tuple[str, ...] = ()
    #: The catalog marks the item as outside the scope of the Cbw (v1.3 greys such
    #: measures out, e.g. 5.33.01): it counts in the BIO2 score, not in the Cbw verdicts.
    outside_cbw: bool = False
    title: str
    title_en: str
    guidance: str
    #: Our guidance in English; shown through ``pick(guidance, guidance_en)``, so an
    #: empty text falls back to the Dutch one.
    guidance_en: str = ""


class Catalog(Strict):
    """One version of BIO2 (e.g. ``bio2-1.2``), fully resolved and ready to use."""

    id: str
    title: str
    title_en: str = ""
    #: "gepubliceerd": published as final by its maker, formal adoption not confirmed (v1.3)
    status: Literal["vastgesteld", "gepubliceerd", "concept"]
    published: date
    controls: dict[str, Control]
    clauses: dict[str, Clause]
    measures: dict[str, Measure]
    #: Assessable items in catalog order: per theme per control its measures (or the
    #: control itself), then the ISMS clauses.
    items: dict[str, Item]
    nis2_letters: dict[str, Nis2Letter]
    nis2_duties: dict[str, Nis2Duty]
    cbw_items: dict[str, CbwItem]
    #: Defects of the published text of this version that bio2 works around.
    published_defects: tuple[PublishedDefect, ...] = ()
    #: Set when the published version has no categories (v1.3): the categories are carried
    #: over from this catalog as a scoring aid, and every output says so.
    categories_from: str | None = None

    def measures_of(self, control_id: str) -> list[Measure]:
        return [m for m in self.measures.values() if m.control == control_id]

    def items_of_control(self, control_id: str) -> list[Item]:
        return [i for i in self.items.values() if i.control == control_id]

    @property
    def is_draft(self) -> bool:
        """Not formally adopted (a concept, or published without confirmed adoption): such
        a catalog is selectable, never the default, and always shown with its status."""
        return self.status != "vastgesteld"
