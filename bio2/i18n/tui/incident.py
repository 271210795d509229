"""TUI messages of the meldplicht register (issue 13 §4): ``tui.incident.*`` and the key
that opens it from the start screen."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.key.incidents": ("meldplicht-register", "incident register"),
    "tui.cmd.incidents": ("Meldplicht-register (incidenten en oefeningen) van de gekozen "
                          "organisatie",
                          "Incident register (incidents and drills) of the chosen "
                          "organisation"),
    "tui.incident.key.add": ("nieuw", "new"),
    "tui.incident.key.edit": ("bewerken", "edit"),
    "tui.incident.key.remove": ("verwijderen", "remove"),
    "tui.incident.title": ("Meldplicht-register van {org}: incidenten en oefeningen",
                           "Incident register of {org}: incidents and drills"),
    "tui.incident.hint": (
        "a nieuw · Enter/e bewerken · d verwijderen · Esc terug. Op tijd of te laat rekent "
        "bio2 uit de tijden; dat typt u niet.",
        "a new · Enter/e edit · d remove · Esc back. On time or late is computed from the "
        "times; you do not type it."),
    "tui.incident.empty": ("Nog niets vastgelegd. Druk a voor een incident of oefening.",
                           "Nothing recorded yet. Press a for an incident or drill."),
    "tui.incident.col.date": ("Kennisname", "Aware"),
    "tui.incident.col.24h": ("24 uur", "24 h"),
    "tui.incident.col.72h": ("72 uur", "72 h"),
    "tui.incident.col.final": ("Eindverslag", "Final"),
    "tui.incident.short.on_time": ("op tijd", "on time"),
    "tui.incident.short.late": ("te laat", "late"),
    "tui.incident.short.incomplete": ("onvolledig", "incomplete"),
    "tui.incident.short.pending": ("loopt", "running"),
    "tui.incident.short.overdue": ("niet gemeld", "missed"),
    "tui.incident.detail.phase": ("{phase}: {verdict}; uiterlijk {due}",
                                  "{phase}: {verdict}; due {due}"),
    "tui.incident.detail.reported": ("  gemeld {when} aan {to}", "  reported {when} to {to}"),
    "tui.incident.form.new": ("Nieuw incident of nieuwe oefening", "New incident or drill"),
    "tui.incident.form.edit": ("Registratie {number} bewerken", "Edit entry {number}"),
    "tui.incident.form.hint": (
        "Tijden met tijdzone: 2026-12-01T14:05+01:00 (winter), +02:00 (zomer) of Z. Een "
        "fase zonder melding laat u leeg.",
        "Times with a time zone: 2026-12-01T14:05+01:00 (winter), +02:00 (summer) or Z. "
        "Leave a phase without a report empty."),
    "tui.incident.field.kind": ("Soort", "Kind"),
    "tui.incident.field.title": ("Omschrijving", "Description"),
    "tui.incident.field.aware": ("Kennisname", "Aware"),
    "tui.incident.field.report.24h": ("Gemeld 24 uur", "Reported 24 h"),
    "tui.incident.field.report.72h": ("Gemeld 72 uur", "Reported 72 h"),
    "tui.incident.field.report.final": ("Eindverslag", "Final report"),
    "tui.incident.field.lessons": ("Geleerde lessen", "Lessons learned"),
    "tui.incident.field.phase": ("Fase", "Phase"),
    "tui.incident.to.csirt": ("CSIRT", "CSIRT"),
    "tui.incident.to.supervisor": ("toezichthouder", "supervisor"),
    "tui.incident.conflict": (
        "Iemand anders heeft deze registratie intussen gewijzigd of verwijderd; er is niets "
        "opgeslagen. Sluit het formulier (uw invoer staat er nog) en open haar opnieuw.",
        "Someone else changed or removed this entry meanwhile; nothing was saved. Close "
        "the form (your input is still there) and open it again."),
    "tui.incident.saved": ("Registratie {number} opgeslagen.", "Entry {number} saved."),
    "tui.incident.remove_title": ("Registratie verwijderen", "Remove entry"),
    "tui.incident.remove_question": (
        "Registratie {number} ({title}) verwijderen? De historie van de organisatie "
        "bewaart wat er stond.",
        "Remove entry {number} ({title})? The organisation's history keeps what it said."),
    "tui.incident.removed": ("Registratie {number} verwijderd.", "Entry {number} removed."),
    "tui.incident.no_org": ("Kies eerst een organisatie.", "Choose an organisation first."),
    "tui.incident.discard_title": ("Invoer weggooien?", "Discard the input?"),
    "tui.incident.discard_question": (
        "U hebt in dit formulier iets gewijzigd dat niet is opgeslagen. Weggooien, of terug "
        "naar het formulier?",
        "You changed something in this form that is not saved. Discard it, or go back to "
        "the form?"),
    "tui.incident.discard": ("Weggooien", "Discard"),
}
