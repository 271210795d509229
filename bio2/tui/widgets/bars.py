"""Text bars for scores: readable without colour (NO_COLOR) and at 80 columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from bio2.i18n import numbers, t

if TYPE_CHECKING:
    from bio2.domain.scorecard import GroupScore


def percent(value: float | None) -> str:
    """A whole percentage, right-aligned in four columns (``  62%``), by the one helper."""
    return f"{numbers.percent(value, digits=0, missing='-'):>4}"


def bar(value: float | None, width: int = 20) -> str:
    filled = 0 if value is None else round(max(0.0, min(1.0, value)) * width)
    return "█" * filled + "░" * (width - filled)


def score_line(label: str, group: GroupScore, width: int = 20, label_width: int = 24) -> Text:
    """``label  ██████░░░░  62%  (answered 12/20)`` as one line of rich text."""
    style = "" if group.score is None else (
        "green" if group.score >= 0.8 else "yellow" if group.score >= 0.5 else "red")
    line = Text(f"{label[:label_width]:<{label_width}} ")
    line.append(bar(group.score, width), style=style)
    line.append(f" {percent(group.score)} ")
    line.append(t("tui.bar.answered", answered=group.answered, items=group.items), style="dim")
    return line
