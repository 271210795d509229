"""The board statement rules of bio2.analysis.statement (``statement.*``)."""

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
}
