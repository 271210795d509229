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
    "training.report.title": ("Opleiding van het bestuur (Cbw art. 24)",
                              "Board training (Cbw art. 24)"),
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
}
