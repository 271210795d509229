"""The database: store errors (``store.*``), database trouble in words (``trouble.*``),
backup, restore and delete (``backup.*``, ``restore.*``, ``delete.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    "store.conflict": (
        "{key} is intussen door iemand anders gewijzigd; er is niets overschreven",
        "{key} was changed by someone else in the meantime; nothing was overwritten"),
    # database trouble (bio2.store.trouble)
    "trouble.readonly_dir": (
        "map {folder} is alleen-lezen: SQLite kan naast {path} zijn -wal/-shm-bestand niet"
        " maken. Maak de map schrijfbaar of kopieer de database naar een schrijfbare map.",
        "folder {folder} is read-only: SQLite cannot create the -wal/-shm file next to"
        " {path}. Make the folder writable or copy the database to a writable folder.",
    ),
    "trouble.readonly_file": (
        "database {path} is alleen-lezen; er is niets gewijzigd",
        "database {path} is read-only; nothing was changed",
    ),
    "trouble.full": (
        "de schijf is vol (database {path}); er is niets half geschreven. Maak ruimte vrij"
        " in {folder} en probeer het opnieuw.",
        "the disk is full (database {path}); nothing was half written. Free space in"
        " {folder} and try again.",
    ),
    "trouble.locked": (
        "database {path} is langer bezet dan de wachttijd door een ander proces (een"
        " andere bio2 die schrijft?); er is niets gewijzigd. Probeer het zo opnieuw.",
        "database {path} stayed locked by another process (another bio2 writing?) longer"
        " than the wait; nothing was changed. Try again shortly.",
    ),
    "trouble.corrupt": (
        "database {path} is beschadigd; zet een reservekopie terug met bio2 restore BESTAND",
        "database {path} is damaged; put a backup back with bio2 restore FILE",
    ),
    "trouble.truncated": (
        "database {path} is afgekapt ({size} bytes, de kop verwacht er {expected}); zet een"
        " reservekopie terug met bio2 restore BESTAND",
        "database {path} is truncated ({size} bytes, its header expects {expected}); put a"
        " backup back with bio2 restore FILE",
    ),
    "trouble.not_sqlite": (
        "{path} is geen SQLite-bestand en dus geen bio2-database",
        "{path} is not an SQLite file and so not a bio2 database",
    ),
    "trouble.not_bio2": (
        "{path} is een SQLite-database van een ander programma, geen bio2-database;"
        " er is niets aan gewijzigd",
        "{path} is an SQLite database of another program, not a bio2 database; nothing"
        " was changed in it",
    ),
    "trouble.cantopen": (
        "database {path} kan niet worden geopend (bestaat map {folder} en mag u erin?)",
        "database {path} cannot be opened (does folder {folder} exist and may you use it?)",
    ),
    "trouble.cannot_create": (
        "database {path} kan niet worden aangemaakt: map {folder} is niet schrijfbaar",
        "cannot create database {path}: folder {folder} is not writable",
    ),
    "trouble.cannot_create_why": (
        "database {path} kan niet worden aangemaakt: {reason}",
        "cannot create database {path}: {reason}",
    ),
    "trouble.not_a_file": (
        "{path} is geen gewoon bestand (een map, FIFO of apparaat) en dus geen database",
        "{path} is not a regular file (a folder, FIFO or device) and so not a database",
    ),
    "trouble.unreadable": (
        "database {path} mag niet worden gelezen (rechten)",
        "database {path} may not be read (permissions)",
    ),
    "trouble.ioerror": (
        "lees- of schrijffout op database {path}: {reason}",
        "read or write error on database {path}: {reason}",
    ),
    "trouble.other": ("databasefout in {path}: {reason}", "database error in {path}: {reason}"),
    "trouble.tightened": (
        "rechten van {path} aangescherpt van {mode} naar 0600 (alleen de eigenaar)",
        "permissions of {path} tightened from {mode} to 0600 (owner only)",
    ),
    "trouble.loose_kept": (
        "let op: {path} is leesbaar voor anderen ({mode}) en bio2 kan dat niet aanscherpen",
        "note: {path} is readable by others ({mode}) and bio2 cannot tighten it",
    ),
    "trouble.damaged_before_import": (
        "database {path} is beschadigd ({detail}); er wordt niets geïmporteerd. Zet een"
        " reservekopie terug met bio2 restore BESTAND",
        "database {path} is damaged ({detail}); nothing is imported. Put a backup back"
        " with bio2 restore FILE",
    ),
    "trouble.upgrade_backup": (
        "reservekopie gemaakt vóór de schema-upgrade van {path}: {backup}",
        "backup made before the schema upgrade of {path}: {backup}",
    ),
    "delete.counts": (
        "{answers} antwoorden, {vvt} VvT-besluiten en {history} historieregels",
        "{answers} answers, {vvt} VvT decisions and {history} history rows",
    ),
    "delete.what_org": (
        "Verwijderen: organisatie {name} ({org}) met {assessments} beoordeling(en):"
        " {counts}.",
        "To delete: organisation {name} ({org}) with {assessments} assessment(s): {counts}.",
    ),
    "delete.what_assessment": (
        "Verwijderen: beoordeling {period} ({catalog}) van {name} ({org}): {counts}.",
        "To delete: assessment {period} ({catalog}) of {name} ({org}): {counts}.",
    ),
    "delete.confirm": (
        "Eerst wordt een reservekopie gemaakt. Verwijderen? [j/N] ",
        "A backup is made first. Delete? [y/N] ",
    ),
    "delete.needs_yes": (
        "niet gevraagd en niets gewijzigd: bevestig met --yes als er geen terminal is",
        "not asked and nothing changed: confirm with --yes when there is no terminal",
    ),
    "delete.catalog_needs_period": (
        "--catalog hoort bij een PERIODE", "--catalog goes with a PERIOD",
    ),
    "delete.done": (
        "verwijderd. {what} Reservekopie en antwoordbestanden: {folder}",
        "deleted. {what} Backup and answer files: {folder}",
    ),
    "backup.done": (
        "reservekopie geschreven: {path} ({organisations} organisaties, {assessments}"
        " beoordelingen, {answers} antwoorden)",
        "backup written: {path} ({organisations} organisations, {assessments} assessments,"
        " {answers} answers)",
    ),
    "backup.exists": (
        "{path} bestaat al; kies een ander bestand of overschrijf met --force",
        "{path} exists; choose another file or overwrite with --force",
    ),
    "backup.target_dir": (
        "{path} is een map; geef een bestandsnaam, bijv. {path}/bio2-backup.sqlite",
        "{path} is a folder; give a file name, e.g. {path}/bio2-backup.sqlite",
    ),
    "backup.target_is_db": (
        "{path} is de database zelf; kies een ander bestand",
        "{path} is the database itself; choose another file",
    ),
    "backup.not_regular": (
        "{path} is geen gewoon bestand (een koppeling of apparaat); er is niets overschreven",
        "{path} is not a regular file (a link or device); nothing was overwritten",
    ),
    "backup.no_folder": ("map {path} bestaat niet", "folder {path} does not exist"),
    "backup.cannot_write": ("map {path} is niet schrijfbaar", "folder {path} is not writable"),
    "backup.not_a_file": ("{path} is geen bestand", "{path} is not a file"),
    "backup.unreadable": ("{path} kan niet worden gelezen: {reason}",
                          "{path} cannot be read: {reason}"),
    "backup.not_bio2": (
        "{path} is geen bio2-database (geen reservekopie van bio2); er is niets teruggezet",
        "{path} is not a bio2 database (not a bio2 backup); nothing was restored",
    ),
    "backup.damaged": (
        "{path} is beschadigd ({detail}); er is niets teruggezet",
        "{path} is damaged ({detail}); nothing was restored",
    ),
    "restore.what": (
        "Database {db} ({now_orgs} organisaties, {now_assessments} beoordelingen,"
        " {now_answers} antwoorden) wordt vervangen door {file} ({orgs} organisaties,"
        " {assessments} beoordelingen, {answers} antwoorden).",
        "Database {db} ({now_orgs} organisations, {now_assessments} assessments,"
        " {now_answers} answers) is replaced by {file} ({orgs} organisations,"
        " {assessments} assessments, {answers} answers).",
    ),
    "restore.confirm": (
        "De huidige stand wordt eerst bewaard. Terugzetten? [j/N] ",
        "The current state is saved first. Restore? [y/N] ",
    ),
    "restore.same_file": ("{path} is de database zelf", "{path} is the database itself"),
    "restore.done": (
        "teruggezet: {file} in {db}; de vorige stand staat in {saved}",
        "restored: {file} into {db}; the previous state is in {saved}",
    ),
    # -- h13r: the organisation's own history goes with it (issue 10 leftover) --
    "delete.counts_org": (
        "{counts}, plus {org_history} regels in de eigen historie van de organisatie"
        " (Cbw-registratie, incidenten, opleidingsregister bestuur)",
        "{counts}, plus {org_history} rows of the organisation's own history"
        " (Cbw registration, incidents, board training register)",
    ),
}
