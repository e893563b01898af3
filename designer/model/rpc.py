"""Stage 3, the parts of a GraphQL and a gRPC API that REST endpoints cannot say: GraphQL
operations (queries, mutations, subscriptions), DataLoader batching and query limits; gRPC
services with their RPC kinds, deadlines, the mapping of domain errors to status codes, and the
proto field numbers, which are stored here once given so that a rename or a reorder of fields
never renumbers a wire format.

Every part is optional: a design without them exports as before (operations derived from its
endpoints).
"""

from enum import StrEnum

from pydantic import Field

from designer.model.base import Part
from designer.model.bodies import EndpointAuth, SchemaRef
from designer.model.factories import new_dict, new_list
from designer.model.types import Member

FIRST_RESERVED = 19000
LAST_RESERVED = 19999
"""Field numbers protobuf keeps for itself."""
MAX_NUMBER = 536_870_911
"""The largest proto field number (2^29 - 1)."""


class OperationKind(StrEnum):
    """The root a GraphQL operation hangs from."""

    QUERY = "query"
    MUTATION = "mutation"
    SUBSCRIPTION = "subscription"


class GraphQLOperation(Part):
    """One field of Query, Mutation or Subscription."""

    kind: OperationKind = OperationKind.QUERY
    """Query (reads), mutation (changes) or subscription (a stream of events)."""
    name: str = ""
    """Field name on its root, e.g. `order`, `createOrder`, `documentChanged`."""
    description: str = ""
    """What it does (the SDL description)."""
    arguments: list[Member] = Field(default_factory=new_list)
    """Arguments, typed like any field (an entity or schema type is sent as its input)."""
    returns: SchemaRef | None = None
    """What it returns (an entity variant or a named schema, one or many); None: Boolean."""
    paginated: bool = False
    """A many result is a Relay connection (`first`/`after`)."""
    auth: EndpointAuth = EndpointAuth.REQUIRED
    """Whether a caller identity is required (for a subscription: at connection init)."""
    roles: list[str] = Field(default_factory=new_list)
    """Roles allowed; empty means any authenticated caller."""
    trigger: str = ""
    """Subscriptions: the event (a message of `architecture.events`) that pushes an update."""
    service: str = ""
    """Service that resolves it (federation subgraph); empty in a monolith."""


class GraphQLInterface(Part):
    """An interface the object types of entities that share fields implement (`Node` over
    `id`): a client may select the shared fields on any of them, and a field may return it."""

    name: str = ""
    """Interface name, e.g. Node, Timestamped."""
    description: str = ""
    """What the types that implement it have in common (the SDL description)."""
    fields: list[str] = Field(default_factory=new_list)
    """Field names it declares; every entity whose read type has all of them, with the same
    types, implements it."""


class GraphQL(Part):
    """The GraphQL schema's operations and the server's protections."""

    path: str = "/graphql"
    """Where the one GraphQL endpoint is served (HTTP POST; subscriptions over WebSocket)."""
    operations: list[GraphQLOperation] = Field(default_factory=new_list)
    """Queries, mutations and subscriptions; empty: derived from the endpoints."""
    batched: list[str] = Field(default_factory=new_list)
    """List-valued relation fields resolved through a DataLoader, as `Entity.field`."""
    max_depth: int | None = Field(default=None, ge=1)
    """Deepest query accepted; None: no limit decided."""
    max_complexity: int | None = Field(default=None, ge=1)
    """Highest query cost accepted (each field 1, a list field times its page size)."""
    persisted_queries: bool = False
    """Only queries registered ahead (by hash) are run in production."""
    interfaces: list[GraphQLInterface] = Field(default_factory=new_list)
    """Interfaces over fields entities share; empty: none declared."""


class RpcKind(StrEnum):
    """How many messages each side of a gRPC call sends."""

    UNARY = "unary"
    SERVER_STREAM = "server_stream"
    CLIENT_STREAM = "client_stream"
    BIDI_STREAM = "bidi_stream"


class GrpcStatus(StrEnum):
    """gRPC status codes a domain error can map to (OK is never an error)."""

    CANCELLED = "CANCELLED"
    UNKNOWN = "UNKNOWN"
    INVALID_ARGUMENT = "INVALID_ARGUMENT"
    DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED"
    NOT_FOUND = "NOT_FOUND"
    ALREADY_EXISTS = "ALREADY_EXISTS"
    PERMISSION_DENIED = "PERMISSION_DENIED"
    RESOURCE_EXHAUSTED = "RESOURCE_EXHAUSTED"
    FAILED_PRECONDITION = "FAILED_PRECONDITION"
    ABORTED = "ABORTED"
    OUT_OF_RANGE = "OUT_OF_RANGE"
    UNIMPLEMENTED = "UNIMPLEMENTED"
    INTERNAL = "INTERNAL"
    UNAVAILABLE = "UNAVAILABLE"
    DATA_LOSS = "DATA_LOSS"
    UNAUTHENTICATED = "UNAUTHENTICATED"


class Rpc(Part):
    """One method of a gRPC service."""

    name: str = ""
    """PascalCase method name, e.g. ReserveStock."""
    kind: RpcKind = RpcKind.UNARY
    """Unary, server-streaming, client-streaming or bidirectional."""
    description: str = ""
    """What it does."""
    request: SchemaRef | None = None
    """The body of each request message; None: an empty request."""
    response: SchemaRef | None = None
    """The body of each response message; None: an empty response."""
    paginated: bool = False
    """A unary call returning many items pages with `page_size`/`page_token`."""
    deadline_ms: int | None = Field(default=None, ge=1)
    """Deadline callers set; None: the service's, else the package default."""
    errors: list[str] = Field(default_factory=new_list)
    """Domain error codes it may fail with (mapped in `api.grpc.errors`)."""


class GrpcService(Part):
    """A gRPC service: one proto file of the package."""

    name: str = ""
    """Service name, e.g. InventoryService (buf asks for the `Service` suffix)."""
    description: str = ""
    """What it offers."""
    service: str = ""
    """Architecture service that implements it; empty in a monolith."""
    deadline_ms: int | None = Field(default=None, ge=1)
    """Deadline of its calls unless an RPC sets its own."""
    package: str = ""
    """A versioned package of its own (`inventory.v1`), its folder holding the messages it
    uses; empty: the API's package."""
    rpcs: list[Rpc] = Field(default_factory=new_list)
    """Its methods."""


class ErrorMapping(Part):
    """The gRPC status a domain error is sent with."""

    error: str = ""
    """Domain error code, e.g. OUT_OF_STOCK."""
    status: GrpcStatus = GrpcStatus.FAILED_PRECONDITION
    """Status code."""
    description: str = ""
    """When it happens."""


class MessageNumbers(Part):
    """The field numbers a proto message has given out: kept after a field is renamed or
    removed, so that no number is ever given to another field."""

    message: str = ""
    """Entity or schema name; an inline object: `Owner.field`."""
    fields: dict[str, int] = Field(default_factory=new_dict)
    """Every field name the message has had → its number (including implicit timestamps)."""
    reserved: list[int] = Field(default_factory=new_list)
    """Numbers of removed fields; `reserved` in the proto, never given again."""


class Grpc(Part):
    """The gRPC part of the API."""

    package: str = ""
    """Versioned package, e.g. `orders.v1`; empty: the design's name and base-path version."""
    published: bool = False
    """Clients build against the package: a field rename breaks them (reviewed)."""
    deadline_ms: int | None = Field(default=None, ge=1)
    """Default deadline of every call; None: none decided."""
    services: list[GrpcService] = Field(default_factory=new_list)
    """Services; empty: one service derived from the endpoints."""
    errors: list[ErrorMapping] = Field(default_factory=new_list)
    """Domain error → status code."""
    numbers: list[MessageNumbers] = Field(default_factory=new_list)
    """Field numbers given out per message (see `designer.contract.numbers`)."""

    def numbers_of(self, message: str) -> MessageNumbers | None:
        """The record of `message`, if any."""
        return next((n for n in self.numbers if n.message == message), None)

    def rpcs(self) -> list[tuple[GrpcService, Rpc]]:
        """Every RPC with its service, in design order."""
        return [(s, r) for s in self.services for r in s.rpcs]


__all__ = [
    "ErrorMapping", "GraphQL", "GraphQLInterface", "GraphQLOperation", "Grpc", "GrpcService",
    "GrpcStatus", "MessageNumbers", "OperationKind", "Rpc", "RpcKind",
]
