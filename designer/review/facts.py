"""Questions several rules ask of a design (does it use passwords? which entities hold PII?).

Kept in one place so that two rules never disagree on the same fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.model.api import Endpoint, EndpointAuth, Resource
from designer.model.architecture import ArchitectureStyle
from designer.model.auth import AuthMethod, Hashing
from designer.model.data import Entity
from designer.model.design import Design
from designer.model.requirements import IntegrationKind

_PASSWORD_FIELD = re.compile(r"^(password|passwd|pwd)(_?hash(ed)?)?$", re.IGNORECASE)
_LOGIN_PATH = re.compile(r"/(login|signin|sign-in|token|sessions?)(/|$)", re.IGNORECASE)
DISTRIBUTED = {
    ArchitectureStyle.MICROSERVICES,
    ArchitectureStyle.EVENT_DRIVEN,
    ArchitectureStyle.SERVERLESS,
}
"""Styles whose services deploy separately (database-per-service, network calls)."""


def endpoint_location(endpoint: Endpoint) -> str:
    """`api.endpoints[GET /orders]`."""
    return f"api.endpoints[{endpoint.key}]"


def entity_location(entity: Entity, field: str = "") -> str:
    """`data.entities[Order]` or `data.entities[Order].fields[user_id]`."""
    where = f"data.entities[{entity.name}]"
    return f"{where}.fields[{field}]" if field else where


def endpoints(design: Design) -> Iterator[tuple[Resource, Endpoint]]:
    """Endpoints that have a path (the model reports the others)."""
    return ((r, e) for r, e in design.api.endpoints() if e.path)


def pii_entities(design: Design) -> set[str]:
    """Names of entities with at least one field marked personal data."""
    return {e.name for e in design.data.entities if any(f.pii for f in e.fields)}


def has_pii(design: Design) -> bool:
    """Whether any field is marked personal data."""
    return bool(pii_entities(design))


def login_endpoints(design: Design) -> list[Endpoint]:
    """POST endpoints that look like a login or token exchange."""
    return [
        e for _, e in endpoints(design) if e.method.value == "POST" and _LOGIN_PATH.search(e.path)
    ]


def password_fields(design: Design) -> list[tuple[Entity, str]]:
    """(entity, field name) of every field that stores a password."""
    return [
        (e, f.name) for e in design.data.entities for f in e.fields if _PASSWORD_FIELD.match(f.name)
    ]


def uses_passwords(design: Design) -> bool:
    """Whether the design stores passwords: a password field, or a hashing algorithm chosen."""
    hashing = design.auth.password_hashing
    return bool(password_fields(design)) or (hashing is not None and hashing is not Hashing.NONE)


def has_login(design: Design) -> bool:
    """Passwords plus a login endpoint, or passwords with session / JWT authentication."""
    methods = set(design.auth.methods)
    return uses_passwords(design) and (
        bool(login_endpoints(design)) or bool(methods & {AuthMethod.JWT, AuthMethod.SESSION})
    )


def is_distributed(design: Design) -> bool:
    """Microservices, event-driven or serverless with at least two services."""
    return design.architecture.style in DISTRIBUTED and len(design.architecture.services) >= 2


def body_entity(endpoint: Endpoint, resource: Resource) -> str:
    """Entity the endpoint returns, else the resource's entity."""
    if endpoint.response is not None:
        return endpoint.response.name
    return resource.entity


def has_api(design: Design) -> bool:
    """Whether the design has any endpoint yet (operations rules wait for something to run)."""
    return any(True for _ in endpoints(design))


_HOOK_SEGMENT = re.compile(r"(callback|notif|ipn|events?$)", re.IGNORECASE)
_HOOK_KINDS = {IntegrationKind.PAYMENT, IntegrationKind.WEBHOOK_IN}


def _provider_words(design: Design) -> set[str]:
    """Words that name a provider calling in (`toss`, `stripe`) from payment and inbound
    webhook integrations: `toss_payments` gives `toss` and `toss_payments`."""
    words: set[str] = set()
    for integration in design.requirements.integrations:
        if integration.kind in _HOOK_KINDS and integration.provider:
            key = integration.provider.lower()
            words |= {key, key.split("_", 1)[0]}
    return words


def is_inbound_webhook(design: Design, endpoint: Endpoint) -> bool:
    """A public POST that a provider calls (`/webhooks/toss`, `/payments/stripe-events`): it is
    authenticated by a signature, deduplicated by the provider's event id, never by an
    Idempotency-Key the provider would not send. Sign-in steps (OAuth callbacks) are not."""
    if endpoint.method.value != "POST" or endpoint.auth is not EndpointAuth.NONE:
        return False
    if endpoint.auth_step is not None:
        return False
    segments = [s.lower() for s in endpoint.path.split("/") if s and not s.startswith("{")]
    if any("webhook" in s for s in segments):
        return True
    providers = _provider_words(design)
    named = any(word in s for s in segments for word in providers)
    return named and any(_HOOK_SEGMENT.search(s) for s in segments)


def inbound_webhooks(design: Design) -> list[Endpoint]:
    """Every inbound webhook endpoint, in design order."""
    return [e for _, e in endpoints(design) if is_inbound_webhook(design, e)]
