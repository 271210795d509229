"""The item panel: what the item asks (our guidance), its tags and its weight."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from bio2.domain.scorecard import Weight
from bio2.i18n import pick, t
from bio2.i18n.numbers import decimal
from bio2.tui.widgets.lazy_text import LazyStatic
from bio2.tui.widgets.text import visible
from bio2.usecases.editing import Session

#: The head's least height: number and title, kind and control, an exclusion (most items
#: fit at 120 columns; a longer head makes the form move down for that item only).
HEAD_LINES = 3


def weight_reason(weight: Weight) -> str:
    """Why an item weighs what it weighs, in one line."""
    if weight.basis == "explicit":
        return t("tui.weight.explicit", likelihood=weight.likelihood, impact=weight.impact,
                 value=f"{weight.value:g}")
    props = ", ".join(t(f"property.{p}") for p in weight.exposure_properties)
    category = t(f"category.{weight.factor_category}") if weight.factor_category else "-"
    return t("tui.weight.profile", exposure=weight.exposure, properties=props,
             factor=f"{weight.factor:g}", category=category, value=f"{weight.value:g}")


class ItemPanel(LazyStatic):
    """One part of an item (``part`` is "head" or "body"); ``show`` renders it from the
    session in well under a millisecond. The head sits above the answer form, the
    guidance and facts below it, so the form is in view even at 80x24.

    Moving to the next item must not move the form: when the head changes height, every
    field below it is laid out and painted again, and when the body changes height the
    scrolling panel's virtual size changes, which repaints the whole panel and lays it
    out a second time (together two thirds of a key's work). So the head is at least
    :data:`HEAD_LINES` high and the body never shrinks below the tallest body shown at
    the current width: a shorter one leaves blank lines at the end of the panel, out of
    sight below the text. Nothing is ever cut: a taller text makes the panel taller.
    When the height stays the same, the new text is painted without a layout pass. The
    text is wrapped once for its height and its picture, and only the lines in view are
    painted (:class:`LazyStatic`)."""

    def __init__(self, part: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.part = part
        #: The least height in lines (the head's floor; the body's tallest text so far).
        self._floor = HEAD_LINES if part == "head" else 0
        self._width = 0
        self.styles.min_height = self._floor or None

    def show(self, session: Session, item_id: str) -> None:
        text = (render_head if self.part == "head" else render_body)(session, item_id)
        # Converted once here rather than on every measure and render of the widget.
        content = Content.from_rich_text(text)
        width = self.content_size.width
        if not width or width != self._width:  # not laid out yet, or a new width
            self._width = width
            if self.part == "body":
                self._floor = 0
                self.styles.min_height = None
            self.update(content)
            return
        lines = self.wrap(content, width)
        height = max(len(lines), self._floor)
        if self.part == "body" and height > self._floor:
            self._floor = height
            self.styles.min_height = height
        self.show_wrapped(content, width, lines, layout=height != self.content_size.height)


def render_head(session: Session, item_id: str) -> Text:
    catalog = session.catalog
    item = catalog.items[item_id]
    text = Text()
    text.append(f"{item.id}  ", style="bold")
    text.append(session.item_title(item_id), style="bold")
    text.append(f"\n{t(f'kind.{item.kind}')}", style="dim")
    if item.control and item.kind == "measure":
        control = catalog.controls[item.control]
        text.append(f" · {item.control} {pick(control.title, control.title_en)}", style="dim")
    if not session.control_applicable(item.control):
        entry = session.applicability[item.control or ""]
        text.append("\n" + t("tui.item.excluded", control=item.control,
                             reason=visible(entry.justification or "-"),
                             ref=visible(entry.risk_ref or "-")),
                    style="bold")
    return text


def render_body(session: Session, item_id: str) -> Text:
    item = session.catalog.items[item_id]
    score = session.scorecard().items[item_id]
    text = Text(t("tui.item.guidance") + "\n", style="bold")
    text.append(pick(item.guidance, item.guidance_en) + "\n", style="")
    official = session.official.get(item_id)
    if official is not None:
        text.append("\n" + t("tui.item.official", source=visible(official.source),
                              number=visible(official.number),
                              date=official.imported_at[:10]) + "\n",
                    style="bold")
        text.append(visible(official.text) + "\n", style="italic")
    rows = [
        (t("tui.item.categories"), ", ".join(t(f"category.{c}") for c in item.categories) or "-"),
        (t("tui.item.properties"), ", ".join(t(f"property.{p}") for p in item.properties)),
        (t("tui.item.nis2"), ", ".join(item.nis2) or "-"),
        (t("tui.item.cbw"), ", ".join(item.cbw) or "-"),
        (t("tui.item.weight"), weight_reason(score.weight)),
    ]
    if score.residual > 0:
        rows.append((t("tui.item.residual"), decimal(score.residual)))
    for label, value in rows:
        text.append(f"\n{label}: ", style="dim")
        text.append(value)
    return text
