"""Who may call an endpoint: the OAuth scopes it requires, from the design.

An endpoint's own `scopes` win. Otherwise the API's scopes are read by their names: a scope
`<resource>:<access>` (`orders:read`, `catalog:write`) guards the endpoints of that resource, with
the most specific access the design declares (GET → list / read; POST → create / write; PUT and
PATCH → update / write; DELETE → delete / write). Provider login scopes such as `openid` or
`profile` have no resource part and guard nothing of this API.
"""

from __future__ import annotations

from designer.contract.naming import singular, snake
from designer.model.api import Endpoint, EndpointAuth, Method, Resource
from designer.model.design import Design

_ACCESS = {
    Method.GET: ("read",),
    Method.POST: ("create", "write"),
    Method.PUT: ("update", "write"),
    Method.PATCH: ("update", "write"),
    Method.DELETE: ("delete", "write"),
}


def _resource_keys(resource: Resource) -> set[str]:
    keys = {resource.name.lower(), snake(resource.name)}
    if resource.entity:
        keys |= {resource.entity.lower(), snake(resource.entity)}
    return {k for key in keys if key for k in (key, singular(key), key.replace("_", "-"))}


def required_scopes(design: Design, resource: Resource, endpoint: Endpoint) -> list[str]:
    """The OAuth scopes `endpoint` needs; empty for public endpoints or when none apply."""
    if endpoint.auth is EndpointAuth.NONE:
        return []
    if endpoint.scopes:
        return list(dict.fromkeys(s for s in endpoint.scopes if s.strip()))
    declared: dict[tuple[str, str], str] = {}
    for scope in design.auth.oauth.scopes:
        owner, colon, access = scope.name.partition(":")
        if colon and owner and access:
            declared.setdefault((owner.lower(), access.lower()), scope.name)
    if not declared:
        return []
    keys = _resource_keys(resource)
    wanted = _ACCESS[endpoint.method]
    if endpoint.method is Method.GET and not endpoint.path_params:
        wanted = ("list", "read")
    for access in wanted:
        for key in sorted(keys):
            if (key, access) in declared:
                return [declared[(key, access)]]
    return []
