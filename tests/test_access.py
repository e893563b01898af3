"""The scopes an operation requires come from the design, and the spec says the same."""

from __future__ import annotations

from designer.contract.access import required_scopes
from designer.export.openapi import build
from designer.model import SCHEMA_VERSION, Design


def _design(**endpoint_extra: object) -> Design:
    return Design.model_validate({
        "schema_version": SCHEMA_VERSION,
        "requirements": {"name": "Shop"},
        "auth": {
            "methods": ["oauth2", "api_key"],
            "oauth": {"scopes": [{"name": "openid"}, {"name": "orders:read"},
                                 {"name": "orders:write"}, {"name": "catalog:read"}]},
        },
        "data": {"entities": [{"name": "Order", "fields": [
            {"name": "id", "type": "uuid", "primary_key": True}]}]},
        "api": {"resources": [{"name": "orders", "entity": "Order", "endpoints": [
            {"method": "GET", "path": "/orders", "response": {"name": "Order", "many": True}},
            {"method": "POST", "path": "/orders", "response": {"name": "Order"},
             **endpoint_extra},
            {"method": "DELETE", "path": "/orders/{id}"},
            {"method": "GET", "path": "/orders/{id}/receipt", "auth": "none"},
        ]}]},
    })


def _security(doc: dict, path: str, method: str) -> list[dict]:
    return doc["paths"][f"/api/v1{path}"][method]["security"]


def test_resource_scopes_guard_their_resource_by_access() -> None:
    design = _design()
    resource = design.api.resources[0]
    scopes = [required_scopes(design, resource, e) for e in resource.endpoints]
    assert scopes == [["orders:read"], ["orders:write"], ["orders:write"], []]
    doc = build(design)
    assert _security(doc, "/orders", "get") == [{"oauth2": ["orders:read"]}, {"apiKeyAuth": []}]
    assert _security(doc, "/orders", "post")[0] == {"oauth2": ["orders:write"]}
    assert _security(doc, "/orders/{id}/receipt", "get") == []
    assert "scopes orders:read" in doc["paths"]["/api/v1/orders"]["get"]["description"]


def test_an_endpoints_own_scopes_win_and_login_scopes_guard_nothing() -> None:
    design = _design(scopes=["catalog:read"])
    resource = design.api.resources[0]
    assert required_scopes(design, resource, resource.endpoints[1]) == ["catalog:read"]
    design.auth.oauth.scopes = [s for s in design.auth.oauth.scopes if ":" not in s.name]
    assert required_scopes(design, resource, resource.endpoints[0]) == []
