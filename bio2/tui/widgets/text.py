"""User text on screen: always plain ``Text`` (never markup), cut to fit 80 columns.

Organisation names, periods, owners, explanations and findings may hold ``[`` and ``]``
(``ICT-dienst [/regio]``, ``zie [bijlage 3]``) or look like actions
(``[@click=app.quit]KLIK[/]``): a DataTable cell or Static given a ``str`` parses it as
markup, so every such value goes through :func:`plain`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:
    from textual.widgets import Static

    from bio2.usecases.editing import Session

#: The organisation name in a title is cut here so the period always shows at 80 columns.
TITLE_NAME = 36


def visible(value: str) -> str:
    """Control characters (ESC, NUL, C1, DEL) shown as ``\\x1b``, never sent raw to
    the terminal; line breaks and tabs stay."""
    return "".join(
        f"\\x{ord(c):02x}" if (ord(c) < 32 and c not in "\n\t") or 127 <= ord(c) < 160
        else c for c in value)


def cut(value: str, width: int) -> str:
    """``value`` on one line in at most ``width`` characters, an ellipsis marking a cut."""
    value = " ".join(visible(value).split())  # line breaks never break a row
    return value if len(value) <= width else value[: max(width - 1, 0)] + "…"


def plain(value: object, width: int | None = None, style: str = "") -> Text:
    """A table cell or label showing ``value`` literally, on one line (cut to ``width``
    when given)."""
    text = "" if value is None else str(value)
    return Text(cut(text, width if width is not None else len(text) + 1), style=style)


def screen_title(session: Session) -> str:
    """Organisation · period · catalog, the name cut so the period stays in view (a
    Textual title is plain text, not markup)."""
    org = session.data.organisation
    catalog = session.title.rsplit(" · ", 1)[-1]
    return f"{cut(org.name, TITLE_NAME)} · {session.data.assessment.period} · {catalog}"


def set_line(widget: Static, value: str) -> None:
    """Show ``value`` literally in a one-line ``Static`` of fixed size (a status line).

    The same text again does nothing; a new one repaints the line without laying out
    the screen, which ``Static.update`` does by default (a status change laid out and
    repainted the whole screen for the summary line alone). Only a widget whose size
    follows its text (``auto``) is laid out."""
    shown = widget.content
    if isinstance(shown, Text) and shown.plain == value and not shown.spans:
        return
    widget.update(Text(value), layout=widget.styles.auto_dimensions)
