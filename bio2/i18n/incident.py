"""Messages of the meldplicht deadlines and the incident register (issue 13 §4):
``incident.*`` (``bio2 incident``, shared by the TUI and the report for the words of the
phases, verdicts and recipients)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- words ------------------------------------------------------------------------
    "incident.phase.24h": ("vroegtijdige waarschuwing (24 uur)", "early warning (24 hours)"),
    "incident.phase.72h": ("incidentmelding (72 uur)", "incident notification (72 hours)"),
    "incident.phase.final": ("eindverslag (een maand na de melding)",
                             "final report (one month after the notification)"),
    "incident.phase_short.24h": ("24 uur", "24 hours"),
    "incident.phase_short.72h": ("72 uur", "72 hours"),
    "incident.phase_short.final": ("eindverslag", "final report"),
    "incident.verdict.on_time": ("op tijd", "on time"),
    "incident.verdict.late": ("te laat", "late"),
    "incident.verdict.incomplete": ("op tijd, niet aan beide", "in time, not to both"),
    "incident.verdict.pending": ("nog niet verstreken", "not yet due"),
    "incident.verdict.overdue": ("niet gemeld, termijn verstreken", "not reported, overdue"),
    "incident.kind.incident": ("incident", "incident"),
    "incident.kind.drill": ("oefening", "drill"),
    "incident.to.csirt": ("CSIRT van de entiteit", "the entity's CSIRT"),
    "incident.to.supervisor": ("toezichthouder", "supervisor"),
    "incident.weekdays": ("ma,di,wo,do,vr,za,zo", "Mon,Tue,Wed,Thu,Fri,Sat,Sun"),
    "incident.when": ("{weekday} {date} {clock} {zone}", "{weekday} {date} {clock} {zone}"),
    # -- bio2 incident deadlines ------------------------------------------------------
    "incident.cli": ("meldplicht: termijnen berekenen en het register van incidenten en "
                     "oefeningen bijhouden",
                     "reporting duty: compute deadlines and keep the register of incidents "
                     "and drills"),
    "incident.cli.deadlines": (
        "de drie meldtermijnen vanaf het moment van kennisname, in Nederlandse tijd",
        "the three reporting deadlines from the moment of awareness, in Dutch time"),
    "incident.cli.deadlines.long": (
        "Berekent de vroegtijdige waarschuwing (24 uur), de incidentmelding (72 uur) en het "
        "eindverslag (een maand na de melding) in de tijd van Europe/Amsterdam, zomer- en "
        "wintertijd meegerekend. Uren zijn verstreken uren: over een tijdwissel schuift de "
        "kloktijd een uur. Een maand loopt tot dezelfde dag van de volgende maand, of de "
        "laatste dag als die maand korter is (31 januari wordt 28 of 29 februari). Zonder "
        "--notified telt het eindverslag vanaf de uiterste meldtermijn.",
        "Computes the early warning (24 hours), the incident notification (72 hours) and "
        "the final report (one month after the notification) in Europe/Amsterdam time, "
        "summer time included. Hours are elapsed hours: across a change of summer time the "
        "clock time moves by an hour. A month runs to the same day of the next month, or "
        "its last day when that month is shorter (31 January becomes 28 or 29 February). "
        "Without --notified the final report counts from the notification deadline."),
    "incident.cli.aware": (
        "moment van kennisname, ISO 8601 (2026-12-01T14:05); zonder +01:00 of Z geldt de "
        "kloktijd in Amsterdam (een dubbel of overgeslagen uur: het vroegste moment)",
        "moment of awareness, ISO 8601 (2026-12-01T14:05); without +01:00 or Z it is the "
        "clock time in Amsterdam (a repeated or skipped hour: the earliest instant)"),
    "incident.cli.notified": (
        "wanneer de incidentmelding is gedaan (dan telt het eindverslag vanaf dat moment)",
        "when the incident notification was made (the final report then counts from it)"),
    "incident.cli.format": ("uitvoer als tekst of JSON", "output as text or JSON"),
    "incident.deadlines.aware": ("Kennisname", "Aware"),
    "incident.deadlines.shifted": (
        "* Zomer- of wintertijd ligt ertussen: de uren zijn verstreken uren, dus de "
        "kloktijd schuift een uur.",
        "* A change of summer time lies between: hours are elapsed hours, so the clock "
        "time moves by an hour."),
    "incident.deadlines.from_notified": (
        "Het eindverslag telt vanaf de gedane melding ({when}).",
        "The final report counts from the notification as made ({when})."),
    "incident.deadlines.from_deadline": (
        "Het eindverslag telt hier vanaf de uiterste meldtermijn; gaat de melding eerder "
        "uit, dan is het een maand na dat moment (--notified).",
        "Here the final report counts from the notification deadline; when the "
        "notification goes out earlier, it is due one month after that (--notified)."),
    "incident.deadlines.recipients": (
        "Elke melding gaat naar het CSIRT van de entiteit en naar de toezichthouder.",
        "Send every report to two recipients: the entity's CSIRT and the supervisor."),
    # -- bad input ----------------------------------------------------------------------
    "incident.err.time.empty": ("{field}: geen tijd opgegeven", "{field}: no time given"),
    "incident.err.time.format": (
        "{field}: '{value}' is geen datum met tijd (ISO 8601, bijvoorbeeld "
        "2026-12-01T14:05+01:00)",
        "{field}: '{value}' is not a date with a time (ISO 8601, for example "
        "2026-12-01T14:05+01:00)"),
    "incident.err.time.no_zone": (
        "{field}: '{value}' heeft geen tijdzone; schrijf bijvoorbeeld +01:00 (wintertijd), "
        "+02:00 (zomertijd) of Z erachter",
        "{field}: '{value}' has no time zone; add for example +01:00 (winter), +02:00 "
        "(summer) or Z"),
    "incident.err.notified_before_aware": (
        "--notified ligt vóór het moment van kennisname",
        "--notified lies before the moment of awareness"),
}
