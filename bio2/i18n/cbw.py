"""Messages of the cbw area: Cbw readiness, registration, CSV/OSCAL export, sector view."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- bio2 cbw --------------------------------------------------------------------
    "cli.cbw": ("Cbw/NIS2-gereedheid van een beoordeling", "Cbw/NIS2 readiness of an assessment"),
    "cbw.title": (
        "Cbw-gereedheid van {org}, periode {period} (catalogus {catalog})",
        "Cbw readiness of {org}, period {period} (catalog {catalog})",
    ),
    "cbw.letters": ("Zorgplicht per NIS2-letter (art. 21 lid 2)", "Duty of care per NIS2 letter (art. 21(2))"),
    "cbw.duties": ("Governance (art. 24 Cbw) en meldplicht (art. 25 Cbw)", "Governance (Cbw art. 24) and reporting (Cbw art. 25)"),
    "cbw.items": ("Per item van het Cbw Control Framework v1.2", "Per item of the Cbw Control Framework v1.2"),
    "cbw.col.letter": ("letter", "letter"),
    "cbw.col.title": ("onderwerp", "subject"),
    "cbw.col.duty": ("plicht", "duty"),
    "cbw.col.cbw_item": ("item", "item"),
    "cbw.col.group": ("groep", "group"),
    "cbw.col.topic": ("onderwerp", "topic"),
    "cbw.col.verdict": ("oordeel", "verdict"),
    "cbw.col.top_gaps": ("grootste gaten", "largest gaps"),
    "cbw.group.zorgplicht": ("zorgplicht", "duty of care"),
    "cbw.group.governance": ("governance", "governance"),
    "cbw.group.meldplicht": ("meldplicht", "reporting"),
    "cbw.verdict.voldoet": ("voldoet", "meets"),
    "cbw.verdict.deels": ("deels", "partly"),
    "cbw.verdict.voldoet_niet": ("voldoet niet", "does not meet"),
    "cbw.verdict.niet_beoordeeld": ("niet beoordeeld", "not assessed"),
    "cbw.rule": (
        "Oordeel: niet beoordeeld als minder dan de helft van de items een besluit heeft of niets"
        " meeweegt; voldoet bij alle items beoordeeld, score ten minste 90% en geen 'nee' zonder"
        " geldige risicoacceptatie; voldoet niet bij een score onder 50%; anders deels.",
        "Verdict: not assessed when fewer than half of the items have a decision or nothing"
        " weighs; meets when all items are assessed, the score is at least 90% and no 'no' lacks"
        " a valid risk acceptance; does not meet below 50%; partly otherwise.",
    ),
    "cbw.accepted_mark": (
        "* = restrisico geaccepteerd (telt mee in de score).",
        "* = residual risk accepted (still counts in the score).",
    ),
    "cbw.registration.none": (
        "Registratieplicht: niet beoordeeld, geen registratiegegevens vastgelegd"
        " (bio2 registration {org} --set-from BESTAND.yaml).",
        "Registration duty: not assessed, no registration data recorded"
        " (bio2 registration {org} --set-from FILE.yaml).",
    ),
    "cbw.registration.line": (
        "Registratieplicht: {verdict} ({entity}; contactpersoon incidenten {contact};"
        " {services} dienst(en); geregistreerd: {filed}).",
        "Registration duty: {verdict} ({entity}; incident contact {contact};"
        " {services} service(s); registered: {filed}).",
    ),
    "cbw.registration.not_filed": ("nog niet", "not yet"),
    # -- bio2 registration -------------------------------------------------------------
    "cli.registration": ("Cbw-registratiegegevens van een organisatie",
                         "Cbw registration data of an organisation"),
    "cli.registration.long": (
        "Toon of wijzig de Cbw-registratiegegevens van een organisatie: naam van de entiteit,"
        " soort, essentieel of belangrijk, sector, contactpersoon voor incidenten en de"
        " diensten die zij levert. Ze gaan mee in exports en het rapport.",
        "Show or change the Cbw registration data of an organisation: entity name, kind,"
        " essential or important, sector, incident contact and the services it delivers."
        " They are carried in exports and the report.",
    ),
    "cli.registration.set_from": (
        "lees de registratie uit een YAML- of JSON-bestand (of uit organisation.registration"
        " van een antwoordbestand)",
        "read the registration from a YAML or JSON file (or from organisation.registration of"
        " an answer file)",
    ),
    "cli.registration.clear": ("verwijder de vastgelegde registratie",
                               "remove the recorded registration"),
    "registration.saved": ("registratie van {org} opgeslagen", "registration of {org} saved"),
    "registration.cleared": ("registratie van {org} verwijderd", "registration of {org} removed"),
    "registration.none": ("{org} heeft nog geen registratiegegevens",
                          "{org} has no registration data yet"),
    "registration.other_org": ("dit antwoordbestand is van organisatie {found}, niet van {org}",
                               "this answer file belongs to organisation {found}, not {org}"),
    "registration.not_in_file": ("dit antwoordbestand bevat geen organisation.registration",
                                 "this answer file holds no organisation.registration"),
    "registration.field.entity_name": ("naam entiteit", "entity name"),
    "registration.field.entity_type": ("soort", "kind"),
    "registration.field.entity": ("entiteit", "entity"),
    "registration.field.sector": ("sector", "sector"),
    "registration.field.contact": ("contactpersoon incidenten", "incident contact"),
    "registration.field.services": ("diensten", "services"),
    "registration.field.registered_on": ("geregistreerd op", "registered on"),
}

MESSAGES.update({
    # -- CSV export: column headers ---------------------------------------------------
    "csv.col.item": ("item", "item"),
    "csv.col.title": ("titel", "title"),
    "csv.col.kind": ("soort", "kind"),
    "csv.col.theme": ("thema", "theme"),
    "csv.col.control": ("beheersmaatregel", "control"),
    "csv.col.categories": ("categorieën", "categories"),
    "csv.col.nis2": ("NIS2", "NIS2"),
    "csv.col.status": ("status", "status"),
    "csv.col.explanation": ("toelichting", "explanation"),
    "csv.col.owner": ("eigenaar", "owner"),
    "csv.col.due": ("streefdatum", "due date"),
    "csv.col.weight": ("gewicht", "weight"),
    "csv.col.residual": ("restrisico", "residual risk"),
    "csv.col.accepted_until": ("acceptatie tot", "accepted until"),
    "csv.col.evidence": ("bewijs", "evidence"),
    "csv.col.opzet": ("opzet", "design"),
    "csv.col.bestaan": ("bestaan", "existence"),
    "csv.col.werking": ("werking", "operating effectiveness"),
    "csv.col.finding": ("bevinding", "finding"),
})

MESSAGES.update({
    # -- OSCAL export ------------------------------------------------------------------
    "oscal.title": ("BIO2-beoordeling van {org}, periode {period}",
                    "BIO2 assessment of {org}, period {period}"),
    "oscal.result.title_self": ("Zelfevaluatie BIO2, periode {period}",
                                "BIO2 self-assessment, period {period}"),
    "oscal.result.title_audit": ("Audit BIO2, periode {period}", "BIO2 audit, period {period}"),
    "oscal.result.description": (
        "Beoordeling van {org} voor periode {period} tegen catalogus {catalog} ({title}):"
        " per item een observatie met toelichting en bewijs, per beoordeeld item een"
        " bevinding.",
        "Assessment of {org} for period {period} against catalog {catalog} ({title}):"
        " an observation with explanation and evidence per item, a finding per assessed item.",
    ),
    "oscal.import_ap": (
        "Er is geen apart beoordelingsplan: het plan is de BIO2-catalogus {catalog}.",
        "There is no separate assessment plan: the plan is the BIO2 catalog {catalog}.",
    ),
    "oscal.role.assessor": ("Beoordelaar", "Assessor"),
    "oscal.role.incident_contact": ("Contactpersoon incidenten (Cbw)", "Incident contact (Cbw)"),
    "oscal.no_explanation": ("Status {status}, zonder toelichting.",
                             "Status {status}, without explanation."),
    "oscal.excluded": (
        "Beheersmaatregel niet van toepassing volgens de VvT: {justification} (risicoanalyse"
        " {risk_ref}).",
        "Control not applicable according to the SoA: {justification} (risk analysis"
        " {risk_ref}).",
    ),
})

MESSAGES.update({
    # -- bio2 aggregate ----------------------------------------------------------------
    "cli.aggregate": ("sectorbeeld over antwoordbestanden van veel organisaties (PDF, CSV)",
                      "sector view over many organisations' answer files (PDF, CSV)"),
    "cli.aggregate.long": (
        "Het beeld voor de toezichthouder: leest antwoordbestanden (YAML of JSON) van veel"
        " organisaties en schrijft per organisatietype en in totaal de spreiding van de scores"
        " per NIS2-letter en per thema, de items die het vaakst niet voldoen, de organisaties"
        " zonder bestand voor de periode en per organisatie de vingerafdruk. Ongeldige"
        " bestanden worden gemeld en overgeslagen.",
        "The supervisor's view: reads answer files (YAML or JSON) of many organisations and"
        " writes, per organisation type and overall, the spread of scores per NIS2 letter and"
        " per theme, the items most often not met, the organisations without a file for the"
        " period and each organisation's fingerprint. Invalid files are reported and skipped.",
    ),
    "cli.aggregate.files": ("antwoordbestanden of mappen met *.yaml/*.yml/*.json",
                            "answer files or folders holding *.yaml/*.yml/*.json"),
    "cli.aggregate.output": ("PDF-bestand (standaard sector-PERIODE.pdf)",
                             "PDF file (default sector-PERIOD.pdf)"),
    "cli.aggregate.csv": ("schrijf ook de rijen per organisatie als CSV",
                          "also write the per-organisation rows as CSV"),
    "cli.aggregate.period": ("periode (standaard: de periode van de meeste bestanden)",
                             "period (default: the period of most files)"),
    "cli.aggregate.expected": (
        "lijst van organisatie-id's (één per regel) die een bestand horen aan te leveren",
        "list of organisation ids (one per line) that should deliver a file",
    ),
    "cli.aggregate.workers": ("aantal werkprocessen (standaard: aantal kernen)",
                              "number of worker processes (default: number of cores)"),
    "sector.progress": ("bestanden lezen", "reading files"),
    "sector.too_many_answers": (
        "bestand bevat {answers} antwoorden, terwijl een catalogus hoogstens {items} items"
        " kent: dit is geen echte export; overgeslagen",
        "file holds {answers} answers while a catalog has at most {items} items: this is not"
        " a real export; skipped",
    ),
    "sector.out_of_memory": ("te weinig geheugen voor dit bestand; overgeslagen",
                             "not enough memory for this file; skipped"),
    "sector.more_errors": ("… en nog {count} fout(en)", "… and {count} more error(s)"),
    "sector.more_errors_file": ("{file}: … en nog {count} fout(en)",
                                "{file}: … and {count} more error(s)"),
    "sector.duplicate_line": (
        "{file}: tweede bestand voor {org} in deze periode; {winner} is nieuwer en telt",
        "{file}: second file for {org} in this period; {winner} is newer and counts",
    ),
    "sector.nothing_counted": ("geen enkel geldig antwoordbestand voor periode {period}",
                               "no valid answer file for period {period}"),
    "sector.expected_unreadable": ("kan lijst {file} niet lezen: {detail}",
                                   "cannot read list {file}: {detail}"),
    "sector.bad_workers": ("--workers moet ten minste 1 zijn", "--workers must be at least 1"),
    "sector.summary": (
        "periode {period}: {files} bestand(en) gelezen, {counted} organisatie(s) geteld,"
        " {invalid} ongeldig, {duplicates} dubbel, {other} uit een andere periode,"
        " {missing} organisatie(s) zonder bestand",
        "period {period}: {files} file(s) read, {counted} organisation(s) counted,"
        " {invalid} invalid, {duplicates} duplicate, {other} of another period,"
        " {missing} organisation(s) without a file",
    ),
    "sector.written": ("geschreven: {file}", "written: {file}"),
    "sector.written_csv": ("en {file}", "and {file}"),
    "sector.reason.expected": ("staat op de lijst --expected", "on the --expected list"),
    "sector.reason.other_period": ("alleen een bestand uit een andere periode",
                                   "only a file of another period"),
    "sector.col.org": ("organisatie", "organisation"),
    "sector.col.name": ("naam", "name"),
    "sector.col.type": ("type", "type"),
    "sector.col.entity": ("entiteit", "entity"),
    "sector.col.period": ("periode", "period"),
    "sector.col.date": ("datum", "date"),
    "sector.col.source": ("bron", "source"),
    "sector.col.catalog": ("catalogus", "catalog"),
    "sector.col.overall": ("score", "score"),
    "sector.col.coverage": ("dekking", "coverage"),
    "sector.col.fingerprint": ("vingerafdruk (SHA-256)", "fingerprint (SHA-256)"),
    "sector.col.file": ("bestand", "file"),
    "sector.col.item": ("item", "item"),
    "sector.col.title": ("titel", "title"),
    "sector.col.not_met": ("niet voldaan", "not met"),
    "sector.col.in_scope": ("van toepassing", "in scope"),
    "sector.col.share": ("aandeel", "share"),
    "sector.col.reason": ("reden", "reason"),
    "sector.col.superseded": ("vervallen bestand", "superseded file"),
    "sector.col.winner": ("telt mee", "counted instead"),
    "sector.pdf.title": ("Sectorbeeld BIO2 en Cbw, periode {period}",
                         "Sector view BIO2 and Cbw, period {period}"),
    "sector.pdf.counts": (
        "{files} bestand(en) gelezen; {counted} organisatie(s) geteld; {invalid} ongeldig en"
        " overgeslagen; {duplicates} vervangen door een nieuwer bestand; {other} uit een"
        " andere periode.",
        "{files} file(s) read; {counted} organisation(s) counted; {invalid} invalid and"
        " skipped; {duplicates} superseded by a newer file; {other} of another period.",
    ),
    "sector.pdf.catalogs_mixed": (
        "Let op: de bestanden gebruiken verschillende catalogusversies ({catalogs}). Alle"
        " scores zijn berekend over de {shared} items die deze versies gemeen hebben.",
        "Note: the files use different catalog versions ({catalogs}). All scores are"
        " computed over the {shared} items these versions share.",
    ),
    "sector.pdf.catalog_one": ("Alle bestanden gebruiken catalogus {catalog} ({items} items).",
                               "All files use catalog {catalog} ({items} items)."),
    "sector.pdf.method": (
        "Scores zijn gewogen zoals in bio2 score: per item een gewicht uit het risicoprofiel"
        " en het organisatietype, ja telt volledig, deels half, nee en open niet; n.v.t. en"
        " items buiten de VvT tellen niet mee. Spreiding: minimum, kwartielen, mediaan en"
        " maximum over de organisaties. Bij twee bestanden van één organisatie telt het"
        " bestand met de jongste beoordelingsdatum.",
        "Scores are weighted as in bio2 score: each item has a weight from the risk profile"
        " and the organisation type; yes counts fully, partly half, no and open not at all;"
        " n/a and items outside the SoA do not count. Spread: minimum, quartiles, median and"
        " maximum over the organisations. Of two files of one organisation the one with the"
        " latest assessment date counts.",
    ),
    "sector.pdf.overall": ("Totaal", "Overall"),
    "sector.pdf.group": ("onderdeel", "part"),
    "sector.pdf.median": ("mediaan", "median"),
    "sector.pdf.all_types": ("alle organisaties", "all organisations"),
    "sector.pdf.distribution": ("Spreiding van de scores: {who}", "Spread of scores: {who}"),
    "sector.pdf.not_met": ("Items die het vaakst niet voldoen", "Items most often not met"),
    "sector.pdf.not_met_rule": (
        "Niet voldaan = status nee of deels bij een item dat van toepassing is; aandeel ="
        " niet voldaan gedeeld door het aantal organisaties waarvoor het item van toepassing is.",
        "Not met = status no or partly on an item in scope; share = not met divided by the"
        " number of organisations for which the item is in scope.",
    ),
    "sector.pdf.missing": ("Organisaties zonder antwoordbestand voor periode {period}",
                           "Organisations without an answer file for period {period}"),
    "sector.pdf.duplicates": ("Dubbele bestanden (jongste beoordelingsdatum telt)",
                              "Duplicate files (latest assessment date counts)"),
    "sector.pdf.other_periods": ("Bestanden uit een andere periode (niet geteld)",
                                 "Files of another period (not counted)"),
    "sector.pdf.invalid": ("Ongeldige bestanden (overgeslagen)", "Invalid files (skipped)"),
    "sector.pdf.per_org": ("Per organisatie", "Per organisation"),
    "sector.pdf.none": ("Geen.", "None."),
    "sector.pdf.page": ("pagina {page}", "page {page}"),
    "sector.pdf.attribution": (
        "BIO2-nummering en categorieën: Baseline Informatiebeveiliging Overheid 2, Staat der"
        " Nederlanden. NIS2-koppeling afgeleid van ENISA-richtlijnen (CC BY 4.0). Structuur"
        " van de Cbw-items: ADR & NOREA Cbw (NIS2) Control Framework v1.2 (CC BY 4.0)."
        " ISO/IEC 27001 en 27002 zijn normen van ISO/IEC en NEN; hun tekst is niet overgenomen.",
        "BIO2 numbering and categories: Baseline Informatiebeveiliging Overheid 2, Staat der"
        " Nederlanden. NIS2 mapping derived from ENISA guidance (CC BY 4.0). Cbw item"
        " structure: ADR & NOREA Cbw (NIS2) Control Framework v1.2 (CC BY 4.0). ISO/IEC 27001"
        " and 27002 are standards of ISO/IEC and NEN; their text is not reproduced.",
    ),
    # labels next to the codes in the sector CSV (issue 11 §6)
    "sector.col.type_label": ("soort organisatie", "organisation type"),
    "sector.col.entity_label": ("soort Cbw-entiteit", "Cbw entity kind"),
    # the Cbw sector of a registration in words (the file keeps the code ``overheid``)
    "registration.sector.overheid": ("overheid", "government"),
})
