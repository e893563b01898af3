"""The form of a typed field (an entity field or a schema field): every attribute of the type
system, grouped in sections, with the rows that do not apply to the chosen type hidden.

`type` is a Select over every type name of the design (built-ins, then named enums, entities
and schemas), so a field can be `list of OrderItem` or a named `OrderStatus`. Constraints show
only for the types they constrain (lengths for strings, bounds for numbers, item counts for
lists, precision for decimals, currency for money); a hidden constraint is saved as unset, so
what the dialog shows is what the design holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Input, Label, Select, Static

from designer.contract.types import Kind, Types
from designer.model.design import Design
from designer.model.types import FieldType, Member, Shape
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.form import Check, RecordForm

STRINGISH = frozenset({FieldType.STRING, FieldType.TEXT, FieldType.EMAIL, FieldType.URL})
"""Types that lengths and a pattern constrain."""
NUMERIC = frozenset({FieldType.INTEGER, FieldType.BIGINT, FieldType.DECIMAL, FieldType.FLOAT,
                     FieldType.MONEY})
"""Types that bounds and `multiple_of` constrain."""

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Type", ("name", "type", "shape", "enum_values", "precision", "scale", "currency",
              "description")),
    ("Values", ("nullable", "optional", "default", "example")),
    ("Access", ("read_only", "write_only", "writable_by")),
    ("Constraints", ("min_length", "max_length", "pattern", "minimum", "maximum",
                     "multiple_of", "min_items", "max_items")),
    ("Storage", ("primary_key", "unique", "references", "on_delete", "on_update",
                 "pii")),
)
"""Sections of the form and their rows, in order (rows the model lacks are skipped)."""

LABELS: dict[str, str] = {
    "enum_values": "Enum values",
    "read_only": "Read-only",
    "write_only": "Write-only",
    "writable_by": "Writable by",
    "min_length": "Min length",
    "max_length": "Max length",
    "multiple_of": "Multiple of",
    "min_items": "Min items",
    "max_items": "Max items",
    "primary_key": "Primary key",
    "on_delete": "On delete",
    "on_update": "On key change",
    "pii": "PII",
}

HELP: dict[str, str] = {
    "enum_values": "allowed values, comma-separated: pending, paid, shipped",
    "default": "as written in the design: now(), 0, 'pending'",
    "example": "JSON or plain text; empty: generated from the type",
    "currency": "ISO 4217 code: KRW, USD, EUR",
    "pattern": "regular expression a string must match",
}

CONDITIONAL: dict[str, str] = {
    "enum_values": "an inline enum",
    "precision": "a decimal",
    "scale": "a decimal",
    "currency": "money",
    "min_length": "a string",
    "max_length": "a string",
    "pattern": "a string",
    "minimum": "a number",
    "maximum": "a number",
    "multiple_of": "a number",
    "min_items": "a list",
    "max_items": "a list",
}
"""Rows shown only for some types, and what they apply to."""


def relevant(name: str, type_name: str, shape: str) -> bool:
    """Whether row `name` applies to a field of element type `type_name` and `shape`."""
    if name == "enum_values":
        return type_name == FieldType.ENUM
    if name in ("precision", "scale"):
        return type_name == FieldType.DECIMAL
    if name == "currency":
        return type_name == FieldType.MONEY
    if name in ("min_length", "max_length", "pattern"):
        return type_name in STRINGISH
    if name in ("minimum", "maximum", "multiple_of"):
        return type_name in NUMERIC
    if name in ("min_items", "max_items"):
        return shape == Shape.LIST
    return True


def member_flags(member: Member) -> str:
    """Short flags of a typed field: PK, UQ, NULL, OPT, RO, WO, PII."""
    marks = (
        ("PK", getattr(member, "primary_key", False)),
        ("UQ", getattr(member, "unique", False)),
        ("NULL", member.nullable),
        ("OPT", member.optional),
        ("RO", member.read_only),
        ("WO", member.write_only),
        ("PII", getattr(member, "pii", False)),
    )
    return " ".join(mark for mark, on in marks if on)


def type_choices(design: Design) -> tuple[tuple[str, str], ...]:
    """(label, value) of every type a field may use; named types say what they are."""
    types = Types.of(design)
    choices = []
    for name in types.names():
        kind = types.kind(name)
        label = name if kind is Kind.BUILTIN else f"{name} · {kind.value}"
        choices.append((label, name))
    return tuple(choices)


def member_options(model: type[Member], design: Design, **choices: Sequence[str]) -> FormOptions:
    """Form options for `model` (an entity field or a schema field): every row it has, in
    section order, with labels and help; `choices` for `references`, `writable_by` …"""
    names = [n for _, rows in SECTIONS for n in rows if n in model.model_fields]
    return FormOptions(include=names, choices={"type": [], **choices}, labels=LABELS,
                       help=HELP)


def member_check(member: Member) -> dict[str, str]:
    """Contradictions inside one field, as {row: message} (the design checks say the same)."""
    errors: dict[str, str] = {}
    if not member.name.strip():
        errors["name"] = "a field needs a name"
    if not member.type.strip():
        errors["type"] = "choose a type"
    if member.read_only and member.write_only:
        errors["write_only"] = "a field cannot be both read-only and write-only"
    for low, high in (("min_length", "max_length"), ("minimum", "maximum"),
                      ("min_items", "max_items")):
        a, b = getattr(member, low), getattr(member, high)
        if a is not None and b is not None and a > b:
            errors[high] = f"smaller than {LABELS.get(low, low).lower()} {a:g}"
    if member.precision is not None and member.scale is not None and \
            member.scale > member.precision:
        errors["scale"] = "scale is larger than the precision"
    if member.type == FieldType.ENUM and not member.enum_values:
        errors["enum_values"] = "an inline enum needs values"
    if member.pattern:
        try:
            re.compile(member.pattern)
        except re.error as error:
            errors["pattern"] = f"not a valid regular expression ({error.msg})"
    if member.currency and not re.fullmatch(r"[A-Za-z]{3}", member.currency):
        errors["currency"] = "an ISO 4217 code such as KRW"
    return errors


class MemberForm(RecordForm[Any]):
    """The dialog of one typed field: sections, a type Select with the design's named types,
    and the rows that do not apply to the chosen type and shape hidden."""

    DEFAULT_CSS = """
    MemberForm .section { color: $accent; text-style: bold; margin-top: 1; }
    MemberForm .section.-first { margin-top: 0; }
    MemberForm #inline-row { height: auto; padding-left: 18; }
    MemberForm #inline-note { color: $text-muted; width: auto; margin-right: 2; }
    """

    def __init__(
        self,
        model: type[Member],
        item: Member | None,
        design: Design,
        *,
        title: str = "",
        options: FormOptions,
        check: Check | None = None,
        suggestions: Mapping[str, list[str]] | None = None,
    ) -> None:
        def full_check(member: Any) -> Mapping[str, str]:
            errors = member_check(member)
            if check is not None and not errors:
                errors.update(check(member))
            return errors

        super().__init__(model, item, title=title, options=options, check=full_check,
                         suggestions=suggestions)
        kinds = type_choices(design)
        self.specs = [replace(s, choices=kinds) if s.name == "type" else s for s in self.specs]
        self.design = design
        self.nested: list[Member] = list(item.fields) if item is not None else []
        """The inline object's fields as the nested dialog left them."""

    def compose(self) -> ComposeResult:
        present = {s.name for s in self.specs}
        with Vertical(id="dialog"):
            yield Label(self.form_title, id="title")
            with VerticalScroll(id="fields", can_focus=False):
                first = True
                for title, rows in SECTIONS:
                    shown = [s for s in self.specs if s.name in rows and s.name in present]
                    if not shown:
                        continue
                    yield Label(title, id=f"s-{title.lower()}",
                                classes="section -first" if first else "section")
                    first = False
                    for spec in shown:
                        with Horizontal(classes="row", id=f"r-{spec.name}"):
                            yield Label(spec.label)
                            yield self._control(spec)
                        yield Static("", id=f"e-{spec.name}", classes="error")
                        if spec.name == "type":
                            with Horizontal(id="inline-row"):
                                yield Static("", id="inline-note")
                                yield Button("Nested fields…", id="nested", compact=True)
            yield Static("", id="general", classes="error")
            with Horizontal(id="buttons"):
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        """Hide what does not apply, then start in the first field."""
        self.show_relevant()
        self.fit_height()
        super().on_mount()

    def on_resize(self) -> None:
        """Use the height of a tall terminal rather than scroll."""
        self.fit_height()

    def fit_height(self) -> None:
        """Let the rows take every line but the title, buttons, border and footer."""
        self.query_one("#fields").styles.max_height = max(8, self.size.height - 6)

    def chosen(self) -> tuple[str, str]:
        """The element type and shape the controls show now."""
        values = {}
        for name in ("type", "shape"):
            widget = self.query_one(f"#f-{name}", Select)
            value = widget.value
            values[name] = "" if value is Select.NULL else str(value)
        return values["type"], values["shape"] or Shape.ONE.value

    def show_relevant(self) -> None:
        """Show the rows that apply to the chosen type and shape; hide the others."""
        type_name, shape = self.chosen()
        for spec in self.specs:
            if spec.name in CONDITIONAL:
                self.query_one(f"#r-{spec.name}").display = relevant(spec.name, type_name, shape)
        for title, rows in SECTIONS:
            section = self.query(f"#s-{title.lower()}")
            if section:
                section.first().display = any(
                    self.query_one(f"#r-{n}").display for n in rows
                    if any(s.name == n for s in self.specs))
        note = self.query_one("#inline-note", Static)
        note.update(Text(f"inline object: {len(self.nested)} nested field(s)"))
        self.query_one("#inline-row").display = type_name == FieldType.OBJECT

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The nested-fields button opens their dialog; Save and Cancel are the base form's
        (Textual calls its handler after this one unless the default is prevented)."""
        if event.button.id != "nested":
            return
        event.stop()
        event.prevent_default()
        from designer.tui.editors.nested import NestedFieldsScreen

        def kept(fields: list[Member] | None) -> None:
            if fields is not None:
                self.nested = fields
                self.show_relevant()

        name = self.query_one("#f-name", Input).value
        self.app.push_screen(NestedFieldsScreen(self.nested, self.design, name), kept)

    def on_select_changed(self, event: Select.Changed) -> None:
        """A new type or shape shows other rows."""
        if event.select.id in ("f-type", "f-shape") and self.is_mounted:
            self.show_relevant()

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The controls' values; rows hidden for this type are saved unset."""
        values, errors = super().raw_values()
        type_name, shape = self.chosen()
        for name in CONDITIONAL:
            if name in values and not relevant(name, type_name, shape):
                info = self.model.model_fields[name]
                values[name] = info.get_default(call_default_factory=True)
                errors.pop(name, None)
        values["fields"] = [f.model_dump() for f in self.nested] \
            if type_name == FieldType.OBJECT else []
        return values, errors
