"""``bio2 export --format csv``: one row per catalog item, for spreadsheet users.

Decisions (the issue asks for "what a spreadsheet user expects"):

- UTF-8 with a byte order mark and ``;`` as separator, rows ending in CRLF: Excel with
  Dutch regional settings opens it right with a double click (ë, €, ij intact).
- Numbers (gewicht, restrisico) with a decimal comma in Dutch and a point in English,
  so Excel reads them as numbers under the matching regional settings.
- Column headers and display values follow ``--lang`` (Dutch by default); dates are ISO.
- Text that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
  ``'`` so a spreadsheet shows it as text instead of running it as a formula: these
  files travel between organisations (CSV injection). The start is looked for after
  leading blanks and invisible characters (spaces, no-break and zero-width spaces, BOM,
  bidi and other format or control characters), which spreadsheets skip, and the
  full-width forms ``＝ ＋ － ＠`` count too. Every such cell is guarded, numbers included:
  an id like ``-1-1`` stays text instead of becoming the formula ``-1-1 = -2``.
- Weight and residual risk follow ``bio2.analysis.scoring`` with the profile of the
  organisation's type, exactly as ``bio2 score`` computes them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date

from bio2.analysis.scoring import score
from bio2.catalog.loading import load_catalog
from bio2.catalog.profiles import load_profile
from bio2.domain.answers import AnswerFile
from bio2.domain.scorecard import Scorecard
from bio2.i18n import pick, t

BOM = "\ufeff"
_FORMULA_CHARS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")

COLUMNS = (
    "item", "title", "kind", "theme", "control", "categories", "nis2", "status",
    "explanation", "owner", "due", "weight", "residual", "accepted_until", "evidence",
    "opzet", "bestaan", "werking", "finding",
)


def scorecard_of(model: AnswerFile, today: date | None = None) -> Scorecard:
    """Score an answer file without a database: its catalog, its VvT, its risk profile
    (or the profile default) and the category factors of its organisation type."""
    catalog = load_catalog(model.catalog)
    profile = load_profile(model.organisation.type)
    return score(catalog, {a.item: a for a in model.answers},
                 {a.control: a for a in model.applicability},
                 model.risk_profile or profile.risk_profile, profile.category_factors,
                 today or date.today())


def text_cell(value: str | None) -> str:
    """A text cell that a spreadsheet will not run as a formula (rule in the docstring)."""
    if not value:
        return ""
    start = next((c for c in value if not _skipped(c)), "")
    return "'" + value if start in _FORMULA_CHARS or value[0] in "\t\r" else value


def _skipped(char: str) -> bool:
    """Blank or invisible: what a spreadsheet may skip before it looks for a formula."""
    import unicodedata

    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def number_cell(value: float | None, digits: int = 2) -> str:
    """A number a spreadsheet reads as a number, in the current language (the one helper,
    :meth:`bio2.i18n.numbers.Formatter.plain`: no thousands separator)."""
    from bio2.i18n.numbers import current

    return current().plain(value, digits)


def write_rows(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A whole CSV document: BOM, ``;``-separated, CRLF, quoting where needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return BOM + buffer.getvalue()


def to_csv(model: AnswerFile) -> str:
    """The answer file as CSV text (BOM included), one row per catalog item."""
    catalog = load_catalog(model.catalog)
    card = scorecard_of(model)
    answers = {a.item: a for a in model.answers}
    rows = []
    for item in catalog.items.values():
        answer = answers.get(item.id)
        scored = card.items[item.id]
        status = "excluded" if scored.excluded_by_vvt else scored.status
        acceptance = answer.acceptance if answer else None
        evidence = "; ".join(
            e.ref + (f" ({e.date.isoformat()})" if e.date else "")
            for e in (answer.evidence if answer else ()))
        rows.append([
            item.id, text_cell(pick(item.title, item.title_en)), t(f"kind.{item.kind}"),
            t(f"theme.{item.theme}"), item.control or "",
            ", ".join(t(f"category.{c}") for c in item.categories), ", ".join(item.nis2),
            t(f"status.{status}"), text_cell(answer.explanation if answer else None),
            text_cell(answer.owner if answer else None),
            answer.due.isoformat() if answer and answer.due else "",
            number_cell(scored.weight.value), number_cell(scored.residual),
            acceptance.until.isoformat() if acceptance else "", text_cell(evidence),
            (answer.opzet or "") if answer else "", (answer.bestaan or "") if answer else "",
            (answer.werking or "") if answer else "",
            text_cell(answer.finding if answer else None),
        ])
    return write_rows([t(f"csv.col.{c}") for c in COLUMNS], rows)
