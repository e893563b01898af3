"""An OpenAPI description → a design: endpoints, schemas, entities, auth, servers, resources.

OpenAPI 3.0 and 3.1 are read as they are; Swagger 2.0 is first lifted to the 3.x shape
(`swagger2`). Local `$ref`s are followed (`refs`); a remote, dangling or cyclic reference
stops the import with one line. What the design cannot hold goes to the `Report`.

A description designer wrote itself carries more than the bare contract, and this importer reads
it back so that export → import → export gives the same bytes: the conventions list in
`info.description` (base path, error format, pagination, rate limit, idempotency), the
`Access:` paragraph of each operation (public, optional, roles, scopes), the body variants of
entities (`OrderCreate` titled `Order (create)`), `References X.` notes on foreign keys and the
automatic timestamps. Status codes that differ from what designer would derive are kept as the
endpoint's own list.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from designer.contract.naming import component_base, operation_id, pascal, snake
from designer.contract.webhook_delivery import DELIVERY_EXTENSION
from designer.export import openapi_errors as errors
from designer.export.openapi import LOCALE_EXTENSION
from designer.export.openapi_paths import base_segments
from designer.importers import openapi_auth, swagger2
from designer.importers.entities import EntityBuilder
from designer.importers.openapi_schemas import SchemaReader
from designer.importers.refs import RefError, Resolver
from designer.importers.report import Report
from designer.importers.source import ImportSourceError, guarded, load_document
from designer.model import Design
from designer.model.api import (
    Channel,
    ChannelKind,
    Endpoint,
    EndpointAuth,
    ErrorFormat,
    Method,
    Pagination,
    RateLimit,
    RateLimitScope,
    Resource,
    Schema,
    SchemaField,
    SchemaRef,
    SignatureEncoding,
    SigningScheme,
    Variant,
    Webhook,
)
from designer.model.data import Entity, Field
from designer.model.events import Message, MessageField
from designer.model.webhook_delivery import WebhookDelivery

_METHODS = {m.value.lower(): m for m in Method}
_OTHER_METHODS = ("head", "options", "trace")
_CONVENTIONS = "Conventions:\n\n"
_PAGE_PARAMS = {"limit", "offset", "cursor", "after"}
_VARIANT_TITLE = re.compile(r"^(.*) \((create|replace|patch)\)$")
_RATE = re.compile(r"- Rate limit: (\d+) requests per (\d+) s per ([a-z ]+);")
_PAGING = re.compile(r"- Pagination: (\w+), (\d+) items per page by default, at most (\d+)")
_VERSION_SEGMENT = re.compile(r"^(api|v[0-9]+(\.[0-9]+)*)$", re.I)


def import_file(path: Path, name: str | None = None) -> tuple[Design, Report]:
    """The design an OpenAPI file at `path` describes, and what could not be represented."""
    document = load_document(path, "an OpenAPI description")
    try:
        return guarded(path, "the description", lambda: import_document(document, name))
    except RefError as error:
        raise ImportSourceError(f"{path}: {error}") from None
    except _NotOpenApi as error:
        raise ImportSourceError(f"{path}: {error}") from None


class _NotOpenApi(Exception):
    pass


def import_document(document: dict[str, Any], name: str | None = None) -> tuple[Design, Report]:
    """The design an OpenAPI document (already parsed) describes."""
    report = Report()
    version = document.get("openapi")
    if "swagger" in document:
        if str(document.get("swagger")) != "2.0":
            raise _NotOpenApi(f"Swagger version {document.get('swagger')!r} is not supported "
                              "(2.0, OpenAPI 3.0 and 3.1 are)")
        document = swagger2.lift(document, report)
    elif not isinstance(version, str):
        raise _NotOpenApi("is not an OpenAPI description (no `openapi` version)")
    elif not re.match(r"3\.[01]\.", version + "."):
        raise _NotOpenApi(f"OpenAPI version {version!r} is not supported (3.0 and 3.1 are)")
    for key in ("paths", "components", "info", "webhooks"):
        if key in document and not isinstance(document[key], dict):
            raise _NotOpenApi(f"`{key}` is not a mapping")
    for key in ("schemas", "securitySchemes", "parameters", "responses", "requestBodies"):
        if not isinstance(document.get("components", {}).get(key, {}), dict):
            raise _NotOpenApi(f"`components.{key}` is not a mapping")
    for key in ("servers", "tags", "security"):
        if key in document and not isinstance(document[key], list):
            raise _NotOpenApi(f"`{key}` is not a list")
    for path, item in document.get("paths", {}).items():
        if not isinstance(item, dict):
            raise _NotOpenApi(f"`paths.{path}` is not a mapping")
    resolver = Resolver(document)
    resolver.check_all()
    return _Importer(document, resolver, report).run(name)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


class _Importer:
    def __init__(self, document: dict[str, Any], resolver: Resolver, report: Report) -> None:
        self.doc = document
        self.resolver = resolver
        self.report = report
        self.design = Design()
        self.schemas = _dict(_dict(document.get("components")).get("schemas"))
        self.conventions = False
        # component name → (design name, kind) where kind is entity / schema / page / skip
        self.kinds: dict[str, tuple[str, str]] = {}
        self.variant_of: dict[str, tuple[str, str]] = {}
        self.hints: dict[int, tuple[list[str], list[str]]] = {}
        self.signing_read = False
        self.key_hints: dict[str, dict[str, Any]] = {}
        # endpoint id → typed filter name → its schema (typed like the entity's field)
        self.filter_schemas: dict[int, dict[str, dict[str, Any]]] = {}
        self.schema_components: dict[str, str] = {}
        self.plain_filters: set[str] = set()
        self.last_variant = ""
        self.variant_roles: dict[str, list[str]] = {}
        self.payload_examples: dict[str, dict[str, Any]] = {}
        self.entities = EntityBuilder(self)
        self.reader = SchemaReader(resolver, self.type_name, report)
        self.scheme_methods = openapi_auth.scheme_names(
            _dict(_dict(document.get("components")).get("securitySchemes"))
        )

    # ----- names of components -----------------------------------------------------------

    def type_name(self, ref: str) -> str | None:
        """The design type a `$ref` to a component schema stands for."""
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            return None
        component = ref[len(prefix):].replace("~1", "/").replace("~0", "~")
        known = self.kinds.get(component)
        if known is not None and known[1] in ("entity", "schema"):
            return known[0]
        if component in self.variant_of:
            return self.variant_of[component][0]
        return None

    # ----- whole document ----------------------------------------------------------------

    def run(self, name: str | None) -> tuple[Design, Report]:
        design = self.design
        info = _dict(self.doc.get("info"))
        self._info(info, name)
        self._servers()
        self._classify()
        self._tags()
        self._paths()
        self._webhooks()
        openapi_auth.read_auth(
            _dict(_dict(self.doc.get("components")).get("securitySchemes")),
            design.auth, self.report,
        )
        self._components()
        self._key_only_entities()
        self._resource_entities()
        self._filtered_fields()
        self.entities.finish()
        self._status_codes()
        for key in self.doc:
            if key not in ("openapi", "swagger", "info", "servers", "tags", "paths", "webhooks",
                           "components", "security", "jsonSchemaDialect") \
                    and not str(key).startswith("x-"):
                self.report.note(key, "top-level section has no equivalent; left out")
        return design, self.report

    def _info(self, info: dict[str, Any], name: str | None) -> None:
        req = self.design.requirements
        title = str(info.get("title") or "")
        req.name = name or ("" if title == "Untitled API" else title) or "Imported API"
        locale = info.get(LOCALE_EXTENSION)
        if isinstance(locale, str):
            # The locale decides the examples designer writes: read it, never guess it.
            req.locale = locale.strip()
        text = str(info.get("description") or "")
        head, found, conventions = text.partition(_CONVENTIONS)
        if not found and text.startswith(_CONVENTIONS.rstrip()):
            head, conventions, found = "", text[len(_CONVENTIONS):], _CONVENTIONS
        if found:
            self.conventions = True
            req.description = head.rstrip("\n")
            self._read_conventions(conventions)
        else:
            req.description = text.strip()
            self.design.api.base_path = self._guess_base_path()

    def _read_conventions(self, text: str) -> None:
        api = self.design.api
        for line in text.splitlines():
            if line.startswith("- Base path: `") and line.endswith("`"):
                api.base_path = line[len("- Base path: `"):-1]
            elif line.startswith("- Errors: RFC 9457"):
                api.error_format = ErrorFormat.PROBLEM_JSON
            elif match := _PAGING.match(line):
                if match[1] in {p.value for p in Pagination}:
                    api.pagination = Pagination(match[1])
                api.max_page_size = max(1, int(match[3]))
                api.page_size = max(1, int(match[2]))
            elif match := _RATE.match(line):
                scope = match[3].replace(" ", "_")
                api.rate_limit = RateLimit(
                    requests=max(1, int(match[1])), window_seconds=max(1, int(match[2])),
                    scope=RateLimitScope(scope) if scope in {s.value for s in RateLimitScope}
                    else RateLimitScope.IP,
                )
            elif line.startswith("- Idempotency:"):
                api.idempotency = True
        if "- Pagination:" not in text:
            api.pagination = Pagination.NONE

    def _guess_base_path(self) -> str:
        """A foreign description's base path: the path of its first server URL, else the
        leading `api` / `v1` segments every path shares."""
        for server in _list(self.doc.get("servers")):
            url = str(_dict(server).get("url", ""))
            path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I).rstrip("/")
            if path and "{" not in path:
                self.server_prefix = path
                return path
        paths = [p.split("/")[1:] for p in _dict(self.doc.get("paths"))]
        prefix: list[str] = []
        while paths and all(len(p) > len(prefix) + 1 for p in paths):
            segment = paths[0][len(prefix)]
            if not _VERSION_SEGMENT.match(segment) or any(p[len(prefix)] != segment
                                                          for p in paths):
                break
            prefix.append(segment)
        return "/" + "/".join(prefix)

    def _servers(self) -> None:
        api = self.design.api
        for index, server in enumerate(_list(self.doc.get("servers"))):
            url = str(_dict(server).get("url", ""))
            if _dict(server).get("variables"):
                self.report.note(f"servers[{index}]", "server variables are not kept; the URL "
                                 "is kept as written")
            if url == "/" and _dict(server).get("description") == \
                    "The host that serves this document.":
                continue
            if not self.conventions and getattr(self, "server_prefix", ""):
                url = url.rstrip("/")
                if url.endswith(self.server_prefix):
                    url = url[: len(url) - len(self.server_prefix)]
            if url and url not in api.servers:
                api.servers.append(url)

    # ----- components: which is an entity, which a named schema --------------------------

    def _classify(self) -> None:
        """Decide for every component schema what it becomes, before anything refers to it."""
        used_as_body = self._body_components()
        reserved = {"PageInfo", "WebhookEvent", *errors.SCHEMA_NAMES} if self.conventions \
            else set()
        for component, schema in self.schemas.items():
            schema = _dict(schema)
            title = str(schema.get("title") or "")
            design_name = title or component
            if component in reserved:
                self.kinds[component] = (component, "skip")
                continue
            props = _dict(schema.get("properties"))
            if set(props) == {"items", "page"} and component.endswith("Page"):
                self.kinds[component] = (component, "page")
                continue
            match = _VARIANT_TITLE.match(title) if self.conventions else None
            if match:
                self.variant_of[component] = (match[1], match[2])
                continue
            if self.conventions:
                entity = schema.get("additionalProperties") is not False
            else:
                entity = component in used_as_body and "id" in props
            self.kinds[component] = (design_name, "entity" if entity else "schema")
        self.bodiless = {e for e, _ in self.variant_of.values()} - {
            n for n, k in self.kinds.values() if k == "entity"}

    def _body_components(self) -> set[str]:
        out: set[str] = set()
        for item in _dict(self.doc.get("paths")).values():
            for op in _dict(item).values():
                if not isinstance(op, dict):
                    continue
                bodies = [_dict(self.resolver.deref(op.get("requestBody")))]
                for response in _dict(op.get("responses")).values():
                    bodies.append(_dict(self.resolver.deref(response)))
                for body in bodies:
                    for media in _dict(body.get("content")).values():
                        schema = _dict(_dict(media).get("schema"))
                        if schema.get("type") == "array":
                            schema = _dict(schema.get("items"))
                        ref = schema.get("$ref")
                        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                            out.add(ref.rsplit("/", 1)[-1])
        return out

    def _components(self) -> None:
        api = self.design.api
        for component, schema in self.schemas.items():
            kind = self.kinds.get(component)
            bodiless = self.variant_of.get(component, ("", ""))[0]
            if bodiless in self.bodiless and self.design.data.entity(bodiless) is None:
                # Only write bodies of this entity are in the spec: its read body was unused.
                self.entities.read_variant("", bodiless, {})
            if kind is None:
                continue
            where = f"components.schemas.{component}"
            design_name, what = kind
            if what == "entity":
                self.entities.read_variant(component, design_name, _dict(schema))
            elif what == "schema":
                schema = _dict(self.resolver.deref(schema))
                if schema.get("type") not in (None, "object") or not isinstance(
                        schema.get("properties", {}), dict):
                    self.report.note(where, "a named schema that is not an object; its value "
                                     "is kept as one field `value`")
                    field = self.reader.member("value", schema, where)
                    fields = [SchemaField(**field.model_dump())]
                else:
                    fields = [SchemaField(**m.model_dump())
                              for m in self.reader.members(schema, where)]
                self.schema_components[design_name] = component
                api.schemas.append(Schema(name=design_name,
                                          description=str(schema.get("description") or ""),
                                          fields=fields))
            elif what == "page":
                pass
        for component, (entity, shape) in self.variant_of.items():
            self.entities.write_variant(component, entity, shape, _dict(self.schemas[component]))
        if "PageInfo" in self.schemas and self.conventions:
            props = _dict(_dict(self.schemas["PageInfo"]).get("properties"))
            limit = _dict(props.get("limit"))
            if isinstance(limit.get("maximum"), int):
                api.max_page_size = max(1, limit["maximum"])

    # ----- tags and paths ----------------------------------------------------------------

    def _tags(self) -> None:
        self.resources: dict[str, Resource] = {}
        for tag in _list(self.doc.get("tags")):
            tag = _dict(tag)
            name = str(tag.get("name") or "")
            if not name or name in self.resources:
                continue
            text = str(tag.get("description") or "")
            resource = Resource(name=name, description=text)
            if self.conventions:
                if match := re.fullmatch(r"Operations on (.+)\.", text):
                    resource.entity, resource.description = match[1], ""
                elif text == f"Operations of the {name} resource.":
                    resource.description = ""
            self.resources[name] = resource

    def _resource(self, name: str) -> Resource:
        if name not in self.resources:
            self.resources[name] = Resource(name=name)
        return self.resources[name]

    def _paths(self) -> None:
        base = "/" + "/".join(base_segments(self.design.api.base_path))
        base = "" if base == "/" else base
        for path, item in _dict(self.doc.get("paths")).items():
            item = _dict(self.resolver.deref(item))
            shared = _list(item.get("parameters"))
            for key, op in item.items():
                where = f"paths.{path}.{key}"
                if key in _OTHER_METHODS:
                    self.report.note(where, f"{key.upper()} operations have no equivalent; "
                                     "left out")
                    continue
                if key not in _METHODS or not isinstance(op, dict):
                    if key not in ("parameters", "summary", "description", "servers") \
                            and not str(key).startswith("x-"):
                        self.report.note(where, "not an operation; left out")
                    continue
                if self._channel(path, key, op):
                    continue
                inside = path.startswith(base + "/") or path == base or not base
                local = path[len(base):] if inside and base else path
                if not inside:
                    self.report.note(where, f"path is outside the base path {base}; kept whole")
                self._operation(where, local or "/", _METHODS[key], op, shared)
        self.design.api.resources = [r for r in self.resources.values() if r.endpoints
                                     or r.name not in ("realtime", "webhooks")
                                     or not self.conventions]

    def _channel(self, path: str, method: str, op: dict[str, Any]) -> bool:
        """An SSE stream designer wrote (tag realtime, text/event-stream): a channel."""
        ok = _dict(_dict(op.get("responses")).get("200"))
        if method != "get" or "text/event-stream" not in _dict(ok.get("content")):
            return False
        summary = str(op.get("summary") or "")
        name = summary.removeprefix("Server-Sent Events: ")
        parts = str(op.get("description") or "").split("\n\n")
        parts = [p for p in parts if not p.startswith("Streams Server-Sent Events;")]
        self.design.api.channels.append(Channel(
            name="" if name == path else name, kind=ChannelKind.SSE, path=path,
            description="\n\n".join(parts),
        ))
        return True

    def _operation(self, where: str, path: str, method: Method, op: dict[str, Any],
                   shared: list[Any]) -> None:
        endpoint = Endpoint(method=method, path=path)
        tags = [t for t in _list(op.get("tags")) if isinstance(t, str)]
        if len(tags) > 1:
            self.report.note(where, f"tagged {', '.join(tags)}; filed under the first")
        tag = tags[0] if tags else (next((s for s in path.split("/") if s and "{" not in s),
                                         "default"))
        resource = self._resource(tag)
        text = str(op.get("description") or "")
        self._access(endpoint, op, text)
        self._parameters(endpoint, where, [*shared, *_list(op.get("parameters"))])
        self._request(endpoint, where, op)
        self._responses(endpoint, where, op)
        op_id = str(op.get("operationId") or "")
        summary = " ".join(str(op.get("summary") or "").split())
        many = endpoint.response.many if endpoint.response is not None else None
        derived = operation_id(method.value.lower(), path, collection=many)
        made = " ".join(re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", op_id or derived)).lower()
        made = made[:1].upper() + made[1:]
        endpoint.summary = "" if summary == made and op_id.startswith(derived) else summary
        if op_id and not op_id.startswith(derived):
            self.report.note(where, f"operationId {op_id!r} is derived from method and path "
                             f"on export ({derived})")
        for key in ("callbacks", "deprecated", "servers"):
            if key in op:
                self.report.note(where, f"`{key}` has no equivalent; left out")
        resource.endpoints.append(endpoint)

    def _access(self, endpoint: Endpoint, op: dict[str, Any], text: str) -> None:
        """Auth, roles and scopes: from designer's `Access:` paragraph, else from `security`."""
        paragraphs = text.split("\n\n") if text else []
        access = next((i for i, p in enumerate(paragraphs) if p.startswith("Access: ")), None)
        security = op.get("security", self.doc.get("security"))
        requirements = [_dict(r) for r in _list(security)]
        scopes = [s for r in requirements for n, v in r.items()
                  if self.scheme_methods.get(n) and self.scheme_methods[n].value == "oauth2"
                  for s in _list(v) if isinstance(s, str)]
        endpoint.scopes = list(dict.fromkeys(scopes))
        if access is None:
            endpoint.description = text.strip()
            if security is None or not requirements:
                endpoint.auth = EndpointAuth.NONE
            elif any(not r for r in requirements):
                endpoint.auth = EndpointAuth.OPTIONAL
            roles = [s for r in requirements for n, v in r.items()
                     if n in self.scheme_methods and self.scheme_methods[n].value != "oauth2"
                     for s in _list(v) if isinstance(s, str)]
            endpoint.roles = list(dict.fromkeys(roles))
            return
        endpoint.description = "\n\n".join(paragraphs[:access])
        line = paragraphs[access].removesuffix(
            " The design defines no HTTP authentication scheme yet.")
        if line == "Access: public (no authentication).":
            endpoint.auth = EndpointAuth.NONE
            return
        match = re.fullmatch(r"Access: optional authentication \((.*) gets more\)\.", line)
        if match:
            endpoint.auth = EndpointAuth.OPTIONAL
            who = match[1]
        else:
            who = line.removeprefix("Access: ").removesuffix(".")
        who, _, scope_text = who.partition("; scopes ")
        if who.startswith("roles "):
            endpoint.roles = who[len("roles "):].split(", ")
        if scope_text and not endpoint.scopes:
            endpoint.scopes = scope_text.split(", ")

    def _parameters(self, endpoint: Endpoint, where: str, params: list[Any]) -> None:
        api = self.design.api
        renamed: dict[str, str] = {}
        seen: set[tuple[str, str]] = set()
        for raw in reversed(params):  # operation parameters override path-level ones
            param = _dict(self.resolver.deref(raw))
            name, place = str(param.get("name", "")), str(param.get("in", ""))
            if (name, place) in seen or not name:
                continue
            seen.add((name, place))
        for raw in params:
            param = _dict(self.resolver.deref(raw))
            name, place = str(param.get("name", "")), str(param.get("in", ""))
            schema = _dict(self.resolver.deref(param.get("schema")))
            if place == "path":
                text = str(param.get("description") or "")
                if text == f"Path parameter {text[15:-1]}." and text[15:-1] != name:
                    renamed[name] = text[15:-1]
                elif not text.endswith(" identifier.") and " " in text:
                    own = text.rsplit(" ", 1)[1][:-1]
                    if own != name and text.endswith("."):
                        renamed[name] = own
                if match := re.fullmatch(r"(.+) identifier\.", text):
                    self._hint(endpoint, match[1] if name == "id" else "")
                    self.key_hints.setdefault(match[1], schema)
                elif text.endswith(f" {name}.") and text != f"Path parameter {name}.":
                    self._hint(endpoint, text[: -len(name) - 2])
                continue
            if place == "query" and name in _PAGE_PARAMS:
                endpoint.paginated = True
                if not self.conventions:
                    if name in ("offset", "cursor", "after"):
                        api.pagination = {"offset": Pagination.OFFSET, "cursor":
                                          Pagination.CURSOR, "after": Pagination.KEYSET}[name]
                    if name == "limit" and isinstance(schema.get("maximum"), int):
                        api.max_page_size = max(1, schema["maximum"])
                    if name == "limit" and isinstance(schema.get("default"), int):
                        api.page_size = max(1, schema["default"])
                continue
            if place == "query" and name == "sort":
                values = [v for v in _list(schema.get("enum")) if isinstance(v, str)]
                produced: set[str] = set()
                for value in values:  # pairs `f`, `-f` in order (see the exporter)
                    if value not in produced:
                        endpoint.sort.append(value)
                        produced |= {value, "-" + value}
                continue
            if place == "query":
                if schema != {"type": "string"}:
                    self._hint(endpoint, "", name)
                    self.filter_schemas.setdefault(id(endpoint), {}).setdefault(name, schema)
                else:
                    self.plain_filters.add(name)
                if name not in endpoint.filters:
                    endpoint.filters.append(name)
                continue
            if place == "header" and name.lower() == "idempotency-key":
                endpoint.idempotency_key = True
                api.idempotency = api.idempotency or not self.conventions
                continue
            self.report.note(f"{where}.parameters.{name}",
                             f"a {place or 'unknown'} parameter has no equivalent; left out")
        if renamed and self.conventions:
            # Two designed paths that differ only in parameter names are one OpenAPI path; the
            # description keeps the name this endpoint's design used.
            endpoint.path = re.sub(r"\{([^{}]*)\}",
                                   lambda m: "{" + renamed.get(m[1], m[1]) + "}", endpoint.path)

    def _hint(self, endpoint: Endpoint, entity: str, typed_filter: str = "") -> None:
        """Remember what a parameter says about the entity of the endpoint's resource."""
        hints = self.hints.setdefault(id(endpoint), ([], []))
        if entity:
            hints[0].append(entity)
        if typed_filter:
            hints[1].append(typed_filter)

    def _key_only_entities(self) -> None:
        """An entity a path parameter names (`Order identifier.`) that no body shows: the
        spec tells only its key, so the entity is created with that key alone."""
        data = self.design.data
        for name, schema in self.key_hints.items():
            entity = data.entity(name)
            if not self.conventions or (entity is not None and any(
                    f.primary_key for f in entity.fields)):
                continue
            # `id` unless a plain-string filter `id` would then be typed like the key.
            key_name = "pk" if "id" in self.plain_filters else "id"
            key = Field(**self.reader.member(key_name, schema, f"{name} key").model_dump())
            key.primary_key = True
            if entity is not None:
                # Only write bodies show this entity, and a generated key is never in them.
                if name in self.bodiless and entity.field(key.name) is None:
                    entity.fields.insert(0, key)
                continue
            data.entities.append(Entity(name=name, fields=[key]))
            self.report.note(name, "only its key is in the spec (a path parameter); the "
                             "entity is created with that key alone")

    def _resource_entities(self) -> None:
        """A resource whose tag has its own text does not say its entity; its path and
        filter parameters do (`User identifier.` for `{id}`, a filter typed like a field)."""
        data = self.design.data
        for resource in self.design.api.resources:
            if not self.conventions and not resource.entity:
                # A foreign spec: the entity its operations answer with.
                resource.entity = next((e.response.name for e in resource.endpoints
                                        if e.response is not None
                                        and data.entity(e.response.name) is not None), "")
                continue
            if resource.entity or not self.conventions or not resource.description:
                continue
            named: list[str] = []
            filters: list[str] = []
            for endpoint in resource.endpoints:
                found = self.hints.get(id(endpoint), ([], []))
                named += found[0]
                filters += found[1]
            entity = next((n for n in named if data.entity(n) is not None), "")
            if not entity and filters:
                entity = next((e.name for e in data.entities
                               if all(e.field(f) is not None for f in filters)), "")
            resource.entity = entity

    def _filtered_fields(self) -> None:
        """A field of an entity whose read body the spec does not show (only its write
        bodies), named by a typed filter of its resource: the filter is typed like the field,
        so the field is created with that type (a generated key, typically)."""
        data = self.design.data
        for resource in self.design.api.resources:
            entity = data.entity(resource.entity)
            if entity is None or entity.name not in self.bodiless:
                continue
            for endpoint in resource.endpoints:
                for name, schema in self.filter_schemas.get(id(endpoint), {}).items():
                    if entity.field(name) is None:
                        where = f"{entity.name}.{name}"
                        member = self.reader.member(name, schema, where)
                        entity.fields.append(Field(**member.model_dump()))
                        self.report.note(where, "only a filter shows it; the field is "
                                         "created with the filter's type")

    def _body_ref(self, where: str, schema: Any) -> tuple[SchemaRef | None, bool]:
        """The SchemaRef a body schema names, and whether it is a page."""
        schema = _dict(schema)
        many = paged = False
        if schema.get("type") == "array":
            many, schema = True, _dict(schema.get("items"))
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            props = _dict(schema.get("properties"))
            if set(props) == {"items", "page"}:
                inner = _dict(_dict(props["items"]).get("items"))
                found, _ = self._body_ref(where, inner)
                if found is not None:
                    found.many = True
                    return found, True
            if schema:
                name = self._inline_schema(where, schema)
                return SchemaRef(name=name, many=many), False
            return None, False
        component = ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        kind = self.kinds.get(component)
        if kind is not None and kind[1] == "page":
            items = _dict(_dict(_dict(self.schemas[component]).get("properties")).get("items"))
            found, _ = self._body_ref(where, items.get("items"))
            if found is not None:
                found.many, paged = True, True
            return found, paged
        if component in self.variant_of:
            entity, shape = self.variant_of[component]
            self.last_variant = component
            variant = Variant.CREATE if shape == "create" else Variant.UPDATE
            return SchemaRef(name=entity, variant=variant, many=many), False
        if kind is not None and kind[1] in ("entity", "schema"):
            return SchemaRef(name=kind[0], many=many), False
        target = self.resolver.deref(schema)
        return SchemaRef(name=self._inline_schema(where, _dict(target)), many=many), False

    def _inline_schema(self, where: str, schema: dict[str, Any]) -> str:
        """A body written inline becomes a named schema called after its operation."""
        base = component_base(where.replace("paths.", "").replace(".", " "))
        name, n = base, 2
        taken = {s.name for s in self.design.api.schemas} | {n for n, _ in self.kinds.values()}
        while name in taken:
            name, n = f"{base}{n}", n + 1
        if schema.get("type") not in (None, "object"):
            self.report.note(where, "a body that is not an object is kept as a schema with one "
                             "field `value`")
            fields = [SchemaField(**self.reader.member("value", schema, where).model_dump())]
        else:
            fields = [SchemaField(**m.model_dump()) for m in self.reader.members(schema, where)]
        self.design.api.schemas.append(Schema(name=name, fields=fields))
        return name

    def _json(self, where: str, content: dict[str, Any]) -> dict[str, Any] | None:
        media = next((m for m in content if m == "application/json" or m.endswith("+json")),
                     None)
        for other in content:
            if other != media:
                self.report.note(where, f"media type {other} is not kept (bodies are JSON)")
        return _dict(content[media]) if media is not None else None

    def _request(self, endpoint: Endpoint, where: str, op: dict[str, Any]) -> None:
        body = _dict(self.resolver.deref(op.get("requestBody")))
        if not body:
            return
        if body.get("required") is False:
            self.report.note(f"{where}.requestBody", "an optional body is imported as required")
        media = self._json(f"{where}.requestBody", _dict(body.get("content")))
        if media is None or "schema" not in media:
            return
        self.last_variant = ""
        endpoint.request, _ = self._body_ref(f"{where} request", media.get("schema"))
        if self.last_variant:
            self.variant_roles.setdefault(self.last_variant, []).extend(endpoint.roles)

    def _responses(self, endpoint: Endpoint, where: str, op: dict[str, Any]) -> None:
        codes: list[int] = []
        for key, raw in _dict(op.get("responses")).items():
            if not re.fullmatch(r"[1-5][0-9][0-9]", str(key)):
                self.report.note(f"{where}.responses.{key}", "only numeric status codes are "
                                 "kept")
                continue
            code = int(key)
            codes.append(code)
            if not 200 <= code < 300 or endpoint.response is not None:
                continue
            response = _dict(self.resolver.deref(raw))
            media = self._json(f"{where}.responses.{key}", _dict(response.get("content")))
            if media is not None and "schema" in media:
                endpoint.response, paged = self._body_ref(f"{where} response",
                                                          media.get("schema"))
                endpoint.paginated = endpoint.paginated or paged
        endpoint.status_codes = codes

    def _webhooks(self) -> None:
        for key, item in _dict(self.doc.get("webhooks")).items():
            op = _dict(_dict(item).get("post"))
            if not op:
                self.report.note(f"webhooks.{key}", "only POST webhooks are kept")
                continue
            summary = str(op.get("summary") or "")
            event = summary.removeprefix("Event ") if summary.startswith("Event ") else key
            parts = str(op.get("description") or "").split("\n\n")
            kept = [p for p in parts if not p.startswith(("Delivered as an HTTP POST",
                                                          "Signed "))]
            webhook = Webhook(event=event, description="\n\n".join(kept),
                              signed=bool(op.get("parameters")))
            text = "\n\n".join(parts)
            if "Delivered once" in text:
                webhook.retries = 0
            elif match := re.search(r"is retried (once|up to (\d+) times)", text):
                webhook.retries = 1 if match[1] == "once" else int(match[2])
            self.design.api.webhooks.append(webhook)
            if webhook.signed and not self.signing_read:
                self.signing_read = True
                self._signing(_list(op.get("parameters")), text)
            self._payload(f"webhooks.{key}", event, op)
        self._delivery()

    def _delivery(self) -> None:
        """The delivery policy designer writes as a root extension, read back whole."""
        raw = self.doc.get(DELIVERY_EXTENSION)
        if raw is None:
            return
        try:
            self.design.api.webhook_delivery = WebhookDelivery.model_validate(raw)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            self.report.note(f"{DELIVERY_EXTENSION}.{where}".rstrip("."),
                             f"not a delivery policy designer can read ({first['msg']}); "
                             "left out")

    def _signing(self, params: list[Any], text: str) -> None:
        """How deliveries are signed, read back from the signature headers designer wrote."""
        signing = self.design.api.webhook_signing
        headers = [(str(_dict(p).get("name", "")), str(_dict(p).get("description", "")))
                   for p in params]
        names = [n for n, _ in headers]
        tolerance = re.search(r"older than (\d+) s", text)
        if tolerance:
            signing.tolerance_seconds = max(1, int(tolerance[1]))
        if names == ["webhook-id", "webhook-timestamp", "webhook-signature"]:
            signing.scheme = SigningScheme.STANDARD_WEBHOOKS
        elif headers:
            signing.header, last = headers[-1]
            if len(headers) > 1:
                signing.timestamp_header = headers[0][0]
            if "Ed25519" in last:
                signing.scheme = SigningScheme.ED25519
            signing.encoding = SignatureEncoding.BASE64 if last.startswith("Base64") \
                else SignatureEncoding.HEX
        rotation = re.search(r"Secrets rotate every (\d+) days", text)
        signing.rotation_days = int(rotation[1]) if rotation else None

    def _payload(self, where: str, event: str, op: dict[str, Any]) -> None:
        """The `data` of a delivery envelope as the message named like the event."""
        media = _dict(_dict(_dict(op.get("requestBody")).get("content")).get("application/json"))
        data = _dict(_dict(_dict(media.get("schema")).get("properties")).get("data"))
        if not data or data.get("description") == "The event's payload (not designed yet).":
            return
        message = Message(name=event)
        name = self.type_name(str(data.get("$ref", "")))
        if name is not None:
            message.payload = name
        elif isinstance(data.get("properties"), dict):
            message.fields = [MessageField(**m.model_dump())
                              for m in self.reader.members(data, where)]
        else:
            self.report.note(where, "a payload that is not an object; left out")
            return
        example = _dict(_dict(media.get("example")).get("data"))
        self.payload_examples[event] = example
        self.design.architecture.events.messages.append(message)

    # ----- status codes ------------------------------------------------------------------

    def _status_codes(self) -> None:
        """Keep an endpoint's codes only where designer would not derive the same list."""
        from designer.export.openapi_operations import status_codes

        for _, endpoint in self.design.api.endpoints():
            listed = sorted(set(endpoint.status_codes))
            endpoint.status_codes = []
            if status_codes(self.design, endpoint) != listed:
                endpoint.status_codes = listed


def dumps_example(value: Any) -> str:
    """An example value as the design writes examples: JSON, or the plain text of a string."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


__all__ = ["import_document", "import_file", "pascal", "snake"]
