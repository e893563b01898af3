"""The `components` section: schemas from entities and named bodies, errors, shared parameters.

Components are registered as operations use them and written in a fixed order afterwards
(entities in design order, each as read / Create / Update / Page; then named schemas; then the
shared ones), so the output depends on the design only, never on the order of traversal. Only
what some operation uses is written: the spec is the public contract, and internal entities
(refresh tokens, join tables) stay out of it unless an endpoint exposes them.
"""

from __future__ import annotations

from typing import Any

from designer.export import openapi_errors as errors
from designer.export.openapi_fields import (
    field_schema,
    is_generated,
    is_sensitive,
    parse_default,
    timestamp_fields,
    type_schema,
)
from designer.export.openapi_names import NameTable, component_base
from designer.model import Design
from designer.model.api import ErrorFormat, Pagination, Schema, SchemaRef, Variant
from designer.model.data import Entity, FieldType

_VARIANT_SUFFIX = {Variant.READ: "", Variant.CREATE: "Create", Variant.UPDATE: "Update"}
_PAGE_INFO = "PageInfo"
_RESERVED = (_PAGE_INFO, "WebhookEvent", *errors.SCHEMA_NAMES)


def ref(kind: str, name: str) -> dict[str, str]:
    """A `$ref` to `#/components/<kind>/<name>`."""
    return {"$ref": f"#/components/{kind}/{name}"}


class Components:
    """Builds `components` for one design; hands out `$ref`s and remembers what is used."""

    def __init__(self, design: Design) -> None:
        self.design = design
        self.problem_json = design.api.error_format is ErrorFormat.PROBLEM_JSON
        table = NameTable(_RESERVED)
        self._entities: dict[str, Entity] = {}
        self._entity_names: dict[str, str] = {}
        for entity in design.data.entities:
            if entity.name not in self._entities:
                self._entities[entity.name] = entity
                base = component_base(entity.name)
                self._entity_names[entity.name] = table.take(base, ("", "Create", "Update", "Page"))
        self._schemas: dict[str, Schema] = {}
        self._schema_names: dict[str, str] = {}
        for schema in design.api.schemas:
            if schema.name not in self._schemas and schema.name not in self._entities:
                self._schemas[schema.name] = schema
                self._schema_names[schema.name] = table.take(
                    component_base(schema.name), ("", "Page")
                )
        self._used_schemas: set[str] = set()
        self._used_responses: set[int] = set()
        self._parameters: dict[str, dict[str, Any]] = {}
        self._shared: dict[str, dict[str, Any]] = {}

    # ----- schemas -------------------------------------------------------------------------

    def entity(self, name: str) -> Entity | None:
        """The entity called `name`, if the design has it."""
        return self._entities.get(name)

    def schema_ref(self, target: SchemaRef) -> dict[str, Any] | None:
        """A `$ref` to the entity variant or named schema `target` names; None if unknown."""
        if target.name in self._entities:
            name = self._entity_names[target.name] + _VARIANT_SUFFIX[target.variant]
        elif target.name in self._schemas:
            name = self._schema_names[target.name]
        else:
            return None
        self._use(name)
        return ref("schemas", name)

    def body(self, target: SchemaRef, paginated: bool) -> dict[str, Any]:
        """The schema of a body: one item, a plain list, or a page of items."""
        item = self.schema_ref(target)
        if item is None:
            # An unknown name is a design problem `designer check` reports; keep the spec valid.
            item = {"type": "object", "description": f"Unknown schema '{target.name}'."}
        if not target.many:
            return item
        if not paginated or self.design.api.pagination is Pagination.NONE:
            return {"type": "array", "items": item}
        if target.name in self._entities and target.variant is Variant.READ:
            name = self._entity_names[target.name] + "Page"
        elif target.name in self._schemas:
            name = self._schema_names[target.name] + "Page"
        else:
            return self._page(item)
        self._use(name)
        return ref("schemas", name)

    def _use(self, name: str) -> None:
        self._used_schemas.add(name)

    def _page(self, item: dict[str, Any]) -> dict[str, Any]:
        self._use(_PAGE_INFO)
        return {
            "type": "object",
            "required": ["items", "page"],
            "properties": {
                "items": {"type": "array", "items": item},
                "page": ref("schemas", _PAGE_INFO),
            },
        }

    def _page_info(self) -> dict[str, Any]:
        api = self.design.api
        limit = {
            "type": "integer",
            "minimum": 1,
            "maximum": api.max_page_size,
            "description": "Page size used.",
        }
        if api.pagination is Pagination.OFFSET:
            props = {
                "total": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Items matching the query.",
                },
                "limit": limit,
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Items skipped before this page.",
                },
            }
            required = ["total", "limit", "offset"]
        elif api.pagination is Pagination.KEYSET:
            props = {
                "limit": limit,
                "next_after": {
                    "type": ["string", "null"],
                    "description": "Sort key of the last item; pass it as `after` "
                    "to get the next page; null on the last page.",
                },
            }
            required = ["limit", "next_after"]
        else:
            props = {
                "limit": limit,
                "next_cursor": {
                    "type": ["string", "null"],
                    "description": "Opaque cursor of the next page; null on the last page.",
                },
            }
            required = ["limit", "next_cursor"]
        return {
            "type": "object",
            "description": f"Pagination ({api.pagination.value}).",
            "required": required,
            "properties": props,
        }

    def _entity_schema(self, entity: Entity, variant: Variant) -> dict[str, Any]:
        props: dict[str, Any] = {}
        required: list[str] = []
        seen: set[str] = set()
        for field in entity.fields:
            if field.name in seen:
                continue
            seen.add(field.name)
            if variant is Variant.READ:
                if is_sensitive(field):
                    continue
                props[field.name] = field_schema(field)
                if not field.nullable:
                    required.append(field.name)
                continue
            if is_generated(field):
                continue
            schema = field_schema(field)
            if variant is Variant.UPDATE:
                # Absent means "leave as is" in an update, so a default would mislead.
                schema.pop("default", None)
            if is_sensitive(field):
                schema["writeOnly"] = True
            props[field.name] = schema
            wanted = not field.nullable and parse_default(field) is None
            if variant is Variant.CREATE and wanted:
                required.append(field.name)
        if variant is Variant.READ:
            for name in timestamp_fields(entity):
                props[name] = type_schema(FieldType.DATETIME)
                required.append(name)
        out: dict[str, Any] = {"type": "object"}
        title = entity.name if variant is Variant.READ else f"{entity.name} ({variant.value})"
        if component_base(entity.name) != entity.name or variant is not Variant.READ:
            out["title"] = title
        description = entity.description.strip()
        if variant is Variant.CREATE:
            description = f"Fields a client sends to create: {entity.name}."
        elif variant is Variant.UPDATE:
            description = (
                f"Fields a client may change; absent fields stay as they are: {entity.name}."
            )
        if description:
            out["description"] = description
        if required:
            out["required"] = required
        out["properties"] = props
        if variant is not Variant.READ:
            out["additionalProperties"] = False
            if variant is Variant.UPDATE and props:
                out["minProperties"] = 1
        return out

    def _named_schema(self, schema: Schema) -> dict[str, Any]:
        props: dict[str, Any] = {}
        required: list[str] = []
        for field in schema.fields:
            if field.name in props:
                continue
            if field.type in self._entities:
                value: dict[str, Any] = ref("schemas", self._entity_names[field.type])
                self._use(self._entity_names[field.type])
            elif field.type in {t.value for t in FieldType}:
                value = type_schema(FieldType(field.type))
            else:
                value = {"description": f"Unknown type '{field.type}'."}
            if field.description.strip():
                value = {**value, "description": field.description.strip()}
            props[field.name] = value
            if field.required:
                required.append(field.name)
        out: dict[str, Any] = {"type": "object"}
        if component_base(schema.name) != schema.name:
            out["title"] = schema.name
        if schema.description.strip():
            out["description"] = schema.description.strip()
        if required:
            out["required"] = required
        out["properties"] = props
        return out

    def _schemas_section(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        # Named schemas may point at entities, so they are built first, written later.
        named: dict[str, Any] = {}
        for key, schema in self._schemas.items():
            name = self._schema_names[key]
            if name in self._used_schemas:
                named[name] = self._named_schema(schema)
            if name + "Page" in self._used_schemas:
                named[name + "Page"] = self._page(ref("schemas", name))
        for key, entity in self._entities.items():
            base = self._entity_names[key]
            if base + "Page" in self._used_schemas:
                self._use(base)
            for variant in Variant:
                name = base + _VARIANT_SUFFIX[variant]
                if name in self._used_schemas:
                    out[name] = self._entity_schema(entity, variant)
            if base + "Page" in self._used_schemas:
                out[base + "Page"] = self._page(ref("schemas", base))
        out.update(named)
        if _PAGE_INFO in self._used_schemas:
            out[_PAGE_INFO] = self._page_info()
        out.update(self._shared)
        return out

    def shared_schema(self, name: str, schema: dict[str, Any]) -> dict[str, str]:
        """Register a fixed schema (one of the reserved names) and return a `$ref` to it."""
        self._shared.setdefault(name, schema)
        return ref("schemas", name)

    # ----- responses and parameters ---------------------------------------------------------

    def error_response(self, code: int) -> dict[str, str]:
        """A `$ref` to the shared response for error status `code`."""
        self._used_responses.add(code)
        return ref("responses", errors.response_name(code))

    def parameter(self, name: str, definition: dict[str, Any]) -> dict[str, str]:
        """Register a shared parameter and return a `$ref` to it."""
        self._parameters.setdefault(name, definition)
        return ref("parameters", name)

    def build(self, security_schemes: dict[str, Any]) -> dict[str, Any]:
        """The whole `components` object."""
        schemas = self._schemas_section()
        if self._used_responses:
            schemas.update(errors.schemas(self.problem_json))
        out: dict[str, Any] = {}
        if schemas:
            out["schemas"] = schemas
        if self._used_responses:
            out["responses"] = {
                errors.response_name(code): errors.response(code, self.problem_json)
                for code in sorted(self._used_responses)
            }
        if self._parameters:
            out["parameters"] = dict(sorted(self._parameters.items()))
        if security_schemes:
            out["securitySchemes"] = security_schemes
        return out
