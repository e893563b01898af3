"""The project model's cross-field checks: they report precisely and never refuse a design."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from designer.model import Design, problems
from designer.model.api import Endpoint, Method, Resource, Schema, SchemaField, SchemaRef
from designer.model.architecture import Dependency, Service
from designer.model.auth import Action, Permission, Role, Scope
from designer.model.data import Entity, Field, FieldType, Index, Relationship
from designer.model.operations import EnvVar


def messages(design: Design) -> list[str]:
    return [str(p) for p in problems(design)]


def shop() -> Design:
    """A small consistent design to break in each test."""
    d = Design.new("Shop")
    d.architecture.services = [
        Service(name="users"),
        Service(name="orders", depends_on=[Dependency(target="users")]),
    ]
    d.data.entities = [
        Entity(
            name="User",
            service="users",
            fields=[Field(name="id", type=FieldType.UUID, primary_key=True)],
        ),
        Entity(
            name="Order",
            service="orders",
            fields=[
                Field(name="id", type=FieldType.UUID, primary_key=True),
                Field(name="user_id", type=FieldType.UUID, references="User.id"),
            ],
            indexes=[Index(fields=["user_id"])],
        ),
    ]
    d.data.relationships = [Relationship(source="User", target="Order")]
    d.auth.roles = [Role(name="customer"), Role(name="admin", inherits=["customer"])]
    d.auth.oauth.scopes = [Scope(name="orders:read")]
    d.api.schemas = [Schema(name="LoginRequest", fields=[SchemaField(name="email", type="email")])]
    d.api.resources = [
        Resource(
            name="orders",
            entity="Order",
            endpoints=[
                Endpoint(
                    method=Method.GET,
                    path="/orders/{id}",
                    roles=["customer"],
                    scopes=["orders:read"],
                    service="orders",
                    response=SchemaRef(name="Order"),
                ),
                Endpoint(
                    method=Method.POST,
                    path="/login",
                    request=SchemaRef(name="LoginRequest"),
                    service="users",
                ),
            ],
        )
    ]
    d.auth.permissions = [Permission(role="customer", resource="orders", actions=[Action.READ])]
    return d


def test_a_consistent_design_has_no_problems() -> None:
    assert messages(shop()) == []


def test_an_empty_design_has_no_problems() -> None:
    assert messages(Design()) == []


def test_unknown_fk_entity_is_located_precisely() -> None:
    d = shop()
    d.data.entities[1].fields[1].references = "Usr"
    assert "data.entities[Order].fields[user_id]: references unknown entity 'Usr'" in messages(d)


def test_unknown_fk_field() -> None:
    d = shop()
    d.data.entities[1].fields[1].references = "User.uid"
    assert "data.entities[Order].fields[user_id]: references unknown field 'User.uid'" in messages(
        d
    )


def test_duplicate_and_empty_names() -> None:
    d = shop()
    d.data.entities.append(Entity(name="User"))
    d.data.entities.append(Entity(name=""))
    found = messages(d)
    assert "data.entities[User]: entity name 'User' is used 2 times" in found
    assert "data.entities[#4]: entity has no name" in found


def test_path_parameters_must_be_well_formed() -> None:
    d = shop()
    endpoints = d.api.resources[0].endpoints
    endpoints.append(Endpoint(method=Method.GET, path="/orders/{id"))
    endpoints.append(Endpoint(method=Method.PUT, path="/orders/{order id}"))
    endpoints.append(Endpoint(method=Method.DELETE, path="/a/{x}/b/{x}"))
    endpoints.append(Endpoint(method=Method.PATCH, path="orders"))
    found = messages(d)
    assert (
        "api.resources[orders].endpoints[GET /orders/{id]: path '/orders/{id' has unbalanced braces"
        in found
    )
    assert (
        "api.resources[orders].endpoints[PUT /orders/{order id}]: path parameter "
        "'{order id}' is not a valid name"
    ) in found
    assert (
        "api.resources[orders].endpoints[DELETE /a/{x}/b/{x}]: path parameter '{x}' appears 2 times"
        in found
    )
    assert (
        "api.resources[orders].endpoints[PATCH orders]: path 'orders' must start with '/'" in found
    )


def test_endpoint_references_roles_scopes_schemas_services() -> None:
    d = shop()
    e = d.api.resources[0].endpoints[0]
    e.roles = ["root"]
    e.scopes = ["orders:write"]
    e.response = SchemaRef(name="Ordr")
    e.service = "billing"
    at = "api.resources[orders].endpoints[GET /orders/{id}]"
    found = messages(d)
    assert f"{at}.roles: references unknown role 'root'" in found
    assert f"{at}.scopes: references unknown scope 'orders:write'" in found
    assert f"{at}.response: references unknown entity or schema 'Ordr'" in found
    assert f"{at}.service: references unknown service 'billing'" in found


def test_duplicate_endpoints_across_resources() -> None:
    d = shop()
    d.api.resources.append(Resource(name="more", endpoints=[Endpoint(path="/orders/{id}")]))
    assert "api.endpoints[GET /orders/{id}]: endpoint is defined 2 times" in messages(d)


def test_service_dependencies_resolve() -> None:
    d = shop()
    d.architecture.services[1].depends_on.append(Dependency(target="payments"))
    d.architecture.services[0].depends_on.append(Dependency(target="users"))
    found = messages(d)
    assert (
        "architecture.services[orders].depends_on[payments]: references unknown service 'payments'"
        in found
    )
    assert "architecture.services[users].depends_on[users]: a service depends on itself" in found


def test_relationships_indexes_and_permissions_resolve() -> None:
    d = shop()
    d.data.relationships.append(
        Relationship(source="User", target="Tag", kind="many_to_many", through="UserTag")
    )
    d.data.entities[1].indexes.append(Index(fields=["status"]))
    d.auth.permissions.append(Permission(role="guest", resource="orders"))
    d.auth.roles[1].inherits.append("owner")
    found = messages(d)
    assert "data.relationships[User->Tag]: references unknown entity 'Tag'" in found
    assert "data.relationships[User->Tag]: references unknown entity 'UserTag'" in found
    assert "data.entities[Order].indexes[status]: indexes unknown field 'status'" in found
    assert "auth.permissions[guest/orders]: references unknown role 'guest'" in found
    assert "auth.roles[admin].inherits: references unknown role 'owner'" in found


def test_other_checks() -> None:
    d = shop()
    d.stack.framework = "other"
    d.data.pool.min_size = 50
    d.api.page_size = 500
    d.data.entities[0].fields.append(Field(name="status", type=FieldType.ENUM))
    d.operations.env = [EnvVar(name="DATABASE_URL"), EnvVar(name="DATABASE_URL")]
    found = messages(d)
    assert "stack.framework_other: framework is 'other' but no name is given" in found
    assert "data.pool: minimum pool size is larger than the maximum" in found
    assert "api.page_size: default page size is larger than the maximum page size" in found
    assert "data.entities[User].fields[status]: enum field has no values" in found
    assert (
        "operations.env[DATABASE_URL]: environment variable name 'DATABASE_URL' is used 2 times"
    ) in found


def test_problems_are_sorted_and_unique() -> None:
    d = shop()
    d.data.entities[1].fields[1].references = "Usr"
    d.data.entities.append(Entity(name=""))
    found = problems(d)
    assert found == sorted(set(found))


def test_types_are_still_enforced_on_assignment() -> None:
    d = Design()
    with pytest.raises(ValidationError):
        d.requirements.nfr.peak_rps = -5  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        Design.model_validate({"schema_version": 1, "requirementz": {}})


def test_korean_and_emoji_names_are_fine() -> None:
    d = Design.new("쇼핑몰 🚀")
    d.data.entities = [Entity(name="주문", fields=[Field(name="아이디", primary_key=True)])]
    d.api.resources = [
        Resource(name="주문들", entity="주문", endpoints=[Endpoint(path="/orders/{order_id}")])
    ]
    assert messages(d) == []
