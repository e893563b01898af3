"""The gRPC part (API stage, gRPC and mixed designs): the package and its default deadline, the
services with their RPCs, and the status code each domain error is sent with."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, Field
from textual.binding import Binding

from designer.model.api import ApiStyle, Variant
from designer.model.design import Design
from designer.model.rpc import ErrorMapping, GrpcService, Rpc, RpcKind
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.form import RecordForm
from designer.tui.editors.master_detail import MasterDetailEditor
from designer.tui.editors.records import (
    EDITOR_CSS,
    RecordListEditor,
)
from designer.tui.editors.styled import StyleGate, bodies, flat, merged, ref_text, to_ref

WHERE = "api.grpc.services"
GRPC = frozenset({ApiStyle.GRPC, ApiStyle.MIXED})
KIND_TEXT = {RpcKind.UNARY: "unary", RpcKind.SERVER_STREAM: "server→",
             RpcKind.CLIENT_STREAM: "client→", RpcKind.BIDI_STREAM: "bidi"}
"""How the RPC table shows each kind (short enough for 80 columns)."""


class GrpcSettings(BaseModel):
    """The package dialog's view of `api.grpc` (without services, errors and numbers)."""

    package: str = ""
    """Versioned package, e.g. orders.v1; empty: the design's name and API version."""
    published: bool = False
    """Clients build against the package: a field rename breaks them (reviewed)."""
    deadline_ms: int | None = Field(default=None, ge=1)
    """Default deadline of every call in milliseconds; empty: none decided."""


class GrpcPackageEditor(StyleGate, RecordListEditor):
    """The package, whether it is published, and the default deadline: one record."""

    STYLES = GRPC
    TITLE = "gRPC package"
    ITEM = GrpcSettings
    WHERE = "api.grpc"
    COLUMNS = ("package", "published", "deadline_ms")
    KEY = ""
    NOUN = "gRPC setting"
    SINGLE = True
    PROBLEMS: ClassVar[tuple[str, ...]] = ("api.grpc.package", "api.grpc.numbers")
    HELP = """\
## gRPC package
*Package*: the proto package every service file declares, versioned (`orders.v1`), so a
breaking change becomes `orders.v2` beside it. *Published*: clients outside the team build
against it (the review then flags breaking renames). *Deadline*: what a caller waits at most
unless a service or an RPC says otherwise.

- **e** / **Enter** edit (one record, edited in place).
"""

    def on_mount(self) -> None:
        """Columns, the row, and shown only for a gRPC part."""
        super().on_mount()
        self.gate()

    def reload(self) -> None:
        """Re-read the design (its style too)."""
        self.gate()
        super().reload()

    def items(self) -> list[GrpcSettings]:
        g = self.design.api.grpc
        return [GrpcSettings(package=g.package, published=g.published,
                             deadline_ms=g.deadline_ms)]

    def action_edit(self) -> None:
        """Edit the settings; the saved record is written into the design."""
        def done(record: GrpcSettings | None) -> None:
            if record is not None:
                g = self.design.api.grpc
                g.package = record.package.strip()
                g.published = record.published
                g.deadline_ms = record.deadline_ms
                self.fill()
                self.changed(self.WHERE)

        self.app.push_screen(self._form(0), self._returning(done))


class RpcRecord(BaseModel):
    """The RPC dialog's view of an `Rpc`."""

    name: str = ""
    """PascalCase method name, e.g. ReserveStock."""
    kind: RpcKind = RpcKind.UNARY
    """Unary, server-streaming, client-streaming or bidirectional."""
    description: str = ""
    """What it does."""
    request: str = ""
    """Entity or schema each request carries; none: an empty request."""
    request_variant: Variant | None = None
    """Entity variant sent (read unless said)."""
    request_many: bool = False
    """A list of them."""
    response: str = ""
    """Entity or schema each response carries; none: an empty response."""
    response_variant: Variant | None = None
    """Entity variant returned (read unless said)."""
    response_many: bool = False
    """A list of them."""
    paginated: bool = False
    """A unary call returning many pages with page_size / page_token."""
    deadline_ms: int | None = Field(default=None, ge=1)
    """Deadline in milliseconds; empty: the service's, else the package's."""
    errors: list[str] = Field(default_factory=list)
    """Domain errors it may fail with (from the status mapping)."""

    @classmethod
    def of(cls, rpc: Rpc) -> RpcRecord:
        """The dialog's view of `rpc`."""
        return cls.model_validate({**rpc.model_dump(exclude={"request", "response"}),
                                   **flat(rpc.request, "request"),
                                   **flat(rpc.response, "response")})

    def applied(self, rpc: Rpc | None) -> Rpc:
        """`rpc` (or a new one) with this view's values."""
        values = self.model_dump(include={"name", "kind", "description", "paginated",
                                          "deadline_ms", "errors"})
        values["name"] = self.name.strip()
        values["request"] = to_ref(self.request, self.request_variant, self.request_many)
        values["response"] = to_ref(self.response, self.response_variant, self.response_many)
        return merged(rpc, Rpc, **values)


def rpc_options(design: Design) -> FormOptions:
    """The RPC dialog's rows and the design's names it chooses from."""
    return FormOptions(
        include=tuple(RpcRecord.model_fields),
        choices={"request": bodies(design), "response": bodies(design),
                 "errors": [e.error for e in design.api.grpc.errors if e.error]},
        labels={"request_variant": "Request variant", "request_many": "Request many",
                "response_variant": "Response variant", "response_many": "Response many",
                "deadline_ms": "Deadline ms"})


class GrpcServicesEditor(MasterDetailEditor):
    """Services on the left, the RPCs of the highlighted one on the right."""

    STYLES = GRPC
    DEFAULT_CSS = EDITOR_CSS + """
    GrpcServicesEditor { height: auto; margin-bottom: 1; }
    GrpcServicesEditor .pane-row { height: auto; }
    GrpcServicesEditor .pane { height: auto; }
    GrpcServicesEditor #pane-grpc-services { width: 26; margin-right: 1; }
    GrpcServicesEditor .pane > Label { color: $text-muted; text-style: bold; }
    GrpcServicesEditor RowTable { height: auto; max-height: 9; }
    """
    PROBLEMS: ClassVar[tuple[str, ...]] = (WHERE,)
    TABLES: ClassVar[tuple[str, ...]] = ("grpc-services", "grpc-rpcs")
    TITLE = "gRPC services"
    WHERE = WHERE
    OUTER = "Services"
    INNER = "RPCs"
    EMPTY = "No services yet — press a to add one (derived from the endpoints until then)."

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="grpc.add",
                tooltip="Add to the focused table (a service or an RPC)"),
        Binding("e", "edit", "Edit", id="grpc.edit",
                tooltip="Edit the highlighted service or RPC"),
        Binding("d", "delete", "Delete", id="grpc.delete",
                tooltip="Delete the highlighted service or RPC (asks first)"),
    ]

    HELP: ClassVar[str] = """\
## gRPC services
Each service is one proto file of the package; each RPC a method: unary, server-streaming
(`server→`), client-streaming (`client→`) or bidirectional. Without any, one service is
derived from the endpoints.

- Left: the services; right: the RPCs of the highlighted one. **Tab** moves between the
  tables; **a** / **e** / **d** add, edit and delete in the focused one (**Enter** edits).
- *Request* and *Response* are chosen from the entities and schemas; *Errors* from the
  status mapping below; a deadline left empty is the service's, else the package's.
"""

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        self.table("grpc-services").set_columns(("Name", "RPCs"), (18, None))
        self.table("grpc-rpcs").set_columns(("Name", "Kind", "Request", "Response"),
                                            (14, 7, 10, None))
        self.fill()

    def items(self) -> list[GrpcService]:
        """The live list."""
        return self.design.api.grpc.services

    def row(self, index: int, item: GrpcService) -> tuple[str, ...]:
        """Name and how many RPCs."""
        return (item.name or f"#{index + 1}", str(len(item.rpcs)))

    def inner_rows(self, item: GrpcService) -> list[tuple[str, ...]]:
        """The service's RPCs."""
        return [(r.name, KIND_TEXT[r.kind], ref_text(r.request, "Empty"),
                 ref_text(r.response, "Empty")) for r in item.rpcs]

    def _act(self, verb: str, table: str) -> None:
        if table == "grpc-services":
            services = [s.name for s in self.design.architecture.services if s.name]
            options = FormOptions(include=("name", "description", "service", "package",
                                           "deadline_ms"),
                                  choices={"service": services},
                                  labels={"service": "Implemented by",
                                          "deadline_ms": "Deadline ms"})
            self.edit_rows(verb, table, self.items(), GrpcService, options, noun="service",
                           where=WHERE, name_of=lambda s: s.name, unique="name")
            return
        service = self.highlighted()
        if service is None:
            self.notify("Add a service first (a in the service list).", severity="warning")
            return
        self._rpc(verb, service)

    def _rpc(self, verb: str, service: GrpcService) -> None:
        rpcs = service.rpcs
        where = f"{WHERE}[{service.name}].rpcs"
        if verb == "delete":
            self.edit_rows(verb, "grpc-rpcs", rpcs, Rpc, FormOptions(), noun="RPC",
                           where=where, name_of=lambda r: r.name)
            return
        row = self.table("grpc-rpcs").cursor_row if rpcs else None
        index = row if verb == "edit" else None
        current = rpcs[index] if index is not None else None

        def check(record: RpcRecord) -> dict[str, str]:
            name = record.name.strip()
            if not name:
                return {"name": "an RPC needs a name, e.g. ReserveStock"}
            if any(r.name == name for i, r in enumerate(rpcs) if i != index):
                return {"name": f"another RPC of {service.name} is already called '{name}'"}
            return {}

        def saved(record: RpcRecord | None) -> None:
            if record is None:
                return
            rpc = record.applied(current)
            if index is None:
                rpcs.append(rpc)
            else:
                rpcs[index] = rpc
            self.fill_inner()
            self.table("grpc-rpcs").move_cursor(row=len(rpcs) - 1 if index is None else index)
            self.changed(f"{where}[{rpc.name}]")

        title = ("Edit" if current is not None else "Add") + f" RPC of {service.name}"
        item = RpcRecord.of(current) if current is not None else None
        self.app.push_screen(RecordForm(RpcRecord, item, title=title,
                                        options=rpc_options(self.design), check=check), saved)


class GrpcErrorsEditor(StyleGate, RecordListEditor):
    """Domain error → gRPC status code."""

    STYLES = GRPC
    TITLE = "gRPC error statuses"
    ITEM = ErrorMapping
    WHERE = "api.grpc.errors"
    COLUMNS = ("error", "status", "description")
    KEY = "error"
    NOUN = "error mapping"
    HELP = """\
## gRPC error statuses
The status code each domain error is sent with (`OUT_OF_STOCK` → `FAILED_PRECONDITION`), so
clients branch on the code and retry only what can succeed later (`UNAVAILABLE`). RPCs name
the errors they may fail with from this list.

- **a** add, **e** / **Enter** edit, **d** delete; renaming an error renames it in the RPCs.
"""

    def on_mount(self) -> None:
        """Columns, rows, and shown only for a gRPC part."""
        super().on_mount()
        self.gate()

    def reload(self) -> None:
        """Re-read the design (its style too)."""
        self.gate()
        super().reload()

    def items(self) -> list[ErrorMapping]:
        return self.design.api.grpc.errors

    def form_options(self, item: Any | None) -> FormOptions:
        return FormOptions(include=("error", "status", "description"))

    def renamed(self, old: str, new: str) -> None:
        """The RPCs that name the error follow the new name."""
        for _, rpc in self.design.api.grpc.rpcs():
            rpc.errors = [new if e == old else e for e in rpc.errors]

    def removed(self, item: Any) -> None:
        """The RPCs no longer name a removed error."""
        for _, rpc in self.design.api.grpc.rpcs():
            rpc.errors = [e for e in rpc.errors if e != item.error]
