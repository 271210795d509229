"""Messages of the versions area."""

MESSAGES: dict[str, tuple[str, str]] = {}
