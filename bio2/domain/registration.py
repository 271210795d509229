"""Cbw registration data of an organisation (the registratieplicht).

An entity under the Cbw registers with the competent authority: who it is, what kind of
entity, which sector, whom to call about an incident and which services it delivers. bio2
keeps these data per organisation, carries them in answer files (``organisation.
registration``) and shows them in exports and reports. Pure model, no I/O.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StrictStr

from bio2.domain.base import OrgType, Strict
from bio2.domain.field_checks import NO_BREAK, email_syntax, iso_date

#: One ``@``, no spaces, a dot in the domain; and then the same syntax check OSCAL tools
#: apply (``email-validator``, which pydantic's ``EmailStr`` uses in compliance-trestle):
#: an address bio2 accepts must never make the OSCAL export invalid (``jan..jansen@...``,
#: a dot at either end of the local part, an empty domain label). Deliverability is not
#: ours to check.
EMAIL = r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"
#: Digits with the usual separators; ``+31`` or a leading ``0`` both fine.
PHONE = r"^\+?[0-9][0-9 ()\-]{5,24}$"

Line = Annotated[StrictStr, Field(min_length=1, max_length=200, pattern=NO_BREAK)]


class IncidentContact(Strict):
    """The person the CSIRT and the supervisor reach about incidents."""

    name: Line
    email: Annotated[StrictStr, Field(max_length=254, pattern=EMAIL),
                     AfterValidator(email_syntax)]
    phone: Annotated[StrictStr, Field(pattern=PHONE)]


class Registration(Strict):
    """What the entity registers under the Cbw."""

    #: Legal name of the entity as registered (may differ from the display name).
    entity_name: Line
    #: Kind of government organisation (the same vocabulary as ``organisation.type``).
    entity_type: OrgType
    #: Essential or important entity; government layers are essential by law.
    entity: Literal["essentieel", "belangrijk"]
    sector: Literal["overheid"] = "overheid"
    incident_contact: IncidentContact
    #: The services the entity delivers that fall under the Cbw.
    services: tuple[Line, ...] = Field(min_length=1, max_length=100)
    #: When the registration was filed with the competent authority, if it was.
    registered_on: Annotated[date, BeforeValidator(iso_date)] | None = None
