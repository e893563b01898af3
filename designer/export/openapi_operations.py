"""One OpenAPI operation per endpoint: parameters, request body, responses, security.

Status codes are the endpoint's own when the design lists them (plus a success code if none is
listed); otherwise they are derived the way the seeds describe a careful API: 400 when there is
input to validate, 401 / 403 for protected endpoints (401 also for sign-in steps that take
credentials: login, refresh, an OAuth callback), 404 for item paths, 409 when a create or
update can hit a unique constraint or an idempotency key is reused, 429 under a rate limit (the
login limit covers the login, register and token steps) and 500 always. Every 4xx / 5xx refers
to the shared error response of the design's error format.
"""

from __future__ import annotations

from typing import Any

from designer.contract.access import required_scopes
from designer.contract.auth_steps import CREDENTIAL_STEPS, LIMITED_STEPS
from designer.contract.naming import looks_plural, pascal, snake, words
from designer.contract.variants import body_context, paginates, primary_keys
from designer.export import openapi_errors as errors
from designer.export import openapi_security as security
from designer.export.openapi_components import Components
from designer.export.openapi_paths import Placed
from designer.model import Design
from designer.model.api import (
    Endpoint,
    EndpointAuth,
    Method,
    Pagination,
    Resource,
    SchemaRef,
    Variant,
)
from designer.model.data import Entity

_NO_BODY = {204, 205, 304}


def success_code(endpoint: Endpoint) -> int:
    """The success status an endpoint answers with when the design does not say."""
    if endpoint.method is Method.GET:
        return 200
    if endpoint.method is Method.POST:
        request = endpoint.request
        last = endpoint.path.rstrip("/").rsplit("/", 1)[-1]
        if request is not None and request.variant is Variant.CREATE and not request.many:
            return 201
        if "{" not in last and looks_plural(pascal(last)) and endpoint.response is not None:
            return 201
    return 200 if endpoint.response is not None else 204


def _conflicts(design: Design, endpoint: Endpoint) -> bool:
    if endpoint.idempotency_key:
        return True
    request = endpoint.request
    if request is None or endpoint.method not in (Method.POST, Method.PUT, Method.PATCH):
        return False
    entity = design.data.entity(request.name)
    if entity is None:
        return False
    unique = any(f.unique and not f.primary_key for f in entity.fields)
    return unique or any(index.unique for index in entity.indexes)


def shows_response(design: Design, endpoint: Endpoint) -> bool:
    """Whether the spec shows `endpoint`'s response body: it has one, and a 2xx code that
    carries a body."""
    return endpoint.response is not None and any(
        200 <= code < 300 and code not in _NO_BODY for code in status_codes(design, endpoint))


def status_codes(design: Design, endpoint: Endpoint) -> list[int]:
    """Status codes of `endpoint`, sorted: as designed, or derived (see the module text)."""
    if endpoint.status_codes:
        codes = set(endpoint.status_codes)
        if not any(100 <= c < 400 for c in codes):
            codes.add(success_code(endpoint))
        return sorted(codes)
    codes = {success_code(endpoint), 500}
    has_input = (
        endpoint.request is not None
        or bool(endpoint.path_params)
        or bool(endpoint.filters or endpoint.sort)
        or paginates(design, endpoint)
    )
    if has_input:
        codes.add(400)
    if endpoint.auth is not EndpointAuth.NONE or endpoint.auth_step in CREDENTIAL_STEPS:
        codes.add(401)
    if endpoint.auth is EndpointAuth.REQUIRED:
        codes.add(403)
    if endpoint.path_params:
        codes.add(404)
    if _conflicts(design, endpoint):
        codes.add(409)
    login_limited = design.auth.login_rate_limit is not None \
        and endpoint.auth_step in LIMITED_STEPS
    if design.api.rate_limit is not None or login_limited:
        codes.add(429)
    return sorted(codes)


def summary(endpoint: Endpoint, operation_id: str) -> str:
    """The endpoint's summary, or one made from its operationId (listOrders → List orders)."""
    text = " ".join(endpoint.summary.split())
    if text:
        return text
    made = " ".join(words(operation_id)).lower()
    return made[:1].upper() + made[1:]


def _access(endpoint: Endpoint, schemes: list[str], scopes: list[str]) -> str:
    if endpoint.auth is EndpointAuth.NONE:
        return "Access: public (no authentication)."
    who = f"roles {', '.join(endpoint.roles)}" if endpoint.roles else "any authenticated caller"
    if scopes:
        who += f"; scopes {', '.join(scopes)}"
    text = f"Access: {who}."
    if endpoint.auth is EndpointAuth.OPTIONAL:
        text = f"Access: optional authentication ({who} gets more)."
    if not schemes:
        text += " The design defines no HTTP authentication scheme yet."
    return text


def description(
    design: Design, endpoint: Endpoint, schemes: list[str], scopes: list[str] | None = None
) -> str:
    """The endpoint's description followed by what the design says about access and paging."""
    parts = [endpoint.description.strip()] if endpoint.description.strip() else []
    parts.append(_access(endpoint, schemes, list(endpoint.scopes) if scopes is None else scopes))
    if paginates(design, endpoint):
        parts.append(
            f"Paginated ({design.api.pagination.value}); "
            f"{design.api.page_size} items per page by default."
        )
    if endpoint.idempotency_key:
        parts.append(
            "Send an Idempotency-Key header: a retry with the same key returns the "
            "first result instead of repeating the operation."
        )
    return "\n\n".join(parts)


def _path_param_schema(
    components: Components, resource: Resource, name: str
) -> tuple[dict, str]:
    """Schema and description of path parameter `name` of an endpoint of `resource`."""
    design = components.design
    own = design.data.entity(resource.entity) if resource.entity else None
    if own is not None:
        keys = primary_keys(own)
        if len(keys) == 1 and name in {"id", *_key_names(own)}:
            key = components.member_schema(keys[0], nullable=False)
            return _plain(key), f"{own.name} identifier."
        if (field := own.field(name)) is not None:
            value = components.member_schema(field, nullable=False)
            return _plain(value), f"{own.name} {name}."
    # Another entity whose key the name names: looked up, not searched for on every endpoint.
    # (Were the first such entity `own`, its own check above would have answered.)
    entity = _key_owners(components).get(name)
    if entity is not None:
        key = components.member_schema(primary_keys(entity)[0], nullable=False)
        return _plain(key), f"{entity.name} identifier."
    return {"type": "string"}, f"Path parameter {name}."


def _key_names(entity: Entity) -> tuple[str, str]:
    """The path parameter names that stand for `entity`'s key: `order_id`, `orderId`."""
    return (f"{snake(entity.name)}_id",
            f"{pascal(entity.name)[:1].lower()}{pascal(entity.name)[1:]}Id")


def _key_owners(components: Components) -> dict[str, Entity]:
    """`components.key_owners`, built once per document."""
    if components.key_owners is None:
        owners: dict[str, Entity] = {}
        for entity in components.design.data.entities:
            if len(primary_keys(entity)) == 1:
                for key_name in _key_names(entity):
                    owners.setdefault(key_name, entity)
        components.key_owners = owners
    return components.key_owners


def _plain(schema: dict[str, Any]) -> dict[str, Any]:
    drop = ("description", "default", "readOnly", "writeOnly")
    return {k: v for k, v in schema.items() if k not in drop}


def _param(
    name: str, where: str, text: str, schema: dict[str, Any], required: bool = False
) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "required": required or where == "path",
        "description": text,
        "schema": schema,
    }


def _query_schema(components: Components, entity: Entity | None, name: str) -> dict[str, Any]:
    field = entity.field(name) if entity else None
    if field is None or field.is_list or field.is_map or field.type == "object":
        return {"type": "string"}
    return _plain(components.member_schema(field, nullable=False))


def example_name(target: SchemaRef, paginated: bool = False) -> str:
    """The key of a body's example in a media type's `examples`: `order`, `order_page`."""
    base = snake(target.name) or "example"
    if target.many:
        base += "_page" if paginated else "_list"
    return base


def _examples(target: SchemaRef, value: Any, paginated: bool) -> dict[str, Any]:
    return {example_name(target, paginated): {"value": value}}


class OperationBuilder:
    """Builds operations for one design, sharing its components and security schemes."""

    def __init__(self, design: Design, components: Components, schemes: list[str]) -> None:
        self.design = design
        self.components = components
        self.schemes = schemes

    def parameters(self, placed: Placed) -> list[dict[str, Any]]:
        """Path, query and header parameters of an endpoint."""
        design, endpoint = self.design, placed.endpoint
        out: list[dict[str, Any]] = []
        for spec_name, design_name in placed.params:
            schema, text = _path_param_schema(self.components, placed.resource, design_name)
            if spec_name != design_name and text.endswith(" identifier."):
                # The path names it after another endpoint of the same OpenAPI path; the other
                # texts end with the design's name already.
                text = f"{text[:-1]} (as {design_name})."
            out.append(_param(spec_name, "path", text, schema))
        taken = {"sort"}
        if paginates(design, endpoint):
            out.extend(self._page_parameters())
            taken |= {"limit", "offset", "cursor", "after"}
        if endpoint.sort:
            choices = list(dict.fromkeys(v for f in endpoint.sort for v in (f, f"-{f}")))
            text = "Sort order: a field name, `-` in front for descending."
            out.append(_param("sort", "query", text, {"type": "string", "enum": choices}))
        entity = self.components.entity(placed.resource.entity)
        for name in dict.fromkeys(endpoint.filters):
            if not name.strip() or name in taken:
                continue
            taken.add(name)
            text = f"Only items whose {name} matches."
            out.append(_param(name, "query", text, _query_schema(self.components, entity, name)))
        if endpoint.idempotency_key:
            text = "Unique key per logical operation (a UUID); retries reuse it."
            schema = {"type": "string", "minLength": 1, "maxLength": 255}
            key = _param("Idempotency-Key", "header", text, schema, required=True)
            out.append(self.components.parameter("IdempotencyKey", key))
        return out

    def _page_parameters(self) -> list[dict[str, Any]]:
        api = self.design.api
        limit_schema = {
            "type": "integer",
            "minimum": 1,
            "maximum": api.max_page_size,
            "default": min(api.page_size, api.max_page_size),
        }
        text = f"Items per page (at most {api.max_page_size})."
        out = [self.components.parameter("Limit", _param("limit", "query", text, limit_schema))]
        if api.pagination is Pagination.OFFSET:
            schema: dict[str, Any] = {"type": "integer", "minimum": 0, "default": 0}
            param = _param("offset", "query", "Items to skip.", schema)
            out.append(self.components.parameter("Offset", param))
        elif api.pagination is Pagination.CURSOR:
            text = "`next_cursor` of the previous page; absent for the first page."
            param = _param("cursor", "query", text, {"type": "string"})
            out.append(self.components.parameter("Cursor", param))
        else:
            text = "`next_after` of the previous page; absent for the first page."
            param = _param("after", "query", text, {"type": "string"})
            out.append(self.components.parameter("After", param))
        return out

    def responses(self, endpoint: Endpoint) -> dict[str, Any]:
        """Responses keyed by status code (as strings, as OpenAPI requires)."""
        out: dict[str, Any] = {}
        for code in status_codes(self.design, endpoint):
            if code >= 400:
                out[str(code)] = self.components.error_response(code)
                continue
            response: dict[str, Any] = {"description": errors.phrase(code)}
            if endpoint.response is not None and 200 <= code < 300 and code not in _NO_BODY:
                context = body_context(self.design, endpoint, endpoint.response)
                paged = paginates(self.design, endpoint)
                schema = self.components.body(endpoint.response, paged, context)
                value = self.components.body_example(endpoint.response, paged, context)
                response["content"] = {
                    "application/json": {
                        "schema": schema,
                        "examples": _examples(endpoint.response, value, paged),
                    }
                }
            out[str(code)] = response
        return out

    def operation(self, placed: Placed, operation_id: str, tag: str) -> dict[str, Any]:
        """The operation object of one placed endpoint."""
        endpoint = placed.endpoint
        scopes = required_scopes(self.design, placed.resource, endpoint)
        op: dict[str, Any] = {
            "tags": [tag],
            "summary": summary(endpoint, operation_id),
            "description": description(self.design, endpoint, self.schemes, scopes),
            "operationId": operation_id,
        }
        parameters = self.parameters(placed)
        if parameters:
            op["parameters"] = parameters
        if endpoint.request is not None:
            context = body_context(self.design, endpoint, endpoint.request)
            schema = self.components.body(endpoint.request, paginated=False, context=context)
            value = self.components.body_example(endpoint.request, False, context)
            op["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": schema,
                        "examples": _examples(endpoint.request, value, False),
                    }
                },
            }
        op["responses"] = self.responses(endpoint)
        op["security"] = security.requirement(endpoint, self.schemes, scopes)
        return op
