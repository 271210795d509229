"""The screens of the terminal interface (every other ``tui.*`` key) and the start
screen's messages (``start.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # app
    "tui.demo_failed": ("Demo-organisatie niet aangemaakt: {reason}", "Demo organisation not created: {reason}"),
    # start screen
    "tui.start.intro": (
        "Kies een beoordeling, Enter opent. n: nieuwe organisatie, a: nieuwe beoordeling, r: Cbw-registratie, i: meldplicht-register, b: opleiding bestuur.",
        "Choose an assessment, Enter opens it. n: new organisation, a: new assessment, r: Cbw registration, i: incident register, b: board training.",
    ),
    "tui.start.loading": ("Gegevens laden ...", "Loading ..."),
    "tui.start.empty": ("Nog geen organisaties. Druk n om er een aan te maken.", "No organisations yet. Press n to create one."),
    "tui.start.no_org": ("Kies eerst een organisatie (of maak er een met n).", "Choose an organisation first (or create one with n)."),
    "tui.start.col.org": ("Organisatie", "Organisation"),
    "tui.start.col.period": ("Periode", "Period"),
    "tui.start.col.catalog": ("Catalogus", "Catalog"),
    "tui.start.col.progress": ("Voortgang", "Progress"),
    "tui.start.col.score": ("Score", "Score"),
    "tui.start.col.updated": ("Laatst gewijzigd (UTC)", "Last change (UTC)"),
    # new organisation
    "tui.org.title": ("Nieuwe organisatie", "New organisation"),
    "tui.org.type": ("Type (profiel)", "Type (profile)"),
    "tui.org.name": ("Naam", "Name"),
    "tui.org.id": ("Kenmerk", "Identifier"),
    "tui.org.entity": ("Cbw-entiteit (controleer uw registratie)",
                       "Cbw entity (check your registration)"),
    "tui.org.invalid_id": (
        "kenmerk: 2 tot 64 tekens, alleen a-z, 0-9 en -", "identifier: 2 to 64 characters, only a-z, 0-9 and -",
    ),
    "tui.org.invalid_name": ("naam is verplicht (hoogstens 500 tekens)", "name is required (at most 500 characters)"),
    "tui.org.invalid": ("ongeldige invoer", "invalid input"),
    "tui.org.exists": ("organisatie {id} bestaat al", "organisation {id} already exists"),
    # new assessment
    "tui.new.title": ("Nieuwe beoordeling voor {org}", "New assessment for {org}"),
    "tui.new.period": ("Periode", "Period"),
    "tui.new.assessor": ("Beoordelaar", "Assessor"),
    "tui.new.catalog": ("Catalogus", "Catalog"),
    "tui.new.start_from": ("Beginnen met", "Start from"),
    "tui.new.empty": ("leeg", "empty"),
    "tui.new.carry_from": ("overnemen uit {period} ({catalog})", "carry over from {period} ({catalog})"),
    "tui.new.bad_period": ("periode is verplicht (hoogstens 32 tekens)", "period is required (at most 32 characters)"),
    "tui.new.bad_assessor": ("beoordelaar is verplicht", "assessor is required"),
    "tui.new.exists": ("er is al een beoordeling voor periode {period}", "there is already an assessment for period {period}"),
    # assessment screen
    "tui.tree.root": ("BIO2", "BIO2"),
    "tui.search.placeholder": ("/ zoeken in titels en toelichting", "/ search titles and guidance"),
    "tui.summary": (
        "beantwoord {answered}/{items} ({coverage}) · score {score} · {gaps} tekortkomingen",
        "answered {answered}/{items} ({coverage}) · score {score} · {gaps} gaps",
    ),
    "tui.summary.filter": ("filter: {filter} ({count})", "filter: {filter} ({count})"),
    "tui.summary.pending": ("⚠ {count} wijziging(en) wachten op de database", "⚠ {count} change(s) waiting for the database"),
    "tui.locked": (
        "De database is bezet door een ander proces (bijvoorbeeld een import). Uw wijziging is bewaard en wordt elke seconde opnieuw opgeslagen.",
        "The database is locked by another process (an import, say). Your change is kept and saved again every second.",
    ),
    "tui.locked_saved": ("Database weer vrij: alle wijzigingen zijn opgeslagen.", "Database free again: every change is saved."),
    "tui.locked_wait": (
        "Nog niet alles is opgeslagen (database bezet); probeer het zo opnieuw.",
        "Not everything is saved yet (database locked); try again in a moment.",
    ),
    "tui.discarded": (
        "Niet opgeslagen ({item}): fout in {fields}.",
        "Not saved ({item}): error in {fields}.",
    ),
    "tui.all_answered": ("Geen open items meer in deze selectie.", "No open items left in this selection."),
    "tui.jump.title": ("Ga naar item (nummer)", "Go to item (number)"),
    "tui.jump.placeholder": ("bijv. 5.17.01, 5.3 of isms-9.3.2", "e.g. 5.17.01, 5.3 or isms-9.3.2"),
    "tui.jump.unknown": ("Onbekend item: {item}", "Unknown item: {item}"),
    "tui.undo.nothing": ("Niets om ongedaan te maken.", "Nothing to undo."),
    "tui.undo.answer": ("Antwoord op {key} teruggezet.", "Answer to {key} restored."),
    "tui.undo.vvt": ("VvT van {key} teruggezet.", "SoA entry of {key} restored."),
    "tui.undo.profile": ("Risicoprofiel teruggezet.", "Risk profile restored."),
    # filters
    "tui.filter.title": ("Welke items tonen?", "Which items to show?"),
    "tui.filter.all": ("alle items", "all items"),
    "tui.filter.unanswered": ("nog niet beantwoord", "not yet answered"),
    "tui.filter.gaps": ("tekortkomingen (nee of deels)", "gaps (no or partly)"),
    "tui.filter.overdue": ("streefdatum verstreken", "due date passed"),
    "tui.filter.expired": ("risicoacceptatie verlopen", "risk acceptance expired"),
    "tui.filter.owner_is": ("eigenaar: {owner}", "owner: {owner}"),
    "tui.filter.nothing": ("Geen items in deze selectie.", "No items in this selection."),
    "tui.filter.audit_differs": ("wijkt af van audit", "differs from audit"),
    # item panel
    "tui.item.excluded": (
        "Niet van toepassing volgens de VvT (beheersmaatregel {control}): {reason} [risicoanalyse {ref}]",
        "Not applicable according to the SoA (control {control}): {reason} [risk analysis {ref}]",
    ),
    "tui.item.guidance": ("Wat deze maatregel vraagt", "What this measure asks"),
    "tui.item.official": (
        "Officiële BIO2-tekst ({number}, bron: {source}, ingelezen {date})",
        "Official BIO2 text ({number}, source: {source}, imported {date})",
    ),
    "tui.item.categories": ("Categorieën", "Categories"),
    "tui.item.properties": ("BIV", "CIA properties"),
    "tui.item.nis2": ("NIS2 art. 21(2)", "NIS2 art. 21(2)"),
    "tui.item.cbw": ("Cbw Control Framework", "Cbw Control Framework"),
    "tui.item.weight": ("Gewicht", "Weight"),
    "tui.item.residual": ("Restrisico", "Residual risk"),
    "tui.cbw.intro": (
        "Cbw-gereedheid per NIS2-letter (zorgplicht), per plicht en per item van het Cbw"
        " Control Framework. Registratieplicht: {registration}. Enter opent het grootste gat.",
        "Cbw readiness per NIS2 letter (duty of care), per duty and per Cbw Control Framework"
        " item. Registration duty: {registration}. Enter opens the largest gap.",
    ),
    "tui.cbw.col.view": ("onderdeel", "part"),
    "tui.cbw.col.subject": ("onderwerp", "subject"),
    "tui.cbw.col.score": ("score", "score"),
    "tui.cbw.col.coverage": ("dekking", "coverage"),
    "tui.cbw.col.verdict": ("oordeel", "verdict"),
    "tui.cbw.col.gaps": ("grootste gaten", "largest gaps"),
    "tui.cbw.no_gap": ("Geen gaten bij dit onderdeel.", "No gaps in this part."),
    "tui.migrate.title": (
        "{org} · {period}: van {current} naar een andere catalogusversie",
        "{org} · {period}: from {current} to another catalog version",
    ),
    "tui.migrate.choose": (
        "Kies een catalogus; hier verschijnt wat er met de antwoorden gebeurt. De huidige"
        " beoordeling blijft ongewijzigd.",
        "Choose a catalog; what happens to the answers appears here. The current assessment"
        " stays unchanged.",
    ),
    "tui.migrate.confirm": ("y: uitvoeren · esc: annuleren", "y: carry out · esc: cancel"),
    "tui.migrate.no_assessment": ("Kies eerst een beoordeling.", "Choose an assessment first."),
    "tui.migrate.done": ("Nieuwe beoordeling op {id} aangemaakt.",
                         "New assessment on {id} created."),
    "tui.weight.profile": (
        "{value} = blootstelling {exposure} ({properties}) x factor {factor} ({category})",
        "{value} = exposure {exposure} ({properties}) x factor {factor} ({category})",
    ),
    "tui.weight.explicit": (
        "{value} = kans {likelihood} x impact {impact} / 5 (eigen risico-inschatting)",
        "{value} = likelihood {likelihood} x impact {impact} / 5 (own risk estimate)",
    ),
    "tui.form.section_risk": ("Eigen risico-inschatting (optioneel)", "Own risk estimate (optional)"),
    "tui.form.section_acceptance": ("Risicoacceptatie", "Risk acceptance"),
    "tui.form.section_audit": ("Opzet, bestaan, werking", "Design, existence, operation"),
    "tui.form.none": ("-", "-"),
    "tui.judgement.ja": ("ja", "yes"),
    "tui.judgement.nee": ("nee", "no"),
    "tui.judgement.onbekend": ("onbekend", "unknown"),
    # form errors (bio2.usecases.forms)
    "tui.err.date": ("geen geldige datum; typ bijv. 31-12-2026 of JJJJ-MM-DD",
                     "not a valid date; type e.g. 31-12-2026 or YYYY-MM-DD"),
    "tui.err.score": ("kies een geheel getal van 1 tot en met 5", "choose a whole number from 1 to 5"),
    "tui.err.too_long": ("te lang (hoogstens 500 tekens)", "too long (at most 500 characters)"),
    "tui.err.required": ("verplicht", "required"),
    "tui.err.invalid": ("ongeldig: {reason}", "invalid: {reason}"),
    "tui.err.risk_both": ("vul kans en impact allebei in (of geen van beide)", "fill in both likelihood and impact (or neither)"),
    "tui.err.acceptance_incomplete": (
        "een risicoacceptatie heeft wie, tot wanneer en een reden nodig",
        "a risk acceptance needs who, until when and a reason",
    ),
    "tui.err.explanation_required": (
        "toelichting is verplicht bij {status}; de status is nog niet opgeslagen",
        "an explanation is required for {status}; the status is not saved yet",
    ),
    # VvT
    "tui.vvt.title": ("Verklaring van Toepasselijkheid: beheersmaatregel {control}", "Statement of Applicability: control {control}"),
    "tui.vvt.help": (
        "Een beheersmaatregel die niet van toepassing is, sluit ook al zijn overheidsmaatregelen uit. Onderbouw dat en verwijs naar de risicoanalyse.",
        "A control that does not apply also excludes all its government measures. Justify it and refer to the risk analysis.",
    ),
    "tui.vvt.applicable": ("Van toepassing", "Applicable"),
    "tui.vvt.yes": ("ja, van toepassing", "yes, applicable"),
    "tui.vvt.no": ("nee, niet van toepassing", "no, not applicable"),
    "tui.vvt.justification": ("Onderbouwing", "Justification"),
    "tui.vvt.risk_ref": ("Risicoanalyse", "Risk analysis"),
    "tui.vvt.not_for_clause": ("De VvT gaat over beheersmaatregelen, niet over ISMS-eisen.", "The SoA covers controls, not ISMS clauses."),
    # dashboard
    "tui.dash.progress": (
        "Voortgang: {answered} van {items} items beantwoord ({coverage}), {gaps} tekortkomingen",
        "Progress: {answered} of {items} items answered ({coverage}), {gaps} gaps",
    ),
    "tui.dash.overall": ("Totaal (gewogen)", "Overall (weighted)"),
    "tui.dash.themes": ("Per thema", "Per theme"),
    "tui.dash.categories": ("Per categorie", "Per category"),
    "tui.dash.nis2": ("Per NIS2-onderwerp (NIS2 art. 21(2))", "Per NIS2 topic (NIS2 art. 21(2))"),
    "tui.dash.col.item": ("Item", "Item"),
    "tui.dash.col.title": ("Titel", "Title"),
    "tui.dash.col.status": ("Status", "Status"),
    "tui.dash.col.residual": ("Restrisico", "Residual"),
    "tui.dash.col.owner": ("Eigenaar", "Owner"),
    "tui.dash.overdue": ("Streefdatum verstreken ({count})", "Due date passed ({count})"),
    "tui.dash.expired": ("Risicoacceptatie verlopen ({count})", "Risk acceptance expired ({count})"),
    "tui.dash.none": ("geen", "none"),
    "tui.bar.answered": ("{answered}/{items}", "{answered}/{items}"),
    # risk profile
    "tui.risk.title": ("Risicoprofiel (BIV)", "Risk profile (CIA)"),
    "tui.risk.help": (
        "Het hoogste niveau van de eigenschappen die een beheersmaatregel beschermt, bepaalt het gewicht van zijn items.",
        "The highest level among the properties a control protects sets the weight of its items.",
    ),
    "tui.risk.score": ("Gewogen score nu: {score} {pending}", "Weighted score now: {score} {pending}"),
    # history
    "tui.history.title": ("Historie van {item} {title}", "History of {item} {title}"),
    "tui.history.empty": ("Nog geen wijzigingen aan {item}.", "No changes to {item} yet."),
    "tui.history.col.at": ("Tijdstip (UTC)", "Time (UTC)"),
    "tui.history.col.actor": ("Door", "By"),
    "tui.history.col.what": ("Wat", "What"),
    "tui.history.col.change": ("Wijziging", "Change"),
    "tui.history.vvt": ("VvT", "SoA"),
    "tui.history.audit": ("audit", "audit"),
    "tui.history.answer": ("antwoord", "answer"),
    # export and report
    "tui.job.export": ("Antwoordbestand exporteren", "Export answer file"),
    "tui.job.report": ("Rapport maken (PDF)", "Create report (PDF)"),
    "tui.job.report_html": ("Rapport maken (HTML)", "Create report (HTML)"),
    "tui.report_format.title": ("Rapport maken: welk formaat?", "Create report: which format?"),
    "tui.report_format.pdf": ("PDF: om af te drukken en te ondertekenen",
                              "PDF: to print and sign"),
    "tui.report_format.html": ("HTML: één toegankelijke webpagina",
                               "HTML: one accessible web page"),
    "tui.job.writing": ("Bezig met schrijven naar {path} ...", "Writing {path} ..."),
    "tui.job.done": ("Klaar: {path}  (Enter of Esc sluit)", "Done: {path}  (Enter or Esc closes)"),
    "tui.job.failed": ("Mislukt: {reason}", "Failed: {reason}"),
    "tui.job.exists_title": ("Bestand bestaat al", "File exists"),
    "tui.job.exists_question": ("{path} bestaat al. Overschrijven?",
                                "{path} exists already. Overwrite it?"),
    "tui.job.overwrite": ("Overschrijven", "Overwrite"),
    "tui.draft.kept": (
        "Niet opgeslagen ({item}): fout in {fields}. De invoer blijft staan (✎) tot u hem "
        "verbetert of met z verwerpt.",
        "Not saved ({item}): error in {fields}. The input stays (✎) until you correct it "
        "or discard it with z.",
    ),
    "tui.draft.discarded": ("Ongeldige invoer bij {item} verworpen; het formulier toont "
                            "weer wat is opgeslagen.",
                            "Invalid input on {item} discarded; the form shows what is "
                            "stored again."),
    "tui.draft.leave_title": ("Niet opgeslagen invoer", "Unsaved input"),
    "tui.draft.leave_question": (
        "Bij {items} staat invoer die niet is opgeslagen omdat hij ongeldig is. Wilt u die "
        "verwerpen, of terug om hem te verbeteren?",
        "{items} hold input that was not saved because it is invalid. Discard it, or go "
        "back to correct it?",
    ),
    "tui.draft.leave_yes": ("Verwerpen", "Discard"),
    "tui.audit.title": ("Audit van dit item (A: terug naar het formulier)",
                        "Audit of this item (A: back to the form)"),
    "tui.audit.none": ("Voor deze beoordeling is geen audit ingelezen (een antwoordbestand "
                       "met source: audit).",
                       "No audit was imported for this assessment (an answer file with "
                       "source: audit)."),
    "tui.audit.by": ("Auditor:", "Auditor:"),
    "tui.audit.date": ("datum:", "date:"),
    "tui.audit.no_date": ("onbekend", "unknown"),
    "tui.audit.own_status": ("Status zelfevaluatie", "Self-assessment status"),
    "tui.audit.auditor_status": ("Status auditor", "Auditor's status"),
    "tui.audit.not_judged": ("De auditor heeft dit item niet beoordeeld.",
                             "The auditor did not judge this item."),
    "tui.audit.differs": ("wijkt af", "differs"),
    "tui.audit.finding": ("Bevinding", "Finding"),
    "tui.audit.explanation": ("Toelichting auditor", "Auditor's explanation"),
    "tui.details.title": ("Gegevens van de beoordeling", "Assessment details"),
    "tui.details.organisation": ("Organisatie", "Organisation"),
    "tui.details.period": ("Periode", "Period"),
    "tui.details.assessor": ("Beoordelaar", "Assessor"),
    "tui.details.date": ("Datum beoordeling", "Assessment date"),
    "tui.details.classification": ("Rubricering rapport", "Report classification"),
    "tui.details.placeholder.assessor": ("bijv. J. de Vries (CISO)", "e.g. J. de Vries (CISO)"),
    "tui.details.placeholder.date": ("bijv. 31-12-2026", "e.g. 2026-12-31"),
    "tui.details.placeholder.classification": ("leeg: Vertrouwelijk",
                                               "empty: the default marking"),
    "tui.details.saved": ("Gegevens van de beoordeling opgeslagen.",
                          "Assessment details saved."),
    "tui.delete.title": ("Verwijderen", "Delete"),
    "tui.delete.keys": (
        "j of Enter: verwijderen (eerst een reservekopie)   Esc: niets doen",
        "y or Enter: delete (a backup first)   Esc: do nothing",
    ),
    "tui.delete.failed": ("Niet verwijderd: {reason}", "Not deleted: {reason}"),
    # start screen
    "start.empty": (
        "Nog geen organisaties in deze database. Druk n om er een aan te maken. De demo"
        " (Gemeente Voorbeeld, fictief) staat in een eigen database: start bio2 --demo"
        " (of make run).",
        "No organisations in this database yet. Press n to create one. The demo"
        " (Gemeente Voorbeeld, fictional) has its own database: start bio2 --demo"
        " (or make run).",
    ),
    "start.loading_many": ("{count} beoordelingen laden ...", "Loading {count} assessments ..."),
    "tui.demo_subtitle": ("demodatabase (fictieve gegevens)", "demo database (fictional data)"),
    # -- h13r: the Cbw registration screen (bio2/tui/screens/registration.py) --
    "tui.registration.title": ("Cbw-registratie: {name} ({org})",
                               "Cbw registration: {name} ({org})"),
    "tui.registration.none": (
        "Nog geen registratiegegevens vastgelegd. Vul ze in en sla op (ctrl+s of Enter).",
        "No registration data recorded yet. Fill them in and save (ctrl+s or Enter).",
    ),
    "tui.registration.clear": ("Registratie wissen", "Clear registration"),
    "tui.registration.clear_title": ("Registratie wissen?", "Clear the registration?"),
    "tui.registration.clear_question": (
        "De Cbw-registratiegegevens van {name} ({org}) worden verwijderd; de historie van"
        " de organisatie bewaart de oude waarden.",
        "The Cbw registration data of {name} ({org}) are removed; the organisation's"
        " history keeps the old values.",
    ),
    "tui.registration.conflict": ("Cbw-registratie van {org} intussen gewijzigd",
                                  "Cbw registration of {org} changed meanwhile"),
    "tui.registration.combination_invalid": (
        "Deze combinatie is niet geldig; verbeter de gemarkeerde velden en sla opnieuw op.",
        "This combination is not valid; correct the marked fields and save again.",
    ),
    "tui.registration.discard_title": ("Wijzigingen weggooien?", "Discard changes?"),
    "tui.registration.discard_question": (
        "U hebt de registratie gewijzigd maar niet opgeslagen.",
        "You changed the registration but did not save it.",
    ),
    "tui.registration.discard": ("Weggooien", "Discard"),
    "tui.registration.placeholder.entity_name": ("naam zoals geregistreerd",
                                                 "name as registered"),
    "tui.registration.placeholder.contact_name": ("naam (functie)", "name (role)"),
    "tui.registration.placeholder.contact_email": ("bijv. ciso@gemeente.nl",
                                                   "e.g. ciso@municipality.nl"),
    "tui.registration.placeholder.contact_phone": ("bijv. +31 20 123 4567",
                                                   "e.g. +31 20 123 4567"),
    "tui.registration.placeholder.registered_on": ("leeg: nog niet; bijv. 31-12-2026",
                                                   "empty: not yet; e.g. 2026-12-31"),
}
