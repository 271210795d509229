"""The answer file's own field checks, without pydantic: the format tag, ISO dates,
SHA-256 sums and e-mail syntax.

The models in :mod:`bio2.domain.answers` and :mod:`bio2.domain.registration` use these
functions as validators. They live apart, importing only ``pydantic_core`` (for the error
type), so that ``bio2 validate`` can check a file against the committed snapshot of the
models' core schema (``bio2/exchange/answer_snapshot.json``) without importing pydantic:
the snapshot names these functions and the checker imports them from here.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

from pydantic_core import PydanticCustomError

from bio2.domain.dates import suggest_iso

FORMAT: Literal["bio2-answers/1"] = "bio2-answers/1"
#: One line without any control character (C0, DEL, C1): the texts of the board training
#: register. A file that breaks it hears so in words (``bio2.system.problems``).
ONE_LINE = r"^[^\x00-\x1f\x7f-\x9f]+$"
#: One line without line break or tab: the texts of the Cbw registration.
NO_BREAK = r"^[^\r\n\t]+$"
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


def iso_date(value: Any) -> date:
    """Only ``YYYY-MM-DD`` text (or a real date) is a date; a Dutch form such as
    ``31-12-2026`` gets its ISO form suggested."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError(
                "bio2_date_nonexistent", "date does not exist: {value}", {"value": value}
            ) from None
    suggestion = suggest_iso(value) if isinstance(value, str) else None
    if suggestion is not None:  # a Dutch form such as 31-12-2026: say the ISO form
        raise PydanticCustomError("bio2_date_suggest", "not a date (YYYY-MM-DD); "
                                  "did you mean {suggestion}?",
                                  {"value": value[:40], "suggestion": suggestion})
    raise PydanticCustomError("bio2_date", "not a date (YYYY-MM-DD)", {"value": str(value)})


def sha256(value: Any) -> str:
    """64 hexadecimal characters, kept in lower case."""
    if isinstance(value, str) and _SHA256.fullmatch(value):
        return value.lower()
    raise PydanticCustomError("bio2_sha256", "sha256 must be 64 hexadecimal characters", {})


def email_syntax(value: str) -> str:
    """The syntax check OSCAL tools apply (``email-validator``); deliverability is not
    ours to check."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise PydanticCustomError("bio2_email", "not a valid e-mail address: {value}",
                                  {"value": value}) from None
    return value
