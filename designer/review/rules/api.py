"""API rules: versioning, pagination, status codes, REST shape, limits (seed 000, 001, 002)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.contract.styles import endpoint_style, has_rest
from designer.model.api import ApiStyle, EndpointAuth, ErrorFormat, Method, Pagination, Versioning
from designer.model.auth import AuthMethod
from designer.model.design import Design
from designer.model.progress import Stage
from designer.review.facts import (
    body_entity,
    endpoint_location,
    endpoints,
    has_api,
    is_inbound_webhook,
    pii_entities,
)
from designer.review.registry import Hit, Severity, rule

API = "000 API 설계 체크"
SECURITY = "000 보안 체크"
UNIFORM = "001 TRUST 5 (통일성)"
PATTERNS = "002 API 설계 & 패턴"

_VERB_SEGMENT = re.compile(
    r"^(get|create|update|delete|remove|add|fetch|list|set|do|make)([A-Z_-]|$)"
)
_VERSIONED = re.compile(r"/v\d+(/|$)")
_MONEY_PATH = re.compile(r"(pay|order|checkout|charge|refund|transfer|purchase)", re.IGNORECASE)
_ERROR_SCHEMA = re.compile(r"(error|problem|fault)", re.IGNORECASE)


@rule(
    "API-001",
    Severity.INFO,
    "no API versioning strategy chosen",
    category="api",
    seed=API,
    stage=Stage.API,
    fix="Choose URL (/api/v1), header or query versioning.",
)
def _versioning_undecided(d: Design) -> Iterator[Hit]:
    # Versioning is a REST question: GraphQL evolves by deprecation, gRPC in its package name.
    if d.api.versioning is None and has_rest(d):
        yield Hit("api.versioning", "the versioning strategy is not decided yet")


@rule(
    "API-002",
    Severity.WARNING,
    "API without versioning",
    category="api",
    seed=API,
    stage=Stage.API,
    fix="Version the API (URL versioning such as /api/v1 is the seeds' default) so that "
    "breaking changes do not break clients.",
)
def _unversioned(d: Design) -> Iterator[Hit]:
    # A GraphQL schema evolves by adding fields and deprecating old ones; it has no URL to
    # version, so 'none' is the norm there, not a gap.
    if d.api.versioning is Versioning.NONE and has_api(d) and d.api.style is not ApiStyle.GRAPHQL \
            and has_rest(d):
        yield Hit("api.versioning", "versioning is 'none' while the API has endpoints")


@rule(
    "API-003",
    Severity.WARNING,
    "URL versioning without a version in the base path",
    category="api",
    seed=API,
    stage=Stage.API,
    fix="Put the version in the base path, e.g. /api/v1.",
)
def _url_version_missing(d: Design) -> Iterator[Hit]:
    if d.api.versioning is Versioning.URL and has_rest(d) \
            and not _VERSIONED.search(d.api.base_path):
        yield Hit("api.base_path", f"base path '{d.api.base_path}' carries no /vN segment")


@rule(
    "API-004",
    Severity.WARNING,
    "list endpoint without pagination",
    category="api",
    seed="000 성능 체크",
    stage=Stage.API,
    fix="Page the list (cursor or keyset for large tables) with a maximum page size.",
)
def _unpaged(d: Design) -> Iterator[Hit]:
    for _, e in endpoints(d):
        lists = e.method is Method.GET and e.response is not None and e.response.many
        if lists and (not e.paginated or d.api.pagination is Pagination.NONE):
            yield Hit(
                endpoint_location(e), f"returns a list of {e.response.name} with no pagination"
            )


@rule(
    "API-005",
    Severity.ERROR,
    "anonymous endpoint exposes personal data",
    category="api",
    seed=SECURITY,
    stage=Stage.API,
    fix="Require authentication (and an ownership check) on endpoints that return or change "
    "personal data.",
)
def _anonymous_pii(d: Design) -> Iterator[Hit]:
    personal = pii_entities(d)
    for resource, e in endpoints(d):
        if e.auth is not EndpointAuth.NONE:
            continue
        touched = (
            body_entity(e, resource)
            if e.method is Method.GET
            else (resource.entity if e.method in {Method.PUT, Method.PATCH, Method.DELETE} else "")
        )
        if touched in personal:
            yield Hit(
                endpoint_location(e),
                f"no authentication, yet it touches personal data of {touched}",
            )


@rule(
    "API-006",
    Severity.WARNING,
    "inconsistent error format",
    category="api",
    seed=UNIFORM,
    stage=Stage.API,
    fix="Use the one error format of the API for every error; remove the extra error schema.",
)
def _second_error_format(d: Design) -> Iterator[Hit]:
    chosen = (
        "the standard {error: {code, message, details[], timestamp}}"
        if d.api.error_format is ErrorFormat.STANDARD
        else "application/problem+json"
    )
    for schema in d.api.schemas:
        if _ERROR_SCHEMA.search(schema.name):
            yield Hit(
                f"api.schemas[{schema.name}]",
                f"defines its own error body although errors use {chosen}",
            )
    for _, e in endpoints(d):
        if e.response is not None and _ERROR_SCHEMA.search(e.response.name):
            yield Hit(endpoint_location(e), f"returns {e.response.name} as its success body")


@rule(
    "API-007",
    Severity.WARNING,
    "endpoint declares no success status",
    category="api",
    seed=API,
    stage=Stage.API,
    fix="List the 2xx code the endpoint returns (201 for creation, 204 for no content).",
)
def _no_success(d: Design) -> Iterator[Hit]:
    # HTTP status codes are the REST part's: GraphQL answers 200, gRPC has its own statuses.
    for _, e in endpoints(d):
        if endpoint_style(d, e) is not ApiStyle.REST:
            continue
        if e.status_codes and not any(200 <= c < 400 for c in e.status_codes):
            codes = ", ".join(str(c) for c in e.status_codes)
            yield Hit(endpoint_location(e), f"status codes {codes} include no success code")


@rule(
    "API-008",
    Severity.WARNING,
    "verb in a resource path",
    category="api",
    seed=API,
    stage=Stage.API,
    fix="Name resources with nouns and let the HTTP method say the action "
    "(POST /orders, not /createOrder).",
)
def _verb_path(d: Design) -> Iterator[Hit]:
    for _, e in endpoints(d):
        verbs = [
            s for s in e.path.split("/") if s and not s.startswith("{") and _VERB_SEGMENT.match(s)
        ]
        if verbs:
            yield Hit(endpoint_location(e), f"path segment '{verbs[0]}' is a verb")


@rule(
    "API-009",
    Severity.WARNING,
    "GET or DELETE with a request body",
    category="api",
    seed="001 단계 3 (HTTP 메서드)",
    stage=Stage.API,
    fix="Move the input to path or query parameters, or use POST.",
)
def _body_on_safe(d: Design) -> Iterator[Hit]:
    for _, e in endpoints(d):
        if e.method in {Method.GET, Method.DELETE} and e.request is not None:
            yield Hit(endpoint_location(e), f"{e.method.value} carries a request body")


@rule(
    "API-010",
    Severity.WARNING,
    "no API rate limit",
    category="api",
    seed=SECURITY,
    stage=Stage.API,
    fix="Set a default rate limit (e.g. 100 requests / 60 s per user).",
)
def _no_rate_limit(d: Design) -> Iterator[Hit]:
    if d.api.rate_limit is None and has_api(d):
        yield Hit("api.rate_limit", "the API has endpoints but no rate limit")


@rule(
    "API-011",
    Severity.WARNING,
    "money-moving POST without an idempotency key",
    category="api",
    seed=PATTERNS,
    stage=Stage.API,
    fix="Require an Idempotency-Key header so a retried request cannot order or charge twice.",
)
def _no_idempotency(d: Design) -> Iterator[Hit]:
    for _, e in endpoints(d):
        if is_inbound_webhook(d, e):
            continue  # the provider retries with its own event id; API-016 asks for the signature
        if e.method is Method.POST and _MONEY_PATH.search(e.path) and not e.idempotency_key:
            yield Hit(endpoint_location(e), "a retried request would run twice")


@rule(
    "API-012",
    Severity.WARNING,
    "wildcard CORS origin with cookie credentials",
    category="api",
    seed="001 팀 간 조율 (CORS)",
    stage=Stage.API,
    fix="List the exact browser origins; browsers refuse credentials with '*'.",
)
def _wildcard_cors(d: Design) -> Iterator[Hit]:
    cookies = AuthMethod.SESSION in d.auth.methods or (
        AuthMethod.JWT in d.auth.methods and d.auth.jwt.storage == "http_only_cookie"
    )
    if "*" in d.api.cors_origins and cookies:
        yield Hit("api.cors_origins", "'*' is allowed while authentication rides on cookies")


@rule(
    "API-013",
    Severity.INFO,
    "no API style chosen",
    category="api",
    seed=API,
    stage=Stage.API,
    fix="Choose REST, GraphQL, gRPC or a mix.",
)
def _style_undecided(d: Design) -> Iterator[Hit]:
    if d.api.style is None:
        yield Hit("api.style", "the API style is not decided yet")


@rule(
    "API-014",
    Severity.WARNING,
    "anonymous endpoint changes data",
    category="api",
    seed=SECURITY,
    stage=Stage.API,
    fix="Require authentication and a role or ownership check on PUT, PATCH and DELETE.",
)
def _anonymous_write(d: Design) -> Iterator[Hit]:
    for _, e in endpoints(d):
        if e.auth is EndpointAuth.NONE and e.method in {Method.PUT, Method.PATCH, Method.DELETE}:
            yield Hit(endpoint_location(e), f"anyone may {e.method.value} here")


@rule(
    "API-015",
    Severity.WARNING,
    "unsigned webhook",
    category="api",
    seed="002 API 설계 & 패턴 (Webhook)",
    stage=Stage.API,
    fix="Sign webhook payloads (HMAC with a per-subscriber secret) so receivers can verify them.",
)
def _unsigned_webhook(d: Design) -> Iterator[Hit]:
    for hook in d.api.webhooks:
        if not hook.signed:
            yield Hit(f"api.webhooks[{hook.event}]", "payloads are not signed")
