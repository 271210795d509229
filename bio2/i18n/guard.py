"""Messages for hostile input and output paths: limits, odd files, refused targets."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # reading input
    "yaml.too_many_nodes": (
        "meer dan {limit} waarden in één bestand; dit is geen antwoordbestand van bio2",
        "more than {limit} values in one file; this is not a bio2 answer file",
    ),
    "yaml.too_many_entries": (
        "{path}: meer dan {limit} elementen; meer kan een geldig bestand niet hebben",
        "{path}: more than {limit} entries; a valid file cannot have more",
    ),
    "yaml.int_too_long": (
        "getal van {digits} cijfers; maximaal {limit} (zet tekst tussen aanhalingstekens)",
        "number of {digits} digits; at most {limit} (put text in quotes)",
    ),
    "file.too_big": (
        "bestand is {size} ({bytes} bytes); maximaal {limit} toegestaan",
        "file is {size} ({bytes} bytes); at most {limit} allowed",
    ),
    "file.not_regular": (
        "geen gewoon bestand maar {kind}; bio2 leest alleen gewone bestanden",
        "not a regular file but {kind}; bio2 reads regular files only",
    ),
    "file.kind.fifo": ("een named pipe (FIFO)", "a named pipe (FIFO)"),
    "file.kind.char": ("een apparaat", "a device"),
    "file.kind.block": ("een blokapparaat", "a block device"),
    "file.kind.socket": ("een socket", "a socket"),
    "file.kind.dir": ("een map", "a folder"),
    "file.kind.other": ("iets anders", "something else"),
    "answers.more_unknown": (
        "nog {count} onbekende items zonder suggestie (na de eerste {shown})",
        "{count} more unknown items without a suggestion (after the first {shown})",
    ),
    # writing output
    "output.is_dir": (
        "{file} is een map; geef een bestandsnaam",
        "{file} is a folder; give a file name",
    ),
    "output.exists": (
        "{file} bestaat al; gebruik --force om het te overschrijven",
        "{file} already exists; use --force to overwrite it",
    ),
    "output.symlink": (
        "{file} is een symbolische koppeling; bio2 schrijft niet via een koppeling",
        "{file} is a symbolic link; bio2 does not write through a link",
    ),
    "output.not_regular": (
        "{file} is {kind}; bio2 vervangt dat niet door een bestand",
        "{file} is {kind}; bio2 does not replace it with a file",
    ),
    "output.no_folder": (
        "map {folder} bestaat niet", "folder {folder} does not exist",
    ),
    "output.not_writable": (
        "kan niet schrijven in {folder}: {detail}", "cannot write in {folder}: {detail}",
    ),
    "output.file_protected": (
        "{file} is beveiligd tegen schrijven", "{file} is write-protected",
    ),
    "output.name_too_long": (
        "bestandsnaam te lang ({length} bytes, maximaal {limit}): {file}",
        "file name too long ({length} bytes, at most {limit}): {file}",
    ),
    "output.failed": (
        "kan {file} niet schrijven: {detail}", "cannot write {file}: {detail}",
    ),
    "cli.force": (
        "een bestaand uitvoerbestand overschrijven",
        "overwrite an existing output file",
    ),
    # exporting
    "export.too_big": (
        "de export wordt {size}, groter dan de {limit} die een import accepteert; "
        "maak toelichtingen korter of verwijs naar bewijs",
        "the export would be {size}, more than the {limit} an import accepts; "
        "shorten explanations or refer to evidence",
    ),
    # aggregate
    "sector.too_many_workers": (
        "--workers is ten hoogste {limit}", "--workers is at most {limit}",
    ),
    "sector.skipped": (
        "{file}: overgeslagen, {reason}", "{file}: skipped, {reason}",
    ),
}
MESSAGES.update({
    "pyd.bio2_email": (
        "geen geldig e-mailadres: {value} (OSCAL en de toezichthouder weigeren het)",
        "not a valid e-mail address: {value} (OSCAL and the supervisor refuse it)",
    ),
})
