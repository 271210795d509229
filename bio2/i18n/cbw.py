"""Cbw readiness (``cbw.*``) and the Cbw registration (``registration.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cbw.title": (
        "Cbw-gereedheid van {org}, periode {period} (catalogus {catalog})",
        "Cbw readiness of {org}, period {period} (catalog {catalog})",
    ),
    "cbw.letters": ("Zorgplicht per NIS2-letter (NIS2 art. 21(2))", "Duty of care per NIS2 letter (NIS2 art. 21(2))"),
    "cbw.duties": ("Governance (art. 24 Cbw) en meldplicht (art. 25 Cbw)", "Governance (Cbw art. 24) and reporting (Cbw art. 25)"),
    "cbw.items": ("Per item van het Cbw Control Framework v1.2", "Per item of the Cbw Control Framework v1.2"),
    "cbw.col.letter": ("letter", "letter"),
    "cbw.col.title": ("onderwerp", "subject"),
    "cbw.col.duty": ("plicht", "duty"),
    "cbw.col.cbw_item": ("item", "item"),
    "cbw.col.group": ("groep", "group"),
    "cbw.col.topic": ("onderwerp", "topic"),
    "cbw.col.verdict": ("oordeel", "verdict"),
    "cbw.col.top_gaps": ("grootste gaten", "largest gaps"),
    "cbw.group.zorgplicht": ("zorgplicht", "duty of care"),
    "cbw.group.governance": ("governance", "governance"),
    "cbw.group.meldplicht": ("meldplicht", "reporting"),
    "cbw.verdict.voldoet": ("voldoet", "meets"),
    "cbw.verdict.deels": ("deels", "partly"),
    "cbw.verdict.voldoet_niet": ("voldoet niet", "does not meet"),
    "cbw.verdict.niet_beoordeeld": ("niet beoordeeld", "not assessed"),
    "cbw.rule": (
        "Oordeel: niet beoordeeld als minder dan de helft van de items een besluit heeft of niets"
        " meeweegt; voldoet bij alle items beoordeeld, score ten minste 90% en geen 'nee' zonder"
        " geldige risicoacceptatie; voldoet niet bij een score onder 50%; anders deels.",
        "Verdict: not assessed when fewer than half of the items have a decision or nothing"
        " weighs; meets when all items are assessed, the score is at least 90% and no 'no' lacks"
        " a valid risk acceptance; does not meet below 50%; partly otherwise.",
    ),
    "cbw.accepted_mark": (
        "* = restrisico geaccepteerd (telt mee in de score).",
        "* = residual risk accepted (still counts in the score).",
    ),
    "cbw.registration.none": (
        "Registratieplicht: niet beoordeeld, geen registratiegegevens vastgelegd"
        " (bio2 registration {org} --set-from BESTAND.yaml).",
        "Registration duty: not assessed, no registration data recorded"
        " (bio2 registration {org} --set-from FILE.yaml).",
    ),
    "cbw.registration.line": (
        "Registratieplicht: {verdict} ({entity}; contactpersoon incidenten {contact};"
        " {services} dienst(en); geregistreerd: {filed}).",
        "Registration duty: {verdict} ({entity}; incident contact {contact};"
        " {services} service(s); registered: {filed}).",
    ),
    "cbw.registration.not_filed": ("nog niet", "not yet"),
    "registration.saved": ("registratie van {org} opgeslagen", "registration of {org} saved"),
    "registration.cleared": ("registratie van {org} verwijderd", "registration of {org} removed"),
    "registration.none": ("{org} heeft nog geen registratiegegevens",
                          "{org} has no registration data yet"),
    "registration.other_org": ("dit antwoordbestand is van organisatie {found}, niet van {org}",
                               "this answer file belongs to organisation {found}, not {org}"),
    "registration.not_in_file": ("dit antwoordbestand bevat geen organisation.registration",
                                 "this answer file holds no organisation.registration"),
    "registration.field.entity_name": ("naam entiteit", "entity name"),
    "registration.field.entity_type": ("soort", "kind"),
    "registration.field.entity": ("entiteit", "entity"),
    "registration.field.sector": ("sector", "sector"),
    "registration.field.contact": ("contactpersoon incidenten", "incident contact"),
    "registration.field.services": ("diensten", "services"),
    "registration.field.registered_on": ("geregistreerd op", "registered on"),
    # the Cbw sector of a registration in words (the file keeps the code ``overheid``)
    "registration.sector.overheid": ("overheid", "government"),
    # items the catalog marks outside the Cbw scope (v1.3 greys them out, e.g. 5.33.01)
    "cbw.outside_cbw": (
        "Buiten Cbw-reikwijdte (tellen niet mee in de Cbw-oordelen, wel in de BIO2-score):"
        " {items}.",
        "Outside the Cbw scope (not counted in the Cbw verdicts, still in the BIO2 score):"
        " {items}.",
    ),
    # -- h13r: the registration form of the TUI (bio2.usecases.registration_form) --
    "registration.form.entity_name": ("naam entiteit", "entity name"),
    "registration.form.entity_type": ("soort organisatie", "kind of organisation"),
    "registration.form.entity": ("soort entiteit", "kind of entity"),
    "registration.form.sector": ("sector", "sector"),
    "registration.form.contact_name": ("contactpersoon", "contact person"),
    "registration.form.contact_email": ("e-mail contact", "contact e-mail"),
    "registration.form.contact_phone": ("telefoon contact", "contact phone"),
    "registration.form.services": ("diensten (één per regel)", "services (one per line)"),
    "registration.form.registered_on": ("geregistreerd op", "registered on"),
    "registration.form.too_long": ("te lang (hoogstens {max} tekens)",
                                   "too long (at most {max} characters)"),
    "registration.form.too_many": ("te veel diensten (hoogstens 100)",
                                   "too many services (at most 100)"),
    "registration.form.bad_email": (
        "geen bruikbaar e-mailadres; typ bijv. ciso@gemeente.nl",
        "not a usable e-mail address; type e.g. ciso@municipality.nl",
    ),
    "registration.form.bad_phone": (
        "geen telefoonnummer: cijfers met eventueel +, spaties, - en haakjes (6 tot 25 tekens)",
        "not a phone number: digits with optional +, spaces, - and brackets (6 to 25 characters)",
    ),
    "registration.form.one_line": ("één regel zonder tabs", "one line without tabs"),
    "registration.form.service_line": ("regel {number}: {message}", "line {number}: {message}"),
}
