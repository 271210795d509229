"""Messages of the report area."""

MESSAGES: dict[str, tuple[str, str]] = {}
