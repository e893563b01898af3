"""The data editor: entities, the fields and indexes of the selected one, relationships, and
the referential problems of the data stage shown inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from designer.contract.types import type_text
from designer.model.architecture import Service
from designer.model.data import Cardinality, Entity, Field, Index, Relationship
from designer.tui.editors import renames
from designer.tui.editors.dialogs import ConfirmScreen
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.form import RecordForm
from designer.tui.editors.listkeys import HeaderButton, focus_row, named_in
from designer.tui.editors.members import member_flags, member_options
from designer.tui.editors.records import EDITOR_CSS, plain, problem_text, say
from designer.tui.editors.tables import TablesEditor, move
from designer.tui.widgets.row_table import Cell, RowTable

TABLES = ("entities", "fields", "indexes", "relationships")
"""The four tables, in focus order; a / e / d act on the focused one."""

COLUMNS: dict[str, tuple[tuple[str, int | None], ...]] = {
    "entities": (("Name", 14), ("Fields", None)),
    "fields": (("Name", 16), ("Type", None), ("Flags", None), ("Default", 10), ("FK →", 16)),
    "indexes": (("Fields", 15), ("Uniq", None)),
    "relationships": (("Source", 14), ("Kind", None), ("Target", 14), ("Through", 14),
                      ("On del", None)),
}
"""Label and widest width (None: as wide as its cells) of each table's columns."""


_CARDINALITY = {
    Cardinality.ONE_TO_ONE: "1:1",
    Cardinality.ONE_TO_MANY: "1:N",
    Cardinality.MANY_TO_MANY: "N:M",
}


def _mark(flag: bool) -> str:
    return "✓" if flag else ""


class EntitiesEditor(TablesEditor):
    """Entities with their fields and indexes, and the relationships between entities."""

    DEFAULT_CSS = EDITOR_CSS + """
    EntitiesEditor { height: auto; margin-bottom: 1; }
    EntitiesEditor .pane-row { height: auto; }
    EntitiesEditor .pane { height: auto; }
    EntitiesEditor #pane-entities { width: 22; margin-right: 1; }
    EntitiesEditor #pane-indexes { width: 24; margin-right: 1; }
    EntitiesEditor .pane > Label { color: $text-muted; text-style: bold; }
    EntitiesEditor #entities, EntitiesEditor #fields { height: auto; max-height: 9; }
    EntitiesEditor #indexes, EntitiesEditor #relationships { height: auto; max-height: 6; }
    """

    PROBLEMS: ClassVar[tuple[str, ...]] = ("data.",)
    TABLES: ClassVar[tuple[str, ...]] = TABLES

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="entities.add",
                tooltip="Add to the focused table (entity, field, index or relationship)"),
        Binding("e", "edit", "Edit", id="entities.edit",
                tooltip="Edit the highlighted row of the focused table"),
        Binding("d", "delete", "Delete", id="entities.delete",
                tooltip="Delete the highlighted row of the focused table (asks first)"),
        Binding("[,shift+up", "move(-1)", "Field up", id="entities.up",
                tooltip="Move the highlighted field one place earlier ([ or shift+↑)"),
        Binding("],shift+down", "move(1)", "Field down", id="entities.down",
                tooltip="Move the highlighted field one place later (] or shift+↓)"),
    ]

    HELP: ClassVar[str] = """\
## Entities
Left: the entities; right: the fields of the highlighted entity. Below: its indexes and the
relationships between entities. **Tab** moves between the four tables; **a** / **e** /
**d** add, edit and delete in the focused one (**Enter** edits too).

- Flags: **PK** primary key, **UQ** unique, **NULL** nullable, **OPT** optional, **RO**
  read-only, **WO** write-only, **PII** personal data.
- The field dialog is grouped in sections (Type, Values, Access, Constraints, Storage);
  **Tab** moves through it and **ctrl+s** saves from anywhere. *Type* lists the built-in
  types, then the named enums, entities and schemas; *Shape* makes it a list or a map.
  Rows that do not apply to the type (lengths, bounds, precision, currency …) are hidden.
- *Writable by* limits a privileged field (`role`, `status`) to the ticked roles.
- **[** / **]** (or **shift+↑** / **shift+↓**) move the highlighted field earlier or later:
  the order of columns, of properties in the OpenAPI and of fields in the SDL. Proto field
  numbers stay with their fields (they are stored on the first save).
- A field is a foreign key when *References* (**FK →**) names an entity (`User` or
  `User.id`).
- Renaming an entity renames it in references, relationships, field types and API bodies.
- Referential problems (unknown entities, fields or databases, duplicates, enum fields without
  values) are listed in red under the tables and refresh after every change.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Data model", classes="editor-title")
            yield HeaderButton("Add", "add", tooltip="Add (a)")
            yield HeaderButton("Edit", "edit", tooltip="Edit (e)")
            yield HeaderButton("Delete", "delete", tooltip="Delete (d)")
        with Horizontal(classes="pane-row"):
            with Vertical(classes="pane", id="pane-entities"):
                yield Label("Entities")
                yield RowTable(id="entities")
            with Vertical(classes="pane", id="pane-fields"):
                yield Label("Fields", id="fields-label")
                yield RowTable(id="fields")
        with Horizontal(classes="pane-row"):
            with Vertical(classes="pane", id="pane-indexes"):
                yield Label("Indexes", id="indexes-label")
                yield RowTable(id="indexes")
            with Vertical(classes="pane", id="pane-relationships"):
                yield Label("Relationships")
                yield RowTable(id="relationships")
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        for name, columns in COLUMNS.items():
            self.table(name).set_columns([label for label, _ in columns],
                                         [width for _, width in columns])
        self.fill()

    # -- rows -----------------------------------------------------------------------------

    def entity(self) -> Entity | None:
        """The highlighted entity."""
        entities = self.design.data.entities
        table = self.table("entities")
        if not entities or not table.row_count:
            return None
        return entities[min(table.cursor_row, len(entities) - 1)]

    @staticmethod
    def _refill(table: RowTable, rows: list[tuple[Cell, ...]], at: int | None = None) -> None:
        """Rows keyed by index; the cursor goes to `at`, else stays where it was."""
        table.set_rows([(str(i), cells) for i, cells in enumerate(rows)], cursor=at)

    def fill(self, entity_row: int | None = None) -> None:
        """Re-read every table and the problem list from the design."""
        data = self.design.data
        self._refill(self.table("entities"),
                     [(e.name or f"#{i + 1}", str(len(e.fields)))
                      for i, e in enumerate(data.entities)], entity_row)
        self.fill_selected()
        self._refill(self.table("relationships"), [
            (r.source, _CARDINALITY[r.kind], r.target, r.through, r.on_delete.value)
            for r in data.relationships
        ])
        self.show_problems()

    def focus_item(self, item: str) -> bool:
        """Focus the entity `item` names (`data.entities[User]…`), or the relationships."""
        if named_in(item, "data.relationships") is not None:
            return focus_row(self.table("relationships"), None)
        name = named_in(item, "data.entities")
        if name is None:
            return False
        names = [e.name for e in self.design.data.entities]
        row = names.index(name) if name in names else 0
        self.fill(row)
        return focus_row(self.table("entities"), row)

    def fill_selected(self) -> None:
        """Fields and indexes of the highlighted entity."""
        entity = self.entity()
        fields = entity.fields if entity else []
        indexes = entity.indexes if entity else []
        name = entity.name if entity else ""
        self.query_one("#fields-label", Label).update(plain(f"Fields of {name}".strip()))
        self.query_one("#indexes-label", Label).update(plain(f"Indexes of {name}".strip()))
        # Without an entity there is nothing to add fields or indexes to: Tab passes them by.
        self.table("fields").can_focus = self.table("indexes").can_focus = entity is not None
        self._refill(self.table("fields"), [
            (f.name, type_text(f), member_flags(f), f.default, f.references) for f in fields
        ])
        self._refill(self.table("indexes"), [
            (", ".join(x.fields), _mark(x.unique)) for x in indexes
        ])

    def problems_changed(self) -> None:
        """The screen has newer problems: list them."""
        self.show_problems()

    def show_problems(self) -> None:
        """List the data stage's referential problems in red under the tables."""
        say(self.query_one(".editor-problems", Static), problem_text(self.problems()))
        empty = "" if self.design.data.entities else "No entities yet — press a to add one."
        say(self.query_one(".editor-hint", Static), empty)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Moving is offered (in the footer too) only while the fields table has focus."""
        return action != "move" or self.focused_table() == "fields"

    def action_move(self, by: int) -> None:
        """Move the highlighted field of the highlighted entity."""
        entity = self.entity()
        if entity is None or not entity.fields or self.focused_table() != "fields":
            return
        at = move(entity.fields, self.table("fields").cursor_row, by)
        self._refill(self.table("fields"), [
            (f.name, type_text(f), member_flags(f), f.default, f.references)
            for f in entity.fields], at)
        self.changed(f"data.entities[{entity.name}].fields")

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        """Moving through the entities shows each one's fields and indexes."""
        if event.table.id == "entities":
            self.fill_selected()

    def _act(self, verb: str, table: str) -> None:
        if table == "entities":
            self._entity(verb)
            return
        entity = self.entity()
        if table == "relationships":
            self._list(verb, "relationships", self.design.data.relationships, Relationship,
                       self._relationship_options(), lambda r: f"{r.source}→{r.target}")
        elif entity is None:
            self.notify("Add an entity first (a in the entity list).", severity="warning")
        elif table == "fields":
            self._list(verb, "fields", entity.fields, Field, self._field_options(entity),
                       lambda f: f.name, unique="name", member=True)
        else:
            self._list(verb, "indexes", entity.indexes, Index, self._index_options(entity),
                       lambda x: ",".join(x.fields), check=self._index_check(entity))

    # -- forms ----------------------------------------------------------------------------

    def _field_options(self, entity: Entity) -> FormOptions:
        targets = []
        for other in self.design.data.entities:
            if other.name:
                targets.append(other.name)
                targets += [f"{other.name}.{f.name}" for f in other.fields
                            if (f.primary_key or f.unique) and f.name]
        roles = [r.name for r in self.design.auth.roles if r.name]
        return member_options(Field, self.design, references=targets, writable_by=roles)

    def _index_options(self, entity: Entity) -> FormOptions:
        names = ", ".join(f.name for f in entity.fields if f.name)
        return FormOptions(include=("fields", "unique", "name"),
                           help={"fields": f"comma-separated, in order: {names}"})

    @staticmethod
    def _index_check(entity: Entity) -> Callable[[Index], dict[str, str]]:
        def check(index: Index) -> dict[str, str]:
            if not index.fields:
                return {"fields": "an index needs at least one field"}
            unknown = [n for n in index.fields if entity.field(n) is None]
            if unknown:
                return {"fields": f"{entity.name} has no field {', '.join(unknown)}"}
            return {}

        return check

    def _relationship_options(self) -> FormOptions:
        names = [e.name for e in self.design.data.entities if e.name]
        return FormOptions(
            include=("source", "kind", "target", "through", "required", "on_delete", "on_update",
                     "name"),
            choices={"source": names, "target": names, "through": names},
        )

    def _entity(self, verb: str) -> None:
        data = self.design.data
        services = [s.name for s in self.design.architecture.services if s.name]
        databases = [db.name for db in data.databases if db.name]
        # Always choices (never a text box that turns into a select once some exist); a new
        # service can be named on the spot and becomes a service of the design.
        options = FormOptions(
            include=("name", "description", "service", "database", "timestamps", "soft_delete"),
            choices={"service": services, "database": databases}, new={"service": "service"},
        )

        def keep_service(entity: Entity) -> None:
            if entity.service and entity.service not in services:
                self.design.architecture.services.append(Service(name=entity.service))
        row = self.table("entities").cursor_row if data.entities else None

        def check_at(index: int | None) -> Callable[[Entity], dict[str, str]]:
            def check(entity: Entity) -> dict[str, str]:
                if not entity.name.strip():
                    return {"name": "an entity needs a name, e.g. Order"}
                if any(e.name == entity.name for i, e in enumerate(data.entities) if i != index):
                    return {"name": f"another entity is already called '{entity.name}'"}
                return {}

            return check

        if verb == "add" or (verb == "edit" and row is None):
            def added(entity: Entity | None) -> None:
                if entity is not None:
                    keep_service(entity)
                    data.entities.append(entity)
                    self.fill(entity_row=len(data.entities) - 1)
                    self.changed(f"data.entities[{entity.name}]")

            self.app.push_screen(RecordForm(Entity, None, title="Add entity", options=options,
                                            check=check_at(None)), added)
        elif verb == "edit" and row is not None:
            old = data.entities[row].name

            def edited(entity: Entity | None) -> None:
                if entity is not None:
                    keep_service(entity)
                    data.entities[row] = entity
                    renames.rename_entity(self.design, old, entity.name)
                    self.fill()
                    self.changed(f"data.entities[{entity.name}]")

            self.app.push_screen(RecordForm(Entity, data.entities[row], title="Edit entity",
                                            options=options, check=check_at(row)), edited)
        elif verb == "delete" and row is not None:
            entity = data.entities[row]

            def deleted(yes: bool | None) -> None:
                if yes:
                    data.entities.remove(entity)
                    self.fill()
                    self.changed("data.entities")

            self.app.push_screen(ConfirmScreen(
                f"Delete entity '{entity.name}' and its {len(entity.fields)} field(s)?"), deleted)

    def _list(self, verb: str, table: str, items: list[Any], model: type[Any],
              options: FormOptions, name_of: Callable[[Any], str], **more: Any) -> None:
        """Add / edit / delete one row of fields, indexes or relationships."""
        noun = {"fields": "field", "indexes": "index", "relationships": "relationship"}[table]
        where = "data.relationships" if table == "relationships" else \
            f"data.entities[{self.entity().name}].{table}"  # type: ignore[union-attr]
        self.edit_rows(verb, table, items, model, options, noun=noun, where=where,
                       name_of=name_of, **more)
