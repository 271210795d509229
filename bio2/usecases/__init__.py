"""Use cases shared by the CLI and the TUI: opening, importing, editing, carrying over,
deleting, the sector view. The layers above call these and nothing below them."""
