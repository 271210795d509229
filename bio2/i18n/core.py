"""Messages of the core: command line, catalog, profiles, store, scoring words."""

MESSAGES: dict[str, tuple[str, str]] = {
    # vocabulary
    "theme.organisatorisch": ("Organisatorisch", "Organisational"),
    "theme.mensgericht": ("Mensgericht", "People"),
    "theme.fysiek": ("Fysiek", "Physical"),
    "theme.technologisch": ("Technologisch", "Technological"),
    "theme.isms": ("ISMS (ISO 27001 hoofdstuk 4-10)", "ISMS (ISO 27001 clauses 4-10)"),
    "category.basishygiene": ("basishygiëne", "basic hygiene"),
    "category.ketenhygiene": ("ketenhygiëne", "chain hygiene"),
    "category.overheidsrisico": ("overheidsrisico", "government risk"),
    "property.beschikbaarheid": ("beschikbaarheid", "availability"),
    "property.integriteit": ("integriteit", "integrity"),
    "property.vertrouwelijkheid": ("vertrouwelijkheid", "confidentiality"),
    "concept.identificeren": ("identificeren", "identify"),
    "concept.beschermen": ("beschermen", "protect"),
    "concept.detecteren": ("detecteren", "detect"),
    "concept.reageren": ("reageren", "respond"),
    "concept.herstellen": ("herstellen", "recover"),
    "level.laag": ("laag", "low"),
    "level.midden": ("midden", "medium"),
    "level.hoog": ("hoog", "high"),
    "status.ja": ("ja", "yes"),
    "status.deels": ("deels", "partly"),
    "status.nee": ("nee", "no"),
    "status.nvt": ("n.v.t.", "n/a"),
    "status.open": ("open", "open"),
    "status.excluded": ("niet van toepassing (VvT)", "not applicable (SoA)"),
    "kind.measure": ("overheidsmaatregel", "government measure"),
    "kind.control": ("beheersmaatregel (direct beoordeeld)", "control (assessed directly)"),
    "kind.clause": ("ISMS-eis", "ISMS clause"),
    "orgtype.rijk": ("Rijk (ministerie of agentschap)", "Central government"),
    "orgtype.provincie": ("provincie", "province"),
    "orgtype.gemeente": ("gemeente", "municipality"),
    "orgtype.waterschap": ("waterschap", "water authority"),
    "orgtype.zbo": ("zelfstandig bestuursorgaan (ZBO)", "independent administrative body"),
    "orgtype.gemeenschappelijke-regeling": ("gemeenschappelijke regeling", "joint arrangement"),
    "orgtype.anders": ("andere overheidsorganisatie", "other government body"),
    "entity.essentieel": ("essentiële entiteit", "essential entity"),
    "entity.belangrijk": ("belangrijke entiteit", "important entity"),
    "entity.niet": ("geen entiteit onder de Cbw", "not an entity under the Cbw"),
    "catalog.status.vastgesteld": ("vastgesteld", "adopted"),
    "catalog.status.concept": ("concept zonder formele status", "draft without formal status"),
    "nis2.letter": ("NIS2 art. 21(2) {letter}", "NIS2 art. 21(2) {letter}"),
    # addressees and signatories (profiles)
    "addressee.college": ("het college van burgemeester en wethouders", "the municipal executive"),
    "addressee.raad": ("de gemeenteraad", "the municipal council"),
    "addressee.gs": ("Gedeputeerde Staten", "the provincial executive"),
    "addressee.ps": ("Provinciale Staten", "the provincial council"),
    "addressee.db": ("het dagelijks bestuur", "the executive board"),
    "addressee.ab": ("het algemeen bestuur", "the general board"),
    "addressee.sg": ("de secretaris-generaal", "the secretary-general"),
    "addressee.minister": ("de minister", "the minister"),
    "addressee.bestuur": ("het bestuur", "the board"),
    "addressee.rvt": ("de raad van toezicht", "the supervisory board"),
    "signatory.college": ("Burgemeester en wethouders", "Mayor and aldermen"),
    "signatory.gs": ("Gedeputeerde Staten", "Provincial executive"),
    "signatory.db": ("Het dagelijks bestuur", "The executive board"),
    "signatory.sg": ("De secretaris-generaal", "The secretary-general"),
    "signatory.bestuur": ("Het bestuur", "The board"),
    # problems
    "problem.warning": ("waarschuwing:", "warning:"),
    "catalog.duplicate_id": ("id {id} komt twee keer voor", "id {id} occurs twice"),
    "catalog.unknown_parent": (
        "onbekende beheersmaatregel {control} als ouder", "unknown parent control {control}",
    ),
    "catalog.unknown_item": ("onbekend item {item}", "unknown item {item}"),
    "catalog.wrong_prefix": (
        "nummer {id} past niet bij beheersmaatregel {control}",
        "number {id} does not belong to control {control}",
    ),
    "catalog.direct_with_measures": (
        "beheersmaatregel {control} heeft overheidsmaatregelen maar ook eigen categorieën",
        "control {control} has government measures and also its own categories",
    ),
    "catalog.direct_without_categories": (
        "beheersmaatregel {control} heeft geen overheidsmaatregel en geen categorieën",
        "control {control} has no government measure and no categories",
    ),
    "catalog.unknown": (
        "onbekende catalogus {id}; bekend: {known}", "unknown catalog {id}; known: {known}",
    ),
    "catalog.file_missing": ("bestand ontbreekt: {file}", "file missing: {file}"),
    "catalog.id_mismatch": (
        "id {id} past niet bij de bestandsnaam", "id {id} does not match the file name",
    ),
    "profile.unknown": (
        "onbekend organisatietype {type}; bekend: {known}",
        "unknown organisation type {type}; known: {known}",
    ),
    "profile.type_mismatch": (
        "type {type} past niet bij de bestandsnaam", "type {type} does not match the file name",
    ),
    # store and service
    "store.newer_schema": (
        "database {path} heeft schemaversie {found}; deze versie van bio2 kent tot {known}."
        " Werk bio2 bij; de database is niet gewijzigd.",
        "database {path} has schema version {found}; this bio2 knows up to {known}."
        " Upgrade bio2; the database was not changed.",
    ),
    "store.not_a_database": (
        "{path} is geen bio2-database", "{path} is not a bio2 database",
    ),
    "service.unknown_org": (
        "onbekende organisatie {org}; bekend: {known}", "unknown organisation {org}; known: {known}",
    ),
    "service.unknown_period": (
        "organisatie {org} heeft geen beoordeling voor periode {period}; wel: {known}",
        "organisation {org} has no assessment for period {period}; it has: {known}",
    ),
    "service.unknown_item": ("onbekend item {item}", "unknown item {item}"),
    "service.none": ("(geen)", "(none)"),
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
    # catalog list / show
    "list.title": ("Catalogus {id}: {title} ({status})", "Catalog {id}: {title} ({status})"),
    "list.col.id": ("nummer", "number"),
    "list.kind.direct": ("direct beoordeeld", "assessed directly"),
    "list.col.title": ("titel", "title"),
    "list.col.kind": ("soort", "kind"),
    "list.col.categories": ("categorieën", "categories"),
    "list.col.nis2": ("NIS2", "NIS2"),
    "list.col.theme": ("thema", "theme"),
    "list.col.controls": ("beheersmaatregelen", "controls"),
    "list.col.measures": ("overheidsmaatregelen", "measures"),
    "list.col.direct": ("direct beoordeeld", "assessed directly"),
    "list.col.items": ("items", "items"),
    "list.col.category": ("categorie", "category"),
    "list.col.count": ("aantal overheidsmaatregelen", "number of measures"),
    "list.totals": ("Totaal: {controls} beheersmaatregelen, {measures} overheidsmaatregelen,"
                    " {direct} direct beoordeeld, {clauses} ISMS-eisen, {items} items",
                    "Total: {controls} controls, {measures} government measures,"
                    " {direct} assessed directly, {clauses} ISMS clauses, {items} items"),
    "show.number": ("Nummer", "Number"),
    "show.kind": ("Soort", "Kind"),
    "show.control": ("Beheersmaatregel", "Control"),
    "show.theme": ("Thema", "Theme"),
    "show.categories": ("Categorieën", "Categories"),
    "show.properties": ("BIV-eigenschappen", "CIA properties"),
    "show.concepts": ("Cybersecurityconcepten", "Cybersecurity concepts"),
    "show.nis2": ("NIS2 art. 21(2)", "NIS2 art. 21(2)"),
    "show.cbw": ("Cbw Control Framework", "Cbw Control Framework"),
    "show.guidance": ("Toelichting (bio2)", "Guidance (bio2)"),
    "show.measures": ("Overheidsmaatregelen", "Government measures"),
    # score
    "score.title": ("{org} · periode {period} · {catalog}", "{org} · period {period} · {catalog}"),
    "score.overall": ("Totaal", "Overall"),
    "score.col.group": ("groep", "group"),
    "score.col.score": ("score", "score"),
    "score.col.coverage": ("dekking", "coverage"),
    "score.col.items": ("items", "items"),
    "score.col.gaps": ("tekorten", "gaps"),
    "score.themes": ("Per thema", "Per theme"),
    "score.categories": ("Per categorie", "Per category"),
    "score.nis2": ("Per NIS2-letter (art. 21 lid 2)", "Per NIS2 letter (art. 21(2))"),
    "score.col.item": ("item", "item"),
    "score.col.status": ("status", "status"),
    "score.col.weight": ("gewicht", "weight"),
    "score.col.residual": ("restrisico", "residual risk"),
    "score.col.title": ("titel", "title"),
    "score.col.owner": ("eigenaar", "owner"),
    "score.none": ("-", "-"),
    "score.expired": ("Verlopen risicoacceptaties: {items}", "Expired risk acceptances: {items}"),
    "score.overdue": ("Streefdatum verstreken: {items}", "Due date passed: {items}"),
    # TUI placeholder strings used by the first screen
    "about.attribution": (
        "BIO2-nummering en categorieën: Baseline Informatiebeveiliging Overheid 2, Staat der"
        " Nederlanden. NIS2-koppeling afgeleid van ENISA-richtsnoeren (CC BY 4.0)."
        " Cbw-itemstructuur: ADR & NOREA Cbw (NIS2) Control Framework v1.2 (CC BY 4.0)."
        " ISO/IEC 27001 en 27002 zijn normen van ISO/IEC en NEN; hun tekst is niet"
        " overgenomen.",
        "BIO2 numbering and categories: Baseline Informatiebeveiliging Overheid 2, Staat der"
        " Nederlanden. NIS2 mapping derived from ENISA guidance (CC BY 4.0). Cbw item"
        " structure: ADR & NOREA Cbw (NIS2) Control Framework v1.2 (CC BY 4.0). ISO/IEC 27001"
        " and 27002 are standards of ISO/IEC and NEN; their text is not reproduced.",
    ),
    # generic type names for messages
    "type.int": ("een getal", "a number"),
    "type.float": ("een kommagetal", "a decimal number"),
    "type.bool": ("true/false", "true/false"),
    "type.str": ("tekst", "text"),
    "type.list": ("een lijst", "a list"),
    "type.dict": ("een mapping", "a mapping"),
    "type.NoneType": ("niets (leeg)", "nothing (empty)"),
    # yaml
    "yaml.too_big": (
        "bestand is {size} bytes; maximaal {limit} toegestaan",
        "file is {size} bytes; at most {limit} allowed",
    ),
    "yaml.bom": (
        "bestand begint met een byte order mark (BOM); sla op als UTF-8 zonder BOM",
        "file starts with a byte order mark (BOM); save as UTF-8 without BOM",
    ),
    "yaml.not_utf8": ("bestand is geen geldige UTF-8", "file is not valid UTF-8"),
    "yaml.nul": ("NUL-teken in het bestand", "NUL character in the file"),
    "yaml.empty": ("bestand is leeg", "file is empty"),
    "yaml.alias": (
        "YAML-ankers en -aliassen (& en *) zijn niet toegestaan",
        "YAML anchors and aliases (& and *) are not allowed",
    ),
    "yaml.tag": ("YAML-tag {tag} is niet toegestaan", "YAML tag {tag} is not allowed"),
    "yaml.too_deep": ("te diep genest", "nested too deeply"),
    "yaml.complex_key": ("sleutel moet eenvoudige tekst zijn", "key must be plain text"),
    "yaml.duplicate_key": ("sleutel {key} komt twee keer voor", "key {key} occurs twice"),
    "yaml.multiple_documents": (
        "meer dan één YAML-document in het bestand", "more than one YAML document in the file",
    ),
    "yaml.syntax": ("geen geldige YAML: {detail}", "not valid YAML: {detail}"),
    "yamldetail.did not find expected key": (
        "sleutel verwacht (klopt de inspringing?)", "did not find expected key (check the indentation)"),
    "yamldetail.did not find expected node content": (
        "waarde verwacht", "did not find expected node content"),
    "yamldetail.mapping values are not allowed in this context": (
        "hier mag geen 'sleutel: waarde' staan (een dubbele punt in tekst, of verkeerde inspringing?)",
        "mapping values are not allowed in this context (a colon in text, or wrong indentation?)"),
    "yamldetail.found character that cannot start any token": (
        "teken dat hier niet mag (een tab of een @ of ` aan het begin?)",
        "found character that cannot start any token (a tab, or @ or ` at the start?)"),
    "yamldetail.found unexpected end of stream": (
        "bestand houdt onverwacht op (een aanhalingsteken niet gesloten?)",
        "found unexpected end of stream (an unclosed quote?)"),
    "yamldetail.could not find expected ':'": (
        "':' verwacht na de sleutel", "could not find expected ':'"),
    "yamldetail.did not find expected ',' or ']'": (
        "',' of ']' verwacht: lijst niet gesloten", "did not find expected ',' or ']'"),
    "yamldetail.did not find expected ',' or '}'": (
        "',' of '}' verwacht: mapping niet gesloten", "did not find expected ',' or '}'"),
    "yamldetail.found a tab character that violates indentation": (
        "tab gebruikt voor inspringing; gebruik spaties",
        "found a tab character that violates indentation; use spaces"),
    "yaml.not_mapping": (
        "verwacht een mapping (sleutel: waarde) bovenaan het bestand",
        "expected a mapping (key: value) at the top of the file",
    ),
    "file.unreadable": ("kan bestand niet lezen: {detail}", "cannot read file: {detail}"),
    # pydantic error types
    "pyd.missing": ("verplicht veld ontbreekt", "required field missing"),
    "pyd.extra_forbidden": ("onbekend veld", "unknown field"),
    "pyd.literal_error": (
        "ongeldige waarde {value}; toegestaan: {expected}",
        "invalid value {value}; allowed: {expected}",
    ),
    "pyd.or": (" of ", " or "),
    "pyd.hint_bool": (
        " (yes/no/on/off zijn geen geldige waarden; schrijf ja of nee)",
        " (yes/no/on/off are not valid values; write ja or nee)",
    ),
    "pyd.hint_quote": (
        " (zet de waarde tussen aanhalingstekens)", " (put the value in quotes)",
    ),
    "pyd.string_type": ("verwacht tekst, gevonden {found}", "expected text, found {found}"),
    "pyd.int_type": ("verwacht een geheel getal, gevonden {found}",
                     "expected a whole number, found {found}"),
    "pyd.float_type": ("verwacht een getal, gevonden {found}", "expected a number, found {found}"),
    "pyd.bool_type": ("verwacht true of false, gevonden {found}",
                      "expected true or false, found {found}"),
    "pyd.list_type": ("verwacht een lijst, gevonden {found}", "expected a list, found {found}"),
    "pyd.tuple_type": ("verwacht een lijst, gevonden {found}", "expected a list, found {found}"),
    "pyd.dict_type": ("verwacht een mapping, gevonden {found}",
                      "expected a mapping, found {found}"),
    "pyd.model_type": ("verwacht een mapping (sleutel: waarde), gevonden {found}",
                       "expected a mapping (key: value), found {found}"),
    "pyd.model_attributes_type": ("verwacht een mapping (sleutel: waarde), gevonden {found}",
                                  "expected a mapping (key: value), found {found}"),
    "pyd.less_than_equal": ("mag hoogstens {le} zijn", "must be at most {le}"),
    "pyd.greater_than_equal": ("moet minstens {ge} zijn", "must be at least {ge}"),
    "pyd.string_too_short": ("te kort (minimaal {min_length} tekens)",
                             "too short (at least {min_length} characters)"),
    "pyd.string_too_long": ("te lang (maximaal {max_length} tekens)",
                            "too long (at most {max_length} characters)"),
    "pyd.too_short": ("te weinig elementen (minimaal {min_length})",
                      "too few elements (at least {min_length})"),
    "pyd.too_long": ("te veel elementen (maximaal {max_length})",
                     "too many elements (at most {max_length})"),
    "pyd.string_pattern_mismatch": ("voldoet niet aan het patroon {pattern}",
                                    "does not match the pattern {pattern}"),
    "pyd.bio2_date": ("geen datum; schrijf JJJJ-MM-DD", "not a date; write YYYY-MM-DD"),
    "pyd.bio2_date_nonexistent": ("datum {value} bestaat niet", "date {value} does not exist"),
    "pyd.bio2_date_suggest": ("geen datum in de vorm JJJJ-MM-DD; bedoelt u {suggestion}?",
                              "not a date in the form YYYY-MM-DD; did you mean {suggestion}?"),
    "pyd.bio2_sha256": ("sha256 moet 64 hexadecimale tekens zijn",
                        "sha256 must be 64 hexadecimal characters"),
    "pyd.date_type": ("geen datum; schrijf JJJJ-MM-DD", "not a date; write YYYY-MM-DD"),
    "pyd.float_parsing": ("geen getal", "not a number"),
    "pyd.int_parsing": ("geen geheel getal", "not a whole number"),
    "pyd.int_from_float": ("verwacht een geheel getal", "expected a whole number"),
    "pyd.value_error": ("ongeldige waarde", "invalid value"),
    # English guidance in the catalogs (issue 11 §6)
    "pyd.bio2_guidance_pair": (
        "guidance en guidance_en horen bij elkaar: geef beide of geen van beide",
        "guidance and guidance_en go together: give both or neither"),
}
