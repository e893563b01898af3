"""Sign-in as the endpoints carry it: the steps a chosen method needs, and what each step takes
(seed 001 인증, 000 보안 체크)."""

from __future__ import annotations

from collections.abc import Iterator

from designer.contract.auth_steps import endpoints as step_endpoints
from designer.contract.auth_steps import request_fields
from designer.model.api import AuthStep, EndpointAuth, Method
from designer.model.auth import AuthMethod, Revocation
from designer.model.design import Design
from designer.model.progress import Stage
from designer.review.facts import endpoint_location, endpoints, pii_entities
from designer.review.registry import Hit, Severity, rule

ISSUING = {AuthStep.LOGIN, AuthStep.REGISTER, AuthStep.OAUTH_CALLBACK, AuthStep.TOKEN}
"""Steps after which the backend holds tokens it issued itself."""


def issues_tokens(d: Design) -> bool:
    """The design issues its own JWTs: JWT is a method and an endpoint signs callers in."""
    return AuthMethod.JWT in d.auth.methods and any(
        e.auth_step in ISSUING for _, e in d.api.endpoints())


@rule(
    "SEC-020",
    Severity.WARNING,
    "JWT sign-in without a refresh or logout endpoint",
    category="security",
    seed="001 아키텍처 품질 체크리스트 (인증: JWT, refresh 토큰)",
    stage=Stage.API,
    fix="Add the refresh endpoint (auth step refresh) the refresh tokens need and a logout "
    "endpoint (auth step logout) that revokes them.",
)
def _missing_steps(d: Design) -> Iterator[Hit]:
    if not issues_tokens(d):
        return
    jwt = d.auth.jwt
    if jwt.refresh_ttl_days > 0 and not step_endpoints(d, AuthStep.REFRESH):
        yield Hit("auth.jwt.refresh_ttl_days",
                  f"refresh tokens live {jwt.refresh_ttl_days} days but no endpoint refreshes")
    if jwt.revocation is not Revocation.NONE and not step_endpoints(d, AuthStep.LOGOUT):
        yield Hit("auth.jwt.revocation",
                  f"tokens are revocable ({jwt.revocation.value}) but no endpoint logs out")


@rule(
    "SEC-021",
    Severity.WARNING,
    "refresh endpoint that takes no refresh token",
    category="security",
    seed="002 인증 & 인가 (JWT: refresh 토큰)",
    stage=Stage.API,
    fix="Take the refresh token (a body field such as refresh_token, or the HttpOnly cookie) "
    "and nothing else the sign-in steps take.",
)
def _refresh_body(d: Design) -> Iterator[Hit]:
    cookie = d.auth.jwt.storage == "http_only_cookie"
    for e in step_endpoints(d, AuthStep.REFRESH):
        fields = request_fields(d, e)
        if any("refresh" in f.lower() or f.lower() == "token" for f in fields):
            continue
        if e.request is None:
            if not cookie:
                yield Hit(endpoint_location(e),
                          "has no body and tokens are not in a cookie: no refresh token arrives")
            continue
        yield Hit(endpoint_location(e),
                  f"takes {e.request.name} ({', '.join(fields) or 'no fields'}), "
                  "which carries no refresh token")


@rule(
    "SEC-022",
    Severity.WARNING,
    "every endpoint is public",
    category="security",
    seed="000 보안 체크 (인증/인가가 모든 엔드포인트에 적용되었는가)",
    stage=Stage.AUTH,
    fix="Choose an authentication method and require it where data is changed or personal, "
    "or record why the API is public (a decision record).",
)
def _all_public(d: Design) -> Iterator[Hit]:
    listed = [(r, e) for r, e in endpoints(d)]
    if d.auth.methods or not listed or any(e.auth is not EndpointAuth.NONE for _, e in listed):
        return
    writes = sum(e.method is not Method.GET for _, e in listed)
    personal = sorted(pii_entities(d) & {r.entity for r, _ in listed})
    if writes or personal:
        what = f"{writes} change data" if writes else ""
        if personal:
            what += (" and " if what else "") + f"{', '.join(personal)} holds personal data"
        yield Hit("auth.methods",
                  f"no authentication method is chosen, so all {len(listed)} endpoints are "
                  f"open; {what}")
