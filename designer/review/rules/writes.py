"""What callers may send: signed webhooks, privileged fields, bounded input, kept records
(seeds 000, 002)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.contract.variants import request_members
from designer.model.api import Method
from designer.model.design import Design
from designer.model.progress import Stage
from designer.model.requirements import Compliance
from designer.model.types import FieldType, Member, Shape
from designer.review.facts import endpoint_location, endpoints, inbound_webhooks
from designer.review.registry import Hit, Severity, rule

_PRIVILEGED = re.compile(
    r"^(role|roles|is_admin|is_staff|permissions?|balance|credits?|points|"
    r"(is_|email_|phone_)?verified|approved)$",
    re.IGNORECASE,
)
"""Fields only staff or the server may set (who you are, what you are owed)."""
_SERVER_STATE = re.compile(r"^(status|state|total|total_amount|total_price|paid_at)$",
                           re.IGNORECASE)
"""Fields the server derives (where an order is, what it costs): a role-limited endpoint (a
seller publishing a product) may set them; an endpoint open to every user may not."""
_STAFF = re.compile(r"(admin|staff|operator|manager|root|system)", re.IGNORECASE)
_KEPT = re.compile(r"(order|payment|refund|contract|transaction|invoice|receipt|settlement)",
                   re.IGNORECASE)
"""Records 전자상거래법 keeps: contracts and withdrawals, payments and supply (five years)."""
_TEXT = {FieldType.STRING.value, FieldType.TEXT.value}
_WRITES = {Method.POST, Method.PUT, Method.PATCH}


@rule(
    "API-016",
    Severity.ERROR,
    "public payment webhook without a signature check",
    category="api",
    seed="002 API 설계 & 패턴 (Webhook: signature 확인)",
    stage=Stage.API,
    fix="Verify the provider's signature header (e.g. Toss-Signature, Stripe-Signature) before "
    "acting, and set it as the endpoint's signature header.",
)
def _unverified_callback(d: Design) -> Iterator[Hit]:
    for e in inbound_webhooks(d):
        if not e.signature_header.strip():
            yield Hit(endpoint_location(e),
                      "anyone can post a forged 'payment succeeded' here: no signature is checked")


@rule(
    "API-017",
    Severity.WARNING,
    "privileged field writable by the client",
    category="api",
    seed="000 보안 체크 (입력 검증, 인증/인가)",
    stage=Stage.DATA,
    fix="Make the field read-only, or limit who may set it (writable_by) so public create and "
    "update bodies leave it out (mass assignment).",
)
def _mass_assignment(d: Design) -> Iterator[Hit]:
    for _, e in endpoints(d):
        if e.method not in _WRITES or e.auth_step is not None:
            continue
        if e.roles and all(_STAFF.search(r) for r in e.roles):
            continue  # only staff call it: setting a status is their job
        anyone = not e.roles
        names = [m.name for m in request_members(d, e)
                 if _PRIVILEGED.match(m.name) or (anyone and _SERVER_STATE.match(m.name))]
        if names:
            listed = ", ".join(f"'{n}'" for n in names)
            yield Hit(endpoint_location(e), f"the client may set {listed} in the request body")


@rule(
    "API-018",
    Severity.WARNING,
    "DELETE on records the law requires to keep",
    category="api",
    seed="000 법적 요구사항 (전자상거래법)",
    stage=Stage.API,
    fix="Keep the rows (soft delete, or cancel instead of delete) for the legal period: five years "
    "for contracts, payments and refunds under 전자상거래법.",
)
def _delete_kept(d: Design) -> Iterator[Hit]:
    if Compliance.ECOMMERCE_ACT not in d.requirements.compliance:
        return
    for resource, e in endpoints(d):
        entity = d.data.entity(resource.entity)
        if e.method is Method.DELETE and entity is not None and _KEPT.search(entity.name) \
                and not entity.soft_delete:
            yield Hit(endpoint_location(e),
                      f"deletes {entity.name} rows that 전자상거래법 requires to keep five years")


def _unbounded(member: Member) -> bool:
    return (member.type in _TEXT and member.shape is Shape.ONE and member.max_length is None
            and not member.pattern and not member.enum_values)


@rule(
    "API-019",
    Severity.WARNING,
    "request text without a length or pattern",
    category="api",
    seed="000 보안 체크 (입력 검증과 출력 인코딩)",
    stage=Stage.DATA,
    fix="Give every text a client sends a maximum length (and a pattern or enum where the "
    "values are known), so the contract validates input before the code sees it.",
)
def _unvalidated(d: Design) -> Iterator[Hit]:
    # One finding per body type (a schema or an entity), however many endpoints take it: the
    # bound is set once, on the field.
    unbounded: dict[str, list[str]] = {}
    for _, e in endpoints(d):
        if e.method in _WRITES and e.request is not None:
            names = unbounded.setdefault(e.request.name, [])
            names += [m.name for m in request_members(d, e)
                      if _unbounded(m) and m.name not in names]
    for body, names in sorted(unbounded.items()):
        if not names:
            continue
        named = any(s.name == body for s in d.api.schemas)
        where = f"api.schemas[{body}]" if named else f"data.entities[{body}]"
        shown = ", ".join(f"'{n}'" for n in names[:4]) + (" …" if len(names) > 4 else "")
        yield Hit(where, f"clients send {shown} with no maximum length or pattern")
