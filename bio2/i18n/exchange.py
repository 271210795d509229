"""Answer files and exports: validation (``answers.*``, ``validate.*``), import, export,
fingerprint, diff, progress, and the CSV and OSCAL exports (``csv.*``, ``oscal.*``)."""

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
    "answers.more_unknown": (
        "nog {count} onbekende items zonder suggestie (na de eerste {shown})",
        "{count} more unknown items without a suggestion (after the first {shown})",
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
    "export.written": ("geschreven: {file}", "written: {file}"),
    # exporting
    "export.too_big": (
        "de export wordt {size}, groter dan de {limit} die een import accepteert; "
        "maak toelichtingen korter of verwijs naar bewijs",
        "the export would be {size}, more than the {limit} an import accepts; "
        "shorten explanations or refer to evidence",
    ),
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
    # the Cbw checklist ticks and the board training register (issue 13 §4)
    "diff.item.checklist": ("afvinklijst Cbw {item}", "checklist Cbw {item}"),
    "diff.item.training": ("bestuurstraining", "board training"),
    "diff.training.period_months": ("termijn", "period"),
    "diff.training.member": ("bestuurslid", "board member"),
    "diff.training.training": ("training", "training"),
    "diff.value.ticked": ("afgevinkt", "ticked"),
    "diff.value.not_ticked": ("niet afgevinkt", "not ticked"),
    "diff.value.months": ("{months} maanden", "{months} months"),
    "diff.value.course": ("{start} t/m {end}", "{start} to {end}"),
    "diff.value.provider": ("gegeven door {provider}", "given by {provider}"),
    "diff.value.certificate": ("certificaat {ref}", "certificate {ref}"),
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
}
