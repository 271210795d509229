"""Errors of the use cases that name what was not found (``service.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "service.unknown_org": (
        "onbekende organisatie {org}; bekend: {known}", "unknown organisation {org}; known: {known}",
    ),
    "service.unknown_period": (
        "organisatie {org} heeft geen beoordeling voor periode {period}; wel: {known}",
        "organisation {org} has no assessment for period {period}; it has: {known}",
    ),
    "service.unknown_item": ("onbekend item {item}", "unknown item {item}"),
    "service.none": ("(geen)", "(none)"),
    # import of an audit without its self-assessment
    "service.audit_without_assessment": (
        "{file}: er is nog geen beoordeling van {org} voor periode {period}; importeer eerst"
        " de zelfevaluatie (of maak de beoordeling aan in de TUI) en daarna dit auditbestand."
        " Er is niets geschreven.",
        "{file}: there is no assessment of {org} for period {period} yet; import the"
        " self-assessment first (or create the assessment in the TUI), then this audit file."
        " Nothing was written.",
    ),
    "service.audit_other_catalog": (
        "{file}: dit auditbestand gebruikt catalogus {catalog}, maar de beoordeling van {org}"
        " voor periode {period} gebruikt {ours}; vraag de auditor om een bestand op {ours}"
        " (of migreer eerst met bio2 migrate). Er is niets geschreven.",
        "{file}: this audit file uses catalog {catalog}, but the assessment of {org} for"
        " period {period} uses {ours}; ask the auditor for a file on {ours} (or migrate first"
        " with bio2 migrate). Nothing was written.",
    ),
}
