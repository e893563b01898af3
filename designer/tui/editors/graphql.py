"""The GraphQL part (API stage, GraphQL and mixed designs): the operations with their
arguments, and the server's settings (DataLoader-batched fields, depth and complexity limits,
persisted queries)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, Field
from textual.binding import Binding

from designer.contract.types import type_text
from designer.model.api import ApiStyle, EndpointAuth, Variant
from designer.model.design import Design
from designer.model.rpc import GraphQLInterface, GraphQLOperation, OperationKind
from designer.model.types import Member
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.form import RecordForm
from designer.tui.editors.master_detail import MasterDetailEditor
from designer.tui.editors.members import member_flags, member_options
from designer.tui.editors.records import (
    EDITOR_CSS,
    RecordListEditor,
)
from designer.tui.editors.styled import StyleGate, bodies, flat, merged, ref_text, to_ref

WHERE = "api.graphql.operations"
GRAPHQL = frozenset({ApiStyle.GRAPHQL, ApiStyle.MIXED})
KIND_TEXT = {OperationKind.QUERY: "query", OperationKind.MUTATION: "mutation",
             OperationKind.SUBSCRIPTION: "subscr."}
"""How the operation table shows each kind (short enough for 80 columns)."""
ACCESS = frozenset({"read_only", "write_only", "writable_by"})


class OperationRecord(BaseModel):
    """The operation dialog's view of a `GraphQLOperation` (its arguments have their table)."""

    kind: OperationKind = OperationKind.QUERY
    """Query (reads), mutation (changes) or subscription (a stream of events)."""
    name: str = ""
    """Field name on its root, e.g. order, createOrder, documentChanged."""
    description: str = ""
    """What it does (the SDL description)."""
    returns: str = ""
    """Entity or schema it returns; none: Boolean."""
    returns_variant: Variant | None = None
    """Entity variant returned (read unless said)."""
    returns_many: bool = False
    """A list of them."""
    paginated: bool = False
    """A list is a Relay connection (first / after)."""
    auth: EndpointAuth = EndpointAuth.REQUIRED
    """Whether a caller identity is required (subscriptions: at connection init)."""
    roles: list[str] = Field(default_factory=list)
    """Roles allowed; none: any authenticated caller."""
    trigger: str = ""
    """Subscriptions: the message that pushes an update."""
    service: str = ""
    """Service that resolves it (a federation subgraph)."""

    @classmethod
    def of(cls, op: GraphQLOperation) -> OperationRecord:
        """The dialog's view of `op`."""
        return cls.model_validate({**op.model_dump(exclude={"arguments", "returns"}),
                                   **flat(op.returns, "returns")})

    def applied(self, op: GraphQLOperation | None) -> GraphQLOperation:
        """`op` (or a new operation) with this view's values."""
        values = self.model_dump(exclude={"returns", "returns_variant", "returns_many"})
        values["returns"] = to_ref(self.returns, self.returns_variant, self.returns_many)
        values["name"] = self.name.strip()
        return merged(op, GraphQLOperation, **values)


class GraphQLOperationsEditor(MasterDetailEditor):
    """Queries, mutations and subscriptions on the left, the arguments of the highlighted one
    on the right, each argument in the typed-field dialog."""

    STYLES = GRAPHQL
    DEFAULT_CSS = EDITOR_CSS + """
    GraphQLOperationsEditor { height: auto; margin-bottom: 1; }
    GraphQLOperationsEditor .pane-row { height: auto; }
    GraphQLOperationsEditor .pane { height: auto; }
    GraphQLOperationsEditor #pane-graphql-operations { width: 40; margin-right: 1; }
    GraphQLOperationsEditor .pane > Label { color: $text-muted; text-style: bold; }
    GraphQLOperationsEditor RowTable { height: auto; max-height: 9; }
    """
    PROBLEMS: ClassVar[tuple[str, ...]] = (WHERE, "api.graphql.batched")
    TABLES: ClassVar[tuple[str, ...]] = ("graphql-operations", "graphql-arguments")
    TITLE = "GraphQL operations"
    WHERE = WHERE
    OUTER = "Operations"
    INNER = "Arguments"
    EMPTY = ("No operations yet — press a to add one (they are derived from the endpoints "
             "until then).")

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="graphql.add",
                tooltip="Add to the focused table (an operation or an argument)"),
        Binding("e", "edit", "Edit", id="graphql.edit",
                tooltip="Edit the highlighted operation or argument"),
        Binding("d", "delete", "Delete", id="graphql.delete",
                tooltip="Delete the highlighted operation or argument (asks first)"),
    ]

    HELP: ClassVar[str] = """\
## GraphQL operations
The fields of `Query` (reads), `Mutation` (changes) and `Subscription` (a stream of events
pushed over WebSocket). Without any, the SDL derives them from the endpoints.

- Left: the operations; right: the arguments of the highlighted one. **Tab** moves between
  the tables; **a** / **e** / **d** add, edit and delete in the focused one (**Enter** edits).
- *Returns* is chosen from the entities and schemas (*Variant* picks an entity's create or
  update shape, *Many* a list; *Paginated* makes the list a Relay connection).
- *Roles* are the design's roles; *Trigger* is the message that pushes a subscription's
  update; arguments use the dialog of entity fields (an entity type is sent as its input).
"""

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        self.table("graphql-operations").set_columns(("Kind", "Name", "Returns"), (8, 14, None))
        self.table("graphql-arguments").set_columns(("Name", "Type", "Flags"), (12, 14, None))
        self.fill()

    def items(self) -> list[GraphQLOperation]:
        """The live list."""
        return self.design.api.graphql.operations

    def row(self, index: int, item: GraphQLOperation) -> tuple[str, ...]:
        """Kind, name and what it returns."""
        return (KIND_TEXT[item.kind], item.name or f"#{index + 1}",
                ref_text(item.returns, "Boolean"))

    def inner_rows(self, item: GraphQLOperation) -> list[tuple[str, ...]]:
        """The operation's arguments."""
        return [(a.name, type_text(a), member_flags(a)) for a in item.arguments]

    def _act(self, verb: str, table: str) -> None:
        if table == "graphql-operations":
            self._operation(verb)
            return
        op = self.highlighted()
        if op is None:
            self.notify("Add an operation first (a in the operation list).", severity="warning")
            return
        options = member_options(Member, self.design)
        # An argument is only ever sent: the read/write access rows say nothing about it.
        options.include = [n for n in options.include or () if n not in ACCESS]
        self.edit_rows(verb, table, op.arguments, Member, options, noun="argument",
                       where=f"{WHERE}[{op.name}].arguments", name_of=lambda a: a.name,
                       unique="name", member=True, owner=op.name)

    def _operation(self, verb: str) -> None:
        ops = self.items()
        if verb == "delete":
            self.edit_rows(verb, "graphql-operations", ops, GraphQLOperation, FormOptions(),
                           noun="operation", where=WHERE, name_of=lambda o: o.name)
            return
        row = self.table("graphql-operations").cursor_row if ops else None
        index = row if verb == "edit" else None
        current = ops[index] if index is not None else None

        def check(record: OperationRecord) -> dict[str, str]:
            name = record.name.strip()
            if not name:
                return {"name": "an operation needs a name, e.g. order"}
            if any(o.name == name and o.kind is record.kind
                   for i, o in enumerate(ops) if i != index):
                return {"name": f"another {record.kind.value} is already called '{name}'"}
            if record.trigger and record.kind is not OperationKind.SUBSCRIPTION:
                return {"trigger": "only a subscription has a trigger"}
            return {}

        def saved(record: OperationRecord | None) -> None:
            if record is None:
                return
            op = record.applied(current)
            if index is None:
                ops.append(op)
            else:
                ops[index] = op
            at = len(ops) - 1 if index is None else index
            self.fill(row=at)
            self.changed(f"{WHERE}[{op.name}]")

        title = ("Edit" if current is not None else "Add") + " GraphQL operation"
        item = OperationRecord.of(current) if current is not None else None
        self.app.push_screen(RecordForm(OperationRecord, item, title=title,
                                        options=operation_options(self.design), check=check),
                             saved)


def operation_options(design: Design) -> FormOptions:
    """The operation dialog's rows and the design's names it chooses from."""
    return FormOptions(
        include=("kind", "name", "description", "returns", "returns_variant", "returns_many",
                 "paginated", "auth", "roles", "trigger", "service"),
        choices={"returns": bodies(design),
                 "roles": [r.name for r in design.auth.roles if r.name],
                 "trigger": [m.name for m in design.architecture.events.messages if m.name],
                 "service": [s.name for s in design.architecture.services if s.name]},
        labels={"returns_variant": "Variant", "returns_many": "Many"})


class GraphQLSettings(BaseModel):
    """The settings dialog's view of `api.graphql` (without the operations)."""

    path: str = "/graphql"
    """Where the GraphQL endpoint is served (POST; subscriptions over WebSocket)."""
    batched: list[str] = Field(default_factory=list)
    """Relation fields resolved through a DataLoader (Entity.field)."""
    max_depth: int | None = Field(default=None, ge=1)
    """Deepest query accepted; empty: no limit decided."""
    max_complexity: int | None = Field(default=None, ge=1)
    """Highest query cost accepted; empty: no limit decided."""
    persisted_queries: bool = False
    """Only queries registered ahead (by hash) run in production."""


def relation_fields(design: Design) -> list[str]:
    """`Entity.field` of every field that loads other entities: the list-valued ones first
    (the N+1 a DataLoader batches), then the single references."""
    entities = {e.name for e in design.data.entities}
    many: list[str] = []
    one: list[str] = []
    for entity in design.data.entities:
        for f in entity.fields:
            if f.type in entities or f.references:
                (many if f.is_list else one).append(f"{entity.name}.{f.name}")
    return many + one


class GraphQLSettingsEditor(StyleGate, RecordListEditor):
    """Batching and the server's protections: one record, edited in place."""

    STYLES = GRAPHQL
    TITLE = "GraphQL server"
    ITEM = GraphQLSettings
    WHERE = "api.graphql"
    COLUMNS = ("path", "batched", "max_depth", "max_complexity", "persisted_queries")
    KEY = ""
    NOUN = "GraphQL setting"
    SINGLE = True
    HELP = """\
## GraphQL server
*Batched*: relation fields resolved through a DataLoader, one query per page instead of one
per parent (N+1). *Max depth* and *Max complexity* turn away a query nested or costly enough
to take the server down; *Persisted queries* run only queries registered ahead by hash.

- **e** / **Enter** edit (one record, edited in place).
"""

    def on_mount(self) -> None:
        """Columns, the row, and shown only for a GraphQL part."""
        super().on_mount()
        self.gate()

    def reload(self) -> None:
        """Re-read the design (its style too)."""
        self.gate()
        super().reload()

    def items(self) -> list[GraphQLSettings]:
        g = self.design.api.graphql
        return [GraphQLSettings.model_validate(g.model_dump(exclude={"operations"}))]

    def form_options(self, item: Any | None) -> FormOptions:
        return FormOptions(include=tuple(GraphQLSettings.model_fields),
                           choices={"batched": relation_fields(self.design)})

    def action_edit(self) -> None:
        """Edit the settings; the saved record is written into the design."""
        def done(record: GraphQLSettings | None) -> None:
            if record is not None:
                g = self.design.api.graphql
                for name in GraphQLSettings.model_fields:
                    setattr(g, name, getattr(record, name))
                g.path = g.path.strip() or "/graphql"
                self.fill()
                self.changed(self.WHERE)

        self.app.push_screen(self._form(0), self._returning(done))


def shared_fields(design: Design) -> list[str]:
    """Field names an interface may declare: those of two or more entities (with their
    implicit timestamps), in order of first appearance."""
    from designer.contract.variants import timestamp_fields

    seen: dict[str, int] = {}
    for entity in design.data.entities:
        for name in dict.fromkeys([*(f.name for f in entity.fields),
                                   *timestamp_fields(entity)]):
            seen[name] = seen.get(name, 0) + 1
    return [name for name, count in seen.items() if count > 1]


class GraphQLInterfacesEditor(StyleGate, RecordListEditor):
    """Interfaces over fields entities share (`Node` over `id`)."""

    STYLES = GRAPHQL
    TITLE = "GraphQL interfaces"
    ITEM = GraphQLInterface
    WHERE = "api.graphql.interfaces"
    COLUMNS = ("name", "fields", "description")
    NOUN = "interface"
    HELP = """\
## GraphQL interfaces
An interface names fields several entities share (`Node` over `id`, `Timestamped` over
`created_at` and `updated_at`): every entity whose type has them all, typed alike, implements
it, so a client selects them on any of those types. *Fields* are chosen from the field names
two or more entities have.

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    def on_mount(self) -> None:
        """Columns, rows, and shown only for a GraphQL part."""
        super().on_mount()
        self.gate()

    def reload(self) -> None:
        """Re-read the design (its style too)."""
        self.gate()
        super().reload()

    def items(self) -> list[GraphQLInterface]:
        return self.design.api.graphql.interfaces

    def form_options(self, item: Any | None) -> FormOptions:
        return FormOptions(include=("name", "fields", "description"),
                           choices={"fields": shared_fields(self.design)})
