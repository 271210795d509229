"""Rules the answer form shows beside a status, the same as ``bio2 validate`` gives
(no textual here, so they are tested as plain functions). The rules themselves live in
:mod:`bio2.domain.rules`; this turns them into the form's messages."""

from __future__ import annotations

from bio2.domain.catalog import Item
from bio2.domain.rules import status_breach
from bio2.i18n import t


def status_warnings(item: Item, status: str, control_applicable: bool) -> dict[str, str]:
    """Warnings for the status field of ``item``: the answer file's two status rules
    (:func:`bio2.domain.rules.status_breach`), in the answer file's words
    (``answers.control_not_applicable``, ``answers.nvt_rule``)."""
    breach = status_breach(item, status, control_applicable)
    if breach is None:
        return {}
    return {breach.field: t(f"answers.{breach.code}", control=breach.control)}
