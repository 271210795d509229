"""Storing the user's official BIO2 text (``bio2 catalog import-official``).

Reading and comparing the file is :mod:`bio2.catalog.official`; this use case stores the
texts when the file has no errors, replacing that catalog's earlier texts.
"""

from __future__ import annotations

from pathlib import Path

from bio2.catalog.files import available
from bio2.catalog.loading import load_catalog
from bio2.catalog.official import LAYOUT_CATALOG, MAX_BYTES, ImportReport, compare, read_bytes
from bio2.domain.errors import Bio2Error
from bio2.domain.records import OfficialText
from bio2.i18n import t
from bio2.store import Store
from bio2.store.official import replace_official_texts
from bio2.system.fileio import FileProblem, read_input


def import_official(store: Store, path: str, catalog_id: str | None = None) -> ImportReport:
    """Read ``path``, match it with a catalog (given, or recognised from the layout) and,
    when the file has no errors, replace that catalog's official texts in ``store``.

    ``report.ok`` tells whether anything was stored. Unknown catalog ids and unreadable
    files raise :class:`OfficialError`.
    """
    try:
        raw = read_input(path, MAX_BYTES)
    except FileProblem as exc:
        raise OfficialError(t("official.cannot_read", file=path, reason=exc)) from None
    parsed = read_bytes(raw, path)
    chosen = catalog_id or LAYOUT_CATALOG[parsed.layout]
    if chosen not in available():
        raise OfficialError(t("official.unknown_catalog", id=chosen,
                              known=", ".join(available())))
    report = compare(parsed, load_catalog(chosen))
    if report.ok:
        source = Path(path).name
        replace_official_texts(store, chosen, (
            OfficialText(catalog=chosen, item=i.item, number=i.number, text=i.text,
                         categories=i.categories, source=source, sha256=parsed.sha256)
            for i in report.matched))
    return report


class OfficialError(Bio2Error):
    """The file cannot be read at all, or the catalog is unknown (one line, exit 2)."""
