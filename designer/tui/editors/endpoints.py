"""The API editor: endpoints grouped by resource, forms for both, CRUD from an entity."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Label, Static

from designer.model.api import Endpoint, Resource, SchemaRef, Variant
from designer.model.architecture import Service
from designer.tui.editors import renames
from designer.tui.editors.base import Editor
from designer.tui.editors.dialogs import ConfirmScreen, PickScreen
from designer.tui.editors.fields import Codec, FormOptions
from designer.tui.editors.form import RecordForm
from designer.tui.editors.listkeys import HeaderButton, focus_row, named_in
from designer.tui.editors.records import EDITOR_CSS, plain, problem_text, say
from designer.tui.widgets.row_table import Cell, RowTable


class EndpointEntry(Endpoint):
    """An endpoint together with the resource it belongs to (what the endpoint form edits)."""

    resource: str = ""
    """Resource (group) it belongs to; a new name creates the resource."""


def schema_ref_codec() -> Codec:
    """`Order[]:read` ⇄ SchemaRef(name=Order, many=True, variant=read); empty means no body."""

    def to_text(ref: SchemaRef | None) -> str:
        if ref is None:
            return ""
        return f"{ref.name}{'[]' if ref.many else ''}:{ref.variant.value}"

    def from_text(text: str) -> dict[str, Any] | None:
        if not text:
            return None
        name, _, variant = text.partition(":")
        name = name.strip()
        many = name.endswith("[]")
        name = name.removesuffix("[]").strip()
        variant = variant.strip().lower() or Variant.READ.value
        if not name:
            raise ValueError("name an entity or schema, e.g. Order:create")
        if variant not in {v.value for v in Variant}:
            raise ValueError(f"variant must be read, create or update, not '{variant}'")
        return {"name": name, "many": many, "variant": variant}

    return Codec(to_text, from_text, help="Entity[]:read|create|update, e.g. Order:create")


ENDPOINT_FIELDS = (
    "resource", "method", "path", "summary", "auth", "roles", "scopes", "request", "response",
    "paginated", "filters", "sort", "idempotency_key", "status_codes", "service", "auth_step",
    "payment_step", "provider", "description",
)
"""Fields of the endpoint form, most used first."""


class EndpointsEditor(Editor):
    """Endpoints in a table grouped by resource."""

    DEFAULT_CSS = EDITOR_CSS + """
    EndpointsEditor { height: auto; margin-bottom: 1; }
    EndpointsEditor > RowTable { height: auto; max-height: 16; }
    """

    PROBLEMS: ClassVar[tuple[str, ...]] = ("api.",)

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="endpoints.add",
                tooltip="Add an endpoint to the highlighted resource"),
        Binding("e", "edit", "Edit", id="endpoints.edit",
                tooltip="Edit the highlighted endpoint or resource"),
        Binding("d", "delete", "Delete", id="endpoints.delete",
                tooltip="Delete the highlighted endpoint or resource (asks first)"),
        Binding("g", "generate", "CRUD", id="endpoints.crud",
                tooltip="Generate list/create/get/update/delete endpoints from an entity"),
        Binding("r", "add_resource", "Resource", id="endpoints.resource",
                tooltip="Add a resource (a group of endpoints)"),
    ]

    HELP: ClassVar[str] = """\
## Endpoints
Endpoints grouped by resource (an OpenAPI tag). Paths are below the base path, with
`{braces}` for parameters. Bodies are written `Entity:variant` (`Order:create`) and
`Entity[]:read` for lists.

- **a** add an endpoint, **e** / **Enter** edit, **d** delete (on a resource row: the
  resource and its endpoints).
- **g** generate CRUD from an entity: `GET /orders` (paginated), `POST /orders`,
  `GET|PUT|DELETE /orders/{id}`; endpoints that exist are skipped.
- **r** add a resource.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Endpoints", classes="editor-title")
            yield HeaderButton("Add", "add", tooltip="Add an endpoint (a)")
            yield HeaderButton("CRUD", "generate", tooltip="Generate CRUD from an entity (g)")
            yield HeaderButton("Edit", "edit", tooltip="Edit (e)")
            yield HeaderButton("Delete", "delete", tooltip="Delete (d)")
        yield RowTable()
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        self.query_one(RowTable).set_columns(("Method", "Path", "Summary", "Auth", "Roles"),
                                             (None, 32, 24, None, 16))
        self.fill()

    def fill(self, focus: str | None = None) -> None:
        """Rebuild the rows; put the cursor on row key `focus` or where it was."""
        table = self.query_one(RowTable)
        rows: list[tuple[str, tuple[Cell, ...]]] = []
        for i, resource in enumerate(self.design.api.resources):
            about = resource.entity or resource.description
            count = len(resource.endpoints)
            rows.append((f"r{i}", (
                "", plain(resource.name or f"#{i + 1}", "bold"),
                plain(f"{about} · {count} endpoint{'s' * (count != 1)}".lstrip(" ·"), "italic"),
                "", "",
            )))
            rows += [(f"r{i}e{j}", (ep.method.value, "  " + ep.path, ep.summary, ep.auth.value,
                                    ", ".join(ep.roles)))
                     for j, ep in enumerate(resource.endpoints)]
        at = next((n for n, (key, _) in enumerate(rows) if key == focus), None)
        table.set_rows(rows, cursor=at)
        empty = "No endpoints yet — press g to generate CRUD from an entity, or a to add one."
        say(self.query_one(".editor-hint", Static), "" if table.row_count else empty)
        self.problems_changed()

    def focus_item(self, item: str) -> bool:
        """Focus the resource or endpoint `item` names (`api.resources[orders].endpoints[…]`)."""
        name = named_in(item, "api.resources")
        if name is None:
            return False
        resources = self.design.api.resources
        index = next((i for i, r in enumerate(resources) if r.name == name), None)
        key = f"r{index}" if index is not None else None
        endpoint = named_in(item[len(f"api.resources[{name}]"):].lstrip("."), "endpoints")
        if index is not None and endpoint:
            found = next((j for j, e in enumerate(resources[index].endpoints)
                          if e.key == endpoint), None)
            key = f"r{index}e{found}" if found is not None else key
        table = self.query_one(RowTable)
        self.fill(key)
        return focus_row(table, table.cursor_row if key else 0)

    def problems_changed(self) -> None:
        """List the API's cross-field problems under the table."""
        say(self.query_one(".editor-problems", Static), problem_text(self.problems()))

    def reload(self) -> None:
        """Re-read the design."""
        if not self.is_mounted:
            return
        self.fill()

    def cursor(self) -> tuple[int, int | None] | None:
        """(resource index, endpoint index or None for the resource row) under the cursor."""
        table = self.query_one(RowTable)
        if not table.row_count:
            return None
        key = table.row_key(table.cursor_row)
        resource, _, endpoint = key[1:].partition("e")
        return int(resource), int(endpoint) if endpoint else None

    # -- forms ----------------------------------------------------------------------------

    def _endpoint_options(self) -> FormOptions:
        d = self.design
        choices: dict[str, list[str]] = {}
        for field, names in (
            ("roles", [r.name for r in d.auth.roles if r.name]),
            ("scopes", [s.name for s in d.auth.oauth.scopes if s.name]),
            ("service", [s.name for s in d.architecture.services if s.name]),
            ("provider", list(dict.fromkeys([p.value for p in d.auth.oauth.providers] + [
                x.provider for x in d.requirements.integrations if x.provider]))),
        ):
            # Always choices, even while empty: a field never turns from a text box into a
            # select once names exist (the service also offers "new …").
            choices[field] = names
        codec = schema_ref_codec()
        return FormOptions(include=ENDPOINT_FIELDS, choices=choices, new={"service": "service"},
                           codecs={"request": codec, "response": codec},
                           labels={"idempotency_key": "Idempotency key",
                                   "auth_step": "Sign-in step",
                                   "payment_step": "Payment step"})

    def _endpoint_check(self, place: tuple[int, int] | None) -> Any:
        def check(entry: EndpointEntry) -> dict[str, str]:
            errors = {}
            if not entry.resource.strip():
                errors["resource"] = "choose a resource or type a new name"
            if not entry.path.startswith("/"):
                errors["path"] = "the path must start with '/', e.g. /orders/{id}"
            for i, resource in enumerate(self.design.api.resources):
                for j, other in enumerate(resource.endpoints):
                    if (i, j) != place and other.key == entry.key:
                        errors["path"] = f"{entry.key} exists already (in {resource.name})"
            return errors

        return check

    def _open_endpoint(self, place: tuple[int, int] | None, resource: str) -> None:
        api = self.design.api
        if place is not None:
            current = api.resources[place[0]].endpoints[place[1]]
            entry = EndpointEntry.model_validate({**current.model_dump(), "resource": resource})
        else:
            entry = EndpointEntry(resource=resource)
        d = self.design
        refs = sorted({e.name for e in d.data.entities if e.name} | {s.name for s in api.schemas})
        form = RecordForm(
            EndpointEntry, entry, title="Edit endpoint" if place else "Add endpoint",
            options=self._endpoint_options(), check=self._endpoint_check(place),
            suggestions={"resource": [r.name for r in api.resources], "request": refs,
                         "response": refs},
        )

        def done(saved: EndpointEntry | None) -> None:
            if saved is None:
                return
            endpoint = Endpoint.model_validate(saved.model_dump(exclude={"resource"}))
            services = self.design.architecture.services
            if endpoint.service and endpoint.service not in {s.name for s in services}:
                services.append(Service(name=endpoint.service))  # named in the dialog: kept
            if place is not None:
                del api.resources[place[0]].endpoints[place[1]]
            target = next((r for r in api.resources if r.name == saved.resource), None)
            if target is None:
                target = Resource(name=saved.resource)
                api.resources.append(target)
            if place is not None and api.resources[place[0]] is target:
                target.endpoints.insert(place[1], endpoint)
            else:
                target.endpoints.append(endpoint)
            i = api.resources.index(target)
            self.fill(focus=f"r{i}e{target.endpoints.index(endpoint)}")
            self.changed(f"api.resources[{target.name}].endpoints[{endpoint.key}]")

        self.app.push_screen(form, done)

    def _open_resource(self, index: int | None) -> None:
        api = self.design.api
        item = api.resources[index] if index is not None else None
        entities = [e.name for e in self.design.data.entities if e.name]

        def check(resource: Resource) -> dict[str, str]:
            if not resource.name.strip():
                return {"name": "a resource needs a name, e.g. orders"}
            if any(r.name == resource.name for k, r in enumerate(api.resources) if k != index):
                return {"name": f"another resource is already called '{resource.name}'"}
            return {}

        form = RecordForm(Resource, item, title="Edit resource" if item else "Add resource",
                          options=FormOptions(include=("name", "description", "entity"),
                                              choices={"entity": entities}),
                          check=check)

        def done(saved: Resource | None) -> None:
            if saved is None:
                return
            if index is None:
                api.resources.append(saved)
                at = len(api.resources) - 1
            else:
                old = api.resources[index].name
                api.resources[index] = saved
                renames.rename_resource(self.design, old, saved.name)
                at = index
            self.fill(focus=f"r{at}")
            self.changed(f"api.resources[{saved.name}]")

        self.app.push_screen(form, done)

    # -- actions --------------------------------------------------------------------------

    def action_add(self) -> None:
        """Add an endpoint to the highlighted resource (or a new one)."""
        at = self.cursor()
        resources = self.design.api.resources
        self._open_endpoint(None, resources[at[0]].name if at else "")

    def action_add_resource(self) -> None:
        """Add an empty resource."""
        self._open_resource(None)

    def action_edit(self) -> None:
        """Edit what is under the cursor."""
        at = self.cursor()
        if at is None:
            self.action_add()
        elif at[1] is None:
            self._open_resource(at[0])
        else:
            self._open_endpoint((at[0], at[1]), self.design.api.resources[at[0]].name)

    def action_delete(self) -> None:
        """Ask, then delete the endpoint or the resource under the cursor."""
        at = self.cursor()
        if at is None:
            return
        api = self.design.api
        resource = api.resources[at[0]]
        if at[1] is None:
            n = len(resource.endpoints)
            question = f"Delete resource '{resource.name}' and its {n} endpoint(s)?"
        else:
            question = f"Delete endpoint {resource.endpoints[at[1]].key}?"

        def done(yes: bool | None) -> None:
            if not yes:
                return
            if at[1] is None:
                api.resources.remove(resource)
                renames.forget_resource(self.design, resource.name)
            else:
                del resource.endpoints[at[1]]
            self.fill()
            self.changed("api.resources")

        self.app.push_screen(ConfirmScreen(question), done)

    def action_generate(self) -> None:
        """Choose an entity and add its CRUD endpoints."""
        from designer.tui.editors.crud import add_crud

        names = [e.name for e in self.design.data.entities if e.name]
        if not names:
            self.notify("Define entities in the Data stage first.", severity="warning")
            return

        def done(name: str | None) -> None:
            if name is None:
                return
            from designer.tui.editors.crud import propose
            from designer.tui.editors.crud_dialog import CrudScreen

            self.app.push_screen(CrudScreen(name, propose(self.design, name)),
                                 lambda choice: generate(name, choice))

        def generate(name: str, choice: tuple[list[str], list[str]] | None) -> None:
            if not choice or not choice[0]:
                return
            resource, added = add_crud(self.design, name, *choice)
            i = next(k for k, r in enumerate(self.design.api.resources) if r.name == resource)
            self.fill(focus=f"r{i}")
            if added:
                self.notify(f"Added {len(added)} endpoints to {resource}.")
                self.changed(f"api.resources[{resource}]")
            else:
                self.notify(f"{resource} already has every CRUD endpoint.")

        self.app.push_screen(PickScreen("Generate CRUD endpoints for which entity?", names), done)

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        """Enter or a click on the highlighted row edits it."""
        event.stop()
        self.action_edit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Header buttons mirror the keys."""
        event.stop()
        getattr(self, f"action_{event.button.name}")()
