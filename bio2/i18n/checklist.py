"""Per-item Cbw checklists (issue 13 §4): coverage, the verdict rule, answer-file
problems and the TUI (``checklist.*``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "checklist.coverage": ("{done} van {total} afgevinkt", "{done} of {total} ticked"),
    "checklist.rule": (
        "Afvinklijst: zolang een deelpunt van een Cbw-item niet is afgevinkt, is het oordeel"
        " van dat item hoogstens 'deels'; afvinken verbetert een oordeel nooit.",
        "Checklist: while a sub-point of a Cbw item is not ticked, that item's verdict is at"
        " most 'partly'; ticking never improves a verdict."),
    "checklist.col": ("Afgevinkt", "Ticked"),
    "checklist.col.point": ("Deelpunt", "Sub-point"),
    "checklist.ticked": ("afgevinkt", "ticked"),
    "checklist.unticked": ("open", "open"),
    "checklist.report.heading": ("Afvinklijsten per Cbw-item", "Checklists per Cbw item"),
    # "Cbw-item 15.1 …", never a bare "15.1 …" that reads as a chapter number
    "checklist.report.item_head": ("Cbw-item {id} {topic}: {verdict}, {coverage}",
                                   "Cbw item {id} {topic}: {verdict}, {coverage}"),
    # answer files (bio2 validate / import), one line each at file:line
    "checklist.unknown_item": (
        "onbekend Cbw-item {item}; een afvinklijst hebben: {known}",
        "unknown Cbw item {item}; items with a checklist: {known}"),
    "checklist.no_list": (
        "Cbw-item {item} heeft geen afvinklijst; een afvinklijst hebben: {known}",
        "Cbw item {item} has no checklist; items with a checklist: {known}"),
    "checklist.unknown_point": (
        "{point} is geen deelpunt van Cbw-item {item}; deelpunten: {known}",
        "{point} is not a sub-point of Cbw item {item}; sub-points: {known}"),
    "checklist.duplicate_item": (
        "Cbw-item {item} staat al eerder onder checklists",
        "Cbw item {item} is already listed under checklists"),
    "checklist.duplicate_point": (
        "deelpunt {point} is al eerder afgevinkt", "sub-point {point} is already ticked"),
    "checklist.audit_file": (
        "een auditbestand vinkt geen deelpunten af: checklists horen bij de zelfevaluatie",
        "an audit file ticks no sub-points: checklists belong to the self-assessment"),
}
MESSAGES.update({
    # TUI Cbw screen (bio2/tui/screens/cbw.py)
    "checklist.key.tick": ("afvinken", "tick"),
    "checklist.tui.col.item": ("Cbw", "Cbw"),
    "checklist.tui.col.ticked": ("af", "done"),
    "checklist.tui.col.point": (
        "afvinklijst (Tab: hierheen, spatie of Enter: afvinken)",
        "checklist (Tab: move here, space or Enter: tick)"),
    "checklist.tui.head": ("{topic}: {coverage}", "{topic}: {coverage}"),
    "checklist.tui.on_head": ("Kies een deelpunt om af te vinken.",
                              "Choose a sub-point to tick."),
    "checklist.tui.conflict": (
        "Cbw-item {item} is intussen door een ander gewijzigd; u ziet nu wat er is opgeslagen."
        " Vink opnieuw af als dat nog nodig is.",
        "Cbw item {item} was changed by someone else meanwhile; you now see what is stored."
        " Tick again if still needed."),
    "checklist.tui.not_saved": ("Niet opgeslagen: {reason}", "Not saved: {reason}"),
})
