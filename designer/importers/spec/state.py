"""What one reading of a SPEC knows while it runs, shared by the section readers.

The readers (`settings`, `requirements`, `api`, `data`, `platform`) are mixins over this
one state, put together in `reader.Reader`; each reads one kind of section.
"""

from __future__ import annotations

from designer.importers.report import Report
from designer.model import Design
from designer.model.api import Endpoint, Resource
from designer.model.data import Entity


class State:
    """The design being filled, the report, and the entity or endpoint being read."""

    def __init__(self, design: Design, report: Report) -> None:
        self.design = design
        self.report = report
        self.resources: dict[str, Resource] = {}
        self.last: Endpoint | None = None
        self.entity: Entity | None = None
        self.base_set = False
