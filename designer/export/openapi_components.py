"""The `components` section: schemas from entities and named bodies, errors, shared parameters.

Components are registered as operations use them and written in a fixed order afterwards
(entities in design order, each as read / Create / Update / Page; then named schemas; then the
shared ones), so the output depends on the design only, never on the order of traversal. Only
what some operation uses is written: the spec is the public contract, and internal entities
(refresh tokens, join tables) stay out of it unless an endpoint exposes them.
"""

from __future__ import annotations

from typing import Any

from designer.contract.examples import Examples
from designer.contract.naming import NameTable, component_base, pascal
from designer.contract.types import Types
from designer.contract.variants import (
    Body,
    BodyContext,
    fields_of,
    is_write_only,
    timestamp_fields,
)
from designer.export import openapi_errors as errors
from designer.export.openapi_fields import member_schema, object_schema
from designer.model import Design
from designer.model.api import ErrorFormat, Pagination, Schema, SchemaRef
from designer.model.data import Entity
from designer.model.types import Member

_BODY_SUFFIX = {Body.READ: "", Body.CREATE: "Create", Body.REPLACE: "Update", Body.PATCH: "Patch"}
_SHAPES = list(_BODY_SUFFIX)
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
                self._entity_names[entity.name] = table.take(base, (*_BODY_SUFFIX.values(), "Page"))
        self._schemas: dict[str, Schema] = {}
        self._schema_names: dict[str, str] = {}
        for schema in design.api.schemas:
            if schema.name not in self._schemas and schema.name not in self._entities:
                self._schemas[schema.name] = schema
                self._schema_names[schema.name] = table.take(
                    component_base(schema.name), ("", "Page")
                )
        self.types = Types.of(design)
        # Components live for one export of a design that does not change meanwhile.
        self.examples = Examples(self.types, design.requirements.locale, remember=True)
        # Body variants of entities: component name → (entity, context), in order of first use.
        self._variants: dict[str, tuple[Entity, BodyContext]] = {}
        # The variants of each entity (by identity, shape) and of each entity name, in the
        # order they were made: looked up instead of scanning every variant of the design.
        self._variants_of: dict[tuple[int, object], list[str]] = {}
        self._variants_named: dict[str, list[str]] = {}
        self._variant_names: dict[tuple[str, BodyContext], str] = {}
        self._variant_table = table
        self._used_schemas: set[str] = set()
        self._used_responses: set[int] = set()
        self._pages: dict[str, dict[str, Any]] = {}
        self._parameters: dict[str, dict[str, Any]] = {}
        self._shared: dict[str, dict[str, Any]] = {}
        self.key_owners: dict[str, Entity] | None = None
        """Path parameter name (`order_id`, `orderId`) → the first entity, in design order,
        whose one primary key it names (built on first use by openapi_operations)."""

    # ----- schemas -------------------------------------------------------------------------

    def entity(self, name: str) -> Entity | None:
        """The entity called `name`, if the design has it."""
        return self._entities.get(name)

    def schema_ref(self, target: SchemaRef, context: BodyContext) -> dict[str, Any] | None:
        """A `$ref` to the entity body or named schema `target` names; None if unknown.

        `context` decides an entity's body (read, create, whole or partial update, fields the
        path binds, the caller's roles); named schemas have one body.
        """
        if target.name in self._entities:
            name = self._variant_name(self._entities[target.name], context)
        elif target.name in self._schemas:
            name = self._schema_names[target.name]
        else:
            return None
        self._use(name)
        return ref("schemas", name)

    def entity_ref(self, name: str) -> dict[str, Any]:
        """A `$ref` to the read body of entity or named schema `name` (for typed fields)."""
        found = self.schema_ref(SchemaRef(name=name), BodyContext(Body.READ))
        return found if found is not None else {}

    def _variant_name(self, entity: Entity, context: BodyContext) -> str:
        """The component name of one body of `entity`: `Order`, `OrderCreate`, `OrderPatch`,
        or, when two endpoints need different bodies of one shape, a name saying why."""
        key = (entity.name, context)
        if key in self._variant_names:
            return self._variant_names[key]
        base = self._entity_names[entity.name] + _BODY_SUFFIX[context.shape]
        fields = [f.name for f, _ in fields_of(entity, context)]
        for name in self._variants_of.get((id(entity), context.shape), ()):
            other, other_context = self._variants[name]
            if [f.name for f, _ in fields_of(other, other_context)] == fields:
                self._variant_names[key] = name
                return name
        if base in self._variants:
            extra = "".join(pascal(r) for r in sorted(context.roles)) or "".join(
                pascal(b) for b in sorted(context.bound)
            )
            base = self._variant_table.take(base + ("As" if context.roles else "Without") + extra)
        self._variants[base] = (entity, context)
        self._variants_of.setdefault((id(entity), context.shape), []).append(base)
        self._variants_named.setdefault(entity.name, []).append(base)
        self._variant_names[key] = base
        return base

    def body(self, target: SchemaRef, paginated: bool, context: BodyContext) -> dict[str, Any]:
        """The schema of a body: one item, a plain list, or a page of items."""
        item = self.schema_ref(target, context)
        if item is None:
            # Model checks stop an export that names an unknown schema; keep the spec valid.
            item = {"type": "object"}
        if not target.many:
            return item
        if not paginated or self.design.api.pagination is Pagination.NONE:
            return {"type": "array", "items": item}
        name = item.get("$ref", "").rsplit("/", 1)[-1] + "Page"
        if name != "Page":
            self._pages.setdefault(name, item)
            self._use(name)
            return ref("schemas", name)
        return self._page(item)

    def body_example(self, target: SchemaRef, paginated: bool, context: BodyContext) -> Any:
        """An example of the body `body` describes: one item, a list of one, or a page."""
        item = self._target_example(target, context)
        if not target.many:
            return item
        if not paginated or self.design.api.pagination is Pagination.NONE:
            return [item]
        return {"items": [item], "page": self._page_info_example()}

    def _target_example(self, target: SchemaRef, context: BodyContext) -> Any:
        if target.name in self._entities:
            return self.examples.entity(self._entities[target.name], context)
        if target.name in self._schemas:
            return self.examples.schema(self._schemas[target.name])
        return {}

    def _ref_example(self, item: dict[str, Any]) -> Any:
        """The example of the component an item `$ref` points to."""
        name = item.get("$ref", "").rsplit("/", 1)[-1]
        if name in self._variants:
            entity, context = self._variants[name]
            return self.examples.entity(entity, context)
        for key, schema_name in self._schema_names.items():
            if schema_name == name:
                return self.examples.schema(self._schemas[key])
        return {}

    def _page_info_example(self) -> dict[str, Any]:
        api = self.design.api
        limit = max(1, min(api.page_size, api.max_page_size))
        if api.pagination is Pagination.OFFSET:
            return {"total": 1, "limit": limit, "offset": 0}
        if api.pagination is Pagination.KEYSET:
            return {"limit": limit, "next_after": None}
        return {"limit": limit, "next_cursor": "eyJhZnRlciI6MjB9"}

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
            "examples": [{"items": [self._ref_example(item)], "page": self._page_info_example()}],
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
            "examples": [self._page_info_example()],
        }

    def member_schema(self, member: Member, **more: Any) -> dict[str, Any]:
        """The JSON Schema of a typed field, `$ref`s registered as used."""
        return member_schema(member, self.types, self.entity_ref, **more)

    def _entity_schema(self, entity: Entity, context: BodyContext) -> dict[str, Any]:
        props: dict[str, Any] = {}
        required: list[str] = []
        read = context.shape is Body.READ
        for field, needed in fields_of(entity, context):
            # The whole reference (`User.email` too): the column decides example values.
            notes = [f"References {field.references}."] if field.references else []
            schema = self.member_schema(field, notes=notes)
            if context.shape is Body.PATCH:
                # Absent means "leave as is" in a patch, so a default would mislead.
                schema.pop("default", None)
            if read:
                schema.pop("writeOnly", None)
            else:
                schema.pop("readOnly", None)
                if is_write_only(field):
                    schema["writeOnly"] = True
            props[field.name] = schema
            if needed:
                required.append(field.name)
        if read:
            for name in timestamp_fields(entity):
                props[name] = {"type": "string", "format": "date-time", "readOnly": True}
                required.append(name)
        out: dict[str, Any] = {"type": "object"}
        if component_base(entity.name) != entity.name or not read:
            out["title"] = entity.name if read else f"{entity.name} ({context.shape.value})"
        out_text = entity.description.strip()
        if context.shape is Body.CREATE:
            out_text = f"Fields a client sends to create: {entity.name}."
        elif context.shape is Body.REPLACE:
            out_text = f"The whole writable {entity.name}; fields left out are reset."
        elif context.shape is Body.PATCH:
            out_text = f"Fields a client may change; absent fields stay as they are: {entity.name}."
        if out_text:
            out["description"] = out_text
        if required:
            out["required"] = required
        out["properties"] = props
        if not read:
            out["additionalProperties"] = False
            if context.shape is Body.PATCH and props:
                out["minProperties"] = 1
        out["examples"] = [self.examples.entity(entity, context)]
        return out

    def _named_schema(self, schema: Schema) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "object"}
        if component_base(schema.name) != schema.name:
            out["title"] = schema.name
        if schema.description.strip():
            out["description"] = schema.description.strip()
        out.update(object_schema(list(schema.fields), self.types, self.entity_ref))
        out["examples"] = [self.examples.schema(schema)]
        return out

    def _schemas_section(self) -> dict[str, Any]:
        # Schemas refer to each other: build until no new name is used, then write them in a
        # fixed order (entities in design order with their bodies, then named schemas).
        built: dict[str, Any] = {}
        while True:
            pending = [n for n in self._ordered_names() if n in self._used_schemas
                       and n not in built]
            if not pending:
                break
            for name in pending:
                built[name] = self._build(name)
        out = {name: built[name] for name in self._ordered_names() if name in built}
        if _PAGE_INFO in self._used_schemas:
            out[_PAGE_INFO] = self._page_info()
        out.update(self._shared)
        return out

    def _ordered_names(self) -> list[str]:
        names: list[str] = []
        for key in self._entities:
            # An entity's bodies by shape (read, create, replace, patch), each shape's in the
            # order of first use: a spec keeps no order of the methods of one path, so the
            # order of its components must not depend on it either.
            variants = self._variants_named.get(key, [])
            for name in sorted(variants, key=lambda n: _SHAPES.index(self._variants[n][1].shape)):
                names.append(name)
                names.append(name + "Page")
        for key in self._schemas:
            names += [self._schema_names[key], self._schema_names[key] + "Page"]
        return names

    def _build(self, name: str) -> dict[str, Any]:
        if name in self._pages:
            return self._page(self._pages[name])
        if name in self._variants:
            entity, context = self._variants[name]
            return self._entity_schema(entity, context)
        schema = next(s for k, s in self._schemas.items() if self._schema_names[k] == name)
        return self._named_schema(schema)

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
