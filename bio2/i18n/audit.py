"""Self-assessment against audit, bio2.analysis.audit_compare (``audit.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # self-assessment against audit (bio2.analysis.audit_compare), shared with the TUI
    "audit.relation.same": ("gelijk", "same"),
    "audit.relation.stricter": ("auditor strenger", "auditor stricter"),
    "audit.relation.milder": ("auditor milder", "auditor milder"),
    "audit.relation.other": ("anders", "other"),
    "audit.aspect.opzet": ("opzet", "design"),
    "audit.aspect.bestaan": ("bestaan", "existence"),
    "audit.aspect.werking": ("werking", "operating effectiveness"),
}
