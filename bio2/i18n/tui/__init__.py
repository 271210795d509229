"""Messages of the ``tui.*`` namespace: key labels and commands, and the screens."""
