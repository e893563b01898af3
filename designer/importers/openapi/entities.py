"""Entities from the component schemas of their bodies: fields, keys, foreign keys, timestamps.

An entity's read body gives its fields in order; its write bodies (`OrderCreate` …) add the
fields a read never shows (passwords) and tell server-set fields apart. The primary key is the
`id` field, else the first field the server sets (absent from every write body), else the first
field. A field described `… References User.` is a foreign key to User, and each foreign key
gives a one-to-many relationship. The automatic `created_at` / `updated_at` of a read body set
the entity's `timestamps` instead of becoming fields.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from designer.contract.naming import component_base
from designer.contract.variants import _SECRET, TIMESTAMPS, is_server_set
from designer.importers.openapi.schemas import SchemaReader
from designer.importers.report import Report
from designer.model.api import Variant
from designer.model.data import Entity, Field, Relationship
from designer.model.types import FieldType, Member

if TYPE_CHECKING:
    from designer.importers.openapi.state import State

SERVER_DEFAULT = "(set by the server)"
"""Default of a field the server computes: not a literal, so no export writes it as one."""
_AUTO_TIMESTAMP = {"type": "string", "format": "date-time", "readOnly": True}
_GENERATED = {FieldType.UUID.value, FieldType.INTEGER.value, FieldType.BIGINT.value}


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _field(member: Member) -> Field:
    return Field(**member.model_dump())


def _references(field: Field) -> None:
    """Take a trailing `References X.` note off the description into `references`."""
    text = field.description
    head, found, tail = text.rpartition("References ")
    if found and tail.endswith(".") and (not head or head.endswith(" ")):
        field.references = tail[:-1]
        field.description = head.rstrip()


class EntityBuilder:
    """Collects entities from the read and write bodies of one document."""

    def __init__(self, importer: State) -> None:
        self.importer = importer
        self.entities: dict[str, Entity] = {}
        self.examples: dict[str, dict[str, Any]] = {}
        self.written: dict[str, set[str]] = {}
        self.role_written: dict[tuple[str, str], set[str]] = {}

    def read_variant(self, component: str, name: str, schema: dict[str, Any]) -> None:
        where = f"components.schemas.{component}"
        schema = _dict(self.importer.resolver.deref(schema))
        if not component:
            self.written.setdefault(name, set())
        props = _dict(schema.get("properties"))
        required = schema.get("required") if isinstance(schema.get("required"), list) else []
        entity = Entity(name=name, description=str(schema.get("description") or ""))
        keys = list(props)
        auto = [k for k in TIMESTAMPS if k in keys and props[k] == _AUTO_TIMESTAMP
                and k in required]
        entity.timestamps = bool(auto) or (not self.importer.conventions and False)
        for key in keys:
            if key in auto and keys.index(key) >= len(keys) - len(auto):
                continue
            member = self.importer.reader.member(key, props[key], f"{where}.{key}")
            member.optional = key not in required
            field = _field(member)
            _references(field)
            entity.fields.append(field)
        if not auto:
            entity.timestamps = False
        examples = schema.get("examples")
        if isinstance(examples, list) and examples and isinstance(examples[0], dict):
            self.examples[name] = examples[0]
        elif isinstance(schema.get("example"), dict):
            self.examples[name] = schema["example"]
        self.entities[name] = entity
        self.importer.design.data.entities.append(entity)

    def write_variant(self, component: str, name: str, shape: str,
                      schema: dict[str, Any]) -> None:
        """Fields a write body has and the read body does not (write-only ones)."""
        entity = self.entities.get(name)
        if entity is None:
            return
        where = f"components.schemas.{component}"
        props = _dict(schema.get("properties"))
        required = schema.get("required") if isinstance(schema.get("required"), list) else []
        roles = self.importer.variant_roles.get(component, [])
        if "As" in component.removeprefix(component_base(name)) and roles:
            # A body for callers with these roles: what only it has, only they may write.
            for key in props:
                self.role_written.setdefault((name, key), set()).update(roles)
        else:
            self.written.setdefault(name, set()).update(props)
        previous = -1
        for key, value in props.items():
            found = entity.field(key)
            if found is not None:
                previous = entity.fields.index(found)
                if shape != "patch" and key not in required and not found.optional \
                        and not found.nullable and not found.default:
                    # Required when read, optional when written: the field has a default the
                    # spec cannot show (a database expression or one that does not fit).
                    found.default = "?"
                    self.importer.report.note(f"{name}.{key}", "has a default the spec does "
                                              "not show; written as `?`")
                continue
            member = self.importer.reader.member(key, value, f"{where}.{key}")
            field = _field(member)
            _references(field)
            if _SECRET.search(key):
                field.write_only = False
            field.optional = shape != "patch" and key not in required and not field.nullable \
                and not field.default
            previous += 1
            entity.fields.insert(previous, field)

    def finish(self) -> None:
        """Keys, relationships and examples, once every body has been read."""
        design = self.importer.design
        for entity in self.entities.values():
            self._key(entity)
            self._privileged(entity)
            for field in entity.fields:
                target = field.reference_entity
                if target and target in self.entities and target != entity.name:
                    design.data.relationships.append(Relationship(
                        source=target, target=entity.name, required=not field.nullable,
                    ))
        self._examples()

    def _key(self, entity: Entity) -> None:
        if any(f.primary_key for f in entity.fields):
            return  # the key only a path parameter shows (ParameterReader._key_only_entities)
        key = self.typed_key(entity) or self._key_candidate(entity, self._could_be(entity))
        if key is None:
            if entity.fields:
                self.importer.report.note(entity.name, "no primary key could be told from the "
                                          "spec; none is set")
            return
        key.primary_key = True

    def typed_key(self, entity: Entity) -> Field | None:
        """The field that is `entity`'s key going by the type a path parameter `X identifier.`
        shows (a field of another type, such as a list `id` beside a uuid key, is not the key,
        whatever its name); any field that could be the key when no parameter names it."""
        typed, could_be = self._key_type(entity), self._could_be(entity)
        return self._key_candidate(entity, lambda f: typed(f) and could_be(f))

    def _could_be(self, entity: Entity) -> Callable[[Field], bool]:
        """A key the server sets (generated, or with a default) is never in a write body: a
        field some write body takes that would be such a key is not the key."""
        written = self.written.get(entity.name)
        if written is None:
            return lambda _: True
        taken = written | {k for (n, k) in self.role_written if n == entity.name}
        return lambda field: field.name not in taken or not is_server_set(
            field.model_copy(update={"primary_key": True}))

    def _key_candidate(self, entity: Entity, fits: Callable[[Field], bool]) -> Field | None:
        """The `id` field, else the first generated-type field no write body takes, else the
        first field; each only where `fits` says it may be the key."""
        key = entity.field("id")
        if key is not None and fits(key):
            return key
        written = self.written.get(entity.name)
        if written is not None:
            key = next((f for f in entity.fields if f.name not in written
                        and f.type in _GENERATED and not f.read_only and fits(f)), None)
            if key is not None:
                return key
        return next((f for f in entity.fields if fits(f)), None)

    def _key_type(self, entity: Entity) -> Callable[[Field], bool]:
        """Whether a field is typed like the key a path parameter names for `entity` (any
        field, when no parameter names it)."""
        hint = self.importer.key_hints.get(entity.name)
        if hint is None:
            return lambda _: True
        wanted = self.parameter_facts(hint, f"{entity.name} key")
        return lambda field: parameter_facts(field) == wanted

    def parameter_facts(self, schema: dict[str, Any], where: str) -> tuple[Any, ...]:
        """What a parameter's schema shows of the field it is typed like."""
        # Read quietly: the schema is read again, and reported, where the parameter is.
        quiet = SchemaReader(self.importer.resolver, self.importer.type_name, Report())
        return parameter_facts(quiet.member("id", schema, where))

    def _privileged(self, entity: Entity) -> None:
        """A field the read body shows but no public write body takes, though nothing marks it
        server-set: a privileged field when a body for some roles takes it (`writable_by`
        those roles), else one the server fills in (a default it computes)."""
        written = self.written.get(entity.name)
        if written is None:
            return
        design = self.importer.design
        bound: set[str] | None = None
        writers: set[str] = set()
        roles: set[str] = set()
        for _, endpoint in design.api.endpoints():
            roles.update(r for r in endpoint.roles if r.strip())
            request = endpoint.request
            if request is not None and request.name == entity.name:
                writers.update(endpoint.roles)
                if request.variant is not Variant.READ:
                    # Left out because the path names it only when every write body's path
                    # does: one that does not (POST /orders beside PUT /orders/{id}) would
                    # have taken it, were the client to set it.
                    params = set(endpoint.path_params)
                    bound = params if bound is None else bound & params
        bound = bound or set()
        for field in entity.fields:
            if field.name in written or field.name in bound or is_server_set(field):
                continue
            if (entity.name, field.name) in self.role_written:
                field.writable_by = sorted(self.role_written[(entity.name, field.name)])
                continue
            if field.default:
                # A literal default is not what the server computes: a privileged field that
                # no endpoint writing this entity may set; roles of other endpoints may.
                field.writable_by = sorted(roles - writers) or ["admin"]
                self.importer.report.note(
                    f"{entity.name}.{field.name}", "no write body takes it: taken as writable "
                    f"only by roles {', '.join(field.writable_by)}")
                continue
            field.default = SERVER_DEFAULT
            self.importer.report.note(
                f"{entity.name}.{field.name}", "no write body takes it: taken as set by the "
                f"server (default `{SERVER_DEFAULT}`)")

    def _examples(self) -> None:
        """Keep an example only where it differs from the one designer would generate."""
        from designer.contract.examples import Examples
        from designer.contract.types import Types

        design = self.importer.design
        examples = Examples(Types.of(design), design.requirements.locale)
        for name, given in self.examples.items():
            entity = self.entities[name]
            for field in entity.fields:
                if field.name in given:
                    value = given[field.name]
                    if examples.value(field, entity.name) != value:
                        field.example = _example_text(value)
        for schema in design.api.schemas:
            component = self.importer.schema_components.get(schema.name, schema.name)
            raw = self.importer.schemas.get(component)
            listed = _dict(raw).get("examples") if raw is not None else None
            if isinstance(listed, list) and listed and isinstance(listed[0], dict):
                _keep(examples, list(schema.fields), schema.name, listed[0])
        for message in design.architecture.events.messages:
            given = self.importer.payload_examples.get(message.name)
            if given:
                _keep(examples, list(message.fields), message.name, given)


def parameter_facts(member: Member) -> tuple[Any, ...]:
    """What a path parameter or a typed filter shows of the field it is typed like: its type
    and constraints, not whether a body may leave it out or send null."""
    return (member.type, member.shape, member.enum_values, member.min_length, member.max_length,
            member.pattern, member.minimum, member.maximum, member.multiple_of,
            member.min_items, member.max_items, member.precision, member.scale, member.currency)


def _keep(examples: Any, members: list[Any], owner: str, given: dict[str, Any]) -> None:
    for field in members:
        if field.name in given:
            value = given[field.name]
            if examples.value(field, owner) != value:
                field.example = _example_text(value)


def _example_text(value: Any) -> str:
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False)
