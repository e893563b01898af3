"""The design's sign-in endpoints, by the step each plays, and what its identity providers speak.

The auth diagrams, the spec's status codes and security schemes and the document's hand-offs all
ask here which endpoint logs a caller in, refreshes or ends a session, so they name the same
method and path — the one the spec has — and draw no step the design lacks.
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.contract.variants import request_members
from designer.model.api import AuthStep, Endpoint
from designer.model.auth import Provider
from designer.model.design import Design

CREDENTIAL_STEPS = {AuthStep.LOGIN, AuthStep.REFRESH, AuthStep.OAUTH_CALLBACK, AuthStep.TOKEN}
"""Steps that take credentials (a password, a refresh token, a code) and answer 401 when they
are wrong, whatever the endpoint's own auth setting."""

LIMITED_STEPS = {AuthStep.LOGIN, AuthStep.REGISTER, AuthStep.TOKEN}
"""Steps the design's login rate limit guards (credential guessing, account farming)."""


def endpoint(design: Design, step: AuthStep, provider: str | None = None) -> Endpoint | None:
    """The first endpoint playing `step`: for `provider` (or for every provider) when one is
    named, for any provider when None."""
    for _, candidate in design.api.endpoints():
        if candidate.auth_step is step and (
                provider is None or candidate.provider in {"", provider}):
            return candidate
    return None


def endpoints(design: Design, step: AuthStep) -> list[Endpoint]:
    """Every endpoint playing `step`, in design order."""
    return [e for _, e in design.api.endpoints() if e.auth_step is step]


def url(design: Design, target: Endpoint) -> str:
    """`METHOD /base/path` as the spec lists it."""
    return f"{target.method.value} {design.api.base_path.rstrip('/')}{target.path}"


@dataclass(frozen=True)
class ProviderFacts:
    """What an identity provider speaks, from its published developer documentation."""

    oidc: bool
    """Issues an OpenID Connect ID token (so no profile call is needed)."""
    authorize_url: str
    """Its authorization endpoint."""
    token_url: str
    """Its token endpoint."""
    profile: str
    """Where the user's profile comes from when there is no ID token."""


PROVIDERS: dict[Provider, ProviderFacts] = {
    Provider.GOOGLE: ProviderFacts(True, "https://accounts.google.com/o/oauth2/v2/auth",
                                   "https://oauth2.googleapis.com/token",
                                   "https://openidconnect.googleapis.com/v1/userinfo"),
    Provider.APPLE: ProviderFacts(True, "https://appleid.apple.com/auth/authorize",
                                  "https://appleid.apple.com/auth/token", ""),
    Provider.MICROSOFT: ProviderFacts(
        True, "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "https://graph.microsoft.com/oidc/userinfo"),
    # Kakao Login issues an ID token when OpenID Connect is switched on for the app.
    Provider.KAKAO: ProviderFacts(True, "https://kauth.kakao.com/oauth/authorize",
                                  "https://kauth.kakao.com/oauth/token",
                                  "https://kapi.kakao.com/v2/user/me"),
    # Naver Login is plain OAuth 2.0: the profile comes from its member API.
    Provider.NAVER: ProviderFacts(False, "https://nid.naver.com/oauth2.0/authorize",
                                  "https://nid.naver.com/oauth2.0/token",
                                  "https://openapi.naver.com/v1/nid/me"),
    Provider.GITHUB: ProviderFacts(False, "https://github.com/login/oauth/authorize",
                                   "https://github.com/login/oauth/access_token",
                                   "https://api.github.com/user"),
    Provider.FACEBOOK: ProviderFacts(False, "https://www.facebook.com/dialog/oauth",
                                     "https://graph.facebook.com/oauth/access_token",
                                     "https://graph.facebook.com/me"),
}
"""Known providers; `other` has no entry and is drawn as plain OAuth 2.0."""


def speaks_oidc(design: Design, provider: Provider) -> bool:
    """Whether sign-in with `provider` yields an ID token: the design wants OpenID Connect and
    the provider offers it."""
    facts = PROVIDERS.get(provider)
    return design.auth.oauth.oidc and facts is not None and facts.oidc


def host(address: str) -> str:
    """`kauth.kakao.com` of `https://kauth.kakao.com/oauth/authorize`."""
    return address.split("://", 1)[-1].split("/", 1)[0]


def request_fields(design: Design, target: Endpoint) -> list[str]:
    """Names of the fields a client sends to `target`, as its request body in the spec has."""
    return [f.name for f in request_members(design, target)]
