"""Rules the answer form shows beside a status, the same as ``bio2 validate`` gives
(no textual here, so they are tested as plain functions)."""

from __future__ import annotations

from bio2.domain.catalog import Item
from bio2.i18n import t


def status_warnings(item: Item, status: str, control_applicable: bool) -> dict[str, str]:
    """Warnings for the status field of ``item``: the answer file's two status rules.

    - A status other than ``nvt``/``open`` on a control the VvT excludes does not count
      (``answers.control_not_applicable``, as ``bio2 validate`` warns).
    - ``nvt`` on a measure of an applicable control breaks the BIO2 rule
      (``answers.nvt_rule``)."""
    if item.control is not None and not control_applicable:
        if status not in ("nvt", "open"):
            return {"status": t("answers.control_not_applicable", control=item.control)}
        return {}
    if status == "nvt" and item.kind == "measure":
        return {"status": t("answers.nvt_rule", control=item.control)}
    return {}
