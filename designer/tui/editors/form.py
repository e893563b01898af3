"""A modal form generated from a pydantic model: one control per field, inline errors.

The form never closes on invalid input: pydantic validates the merged record and each error is
shown under the field it belongs to. Escape cancels (dismisses None).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    Select,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection

from designer.tui.editors.fields import FieldSpec, FormOptions, parse_text, specs_for, to_text
from designer.tui.widgets.keys_footer import KeysFooter

M = TypeVar("M", bound=BaseModel)

NEW = "\x00new"
"""Value of the "new …" entry of a choice (no real name starts with a NUL)."""

NONE = "\x00none"
"""Value of the disabled "nothing to choose from yet" entry of an empty multi-choice."""

Check = Callable[[Any], Mapping[str, str]]
"""Extra validation after pydantic: returns {field name: message} for each problem."""


class RecordForm(ModalScreen[M | None], Generic[M]):
    """Edit (or create) one record of type `model`; dismisses the valid record or None."""

    DEFAULT_CSS = """
    RecordForm { align: center middle; }
    RecordForm > #dialog {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    RecordForm #title { text-style: bold; width: 1fr; }
    RecordForm #fields { height: auto; max-height: 18; }
    RecordForm .row { height: auto; }
    RecordForm .row > Label { width: 18; padding-right: 1; color: $text-muted; }
    RecordForm .row > .control { width: 1fr; }
    RecordForm SelectionList.control { height: auto; max-height: 6; }
    RecordForm .error { color: $error; padding-left: 18; display: none; }
    RecordForm .error.-shown { display: block; }
    RecordForm #general { padding-left: 0; }
    RecordForm #buttons { height: auto; align-horizontal: right; }
    RecordForm #buttons Button { margin-left: 1; width: auto; min-width: 10; }
    RecordForm Input.control { background: $boost; }
    """

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", "Cancel", id="form.cancel", tooltip="Close without saving"),
        Binding("ctrl+s", "save", "Save", id="form.save", tooltip="Validate and save the record"),
    ]

    def __init__(
        self,
        model: type[M],
        item: M | None = None,
        *,
        title: str = "",
        options: FormOptions | None = None,
        suggestions: Mapping[str, list[str]] | None = None,
        check: Check | None = None,
    ) -> None:
        super().__init__()
        self.model = model
        """Record type."""
        self.item = item
        """Record being edited; None when adding."""
        self.form_title = title or f"{'Edit' if item is not None else 'Add'} {model.__name__}"
        """Dialog title."""
        self.specs: list[FieldSpec] = specs_for(model, options or FormOptions())
        """The controls, in order."""
        self.suggestions = dict(suggestions or {})
        """Completion lists for text fields (e.g. existing resource names)."""
        self.check = check
        """Validation beyond pydantic (uniqueness and references)."""

    def _initial(self, name: str) -> Any:
        if self.item is not None:
            return getattr(self.item, name)
        info = self.model.model_fields[name]
        return info.get_default(call_default_factory=True)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.form_title, id="title")
            with VerticalScroll(id="fields", can_focus=False):
                for spec in self.specs:
                    with Horizontal(classes="row"):
                        yield Label(spec.label)
                        yield self._control(spec)
                    yield Static("", id=f"e-{spec.name}", classes="error")
            yield Static("", id="general", classes="error")
            with Horizontal(id="buttons"):
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        """Start in the first field."""
        if self.specs:
            self.query_one(f"#f-{self.specs[0].name}").focus()

    def _control(self, spec: FieldSpec) -> Widget:
        value = self._initial(spec.name)
        wid = f"f-{spec.name}"
        tip = spec.help or None
        if spec.kind == "bool":
            return Checkbox(Text(spec.help or spec.label), bool(value), id=wid, classes="control",
                            compact=True)
        if spec.kind in ("enum", "choice"):
            choices = list(spec.choices)
            current = to_text(value)
            if current and current not in {v for _, v in choices}:
                choices.append((current, current))
            blank_ok = spec.optional or spec.kind == "choice"
            if spec.new:
                choices.append((f"new {spec.new}…", NEW))
            return Select([(Text(lbl), v) for lbl, v in choices],
                          value=current if current else Select.NULL,
                          allow_blank=blank_ok, prompt="(none)", id=wid, classes="control",
                          tooltip=tip, compact=True)
        if spec.kind == "multi":
            chosen = {to_text(v) for v in value or []}
            known = {v for _, v in spec.choices}
            extra = [(v, v) for v in sorted(chosen - known)]
            entries = [Selection(Text(lbl), v, v in chosen)
                       for lbl, v in [*spec.choices, *extra]]
            if spec.new:
                entries.append(Selection(Text(f"new {spec.new}…"), NEW))
            elif not entries:
                # Nothing to choose from (e.g. no roles yet): the same list, saying so, never
                # another kind of control that turns into a list once there is something.
                entries.append(Selection(Text("nothing to choose from yet", style="dim italic"),
                                         NONE, disabled=True))
            return SelectionList[str](*entries, id=wid, classes="control", compact=True)
        text = spec.codec.to_text(value) if spec.kind == "codec" and spec.codec else to_text(value)
        kind = {"int": "integer", "float": "number"}.get(spec.kind, "text")
        suggest = self.suggestions.get(spec.name)
        # No select-on-focus (as in the questions): a key typed as the dialog opens adds to
        # the text instead of replacing it when the selection lands after it.
        return Input(text, placeholder=spec.help, type=kind, id=wid, classes="control",  # type: ignore[arg-type]
                     tooltip=tip, compact=True, valid_empty=True, select_on_focus=False,
                     suggester=SuggestFromList(suggest, case_sensitive=False) if suggest else None)

    def on_select_changed(self, event: Select.Changed) -> None:
        """"new …" in a choice asks for the name, adds it to the choices and selects it."""
        spec = next((s for s in self.specs if f"f-{s.name}" == event.select.id), None)
        if spec is None or not spec.new or event.value != NEW:
            return
        event.stop()
        select = event.select
        from designer.tui.editors.dialogs import NameScreen

        def named(name: str | None) -> None:
            known = [v for _, v in select._options if isinstance(v, str) and v != NEW]
            if name and name not in known:
                known.append(name)
            options = [(Text(v), v) for v in known] + [(Text(f"new {spec.new}…"), NEW)]
            select.set_options(options)
            select.value = name if name else Select.NULL
            select.focus()

        self.app.push_screen(NameScreen(f"Name of the new {spec.new}"), named)

    def on_selection_list_selection_toggled(self, event: SelectionList.SelectionToggled) -> None:
        """"new …" in a multi-choice asks for the name, adds it ticked and unticks itself."""
        spec = next((s for s in self.specs if f"f-{s.name}" == event.selection_list.id), None)
        if spec is None or not spec.new or event.selection.value != NEW:
            return
        event.stop()
        listing = event.selection_list
        listing.deselect(NEW)
        from designer.tui.editors.dialogs import NameScreen

        def named(name: str | None) -> None:
            if name:
                known = [listing.get_option_at_index(i).value
                         for i in range(listing.option_count)]
                if name not in known:
                    at = known.index(NEW)
                    entries = [listing.get_option_at_index(i) for i in range(listing.option_count)]
                    ticked = set(listing.selected)
                    listing.clear_options()
                    listing.add_options([
                        *(Selection(e.prompt, e.value, e.value in ticked) for e in entries[:at]),
                        Selection(Text(name), name, True),
                        *(Selection(e.prompt, e.value, e.value in ticked) for e in entries[at:]),
                    ])
                else:
                    listing.select(name)
            listing.focus()

        self.app.push_screen(NameScreen(f"Name of the new {spec.new}"), named)

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Values read from the controls, and conversion errors per field."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for spec in self.specs:
            widget = self.query_one(f"#f-{spec.name}")
            if isinstance(widget, Checkbox):
                values[spec.name] = widget.value
            elif isinstance(widget, Select):
                chosen = widget.value
                values[spec.name] = (None if spec.optional else "") if chosen in (
                    Select.NULL, NEW) else chosen
            elif isinstance(widget, SelectionList):
                values[spec.name] = [v for v in widget.selected if v not in (NEW, NONE)]
            elif isinstance(widget, Input):
                try:
                    values[spec.name] = parse_text(spec, widget.value)
                except ValueError as exc:
                    errors[spec.name] = str(exc)
        return values, errors

    def validated(self) -> tuple[M | None, dict[str, str]]:
        """The record the controls describe, or None and the errors per field ("" = general)."""
        values, errors = self.raw_values()
        if errors:
            return None, errors
        base = self.item.model_dump() if self.item is not None else {}
        try:
            record = self.model.model_validate({**base, **values})
        except ValidationError as exc:
            for err in exc.errors():
                loc = err.get("loc") or ("",)
                name = str(loc[0]) if str(loc[0]) in values else ""
                errors.setdefault(name, err["msg"])
            return None, errors
        if self.check is not None:
            errors.update(self.check(record))
            if errors:
                return None, errors
        return record, {}

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Put each message under its field; clear the others."""
        names = {s.name for s in self.specs}
        general = [msg for name, msg in errors.items() if name not in names]
        for spec in self.specs:
            box = self.query_one(f"#e-{spec.name}", Static)
            box.update(Text(errors.get(spec.name, "")))
            box.set_class(spec.name in errors, "-shown")
        box = self.query_one("#general", Static)
        box.update(Text("\n".join(general)))
        box.set_class(bool(general), "-shown")
        first = next((s.name for s in self.specs if s.name in errors), None)
        if first is not None:
            self.query_one(f"#f-{first}").focus()

    def action_save(self) -> None:
        """Validate; dismiss with the record when valid, else show the errors."""
        record, errors = self.validated()
        if record is None:
            self.show_errors(errors)
            return
        self.dismiss(record)

    def action_cancel(self) -> None:
        """Close without a record."""
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a text field saves, as in most dialogs."""
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save / Cancel buttons."""
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
