"""An organisation-type profile: defaults for risk profile, weighting and the report."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from bio2.domain.answers import RiskProfile
from bio2.domain.base import Category, CbwEntity, OrgType, Strict


class Profile(Strict):
    type: OrgType
    #: Default BIV risk profile of a new assessment.
    risk_profile: RiskProfile
    #: Weight factor per BIO2 category (an item with several takes the highest).
    category_factors: dict[Category, float] = Field(min_length=3, max_length=3)
    cbw_entity: CbwEntity
    #: Message keys of the bodies the report is addressed to, e.g. college and raad.
    addressees: tuple[str, ...] = Field(min_length=1)
    #: Which accountability statement wording the report uses (a message key suffix).
    statement: Literal[
        "collegeverklaring", "gs-verklaring", "icv-rijk", "db-verklaring", "bestuursverklaring",
    ]
    #: Who signs the statement (message key).
    signatory: str
