"""Component schemas: which is an entity, a body variant, a named schema or a page."""

from __future__ import annotations

from designer.export import openapi_errors as errors
from designer.importers.openapi.state import VARIANT_TITLE, State, as_dict
from designer.model.api import Schema, SchemaField


class ComponentReader(State):
    """Classifies the component schemas, then reads them."""

    def _classify(self) -> None:
        """Decide for every component schema what it becomes, before anything refers to it."""
        used_as_body = self._body_components()
        reserved = {"PageInfo", "WebhookEvent", *errors.SCHEMA_NAMES} if self.conventions \
            else set()
        for component, schema in self.schemas.items():
            schema = as_dict(schema)
            title = str(schema.get("title") or "")
            design_name = title or component
            if component in reserved:
                self.kinds[component] = (component, "skip")
                continue
            props = as_dict(schema.get("properties"))
            if set(props) == {"items", "page"} and component.endswith("Page"):
                self.kinds[component] = (component, "page")
                continue
            match = VARIANT_TITLE.match(title) if self.conventions else None
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
        for item in as_dict(self.doc.get("paths")).values():
            for op in as_dict(item).values():
                if not isinstance(op, dict):
                    continue
                bodies = [as_dict(self.resolver.deref(op.get("requestBody")))]
                for response in as_dict(op.get("responses")).values():
                    bodies.append(as_dict(self.resolver.deref(response)))
                for body in bodies:
                    for media in as_dict(body.get("content")).values():
                        schema = as_dict(as_dict(media).get("schema"))
                        if schema.get("type") == "array":
                            schema = as_dict(schema.get("items"))
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
                self.entities.read_variant(component, design_name, as_dict(schema))
            elif what == "schema":
                schema = as_dict(self.resolver.deref(schema))
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
            self.entities.write_variant(component, entity, shape, as_dict(self.schemas[component]))
        if "PageInfo" in self.schemas and self.conventions:
            props = as_dict(as_dict(self.schemas["PageInfo"]).get("properties"))
            limit = as_dict(props.get("limit"))
            if isinstance(limit.get("maximum"), int):
                api.max_page_size = max(1, limit["maximum"])
