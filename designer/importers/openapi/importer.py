"""One import of an OpenAPI document: the readers in the order the document needs them."""

from __future__ import annotations

from designer.importers.openapi import auth as openapi_auth
from designer.importers.openapi.bodies import BodyReader
from designer.importers.openapi.components import ComponentReader
from designer.importers.openapi.info import InfoReader
from designer.importers.openapi.parameters import ParameterReader
from designer.importers.openapi.paths import PathReader
from designer.importers.openapi.state import as_dict
from designer.importers.openapi.webhooks import WebhookReader
from designer.importers.report import Report
from designer.model import Design


class Importer(InfoReader, ComponentReader, PathReader, ParameterReader, BodyReader,
               WebhookReader):
    """Turns one (checked) OpenAPI document into a design and a report."""

    def run(self, name: str | None) -> tuple[Design, Report]:
        design = self.design
        info = as_dict(self.doc.get("info"))
        self._info(info, name)
        self._servers()
        self._classify()
        self._tags()
        self._paths()
        self._webhooks()
        openapi_auth.read_auth(
            as_dict(as_dict(self.doc.get("components")).get("securitySchemes")),
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

    def _status_codes(self) -> None:
        """Keep an endpoint's codes only where designer would not derive the same list."""
        from designer.export.openapi_operations import status_codes

        for _, endpoint in self.design.api.endpoints():
            listed = sorted(set(endpoint.status_codes))
            endpoint.status_codes = []
            if status_codes(self.design, endpoint) != listed:
                endpoint.status_codes = listed
