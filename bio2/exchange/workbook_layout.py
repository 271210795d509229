"""The layout of a bio2 workbook (``bio2-workbook/1``), shared by writer and reader.

Decisions (issue 14 left them open):

- Columns are found by their header text (Dutch or English), not by position, so an
  inserted column or re-sorted rows do not break the import; an unknown column is ignored
  with a warning.
- A row is compared through its *projection*: the editable values exactly as they stand
  in the cells (status code, texts, ISO dates, whole numbers, one evidence per line as
  ``ref`` or ``ref (YYYY-MM-DD)``). The hidden sheet keeps the SHA-256 of each row's
  projection at export. Reading normalises cells to the same projection, so an untouched
  row (also one that LibreOffice or Excel saved again with other types) compares equal.
- Characters XML cannot hold (C0 controls but tab, line feed and carriage return) are
  written as ``\\xNN`` text; the projection uses that written form on both sides.
- The hidden sheet carries a digest over its own content. It is not security (anyone can
  recompute it); it catches a sheet that was edited by hand or copied from another
  workbook, which would otherwise merge answers into the wrong assessment.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from bio2.domain.answers import Answer

FORMAT = "bio2-workbook/1"
META_SHEET = "bio2"
#: Sheet names per language (the reader accepts both).
ANSWERS_SHEETS = {"nl": "Antwoorden", "en": "Answers"}
HELP_SHEETS = {"nl": "Uitleg", "en": "Instructions"}

#: (key, Dutch header, English header, editable) in the order they are written.
COLUMNS: tuple[tuple[str, str, str, bool], ...] = (
    ("item", "Item", "Item", False),
    ("title", "Titel", "Title", False),
    ("guidance", "Toelichting bio2", "bio2 guidance", False),
    ("status", "Status", "Status", True),
    ("explanation", "Toelichting", "Explanation", True),
    ("owner", "Eigenaar", "Owner", True),
    ("due", "Streefdatum", "Due date", True),
    ("evidence", "Bewijs", "Evidence", True),
    ("likelihood", "Kans (1-5)", "Likelihood (1-5)", True),
    ("impact", "Impact (1-5)", "Impact (1-5)", True),
    ("accepted_by", "Risico geaccepteerd door", "Risk accepted by", True),
    ("accepted_until", "Acceptatie geldig tot", "Acceptance valid until", True),
    ("acceptance_reason", "Reden acceptatie", "Acceptance reason", True),
    ("acceptance_risk_ref", "Verwijzing risicoanalyse", "Risk analysis reference", True),
)
KEYS = tuple(c[0] for c in COLUMNS)
EDITABLE = tuple(c[0] for c in COLUMNS if c[3])
LOCKED = tuple(c[0] for c in COLUMNS if not c[3])
DATE_KEYS = ("due", "accepted_until")
SCORE_KEYS = ("likelihood", "impact")

#: What openpyxl refuses in a cell (XML 1.0 cannot hold it).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_EVIDENCE_LINE = re.compile(r"^(?P<ref>.*?)(?: \((?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})\))?$")


def header(key: str, lang: str) -> str:
    for k, nl, en, _ in COLUMNS:
        if k == key:
            return en if lang == "en" else nl
    raise KeyError(key)


def header_keys() -> dict[str, str]:
    """Header text (lower case, trimmed, either language) -> column key."""
    found: dict[str, str] = {}
    for key, nl, en, _ in COLUMNS:
        found[nl.casefold()] = key
        found[en.casefold()] = key
    return found


def cell_text(value: str | None) -> str | None:
    """Text as it goes into a cell: XML-illegal characters as ``\\xNN``; CRLF as LF
    (spreadsheets keep LF inside a cell)."""
    if value is None:
        return None
    value = value.replace("\r\n", "\n")
    return _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def evidence_text(answer: Answer) -> str | None:
    lines = [e.ref + (f" ({e.date.isoformat()})" if e.date else "") for e in answer.evidence]
    return cell_text("\n".join(lines)) if lines else None


def parse_evidence(text: str) -> list[tuple[str, str | None]]:
    """One evidence per non-empty line: ``(ref, ISO date or None)``."""
    found = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        match = _EVIDENCE_LINE.match(line)
        assert match is not None  # the pattern matches every line
        found.append((match["ref"].strip() or line, match["date"]))
    return found


def projection(answer: Answer | None, item: str) -> dict[str, Any]:
    """The editable values of one row as the writer puts them in the cells."""
    a = answer or Answer(item=item, status="open")
    acc = a.acceptance
    return {
        "status": a.status,
        "explanation": cell_text(a.explanation) or None,
        "owner": cell_text(a.owner) or None,
        "due": a.due.isoformat() if a.due else None,
        "evidence": evidence_text(a),
        "likelihood": a.risk.likelihood if a.risk else None,
        "impact": a.risk.impact if a.risk else None,
        "accepted_by": cell_text(acc.by) if acc else None,
        "accepted_until": acc.until.isoformat() if acc else None,
        "acceptance_reason": cell_text(acc.reason) if acc else None,
        "acceptance_risk_ref": cell_text(acc.risk_ref) if acc and acc.risk_ref else None,
    }


def row_fingerprint(values: Mapping[str, Any]) -> str:
    """SHA-256 of a row's projection (sorted-key JSON, UTF-8)."""
    blob = json.dumps({k: values.get(k) for k in EDITABLE}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def meta_digest(fields: Mapping[str, str], rows: Sequence[tuple[str, str]]) -> str:
    """The digest the hidden sheet carries over its own content (see module docstring)."""
    blob = json.dumps({"fields": dict(sorted(fields.items())), "rows": list(rows)},
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


#: The fields of the hidden sheet, in order (row 1..n: key in A, value in B).
META_FIELDS = ("format", "organisation", "organisation_name", "organisation_type", "period",
               "catalog", "language", "view", "exported_at", "sender", "deadline")
