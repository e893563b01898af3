"""Parameters: path, page, sort, filter and idempotency parameters, and what they tell of
the entities (keys a path names, fields a typed filter names, a resource's entity).
"""

from __future__ import annotations

import re
from itertools import chain, count
from typing import Any

from designer.contract.naming import component_base
from designer.importers.openapi.entities import parameter_facts
from designer.importers.openapi.state import PAGE_PARAMS, State, as_dict, as_list
from designer.model.api import Endpoint, Pagination, Resource
from designer.model.data import Entity, Field

# The component names an entity takes: its read, create, update and patch bodies and its page.
_ENDINGS = ("", "Create", "Update", "Patch", "Page")


class ParameterReader(State):
    """Reads an operation's parameters and the hints they give."""

    def _parameters(self, endpoint: Endpoint, where: str, params: list[Any]) -> None:
        api = self.design.api
        renamed: dict[str, str] = {}
        seen: set[tuple[str, str]] = set()
        for raw in reversed(params):  # operation parameters override path-level ones
            param = as_dict(self.resolver.deref(raw))
            name, place = str(param.get("name", "")), str(param.get("in", ""))
            if (name, place) in seen or not name:
                continue
            seen.add((name, place))
        for raw in params:
            param = as_dict(self.resolver.deref(raw))
            name, place = str(param.get("name", "")), str(param.get("in", ""))
            schema = as_dict(self.resolver.deref(param.get("schema")))
            if place == "path":
                text = str(param.get("description") or "")
                if aliased := re.fullmatch(r"(.+ identifier) \(as (.+)\)\.", text, re.S):
                    renamed[name], text = aliased[2], aliased[1] + "."
                if text == f"Path parameter {text[15:-1]}." and text[15:-1] != name:
                    renamed[name] = text[15:-1]
                elif not text.endswith(" identifier.") and " " in text:
                    own = text.rsplit(" ", 1)[1][:-1]
                    if own != name and text.endswith("."):
                        renamed[name] = own
                if match := re.fullmatch(r"(.+) identifier\.", text):
                    self._hint(endpoint, match[1] if renamed.get(name, name) == "id" else "")
                    self.key_hints.setdefault(match[1], schema)
                elif text.endswith(f" {name}.") and text != f"Path parameter {name}.":
                    self._hint(endpoint, text[: -len(name) - 2])
                continue
            if place == "query" and name in PAGE_PARAMS:
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
                values = [v for v in as_list(schema.get("enum")) if isinstance(v, str)]
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
                # Only write bodies show this entity, and a generated key is never in them,
                # unless a field they show can be the key (typed like the parameter).
                if name in self.bodiless and self.entities.typed_key(entity) is None:
                    while entity.field(key.name) is not None:
                        key.name = "pk" if key.name == "id" else "_" + key.name
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
            if resource.entity and self.conventions and data.entity(resource.entity) is None \
                    and any(self.filter_schemas.get(id(e)) for e in resource.endpoints):
                # The tag names the entity (`Operations on X.`) but nothing else shows it; its
                # typed filters are typed through it, so it is created to hold those fields.
                data.entities.append(Entity(name=resource.entity))
                self.report.note(resource.entity, "only its tag and typed filters show it; "
                                 "the entity is created with those fields alone")
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
                               if self._typed_like(e, resource, every=True)), "")
            if not entity and filters:
                entity = self._hidden_entity(resource) or self._filter_entity(resource)
            resource.entity = entity

    def _hidden_entity(self, resource: Resource) -> str:
        """The entity of a resource whose typed filters name fields no entity read here has
        (a filter is typed only through its resource's entity): one whose read body the spec
        does not show, the one the resource's bodies use, else the only such entity."""
        read = {name for name, kind in self.kinds.values() if kind == "entity"}
        hidden = [e.name for e in self.design.data.entities
                  if e.name not in read and self._typed_like(e, resource, every=False)]
        used = [ref.name for e in resource.endpoints for ref in (e.request, e.response)
                if ref is not None and ref.name in hidden]
        if used:
            return used[0]
        return hidden[0] if len(hidden) == 1 else ""

    def _typed_like(self, entity: Entity, resource: Resource, every: bool) -> bool:
        """Whether each typed filter of `resource` is typed like `entity`'s field of its name.

        The exporter types a filter through its resource's entity only, so an entity whose
        field of that name has another type (a bigint `id` where the filter is a uuid) is not
        the resource's entity. With `every`, each filter must name a field; else a missing
        one is fine (`_filtered_fields` creates it from the filter)."""
        for endpoint in resource.endpoints:
            for name, schema in self.filter_schemas.get(id(endpoint), {}).items():
                field = entity.field(name)
                if field is None:
                    if every:
                        return False
                    continue
                wanted = self.entities.parameter_facts(schema, f"{entity.name}.{name}")
                if parameter_facts(field) != wanted:
                    return False
        return True

    def _filter_entity(self, resource: Resource) -> str:
        """An entity for a resource whose typed filters name an entity the spec never shows
        (no body, no key in a path): a filter is typed only through its resource's entity, so
        one is created to hold those fields (`_filtered_fields`); else the types are lost.

        Named after the resource where that name is free: an entity no operation uses is not
        written to the spec, but it still takes its component names (`Contacts`,
        `ContactsCreate`, …) before the named schemas do, so a name whose components the spec
        or another entity or schema already holds would renumber them on the next export."""
        design = self.design
        taken = {n.lower() for n in as_dict(as_dict(self.doc.get("components")).get("schemas"))}
        named = [*(e.name for e in design.data.entities), *(s.name for s in design.api.schemas),
                 *(e.name for e in design.data.enums)]
        taken |= {(component_base(n) + end).lower() for n in named for end in _ENDINGS}
        candidates = chain((resource.name, f"{resource.name} filters"),
                           (f"{resource.name} filters {n}" for n in count(2)))
        name = next(c for c in candidates if c.strip() and c not in named and not any(
            (component_base(c) + end).lower() in taken for end in _ENDINGS))
        design.data.entities.append(Entity(name=name))
        self.report.note(name, "only typed filters of a resource show it; the entity is "
                         "created with those fields alone")
        return name

    def _filtered_fields(self) -> None:
        """A field of an entity whose read body the spec does not show (only its write
        bodies, or only its key in a path), named by a typed filter of its resource: the
        filter is typed like the field, so the field is created with that type."""
        data = self.design.data
        read = {name for name, kind in self.kinds.values() if kind == "entity"}
        for resource in self.design.api.resources:
            entity = data.entity(resource.entity)
            if entity is None or entity.name in read:
                continue
            for endpoint in resource.endpoints:
                for name, schema in self.filter_schemas.get(id(endpoint), {}).items():
                    if entity.field(name) is None:
                        where = f"{entity.name}.{name}"
                        member = self.reader.member(name, schema, where)
                        entity.fields.append(Field(**member.model_dump()))
                        self.report.note(where, "only a filter shows it; the field is "
                                         "created with the filter's type")
