"""The data design as code: `schema/<database>.<dialect>.sql` and `schema/<database>.dbml` for
every relational database.

One module per job: `dialects` (what differs), `identifiers` (quoting, shortening), `types`
(the type system per dialect), `literals` (strings, defaults), `checks` (CHECK constraints),
`order` (foreign-key order), `plan` (the physical schema) and `render` (the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.contract import storage

if TYPE_CHECKING:
    from designer.model.data import Database
    from designer.model.design import Design


def sql_path(database: Database, stem: str) -> str:
    """Where the DDL of `database` goes. The dialect is in the name so that tools (and people)
    know which server reads it."""
    from designer.export.sql.dialects import for_engine

    return f"schema/{stem}.{for_engine(database.engine).name}.sql"


def schema_files(design: Design) -> dict[str, str]:
    """Relative path → DDL of each relational database holding entities."""
    from designer.export.sql.plan import build
    from designer.export.sql.render import render

    found = storage.stored(design, storage.RELATIONAL)
    stems = storage.file_stems([db for db, _ in found])
    return {sql_path(db, stems[db.name]): render(build(design, db)) for db, _ in found}


def migration_files(design: Design) -> dict[str, str]:
    """Relative path → text of the initial migration of each relational database, when the
    design's migration tool takes plain SQL (`schema/migrations/<database>/…`)."""
    from designer.export.sql import migrations
    from designer.export.sql.plan import build
    from designer.export.sql.render import render

    tool = migrations.sql_tool(design.data.migration_tool)
    if not tool:
        return {}
    found = storage.stored(design, storage.RELATIONAL)
    stems = storage.file_stems([db for db, _ in found])
    out: dict[str, str] = {}
    for db, _ in found:
        schema = build(design, db)
        out.update(migrations.files(tool, f"schema/migrations/{stems[db.name]}", render(schema),
                                    schema))
    return out


def dbml_files(design: Design) -> dict[str, str]:
    """Relative path → DBML of each relational database holding entities."""
    from designer.export.sql import dbml
    from designer.export.sql.plan import build

    found = storage.stored(design, storage.RELATIONAL)
    stems = storage.file_stems([db for db, _ in found])
    return {f"schema/{stems[db.name]}.dbml": dbml.render(build(design, db, enum_types=True))
            for db, _ in found}
