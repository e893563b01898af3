"""What one reading of DDL knows while it runs, shared by the column and constraint readers."""

from __future__ import annotations

from designer.importers.report import Report
from designer.model import Design
from designer.model.data import Entity, Field, OnDelete


class ReaderState:
    """The tables, columns, keys and enums read so far, and the report of what was not kept."""

    def __init__(self, design: Design, report: Report, dialect: str) -> None:
        self.design = design
        self.report = report
        self.dialect = dialect
        self.enums: dict[str, tuple[list[str], str]] = {}
        self.tables: dict[str, Entity] = {}
        self.columns_of: dict[str, dict[str, Field]] = {}
        self.foreign: list[tuple[str, str, str, str, OnDelete]] = []
        self.on_update: dict[tuple[str, str], OnDelete] = {}
        self.generated: set[tuple[str, str]] = set()
        self.primary: dict[str, list[str]] = {}
        self.joins: list[str] = []
        self.enum_columns: dict[str, list[tuple[str, Field]]] = {}
        self.opaque = 0
        """CREATE statements the parser kept as opaque commands (another dialect's DDL)."""
        self.unsigned: dict[str, list[str]] = {}
        """Table → its UNSIGNED columns (minimum 0)."""

