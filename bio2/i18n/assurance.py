"""Messages of the statement rules (``bio2.analysis.statement``) and of the comparison between
self-assessment and audit (``bio2.analysis.audit_compare``): shared by report, CLI and TUI."""

MESSAGES: dict[str, tuple[str, str]] = {
    "statement.and": ("en", "and"),
    # rule 1: ISMS
    "statement.isms.unknown": (
        "Of de organisatie een managementsysteem voor informatiebeveiliging heeft, volgt niet"
        " uit deze beoordeling: catalogus {catalog} bevat geen eisen uit ISO 27001-hoofdstuk"
        " {chapters}.",
        "Whether the organisation has an information security management system cannot be"
        " derived from this assessment: catalog {catalog} holds no requirements of ISO 27001"
        " clause {chapters}.",
    ),
    "statement.isms.holds": (
        "De organisatie heeft een managementsysteem voor informatiebeveiliging ingericht: alle"
        " {n} eisen uit ISO 27001 hoofdstuk 4 tot en met 10 zijn beoordeeld en ingevoerd.",
        "The organisation has set up an information security management system: all {n}"
        " requirements of ISO 27001 clauses 4 to 10 are assessed and in place.",
    ),
    "statement.isms.holds_partly": (
        "De organisatie heeft een managementsysteem voor informatiebeveiliging ingericht: alle"
        " {n} eisen uit ISO 27001 hoofdstuk 4 tot en met 10 zijn beoordeeld en geen ervan"
        " ontbreekt. Nog maar deels ingevoerd: {partly}.",
        "The organisation has set up an information security management system: all {n}"
        " requirements of ISO 27001 clauses 4 to 10 are assessed and none is missing. Only"
        " partly in place: {partly}.",
    ),
    "statement.isms.fails": (
        "Het managementsysteem voor informatiebeveiliging (ISO 27001 hoofdstuk 4 tot en met"
        " 10) is nog niet aantoonbaar ingericht. {reasons}",
        "The information security management system (ISO 27001 clauses 4 to 10) is not yet"
        " shown to be in place. {reasons}",
    ),
    "statement.isms.not_in_place": ("Niet ingevoerd: {ids}.", "Not in place: {ids}."),
    "statement.isms.unassessed": ("Nog niet beoordeeld: {ids}.", "Not yet assessed: {ids}."),
    "statement.isms.none_assessed": ("Geen van de {n} eisen is al beoordeeld.",
                                     "None of the {n} requirements has been assessed yet."),
    # rule 2: risk analysis
    "statement.risk.unknown": (
        "Of de organisatie haar risico's analyseert, volgt niet uit deze beoordeling:"
        " catalogus {catalog} bevat eis {ids} van ISO 27001 niet.",
        "Whether the organisation analyses its risks cannot be derived from this assessment:"
        " catalog {catalog} lacks ISO 27001 requirement {ids}.",
    ),
    "statement.risk.holds": (
        "De organisatie analyseert haar informatiebeveiligingsrisico's: eis {first}"
        " (risicobeoordeling) is {first_status}, eis {second} (uitvoering daarvan) is"
        " {second_status} en de beoordeling verwijst naar de risicoanalyse ({refs}"
        " verwijzingen of risicoschattingen).",
        "The organisation analyses its information security risks: requirement {first}"
        " (risk assessment) is {first_status}, requirement {second} (performing it) is"
        " {second_status} and the assessment refers to the risk analysis ({refs} references"
        " or risk estimates).",
    ),
    "statement.in_place.ja": ("ingevoerd", "in place"),
    "statement.in_place.deels": ("deels ingevoerd", "partly in place"),
    "statement.risk.fails": (
        "Dat de organisatie haar informatiebeveiligingsrisico's analyseert, kan nog niet"
        " worden verklaard. {reasons}",
        "It cannot yet be stated that the organisation analyses its information security"
        " risks. {reasons}",
    ),
    "statement.risk.clause_open": ("Eis {id} is nog niet beoordeeld.",
                                   "Requirement {id} is not yet assessed."),
    "statement.risk.clause_nee": ("Eis {id} is niet ingevoerd.",
                                  "Requirement {id} is not in place."),
    "statement.risk.clause_nvt": ("Eis {id} is als niet van toepassing beantwoord.",
                                  "Requirement {id} is answered as not applicable."),
    "statement.risk.no_refs": (
        "Er is geen verwijzing naar een risicoanalyse vastgelegd (bij een uitsluiting in de"
        " VvT of een risicoacceptatie) en geen eigen risicoschatting bij een antwoord.",
        "No reference to a risk analysis is recorded (on an exclusion in the statement of"
        " applicability or a risk acceptance) and no own risk estimate on any answer.",
    ),
    # rule 3: VvT
    "statement.vvt.unknown": (
        "Of de keuze van maatregelen volledig is vastgelegd, volgt niet uit deze beoordeling:"
        " catalogus {catalog} bevat geen beheersmaatregelen.",
        "Whether the choice of measures is fully recorded cannot be derived from this"
        " assessment: catalog {catalog} holds no controls.",
    ),
    "statement.vvt.holds": (
        "De keuze van maatregelen is vastgelegd in een volledige Verklaring van"
        " Toepasselijkheid: alle {n} beheersmaatregelen hebben een besluit over"
        " toepasselijkheid ({explicit} vastgelegd, {default} van toepassing volgens de"
        " standaard).",
        "The choice of measures is recorded in a complete statement of applicability: all"
        " {n} controls have an applicability decision ({explicit} recorded, {default}"
        " applicable by default).",
    ),
    "statement.vvt.holds_excluded": (
        "De keuze van maatregelen is vastgelegd in een volledige Verklaring van"
        " Toepasselijkheid: alle {n} beheersmaatregelen hebben een besluit over"
        " toepasselijkheid ({explicit} vastgelegd, {default} van toepassing volgens de"
        " standaard). Uitgesloten met onderbouwing en verwijzing naar de risicoanalyse:"
        " {excluded}.",
        "The choice of measures is recorded in a complete statement of applicability: all"
        " {n} controls have an applicability decision ({explicit} recorded, {default}"
        " applicable by default). Excluded with a justification and a reference to the risk"
        " analysis: {excluded}.",
    ),
    "statement.vvt.fails": ("De Verklaring van Toepasselijkheid is nog niet volledig. {reasons}",
                            "The statement of applicability is not yet complete. {reasons}"),
    "statement.vvt.no_reason": (
        "Bij de uitsluiting van beheersmaatregel {ids} ontbreekt de onderbouwing.",
        "The exclusion of control {ids} lacks a justification.",
    ),
    "statement.vvt.no_ref": (
        "Bij de uitsluiting van beheersmaatregel {ids} ontbreekt de verwijzing naar de"
        " risicoanalyse.",
        "The exclusion of control {ids} lacks a reference to the risk analysis.",
    ),
    # rule 4: coverage
    "statement.coverage.holds": (
        "Alle {n} items zijn beoordeeld; deze verklaring berust op een volledige beoordeling.",
        "All {n} items are assessed; this statement rests on a complete assessment.",
    ),
    "statement.coverage.fails": (
        "Deze verklaring is voorlopig: {unassessed} van de {n} items zijn nog niet beoordeeld"
        " en de conclusie kan veranderen wanneer die zijn beoordeeld.",
        "This statement is provisional: {unassessed} of the {n} items are not yet assessed"
        " and the conclusion may change once they are.",
    ),
    "statement.coverage.fails.one": (
        "Deze verklaring is voorlopig: 1 van de {n} items is nog niet beoordeeld en de"
        " conclusie kan veranderen wanneer dat is beoordeeld.",
        "This statement is provisional: 1 of the {n} items is not yet assessed and the"
        " conclusion may change once it is.",
    ),
    # the rules, for the method chapter
    "statement.rule.heading": ("Grondslag van de verklaring", "Basis of the statement"),
    "statement.rule.lead": (
        "Elke uitspraak in de {statement} volgt uit de antwoorden volgens een vaste regel:",
        "Every claim in the {statement} follows from the answers by a fixed rule:",
    ),
    "statement.rule.isms": (
        "Managementsysteem (ISMS): alleen als ingericht verklaard wanneer elke eis uit ISO"
        " 27001 hoofdstuk 4 tot en met 10 is beoordeeld en geen eis op nee staat; n.v.t."
        " telt als niet ingevoerd, omdat ISO 27001 deze hoofdstukken niet laat uitsluiten."
        " Anders noemt de verklaring de eisen die niet zijn ingevoerd of nog niet beoordeeld.",
        "Management system (ISMS): stated as in place only when every requirement of ISO"
        " 27001 clauses 4 to 10 is assessed and none is no; n/a counts as not in place,"
        " because ISO 27001 allows no exclusion of these clauses. Otherwise the statement"
        " names the requirements not in place or not yet assessed.",
    ),
    "statement.rule.risk": (
        "Risicoanalyse: alleen verklaard wanneer eis 6.1.2 en eis 8.2 op ja of deels staan en"
        " er ten minste één verwijzing naar de risicoanalyse is vastgelegd (bij een"
        " uitsluiting in de VvT of een risicoacceptatie) of een eigen risicoschatting (kans ×"
        " impact) bij een antwoord.",
        "Risk analysis: stated only when requirements 6.1.2 and 8.2 are yes or partly and at"
        " least one reference to the risk analysis is recorded (on an exclusion in the"
        " statement of applicability or a risk acceptance) or an own risk estimate"
        " (likelihood × impact) on an answer.",
    ),
    "statement.rule.vvt": (
        "Verklaring van Toepasselijkheid: alleen volledig verklaard wanneer elke"
        " beheersmaatregel een besluit over toepasselijkheid heeft (vastgelegd, of de"
        " standaard: van toepassing) en elke uitsluiting een onderbouwing en een verwijzing"
        " naar de risicoanalyse heeft.",
        "Statement of applicability: stated complete only when every control has an"
        " applicability decision (recorded, or the default: applicable) and every exclusion"
        " has a justification and a reference to the risk analysis.",
    ),
    "statement.rule.coverage": (
        "Dekking: zolang niet alle items zijn beoordeeld, noemt de verklaring het aantal niet"
        " beoordeelde items en heet de conclusie voorlopig.",
        "Coverage: as long as not every item is assessed, the statement names the number of"
        " items not yet assessed and calls its conclusion provisional.",
    ),
    "statement.rule.unknown": (
        "Kan een regel niet worden toegepast, bijvoorbeeld omdat een eigen catalogus een eis"
        " mist, dan zegt de verklaring dat de uitspraak niet uit de beoordeling volgt; de"
        " positieve uitspraak volgt dan nooit.",
        "When a rule cannot be applied, for instance because a custom catalog lacks a"
        " requirement, the statement says the claim cannot be derived from the assessment;"
        " it never makes the positive claim then.",
    ),
    # import of an audit without its self-assessment
    "service.audit_without_assessment": (
        "{file}: er is nog geen beoordeling van {org} voor periode {period}; importeer eerst"
        " de zelfevaluatie (of maak de beoordeling aan in de TUI) en daarna dit auditbestand."
        " Er is niets geschreven.",
        "{file}: there is no assessment of {org} for period {period} yet; import the"
        " self-assessment first (or create the assessment in the TUI), then this audit file."
        " Nothing was written.",
    ),
    "service.audit_other_catalog": (
        "{file}: dit auditbestand gebruikt catalogus {catalog}, maar de beoordeling van {org}"
        " voor periode {period} gebruikt {ours}; vraag de auditor om een bestand op {ours}"
        " (of migreer eerst met bio2 migrate). Er is niets geschreven.",
        "{file}: this audit file uses catalog {catalog}, but the assessment of {org} for"
        " period {period} uses {ours}; ask the auditor for a file on {ours} (or migrate first"
        " with bio2 migrate). Nothing was written.",
    ),
    # self-assessment against audit (bio2.analysis.audit_compare), shared with the TUI
    "audit.relation.same": ("gelijk", "same"),
    "audit.relation.stricter": ("auditor strenger", "auditor stricter"),
    "audit.relation.milder": ("auditor milder", "auditor milder"),
    "audit.relation.other": ("anders", "other"),
    "audit.aspect.opzet": ("opzet", "design"),
    "audit.aspect.bestaan": ("bestaan", "existence"),
    "audit.aspect.werking": ("werking", "operating effectiveness"),
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
    "report.cover.auditor": ("Auditor", "Auditor"),
    "report.cover.audit_date": ("Datum audit", "Date of audit"),
    "report.decision.audit": (
        "De {n} bevindingen van de auditor laten opvolgen (hoofdstuk {chapter}).",
        "Have the auditor's {n} findings followed up (chapter {chapter}).",
    ),
    "report.decision.audit.one": (
        "De bevinding van de auditor laten opvolgen (hoofdstuk {chapter}).",
        "Have the auditor's finding followed up (chapter {chapter}).",
    ),
}
