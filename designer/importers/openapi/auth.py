"""`components.securitySchemes` → the auth stage: methods, JWT / OAuth / session / API key
settings and scopes.

The descriptions designer writes for its own schemes are read back (token lifetimes, PKCE,
providers, session store), so a spec designer exported imports to the same settings. Schemes
the auth stage has no method for (HTTP basic, digest, OpenID Connect discovery) are reported.
"""

from __future__ import annotations

import re
from typing import Any

from designer.export import openapi_security as sec
from designer.importers.report import Report
from designer.model.auth import Auth, AuthMethod, OAuthFlow, Provider, Scope, SessionStore

_JWT = re.compile(r"signed with (\S+), valid (\d+) minutes\.(?: Refresh tokens last (\d+) days"
                  r"( and are rotated on every use)?)?")
_SESSION = re.compile(r"Server session \((\w+)\), idle timeout (\d+) minutes")
_ROTATED = re.compile(r"rotated every (\d+) days")


def scheme_names(schemes: dict[str, Any]) -> dict[str, AuthMethod]:
    """The auth method each scheme name stands for (schemes with none are left out)."""
    out: dict[str, AuthMethod] = {}
    for name, scheme in schemes.items():
        method = _method(scheme) if isinstance(scheme, dict) else None
        if method is not None:
            out[name] = method
    return out


def _method(scheme: dict[str, Any]) -> AuthMethod | None:
    kind = scheme.get("type")
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return AuthMethod.JWT
    if kind == "oauth2":
        return AuthMethod.OAUTH2
    if kind == "mutualTLS":
        return AuthMethod.MTLS
    if kind == "apiKey":
        where = scheme.get("in")
        if where == "cookie":
            return AuthMethod.JWT if scheme.get("name") == "access_token" else AuthMethod.SESSION
        return AuthMethod.API_KEY
    return None


def read_auth(schemes: dict[str, Any], auth: Auth, report: Report) -> None:
    """Fill `auth` from the security schemes, in their order."""
    for name, scheme in schemes.items():
        where = f"components.securitySchemes.{name}"
        if not isinstance(scheme, dict):
            report.note(where, "not an object; left out")
            continue
        method = _method(scheme)
        if method is None:
            report.note(where, f"scheme type {scheme.get('type')!r} "
                        f"({scheme.get('scheme', '')}) has no auth method in the design")
            continue
        if method in auth.methods:
            report.note(where, f"a second {method.value} scheme; only the first is kept")
            continue
        auth.methods.append(method)
        text = str(scheme.get("description", ""))
        if method is AuthMethod.JWT:
            _jwt(auth, scheme, text)
        elif method is AuthMethod.OAUTH2:
            _oauth(auth, scheme, text, where, report)
        elif method is AuthMethod.API_KEY:
            if scheme.get("in") != "header":
                report.note(where, f"API key in {scheme.get('in')!r}; the design sends it in a "
                            "header")
            auth.api_keys.header = str(scheme.get("name") or "X-API-Key")
            match = _ROTATED.search(text)
            auth.api_keys.rotation_days = int(match[1]) if match else None
        elif method is AuthMethod.SESSION:
            auth.session.cookie_name = str(scheme.get("name") or "session_id")
            if match := _SESSION.search(text):
                if match[1] in {s.value for s in SessionStore}:
                    auth.session.store = SessionStore(match[1])
                auth.session.ttl_minutes = max(1, int(match[2]))


def _jwt(auth: Auth, scheme: dict[str, Any], text: str) -> None:
    if scheme.get("type") == "apiKey":
        auth.jwt.storage = "http_only_cookie"
    match = _JWT.search(text)
    if match:
        auth.jwt.algorithm = match[1]
        auth.jwt.access_ttl_minutes = max(1, int(match[2]))
        auth.jwt.refresh_ttl_days = int(match[3]) if match[3] else 0
        auth.jwt.rotation = bool(match[4]) or not match[3]


def _oauth(auth: Auth, scheme: dict[str, Any], text: str, where: str, report: Report) -> None:
    flows = scheme.get("flows") if isinstance(scheme.get("flows"), dict) else {}
    oauth = auth.oauth
    oauth.flows = []
    scopes: dict[str, str] = {}
    for key, flow in flows.items():
        if not isinstance(flow, dict):
            continue
        if key == "authorizationCode":
            oauth.flows.append(OAuthFlow.AUTHORIZATION_CODE)
            oauth.authorization_url = _url(flow.get("authorizationUrl"),
                                           sec.DEFAULT_AUTHORIZATION_URL)
            oauth.token_url = _url(flow.get("tokenUrl"), sec.DEFAULT_TOKEN_URL)
        elif key == "clientCredentials":
            oauth.flows.append(OAuthFlow.CLIENT_CREDENTIALS)
            oauth.token_url = _url(flow.get("tokenUrl"), sec.DEFAULT_TOKEN_URL)
        else:
            report.note(f"{where}.flows.{key}", "this OAuth grant has no equivalent; left out")
        if isinstance(flow.get("scopes"), dict):
            for name, description in flow["scopes"].items():
                scopes.setdefault(str(name), str(description or ""))
    if not oauth.flows:
        oauth.flows = [OAuthFlow.AUTHORIZATION_CODE]
    oauth.scopes = [Scope(name=n, description="" if d == n else d) for n, d in scopes.items()]
    if text.startswith("OAuth 2.0"):
        oauth.pkce = "with PKCE" in text
        oauth.oidc = "OpenID Connect" in text
        match = re.search(r"providers: ([^.;]+)", text)
        known = {p.value for p in Provider}
        if match:
            oauth.providers = [Provider(p.strip()) for p in match[1].split(",")
                               if p.strip() in known]


def _url(value: Any, default: str) -> str:
    text = str(value or "")
    return "" if text == default else text
