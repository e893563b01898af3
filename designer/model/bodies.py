"""The parts of an operation that REST endpoints, GraphQL operations and gRPC methods share:
the body an operation takes or returns and whether it needs a caller identity. Kept apart from
`designer.model.api` so that the API and its GraphQL and gRPC parts (designer.model.rpc) import
them without importing each other."""

from enum import StrEnum

from designer.model.base import Part


class Variant(StrEnum):
    """Which shape of an entity a body carries."""

    READ = "read"
    CREATE = "create"
    UPDATE = "update"


class SchemaRef(Part):
    """A request or response body: an entity in one of its variants, or a named schema."""

    name: str
    """Entity name or the name of a schema in `api.schemas`."""
    variant: Variant = Variant.READ
    """Entity variant (ignored for named schemas)."""
    many: bool = False
    """A list of items (a page, when the endpoint is paginated)."""


class EndpointAuth(StrEnum):
    """Whether an endpoint needs a caller identity."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    NONE = "none"
