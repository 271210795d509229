"""Messages of the tui area."""

MESSAGES: dict[str, tuple[str, str]] = {}
