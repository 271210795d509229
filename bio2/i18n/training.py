"""Messages of the board training register (Cbw art. 24; issue 13 §4): ``training.*``.

One namespace for the answer file, the store, the TUI screen and the report chapter, so
the words for the register stay the same wherever a user meets them.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- rules (answer file, TUI field) ----------------------------------------------------
    "training.breach.duplicate_member": (
        "bestuurder {value} staat al in het register (namen tellen zonder verschil in "
        "hoofdletters en spaties)",
        "board member {value} is already in the register (names compare without regard "
        "to case and spacing)"),
    "training.breach.unknown_member": (
        "{value} staat niet bij de bestuurders van dit register; voeg hem of haar eerst toe",
        "{value} is not among the board members of this register; add them first"),
    "training.breach.no_date": (
        "geef een datum, of een begin- en einddatum",
        "give a date, or a start and an end date"),
    "training.breach.two_dates": (
        "geef een datum óf een begin- en einddatum, niet allebei",
        "give either a date or a start and end date, not both"),
    "training.breach.start_without_end": (
        "een cursus van meer dagen heeft een begin- én een einddatum",
        "a course over several days has both a start and an end date"),
    "training.breach.end_before_start": (
        "de einddatum {value} ligt vóór de begindatum",
        "the end date {value} is before the start date"),
    "training.breach.future": (
        "datum {value} ligt in de toekomst; leg een opleiding vast als zij gevolgd is",
        "date {value} is in the future; record a training once it has been followed"),
    "training.line_rule": (
        "één regel tekst, zonder stuurtekens (geen regeleinde, tab of ESC)",
        "one line of text, without control characters (no line break, tab or ESC)"),
    "training.topics_required": ("geef ten minste één onderwerp (scheid ze met ;)",
                                 "give at least one topic (separate them with ;)"),
    "training.store_refused": (
        "Het opleidingsregister van {org} heeft {count} fout(en); er is niets opgeslagen.",
        "The training register of {org} has {count} error(s); nothing was stored."),
    "training.unknown_org": ("Organisatie {org} bestaat niet.",
                             "Organisation {org} does not exist."),
    # -- the rule in words -----------------------------------------------------------------
    "training.rule": (
        "Regel: een bestuurder is achter als hij of zij in de {months} maanden vóór de "
        "peildatum {today} geen opleiding heeft afgerond, dus geen opleiding met een "
        "laatste dag op of na {cutoff}. De organisatie stelt deze termijn zelf in, in het "
        "opleidingsregister.",
        "Rule: a board member is overdue when they completed no training in the {months} "
        "months before the reference date {today}, that is no training whose last day is "
        "on or after {cutoff}. The organisation sets this period itself, in the training "
        "register."),
    "training.overdue.yes": ("ja, achter", "yes, overdue"),
    "training.overdue.no": ("nee", "no"),
    "training.last.none": ("geen opleiding vastgelegd", "no training recorded"),
    # -- report chapter --------------------------------------------------------------------
    "training.report.title": ("Opleidingsregister van het bestuur (Cbw art. 24)",
                              "Board training register (Cbw art. 24)"),
    "training.report.lead": (
        "Bestuurders volgen opleiding om cyberrisico's en de maatregelen ertegen te kunnen "
        "beoordelen. Dit overzicht komt uit het opleidingsregister van de organisatie.",
        "Board members follow training so that they can judge cyber risks and the "
        "measures against them. This summary comes from the organisation's training "
        "register."),
    "training.report.none": (
        "Er is geen opleidingsregister vastgelegd; of het bestuur is opgeleid, kan dit "
        "rapport niet zeggen.",
        "No training register has been recorded; this report cannot say whether the board "
        "has been trained."),
    "training.report.no_members": (
        "Het opleidingsregister noemt geen bestuurders.",
        "The training register names no board members."),
    "training.report.counts": (
        "{members} bestuurder(s), van wie {overdue} achter.",
        "{members} board member(s), {overdue} of them overdue."),
    "training.col.name": ("Bestuurder", "Board member"),
    "training.col.role": ("Rol", "Role"),
    "training.col.last": ("Laatste opleiding", "Latest training"),
    "training.col.count": ("Aantal", "Count"),
    "training.col.overdue": ("Achter", "Overdue"),
    "training.col.date": ("Datum", "Date"),
    "training.col.topics": ("Onderwerpen", "Topics"),
    "training.col.provider": ("Aanbieder", "Provider"),
    "training.col.certificate": ("Certificaat", "Certificate"),
    # -- TUI ---------------------------------------------------------------------------------
    "training.tui.key": ("bestuursopleiding", "board training"),
    "training.tui.cmd": ("Opleidingsregister van het bestuur (Cbw art. 24) van de gekozen "
                         "organisatie",
                         "Board training register (Cbw art. 24) of the chosen organisation"),
    "training.tui.title": ("Opleidingsregister bestuur · {org}",
                           "Board training register · {org}"),
    "training.tui.hint": (
        "Tab wisselt tussen bestuurders en hun opleidingen; Enter wijzigt de regel.",
        "Tab switches between members and their trainings; Enter edits the row."),
    "training.tui.last_none": ("geen", "none"),
    "training.tui.period_line": (
        "Termijn {months} maanden: achter = geen opleiding afgerond op of na {cutoff}. "
        "{overdue} van {members} achter.",
        "Period {months} months: overdue = no training completed on or after {cutoff}. "
        "{overdue} of {members} overdue."),
    "training.tui.none": ("Nog geen bestuurders vastgelegd. Druk op a om er een toe te "
                          "voegen.",
                          "No board members recorded yet. Press a to add one."),
    "training.tui.no_trainings": ("Geen opleidingen vastgelegd voor {name}.",
                                  "No trainings recorded for {name}."),
    "training.tui.trainings_of": ("Opleidingen van {name}", "Trainings of {name}"),
    "training.tui.overdue_word": ("ACHTER", "OVERDUE"),
    "training.tui.add_member": ("Bestuurder toevoegen", "Add board member"),
    "training.tui.edit_member": ("Bestuurder wijzigen: {name}", "Edit board member: {name}"),
    "training.tui.add_training": ("Opleiding toevoegen voor {name}",
                                  "Add training for {name}"),
    "training.tui.edit_training": ("Opleiding wijzigen van {name}",
                                   "Edit training of {name}"),
    "training.tui.training_hint": (
        "Eén dag: vul Datum in. Meer dagen: Begin en Einde. Onderwerpen scheiden met ;",
        "One day: fill in Date. Several days: Start and End. Separate topics with ;"),
    "training.tui.field.name": ("Naam", "Name"),
    "training.tui.field.role": ("Rol", "Role"),
    "training.tui.field.date": ("Datum", "Date"),
    "training.tui.field.start": ("Begin", "Start"),
    "training.tui.field.end": ("Einde", "End"),
    "training.tui.field.topics": ("Onderwerpen", "Topics"),
    "training.tui.field.provider": ("Aanbieder", "Provider"),
    "training.tui.field.certificate": ("Certificaat", "Certificate"),
    "training.tui.period_title": ("Termijn in maanden (1-60; nu {months})",
                                  "Period in months (1-60; now {months})"),
    "training.tui.period_invalid": ("Termijn {value!r} is geen geheel getal van 1 tot en met "
                                    "60; er is niets opgeslagen.",
                                    "Period {value!r} is not a whole number from 1 to 60; "
                                    "nothing was stored."),
    "training.tui.member_gone": (
        "{name} staat niet meer in het register (intussen door een ander gewijzigd).",
        "{name} is no longer in the register (changed by someone else meanwhile)."),
    "training.tui.training_gone": (
        "Deze opleiding is intussen door een ander gewijzigd of verwijderd.",
        "This training was changed or removed by someone else meanwhile."),
    "training.tui.conflict": (
        "Het register is intussen door een ander gewijzigd; het is opnieuw ingelezen. Uw "
        "invoer staat er nog: bekijk het en sla opnieuw op.",
        "The register was changed by someone else meanwhile; it has been read again. Your "
        "input is still there: check it and save again."),
    "training.tui.saved": ("Opleidingsregister opgeslagen.", "Training register saved."),
    "training.tui.remove_member_title": ("Bestuurder verwijderen", "Remove board member"),
    "training.tui.remove_member_question": (
        "{name} en zijn of haar {count} opleiding(en) uit het register verwijderen?",
        "Remove {name} and their {count} training(s) from the register?"),
    "training.tui.remove_training_title": ("Opleiding verwijderen", "Remove training"),
    "training.tui.remove_training_question": (
        "De opleiding van {name} op {when} verwijderen?",
        "Remove the training of {name} on {when}?"),
    "training.tui.remove": ("verwijderen", "remove"),
    "training.tui.key.add": ("lid", "member"),
    "training.tui.key.add_training": ("opleiding", "training"),
    "training.tui.key.edit": ("wijzig", "edit"),
    "training.tui.key.remove": ("verwijder", "remove"),
    "training.tui.key.period": ("termijn", "period"),
}
