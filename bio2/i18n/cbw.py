"""Messages of the cbw area."""

MESSAGES: dict[str, tuple[str, str]] = {}
