"""What the scoring and Cbw rules read of a catalog, an answer and a VvT entry, as
protocols (no pydantic).

The rules (``bio2.analysis.scoring``, ``bio2.analysis.cbw``, ``bio2.domain.rules``) have one
home and take these shapes: the models of :mod:`bio2.domain.catalog` and
:mod:`bio2.domain.answers` fit them, and so do the plain records of the read path of
``bio2 cbw`` (:mod:`bio2.catalog.plain`, :mod:`bio2.store.plain`), which loads no pydantic
(issue 13: the command as a whole process under 300 ms)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bio2.domain.scorecard import ItemScore
    from bio2.domain.vocab import Category, Letter, Level, Property, Status


class ItemShape(Protocol):
    """An assessable item (:class:`bio2.domain.catalog.Item`)."""

    @property
    def id(self) -> str: ...
    @property
    def control(self) -> str | None: ...
    @property
    def categories(self) -> tuple[Category, ...]: ...
    @property
    def properties(self) -> tuple[Property, ...]: ...
    @property
    def nis2(self) -> tuple[Letter, ...]: ...
    @property
    def cbw(self) -> tuple[str, ...]: ...
    @property
    def outside_cbw(self) -> bool: ...


class PointShape(Protocol):
    """A sub-point of a Cbw item's checklist (:class:`bio2.domain.catalog.ChecklistPoint`)."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def text_en(self) -> str: ...


class CbwItemShape(Protocol):
    """An item of the Cbw Control Framework (:class:`bio2.domain.catalog.CbwItem`)."""

    @property
    def id(self) -> str: ...
    @property
    def group(self) -> str: ...
    @property
    def topic(self) -> str: ...
    @property
    def topic_en(self) -> str: ...
    @property
    def checklist(self) -> tuple[PointShape, ...]: ...


class TitledShape(Protocol):
    """A NIS2 letter or duty: its title in both languages."""

    @property
    def title(self) -> str: ...
    @property
    def title_en(self) -> str: ...


class CatalogShape(Protocol):
    """A catalog as the Cbw rules and outputs read it (:class:`bio2.domain.catalog.Catalog`)."""

    @property
    def id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def items(self) -> Mapping[str, ItemShape]: ...
    @property
    def cbw_items(self) -> Mapping[str, CbwItemShape]: ...
    @property
    def nis2_letters(self) -> Mapping[str, TitledShape]: ...
    @property
    def nis2_duties(self) -> Mapping[str, TitledShape]: ...


class RiskShape(Protocol):
    @property
    def likelihood(self) -> int: ...
    @property
    def impact(self) -> int: ...


class AcceptanceShape(Protocol):
    @property
    def until(self) -> date: ...


class AnswerShape(Protocol):
    """What scoring reads of an answer (:class:`bio2.domain.answers.Answer`)."""

    @property
    def status(self) -> Status: ...
    @property
    def due(self) -> date | None: ...
    @property
    def risk(self) -> RiskShape | None: ...
    @property
    def acceptance(self) -> AcceptanceShape | None: ...


class RiskProfileShape(Protocol):
    """The BIV levels of an assessment (:class:`bio2.domain.answers.RiskProfile`)."""

    @property
    def beschikbaarheid(self) -> Level: ...
    @property
    def integriteit(self) -> Level: ...
    @property
    def vertrouwelijkheid(self) -> Level: ...


class ApplicabilityShape(Protocol):
    """A VvT entry (:class:`bio2.domain.answers.Applicability`)."""

    @property
    def control(self) -> str: ...
    @property
    def applicable(self) -> bool: ...


class ScoredShape(Protocol):
    """Scored items: a :class:`~bio2.domain.scorecard.Scorecard`, or the item scores alone."""

    @property
    def items(self) -> Mapping[str, ItemScore]: ...
