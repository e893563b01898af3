"""The named-schemas editor (API stage): bodies that are not entities (LoginRequest, TokenPair,
CartSummary), each with typed fields edited in the same dialog as entity fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from designer.contract.types import type_text
from designer.model.api import Schema, SchemaField
from designer.model.types import BUILTIN_TYPES
from designer.tui.editors import renames
from designer.tui.editors.dialogs import ConfirmScreen
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.form import RecordForm
from designer.tui.editors.listkeys import HeaderButton, focus_row, named_in
from designer.tui.editors.members import member_flags, member_options
from designer.tui.editors.records import EDITOR_CSS, one_line, plain, problem_text, say
from designer.tui.editors.tables import TablesEditor, move
from designer.tui.widgets.row_table import Cell, RowTable

TABLES = ("schemas", "schema-fields")
"""The two tables, in focus order; a / e / d act on the focused one."""


class SchemasEditor(TablesEditor):
    """Named schemas on the left, the fields of the highlighted one on the right."""

    DEFAULT_CSS = EDITOR_CSS + """
    SchemasEditor { height: auto; margin-bottom: 1; }
    SchemasEditor .pane-row { height: auto; }
    SchemasEditor .pane { height: auto; }
    SchemasEditor #pane-schemas { width: 24; margin-right: 1; }
    SchemasEditor .pane > Label { color: $text-muted; text-style: bold; }
    SchemasEditor RowTable { height: auto; max-height: 9; }
    """

    PROBLEMS: ClassVar[tuple[str, ...]] = ("api.schemas",)
    TABLES: ClassVar[tuple[str, ...]] = TABLES

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="schemas.add",
                tooltip="Add to the focused table (a schema or a field)"),
        Binding("e", "edit", "Edit", id="schemas.edit",
                tooltip="Edit the highlighted schema or field"),
        Binding("d", "delete", "Delete", id="schemas.delete",
                tooltip="Delete the highlighted schema or field (asks first)"),
        Binding("[,shift+up", "move(-1)", "Field up", id="schemas.up",
                tooltip="Move the highlighted field one place earlier ([ or shift+↑)"),
        Binding("],shift+down", "move(1)", "Field down", id="schemas.down",
                tooltip="Move the highlighted field one place later (] or shift+↓)"),
    ]

    HELP: ClassVar[str] = """\
## Schemas
Named bodies that are not entities: `LoginRequest`, `TokenPair`, `CartSummary`. Endpoints use
them as request or response (`LoginRequest`), and fields of entities and other schemas use
them as a *Type* (`list of CartLine`).

- Left: the schemas; right: the fields of the highlighted one. **Tab** moves between the
  two tables; **a** / **e** / **d** add, edit and delete in the focused one (**Enter** edits).
- The field dialog is the one of entity fields without the storage rows: *Type* lists
  built-ins, named enums, entities and schemas; *Shape* makes a list or a map.
- **[** / **]** (or **shift+↑** / **shift+↓**) move the highlighted field earlier or later;
  proto field numbers stay with their fields (they are stored on the first save).
- Renaming a schema renames it in endpoint bodies and in field types.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Schemas", classes="editor-title")
            yield HeaderButton("Add", "add", tooltip="Add (a)")
            yield HeaderButton("Edit", "edit", tooltip="Edit (e)")
            yield HeaderButton("Delete", "delete", tooltip="Delete (d)")
        with Horizontal(classes="pane-row"):
            with Vertical(classes="pane", id="pane-schemas"):
                yield Label("Schemas")
                yield RowTable(id="schemas")
            with Vertical(classes="pane", id="pane-schema-fields"):
                yield Label("Fields", id="schema-fields-label")
                yield RowTable(id="schema-fields")
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        self.table("schemas").set_columns(("Name", "Fields"), (16, None))
        self.table("schema-fields").set_columns(("Name", "Type", "Flags", "Description"),
                                                (16, 24, None, 14))
        self.fill()

    # -- rows -----------------------------------------------------------------------------

    def schema(self) -> Schema | None:
        """The highlighted schema."""
        schemas = self.design.api.schemas
        table = self.table("schemas")
        if not schemas or not table.row_count:
            return None
        return schemas[min(table.cursor_row, len(schemas) - 1)]

    def fill(self, schema_row: int | None = None) -> None:
        """Re-read both tables and the problems from the design."""
        rows: list[tuple[str, tuple[Cell, ...]]] = [
            (str(i), (s.name or f"#{i + 1}", str(len(s.fields))))
            for i, s in enumerate(self.design.api.schemas)
        ]
        self.table("schemas").set_rows(rows, cursor=schema_row)
        self.fill_fields()
        self.show_problems()

    def focus_item(self, item: str) -> bool:
        """Focus the schema `item` names (`api.schemas[Order]…`)."""
        name = named_in(item, "api.schemas")
        if name is None:
            return False
        names = [x.name for x in self.design.api.schemas]
        row = names.index(name) if name in names else 0
        self.fill(row)
        return focus_row(self.table("schemas"), row)

    def fill_fields(self, at: int | None = None) -> None:
        """Fields of the highlighted schema."""
        schema = self.schema()
        fields = schema.fields if schema else []
        label = f"Fields of {schema.name}" if schema else "Fields"
        self.query_one("#schema-fields-label", Label).update(plain(label))
        # Without a schema there is nothing to add fields to: Tab passes the table by.
        self.table("schema-fields").can_focus = schema is not None
        self.table("schema-fields").set_rows([
            (str(i), (f.name, type_text(f), member_flags(f), one_line(f.description)))
            for i, f in enumerate(fields)
        ], cursor=at)

    def show_problems(self) -> None:
        """The schemas' problems in red under the tables."""
        say(self.query_one(".editor-problems", Static), problem_text(self.problems()))
        empty = "" if self.design.api.schemas else \
            "No schemas yet — press a to add one (a body that is not an entity)."
        say(self.query_one(".editor-hint", Static), empty)

    def problems_changed(self) -> None:
        """The screen has newer problems: list them."""
        self.show_problems()

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        """Moving through the schemas shows each one's fields."""
        if event.table.id == "schemas":
            self.fill_fields()

    # -- dispatch -------------------------------------------------------------------------

    def _act(self, verb: str, table: str) -> None:
        if table == "schemas":
            self._schema(verb)
        elif self.schema() is None:
            self.notify("Add a schema first (a in the schema list).", severity="warning")
        else:
            self._field(verb)

    # -- schemas --------------------------------------------------------------------------

    def _schema_check(self, index: int | None) -> Callable[[Schema], dict[str, str]]:
        design = self.design
        schemas = design.api.schemas

        def check(schema: Schema) -> dict[str, str]:
            name = schema.name.strip()
            if not name:
                return {"name": "a schema needs a name, e.g. LoginRequest"}
            if any(s.name == name for i, s in enumerate(schemas) if i != index):
                return {"name": f"another schema is already called '{name}'"}
            if name in BUILTIN_TYPES:
                return {"name": f"'{name}' is a built-in type"}
            if any(e.name == name for e in design.data.entities):
                return {"name": f"an entity is already called '{name}'"}
            if any(e.name == name for e in design.data.enums):
                return {"name": f"an enum is already called '{name}'"}
            return {}

        return check

    def _schema(self, verb: str) -> None:
        schemas = self.design.api.schemas
        row = self.table("schemas").cursor_row if schemas else None
        options = FormOptions(include=("name", "description"))
        if verb == "delete":
            if row is None:
                return
            schema = schemas[row]
            uses = renames.type_uses(self.design, schema.name)
            used = f" It is used {uses} time(s); those uses will be reported." if uses else ""

            def deleted(yes: bool | None) -> None:
                if yes:
                    schemas.remove(schema)
                    self.fill()
                    self.changed("api.schemas")

            self.app.push_screen(ConfirmScreen(
                f"Delete schema '{schema.name}' and its {len(schema.fields)} field(s)?{used}"),
                deleted)
            return
        index = row if verb == "edit" else None
        current = schemas[index] if index is not None else None
        old = current.name if current is not None else ""

        def saved(schema: Schema | None) -> None:
            if schema is None:
                return
            if index is None:
                schemas.append(schema)
                at = len(schemas) - 1
            else:
                schemas[index] = schema
                renames.rename_schema(self.design, old, schema.name)
                at = index
            self.fill(schema_row=at)
            self.changed(f"api.schemas[{schema.name}]")

        title = "Edit schema" if current is not None else "Add schema"
        self.app.push_screen(RecordForm(Schema, current, title=title, options=options,
                                        check=self._schema_check(index)), saved)

    # -- fields ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Moving is offered (in the footer too) only while the fields table has focus."""
        return action != "move" or self.focused_table() == "schema-fields"

    def action_move(self, by: int) -> None:
        """Move the highlighted field of the highlighted schema."""
        schema = self.schema()
        if schema is None or not schema.fields or self.focused_table() != "schema-fields":
            return
        self.fill_fields(at=move(schema.fields, self.table("schema-fields").cursor_row, by))
        self.changed(f"api.schemas[{schema.name}].fields")

    def _field(self, verb: str) -> None:
        schema = self.schema()
        assert schema is not None
        self.edit_rows(verb, "schema-fields", schema.fields, SchemaField,
                       member_options(SchemaField, self.design), noun="field",
                       where=f"api.schemas[{schema.name}].fields", name_of=lambda f: f.name,
                       unique="name", member=True, owner=schema.name)
