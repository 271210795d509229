"""The sector overview, ``bio2 aggregate`` and its CSV/PDF (``sector.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
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
        " van de Cbw-items: ADR & NOREA Cbw (NIS2) Control Framework v1.2 (CC BY 4.0), aangepast."
        " ISO/IEC 27001 en 27002 zijn normen van ISO/IEC en NEN; hun tekst is niet overgenomen.",
        "BIO2 numbering and categories: Baseline Informatiebeveiliging Overheid 2, Staat der"
        " Nederlanden. NIS2 mapping derived from ENISA guidance (CC BY 4.0). Cbw item"
        " structure: ADR & NOREA Cbw (NIS2) Control Framework v1.2 (CC BY 4.0), adapted. ISO/IEC 27001"
        " and 27002 are standards of ISO/IEC and NEN; their text is not reproduced.",
    ),
    # labels next to the codes in the sector CSV (issue 11 §6)
    "sector.col.type_label": ("soort organisatie", "organisation type"),
    "sector.col.entity_label": ("soort Cbw-entiteit", "Cbw entity kind"),
    # aggregate
    "sector.too_many_workers": (
        "--workers is ten hoogste {limit}", "--workers is at most {limit}",
    ),
    "sector.skipped": (
        "{file}: overgeslagen, {reason}", "{file}: skipped, {reason}",
    ),
    # aggregate workers under a memory limit (bio2.usecases.workers)
    "sector.worker_stopped": (
        "het leesproces stopte bij dit bestand (geheugengrens per proces bereikt);"
        " overgeslagen",
        "the reading process stopped on this file (memory limit per process reached);"
        " skipped",
    ),
}
