"""The section readers put together: each section goes to the reader of its kind.
"""

from __future__ import annotations

from designer.contract.naming import pascal, singular
from designer.importers.spec.api import ApiReader
from designer.importers.spec.data import DataReader
from designer.importers.spec.platform import PlatformReader
from designer.importers.spec.requirements import RequirementsReader
from designer.importers.spec.sections import _Section
from designer.importers.spec.settings import SettingsReader
from designer.importers.spec.words import _words
from designer.model.api import EndpointAuth


class Reader(SettingsReader, RequirementsReader, ApiReader, DataReader, PlatformReader):
    """Reads the sections of one SPEC into a design, noting what it leaves out."""

    def section(self, section: _Section) -> None:
        handler = getattr(self, f"_{section.kind}", None) if section.kind else None
        lines = [(n, line) for n, line in section.lines if line.strip()]
        if handler is None:
            if lines:
                self.report.note(f"section {section.title!r}", "not a section designer reads; "
                                 "left out")
            return
        self.entity = None
        self.last = None
        for number, line in lines:
            if not handler(line) and not self._anywhere(line):
                self.report.note(f"line {number}", f"not understood: {line.strip()[:80]}")

    def finish(self) -> None:
        design = self.design
        if design.api.resources and design.api.style is None:
            from designer.model.api import ApiStyle

            design.api.style = ApiStyle.REST
        keys = {e.name for e in design.data.entities}
        self._bodies()
        for resource in design.api.resources:
            entity = pascal(singular(resource.name))
            if entity in keys:
                resource.entity = entity
        for entity in design.data.entities:
            for field_ in entity.fields:
                if field_.references and design.data.entity(field_.references) is None:
                    self.report.note(f"{entity.name}.{field_.name}", f"references "
                                     f"{field_.references}, which the SPEC does not model")
        if design.auth.methods:
            for _, endpoint in design.api.endpoints():
                if endpoint.path.startswith("/auth/") and endpoint.auth is EndpointAuth.REQUIRED \
                        and endpoint.summary and _words(endpoint.summary, "login", "로그인"):
                    endpoint.auth = EndpointAuth.NONE
