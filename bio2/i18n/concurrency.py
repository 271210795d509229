"""Working together on one database: sync and conflicts (``sync.*``), the person working
(``actor.*``) and ``bio2 verify-history`` (``verify.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "sync.fault.locked": (
        "de database is bezet door een ander proces",
        "the database is locked by another process"),
    "sync.fault.readonly": (
        "de database is alleen-lezen (rechten of map zonder schrijfrecht)",
        "the database is read-only (permissions, or a folder without write access)"),
    "sync.fault.full": ("de schijf is vol", "the disk is full"),
    "sync.fault.damaged": (
        "de database is beschadigd of onleesbaar",
        "the database is damaged or unreadable"),
    "sync.fault.other": ("databasefout: {reason}", "database error: {reason}"),
    # the conflict screen
    "sync.conflict.title": (
        "{key} is gewijzigd terwijl u het bewerkte", "{key} changed while you were editing it"),
    "sync.conflict.who": (
        "Gewijzigd door {actor} op {at}. Kies per veld welke versie blijft; niets gaat verloren"
        " voordat u kiest.",
        "Changed by {actor} at {at}. Choose per field which version stays; nothing is lost"
        " before you choose."),
    "sync.conflict.who_unknown": (
        "Gewijzigd door een ander proces. Kies per veld welke versie blijft.",
        "Changed by another process. Choose per field which version stays."),
    "sync.conflict.help": (
        "m: uw versie houden · t: de andere versie nemen · spatie: veld omdraaien ·"
        " c: combinatie opslaan",
        "m: keep your version · t: take the other version · space: flip a field ·"
        " c: save the combination"),
    "sync.col.field": ("Veld", "Field"),
    "sync.col.mine": ("Uw versie", "Your version"),
    "sync.col.theirs": ("Andere versie", "Other version"),
    "sync.col.take": ("Blijft", "Keeps"),
    "sync.take.mine": ("uw versie", "yours"),
    "sync.take.theirs": ("andere", "other"),
    "sync.button.mine": ("Mijn versie houden", "Keep mine"),
    "sync.button.theirs": ("Andere versie nemen", "Take the other"),
    "sync.button.combine": ("Combinatie opslaan", "Save the combination"),
    "sync.key.mine": ("mijn versie", "keep mine"),
    "sync.key.theirs": ("andere versie", "take other"),
    "sync.key.flip": ("veld omdraaien", "flip field"),
    "sync.key.combine": ("combineren", "combine"),
    "sync.resolved": (
        "{key}: uw keuze is opgeslagen en staat in de historie.",
        "{key}: your choice is saved and recorded in the history."),
    "sync.combination_invalid": (
        "{key}: de combinatie is nog niet geldig; de velden staan in het formulier, verbeter de"
        " gemarkeerde velden.",
        "{key}: the combination is not valid yet; the fields are in the form, correct the"
        " marked ones."),
    "sync.reloaded": (
        "Gewijzigd door een ander proces: bijgewerkt ({count}).",
        "Changed by another process: refreshed ({count})."),
    # database faults in the TUI
    "sync.not_saved": (
        "Niet opgeslagen: {reason}. Uw wijziging blijft bewaard; bio2 probeert het elke"
        " seconde opnieuw.",
        "Not saved: {reason}. Your change is kept; bio2 tries again every second."),
    "sync.still_pending": (
        "Nog niet opgeslagen: {reason}. Wacht tot het weer lukt, of sluit af via ctrl+q.",
        "Not saved yet: {reason}. Wait until it works again, or quit with ctrl+q."),
    "sync.quit.title": (
        "{count} wijziging(en) zijn niet opgeslagen", "{count} change(s) are not saved"),
    "sync.quit.body": (
        "Reden: {reason}. Wie nu afsluit, verliest deze wijzigingen.",
        "Reason: {reason}. Quitting now loses these changes."),
    "sync.quit.conflicts": (
        "Er wachten nog {count} conflict(en) op uw keuze.",
        "{count} conflict(s) still wait for your choice."),
    "sync.button.retry": ("Opnieuw proberen", "Try again"),
    "sync.button.quit_anyway": ("Toch afsluiten", "Quit anyway"),
    "sync.fault.unknown": ("onbekend", "unknown"),
    # history rows: how a change came
    "sync.via.import": ("import {file}", "import {file}"),
    "sync.via.conflict.mine": ("conflict: eigen versie", "conflict: own version"),
    "sync.via.conflict.theirs": ("conflict: andere versie", "conflict: other version"),
    "sync.via.conflict.combined": ("conflict: gecombineerd", "conflict: combined"),
    "sync.via.carried": ("overgenomen uit {source}", "carried over from {source}"),
    "sync.via.migrated": ("gemigreerd uit {source}", "migrated from {source}"),
    # the person working
    "actor.title": ("Wie werkt er?", "Who is working?"),
    "actor.body": (
        "bio2 zet uw naam bij elke wijziging in de historie (naast het systeemaccount {os})."
        " Deze database onthoudt hem voor dit account; wijzigen kan met --user of BIO2_USER.",
        "bio2 puts your name on every change in the history (beside the system account {os})."
        " This database remembers it for this account; change it with --user or BIO2_USER."),
    "actor.placeholder": ("bijv. Jeroen de Vries (CISO)", "e.g. Jeroen de Vries (CISO)"),
    "actor.required": ("Vul uw naam in.", "Enter your name."),
    "actor.invalid": (
        "Een naam van 1 tot 200 tekens, zonder stuurtekens.",
        "A name of 1 to 200 characters, without control characters."),
    "verify.need_both": (
        "geef ORG en PERIODE allebei, of geen van beide (dan alle beoordelingen)",
        "give both ORG and PERIOD, or neither (then every assessment)"),
    "verify.intact": (
        "{assessment}: historie intact, {rows} rijen; ketenkop {head}",
        "{assessment}: history intact, {rows} rows; chain head {head}"),
    "verify.broken": (
        "{assessment}: historie GEBROKEN op {count} plaats(en) van {rows} rijen",
        "{assessment}: history BROKEN at {count} place(s) of {rows} rows"),
    "verify.break": (
        "rij {id} ({at}, {item}): hash klopt niet met de inhoud of de vorige rij",
        "row {id} ({at}, {item}): hash does not match its contents or the previous row"),
    "verify.nothing": ("Geen beoordelingen in deze database.", "No assessments in this database."),
    # the organisation's own chain (bio2.store.org_history): Cbw registration changes and,
    # since issue 13 §4, the incident register and the board training register
    "verify.registration_chain": ("registratie, incidenten, opleiding bestuur",
                                  "registration, incidents, board training"),
}
