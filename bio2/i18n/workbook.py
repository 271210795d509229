"""Messages of Excel workbooks for control owners (issue 14): export, delegate, import."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- writing -------------------------------------------------------------------------
    "workbook.official_note": (
        "Officiële BIO2-tekst (door u ingelezen):\n{text}",
        "Official BIO2 text (imported by you):\n{text}",
    ),
    "workbook.validation.title": ("Controleer de invoer", "Check the input"),
    "workbook.validation.status": (
        "Kies ja, deels, nee, nvt of open.", "Choose ja, deels, nee, nvt or open.",
    ),
    "workbook.validation.date": (
        "Vul een datum in, bijvoorbeeld 31-12-2026.", "Enter a date, e.g. 2026-12-31.",
    ),
    "workbook.validation.score": ("Vul een geheel getal van 1 tot en met 5 in.",
                                  "Enter a whole number from 1 to 5."),
    "workbook.help.title": ("BIO2-zelfevaluatie van {org}, periode {period}",
                            "BIO2 self-assessment of {org}, period {period}"),
    "workbook.help.for": ("Voor: {owner}", "For: {owner}"),
    "workbook.help.for_all": ("Voor: alle items van de beoordeling",
                              "For: every item of the assessment"),
    "workbook.help.items": ("Aantal items in dit werkboek: {count}",
                            "Number of items in this workbook: {count}"),
    "workbook.help.sender": ("Verstuurd door: {sender}", "Sent by: {sender}"),
    "workbook.help.deadline": ("Graag terug vóór: {date}", "Please return by: {date}"),
    "workbook.help.exported": ("Gemaakt op: {when}", "Made on: {when}"),
    "workbook.help.how": ("Zo vult u het in", "How to fill it in"),
    "workbook.help.step1": (
        "1. Ga naar het blad Antwoorden. Per regel staat één item met onze toelichting"
        " (grijs, niet te wijzigen). Staat er een notitie bij de titel, dan is dat de"
        " officiële BIO2-tekst.",
        "1. Go to the sheet Answers. Each row holds one item with our guidance (grey,"
        " not to be changed). A note on the title holds the official BIO2 text.",
    ),
    "workbook.help.step2": (
        "2. Kies de status in de keuzelijst en licht hem toe. Bij deels, nee en nvt is een"
        " toelichting verplicht.",
        "2. Choose the status from the drop-down and explain it. An explanation is"
        " required for deels, nee and nvt.",
    ),
    "workbook.help.step3": (
        "3. Vul eigenaar, streefdatum (dd-mm-jjjj) en bewijs in (één bewijsstuk per regel in"
        " de cel, eventueel met datum: 'Rapport pentest (2026-03-01)'). Kans en impact zijn"
        " gehele getallen van 1 tot en met 5.",
        "3. Fill in owner, due date and evidence (one piece of evidence per line in the"
        " cell, optionally with a date: 'Pentest report (2026-03-01)'). Likelihood and"
        " impact are whole numbers from 1 to 5.",
    ),
    "workbook.help.step4": (
        "4. Een risico accepteren: vul alle drie in (door wie, tot wanneer, reden); de"
        " verwijzing naar de risicoanalyse mag erbij.",
        "4. To accept a risk fill in all three (by whom, until when, reason); the"
        " reference to the risk analysis may be added.",
    ),
    "workbook.help.step5": (
        "5. Sla het bestand op als .xlsx (ook uit LibreOffice) en stuur het terug. Regels"
        " sorteren, filteren of weghalen mag; een weggehaalde regel verandert niets. Gebruik"
        " geen formules: een cel met een formule wordt geweigerd.",
        "5. Save the file as .xlsx (LibreOffice is fine) and send it back. Sorting,"
        " filtering or removing rows is fine; a removed row changes nothing. Do not use"
        " formulas: a cell with a formula is refused.",
    ),
    "workbook.help.statuses": ("Wat de statussen betekenen", "What the statuses mean"),
    "workbook.help.status.ja": ("de maatregel is ingericht en werkt",
                                "the measure is in place and works"),
    "workbook.help.status.deels": ("de maatregel is voor een deel ingericht",
                                   "the measure is partly in place"),
    "workbook.help.status.nee": ("de maatregel is niet ingericht",
                                 "the measure is not in place"),
    "workbook.help.status.nvt": ("niet van toepassing (met onderbouwing)",
                                 "not applicable (with a justification)"),
    "workbook.help.status.open": ("nog niet beoordeeld", "not assessed yet"),
    "workbook.help.protection": (
        "De bladbeveiliging (zonder wachtwoord) is een hulp tegen vergissingen, geen"
        " beveiliging: bio2 controleert bij het inlezen zelf dat de grijze kolommen"
        " ongewijzigd zijn.",
        "The sheet protection (without a password) guards against mistakes; it is not"
        " security: bio2 itself checks on import that the grey columns are unchanged.",
    ),
    "workbook.help.hidden": (
        "Het verborgen blad 'bio2' hoort bij het bestand: laat het staan en wijzig het niet,"
        " anders kan het niet meer worden ingelezen.",
        "The hidden sheet 'bio2' belongs to the file: keep it and do not change it, or the"
        " file can no longer be imported.",
    ),
    "workbook.self_only": (
        "een werkboek bevat de zelfevaluatie; --view audit kan alleen naar yaml, json, csv"
        " of oscal",
        "a workbook holds the self-assessment; --view audit only goes to yaml, json, csv"
        " or oscal",
    ),
    # -- delegate -------------------------------------------------------------------------
    "delegate.help": (
        "werkboeken (xlsx) voor de eigenaren van maatregelen: één per eigenaar",
        "workbooks (xlsx) for the owners of measures: one per owner",
    ),
    "delegate.opt.output": ("map voor de werkboeken (standaard: de huidige map)",
                            "folder for the workbooks (default: the current folder)"),
    "delegate.opt.owner": ("alleen de items van deze eigenaar", "only this owner's items"),
    "delegate.opt.theme": ("alleen de items van dit thema", "only the items of this theme"),
    "delegate.opt.items": ("alleen deze items, bijvoorbeeld 5.1-5.37,8.2",
                           "only these items, e.g. 5.1-5.37,8.2"),
    "delegate.opt.deadline": ("graag terug vóór deze datum (staat op het blad Uitleg)",
                              "please return by this date (shown on the Instructions sheet)"),
    "delegate.bad_items": (
        "--items: '{part}' is geen nummer of bereik (bijvoorbeeld 5.1-5.37 of 8.2)",
        "--items: '{part}' is not a number or range (e.g. 5.1-5.37 or 8.2)",
    ),
    "delegate.no_items_in": ("--items: geen items in '{part}'", "--items: no items in '{part}'"),
    "delegate.bad_theme": ("onbekend thema '{theme}'; kies uit {known}",
                           "unknown theme '{theme}'; choose from {known}"),
    "delegate.bad_deadline": (
        "--deadline: '{value}' is geen datum (bijvoorbeeld 31-12-2026 of 2026-12-31)",
        "--deadline: '{value}' is not a date (e.g. 2026-12-31 or 31-12-2026)",
    ),
    "delegate.nothing_selected": ("geen items voldoen aan de keuze; er is niets geschreven",
                                  "no items match the selection; nothing was written"),
    "delegate.same_file": ("twee werkboeken zouden hetzelfde bestand worden",
                           "two workbooks would become the same file"),
    "delegate.no_owner": ("zonder eigenaar", "without an owner"),
    "delegate.no_owner_file": ("zonder-eigenaar", "no-owner"),
    "delegate.written": ("{file}: {owner}, aantal items: {count}",
                         "{file}: {owner}, number of items: {count}"),
    "delegate.done": ("{count} werkboeken geschreven in {folder}",
                      "{count} workbooks written to {folder}"),
    # -- reading ----------------------------------------------------------------------------
    "workbook.not_xlsx": ("geen Excel-werkboek (.xlsx)", "not an Excel workbook (.xlsx)"),
    "workbook.macro": (
        "werkboek met macro's (.xlsm) geweigerd; sla het op als .xlsx zonder macro's",
        "workbook with macros (.xlsm) refused; save it as .xlsx without macros",
    ),
    "workbook.too_many_parts": ("het werkboek bestaat uit {count} delen; dat is geen"
                                " werkboek van bio2", "the workbook has {count} parts; that is"
                                " not a bio2 workbook"),
    "workbook.expands": (
        "uitgepakt zou het werkboek {size} MiB worden (grens {limit} MiB); geweigerd",
        "unpacked the workbook would be {size} MiB (limit {limit} MiB); refused",
    ),
    "workbook.ratio": (
        "deel {part} is {ratio} keer ingepakt (zipbom?); geweigerd",
        "part {part} is packed {ratio} times (zip bomb?); refused",
    ),
    "workbook.dtd": (
        "deel {part} bevat een DTD of entiteit; dat hoort niet in een werkboek en wordt"
        " geweigerd",
        "part {part} contains a DTD or entity; that does not belong in a workbook and is"
        " refused",
    ),
    "workbook.unreadable": ("het werkboek is beschadigd of onleesbaar ({detail})",
                            "the workbook is damaged or unreadable ({detail})"),
    "workbook.no_meta": (
        "het verborgen blad 'bio2' ontbreekt: dit werkboek komt niet (meer) van bio2;"
        " maak een nieuw met bio2 delegate of bio2 export --format xlsx",
        "the hidden sheet 'bio2' is missing: this workbook does not (or no longer) come"
        " from bio2; make a new one with bio2 delegate or bio2 export --format xlsx",
    ),
    "workbook.meta_format": ("verborgen blad: verwacht formaat {expected}",
                             "hidden sheet: expected format {expected}"),
    "workbook.meta_tampered": (
        "het verborgen blad 'bio2' is gewijzigd; het werkboek kan niet veilig worden"
        " samengevoegd",
        "the hidden sheet 'bio2' was changed; the workbook cannot be merged safely",
    ),
    "workbook.no_answers_sheet": ("het blad {sheet} ontbreekt", "the sheet {sheet} is missing"),
    "workbook.extra_sheet": ("extra blad wordt genegeerd", "extra sheet is ignored"),
    "workbook.extra_column": ("extra kolom '{name}' wordt genegeerd",
                              "extra column '{name}' is ignored"),
    "workbook.column_twice": ("kolom '{name}' staat er twee keer",
                              "column '{name}' appears twice"),
    "workbook.missing_columns": ("kolommen ontbreken: {names}", "columns are missing: {names}"),
    "workbook.too_many_rows": ("meer dan {limit} regels; dat is geen werkboek van bio2",
                               "more than {limit} rows; that is not a bio2 workbook"),
    "workbook.formula": (
        "formule gevonden; bio2 rekent formules niet uit: typ de waarde zelf in",
        "formula found; bio2 does not evaluate formulas: type the value itself",
    ),
    "workbook.no_item": ("regel zonder itemnummer", "row without an item number"),
    "workbook.item_twice": ("item {item} staat er twee keer in (eerst op regel {first})",
                            "item {item} is listed twice (first on row {first})"),
    "workbook.item_not_sent": (
        "item {item} zat niet in dit werkboek toen het werd verstuurd",
        "item {item} was not in this workbook when it was sent",
    ),
    "workbook.locked_changed": (
        "grijze (vergrendelde) kolom gewijzigd; zet de oorspronkelijke tekst terug",
        "grey (locked) column changed; put the original text back",
    ),
    "workbook.bad_status": ("'{value}' is geen status; toegestaan: {allowed}",
                            "'{value}' is not a status; allowed: {allowed}"),
    "workbook.warn.status_normalised": ("'{value}' gelezen als {normal}",
                                        "'{value}' read as {normal}"),
    "workbook.bad_text": ("'{value}' is geen tekst", "'{value}' is not text"),
    "workbook.bad_date": (
        "'{value}' is geen datum (bijvoorbeeld 31-12-2026 of 2026-12-31)",
        "'{value}' is not a date (e.g. 2026-12-31 or 31-12-2026)",
    ),
    "workbook.no_such_date": ("datum {value} bestaat niet", "date {value} does not exist"),
    "workbook.date_range": ("datum {value} ligt buiten 2000-2199",
                            "date {value} is outside 2000-2199"),
    "workbook.bad_score": ("'{value}' is geen geheel getal van 1 tot en met 5",
                           "'{value}' is not a whole number from 1 to 5"),
    "workbook.risk_pair": ("vul kans en impact allebei in, of geen van beide",
                           "fill in both likelihood and impact, or neither"),
    "workbook.acceptance_incomplete": (
        "een risicoacceptatie heeft door wie, tot wanneer en een reden nodig",
        "a risk acceptance needs by whom, until when and a reason",
    ),
    # -- merging ----------------------------------------------------------------------------
    "workbook.conflict_field": ("  {field}: werkboek '{workbook}', bio2 '{bio2}'",
                                "  {field}: workbook '{workbook}', bio2 '{bio2}'"),
    "workbook.empty": ("(leeg)", "(empty)"),
    "workbook.no_assessment": (
        "het werkboek is voor {org}, periode {period}, catalogus {catalog}; die beoordeling"
        " staat niet in deze database",
        "the workbook is for {org}, period {period}, catalog {catalog}; that assessment is"
        " not in this database",
    ),
    "workbook.updated": ("  {count} items bijgewerkt vanuit het werkboek",
                         "  {count} items updated from the workbook"),
    # -- TUI (key w) ------------------------------------------------------------------------
    "workbook.tui.key": ("werkboeken", "workbooks"),
    "workbook.tui.title": ("Werkboeken voor eigenaren (Excel)", "Workbooks for owners (Excel)"),
    "workbook.tui.choose": (
        "Kies de eigenaren (spatie), de map, en schrijf hun werkboeken:",
        "Choose the owners (space), the folder, and write their workbooks:",
    ),
    "workbook.tui.folder": ("map voor de werkboeken", "folder for the workbooks"),
    "workbook.tui.write": ("Werkboeken schrijven", "Write workbooks"),
    "workbook.tui.write_all": ("Hele beoordeling in één werkboek",
                               "Whole assessment in one workbook"),
    "workbook.tui.everything": ("alle items", "all items"),
    "workbook.tui.none_chosen": ("Kies ten minste één eigenaar.", "Choose at least one owner."),
    "workbook.tui.written": ("{count} werkboeken geschreven in {folder}:",
                             "{count} workbooks written to {folder}:"),
    "workbook.tui.import_title": ("Een ingevuld werkboek inlezen", "Import a returned workbook"),
    "workbook.tui.import_placeholder": ("pad naar het werkboek (.xlsx)",
                                        "path of the workbook (.xlsx)"),
    "workbook.tui.import": ("Inlezen", "Import"),
    "workbook.tui.no_path": ("Vul het pad van het werkboek in.",
                             "Enter the path of the workbook."),
    "workbook.tui.on_conflict.fail": ("bij een conflict: niets schrijven",
                                      "on a conflict: write nothing"),
    "workbook.tui.on_conflict.theirs": ("bij een conflict: het werkboek wint",
                                        "on a conflict: the workbook wins"),
    "workbook.tui.on_conflict.ours": ("bij een conflict: bio2 houden",
                                      "on a conflict: keep bio2"),
}
