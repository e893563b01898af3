"""What the document says about the schema files: where each is, and the dialect choices.

Sentences are Markdown; everything the user typed goes through the document's escaping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from designer.contract import storage
from designer.export.markdown import md
from designer.export.sql import migrations
from designer.export.sql.dialects import MYSQL, POSTGRESQL, SQLITE, for_engine
from designer.export.sql.types import MONEY_PRECISION, MONEY_SCALE, MYSQL_STRING
from designer.model.types import ZERO_DECIMAL_CURRENCIES, FieldType

if TYPE_CHECKING:
    from designer.model.design import Design


@dataclass(frozen=True)
class SchemaFile:
    """One file of the schema export."""

    path: str
    database: str
    what: str


@dataclass
class Summary:
    """The schema files and the sentences that explain them."""

    files: list[SchemaFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


_DIALECT_NOTES = {
    POSTGRESQL.name: "PostgreSQL: enums are `CREATE TYPE … AS ENUM` types; instants are "
    "`timestamptz`, stored as UTC and shown in the session's zone (KST: "
    "`SET TIME ZONE 'Asia/Seoul'`); uuid keys default to `gen_random_uuid()`; lists, maps and "
    "nested objects are `jsonb`.",
    MYSQL.name: "MySQL / MariaDB: enums are inline `ENUM(…)`; instants are `datetime(6)` "
    "holding UTC, converted to KST by the application; uuid is `char(36)`; lists, maps and "
    "nested objects are `json`; tables are utf8mb4 with the binary collation, so uniqueness "
    f"and enums compare as in PostgreSQL; a string without a length is `varchar({MYSQL_STRING})`.",
    SQLITE.name: "SQLite: enums are text checked against their values; instants are ISO 8601 "
    "text in UTC; foreign keys are enforced once `PRAGMA foreign_keys = ON`.",
}
_TOOL_HINTS = {
    "alembic": "Alembic: create the first revision with `alembic revision -m init` and run the "
    "DDL file from its `upgrade()` with `op.execute`.",
    "prisma": "Prisma Migrate: apply the DDL to an empty database, run `prisma db pull`, then "
    "baseline with `prisma migrate diff --from-empty --to-schema-datamodel "
    "prisma/schema.prisma --script` into `prisma/migrations/0_init/migration.sql` and "
    "`prisma migrate resolve --applied 0_init`.",
    "drizzle": "drizzle-kit: apply the DDL to an empty database and run `drizzle-kit pull` to "
    "generate the schema the later migrations start from.",
}


def _money(design: Design) -> str:
    currencies = sorted({f.currency.upper() or "no currency" for e in design.data.entities
                         for f in e.fields if f.type == FieldType.MONEY})
    if not currencies:
        return ""
    whole = [c for c in currencies if c in ZERO_DECIMAL_CURRENCIES]
    exact = [c for c in currencies if c not in ZERO_DECIMAL_CURRENCIES]
    parts = []
    if whole:
        parts.append(f"money in {', '.join(whole)} (no minor unit) is a whole-number `bigint`")
    if exact:
        parts.append(f"money in {', '.join(exact)} is an exact "
                     f"`numeric({MONEY_PRECISION},{MONEY_SCALE})` unless the field sets "
                     "precision and scale")
    return "Money: " + "; ".join(parts) + "; never a float."


def _migration(design: Design, tool: str) -> str:
    chosen = design.data.migration_tool.strip()
    if tool:
        return (f"The initial migration for {md(chosen)} is under `schema/migrations/`: the "
                "same DDL, in the file name the tool reads.")
    if not chosen:
        return ""
    lower = chosen.lower()
    hint = next((text for key, text in _TOOL_HINTS.items() if key in lower), "")
    return hint or (f"{md(chosen)} writes its own migrations: start its first one from the "
                    "DDL file.")


def summary(design: Design) -> Summary:
    """The schema files of `design` and the dialect choices they make."""
    from designer.export.sql import migration_files, sql_path

    out = Summary()
    found = storage.stored(design, storage.RELATIONAL)
    stems = storage.file_stems([db for db, _ in found])
    dialects = []
    for db, _ in found:
        dialect = for_engine(db.engine)
        dialects.append(dialect.name)
        out.files.append(SchemaFile(sql_path(db, stems[db.name]), db.name,
                                    f"{dialect.title} DDL"))
        out.files.append(SchemaFile(f"schema/{stems[db.name]}.dbml", db.name,
                                    "DBML (dbdiagram.io)"))
    names = {stem: name for name, stem in stems.items()}
    out.files += [SchemaFile(path, names[path.split("/")[2]], "initial migration")
                  for path in sorted(migration_files(design)) if path.endswith(".sql")
                  and not path.endswith(".down.sql")]
    documents = storage.stored(design, storage.DOCUMENT)
    document_stems = storage.file_stems([db for db, _ in documents])
    out.files += [SchemaFile(f"schema/{document_stems[db.name]}.mongodb.js", db.name,
                             "MongoDB $jsonSchema validators (mongosh)") for db, _ in documents]
    out.notes += [_DIALECT_NOTES[d] for d in dict.fromkeys(dialects)]
    tool = migrations.sql_tool(design.data.migration_tool)
    out.notes += [n for n in (_money(design), _migration(design, tool) if found else "") if n]
    return out

