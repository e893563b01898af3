"""Sequence diagrams of signing in, drawn from the design's own sign-in endpoints.

Every request in them is an endpoint of the design, named by the method and path the spec has,
answering with a status code the spec lists; a step the design has no endpoint for is not drawn
(a note says what is missing instead). Identity providers are drawn with the protocol they
speak: an ID token from OpenID Connect providers, a profile call for plain OAuth 2.0 ones.
"""

from __future__ import annotations

from designer.contract import auth_steps as steps
from designer.export.diagram_parts import (
    Diagram,
    backend_label,
    call,
    ok,
    participants,
    say,
    system,
)
from designer.export.mermaid_text import Alt, Message, Note, Participant, SequenceDiagram, script
from designer.export.openapi_errors import phrase
from designer.export.openapi_operations import status_codes
from designer.model import Design
from designer.model.api import AuthStep, Endpoint, EndpointAuth, Method
from designer.model.auth import AuthMethod, Provider, Revocation
from designer.model.labels import label as human
from designer.model.labels import labels as human_list

FLOWS: dict[AuthMethod, tuple[str, str]] = {
    AuthMethod.JWT: ("auth-jwt", "JWT sign-in and refresh"),
    AuthMethod.OAUTH2: ("auth-oauth2", "OAuth 2.0 sign-in"),
    AuthMethod.SESSION: ("auth-session", "Server session sign-in"),
}
"""Auth methods that get a sequence diagram: file stem and title."""

Item = Participant | Message | Alt | Note


def _fails(design: Design, endpoint: Endpoint) -> bool:
    return 401 in status_codes(design, endpoint)


def _protected(design: Design) -> Endpoint | None:
    """An endpoint that needs a signed-in caller, to show a token or cookie in use: the first
    such read, else the first such endpoint."""
    from designer.contract.styles import endpoints_of
    from designer.model.api import ApiStyle

    # A REST call: a GraphQL or gRPC operation is not an HTTP path of its own.
    guarded = [e for _, e in endpoints_of(design, ApiStyle.REST)
               if e.auth is EndpointAuth.REQUIRED and e.auth_step is None]
    return next((e for e in guarded if e.method is Method.GET), guarded[0] if guarded else None)


def _issuer(design: Design) -> Endpoint | None:
    """The endpoint that hands out tokens or a session: login, else an OAuth callback, else
    our own token endpoint."""
    for step in (AuthStep.LOGIN, AuthStep.OAUTH_CALLBACK, AuthStep.TOKEN):
        found = steps.endpoint(design, step)
        if found is not None:
            return found
    return None


def _register(design: Design, client: Participant, api: Participant) -> list[Item]:
    register = steps.endpoint(design, AuthStep.REGISTER)
    if register is None:
        return []
    hashing = design.auth.password_hashing
    items: list[Item] = [say(client, api, call(design, register))]
    if hashing is not None and hashing.value != "none":
        items.append(say(api, api, f"hash the password ({human(hashing)})"))
    return [*items, say(api, client, ok(design, register), reply=True)]


def _use(design: Design, client: Participant, api: Participant, credential: str) -> list[Item]:
    target = _protected(design)
    if target is None:
        return []
    return [say(client, api, f"{steps.url(design, target)} with {credential}"),
            say(api, client, ok(design, target), reply=True)]


def _jwt(design: Design) -> list[Item]:
    jwt = design.auth.jwt
    issuer = _issuer(design)
    refresh = steps.endpoint(design, AuthStep.REFRESH)
    logout = steps.endpoint(design, AuthStep.LOGOUT)
    stored = jwt.revocation in {Revocation.REFRESH_STORE, Revocation.DENYLIST}
    names = ["Client", backend_label(design)] + (["Token store"] if stored and (
        refresh or logout) else [])
    people = participants(*names)
    client, api = people[0], people[1]
    store = people[2] if len(people) > 2 else None
    items: list[Item] = [*people, *_register(design, client, api)]
    credential = "cookie access_token" if jwt.storage == "http_only_cookie" \
        else "Authorization: Bearer access token"
    pair = jwt.refresh_ttl_days > 0 and refresh is not None
    if issuer is None:
        items.append(Note("no endpoint of this API issues tokens: callers bring tokens "
                          f"signed with {jwt.algorithm}", api))
    else:
        issued = [say(api, store, "save refresh token")] if pair and store else []
        issued.append(say(api, client, f"{ok(design, issuer)} access token "
                          f"({jwt.access_ttl_minutes} min, {jwt.algorithm})"
                          + (" + refresh token" if pair else ""), reply=True))
        items.append(say(client, api, call(design, issuer)))
        if _fails(design, issuer):
            items.append(Alt({"credentials valid": issued,
                              "invalid": [say(api, client, f"401 {phrase(401)}", reply=True)]}))
        else:
            items += issued
    items += _use(design, client, api, credential)
    if pair and refresh is not None:
        rotation = "old token revoked, new pair issued" if jwt.rotation \
            else "same refresh token kept"
        renewed = [say(api, client, f"{ok(design, refresh)} new access token; {rotation}",
                       reply=True)]
        items += [Note("access token expired", client), say(client, api, call(design, refresh))]
        if store is not None:
            items.append(say(api, store, f"check refresh token ({human(jwt.revocation)})"))
        items.append(Alt({"valid": renewed, "revoked or expired": [
            say(api, client, f"401 {phrase(401)}: sign in again", reply=True)]})
            if _fails(design, refresh) else renewed[0])
    if logout is not None:
        items.append(say(client, api, call(design, logout)))
        if store is not None:
            items.append(say(api, store, "add the access token to the denylist"
                             if jwt.revocation is Revocation.DENYLIST
                             else "revoke the refresh token"))
        items.append(say(api, client, ok(design, logout), reply=True))
    return items


def _exchange(design: Design, api: Participant, idp: Participant,
              providers: list[Provider]) -> list[Item]:
    """Tokens back from providers that all speak one protocol, and the profile they give."""
    if any(steps.speaks_oidc(design, p) for p in providers) or (
            not providers and design.auth.oauth.oidc):
        return [say(idp, api, "access token + ID token", reply=True),
                say(api, api, "verify the ID token (signature, issuer, audience)")]
    profiles = [steps.host(steps.PROVIDERS[p].profile) for p in providers
                if p in steps.PROVIDERS]
    where = f" ({', '.join(profiles)})" if profiles else ""
    return [say(idp, api, "access token", reply=True),
            say(api, idp, f"GET user profile{where}"),
            say(idp, api, "profile", reply=True)]


def _protocols(design: Design) -> dict[str, list[Provider]]:
    """Providers split by what sign-in with them yields: an ID token, or only an access token."""
    groups: dict[str, list[Provider]] = {}
    for provider in design.auth.oauth.providers:
        key = "OpenID Connect" if steps.speaks_oidc(design, provider) else "OAuth 2.0"
        groups.setdefault(key, []).append(provider)
    return groups


def _callbacks(design: Design, user: Participant, api: Participant,
               idp: Participant) -> list[Item]:
    """The code exchange: one branch per provider when each has its own callback endpoint,
    else one call with a branch per protocol."""
    verifier = ", code_verifier" if design.auth.oauth.pkce else ""
    token = say(api, idp, f"POST token endpoint (code{verifier})")
    providers = design.auth.oauth.providers
    own = {p: steps.endpoint(design, AuthStep.OAUTH_CALLBACK, p.value) for p in providers}
    if len({id(e) for e in own.values() if e is not None}) > 1:
        branches: dict[str, list[Item]] = {}
        for provider, callback in own.items():
            if callback is not None:
                branches[human(provider)] = [say(user, api, call(design, callback)), token,
                                             *_exchange(design, api, idp, [provider])]
        return [Alt(branches)]
    callback = steps.endpoint(design, AuthStep.OAUTH_CALLBACK)
    assert callback is not None  # the caller checked
    groups = _protocols(design)
    exchange: list[Item]
    if len(groups) > 1:
        exchange = [Alt({f"{protocol} ({human_list(members)})":
                         _exchange(design, api, idp, members)
                         for protocol, members in groups.items()})]
    else:
        exchange = _exchange(design, api, idp, list(providers))
    return [say(user, api, call(design, callback)), token, *exchange]


def _signed_in(design: Design, api: Participant, user: Participant,
               callback: Endpoint) -> Message:
    done = ok(design, callback)
    if AuthMethod.JWT in design.auth.methods:
        jwt = design.auth.jwt
        refresh = steps.endpoint(design, AuthStep.REFRESH) is not None \
            and jwt.refresh_ttl_days > 0
        return say(api, user, f"{done} our access token" + (" + refresh token" if refresh else ""),
                   reply=True)
    if AuthMethod.SESSION in design.auth.methods:
        return say(api, user, f"{done} Set-Cookie {design.auth.session.cookie_name}", reply=True)
    return say(api, user, f"{done} signed in", reply=True)


def _oauth(design: Design) -> list[Item]:
    oauth = design.auth.oauth
    providers = human_list(oauth.providers) or "identity provider"
    user, api, idp = participants("User agent", backend_label(design), f"IdP: {providers}")
    items: list[Item] = [user, api, idp]
    start = steps.endpoint(design, AuthStep.OAUTH_START)
    callback = steps.endpoint(design, AuthStep.OAUTH_CALLBACK)
    pkce = " + PKCE code_challenge" if oauth.pkce else ""
    hosts = ", ".join(steps.host(steps.PROVIDERS[p].authorize_url) for p in oauth.providers
                      if p in steps.PROVIDERS)
    where = f" ({hosts})" if hosts else ""
    if start is not None:
        started = ok(design, start)
        redirects = started.startswith("3")
        items += [say(user, api, steps.url(design, start)),
                  say(api, user, f"{started}: " + ("redirect to " if redirects else "")
                      + f"the provider's authorization URL{where} with state{pkce}",
                      reply=True)]
        if not redirects:
            items.append(say(user, idp, "open the authorization URL"))
    else:
        items.append(say(user, idp, f"authorization request{where} with state{pkce}"))
    items += [say(user, idp, "user signs in and consents"),
              say(idp, user, "authorization code", reply=True)]
    if callback is None:
        items.append(Note("the design has no OAuth callback endpoint", api))
        return items
    items += [*_callbacks(design, user, api, idp),
              say(api, api, "find or create the user"),
              _signed_in(design, api, user, callback)]
    return items


def _session(design: Design) -> list[Item]:
    session = design.auth.session
    client, api, store = participants("Browser", backend_label(design),
                                      f"Session store ({human(session.store)})")
    items: list[Item] = [client, api, store, *_register(design, client, api)]
    issuer = _issuer(design)
    if issuer is None:
        items.append(Note("no endpoint of this API starts a session", api))
    else:
        items += [say(client, api, call(design, issuer)),
                  say(api, store, f"create session (idle timeout {session.ttl_minutes} min)"),
                  say(api, client, f"{ok(design, issuer)} Set-Cookie {session.cookie_name} "
                      "(HttpOnly, Secure, SameSite)", reply=True)]
    target = _protected(design)
    if target is not None:
        items += [say(client, api, f"{steps.url(design, target)} with cookie "
                      f"{session.cookie_name}"),
                  say(api, store, "load the session and extend its timeout"),
                  say(api, client, ok(design, target), reply=True)]
    logout = steps.endpoint(design, AuthStep.LOGOUT)
    if logout is not None:
        items += [say(client, api, call(design, logout)),
                  say(api, store, "delete the session"),
                  say(api, client, f"{ok(design, logout)}, cookie cleared", reply=True)]
    return items


def auth_flows(design: Design) -> list[Diagram]:
    """One sequence diagram per chosen auth flow, in the order of `FLOWS`."""
    builders = {AuthMethod.JWT: _jwt, AuthMethod.OAUTH2: _oauth, AuthMethod.SESSION: _session}
    out = []
    for method, (stem, title) in FLOWS.items():
        if method in design.auth.methods:
            full = f"{title} for {system(design)}"
            chart = SequenceDiagram(full, builders[method](design))  # type: ignore[arg-type]
            out.append(Diagram(stem, full, script(chart, full)))
    return out
