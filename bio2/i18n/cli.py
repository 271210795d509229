"""The command line: help of every command and option (``cli.*``), argparse's own
strings in our words (``argparse.*``) and the attribution (``about.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # command line
    "cli.description": (
        "Zelfevaluatie tegen de BIO2 en verantwoording voor de Cyberbeveiligingswet.",
        "Self-assessment against BIO2 and accountability for the Dutch Cybersecurity Act.",
    ),
    "cli.epilog": (
        "Zonder opdracht opent bio2 de terminal-interface.",
        "Without a command bio2 opens the terminal interface.",
    ),
    "cli.db": (
        "SQLite-database (standaard: BIO2_DB of de gebruikersmap)",
        "SQLite database (default: BIO2_DB or the user data dir)",
    ),
    "cli.lang": ("taal van de uitvoer: nl of en", "output language: nl or en"),
    "cli.debug": ("toon de volledige traceback bij fouten", "show the full traceback on errors"),
    "cli.version": ("toon de versie", "show the version"),
    "cli.commands": ("opdrachten", "commands"),
    "cli.catalog": ("de BIO2-catalogus bekijken", "inspect the BIO2 catalog"),
    "cli.catalog.list": ("alle beheersmaatregelen, overheidsmaatregelen en ISMS-eisen",
                         "all controls, government measures and ISMS clauses"),
    "cli.catalog.show": ("één item met toelichting", "one item with guidance"),
    "cli.catalog.id": ("catalogus (standaard {default})", "catalog (default {default})"),
    "cli.item": ("itemnummer, bijv. 5.17.01, 5.3 of isms-6.1.2",
                 "item number, e.g. 5.17.01, 5.3 or isms-6.1.2"),
    "cli.demo": ("maak de demo-organisatie Gemeente Voorbeeld (opnieuw) aan",
                 "create (or recreate) the demo organisation Gemeente Voorbeeld"),
    "cli.yes": ("niet vragen, gewoon doen", "do not ask, just do it"),
    "cli.score": ("gewogen score van een beoordeling", "weighted score of an assessment"),
    "cli.org": ("organisatie-id, bijv. gemeente-voorbeeld", "organisation id, e.g. gemeente-voorbeeld"),
    "cli.assessment_catalog": (
        "catalogus van de beoordeling, als er meer zijn (standaard de vastgestelde)",
        "catalog of the assessment when there are several (default: the adopted one)",
    ),
    "cli.period": ("periode, bijv. 2026", "period, e.g. 2026"),
    "cli.tui": ("open de terminal-interface", "open the terminal interface"),
    "cli.error": ("fout: {message}", "error: {message}"),
    "cli.unexpected": (
        "onverwachte fout: {message} (gebruik --debug voor details)",
        "unexpected error: {message} (use --debug for details)",
    ),
    "cli.interrupted": ("afgebroken", "interrupted"),
    "cli.demo.confirm": (
        "Demo-organisatie {org} bestaat al; opnieuw aanmaken en de huidige antwoorden"
        " verwijderen? [j/N] ",
        "Demo organisation {org} exists; recreate it and delete its current answers? [y/N] ",
    ),
    "cli.demo.kept": ("niets gewijzigd", "nothing changed"),
    "cli.demo.done": (
        "demo-organisatie {org} aangemaakt: periode {period}, {answered} van {total} items"
        " met een besluit (database {db})",
        "demo organisation {org} created: period {period}, {answered} of {total} items"
        " decided (database {db})",
    ),
    "cli.yes_answers": ("j", "y"),
    "cli.validate": ("controleer antwoordbestanden zonder database",
                     "check answer files without a database"),
    "cli.files": ("antwoordbestand(en), YAML of JSON", "answer file(s), YAML or JSON"),
    "cli.strict": ("waarschuwingen tellen als fout", "warnings count as errors"),
    "cli.import": ("importeer antwoordbestanden in de database (samenvoegen)",
                   "import answer files into the database (merge)"),
    "cli.dry_run": ("laat zien wat er zou gebeuren, schrijf niets",
                    "show what would happen, write nothing"),
    "cli.on_conflict": (
        "bij gewijzigde items: fail (niets schrijven), theirs (bestand wint), ours (database"
        " wint)",
        "for changed items: fail (write nothing), theirs (file wins), ours (database wins)",
    ),
    "cli.export": ("schrijf een beoordeling als antwoordbestand",
                   "write an assessment as an answer file"),
    "cli.output": ("uitvoerbestand (- voor standaarduitvoer)", "output file (- for stdout)"),
    "cli.format": ("bestandsformaat", "file format"),
    "cli.view": ("self: de zelfevaluatie; audit: het auditoordeel",
                 "self: the self-assessment; audit: the audit view"),
    "cli.diff": ("verschillen per item tussen twee antwoordsets",
                 "item-by-item differences between two answer sets"),
    "cli.diff.long": (
        "Verschillen per item tussen twee antwoordsets: twee bestanden, of een beoordeling in"
        " de database (--db ORG PERIODE) tegen een bestand of tegen haar auditoordeel"
        " (--audit).",
        "Item-by-item differences between two answer sets: two files, or an assessment in the"
        " database (--db ORG PERIOD) against a file or against its audit view (--audit).",
    ),
    "cli.diff.db": ("neem de beoordeling ORG PERIODE uit de database",
                    "take assessment ORG PERIOD from the database"),
    "cli.diff.audit": ("vergelijk met het auditoordeel in de database",
                       "compare with the audit view in the database"),
    "cli.schema": ("druk het JSON Schema van bio2-answers/1 af",
                   "print the JSON Schema of bio2-answers/1"),
    "cli.fingerprint": ("SHA-256-vingerafdruk van de antwoorden (zoals in het rapport)",
                        "SHA-256 fingerprint of the answers (as in the report)"),
    # command line
    "cli.report": ("verantwoordingsrapportage als PDF", "accountability report as PDF"),
    "cli.report.long": (
        "Schrijft de verantwoordingsrapportage (PDF) van een beoordeling: samenvatting voor het"
        " bestuur, governance, VvT, overheidsmaatregelen, Cbw/NIS2, verbeterplan, concept-"
        "verklaring en bijlage met alle antwoorden.",
        "Writes the accountability report (PDF) of an assessment: board summary, governance,"
        " statement of applicability, government measures, Cbw/NIS2, improvement plan, draft"
        " statement and an annex with every answer.",
    ),
    "cli.report.output": ("PDF-bestand (standaard ORG-PERIODE.pdf)",
                          "PDF file (default ORG-PERIOD.pdf)"),
    "cli.report.date": (
        "rapportdatum JJJJ-MM-DD (standaard vandaag); dezelfde datum geeft dezelfde PDF",
        "report date YYYY-MM-DD (default today); the same date gives the same PDF",
    ),
    "cli.report.classification": (
        "rubricering op elke pagina (standaard die van de organisatie, anders Vertrouwelijk)",
        "classification marking on every page (default the organisation's, else Confidential)",
    ),
    "cli.report.format": ("pdf (standaard) of html: één toegankelijke HTML-pagina",
                          "pdf (default) or html: one accessible HTML page"),
    # -- bio2 cbw --------------------------------------------------------------------
    "cli.cbw": ("Cbw/NIS2-gereedheid van een beoordeling", "Cbw/NIS2 readiness of an assessment"),
    "cli.cbw_format": ("uitvoer: text (tabellen) of json (voor scripts en de toezichthouder)",
                       "output: text (tables) or json (for scripts and the supervisor)"),
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
    "cli.catalog.import_official": (
        "lees de officiële BIO2 Deel 2 (Markdown) in, om naast onze toelichting te tonen",
        "read the official BIO2 Part 2 (Markdown) to show beside our guidance",
    ),
    "cli.catalog.import_official.file": ("het Markdown-bestand van BIO2 Deel 2",
                                         "the Markdown file of BIO2 Part 2"),
    "cli.catalog.import_official.catalog": (
        "catalogus waarbij de tekst hoort (standaard: herkend aan de opmaak)",
        "catalog the text belongs to (default: recognised from the layout)",
    ),
    # catalog diff
    "cli.catalog.diff": ("verschillen tussen twee catalogusversies",
                         "differences between two catalog versions"),
    "cli.catalog.diff.old": ("oude catalogus, bijv. bio2-1.2", "old catalog, e.g. bio2-1.2"),
    "cli.catalog.diff.new": ("nieuwe catalogus, bijv. bio2-1.3-concept",
                             "new catalog, e.g. bio2-1.3-concept"),
    # bio2 migrate
    "cli.migrate": ("zet een beoordeling over naar een andere catalogusversie",
                    "move an assessment to another catalog version"),
    "cli.migrate.long": (
        "Maakt een nieuwe beoordeling voor dezelfde organisatie en periode op de catalogus"
        " --to. Antwoorden gaan mee met verplaatste nummers, de VvT gaat mee, nieuwe items"
        " staan open en vervallen items worden met hun antwoorden getoond. De oude beoordeling"
        " blijft ongewijzigd.",
        "Creates a new assessment for the same organisation and period on catalog --to."
        " Answers follow renumbered items, the statement of applicability is carried, new"
        " items start open, and removed items are listed with their answers. The old"
        " assessment stays unchanged.",
    ),
    "cli.migrate.to": ("doelcatalogus, bijv. bio2-1.3-concept",
                       "target catalog, e.g. bio2-1.3-concept"),
    "cli.migrate.dry_run": ("toon wat er zou gebeuren, sla niets op",
                            "show what would happen, store nothing"),
    "cli.user": (
        "wie het werk doet (komt in de historie; ook BIO2_USER)",
        "who is doing the work (goes into the history; also BIO2_USER)"),
    # bio2 verify-history
    "cli.verify_history": (
        "controleer de hashketen van de historie (waar is er geknoeid?)",
        "check the hash chain of the history (where was it tampered with?)"),
    "cli.force": (
        "een bestaand uitvoerbestand overschrijven",
        "overwrite an existing output file",
    ),
    # demo database (bio2 --demo, bio2 demo)
    "cli.demo_flag": (
        "gebruik de demodatabase (los van uw echte gegevens; wordt bij de eerste start"
        " gevuld met Gemeente Voorbeeld)",
        "use the demo database (apart from your real data; filled with Gemeente Voorbeeld"
        " on first start)",
    ),
    "cli.demo_and_db": (
        "--demo en --db gaan niet samen: de demo heeft zijn eigen database",
        "--demo and --db do not go together: the demo has its own database",
    ),
    "cli.demo.real_data": (
        "database {db} bevat echte organisaties ({orgs}); de demo komt daar niet bij."
        " Open de demo in zijn eigen database met: bio2 --demo",
        "database {db} holds real organisations ({orgs}); the demo is not added to it."
        " Open the demo in its own database with: bio2 --demo",
    ),
    # bio2 delete and the start screen's delete key (bio2.usecases.deletion)
    "cli.delete": ("verwijder een organisatie of één beoordeling (met reservekopie)",
                   "delete an organisation or one assessment (with a backup)"),
    "cli.delete_long": (
        "Verwijdert organisatie ORG met al haar beoordelingen, of alleen de beoordeling"
        " van PERIODE. Eerst gaan een reservekopie van de database en de"
        " antwoordbestanden (eigen en auditweergave) naar de map <naam>-backups naast de"
        " database; de verwijdering zelf wordt vastgelegd.",
        "Deletes organisation ORG with all its assessments, or only the assessment of"
        " PERIOD. First a backup of the database and the answer files (own and audit"
        " view) go to the folder <name>-backups next to the database; the deletion itself"
        " is recorded.",
    ),
    "cli.delete_period": ("alleen de beoordeling van deze periode",
                          "only the assessment of this period"),
    # bio2 backup / restore (bio2.store.backup)
    "cli.backup": ("maak een reservekopie van de database", "make a backup of the database"),
    "cli.backup_long": (
        "Maakt een consistente kopie van de database, ook terwijl de terminal-interface"
        " open is. Zonder -o komt die in de map <naam>-backups naast de database.",
        "Makes a consistent copy of the database, also while the terminal interface is"
        " open. Without -o it goes to the folder <name>-backups next to the database.",
    ),
    "cli.backup_output": ("het bestand van de kopie", "the file of the copy"),
    "cli.backup_force": ("een bestaand bestand overschrijven", "overwrite an existing file"),
    "cli.restore": ("zet een reservekopie terug", "put a backup back"),
    "cli.restore_long": (
        "Vervangt de inhoud van de database door een reservekopie van bio2, na"
        " bevestiging (--yes zonder terminal). De huidige stand gaat eerst naar de map"
        " <naam>-backups naast de database.",
        "Replaces the contents of the database by a bio2 backup, after confirmation"
        " (--yes without a terminal). The current state goes to the folder <name>-backups"
        " next to the database first.",
    ),
    "cli.restore_file": ("de reservekopie (een bio2-database)",
                         "the backup (a bio2 database)"),
    # argparse's own strings (looked up through our catalog, see bio2.cli.main)
    "argparse.usage: ": ("gebruik: ", "usage: "),
    "argparse.options": ("opties", "options"),
    "argparse.positional arguments": ("argumenten", "positional arguments"),
    "argparse.show this help message and exit": ("toon deze hulp en stop",
                                                 "show this help message and exit"),
    "argparse.%(prog)s: error: %(message)s\n": ("%(prog)s: fout: %(message)s\n",
                                                 "%(prog)s: error: %(message)s\n"),
    "argparse.the following arguments are required: %s": (
        "deze argumenten ontbreken: %s", "the following arguments are required: %s"),
    "argparse.invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)"),
    "argparse.unrecognized arguments: %s": ("onbekende argumenten: %s",
                                            "unrecognized arguments: %s"),
    "argparse.argument %(argument_name)s: %(message)s": (
        "argument %(argument_name)s: %(message)s", "argument %(argument_name)s: %(message)s"),
    "argparse.expected one argument": ("verwacht één waarde", "expected one argument"),
    "argparse.expected %s arguments": ("verwacht %s waarden", "expected %s arguments"),
    # TUI placeholder strings used by the first screen
    "about.attribution": (
        "BIO2-nummering en categorieën: Baseline Informatiebeveiliging Overheid 2, Staat der"
        " Nederlanden. NIS2-koppeling afgeleid van ENISA-richtsnoeren (CC BY 4.0)."
        " Cbw-itemstructuur: ADR & NOREA Cbw (NIS2) Control Framework v1.2 (CC BY 4.0), aangepast."
        " ISO/IEC 27001 en 27002 zijn normen van ISO/IEC en NEN; hun tekst is niet"
        " overgenomen.",
        "BIO2 numbering and categories: Baseline Informatiebeveiliging Overheid 2, Staat der"
        " Nederlanden. NIS2 mapping derived from ENISA guidance (CC BY 4.0). Cbw item"
        " structure: ADR & NOREA Cbw (NIS2) Control Framework v1.2 (CC BY 4.0), adapted. ISO/IEC 27001"
        " and 27002 are standards of ISO/IEC and NEN; their text is not reproduced.",
    ),
}
