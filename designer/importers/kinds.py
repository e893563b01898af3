"""The kinds of source designer imports, and running the importer of one by its kind.

The CLI (`designer import`) and the app ("New design from…", "import: …") both start here, so
they read a source the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from designer.importers.report import Report
    from designer.model import Design

KINDS = {
    "openapi": "an OpenAPI 3.0 / 3.1 (or Swagger 2.0) description, YAML or JSON",
    "sql": "PostgreSQL or MySQL DDL (CREATE TABLE, ALTER TABLE, CREATE INDEX)",
    "spec": "a SPEC markdown (.do/specs/SPEC-ID/spec.md), English or Korean headings",
}
"""Kind → what the source is, in one line."""

TITLES = {"openapi": "OpenAPI", "sql": "SQL schema", "spec": "SPEC"}
"""Kind → its short name in menus."""


def load(kind: str, source: Path, name: str | None, dialect: str | None = None
         ) -> tuple[Design, Report]:
    """The imported design and report of `source` read as `kind` (raises DesignerError)."""
    # Imported on use: each importer pulls in its parser (sqlglot, the YAML loader).
    if kind == "openapi":
        from designer.importers import openapi

        return openapi.import_file(source, name)
    if kind == "sql":
        from designer.importers import sql

        return sql.import_file(source, name, dialect)
    if kind == "spec":
        from designer.importers import spec

        return spec.import_file(source, name)
    raise ValueError(f"unknown import kind {kind!r}")
