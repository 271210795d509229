"""The catalog: ``bio2 catalog list/show`` (``catalog.*``, ``list.*``, ``show.*``),
profiles (``profile.*``), catalog versions and ``catalog diff`` (``versions.*``), migration of an
assessment (``migrate.*``) and the official BIO2 text (``official.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "catalog.status.vastgesteld": ("vastgesteld", "adopted"),
    "catalog.status.concept": ("concept zonder formele status", "draft without formal status"),
    # only v1.3 has this status (controls/bio2-1.3-concept.yaml), hence its date here
    "catalog.status.gepubliceerd": (
        "definitief volgens de publicatie van 9 januari 2026; formele vaststelling niet"
        " bevestigd",
        "final according to the publication of 9 January 2026; formal adoption not"
        " confirmed"),
    "catalog.duplicate_id": ("id {id} komt twee keer voor", "id {id} occurs twice"),
    "catalog.unknown_parent": (
        "onbekende beheersmaatregel {control} als ouder", "unknown parent control {control}",
    ),
    "catalog.unknown_item": ("onbekend item {item}", "unknown item {item}"),
    "catalog.unlinked_linked": ("item {item} staat onder unlinked maar is ook gekoppeld",
                                "item {item} is listed as unlinked but is also linked"),
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
    # catalog files built on another catalog
    "catalog.field_not_here": (
        "{field} hoort hier niet (based_on: {based_on}); een catalogus op basis van een andere"
        " noemt alleen removed, moved, added en direct",
        "{field} does not belong here (based_on: {based_on}); a catalog built on another one"
        " lists only removed, moved, added and direct",
    ),
    "catalog.field_required": ("{field} ontbreekt", "{field} is missing"),
    "catalog.based_on_cycle": (
        "catalogus {id} bouwt via based_on op zichzelf", "catalog {id} is built on itself"
        " through based_on",
    ),
    "catalog.not_in_base": (
        "{id} bestaat niet in {base}", "{id} does not exist in {base}",
    ),
    "profile.unknown": (
        "onbekend organisatietype {type}; bekend: {known}",
        "unknown organisation type {type}; known: {known}",
    ),
    "profile.type_mismatch": (
        "type {type} past niet bij de bestandsnaam", "type {type} does not match the file name",
    ),
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
    # reading the official BIO2 Part 2 Markdown
    "official.too_big": ("bestand groter dan {limit} bytes", "file larger than {limit} bytes"),
    "official.not_utf8": ("geen UTF-8-tekst", "not UTF-8 text"),
    "official.truncated_bytes": (
        "bestand houdt midden in een teken op: afgebroken", "file stops inside a character:"
        " truncated",
    ),
    "official.no_items": (
        "geen kop '## N.NN.NN' gevonden: dit lijkt geen BIO2 Deel 2 (overheidsmaatregelen)",
        "no '## N.NN.NN' heading found: this does not look like BIO2 Part 2 (government"
        " measures)",
    ),
    "official.bad_heading": ("kop niet te lezen als N.NN.NN: {heading}",
                             "heading not readable as N.NN.NN: {heading}"),
    "official.duplicate": ("{number} komt twee keer voor (eerst op regel {first})",
                           "{number} occurs twice (first on line {first})"),
    "official.duplicate_item": (
        "{number} is hetzelfde item {item} als {first}", "{number} is the same item {item} as {first}",
    ),
    "official.empty": ("{number} heeft geen tekst", "{number} has no text"),
    "official.unknown_category": (
        "onbekende categorie '{word}' bij {number}; bekend: {known}",
        "unknown category '{word}' at {number}; known: {known}",
    ),
    "official.truncated_item": (
        "het laatste item {number} mist de regel 'Draagt bij aan': het bestand is afgebroken",
        "the last item {number} lacks its 'Draagt bij aan' line: the file is truncated",
    ),
    "official.no_categories": ("{number} heeft geen regel 'Draagt bij aan'",
                               "{number} has no 'Draagt bij aan' line"),
    "official.truncated": (
        "het bestand stopt na {number}: de {count} items daarna ontbreken ({first} t/m {end});"
        " afgebroken?",
        "the file stops after {number}: the {count} items after it are missing ({first} to"
        " {end}); truncated?",
    ),
    "official.unknown_catalog": ("onbekende catalogus {id}; bekend: {known}",
                                 "unknown catalog {id}; known: {known}"),
    "official.cannot_read": ("kan {file} niet lezen: {reason}", "cannot read {file}: {reason}"),
    "official.title": ("Officiële BIO2-tekst uit {file}", "Official BIO2 text from {file}"),
    "official.sha256": ("sha256: {sha256}", "sha256: {sha256}"),
    "official.catalog": ("Catalogus: {id} ({status})", "Catalog: {id} ({status})"),
    "official.layout": ("Opmaak: BIO2 {layout}", "Layout: BIO2 {layout}"),
    "official.layout_mismatch": (
        "let op: het bestand heeft de opmaak van {layout} (catalogus {suggested}), u koos {id}",
        "note: the file has the {layout} layout (catalog {suggested}), you chose {id}",
    ),
    "official.read": (
        "Gelezen: {total} koppen: {measures} overheidsmaatregelen, {direct} zonder"
        " overheidsmaatregel, {moved} verplaatst, {removed} vervallen",
        "Read: {total} headings: {measures} government measures, {direct} without a government"
        " measure, {moved} moved, {removed} removed",
    ),
    "official.matched": ("Gevonden in de catalogus: {count}", "Matched to the catalog: {count}"),
    "official.unknown": ("Onbekend in de catalogus: {count}", "Unknown to the catalog: {count}"),
    "official.missing": ("Catalogusitems niet in het bestand: {count}",
                         "Catalog items missing from the file: {count}"),
    # issue 13 §5: defects of the published text that the catalog works around
    "official.defects": ("Bekende fouten in de gepubliceerde tekst, waar bio2 omheen werkt: {count}",
                         "Known defects of the published text that bio2 works around: {count}"),
    "official.defect_row": ("{number}: {note}", "{number}: {note}"),
    "official.disagree": ("Categorieën wijken af van de catalogus: {count}",
                          "Categories that disagree with the catalog: {count}"),
    "official.disagree_row": ("{number}: bestand {file}; catalogus {catalog}",
                              "{number}: file {file}; catalog {catalog}"),
    "official.not_read": ("Niet gelezen ({count}):", "Not read ({count}):"),
    "official.stored": (
        "Opgeslagen: {count} officiële teksten voor {id} (in plaats van eerder ingelezen"
        " teksten van {id}).",
        "Stored: {count} official texts for {id} (in place of texts of {id} read before).",
    ),
    "official.nothing_stored": ("Niets opgeslagen: herstel het bestand en probeer opnieuw.",
                                "Nothing stored: fix the file and try again."),
    "official.none": ("geen", "none"),
    "official.more": ("... en nog {count}", "... and {count} more"),
    "versions.diff.title": ("Catalogusverschil", "Catalog difference"),
    "versions.catalog_line": ("{label} {id}: {title} ({status})", "{label} {id}: {title} ({status})"),
    "versions.from": ("van: ", "from:"),
    "versions.to": ("naar:", "to:  "),
    "versions.removed": ("Vervallen ({count})", "Removed ({count})"),
    "versions.moved": ("Verplaatst ({count})", "Moved ({count})"),
    "versions.added": ("Nieuw ({count})", "Added ({count})"),
    "versions.changed": ("Andere categorieën ({count})", "Changed categories ({count})"),
    "versions.none": ("  geen", "  none"),
    "versions.control_move": ("beheersmaatregel {old} -> {new}", "control {old} -> {new}"),
    "versions.summary": (
        "{removed} vervallen, {moved} verplaatst, {added} nieuw, {changed} met andere"
        " categorieën; {kept} items ongewijzigd",
        "{removed} removed, {moved} moved, {added} added, {changed} with changed categories;"
        " {kept} items unchanged",
    ),
    # issue 13 §5: v1.3 publishes no categories; bio2 carries those of 1.2
    "versions.categories_carried": (
        "Categorieën: {id} kent geen eigen categorieën; bio2 neemt die van {source} over"
        " (geen vergelijking van categorieën).",
        "Categories: {id} has no categories of its own; bio2 carries over those of {source}"
        " (no comparison of categories).",
    ),
    "versions.summary_carried": (
        "{removed} vervallen, {moved} verplaatst, {added} nieuw; {kept} items ongewijzigd",
        "{removed} removed, {moved} moved, {added} added; {kept} items unchanged",
    ),
    "catalog.categories_carried": (
        "Categorieën overgenomen uit {source}: {id} kent zelf geen categorieën.",
        "Categories carried over from {source}: {id} has no categories of its own.",
    ),
    "versions.same": ("dezelfde catalogus: geen verschillen", "the same catalog: no differences"),
    "migrate.unknown_catalog": ("onbekende catalogus {id}; bekend: {known}. Er is niets"
                                " gewijzigd.",
                                "unknown catalog {id}; known: {known}. Nothing was changed."),
    "migrate.exists": (
        "{org} {period} heeft al een beoordeling op {id} (al overgezet?). Er is niets gewijzigd.",
        "{org} {period} already has an assessment on {id} (migrated before?). Nothing was"
        " changed.",
    ),
    "migrate.title": ("Overzetten van {org} ({name}), periode {period}",
                      "Migrating {org} ({name}), period {period}"),
    "migrate.carried": (
        "Meegenomen: {answers} antwoorden ({kept} onder hetzelfde nummer, {moved} verplaatst),"
        " {vvt} VvT-regels",
        "Carried: {answers} answers ({kept} under the same number, {moved} moved), {vvt} SoA"
        " entries",
    ),
    "migrate.moved": ("Verplaatst ({count}):", "Moved ({count}):"),
    "migrate.removed": (
        "Vervallen ({count}); de antwoorden blijven bewaard in de beoordeling op {id}:",
        "Removed ({count}); the answers stay in the assessment on {id}:",
    ),
    "migrate.added": ("Nieuw, nog open ({count}):", "New, still open ({count}):"),
    "migrate.no_answer": ("geen antwoord", "no answer"),
    "migrate.view.audit": ("audit", "audit"),
    "migrate.owner": ("eigenaar {owner}", "owner {owner}"),
    "migrate.note_na": (
        "let op: {new} (was {old}) valt nu onder {control}, die in de VvT niet van toepassing"
        " is",
        "note: {new} (was {old}) now falls under {control}, which the SoA marks not applicable",
    ),
    "migrate.note_applicable": (
        "let op: {new} (was {old}) valt nu onder {control}, die in de VvT wel van toepassing"
        " is",
        "note: {new} (was {old}) now falls under {control}, which the SoA marks applicable",
    ),
    "migrate.dropped_vvt": ("VvT-regel niet meegenomen (onbekende beheersmaatregel): {control}",
                            "SoA entry not carried (unknown control): {control}"),
    "migrate.done": (
        "Nieuwe beoordeling aangemaakt: {org} {period} op {id}. De beoordeling op {old} is"
        " ongewijzigd.",
        "New assessment created: {org} {period} on {id}. The assessment on {old} is unchanged.",
    ),
    "migrate.dry_run": ("Proefdraai: er is niets opgeslagen.", "Dry run: nothing was stored."),
    "migrate.actor": ("bio2 migrate (van {id})", "bio2 migrate (from {id})"),
}
