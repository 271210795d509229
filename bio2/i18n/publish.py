"""Messages of ``bio2 publish`` and the published page (issue 15): ``publish.*``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "publish.cli.help": ("publiceer reikwijdte en VvT als toegankelijke HTML",
                         "publish the scope and the VvT as accessible HTML"),
    "publish.cli.output": ("het HTML-bestand om te schrijven", "the HTML file to write"),
    "publish.cli.with_status": ("zet ook de status per maatregel erbij",
                                "also show the status per control"),
    "publish.cli.force": ("overschrijf een bestaand bestand", "overwrite an existing file"),
    "publish.cli.written": ("Gepubliceerd: {path} ({controls} maatregelen, {excluded} "
                            "uitgesloten).",
                            "Published: {path} ({controls} controls, {excluded} excluded)."),
    "publish.err.no_folder": ("De map {folder} bestaat niet; maak haar eerst aan.",
                              "The folder {folder} does not exist; create it first."),
    "publish.err.exists": ("{path} bestaat al; kies een ander bestand of gebruik --force.",
                           "{path} already exists; choose another file or use --force."),
    "publish.err.empty_vvt": (
        "De catalogus {catalog} van deze beoordeling heeft geen beheersmaatregelen: er is "
        "geen VvT om te publiceren.",
        "The catalog {catalog} of this assessment has no controls: there is no VvT to "
        "publish."),
    "publish.err.scope_too_long": (
        "De reikwijdte is {length} tekens lang; het maximum is {limit}.",
        "The scope is {length} characters long; the maximum is {limit}."),
    "publish.err.suffix": ("Het uitvoerbestand moet op .html eindigen: {path}",
                           "The output file must end in .html: {path}"),
    "publish.title": ("Reikwijdte en Verklaring van Toepasselijkheid",
                      "Scope and Statement of Applicability"),
    "publish.skip": ("Naar de inhoud", "Skip to content"),
    "publish.meta": ("Gegevens", "Details"),
    "publish.organisation": ("Organisatie", "Organisation"),
    "publish.period": ("Periode", "Period"),
    "publish.catalog": ("Catalogusversie", "Catalog version"),
    "publish.classification": ("Rubricering", "Classification"),
    "publish.classification_default": ("Openbaar", "Public"),
    "publish.scope": ("Reikwijdte van het ISMS", "Scope of the ISMS"),
    "publish.no_scope": ("Er is geen reikwijdte vastgelegd.", "No scope has been recorded."),
    "publish.vvt": ("Verklaring van Toepasselijkheid", "Statement of Applicability"),
    "publish.vvt_intro": (
        "Alle {controls} beheersmaatregelen van de catalogus; {excluded} daarvan zijn "
        "niet van toepassing verklaard, elk met de reden.",
        "All {controls} controls of the catalog; {excluded} of them were declared not "
        "applicable, each with its reason."),
    "publish.caption": ("Toepasselijkheid per beheersmaatregel",
                        "Applicability per control"),
    "publish.col.number": ("Nummer", "Number"),
    "publish.col.title": ("Beheersmaatregel", "Control"),
    "publish.col.applicable": ("Van toepassing", "Applicable"),
    "publish.col.justification": ("Reden van uitsluiting", "Reason for exclusion"),
    "publish.col.status": ("Status", "Status"),
    "publish.yes": ("ja", "yes"),
    "publish.no": ("nee", "no"),
    "publish.no_reason": ("(geen reden vastgelegd)", "(no reason recorded)"),
    "publish.footer": ("Gemaakt met bio2 op {date}.", "Made with bio2 on {date}."),
}
