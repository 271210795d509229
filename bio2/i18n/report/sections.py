"""The report's chapters: governance, VvT, decisions, measures, Cbw, registration,
plan, risks and method, acceptance, annex (``report.gov.*`` ... ``report.annex.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "report.annex.official": (
        "Officiële BIO2-tekst ({number}; bron: {source}, ingelezen {date}):",
        "Official BIO2 text ({number}; source: {source}, imported {date}):",
    ),
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
    "report.cbw.registration": ("Registratiegegevens (registratieplicht)",
                                "Registration data (registration duty)"),
    "report.cbw.registration.none": (
        "Er zijn nog geen registratiegegevens vastgelegd.",
        "No registration data recorded yet.",
    ),
    # Cbw
    "report.cbw": ("Cyberbeveiligingswet (NIS2)", "Cybersecurity Act (NIS2)"),
    "report.cbw.lead": (
        "{org} is onder de Cbw een {entity}. Hieronder de zorgplicht per onderdeel van"
        " NIS2 art. 21(2), de governance, de meldplicht en de items van het Cbw Control"
        " Framework, telkens berekend over de BIO2-items die eraan bijdragen.",
        "Under the Cbw, {org} is an {entity}. Below: the duty of care per part of NIS2"
        " art. 21(2), governance, the reporting duty and the items of the Cbw Control"
        " Framework, each computed over the BIO2 items that serve it.",
    ),
    # the entity from the profile's default, not recorded for the organisation (issue 13 §3)
    "report.cbw.lead_default": (
        "{org} is voor dit rapport als {entity} behandeld: de standaard voor dit"
        " organisatietype, geen vastgelegde registratie (controleer uw registratie)."
        " Hieronder de zorgplicht per onderdeel van NIS2 art. 21(2), de governance, de"
        " meldplicht en de items van het Cbw Control Framework, telkens berekend over de"
        " BIO2-items die eraan bijdragen.",
        "For this report {org} is treated as an {entity}: the default for this organisation"
        " type, not a recorded registration (check your registration). Below: the duty of"
        " care per part of NIS2 art. 21(2), governance, the reporting duty and the items of"
        " the Cbw Control Framework, each computed over the BIO2 items that serve it.",
    ),
    "report.cbw.letters": ("Zorgplicht per onderdeel a-j", "Duty of care per part a-j"),
    "report.cbw.duties": ("Governance, meldplicht en registratie",
                          "Governance, reporting and registration"),
    "report.cbw.meldplicht": ("Gereedheid voor de meldplicht", "Readiness for incident reporting"),
    "report.cbw.meldplicht_lead": (
        "Of die termijnen haalbaar zijn, hangt af van de items hieronder: herkennen en"
        " beoordelen van incidenten, vastleggen, contact met het CSIRT van de entiteit en"
        " tijdig melden, altijd aan dat CSIRT en aan de bevoegde autoriteit.",
        "Whether those deadlines can be met depends on the items below: recognising and"
        " assessing incidents, recording them, contact with the entity's CSIRT and timely"
        " reporting, always to that CSIRT and to the competent authority.",
    ),
    "report.cbw.item_head": ("Cbw-item {id} {topic}: {verdict} (score {score})",
                             "Cbw item {id} {topic}: {verdict} (score {score})"),
    "report.cbw.items": ("Per item van het Cbw Control Framework",
                         "Per item of the Cbw Control Framework"),
    "report.reg.entity_name": ("Naam entiteit", "Entity name"),
    "report.reg.entity_type": ("Soort organisatie", "Kind of organisation"),
    "report.reg.entity": ("Soort entiteit", "Kind of entity"),
    "report.reg.sector": ("Sector", "Sector"),
    "report.reg.contact": ("Contact voor incidenten", "Incident contact"),
    "report.reg.services": ("Diensten", "Services"),
    "report.reg.registered_on": ("Geregistreerd op", "Registered on"),
    "report.reg.not_filed": ("nog niet geregistreerd", "not registered yet"),
    "report.overdue": ("verstreken", "overdue"),
    # under the column "acceptatie": short words, so no word breaks in the narrow column
    "report.acc.until": ("loopt tot", "runs until"),
    "report.acc.expired": ("verlopen op", "expired on"),
    "report.acc.state_valid": ("lopend", "valid"),
    "report.acc.state_expired": ("verlopen", "expired"),
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
    "report.decision.audit": (
        "De {n} bevindingen van de auditor laten opvolgen (hoofdstuk {chapter}).",
        "Have the auditor's {n} findings followed up (chapter {chapter}).",
    ),
    "report.decision.audit.one": (
        "De bevinding van de auditor laten opvolgen (hoofdstuk {chapter}).",
        "Have the auditor's finding followed up (chapter {chapter}).",
    ),
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
    "report.risk.register": ("Register van geaccepteerde risico's", "Register of accepted risks"),
    "report.risk.register_lead": (
        "Risico's die het bestuur tijdelijk accepteert, met wie besloot, tot wanneer en de"
        " verwijzing naar de risicoanalyse.",
        "Risks the board accepts for a time, with who decided, until when and the reference"
        " to the risk analysis.",
    ),
    "report.risk.register_none": ("Er zijn geen risico's geaccepteerd.",
                                  "No risks have been accepted."),
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
    # issue 13 §2: where the NIS2 letters come from
    "report.method.nis2": (
        "De NIS2-letters van een item volgen de koppeling in de ENISA-richtsnoeren per"
        " onderdeel van de bijlage bij uitvoeringsverordening (EU) 2024/2690: letter j alleen"
        " via authenticatie en MFA, een fysieke maatregel alleen de letter van zijn eigen"
        " onderdeel.",
        "An item's NIS2 letters follow the mapping in ENISA's guidance per sub-section of the"
        " annex to Implementing Regulation (EU) 2024/2690: letter j only through authentication"
        " and MFA, a physical control only the letter of its own sub-section.",
    ),
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
    "report.judgement.ja": ("ja", "yes"),
    "report.judgement.nee": ("nee", "no"),
    "report.judgement.onbekend": ("onbekend", "unknown"),
}
