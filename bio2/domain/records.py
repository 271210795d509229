"""The read model: organisation, assessment and official text as the layers above see them.

Decision (issue 12): ``report/`` and ``tui/`` read these typed records, never raw rows of
the store; ``bio2.store`` builds them from its rows and the use cases hand them on (see
:class:`bio2.usecases.opening.AssessmentData`). Frozen dataclasses, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the read path of ``bio2 cbw`` loads no pydantic
    from bio2.domain.answers import RiskProfile
    from bio2.domain.registration import Registration
    from bio2.domain.vocab import CbwEntity, OrgType

#: The history and revision key of an assessment's risk profile (answers use the item id,
#: VvT decisions ``vvt:<control>``, the Cbw registration ``registration``).
RISK_PROFILE = "risk_profile"


@dataclass(frozen=True)
class OrganisationRecord:
    """An organisation as stored: its answer-file fields, the marking of its reports and
    its Cbw registration (parsed; ``None`` when it has none yet)."""

    id: str
    name: str
    type: OrgType
    cbw_entity: CbwEntity | None = None
    #: The marking printed on every page of its reports (``None``: the default).
    classification: str | None = None
    registration: Registration | None = None


@dataclass(frozen=True)
class AssessmentRecord:
    """One assessment: an organisation's self-assessment of a period on a catalog."""

    id: int
    org_id: str
    period: str
    catalog: str
    profile: str
    assessor: str
    #: The date of the assessment (ISO), as the cover prints it; ``None`` when not given.
    date: str | None
    risk_profile: RiskProfile
    created: str
    updated: str
    #: The scope statement of the ISMS (issue 15; ``bio2.store.scope``), None when none.
    scope: str | None = None


@dataclass(frozen=True)
class OfficialText:
    """The official BIO2 text of one item that the user imported (``catalog
    import-official``); shown beside our own guidance, marked with its source."""

    catalog: str
    item: str
    #: The number of the heading in the source, e.g. ``5.03.01`` for item ``5.3``.
    number: str
    text: str
    #: The categories as the source gives them (``None``: the source has none).
    categories: tuple[str, ...] | None
    #: File name of the source (no folder: it may name a user's home directory).
    source: str
    sha256: str
    #: Empty when building a text to store: the time of storing is used.
    imported_at: str = ""
