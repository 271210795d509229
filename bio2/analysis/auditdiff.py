"""Where the auditor's view of an item differs from the self-assessment (no textual here).

Used by the TUI's item tree (a mark), its filter "wijkt af van audit" and the audit view of
the item panel.

Decision where the issue is silent: an item *differs* when the audit view has an answer
for it with a status other than ``open`` and that status is not the self-assessment's
status (an unanswered self-assessment counts as ``open``). An auditor's ``open`` means
"not judged" and is no difference; neither is an item the audit file left out. Only the
status counts: opzet/bestaan/werking and a finding alone do not make an item differ.
"""

from __future__ import annotations

from collections.abc import Mapping

from bio2.domain.answers import Answer

#: The tree's mark for an item where the audit differs (a symbol: it reads without colour).
MARK = "≠"


def differs(own: Answer | None, audit: Answer | None) -> bool:
    """True when the auditor judged the item and gave another status (see module doc)."""
    if audit is None or audit.status == "open":
        return False
    return audit.status != (own.status if own is not None else "open")


def differing(answers: Mapping[str, Answer], audit: Mapping[str, Answer]) -> list[str]:
    """The item ids where the audit differs, in the order of ``audit``."""
    return [key for key, found in audit.items() if differs(answers.get(key), found)]
