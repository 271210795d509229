"""Messages of concurrent work: revisions, conflicts, the actor, the history chain and
database faults in the TUI (issue 10 §1-2)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "store.conflict": (
        "{key} is intussen door iemand anders gewijzigd; er is niets overschreven",
        "{key} was changed by someone else in the meantime; nothing was overwritten"),
    "sync.fault.locked": (
        "de database is bezet door een ander proces",
        "the database is locked by another process"),
    "sync.fault.readonly": (
        "de database is alleen-lezen (rechten of map zonder schrijfrecht)",
        "the database is read-only (permissions, or a folder without write access)"),
    "sync.fault.full": ("de schijf is vol", "the disk is full"),
    "sync.fault.damaged": (
        "de database is beschadigd of onleesbaar",
        "the database is damaged or unreadable"),
    "sync.fault.other": ("databasefout: {reason}", "database error: {reason}"),
}
