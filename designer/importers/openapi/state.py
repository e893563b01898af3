"""What one import of an OpenAPI document knows while it runs, shared by its readers.

The readers (`info`, `components`, `paths`, `parameters`, `bodies`, `webhooks`) are mixins
over this one state, put together in `importer.Importer`; each reads one part of the
document into the design.
"""

from __future__ import annotations

import re
from typing import Any

from designer.importers.openapi import auth as openapi_auth
from designer.importers.openapi.entities import EntityBuilder
from designer.importers.openapi.schemas import SchemaReader
from designer.importers.refs import Resolver
from designer.importers.report import Report
from designer.model import Design
from designer.model.api import Method, Resource

METHODS = {m.value.lower(): m for m in Method}
OTHER_METHODS = ("head", "options", "trace")
CONVENTIONS = "Conventions:\n\n"
PAGE_PARAMS = {"limit", "offset", "cursor", "after"}
VARIANT_TITLE = re.compile(r"^(.*) \((create|replace|patch)\)$")
RATE = re.compile(r"- Rate limit: (\d+) requests per (\d+) s per ([a-z ]+);")
PAGING = re.compile(r"- Pagination: (\w+), (\d+) items per page by default, at most (\d+)")
VERSION_SEGMENT = re.compile(r"^(api|v[0-9]+(\.[0-9]+)*)$", re.I)


def as_dict(value: Any) -> dict[str, Any]:
    """`value` when it is a mapping, else an empty one (a hostile document may hold anything)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """`value` when it is a list, else an empty one."""
    return value if isinstance(value, list) else []


class State:
    """The document, the design being filled, and what the readers tell each other."""

    bodiless: set[str]
    """Entities whose write bodies the spec shows but not their read body."""
    resources: dict[str, Resource]
    """Resources by tag name, in tag order."""
    server_prefix = ""
    """Path of a foreign description's first server URL (its base path)."""

    def __init__(self, document: dict[str, Any], resolver: Resolver, report: Report) -> None:
        self.doc = document
        self.resolver = resolver
        self.report = report
        self.design = Design()
        self.schemas = as_dict(as_dict(document.get("components")).get("schemas"))
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
            as_dict(as_dict(document.get("components")).get("securitySchemes"))
        )

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
