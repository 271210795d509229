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
    # -- the register (bio2 incident add|list|show|edit|remove) ------------------------
    "incident.cli.number": ("het nummer van de registratie (zie bio2 incident list)",
                            "the entry's number (see bio2 incident list)"),
    "incident.cli.kind": ("incident (echt) of drill (een oefening van de meldplicht)",
                          "incident (real) or drill (a meldplicht exercise)"),
    "incident.cli.title": ("korte omschrijving, één regel", "short description, one line"),
    "incident.cli.aware_register": (
        "moment van kennisname, met tijdzone (2026-12-01T14:05+01:00)",
        "moment of awareness, with time zone (2026-12-01T14:05+01:00)"),
    "incident.cli.report": (
        "een gedane melding: fase (24h, 72h, final), tijd met tijdzone en ontvangers "
        "(csirt,supervisor); herhaal per fase",
        "a report made: phase (24h, 72h, final), time with time zone and recipients "
        "(csirt,supervisor); repeat per phase"),
    "incident.cli.unreport": ("haal de melding van deze fase weg",
                              "take back the report of this phase"),
    "incident.cli.lessons": ("geleerde lessen (vrije tekst)", "lessons learned (free text)"),
    "incident.cli.add": ("leg een significant incident of een oefening vast",
                         "record a significant incident or a drill"),
    "incident.cli.add.long": (
        "Legt een significant incident of een oefening vast in het register van de "
        "organisatie. Tijden hebben een tijdzone. Of elke fase op tijd was, rekent bio2 uit "
        "(op tijd = vóór de termijn én aan CSIRT en toezichthouder); dat typt u niet.",
        "Records a significant incident or a drill in the organisation's register. Times "
        "carry a time zone. Whether each phase was on time is computed by bio2 (on time = "
        "before the deadline and to both the CSIRT and the supervisor); you do not type it."),
    "incident.cli.list": ("het register met per fase op tijd of te laat",
                          "the register with on time or late per phase"),
    "incident.cli.show": ("één registratie volledig: termijnen, meldingen, lessen",
                          "one entry in full: deadlines, reports, lessons"),
    "incident.cli.edit": ("wijzig velden van een registratie (de rest blijft)",
                          "change fields of an entry (the rest stays)"),
    "incident.cli.remove": ("verwijder een registratie (de historie blijft)",
                            "remove an entry (its history stays)"),
    "incident.cli.yes": ("niet om bevestiging vragen", "do not ask for confirmation"),
    "incident.added": ("Vastgelegd bij {org} als nummer {number}: {title}",
                       "Recorded for {org} as number {number}: {title}"),
    "incident.saved": ("Nummer {number} van {org} bijgewerkt.",
                       "Number {number} of {org} updated."),
    "incident.unchanged": ("Nummer {number} van {org}: niets veranderd.",
                           "Number {number} of {org}: nothing changed."),
    "incident.removed": ("Nummer {number} van {org} verwijderd; de historie bewaart het.",
                         "Number {number} of {org} removed; the history keeps it."),
    "incident.remove_question": ("Nummer {number} ({title}) verwijderen? [j/N] ",
                                 "Remove number {number} ({title})? [y/N] "),
    "incident.none": ("{org} heeft nog geen incidenten of oefeningen vastgelegd.",
                      "{org} has no incidents or drills recorded yet."),
    "incident.col.number": ("Nr", "No"),
    "incident.col.kind": ("Soort", "Kind"),
    "incident.col.aware": ("Kennisname", "Aware"),
    "incident.col.title": ("Omschrijving", "Description"),
    "incident.col.lessons": ("Geleerde lessen", "Lessons learned"),
    "incident.show.head": ("Nummer {number} ({kind}): {title}",
                           "Number {number} ({kind}): {title}"),
    "incident.show.due": ("uiterlijk {when}", "due {when}"),
    "incident.show.reported": ("gemeld {when} aan {to}", "reported {when} to {to}"),
    "incident.err.phase": ("{field}: onbekende fase '{value}'; kies uit {known}",
                           "{field}: unknown phase '{value}'; choose from {known}"),
    "incident.err.phase_twice": ("{field}: deze fase staat er twee keer",
                                 "{field}: this phase is given twice"),
    "incident.err.to_empty": ("{field}: aan wie is gemeld? (csirt, supervisor)",
                              "{field}: reported to whom? (csirt, supervisor)"),
    "incident.err.to_unknown": ("{field}: onbekende ontvanger '{value}'; kies uit {known}",
                                "{field}: unknown recipient '{value}'; choose from {known}"),
    "incident.err.kind": ("{field}: onbekende soort '{value}'; kies uit {known}",
                          "{field}: unknown kind '{value}'; choose from {known}"),
    "incident.err.title_empty": ("{field}: een omschrijving is nodig",
                                 "{field}: a description is required"),
    "incident.err.title_line": ("{field}: de omschrijving is één regel, zonder stuurtekens",
                                "{field}: the description is one line, without control "
                                "characters"),
    "incident.err.too_long": ("{field}: {length} tekens, het maximum is {limit}",
                              "{field}: {length} characters, the maximum is {limit}"),
    "incident.err.future": ("{field}: dit moment ligt in de toekomst; het register legt "
                            "vast wat gebeurd is",
                            "{field}: this moment lies in the future; the register records "
                            "what happened"),
    "incident.err.before_aware": ("{field}: gemeld vóór het moment van kennisname",
                                  "{field}: reported before the moment of awareness"),
    "incident.err.no_entry": ("{org} heeft geen registratie met nummer {number}",
                              "{org} has no entry with number {number}"),
    "incident.cli.with_incidents": (
        "zet omschrijving, oordelen en lessen per incident en oefening in het rapport "
        "(anders alleen aantallen en percentages)",
        "put description, verdicts and lessons per incident and drill in the report "
        "(otherwise only counts and percentages)"),
}
