"""The report's statement chapter and audit comparison (``report.statement.*``,
``report.audit.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # statement
    "report.statement.collegeverklaring": ("collegeverklaring", "statement of the executive"),
    "report.statement.gs-verklaring": ("verklaring van Gedeputeerde Staten",
                                       "statement of the provincial executive"),
    "report.statement.icv-rijk": ("In Control Verklaring", "In Control Statement"),
    "report.statement.db-verklaring": ("verklaring van het dagelijks bestuur",
                                       "statement of the executive board"),
    "report.statement.bestuursverklaring": ("bestuursverklaring", "board statement"),
    "report.statement.collegeverklaring.title": ("Collegeverklaring informatiebeveiliging",
                                                 "Executive's statement on information security"),
    "report.statement.gs-verklaring.title": (
        "Verklaring van Gedeputeerde Staten over informatiebeveiliging",
        "Statement of the provincial executive on information security"),
    "report.statement.icv-rijk.title": ("In Control Verklaring informatiebeveiliging",
                                        "In Control Statement on information security"),
    "report.statement.db-verklaring.title": (
        "Verklaring van het dagelijks bestuur over informatiebeveiliging",
        "Statement of the executive board on information security"),
    "report.statement.bestuursverklaring.title": ("Bestuursverklaring informatiebeveiliging",
                                                  "Board statement on information security"),
    "report.statement.draft": ("CONCEPT – TER ONDERTEKENING", "DRAFT – FOR SIGNATURE"),
    "report.statement.to": ("Aan {to}.", "To {to}."),
    "report.statement.collegeverklaring.intro": (
        "{signatory} van {org} verklaren over periode {period} het volgende over de"
        " informatiebeveiliging van de gemeente.",
        "{signatory} of {org} state the following about the municipality's information"
        " security for period {period}.",
    ),
    "report.statement.gs-verklaring.intro": (
        "{signatory} van {org} verklaren over periode {period} het volgende over de"
        " informatiebeveiliging van de provincie.",
        "{signatory} of {org} state the following about the province's information security"
        " for period {period}.",
    ),
    "report.statement.icv-rijk.intro": (
        "{signatory} van {org} verklaart over periode {period} in control te zijn over de"
        " informatiebeveiliging, met inachtneming van wat hieronder staat.",
        "{signatory} of {org} states to be in control of information security for period"
        " {period}, subject to what follows.",
    ),
    "report.statement.db-verklaring.intro": (
        "{signatory} van {org} verklaart over periode {period} het volgende over de"
        " informatiebeveiliging van de organisatie.",
        "{signatory} of {org} states the following about the organisation's information"
        " security for period {period}.",
    ),
    "report.statement.bestuursverklaring.intro": (
        "{signatory} van {org} verklaart over periode {period} het volgende over de"
        " informatiebeveiliging van de organisatie.",
        "{signatory} of {org} states the following about the organisation's information"
        " security for period {period}.",
    ),
    "report.statement.basis": (
        "De organisatie beoordeelt haar informatiebeveiliging aan de hand van de Baseline"
        " Informatiebeveiliging Overheid ({catalog}, {title}). Uit de antwoorden in deze"
        " rapportage volgt:",
        "The organisation assesses its information security against the Baseline"
        " Informatiebeveiliging Overheid ({catalog}, {title}). The answers in this report"
        " show:",
    ),
    "report.statement.icv-rijk.intro_provisional": (
        "{signatory} van {org} verklaart over periode {period} het volgende over de"
        " informatiebeveiliging; dat de organisatie daarover in control is, volgt nog niet uit"
        " de antwoorden.",
        "{signatory} of {org} states the following about information security for period"
        " {period}; that the organisation is in control of it does not follow from the"
        " answers yet.",
    ),
    "report.statement.audit": (
        "De antwoorden zijn vergeleken met de audit van {date} door {auditor}; de uitkomst"
        " staat in hoofdstuk {chapter}.",
        "The answers are compared with the audit of {date} by {auditor}; the outcome is in"
        " chapter {chapter}.",
    ),
    "report.statement.deviations": (
        "Er zijn afwijkingen: {parts}. Voor de tekorten is een verbeterplan opgesteld"
        " (hoofdstuk {chapter}).",
        "There are deviations: {parts}. An improvement plan addresses the gaps (chapter"
        " {chapter}).",
    ),
    # Gaps count measures, directly assessed controls and ISMS clauses alike: "items".
    "report.statement.dev.gaps": ("{n} items (maatregelen en ISMS-eisen) zijn niet of maar deels ingevoerd",
                                  "{n} items (measures and ISMS requirements) are not or only partly in place"),
    "report.statement.dev.gaps.one": ("1 item is niet of maar deels ingevoerd",
                                      "1 item is not or only partly in place"),
    "report.statement.dev.unassessed": ("{n} items zijn nog niet beoordeeld",
                                        "{n} items are not yet assessed"),
    "report.statement.dev.unassessed.one": ("1 item is nog niet beoordeeld",
                                            "1 item is not yet assessed"),
    "report.statement.dev.expired": ("{n} risicoacceptaties zijn verlopen",
                                     "{n} risk acceptances have expired"),
    "report.statement.dev.expired.one": ("1 risicoacceptatie is verlopen",
                                         "1 risk acceptance has expired"),
    "report.statement.no_deviations": (
        "Er zijn geen afwijkingen: alle items in de reikwijdte zijn beoordeeld en ingevoerd.",
        "There are no deviations: every item in scope is assessed and in place.",
    ),
    "report.statement.excluded": (
        "{n} beheersmaatregelen zijn met onderbouwing niet van toepassing verklaard"
        " (hoofdstuk 4, uitzonderingen).",
        "{n} controls are declared not applicable with a justification (chapter 4,"
        " exceptions).",
    ),
    "report.statement.excluded.one": (
        "1 beheersmaatregel is met onderbouwing niet van toepassing verklaard"
        " (hoofdstuk 4, uitzonderingen).",
        "1 control is declared not applicable with a justification (chapter 4, exceptions).",
    ),
    "report.statement.accepted": (
        "Het aantal tijdelijk geaccepteerde risico's is {n} (register in hoofdstuk 3).",
        "The number of temporarily accepted risks is {n} (register in chapter 3).",
    ),
    "report.statement.collegeverklaring.close": (
        "Het college legt hiermee verantwoording af aan {to}.",
        "With this the executive accounts to {to}.",
    ),
    "report.statement.gs-verklaring.close": (
        "Gedeputeerde Staten leggen hiermee verantwoording af aan {to}.",
        "With this the provincial executive accounts to {to}.",
    ),
    "report.statement.icv-rijk.close": (
        "Deze verklaring maakt deel uit van de planning- en controlcyclus en is gericht aan"
        " {to}.",
        "This statement is part of the planning and control cycle and is addressed to {to}.",
    ),
    "report.statement.db-verklaring.close": (
        "Het dagelijks bestuur legt hiermee verantwoording af aan {to}.",
        "With this the executive board accounts to {to}.",
    ),
    "report.statement.bestuursverklaring.close": (
        "Het bestuur legt hiermee verantwoording af aan {to}.",
        "With this the board accounts to {to}.",
    ),
    "report.statement.annexes": (
        "De onderbouwing staat in deze rapportage: de VvT met uitzonderingen (hoofdstuk 4), het"
        " verbeterplan (hoofdstuk {plan}) en alle antwoorden (bijlage).",
        "The evidence is in this report: the statement of applicability with exceptions"
        " (chapter 4), the improvement plan (chapter {plan}) and every answer (annex).",
    ),
    # the report chapter "Zelfevaluatie en audit"
    "report.audit": ("Zelfevaluatie en audit", "Self-assessment and audit"),
    "report.audit.lead": (
        "{auditor} heeft op {date} {n} items getoetst. Dit hoofdstuk zet het oordeel van de"
        " auditor naast de zelfevaluatie van de organisatie.",
        "{auditor} examined {n} items on {date}. This chapter sets the auditor's verdict"
        " beside the organisation's self-assessment.",
    ),
    "report.audit.lead.one": (
        "{auditor} heeft op {date} 1 item getoetst. Dit hoofdstuk zet het oordeel van de"
        " auditor naast de zelfevaluatie van de organisatie.",
        "{auditor} examined 1 item on {date}. This chapter sets the auditor's verdict beside"
        " the organisation's self-assessment.",
    ),
    "report.audit.legend": (
        "Gelijk: de auditor geeft dezelfde status. Auditor strenger: de auditor geeft een"
        " lagere status (ja, deels, nee). Auditor milder: een hogere. Anders: een verschil"
        " met n.v.t. of met een item dat de organisatie nog niet heeft beoordeeld. Items die"
        " de auditor niet heeft getoetst, tellen niet mee.",
        "Same: the auditor gives the same status. Auditor stricter: a lower status (yes,"
        " partly, no). Auditor milder: a higher one. Other: a difference involving n/a or an"
        " item the organisation has not assessed yet. Items the auditor did not examine do"
        " not count.",
    ),
    "report.audit.agreement": ("Overeenstemming per thema en categorie",
                               "Agreement per theme and category"),
    "report.audit.all": ("alle getoetste items", "all examined items"),
    "report.audit.col.audited": ("getoetst", "examined"),
    "report.audit.judgements": ("Opzet, bestaan en werking", "Design, existence and operation"),
    "report.audit.judgements_lead": (
        "Per getoetst item oordeelt de auditor of de maatregel goed is ontworpen (opzet), of"
        " hij er op een moment aantoonbaar is (bestaan) en of hij over de periode werkt"
        " (werking). Aantal oordelen:",
        "For each item examined the auditor judges whether the measure is well designed"
        " (design), demonstrably present at a point in time (existence) and working over"
        " the period (operating effectiveness). Number of verdicts:",
    ),
    "report.audit.col.aspect": ("aspect", "aspect"),
    "report.audit.differences": ("Items waarop auditor en organisatie verschillen",
                                 "Items where auditor and organisation differ"),
    "report.audit.differences_lead": (
        "Bij {n} items verschilt het oordeel, met de bevinding van de auditor:",
        "On {n} items the verdicts differ, with the auditor's finding:",
    ),
    "report.audit.differences_lead.one": (
        "Bij 1 item verschilt het oordeel, met de bevinding van de auditor:",
        "On 1 item the verdicts differ, with the auditor's finding:",
    ),
    "report.audit.no_differences": (
        "Bij alle getoetste items geeft de auditor dezelfde status als de organisatie.",
        "On every item examined the auditor gives the same status as the organisation.",
    ),
    "report.audit.col.ciso": ("eigen oordeel", "own verdict"),
    "report.audit.col.auditor": ("auditor", "auditor"),
    "report.audit.col.relation": ("verschil", "difference"),
    "report.audit.col.obw": ("opzet / bestaan / werking", "design / existence / operation"),
    "report.audit.col.finding": ("bevinding auditor", "auditor's finding"),
    "report.audit.findings": ("Bevindingen van de auditor ({n})",
                              "The auditor's findings ({n})"),
    "report.audit.findings.one": ("Bevinding van de auditor (1)", "The auditor's finding (1)"),
    "report.audit.findings_lead": (
        "Deze bevindingen komen uit de audit van {date} door {auditor}, niet uit de eigen"
        " beoordeling: items die de auditor op nee of deels zet, of waarvan opzet, bestaan of"
        " werking niet in orde is. Elke bevinding vraagt een eigen actie.",
        "These findings come from the audit of {date} by {auditor}, not from the own"
        " assessment: items the auditor rates no or partly, or whose design, existence or"
        " operation is not in order. Each finding needs an action of its own.",
    ),
    "report.audit.summary": (
        "Auditor {auditor} toetste {n} items (audit van {date}): bij {same} komt het oordeel"
        " overeen met de zelfevaluatie, bij {stricter} is de auditor strenger en bij"
        " {milder} milder.",
        "Auditor {auditor} examined {n} items (audit of {date}): on {same} the verdict matches"
        " the self-assessment, on {stricter} the auditor is stricter and on {milder} milder.",
    ),
    "report.audit.summary.one": (
        "Auditor {auditor} toetste 1 item (audit van {date}): bij {same} komt het oordeel"
        " overeen met de zelfevaluatie, bij {stricter} is de auditor strenger en bij"
        " {milder} milder.",
        "Auditor {auditor} examined 1 item (audit of {date}): on {same} the verdict matches"
        " the self-assessment, on {stricter} the auditor is stricter and on {milder} milder.",
    ),
    "report.audit.summary_other": (
        "Bij {n} items gaat het verschil over n.v.t. of een nog niet beoordeeld item.",
        "On {n} items the difference concerns n/a or an item not yet assessed.",
    ),
    "report.audit.summary_other.one": (
        "Bij 1 item gaat het verschil over n.v.t. of een nog niet beoordeeld item.",
        "On 1 item the difference concerns n/a or an item not yet assessed.",
    ),
    "report.audit.summary_obw": (
        "Niet in orde volgens de auditor: de opzet bij {opzet}, het bestaan bij {bestaan} en"
        " de werking bij {werking} items (hoofdstuk {chapter}).",
        "Not in order according to the auditor: the design on {opzet}, the existence on"
        " {bestaan} and the operation on {werking} items (chapter {chapter}).",
    ),
}
