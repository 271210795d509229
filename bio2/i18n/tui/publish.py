"""TUI messages of issue 15: the scope field of the details screen and the publish
preview (``tui.details.scope*``, ``tui.publish.*``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.details.scope": ("Reikwijdte ISMS", "ISMS scope"),
    "tui.details.scope_hint": (
        "Wat het ISMS omvat (vrije tekst, wordt gepubliceerd met de VvT).",
        "What the ISMS covers (free text, published with the VvT)."),
    "tui.details.scope_conflict": (
        "De reikwijdte is intussen door een ander gewijzigd; open de gegevens opnieuw.",
        "Someone else changed the scope meanwhile; open the details again."),
    "tui.publish.title": ("Voorbeeld: wat gepubliceerd wordt", "Preview: what will be published"),
    "tui.publish.hint": ("w schrijft {path}; s status per maatregel aan/uit; Esc sluit.",
                         "w writes {path}; s status per control on/off; Esc closes."),
    "tui.publish.write": ("schrijven", "write"),
    "tui.publish.status": ("status aan/uit", "status on/off"),
    "tui.publish.written": ("Gepubliceerd: {path}", "Published: {path}"),
}
