"""The board training register's entry in the assessment palette (``tui.key.training``);
every other text of the register is in ``bio2/i18n/training.py``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.key.training": ("opleidingsregister bestuur", "board training register"),
}
