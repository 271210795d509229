"""The answer form: status, explanation, owner, due date, evidence, risk, acceptance, audit.

The form only collects strings and shows messages; the screen validates (through
:func:`bio2.usecases.forms.build_answer`) and saves. Typing is debounced; a choice in a list,
Enter or leaving a field asks for a save at once.

The form draws its fields' labels itself, each beside the first line of its field (the
fields stand :data:`LABEL_WIDTH` columns in): a row container and a ``Label`` per field
were a quarter of the assessment screen's widgets, each styled, laid out and painted on
every open (issue 12). tests/test_tui_form_labels.py compares the labels with Textual's
``Label``.

Dates may be typed as Dutch people write them (``31-12-2026``, ``31 december 2026``): the
form hands them on in ISO form and shows them so once the field is left (see
:mod:`bio2.domain.dates`). Letters typed while a list (Select) has focus are swallowed
here, so they never reach the screen's single-key shortcuts.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea

from bio2.domain.base import STATUSES
from bio2.domain.dates import normalise_date
from bio2.i18n import has, t
from bio2.tui.widgets.form_fields import FormInput, FormSelect, FormTextArea, compact
from bio2.usecases.forms import FIELDS

#: Fields in form order, with the section heading that comes before some of them.
SECTIONS = {"likelihood": "tui.form.section_risk", "acc_by": "tui.form.section_acceptance",
            "opzet": "tui.form.section_audit"}
SELECTS = ("status", "opzet", "bestaan", "werking")
DATES = ("due", "acc_until")
DEBOUNCE_S = 0.5
#: Columns of a field's label: the fields and messages stand this far in.
LABEL_WIDTH = 19


def _placeholder(name: str) -> str:
    key = f"tui.placeholder.{name}"
    return t(key) if has(key) else ""


class AnswerForm(Widget):
    """Form for one answer; posts :class:`AnswerForm.Edited` when it should be saved."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"answer-form--label"}
    DEFAULT_CSS: ClassVar[str] = """
    AnswerForm { height: auto; }
    AnswerForm > .answer-form--label { color: $text-muted; }
    AnswerForm .heading { text-style: bold; margin-top: 1; padding: 0; }
    AnswerForm > Input, AnswerForm > Select, AnswerForm > TextArea {
        width: 1fr; margin-left: {label};
    }
    AnswerForm .message { display: none; padding-left: {label}; height: auto; }
    AnswerForm .message.-shown { display: block; }
    AnswerForm .message.-error { color: $text-error; }
    AnswerForm .message.-warning { color: $text-warning; }
    AnswerForm TextArea { height: 4; background: $boost; }
    """.replace("{label}", str(LABEL_WIDTH))

    class Edited(Message):
        """The user changed the form; ``field`` is the field that changed."""

        def __init__(self, field: str) -> None:
            super().__init__()
            self.field = field

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._timer: Timer | None = None
        self._last_field = ""
        self._loading = False
        self._fields: dict[str, Widget] = {}
        self._messages: dict[str, Static] = {}
        self._shown: dict[str, str] = {}

    def _cache(self) -> None:
        # Looked up once: a CSS query per field per key would dominate moving around.
        if not self._fields:
            self._fields = {name: self.query_one(f"#f-{name}") for name in FIELDS}
            self._messages = {name: self.query_one(f"#m-{name}", Static) for name in FIELDS}

    def compose(self) -> ComposeResult:
        judgement = [(t(f"tui.judgement.{j}"), j) for j in ("ja", "nee", "onbekend")]
        for name in FIELDS:
            if name in SECTIONS:
                yield Static(t(SECTIONS[name]), classes="heading")
            if name == "status":
                yield compact(FormSelect([(t(f"status.{s}"), s) for s in STATUSES],
                                         id="f-status", allow_blank=False, value="open"))
            elif name in SELECTS:
                yield compact(FormSelect(judgement, id=f"f-{name}",
                                         prompt=t("tui.form.none")))
            elif name == "explanation":
                yield compact(FormTextArea(id="f-explanation", soft_wrap=True,
                                           tab_behavior="focus"))
            else:
                yield compact(FormInput(id=f"f-{name}", placeholder=_placeholder(name)))
            yield Static("", id=f"m-{name}", classes="message")

    def render(self) -> Content:
        """The fields' labels, each on the first line of its field (the fields stand
        ``LABEL_WIDTH`` columns in, their margin shows this)."""
        self._cache()
        labels = {widget: name for name, widget in self._fields.items()}
        lines = [Content()] * self.size.height
        style = self.get_visual_style("answer-form--label")
        for placement in self.arrange(self.size).placements:
            name = labels.get(placement.widget)
            y = placement.region.y
            if name is not None and 0 <= y < len(lines):
                label = Content(t(f"tui.field.{name}")).truncate(self.size.width)
                lines[y] = label.stylize(style)  # cut, never wrapped onto the next line
        return Content("\n").join(lines)

    # -- reading and writing values --------------------------------------------------
    def values(self) -> dict[str, str]:
        self._cache()
        found: dict[str, str] = {}
        for name in FIELDS:
            widget = self._fields[name]
            if isinstance(widget, Select):
                value = widget.value
                found[name] = value if isinstance(value, str) else ""
            elif isinstance(widget, TextArea):
                found[name] = widget.text
            elif isinstance(widget, Input):
                found[name] = widget.value
                if name in DATES:
                    found[name] = normalise_date(widget.value) or widget.value
        return found

    def show_dates(self) -> None:
        """Show typed dates in ISO form (after leaving the field)."""
        self._cache()
        for name in DATES:
            widget = self._fields[name]
            if isinstance(widget, Input):
                iso = normalise_date(widget.value)
                if iso is not None and iso != widget.value:
                    with self.prevent(Input.Changed):
                        widget.value = iso

    def load(self, values: dict[str, str]) -> None:
        """Show the values of another answer without raising edits."""
        self._cache()
        self.cancel_pending()
        self._loading = True
        try:
            with self.prevent(Input.Changed, Select.Changed, TextArea.Changed):
                for name in FIELDS:
                    widget = self._fields[name]
                    value = values.get(name, "")
                    if isinstance(widget, Select):
                        widget.value = value if value else Select.NULL
                    elif isinstance(widget, TextArea):
                        if widget.text != value:
                            widget.load_text(value)
                    elif isinstance(widget, Input) and widget.value != value:
                        widget.value = value
        finally:
            self._loading = False
        self.show_messages({}, {})

    def set_value(self, name: str, value: str) -> None:
        self._cache()
        widget = self._fields[name]
        if isinstance(widget, Select):
            with self.prevent(Select.Changed):
                widget.value = value if value else Select.NULL
        elif isinstance(widget, Input):
            with self.prevent(Input.Changed):
                widget.value = value

    def show_messages(self, errors: dict[str, str], warnings: dict[str, str]) -> None:
        self._cache()
        for name in FIELDS:
            text = errors.get(name) or warnings.get(name) or ""
            shown = ("✘ " if name in errors else "! ") + text if text else ""
            if self._shown.get(name, "") == shown:
                continue  # untouched messages cost no layout
            self._shown[name] = shown
            message = self._messages[name]
            if text or message.has_class("-shown"):
                self.refresh()  # the labels below move: drawn again after the layout
            message.update(Text(shown))  # a message may quote what was typed
            message.set_class(bool(text), "-shown")
            message.set_class(name in errors, "-error")
            message.set_class(name not in errors and bool(text), "-warning")

    def focus_field(self, name: str) -> None:
        self._cache()
        self._fields[name].focus()

    # -- edits -----------------------------------------------------------------------
    def cancel_pending(self) -> bool:
        """Stop a waiting debounce; True when there was one (the caller saves now)."""
        had = self._timer is not None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        return had

    def _field_of(self, widget: Widget | None) -> str:
        ident = widget.id if widget is not None else None
        return ident[2:] if ident and ident.startswith("f-") else ""

    def _debounce(self, name: str) -> None:
        if self._loading:
            return
        self.cancel_pending()
        self._last_field = name
        self._timer = self.set_timer(DEBOUNCE_S, self._fire)

    def _fire(self) -> None:
        self._timer = None
        self.post_message(self.Edited(self._last_field))

    def now(self, name: str) -> None:
        if self._loading:
            return
        self.cancel_pending()
        self.post_message(self.Edited(name))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Typing in the explanation adds to it: the cursor starts at the end of the text.
        widget = event.widget
        if isinstance(widget, TextArea):
            widget.move_cursor(widget.document.end)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._debounce(self._field_of(event.input))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._debounce(self._field_of(event.text_area))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.show_dates()
        self.now(self._field_of(event.input))

    def on_input_blurred(self, event: Input.Blurred) -> None:
        self.show_dates()
        if self._timer is not None:
            self.now(self._field_of(event.input))

    def on_key(self, event: events.Key) -> None:
        # A closed list does not use letters; the screen would take them as shortcuts
        # (typing "nee, zie ..." on Status set the status and opened the filter).
        if (event.is_printable and event.key != "space"
                and isinstance(self.screen.focused, Select)):
            event.stop()
            event.prevent_default()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.now(self._field_of(event.select))
