"""The report's frame: cover, header/footer, contents, summary, signature block and
colophon (``report.cover.*``, ``report.summary.*``, ``report.colophon.*``, ...)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "report.bad_date": ("ongeldige datum {value}; schrijf JJJJ-MM-DD",
                        "invalid date {value}; write YYYY-MM-DD"),
    "report.bad_output": ("het rapport moet een .pdf-bestand zijn: {file}",
                          "the report must be a .pdf file: {file}"),
    "report.written": ("rapport geschreven: {file} ({pages} pagina's)",
                       "report written: {file} ({pages} pages)"),
    "report.progress": ("rapport opmaken", "laying out the report"),
    # document-wide
    "report.classification.default": ("Vertrouwelijk", "Confidential"),
    "report.title": ("Verantwoordingsrapportage informatiebeveiliging",
                     "Information security accountability report"),
    "report.subtitle": ("BIO2 en Cyberbeveiligingswet · periode {period}",
                        "BIO2 and Dutch Cybersecurity Act · period {period}"),
    "report.header": ("{org} · verantwoording BIO2 · periode {period}",
                      "{org} · BIO2 accountability · period {period}"),
    "report.footer": ("bio2 {version} · {catalog}", "bio2 {version} · {catalog}"),
    "report.page": ("Pagina {page} van", "Page {page} of"),
    "report.meta.title": ("Verantwoordingsrapportage BIO2 {org} {period}",
                          "BIO2 accountability report {org} {period}"),
    "report.meta.subject": ("Zelfevaluatie tegen {catalog} en verantwoording voor de Cbw",
                            "Self-assessment against {catalog} and accountability for the Cbw"),
    "report.meta.keywords": ("BIO2, Cbw, NIS2, VvT, verbeterplan, bestuursverklaring",
                             "BIO2, Cbw, NIS2, statement of applicability, improvement plan"),
    "report.cut": ("[ingekort; {total} tekens, volledige tekst in de bijlage]",
                   "[shortened; {total} characters, full text in the annex]"),
    "report.unknown": ("onbekend", "unknown"),
    "report.yes": ("ja", "yes"),
    "report.no": ("nee", "no"),
    "report.and": ("en", "and"),
    "report.contents": ("Inhoud", "Contents"),
    # cover
    "report.cover.org": ("Organisatie", "Organisation"),
    "report.cover.type": ("Soort organisatie", "Kind of organisation"),
    "report.cover.entity": ("Status onder de Cbw", "Status under the Cbw"),
    "report.cover.entity_profile": (
        "{entity} (standaard voor dit organisatietype, controleer uw registratie)",
        "{entity} (default for this organisation type, check your registration)"),
    "report.cover.period": ("Periode", "Period"),
    "report.cover.catalog": ("Catalogus", "Catalog"),
    "report.cover.assessor": ("Beoordeeld door", "Assessed by"),
    "report.cover.assessed_on": ("Datum beoordeling", "Date of assessment"),
    "report.cover.report_date": ("Datum rapport", "Date of report"),
    "report.cover.classification": ("Rubricering", "Classification"),
    "report.cover.handling": (
        "Dit rapport beschrijft waar de informatiebeveiliging van {org} tekortschiet. Behandel"
        " het als {classification}: deel het alleen met wie het voor het werk nodig heeft.",
        "This report describes where the information security of {org} falls short. Handle it"
        " as {classification}: share it only with those who need it for their work.",
    ),
    "report.cover.draft_catalog": (
        "Let op: deze beoordeling gebruikt een catalogusversie die niet (bevestigd) formeel"
        " is vastgesteld.",
        "Note: this assessment uses a catalog version whose formal adoption is not"
        " (confirmed).",
    ),
    "report.cover.auditor": ("Auditor", "Auditor"),
    "report.cover.audit_date": ("Datum audit", "Date of audit"),
    # summary
    "report.summary": ("Managementsamenvatting", "Management summary"),
    "report.summary.lead": (
        "Over periode {period} heeft {assessor} de informatiebeveiliging van {org} beoordeeld"
        " tegen {catalog}. Van de {items} items is voor {answered} een besluit vastgelegd.",
        "For period {period}, {assessor} assessed the information security of {org} against"
        " {catalog}. A decision is recorded for {answered} of the {items} items.",
    ),
    "report.summary.score": (
        "De gewogen score is {score} bij een dekking van {coverage}. Er zijn {gaps} tekorten"
        " (maatregelen die niet of deels zijn ingevoerd).",
        "The weighted score is {score} at a coverage of {coverage}. There are {gaps} gaps"
        " (measures not or partly in place).",
    ),
    "report.summary.score.one": (
        "De gewogen score is {score} bij een dekking van {coverage}. Er is 1 tekort (een"
        " maatregel die niet of deels is ingevoerd).",
        "The weighted score is {score} at a coverage of {coverage}. There is 1 gap (a measure"
        " not or partly in place).",
    ),
    "report.summary.score_open.one": (
        "1 item is nog niet beoordeeld; dat telt in de score mee als niet ingevoerd.",
        "1 item is not yet assessed; it counts in the score as not in place.",
    ),
    "report.summary.score_open": (
        "{unassessed} items zijn nog niet beoordeeld; die tellen in de score mee als niet"
        " ingevoerd.",
        "{unassessed} items are not yet assessed; they count in the score as not in place.",
    ),
    "report.summary.no_score": (
        "Er is nog geen score: geen enkel item in de reikwijdte heeft een besluit.",
        "There is no score yet: no item in scope has a decision.",
    ),
    "report.summary.k.score": ("Gewogen score (totaal)", "Weighted score (overall)"),
    "report.summary.k.coverage": ("Dekking", "Coverage"),
    "report.summary.k.coverage_v": ("{coverage} ({answered} van {items} items)",
                                    "{coverage} ({answered} of {items} items)"),
    "report.summary.k.gaps": ("Tekorten (nee of deels)", "Gaps (no or partly)"),
    "report.summary.k.unassessed": ("Nog niet beoordeeld", "Not yet assessed"),
    "report.summary.k.accepted": ("Risicoacceptaties", "Risk acceptances"),
    "report.summary.k.accepted_v": ("{valid} lopend, {expired} verlopen",
                                    "{valid} valid, {expired} expired"),
    "report.summary.k.overdue": ("Acties met verstreken streefdatum",
                                 "Actions past their due date"),
    "report.summary.chart": ("Score per thema en per categorie",
                             "Score per theme and per category"),
    "report.summary.category": ("categorie {name}", "category {name}"),
    "report.summary.chart_note": (
        "Balk: gewogen score. Dunne lijn eronder: dekking (aandeel items met een besluit).",
        "Bar: weighted score. Thin line below: coverage (share of items with a decision).",
    ),
    "report.summary.risks": ("De {n} grootste risico's", "The {n} largest risks"),
    "report.summary.risks.one": ("Het grootste risico", "The largest risk"),
    "report.summary.no_gaps": ("Er zijn geen tekorten vastgelegd.", "No gaps are recorded."),
    "report.summary.unassessed": (
        "Daarnaast zijn {n} items nog niet beoordeeld; hun risico is onbekend.",
        "In addition, {n} items are not yet assessed; their risk is unknown.",
    ),
    "report.summary.unassessed.one": (
        "Daarnaast is 1 item nog niet beoordeeld; het risico daarvan is onbekend.",
        "In addition, 1 item is not yet assessed; its risk is unknown.",
    ),
    "report.summary.acceptances": ("Geaccepteerde risico's", "Accepted risks"),
    "report.summary.acc_valid": (
        "Tijdelijk geaccepteerde risico's ({n}): {ids}.",
        "Temporarily accepted risks ({n}): {ids}.",
    ),
    "report.summary.acc_expired": (
        "Verlopen acceptaties ({n}): {ids}. Hiervoor is een nieuw besluit nodig, of de"
        " maatregel moet alsnog worden ingevoerd.",
        "Expired acceptances ({n}): {ids}. These need a new decision, or the measure must be"
        " put in place.",
    ),
    "report.summary.acc_register": ("Het register staat in hoofdstuk 3.",
                                    "The register is in chapter 3."),
    "report.summary.acc_none": ("Er zijn geen risico's geaccepteerd.",
                                "No risks have been accepted."),
    "report.summary.decision": ("Gevraagd besluit", "Decision asked of the board"),
    "report.sign.second": ("Tweede ondertekenaar (indien van toepassing)",
                           "Second signatory (where applicable)"),
    "report.sign.place_date": ("Plaats en datum", "Place and date"),
    "report.sign.name": ("Naam", "Name"),
    "report.sign.role": ("Functie", "Position"),
    "report.sign.signature": ("Handtekening", "Signature"),
    # colophon
    "report.colophon": ("Colofon", "Colophon"),
    "report.colophon.tool": ("Gemaakt met", "Made with"),
    "report.colophon.catalog": ("Catalogus", "Catalog"),
    "report.colophon.assessment": ("Beoordeling", "Assessment"),
    "report.colophon.assessment_v": ("organisatie {org}, periode {period}",
                                     "organisation {org}, period {period}"),
    "report.colophon.date": ("Datum rapport", "Date of report"),
    "report.colophon.fingerprint": ("Vingerafdruk antwoorden (SHA-256)",
                                    "Fingerprint of the answers (SHA-256)"),
    "report.colophon.verify": (
        "Controle: deze commando's geven dezelfde waarde als deze rapportage op dezelfde"
        " antwoorden berust; het eerste op een geëxporteerd antwoordbestand, het tweede op de"
        " database:",
        "Check: these commands print the same value when this report rests on the same"
        " answers; the first on an exported answer file, the second on the database:",
    ),
    "report.colophon.verify_file": ("bio2 fingerprint BESTAND.yaml",
                                    "bio2 fingerprint FILE.yaml"),
    "report.colophon.verify_db": ("bio2 --db DATABASE fingerprint --from-db {org} {period}",
                                  "bio2 --db DATABASE fingerprint --from-db {org} {period}"),
    "report.colophon.fonts": (
        "Lettertype DejaVu Sans (Bitstream Vera-licentie, zie bio2/report/fonts/LICENSE).",
        "Typeface DejaVu Sans (Bitstream Vera licence, see bio2/report/fonts/LICENSE).",
    ),
    "report.colophon.own_words": (
        "Titels en toelichtingen van de items zijn eigen woorden van bio2; de officiële teksten"
        " van BIO2, ISO en NIS2 zijn niet overgenomen.",
        "Item titles and guidance are bio2's own words; the official texts of BIO2, ISO and"
        " NIS2 are not reproduced.",
    ),
    "report.colophon.chain": ("Historie (ketenkop)", "History (chain head)"),
    # -- h13r: the registration chain beside the assessment chain (issue 10 leftover) --
    "report.colophon.registration_chain": ("Historie organisatie (ketenkop)",
                                           "Organisation history (chain head)"),
    "report.colophon.verify_chains": (
        "Beide ketenkoppen, die van de historie van deze beoordeling en die van de eigen"
        " historie van de organisatie (Cbw-registratie, incidenten, opleidingsregister bestuur), herberekent:",
        "Both chain heads, that of this assessment's history and that of the organisation's"
        " own history (Cbw registration, incidents, board training register), are recomputed by:",
    ),
    "report.colophon.verify_history": ("bio2 --db DATABASE verify-history {org} {period}",
                                       "bio2 --db DATABASE verify-history {org} {period}"),
}
