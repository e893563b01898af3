"""Security schemes from the auth stage and the security requirement of each operation.

jwt → HTTP bearer (bearerFormat JWT), or an `access_token` cookie when the design keeps the
token in an HttpOnly cookie; oauth2 → authorization code (and client credentials when chosen)
with the design's scopes; api_key → an API key header; session → the session cookie; mtls →
`mutualTLS`. SAML has no OpenAPI scheme: the browser SSO ends in a session or a token that the
other schemes already describe.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from designer.contract import auth_steps as steps
from designer.model import Design
from designer.model.api import AuthStep, Endpoint, EndpointAuth
from designer.model.auth import Auth, AuthMethod, OAuthFlow

BEARER = "bearerAuth"
JWT_COOKIE = "accessTokenCookie"
OAUTH2 = "oauth2"
API_KEY = "apiKeyAuth"
SESSION = "sessionCookie"
MTLS = "mutualTLS"

DEFAULT_AUTHORIZATION_URL = "/oauth/authorize"
"""Relative URLs resolve against the server (OpenAPI 3.1 §4.3), so no host is invented."""
DEFAULT_TOKEN_URL = "/oauth/token"


def url(value: str) -> str:
    """`value` with characters that cannot appear in a URL percent-encoded."""
    return quote(value.strip(), safe=":/?#[]@!$&'()*+,;=%~")


def _jwt(auth: Auth) -> tuple[str, dict[str, Any]]:
    jwt = auth.jwt
    refresh = (
        f" Refresh tokens last {jwt.refresh_ttl_days} days"
        + (" and are rotated on every use." if jwt.rotation else ".")
        if jwt.refresh_ttl_days
        else ""
    )
    text = (
        f"JWT access token signed with {jwt.algorithm}, valid {jwt.access_ttl_minutes} "
        f"minutes.{refresh}"
    )
    if jwt.storage == "http_only_cookie":
        return JWT_COOKIE, {
            "type": "apiKey",
            "in": "cookie",
            "name": "access_token",
            "description": text + " Sent in an HttpOnly, Secure cookie.",
        }
    return BEARER, {"type": "http", "scheme": "bearer", "bearerFormat": "JWT", "description": text}


def _endpoint_url(design: Design, step: AuthStep) -> str:
    found = steps.endpoint(design, step)
    return url(design.api.base_path.rstrip("/") + found.path) if found is not None else ""


def _provider_url(design: Design, which: str) -> str:
    """The one identity provider's own endpoint, when the design signs in with exactly one."""
    known = [steps.PROVIDERS[p] for p in design.auth.oauth.providers if p in steps.PROVIDERS]
    if len(design.auth.oauth.providers) != 1 or not known:
        return ""
    return known[0].authorize_url if which == "authorize" else known[0].token_url


def oauth_urls(design: Design) -> tuple[str, str]:
    """Authorization and token URLs of the OAuth 2.0 flows: as typed in the auth stage, else
    our own authorize and token endpoints (the same paths as in `paths`), else the single
    identity provider's, else relative defaults that resolve against the server."""
    oauth = design.auth.oauth
    authorization_url = (url(oauth.authorization_url) or _endpoint_url(design, AuthStep.AUTHORIZE)
                         or _provider_url(design, "authorize") or DEFAULT_AUTHORIZATION_URL)
    token_url = (url(oauth.token_url) or _endpoint_url(design, AuthStep.TOKEN)
                 or _provider_url(design, "token") or DEFAULT_TOKEN_URL)
    return authorization_url, token_url


def _oauth2(design: Design, scopes: dict[str, str]) -> dict[str, Any]:
    oauth = design.auth.oauth
    authorization_url, token_url = oauth_urls(design)
    flows: dict[str, Any] = {}
    chosen = oauth.flows or [OAuthFlow.AUTHORIZATION_CODE]
    if OAuthFlow.AUTHORIZATION_CODE in chosen:
        flows["authorizationCode"] = {
            "authorizationUrl": authorization_url,
            "tokenUrl": token_url,
            "scopes": dict(scopes),
        }
    if OAuthFlow.CLIENT_CREDENTIALS in chosen:
        flows["clientCredentials"] = {"tokenUrl": token_url, "scopes": dict(scopes)}
    notes = ["OAuth 2.0"]
    if OAuthFlow.AUTHORIZATION_CODE in chosen and oauth.pkce:
        notes.append("authorization code with PKCE")
    if oauth.oidc:
        notes.append("OpenID Connect")
    if oauth.providers:
        notes.append("providers: " + ", ".join(p.value for p in oauth.providers))
    return {"type": "oauth2", "description": "; ".join(notes) + ".", "flows": flows}


def scope_map(auth: Auth, endpoints: list[Endpoint]) -> dict[str, str]:
    """Every scope with its description; scopes endpoints use but the design omits are added."""
    scopes = {s.name: s.description.strip() or s.name for s in auth.oauth.scopes if s.name}
    for endpoint in endpoints:
        for name in endpoint.scopes:
            scopes.setdefault(name, name)
    return scopes


def schemes(design: Design) -> dict[str, dict[str, Any]]:
    """`components.securitySchemes`, in the order of the design's auth methods."""
    auth = design.auth
    endpoints = [e for _, e in design.api.endpoints()]
    out: dict[str, dict[str, Any]] = {}
    for method in dict.fromkeys(auth.methods):
        if method is AuthMethod.JWT:
            name, scheme = _jwt(auth)
            out[name] = scheme
        elif method is AuthMethod.OAUTH2:
            out[OAUTH2] = _oauth2(design, scope_map(auth, endpoints))
        elif method is AuthMethod.API_KEY:
            header = auth.api_keys.header.strip() or "X-API-Key"
            rotation = auth.api_keys.rotation_days
            out[API_KEY] = {
                "type": "apiKey",
                "in": "header",
                "name": header,
                "description": "API key for server-to-server calls"
                + (f", rotated every {rotation} days." if rotation else "."),
            }
        elif method is AuthMethod.SESSION:
            session = auth.session
            out[SESSION] = {
                "type": "apiKey",
                "in": "cookie",
                "name": session.cookie_name.strip() or "session_id",
                "description": f"Server session ({session.store.value}), idle "
                f"timeout {session.ttl_minutes} minutes; HttpOnly, "
                "Secure, SameSite=Lax cookie.",
            }
        elif method is AuthMethod.MTLS:
            out[MTLS] = {"type": "mutualTLS", "description": "Client certificate (mutual TLS)."}
    return out


def requirement(
    endpoint: Endpoint, names: list[str], scopes: list[str]
) -> list[dict[str, list[str]]]:
    """The operation's `security`: any one scheme will do; `[]` for public operations.

    `scopes` are the OAuth scopes the design requires of the endpoint
    (`designer.contract.access.required_scopes`).

    OAuth scopes go on the oauth2 alternative only: OpenAPI lets other schemes list role names,
    but the linters read those as undefined scopes, so roles go in the description instead.
    """
    if endpoint.auth is EndpointAuth.NONE or not names:
        return []
    alternatives = [{name: list(scopes) if name == OAUTH2 else []} for name in names]
    if endpoint.auth is EndpointAuth.OPTIONAL:
        alternatives.append({})
    return alternatives
