"""The audit view of one item: the auditor's status, opzet/bestaan/werking, finding,
name and date beside the self-assessment's status (``A`` toggles it with the form).

Every value is user or auditor text and goes in as plain ``Text``, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.widgets import Static

from bio2.analysis.auditdiff import differs
from bio2.i18n import t
from bio2.usecases.editing import Session


def render_audit(session: Session, item_id: str) -> Text:
    data = session.data
    own = session.answers.get(item_id)
    audit = data.audit.get(item_id)
    text = Text(t("tui.audit.title") + "\n", style="bold")
    if data.auditor is None and not data.audit:
        text.append(t("tui.audit.none"), style="dim")
        return text
    name, when = data.auditor or ("-", None)
    text.append(t("tui.audit.by") + " ", style="dim")
    text.append(name)
    text.append(f"  {t('tui.audit.date')} ", style="dim")
    text.append(when or t("tui.audit.no_date"))
    own_status = own.status if own is not None else "open"
    text.append(f"\n{t('tui.audit.own_status')}: ", style="dim")
    text.append(t(f"status.{own_status}"))
    if audit is None:
        text.append("\n" + t("tui.audit.not_judged"), style="dim")
        return text
    text.append(f"\n{t('tui.audit.auditor_status')}: ", style="dim")
    text.append(t(f"status.{audit.status}"), style="bold")
    if differs(own, audit):
        text.append("  ≠ " + t("tui.audit.differs"), style="bold red")
    verdicts = []
    for name in ("opzet", "bestaan", "werking"):
        value = getattr(audit, name)
        verdicts.append(f"{t(f'tui.field.{name}')}: "
                        f"{t(f'tui.judgement.{value}') if value else '-'}")
    text.append("\n" + " · ".join(verdicts))
    for label, value in ((t("tui.audit.finding"), audit.finding),
                         (t("tui.audit.explanation"), audit.explanation)):
        if value:
            text.append(f"\n{label}: ", style="dim")
            text.append(value)
    return text


class AuditPanel(Static):
    """Shown instead of the answer form while the audit view is on."""

    def show(self, session: Session, item_id: str) -> None:
        self.update(Content.from_rich_text(render_audit(session, item_id)))
