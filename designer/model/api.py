"""Stage 3: the API contract — style, conventions, resources and endpoints."""

import re
from enum import StrEnum
from typing import Any

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from designer.model.base import Part

# Variant is the API's name as much as the bodies': importers of designer.model.api keep it.
from designer.model.bodies import EndpointAuth, SchemaRef, Variant  # noqa: F401
from designer.model.factories import new_list
from designer.model.rpc import GraphQL, Grpc
from designer.model.types import Member
from designer.model.webhook_delivery import WebhookDelivery


class ApiStyle(StrEnum):
    """Main API style."""

    REST = "rest"
    GRAPHQL = "graphql"
    GRPC = "grpc"
    MIXED = "mixed"


class Versioning(StrEnum):
    """How API versions are told apart."""

    URL = "url"
    HEADER = "header"
    QUERY = "query"
    NONE = "none"


class Pagination(StrEnum):
    """How list endpoints page through results."""

    OFFSET = "offset"
    CURSOR = "cursor"
    KEYSET = "keyset"
    NONE = "none"


class ErrorFormat(StrEnum):
    """Shape of error responses."""

    STANDARD = "standard"
    """The seeds' `{error: {code, message, details[], timestamp}}`."""
    PROBLEM_JSON = "problem_json"
    """RFC 9457 application/problem+json."""


class Method(StrEnum):
    """HTTP method."""

    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    PATCH = "PATCH"
    DELETE = "DELETE"


class SchemaField(Member):
    """A field of a named schema: any type of the type system (a scalar, a list, a map, an
    inline object, a named enum, an entity or another schema)."""


class Schema(Part):
    """A named body that is not an entity (LoginRequest, TokenPair, …)."""

    name: str = ""
    """Unique schema name."""
    description: str = ""
    """What it is for."""
    fields: list[SchemaField] = Field(default_factory=new_list)
    """Its fields."""


class AuthStep(StrEnum):
    """The part an endpoint plays in signing callers in; the auth diagrams are drawn from these
    endpoints, so they show only steps the design has, at the paths the spec has."""

    REGISTER = "register"
    """Creates an account with a password."""
    LOGIN = "login"
    """Exchanges credentials for tokens or a session."""
    REFRESH = "refresh"
    """Exchanges a refresh token for a new access token."""
    LOGOUT = "logout"
    """Ends the session or revokes the refresh token."""
    OAUTH_START = "oauth_start"
    """Sends the user agent to an identity provider's authorization page."""
    OAUTH_CALLBACK = "oauth_callback"
    """Receives the provider's authorization code (or a mobile SDK's token) and signs in."""
    AUTHORIZE = "authorize"
    """Our own OAuth 2.0 authorization endpoint (we are the authorization server)."""
    TOKEN = "token"
    """Our own OAuth 2.0 token endpoint."""


class PaymentStep(StrEnum):
    """The part an endpoint plays in taking a payment; the payment diagrams are drawn from
    these endpoints and the provider's own steps."""

    CHECKOUT = "checkout"
    """Fixes the order and the amount to pay (creates the order or payment)."""
    CONFIRM = "confirm"
    """Called by the client when the provider's payment window returns; approves the payment."""
    WEBHOOK = "webhook"
    """Called by the provider when a payment's status changes."""
    REFUND = "refund"
    """Cancels or refunds a payment."""


class Endpoint(Part):
    """One operation of the API."""

    method: Method = Method.GET
    """HTTP method."""
    path: str = ""
    """Path below the base path, with `{braces}` for parameters, e.g. /orders/{id}."""
    summary: str = ""
    """One line."""
    description: str = ""
    """Longer explanation."""
    request: SchemaRef | None = None
    """Request body."""
    response: SchemaRef | None = None
    """Success response body."""
    status_codes: list[int] = Field(default_factory=new_list)
    """Status codes the endpoint returns; empty means derive from method and auth."""
    auth: EndpointAuth = EndpointAuth.REQUIRED
    """Whether a caller identity is required."""
    roles: list[str] = Field(default_factory=new_list)
    """Roles allowed (RBAC); empty means any authenticated caller."""
    scopes: list[str] = Field(default_factory=new_list)
    """OAuth scopes required."""
    paginated: bool = False
    """A list endpoint that pages (uses `api.pagination`)."""
    filters: list[str] = Field(default_factory=new_list)
    """Query parameters that filter the list."""
    sort: list[str] = Field(default_factory=new_list)
    """Fields the list can be sorted by."""
    idempotency_key: bool = False
    """Requires an Idempotency-Key header (payments, order creation)."""
    service: str = ""
    """Owning service; empty in a monolith."""
    auth_step: AuthStep | None = None
    """The part it plays in signing in (login, refresh, OAuth callback …); None for others."""
    payment_step: PaymentStep | None = None
    """The part it plays in taking a payment (checkout, confirm, webhook, refund)."""
    provider: str = ""
    """Identity or payment provider a sign-in or payment step is for (`kakao`,
    `toss_payments`); empty when it serves every provider."""
    signature_header: str = ""
    """For an inbound webhook (a payment provider calling us): the header whose signature is
    verified before anything is done, e.g. `Stripe-Signature`; empty when none is checked."""
    style: ApiStyle | None = None
    """In a mixed design, the style it is served in (`grpc` between services, `graphql`);
    None: REST in a mixed design, the design's style otherwise."""

    @model_serializer(mode="wrap")
    def _sparse(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        if data.get("style") is None:
            data.pop("style", None)
        return data

    @property
    def key(self) -> str:
        """Stable identity used in locations: `GET /orders/{id}`."""
        return f"{self.method.value} {self.path}"

    @property
    def path_params(self) -> list[str]:
        """Names of the `{braces}` in the path, in order."""
        return re.findall(r"\{([^{}]*)\}", self.path)


class Resource(Part):
    """A group of endpoints around one noun (an OpenAPI tag)."""

    name: str = ""
    """Unique resource name, e.g. orders."""
    description: str = ""
    """What the resource is."""
    entity: str = ""
    """Entity it exposes, when there is one."""
    endpoints: list[Endpoint] = Field(default_factory=new_list)
    """Its operations."""


class ChannelKind(StrEnum):
    """Real-time channel type."""

    WEBSOCKET = "websocket"
    SSE = "sse"


class Channel(Part):
    """A WebSocket or Server-Sent Events channel."""

    name: str = ""
    """Channel name."""
    kind: ChannelKind = ChannelKind.WEBSOCKET
    """WebSocket or SSE."""
    path: str = ""
    """Path it is served at."""
    description: str = ""
    """Messages that flow over it."""
    to_client: list[str] = Field(default_factory=new_list)
    """Names of the messages the server sends to clients."""
    to_server: list[str] = Field(default_factory=new_list)
    """Names of the messages clients send to the server (WebSocket only)."""
    service: str = ""
    """Service that serves it; empty: the backend as a whole."""


class Webhook(Part):
    """An event the backend delivers to subscribers' URLs."""

    event: str = ""
    """Event name, e.g. order.paid."""
    description: str = ""
    """When it fires and what it carries."""
    signed: bool = True
    """Payload signed (see `Api.webhook_signing`) so receivers can verify it."""
    retries: int = Field(default=5, ge=0)
    """Delivery retries with exponential backoff; 0: delivered once, never retried."""
    message: str = ""
    """Message (of `architecture.events`) whose payload is the event's data; empty: the
    message named like the event, if there is one."""


class SigningScheme(StrEnum):
    """How webhook deliveries are signed."""

    HMAC_SHA256 = "hmac_sha256"
    """HMAC-SHA256 with a secret shared per subscription."""
    ED25519 = "ed25519"
    """Ed25519 signature; receivers verify with the sender's public key."""
    STANDARD_WEBHOOKS = "standard_webhooks"
    """The Standard Webhooks specification: `webhook-id`, `webhook-timestamp` and
    `webhook-signature` headers; HMAC-SHA256 over `id.timestamp.body`, base64, prefixed `v1,`."""


class SignatureEncoding(StrEnum):
    """How signature bytes are written in a header."""

    HEX = "hex"
    BASE64 = "base64"


class WebhookSigning(Part):
    """How receivers verify that a delivery is ours and recent."""

    scheme: SigningScheme = SigningScheme.HMAC_SHA256
    """Signature algorithm (Standard Webhooks fixes the header names below)."""
    header: str = "X-Signature"
    """Header carrying the signature."""
    timestamp_header: str = ""
    """Header carrying the send time (Unix seconds), which is signed with the body; empty:
    the body alone is signed and a replay cannot be told apart."""
    tolerance_seconds: int = Field(default=300, ge=1)
    """Oldest timestamp a receiver accepts (replay protection)."""
    encoding: SignatureEncoding = SignatureEncoding.HEX
    """How the signature bytes are written (Standard Webhooks: base64)."""
    rotation_days: int | None = Field(default=None, ge=1)
    """Days after which a subscription's secret is rotated (both valid for a while)."""


class RateLimitScope(StrEnum):
    """What a rate limit counts by."""

    IP = "ip"
    USER = "user"
    API_KEY = "api_key"


class RateLimit(Part):
    """A request budget."""

    requests: int = Field(default=100, ge=1)
    """Requests allowed per window."""
    window_seconds: int = Field(default=60, ge=1)
    """Window length in seconds."""
    scope: RateLimitScope = RateLimitScope.IP
    """What is counted."""


class Api(Part):
    """Everything the API stage decides."""

    style: ApiStyle | None = None
    """Main style; None until chosen."""
    base_path: str = "/api/v1"
    """Base path of every endpoint."""
    servers: list[str] = Field(default_factory=new_list)
    """Server URLs, e.g. https://api.example.com."""
    versioning: Versioning | None = None
    """Versioning strategy."""
    pagination: Pagination = Pagination.CURSOR
    """Pagination of list endpoints."""
    page_size: int = Field(default=20, ge=1)
    """Default page size."""
    max_page_size: int = Field(default=100, ge=1)
    """Largest page a client may ask for."""
    error_format: ErrorFormat = ErrorFormat.STANDARD
    """Shape of error responses."""
    idempotency: bool = False
    """Idempotency keys on unsafe operations where endpoints ask for them."""
    rate_limit: RateLimit | None = None
    """Default rate limit; None means none decided."""
    cors_origins: list[str] = Field(default_factory=new_list)
    """Allowed browser origins."""
    schemas: list[Schema] = Field(default_factory=new_list)
    """Named bodies that are not entities."""
    resources: list[Resource] = Field(default_factory=new_list)
    """Resources and their endpoints."""
    channels: list[Channel] = Field(default_factory=new_list)
    """WebSocket / SSE channels."""
    webhooks: list[Webhook] = Field(default_factory=new_list)
    """Outgoing webhooks."""
    webhook_signing: WebhookSigning = Field(default_factory=WebhookSigning)
    """How every webhook delivery is signed."""
    webhook_delivery: WebhookDelivery = Field(default_factory=WebhookDelivery)
    """Retry schedule, disabling, delivery log and redelivery of the webhooks."""
    graphql: GraphQL = Field(default_factory=GraphQL)
    """GraphQL operations, batching and limits (GraphQL and mixed designs)."""
    grpc: Grpc = Field(default_factory=Grpc)
    """gRPC package, services, deadlines, status mapping and field numbers."""

    @model_serializer(mode="wrap")
    def _sparse(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Written only when used, so a REST design's file does not change.
        data = handler(self)
        for key, empty in (("graphql", GraphQL()), ("grpc", Grpc()),
                           ("webhook_delivery", WebhookDelivery())):
            if getattr(self, key) == empty:
                data.pop(key, None)
        return data

    def endpoints(self) -> list[tuple[Resource, Endpoint]]:
        """Every endpoint with its resource, in design order."""
        return [(r, e) for r in self.resources for e in r.endpoints]
