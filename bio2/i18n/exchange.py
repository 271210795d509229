"""Messages of answer files: validation, import, export, merge and diff."""

MESSAGES: dict[str, tuple[str, str]] = {
    "answers.format": (
        "format is {found}; verwacht {expected}", "format is {found}; expected {expected}",
    ),
    "answers.unknown_item": ("onbekend item {item}", "unknown item {item}"),
    "answers.unknown_item_hint": (
        "onbekend item {item}; bedoelt u {hint}?", "unknown item {item}; did you mean {hint}?",
    ),
    "answers.duplicate_item": (
        "item {item} staat er twee keer in (eerste keer als antwoord {first})",
        "item {item} is listed twice (first as answer {first})",
    ),
    "answers.unknown_control": ("onbekende beheersmaatregel {control}", "unknown control {control}"),
    "answers.duplicate_control": (
        "beheersmaatregel {control} staat er twee keer in", "control {control} is listed twice",
    ),
    "answers.vvt_needs_justification": (
        "beheersmaatregel {control} is niet van toepassing maar de onderbouwing ontbreekt",
        "control {control} is not applicable but the justification is missing",
    ),
    "answers.vvt_needs_risk_ref": (
        "beheersmaatregel {control} is niet van toepassing maar de verwijzing naar de"
        " risicoanalyse (risk_ref) ontbreekt",
        "control {control} is not applicable but the risk analysis reference (risk_ref)"
        " is missing",
    ),
    "answers.explanation_required": (
        "toelichting is verplicht bij status {status}",
        "an explanation is required for status {status}",
    ),
    "answers.nvt_rule": (
        "nvt bij een overheidsmaatregel terwijl beheersmaatregel {control} van toepassing is;"
        " overheidsmaatregelen zijn verplicht: leg de beheersmaatregel als niet van toepassing"
        " vast in de VvT",
        "n/a on a government measure while control {control} is applicable; government"
        " measures are mandatory: record the control as not applicable in the SoA",
    ),
    "answers.control_not_applicable": (
        "beheersmaatregel {control} is in de VvT niet van toepassing; dit antwoord telt niet mee",
        "control {control} is not applicable in the SoA; this answer does not count",
    ),
    "answers.acceptance_expired": (
        "risicoacceptatie is verlopen op {until}", "risk acceptance expired on {until}",
    ),
    "answers.evidence_future": (
        "bewijsdatum {date} ligt in de toekomst", "evidence date {date} is in the future",
    ),
    "export.header": (
        "# bio2-answers/1: antwoorden van {org} ({org_id}), periode {period}\n"
        "# catalogus {catalog}: {title}\n"
        "# Schema voor editors: bio2 schema -o {schema}\n"
        "# yaml-language-server: $schema={schema}\n",
        "# bio2-answers/1: answers of {org} ({org_id}), period {period}\n"
        "# catalog {catalog}: {title}\n"
        "# Schema for editors: bio2 schema -o {schema}\n"
        "# yaml-language-server: $schema={schema}\n",
    ),
}

MESSAGES.update({
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
    "fingerprint.need_input": ("geef een bestand of --db ORG PERIODE",
                               "give a file or --db ORG PERIOD"),
    "progress.validate": ("controleren", "validating"),
    "validate.summary": (
        "{files} bestand(en) gecontroleerd: {valid} geldig, {invalid} ongeldig,"
        " {warned} met waarschuwingen",
        "{files} file(s) checked: {valid} valid, {invalid} invalid, {warned} with warnings",
    ),
    "import.nothing_written": ("niets geïmporteerd: de database is ongewijzigd",
                               "nothing imported: the database is unchanged"),
    "import.file": (
        "{file}: {org} {period} ({source}): {new} nieuw, {changed} gewijzigd,"
        " {unchanged} ongewijzigd",
        "{file}: {org} {period} ({source}): {new} new, {changed} changed,"
        " {unchanged} unchanged",
    ),
    "import.conflict": ("  gewijzigd: {item}", "  changed: {item}"),
    "import.dry_run": ("proefrun: niets geschreven", "dry run: nothing written"),
    "import.conflicts_fail": (
        "gewijzigde items: niets geschreven; kies --on-conflict theirs of ours",
        "changed items: nothing written; choose --on-conflict theirs or ours",
    ),
    "import.done": ("geïmporteerd", "imported"),
    "export.written": ("geschreven: {file}", "written: {file}"),
    "diff.audit_view": ("auditoordeel", "audit view"),
    "diff.need_two": ("geef twee antwoordsets: twee bestanden, of --db ORG PERIODE met een"
                      " bestand of --audit",
                      "give two answer sets: two files, or --db ORG PERIOD with a file or"
                      " --audit"),
    "diff.catalogs": ("let op: verschillende catalogi ({a} en {b})",
                      "note: different catalogs ({a} and {b})"),
    "diff.none": ("geen verschillen", "no differences"),
    "diff.col.item": ("item", "item"),
    "diff.col.field": ("veld", "field"),
    "diff.summary": ("{items} item(s) verschillen, {fields} veld(en)",
                     "{items} item(s) differ, {fields} field(s)"),
    # bio2 diff in words, not codes (issue 11 §6)
    "diff.item.risk_profile": ("risicoprofiel", "risk profile"),
    "diff.item.vvt": ("VvT {control}", "SoA {control}"),
    "diff.field.status": ("status", "status"),
    "diff.field.explanation": ("toelichting", "explanation"),
    "diff.field.owner": ("eigenaar", "owner"),
    "diff.field.due": ("streefdatum", "due date"),
    "diff.field.risk": ("risico-inschatting", "risk estimate"),
    "diff.field.acceptance": ("risicoacceptatie", "risk acceptance"),
    "diff.field.evidence": ("bewijs", "evidence"),
    "diff.field.opzet": ("opzet", "design"),
    "diff.field.bestaan": ("bestaan", "existence"),
    "diff.field.werking": ("werking", "operation"),
    "diff.field.finding": ("bevinding", "finding"),
    "diff.field.applicable": ("van toepassing", "applicable"),
    "diff.field.justification": ("onderbouwing", "justification"),
    "diff.field.risk_ref": ("risicoanalyse", "risk analysis"),
    "diff.value.yes": ("ja", "yes"),
    "diff.value.no": ("nee", "no"),
    "diff.value.unknown": ("onbekend", "unknown"),
    "diff.value.risk": ("kans {likelihood} × impact {impact}",
                        "likelihood {likelihood} × impact {impact}"),
    "diff.value.acceptance": ("door {by} tot {until}: {reason}",
                              "by {by} until {until}: {reason}"),
    "diff.value.risk_ref": ("risicoanalyse {ref}", "risk analysis {ref}"),
})
