"""Request and response bodies: the entity body, named schema or page each one names."""

from __future__ import annotations

import re
from typing import Any

from designer.contract.naming import component_base
from designer.importers.openapi.state import State, as_dict
from designer.model.api import Endpoint, Schema, SchemaField, SchemaRef, Variant


class BodyReader(State):
    """Reads request and response bodies of operations."""

    def _body_ref(self, where: str, schema: Any) -> tuple[SchemaRef | None, bool]:
        """The SchemaRef a body schema names, and whether it is a page."""
        schema = as_dict(schema)
        many = paged = False
        if schema.get("type") == "array":
            many, schema = True, as_dict(schema.get("items"))
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            props = as_dict(schema.get("properties"))
            if set(props) == {"items", "page"}:
                inner = as_dict(as_dict(props["items"]).get("items"))
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
            props = as_dict(as_dict(self.schemas[component]).get("properties"))
            items = as_dict(props.get("items"))
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
        return SchemaRef(name=self._inline_schema(where, as_dict(target)), many=many), False

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
        return as_dict(content[media]) if media is not None else None

    def _request(self, endpoint: Endpoint, where: str, op: dict[str, Any]) -> None:
        body = as_dict(self.resolver.deref(op.get("requestBody")))
        if not body:
            return
        if body.get("required") is False:
            self.report.note(f"{where}.requestBody", "an optional body is imported as required")
        media = self._json(f"{where}.requestBody", as_dict(body.get("content")))
        if media is None or "schema" not in media:
            return
        self.last_variant = ""
        endpoint.request, _ = self._body_ref(f"{where} request", media.get("schema"))
        if self.last_variant:
            self.variant_roles.setdefault(self.last_variant, []).extend(endpoint.roles)

    def _responses(self, endpoint: Endpoint, where: str, op: dict[str, Any]) -> None:
        codes: list[int] = []
        for key, raw in as_dict(op.get("responses")).items():
            if not re.fullmatch(r"[1-5][0-9][0-9]", str(key)):
                self.report.note(f"{where}.responses.{key}", "only numeric status codes are "
                                 "kept")
                continue
            code = int(key)
            codes.append(code)
            if not 200 <= code < 300 or endpoint.response is not None:
                continue
            response = as_dict(self.resolver.deref(raw))
            media = self._json(f"{where}.responses.{key}", as_dict(response.get("content")))
            if media is not None and "schema" in media:
                endpoint.response, paged = self._body_ref(f"{where} response",
                                                          media.get("schema"))
                endpoint.paginated = endpoint.paginated or paged
        endpoint.status_codes = codes
