"""Messages of the report area: ``bio2 report`` and the PDF verantwoordingsrapportage."""

MESSAGES: dict[str, tuple[str, str]] = {
    "report.annex.official": (
        "Officiële BIO2-tekst ({number}; bron: {source}, ingelezen {date}):",
        "Official BIO2 text ({number}; source: {source}, imported {date}):",
    ),
    "report.cbw.registration": ("Registratiegegevens (registratieplicht)",
                                "Registration data (registration duty)"),
    "report.cbw.registration.none": (
        "Er zijn nog geen registratiegegevens vastgelegd.",
        "No registration data recorded yet.",
    ),
    "report.reg.entity_name": ("Naam entiteit", "Entity name"),
    "report.reg.entity_type": ("Soort organisatie", "Kind of organisation"),
    "report.reg.entity": ("Soort entiteit", "Kind of entity"),
    "report.reg.sector": ("Sector", "Sector"),
    "report.reg.contact": ("Contact voor incidenten", "Incident contact"),
    "report.reg.services": ("Diensten", "Services"),
    "report.reg.registered_on": ("Geregistreerd op", "Registered on"),
    "report.reg.not_filed": ("nog niet geregistreerd", "not registered yet"),
    # command line
    "cli.report": ("verantwoordingsrapportage als PDF", "accountability report as PDF"),
    "cli.report.long": (
        "Schrijft de verantwoordingsrapportage (PDF) van een beoordeling: samenvatting voor het"
        " bestuur, governance, VvT, overheidsmaatregelen, Cbw/NIS2, verbeterplan, concept-"
        "verklaring en bijlage met alle antwoorden.",
        "Writes the accountability report (PDF) of an assessment: board summary, governance,"
        " statement of applicability, government measures, Cbw/NIS2, improvement plan, draft"
        " statement and an annex with every answer.",
    ),
    "cli.report.output": ("PDF-bestand (standaard ORG-PERIODE.pdf)",
                          "PDF file (default ORG-PERIOD.pdf)"),
    "cli.report.date": (
        "rapportdatum JJJJ-MM-DD (standaard vandaag); dezelfde datum geeft dezelfde PDF",
        "report date YYYY-MM-DD (default today); the same date gives the same PDF",
    ),
    "cli.report.classification": (
        "rubricering op elke pagina (standaard die van de organisatie, anders Vertrouwelijk)",
        "classification marking on every page (default the organisation's, else Confidential)",
    ),
    "report.bad_date": ("ongeldige datum {value}; schrijf JJJJ-MM-DD",
                        "invalid date {value}; write YYYY-MM-DD"),
    "report.bad_output": ("het rapport moet een .pdf-bestand zijn: {file}",
                          "the report must be a .pdf file: {file}"),
    "report.written": ("rapport geschreven: {file} ({pages} pagina's)",
                       "report written: {file} ({pages} pages)"),
    "report.progress": ("rapport opmaken", "laying out the report"),
    # document-wide
    "report.classification.default": ("Vertrouwelijk", "Confidential"),
    "report.title": ("Verantwoordingsrapportage informatiebeveiliging",
                     "Information security accountability report"),
    "report.subtitle": ("BIO2 en Cyberbeveiligingswet · periode {period}",
                        "BIO2 and Dutch Cybersecurity Act · period {period}"),
    "report.header": ("{org} · verantwoording BIO2 · periode {period}",
                      "{org} · BIO2 accountability · period {period}"),
    "report.footer": ("bio2 {version} · {catalog}", "bio2 {version} · {catalog}"),
    "report.page": ("Pagina {page} van", "Page {page} of"),
    "report.meta.title": ("Verantwoordingsrapportage BIO2 {org} {period}",
                          "BIO2 accountability report {org} {period}"),
    "report.meta.subject": ("Zelfevaluatie tegen {catalog} en verantwoording voor de Cbw",
                            "Self-assessment against {catalog} and accountability for the Cbw"),
    "report.meta.keywords": ("BIO2, Cbw, NIS2, VvT, verbeterplan, bestuursverklaring",
                             "BIO2, Cbw, NIS2, statement of applicability, improvement plan"),
    "report.months": (
        "januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december",
        "January,February,March,April,May,June,July,August,September,October,November,December",
    ),
    "report.cut": ("[ingekort; {total} tekens, volledige tekst in de bijlage]",
                   "[shortened; {total} characters, full text in the annex]"),
    "report.unknown": ("onbekend", "unknown"),
    "report.yes": ("ja", "yes"),
    "report.no": ("nee", "no"),
    "report.and": ("en", "and"),
    "report.overdue": ("verstreken", "overdue"),
    # under the column "acceptatie": short words, so no word breaks in the narrow column
    "report.acc.until": ("loopt tot", "runs until"),
    "report.acc.expired": ("verlopen op", "expired on"),
    "report.acc.state_valid": ("lopend", "valid"),
    "report.acc.state_expired": ("verlopen", "expired"),
    "report.contents": ("Inhoud", "Contents"),
    # cover
    "report.cover.org": ("Organisatie", "Organisation"),
    "report.cover.type": ("Soort organisatie", "Kind of organisation"),
    "report.cover.entity": ("Status onder de Cbw", "Status under the Cbw"),
    "report.cover.entity_profile": ("{entity} (volgens het profiel van dit organisatietype)",
                                    "{entity} (from the profile of this organisation type)"),
    "report.cover.period": ("Periode", "Period"),
    "report.cover.catalog": ("Catalogus", "Catalog"),
    "report.cover.assessor": ("Beoordeeld door", "Assessed by"),
    "report.cover.assessed_on": ("Datum beoordeling", "Date of assessment"),
    "report.cover.report_date": ("Datum rapport", "Date of report"),
    "report.cover.classification": ("Rubricering", "Classification"),
    "report.cover.handling": (
        "Dit rapport beschrijft waar de informatiebeveiliging van {org} tekortschiet. Behandel"
        " het als {classification}: deel het alleen met wie het voor het werk nodig heeft.",
        "This report describes where the information security of {org} falls short. Handle it"
        " as {classification}: share it only with those who need it for their work.",
    ),
    "report.cover.draft_catalog": (
        "Let op: deze beoordeling gebruikt een conceptversie van de catalogus zonder formele"
        " status.",
        "Note: this assessment uses a draft catalog version without formal status.",
    ),
    # summary
    "report.summary": ("Managementsamenvatting", "Management summary"),
    "report.summary.lead": (
        "Over periode {period} heeft {assessor} de informatiebeveiliging van {org} beoordeeld"
        " tegen {catalog}. Van de {items} items is voor {answered} een besluit vastgelegd.",
        "For period {period}, {assessor} assessed the information security of {org} against"
        " {catalog}. A decision is recorded for {answered} of the {items} items.",
    ),
    "report.summary.score": (
        "De gewogen score is {score} bij een dekking van {coverage}. Er zijn {gaps} tekorten"
        " (maatregelen die niet of deels zijn ingevoerd).",
        "The weighted score is {score} at a coverage of {coverage}. There are {gaps} gaps"
        " (measures not or partly in place).",
    ),
    "report.summary.score.one": (
        "De gewogen score is {score} bij een dekking van {coverage}. Er is 1 tekort (een"
        " maatregel die niet of deels is ingevoerd).",
        "The weighted score is {score} at a coverage of {coverage}. There is 1 gap (a measure"
        " not or partly in place).",
    ),
    "report.summary.score_open.one": (
        "1 item is nog niet beoordeeld; dat telt in de score mee als niet ingevoerd.",
        "1 item is not yet assessed; it counts in the score as not in place.",
    ),
    "report.summary.score_open": (
        "{unassessed} items zijn nog niet beoordeeld; die tellen in de score mee als niet"
        " ingevoerd.",
        "{unassessed} items are not yet assessed; they count in the score as not in place.",
    ),
    "report.summary.no_score": (
        "Er is nog geen score: geen enkel item in de reikwijdte heeft een besluit.",
        "There is no score yet: no item in scope has a decision.",
    ),
    "report.summary.k.score": ("Gewogen score (totaal)", "Weighted score (overall)"),
    "report.summary.k.coverage": ("Dekking", "Coverage"),
    "report.summary.k.coverage_v": ("{coverage} ({answered} van {items} items)",
                                    "{coverage} ({answered} of {items} items)"),
    "report.summary.k.gaps": ("Tekorten (nee of deels)", "Gaps (no or partly)"),
    "report.summary.k.unassessed": ("Nog niet beoordeeld", "Not yet assessed"),
    "report.summary.k.accepted": ("Risicoacceptaties", "Risk acceptances"),
    "report.summary.k.accepted_v": ("{valid} lopend, {expired} verlopen",
                                    "{valid} valid, {expired} expired"),
    "report.summary.k.overdue": ("Acties met verstreken streefdatum",
                                 "Actions past their due date"),
    "report.summary.chart": ("Score per thema en per categorie",
                             "Score per theme and per category"),
    "report.summary.category": ("categorie {name}", "category {name}"),
    "report.summary.chart_note": (
        "Balk: gewogen score. Dunne lijn eronder: dekking (aandeel items met een besluit).",
        "Bar: weighted score. Thin line below: coverage (share of items with a decision).",
    ),
    "report.summary.risks": ("De {n} grootste risico's", "The {n} largest risks"),
    "report.summary.risks.one": ("Het grootste risico", "The largest risk"),
    "report.summary.no_gaps": ("Er zijn geen tekorten vastgelegd.", "No gaps are recorded."),
    "report.summary.unassessed": (
        "Daarnaast zijn {n} items nog niet beoordeeld; hun risico is onbekend.",
        "In addition, {n} items are not yet assessed; their risk is unknown.",
    ),
    "report.summary.unassessed.one": (
        "Daarnaast is 1 item nog niet beoordeeld; het risico daarvan is onbekend.",
        "In addition, 1 item is not yet assessed; its risk is unknown.",
    ),
    "report.summary.acceptances": ("Geaccepteerde risico's", "Accepted risks"),
    "report.summary.acc_valid": (
        "Tijdelijk geaccepteerde risico's ({n}): {ids}.",
        "Temporarily accepted risks ({n}): {ids}.",
    ),
    "report.summary.acc_expired": (
        "Verlopen acceptaties ({n}): {ids}. Hiervoor is een nieuw besluit nodig, of de"
        " maatregel moet alsnog worden ingevoerd.",
        "Expired acceptances ({n}): {ids}. These need a new decision, or the measure must be"
        " put in place.",
    ),
    "report.summary.acc_register": ("Het register staat in hoofdstuk 3.",
                                    "The register is in chapter 3."),
    "report.summary.acc_none": ("Er zijn geen risico's geaccepteerd.",
                                "No risks have been accepted."),
    "report.summary.decision": ("Gevraagd besluit", "Decision asked of the board"),
    "report.decision.adopt": (
        "Deze rapportage en de Verklaring van Toepasselijkheid vaststellen als basis voor de"
        " {statement}.",
        "Adopt this report and the statement of applicability as the basis for the {statement}.",
    ),
    "report.decision.plan": (
        "Instemmen met het verbeterplan ({n} acties, hoofdstuk {chapter}), met de genoemde eigenaren"
        " en streefdata.",
        "Approve the improvement plan ({n} actions, chapter {chapter}) with its owners and due"
        " dates.",
    ),
    "report.decision.expired": (
        "Voor {n} verlopen risicoacceptaties besluiten: opnieuw accepteren (met nieuwe"
        " einddatum) of de maatregel alsnog laten invoeren.",
        "Decide on {n} expired risk acceptances: accept again (with a new end date) or have the"
        " measure put in place.",
    ),
    "report.decision.overdue": (
        "Voor {n} acties waarvan de streefdatum is verstreken een nieuwe datum of extra"
        " middelen vaststellen.",
        "Set a new date or extra resources for {n} actions whose due date has passed.",
    ),
    "report.decision.unassessed": (
        "Opdracht geven de {n} nog niet beoordeelde items te beoordelen vóór de volgende"
        " rapportage.",
        "Order the {n} items not yet assessed to be assessed before the next report.",
    ),
    "report.decision.plan.one": (
        "Instemmen met het verbeterplan (1 actie, hoofdstuk {chapter}), met de genoemde eigenaar en"
        " streefdatum.",
        "Approve the improvement plan (1 action, chapter {chapter}) with its owner and due date.",
    ),
    "report.decision.expired.one": (
        "Voor 1 verlopen risicoacceptatie besluiten: opnieuw accepteren (met nieuwe"
        " einddatum) of de maatregel alsnog laten invoeren.",
        "Decide on 1 expired risk acceptance: accept again (with a new end date) or have the"
        " measure put in place.",
    ),
    "report.decision.overdue.one": (
        "Voor 1 actie waarvan de streefdatum is verstreken een nieuwe datum of extra middelen"
        " vaststellen.",
        "Set a new date or extra resources for 1 action whose due date has passed.",
    ),
    "report.decision.unassessed.one": (
        "Opdracht geven het nog niet beoordeelde item te beoordelen vóór de volgende"
        " rapportage.",
        "Order the item not yet assessed to be assessed before the next report.",
    ),
    "report.decision.sign": ("De {statement} (hoofdstuk {chapter}) ondertekenen.",
                             "Sign the {statement} (chapter {chapter})."),
    "report.risk.nee": ("{item} {title} is niet ingevoerd.", "{item} {title} is not in place."),
    "report.risk.deels": ("{item} {title} is maar deels ingevoerd.",
                          "{item} {title} is only partly in place."),
    "report.risk.open": ("{item} {title} is nog niet beoordeeld.",
                         "{item} {title} is not yet assessed."),
    "report.risk.control": ("Het valt onder beheersmaatregel {control} ({title}).",
                            "It belongs to control {control} ({title})."),
    "report.risk.residual": ("Restrisico {residual}.", "Residual risk {residual}."),
    "report.risk.owner": ("Eigenaar: {owner}.", "Owner: {owner}."),
    "report.risk.due": ("Streefdatum: {due}.", "Due: {due}."),
    "report.risk.due_overdue": ("Streefdatum: {due} (verstreken).", "Due: {due} (overdue)."),
    "report.risk.accepted": ("Het risico is tijdelijk geaccepteerd.",
                             "The risk is temporarily accepted."),
    # governance
    "report.gov": ("Governance", "Governance"),
    "report.gov.lead": (
        "De Cbw legt de verantwoordelijkheid voor cyberbeveiliging bij het bestuur: het keurt"
        " de maatregelen goed, houdt toezicht en volgt zelf een training. Dit hoofdstuk toont"
        " de positie van de CISO, de training van het bestuur en de stand van het ISMS.",
        "The Cbw places responsibility for cybersecurity with the board: it approves the"
        " measures, oversees them and takes training itself. This chapter shows the CISO's"
        " position, board training and the state of the ISMS.",
    ),
    "report.gov.verdict": (
        "Oordeel governance (art. 24 Cbw): {verdict} (score {score}, dekking {coverage}).",
        "Governance verdict (Cbw art. 24): {verdict} (score {score}, coverage {coverage}).",
    ),
    "report.gov.ciso": ("Positie van de CISO", "Position of the CISO"),
    "report.gov.training": ("Training van het bestuur", "Board training"),
    "report.gov.oversight": ("Toezicht en verantwoording door het bestuur",
                             "Oversight and accountability by the board"),
    "report.gov.oversight_clauses": (
        "De Cbw rekent ook {n} ISMS-eisen uit ISO 27001 hoofdstuk {chapters} tot het"
        " bestuurlijk toezicht; hun stand staat in de volgende paragraaf.",
        "The Cbw also counts {n} ISMS requirements of ISO 27001 clauses {chapters} as board"
        " oversight; their state is in the next section.",
    ),
    "report.gov.item_line": ("{item} {title}: {status}.", "{item} {title}: {status}."),
    "report.gov.isms": ("ISMS (ISO 27001 hoofdstuk 4-10)", "ISMS (ISO 27001 clauses 4-10)"),
    "report.gov.isms_lead": (
        "BIO2 vraagt een werkend managementsysteem voor informatiebeveiliging. Per hoofdstuk"
        " van ISO 27001 de gewogen score en de aantallen ja / deels / nee / open.",
        "BIO2 asks for a working information security management system. Per clause of"
        " ISO 27001 the weighted score and the counts yes / partly / no / open.",
    ),
    # risk
    "report.risk": ("Risicoprofiel en methode", "Risk profile and method"),
    "report.risk.profile": ("BIV-profiel", "CIA profile"),
    "report.risk.profile_lead": (
        "Het risicoprofiel geeft per eigenschap (beschikbaarheid, integriteit,"
        " vertrouwelijkheid) aan hoe zwaar een tekort weegt. Het bepaalt het gewicht van elk item.",
        "The risk profile states per property (availability, integrity, confidentiality) how"
        " heavily a gap weighs. It sets the weight of every item.",
    ),
    "report.risk.method": ("Hoe scores en gewichten worden berekend",
                           "How scores and weights are computed"),
    "report.method.weight": (
        "Gewicht: het hoogste niveau (laag 1, midden 2, hoog 3) onder de BIV-eigenschappen die"
        " de beheersmaatregel van het item beschermt, maal de factor van de zwaarste categorie"
        " van het item: {factors}.",
        "Weight: the highest level (low 1, medium 2, high 3) among the CIA properties the item's"
        " control protects, times the factor of the item's heaviest category: {factors}.",
    ),
    "report.method.degree": (
        "Mate van invoering: ja telt 1, deels 0,5, nee en open 0. Items met n.v.t. en items van"
        " beheersmaatregelen die in de VvT niet van toepassing zijn, tellen niet mee.",
        "Degree: yes counts 1, partly 0.5, no and open 0. Items answered n/a and items of"
        " controls the statement of applicability excludes do not count.",
    ),
    "report.method.score": (
        "Score van een groep (thema, categorie, NIS2-letter, Cbw-item, totaal): de som van"
        " gewicht × mate, gedeeld door de som van de gewichten. Dekking: het aandeel items met"
        " een besluit.",
        "Score of a group (theme, category, NIS2 letter, Cbw item, overall): the sum of"
        " weight × degree divided by the sum of the weights. Coverage: the share of items with"
        " a decision.",
    ),
    "report.method.residual": (
        "Restrisico van een item: gewicht × (1 − mate). Het verbeterplan volgt die volgorde."
        " Geaccepteerde risico's blijven in de score en staan apart in het register.",
        "Residual risk of an item: weight × (1 − degree). The improvement plan follows that"
        " order. Accepted risks stay in the score and are listed apart in the register.",
    ),
    "report.method.cbw": (
        "Voor de Cbw geldt daarnaast een oordeel per onderdeel (zie hoofdstuk 6).",
        "For the Cbw a verdict per part applies as well (see chapter 6).",
    ),
    "report.risk.register": ("Register van geaccepteerde risico's", "Register of accepted risks"),
    "report.risk.register_lead": (
        "Risico's die het bestuur tijdelijk accepteert, met wie besloot, tot wanneer en de"
        " verwijzing naar de risicoanalyse.",
        "Risks the board accepts for a time, with who decided, until when and the reference"
        " to the risk analysis.",
    ),
    "report.risk.register_none": ("Er zijn geen risico's geaccepteerd.",
                                  "No risks have been accepted."),
    # VvT
    "report.vvt": ("Verklaring van Toepasselijkheid", "Statement of applicability"),
    "report.vvt.lead": (
        "Van de {controls} beheersmaatregelen van ISO 27002 zijn er {applicable} van toepassing"
        " en {excluded} niet. Per beheersmaatregel de toepasselijkheid, de stand van de items"
        " eronder en de onderbouwing.",
        "Of the {controls} controls of ISO 27002, {applicable} apply and {excluded} do not."
        " Per control its applicability, the state of its items and the justification.",
    ),
    "report.vvt.status": ("{score} ({answered}/{items} beoordeeld)",
                          "{score} ({answered}/{items} assessed)"),
    "report.vvt.unassessed": ("niet beoordeeld", "not assessed"),
    "report.vvt.exceptions": ("Uitzonderingen (bijlage bij de VvT)",
                              "Exceptions (annex to the statement of applicability)"),
    "report.vvt.exceptions_lead": (
        "Elke beheersmaatregel die niet van toepassing is en elk item met n.v.t., met de"
        " onderbouwing en de verwijzing naar de risicoanalyse.",
        "Every control that does not apply and every item answered n/a, with the justification"
        " and the reference to the risk analysis.",
    ),
    "report.vvt.no_ref": ("geen verwijzing", "no reference"),
    "report.vvt.nvt_item": ("item n.v.t.", "item n/a"),
    "report.vvt.no_exceptions": ("Er zijn geen uitzonderingen.", "There are no exceptions."),
    # measures
    "report.measures": ("BIO2-overheidsmaatregelen", "BIO2 government measures"),
    "report.measures.lead": (
        "De {n} overheidsmaatregelen zijn verplicht zolang hun beheersmaatregel van toepassing"
        " is. Per categorie en per thema de stand (een maatregel kan onder meer categorieën"
        " vallen).",
        "The {n} government measures are mandatory while their control applies. The state per"
        " category and per theme (a measure can fall under several categories).",
    ),
    "report.measures.all": ("alle overheidsmaatregelen", "all government measures"),
    "report.measures.concepts": ("Per cybersecurityconcept", "Per cybersecurity concept"),
    "report.measures.concepts_lead": (
        "ISO 27002 deelt elke beheersmaatregel in bij een of meer concepten: identificeren,"
        " beschermen, detecteren, reageren, herstellen. De score per concept over alle items:",
        "ISO 27002 assigns each control to one or more concepts: identify, protect, detect,"
        " respond, recover. The score per concept over all items:",
    ),
    "report.measures.per_theme": ("Stand per maatregel", "State per measure"),
    "report.measures.legend": ("Categorieën: {legend}.", "Categories: {legend}."),
    "report.cat_abbrev.basishygiene": ("B", "B"),
    "report.cat_abbrev.ketenhygiene": ("K", "C"),
    "report.cat_abbrev.overheidsrisico": ("O", "G"),
    # Cbw
    "report.cbw": ("Cyberbeveiligingswet (NIS2)", "Cybersecurity Act (NIS2)"),
    "report.cbw.lead": (
        "{org} is onder de Cbw een {entity}. Hieronder de zorgplicht per onderdeel van"
        " art. 21 lid 2 NIS2, de governance, de meldplicht en de items van het Cbw Control"
        " Framework, telkens berekend over de BIO2-items die eraan bijdragen.",
        "Under the Cbw, {org} is an {entity}. Below: the duty of care per part of NIS2"
        " art. 21(2), governance, the reporting duty and the items of the Cbw Control"
        " Framework, each computed over the BIO2 items that serve it.",
    ),
    "report.cbw.letters": ("Zorgplicht per onderdeel a-j", "Duty of care per part a-j"),
    "report.cbw.duties": ("Governance, meldplicht en registratie",
                          "Governance, reporting and registration"),
    "report.cbw.meldplicht": ("Gereedheid voor de meldplicht", "Readiness for incident reporting"),
    "report.cbw.meldplicht_lead": (
        "Of die termijnen haalbaar zijn, hangt af van de items hieronder: herkennen en"
        " beoordelen van incidenten, vastleggen, contact met het CSIRT en tijdig melden.",
        "Whether those deadlines can be met depends on the items below: recognising and"
        " assessing incidents, recording them, contact with the CSIRT and timely reporting.",
    ),
    "report.cbw.item_head": ("Cbw-item {id} {topic}: {verdict} (score {score})",
                             "Cbw item {id} {topic}: {verdict} (score {score})"),
    "report.cbw.items": ("Per item van het Cbw Control Framework",
                         "Per item of the Cbw Control Framework"),
    # plan
    "report.plan": ("Verbeterplan", "Improvement plan"),
    "report.plan.lead": (
        "Alle {n} tekorten, gesorteerd op restrisico (grootste eerst).",
        "All {n} gaps, sorted by residual risk (largest first).",
    ),
    "report.plan.lead.one": ("Er is 1 tekort.", "There is 1 gap."),
    "report.plan.overdue": (
        "Bij {n} acties is de streefdatum verstreken; die datum is gemarkeerd.",
        "{n} actions are past their due date; that date is marked.",
    ),
    "report.plan.overdue.one": (
        "Bij 1 actie is de streefdatum verstreken; die datum is gemarkeerd.",
        "1 action is past its due date; that date is marked.",
    ),
    "report.plan.none": ("Er zijn geen tekorten: geen item staat op nee of deels.",
                         "There are no gaps: no item is answered no or partly."),
    "report.plan.unassessed": ("Nog niet beoordeeld ({n} items)", "Not yet assessed ({n} items)"),
    "report.plan.unassessed.one": ("Nog niet beoordeeld (1 item)", "Not yet assessed (1 item)"),
    # statement
    "report.statement.collegeverklaring": ("collegeverklaring", "statement of the executive"),
    "report.statement.gs-verklaring": ("verklaring van Gedeputeerde Staten",
                                       "statement of the provincial executive"),
    "report.statement.icv-rijk": ("In Control Verklaring", "In Control Statement"),
    "report.statement.db-verklaring": ("verklaring van het dagelijks bestuur",
                                       "statement of the executive board"),
    "report.statement.bestuursverklaring": ("bestuursverklaring", "board statement"),
    "report.statement.collegeverklaring.title": ("Collegeverklaring informatiebeveiliging",
                                                 "Executive's statement on information security"),
    "report.statement.gs-verklaring.title": (
        "Verklaring van Gedeputeerde Staten over informatiebeveiliging",
        "Statement of the provincial executive on information security"),
    "report.statement.icv-rijk.title": ("In Control Verklaring informatiebeveiliging",
                                        "In Control Statement on information security"),
    "report.statement.db-verklaring.title": (
        "Verklaring van het dagelijks bestuur over informatiebeveiliging",
        "Statement of the executive board on information security"),
    "report.statement.bestuursverklaring.title": ("Bestuursverklaring informatiebeveiliging",
                                                  "Board statement on information security"),
    "report.statement.draft": ("CONCEPT – TER ONDERTEKENING", "DRAFT – FOR SIGNATURE"),
    "report.statement.to": ("Aan {to}.", "To {to}."),
    "report.statement.collegeverklaring.intro": (
        "{signatory} van {org} verklaren over periode {period} het volgende over de"
        " informatiebeveiliging van de gemeente.",
        "{signatory} of {org} state the following about the municipality's information"
        " security for period {period}.",
    ),
    "report.statement.gs-verklaring.intro": (
        "{signatory} van {org} verklaren over periode {period} het volgende over de"
        " informatiebeveiliging van de provincie.",
        "{signatory} of {org} state the following about the province's information security"
        " for period {period}.",
    ),
    "report.statement.icv-rijk.intro": (
        "{signatory} van {org} verklaart over periode {period} in control te zijn over de"
        " informatiebeveiliging, met inachtneming van wat hieronder staat.",
        "{signatory} of {org} states to be in control of information security for period"
        " {period}, subject to what follows.",
    ),
    "report.statement.db-verklaring.intro": (
        "{signatory} van {org} verklaart over periode {period} het volgende over de"
        " informatiebeveiliging van de organisatie.",
        "{signatory} of {org} states the following about the organisation's information"
        " security for period {period}.",
    ),
    "report.statement.bestuursverklaring.intro": (
        "{signatory} van {org} verklaart over periode {period} het volgende over de"
        " informatiebeveiliging van de organisatie.",
        "{signatory} of {org} states the following about the organisation's information"
        " security for period {period}.",
    ),
    "report.statement.basis": (
        "De organisatie beoordeelt haar informatiebeveiliging aan de hand van de Baseline"
        " Informatiebeveiliging Overheid ({catalog}, {title}). Uit de antwoorden in deze"
        " rapportage volgt:",
        "The organisation assesses its information security against the Baseline"
        " Informatiebeveiliging Overheid ({catalog}, {title}). The answers in this report"
        " show:",
    ),
    "report.statement.icv-rijk.intro_provisional": (
        "{signatory} van {org} verklaart over periode {period} het volgende over de"
        " informatiebeveiliging; dat de organisatie daarover in control is, volgt nog niet uit"
        " de antwoorden.",
        "{signatory} of {org} states the following about information security for period"
        " {period}; that the organisation is in control of it does not follow from the"
        " answers yet.",
    ),
    "report.statement.audit": (
        "De antwoorden zijn vergeleken met de audit van {date} door {auditor}; de uitkomst"
        " staat in hoofdstuk {chapter}.",
        "The answers are compared with the audit of {date} by {auditor}; the outcome is in"
        " chapter {chapter}.",
    ),
    "report.statement.deviations": (
        "Er zijn afwijkingen: {parts}. Voor de tekorten is een verbeterplan opgesteld"
        " (hoofdstuk {chapter}).",
        "There are deviations: {parts}. An improvement plan addresses the gaps (chapter"
        " {chapter}).",
    ),
    # Gaps count measures, directly assessed controls and ISMS clauses alike: "items".
    "report.statement.dev.gaps": ("{n} items (maatregelen en ISMS-eisen) zijn niet of maar deels ingevoerd",
                                  "{n} items (measures and ISMS requirements) are not or only partly in place"),
    "report.statement.dev.gaps.one": ("1 item is niet of maar deels ingevoerd",
                                      "1 item is not or only partly in place"),
    "report.statement.dev.unassessed": ("{n} items zijn nog niet beoordeeld",
                                        "{n} items are not yet assessed"),
    "report.statement.dev.unassessed.one": ("1 item is nog niet beoordeeld",
                                            "1 item is not yet assessed"),
    "report.statement.dev.expired": ("{n} risicoacceptaties zijn verlopen",
                                     "{n} risk acceptances have expired"),
    "report.statement.dev.expired.one": ("1 risicoacceptatie is verlopen",
                                         "1 risk acceptance has expired"),
    "report.statement.no_deviations": (
        "Er zijn geen afwijkingen: alle items in de reikwijdte zijn beoordeeld en ingevoerd.",
        "There are no deviations: every item in scope is assessed and in place.",
    ),
    "report.statement.excluded": (
        "{n} beheersmaatregelen zijn met onderbouwing niet van toepassing verklaard"
        " (hoofdstuk 4, uitzonderingen).",
        "{n} controls are declared not applicable with a justification (chapter 4,"
        " exceptions).",
    ),
    "report.statement.excluded.one": (
        "1 beheersmaatregel is met onderbouwing niet van toepassing verklaard"
        " (hoofdstuk 4, uitzonderingen).",
        "1 control is declared not applicable with a justification (chapter 4, exceptions).",
    ),
    "report.statement.accepted": (
        "Het aantal tijdelijk geaccepteerde risico's is {n} (register in hoofdstuk 3).",
        "The number of temporarily accepted risks is {n} (register in chapter 3).",
    ),
    "report.statement.collegeverklaring.close": (
        "Het college legt hiermee verantwoording af aan {to}.",
        "With this the executive accounts to {to}.",
    ),
    "report.statement.gs-verklaring.close": (
        "Gedeputeerde Staten leggen hiermee verantwoording af aan {to}.",
        "With this the provincial executive accounts to {to}.",
    ),
    "report.statement.icv-rijk.close": (
        "Deze verklaring maakt deel uit van de planning- en controlcyclus en is gericht aan"
        " {to}.",
        "This statement is part of the planning and control cycle and is addressed to {to}.",
    ),
    "report.statement.db-verklaring.close": (
        "Het dagelijks bestuur legt hiermee verantwoording af aan {to}.",
        "With this the executive board accounts to {to}.",
    ),
    "report.statement.bestuursverklaring.close": (
        "Het bestuur legt hiermee verantwoording af aan {to}.",
        "With this the board accounts to {to}.",
    ),
    "report.statement.annexes": (
        "De onderbouwing staat in deze rapportage: de VvT met uitzonderingen (hoofdstuk 4), het"
        " verbeterplan (hoofdstuk {plan}) en alle antwoorden (bijlage).",
        "The evidence is in this report: the statement of applicability with exceptions"
        " (chapter 4), the improvement plan (chapter {plan}) and every answer (annex).",
    ),
    "report.sign.second": ("Tweede ondertekenaar (indien van toepassing)",
                           "Second signatory (where applicable)"),
    "report.sign.place_date": ("Plaats en datum", "Place and date"),
    "report.sign.name": ("Naam", "Name"),
    "report.sign.role": ("Functie", "Position"),
    "report.sign.signature": ("Handtekening", "Signature"),
    # annex
    "report.annex": ("Bijlage: antwoorden per item", "Annex: answers per item"),
    "report.annex.lead": (
        "Elk item met status, toelichting, bewijs en, waar aanwezig, het oordeel van de auditor"
        " over opzet, bestaan en werking.",
        "Every item with status, explanation, evidence and, where present, the auditor's"
        " judgement of design, existence and operating effectiveness.",
    ),
    "report.annex.weight": ("gewicht {weight}, restrisico {residual}",
                            "weight {weight}, residual risk {residual}"),
    "report.annex.owner": ("eigenaar {owner}", "owner {owner}"),
    "report.annex.due": ("streefdatum {due}", "due {due}"),
    "report.annex.acceptance": ("risico geaccepteerd door {by} tot {until} (ref. {ref})",
                                "risk accepted by {by} until {until} (ref. {ref})"),
    "report.annex.unanswered": ("Nog niet beoordeeld.", "Not yet assessed."),
    "report.annex.unassessed_list": ("{theme}: nog niet beoordeeld ({n} items)",
                                     "{theme}: not yet assessed ({n} items)"),
    "report.annex.unassessed_list.one": ("{theme}: nog niet beoordeeld (1 item)",
                                         "{theme}: not yet assessed (1 item)"),
    "report.annex.evidence": ("Bewijs:", "Evidence:"),
    "report.annex.audit": ("Audit:", "Audit:"),
    "report.annex.audit_line": (
        "status {status}; opzet {opzet}, bestaan {bestaan}, werking {werking}.",
        "status {status}; design {opzet}, existence {bestaan}, operation {werking}.",
    ),
    "report.judgement.ja": ("ja", "yes"),
    "report.judgement.nee": ("nee", "no"),
    "report.judgement.onbekend": ("onbekend", "unknown"),
    # colophon
    "report.colophon": ("Colofon", "Colophon"),
    "report.colophon.tool": ("Gemaakt met", "Made with"),
    "report.colophon.catalog": ("Catalogus", "Catalog"),
    "report.colophon.assessment": ("Beoordeling", "Assessment"),
    "report.colophon.assessment_v": ("organisatie {org}, periode {period}",
                                     "organisation {org}, period {period}"),
    "report.colophon.date": ("Datum rapport", "Date of report"),
    "report.colophon.fingerprint": ("Vingerafdruk antwoorden (SHA-256)",
                                    "Fingerprint of the answers (SHA-256)"),
    "report.colophon.verify": (
        "Controle: deze commando's geven dezelfde waarde als deze rapportage op dezelfde"
        " antwoorden berust; het eerste op een geëxporteerd antwoordbestand, het tweede op de"
        " database:",
        "Check: these commands print the same value when this report rests on the same"
        " answers; the first on an exported answer file, the second on the database:",
    ),
    "report.colophon.verify_file": ("bio2 fingerprint BESTAND.yaml",
                                    "bio2 fingerprint FILE.yaml"),
    "report.colophon.verify_db": ("bio2 --db DATABASE fingerprint --from-db {org} {period}",
                                  "bio2 --db DATABASE fingerprint --from-db {org} {period}"),
    "report.colophon.fonts": (
        "Lettertype DejaVu Sans (Bitstream Vera-licentie, zie bio2/report/fonts/LICENSE).",
        "Typeface DejaVu Sans (Bitstream Vera licence, see bio2/report/fonts/LICENSE).",
    ),
    "report.colophon.own_words": (
        "Titels en toelichtingen van de items zijn eigen woorden van bio2; de officiële teksten"
        " van BIO2, ISO en NIS2 zijn niet overgenomen.",
        "Item titles and guidance are bio2's own words; the official texts of BIO2, ISO and"
        " NIS2 are not reproduced.",
    ),
    # columns
    "report.col.item": ("item", "item"),
    "report.col.title": ("titel", "title"),
    "report.col.status": ("status", "status"),
    "report.col.explanation": ("toelichting", "explanation"),
    "report.col.why": ("waarom", "why"),
    "report.col.chapter": ("hoofdstuk", "clause"),
    "report.col.score": ("score", "score"),
    "report.col.coverage": ("dekking", "coverage"),
    "report.col.counts": ("ja / deels / nee / open", "yes / partly / no / open"),
    "report.col.property": ("eigenschap", "property"),
    "report.col.level": ("niveau", "level"),
    "report.col.exposure": ("blootstelling (gewicht)", "exposure (weight)"),
    "report.col.accepted_by": ("besloten door", "decided by"),
    "report.col.until": ("tot", "until"),
    "report.col.reference": ("verwijzing", "reference"),
    "report.col.reason": ("reden", "reason"),
    "report.col.state": ("stand", "state"),
    "report.col.control": ("nummer", "number"),
    "report.col.control_or_item": ("nummer", "number"),
    "report.col.applicable": ("van toepassing", "applies"),
    "report.col.justification": ("onderbouwing", "justification"),
    "report.col.group": ("groep", "group"),
    "report.col.number": ("aantal", "count"),
    "report.col.concept": ("concept", "concept"),
    "report.col.items": ("items", "items"),
    "report.col.gaps": ("tekorten", "gaps"),
    "report.col.measure": ("maatregel", "measure"),
    "report.col.categories": ("categorie", "category"),
    "report.col.owner": ("eigenaar", "owner"),
    "report.col.due": ("streefdatum", "due date"),
    "report.col.letter": ("letter", "letter"),
    "report.col.verdict": ("oordeel", "verdict"),
    "report.col.duty": ("plicht", "duty"),
    "report.col.cbw_item": ("item", "item"),
    "report.col.topic": ("onderwerp", "topic"),
    "report.col.top_gaps": ("grootste tekorten", "largest gaps"),
    "report.col.residual": ("restrisico", "residual"),
    "report.col.acceptance": ("acceptatie", "acceptance"),
}
