"""The physical schema of one database in one dialect: final identifiers, column types,
defaults, constraint and index names, and the order of creation.

The renderers of each dialect only lay this out; the tests read it too, to know which name a
design's table or column got once quoted names had to be shortened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from designer.contract import storage
from designer.contract.types import Types
from designer.export.sql import checks, join_names, literals
from designer.export.sql.dialects import MYSQL, POSTGRESQL, Dialect, for_engine
from designer.export.sql.identifiers import Namespace, quote
from designer.export.sql.order import fk_order
from designer.export.sql.types import SqlType, column_type
from designer.model.data import OnDelete
from designer.model.types import Member, Shape

if TYPE_CHECKING:
    from designer.model.data import Database
    from designer.model.design import Design

_MYSQL_KEY_BYTES = 3072
"""InnoDB's longest index key (DYNAMIC rows)."""
_MYSQL_PREFIX = 191
"""Characters of a long column an index keeps (191 × 4 bytes fits the old 767-byte limit)."""


@dataclass
class EnumType:
    """A PostgreSQL enum type."""

    name: str
    values: tuple[str, ...]
    comment: str = ""


@dataclass
class SqlColumn:
    """A column as written."""

    name: str
    logical: storage.Column
    type: SqlType
    nullable: bool
    default: str | None
    comment: str = ""


@dataclass
class ForeignKey:
    """A named foreign key with physical names."""

    name: str
    columns: tuple[str, ...]
    table: str
    referenced: tuple[str, ...]
    on_delete: OnDelete
    on_update: OnDelete = OnDelete.NO_ACTION


@dataclass
class SqlIndex:
    """A named index; `parts` are the quoted columns, with a MySQL prefix length when needed."""

    name: str
    columns: tuple[str, ...]
    unique: bool
    parts: tuple[str, ...]


@dataclass
class SqlTable:
    """A table as written."""

    name: str
    logical: storage.Table
    columns: list[SqlColumn] = field(default_factory=list)
    primary_key: tuple[str, tuple[str, ...]] | None = None
    uniques: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)
    indexes: list[SqlIndex] = field(default_factory=list)
    comment: str = ""
    notes: list[str] = field(default_factory=list)

    def column(self, logical: str) -> SqlColumn | None:
        """The column of the logical column `logical`."""
        return next((c for c in self.columns if c.logical.name == logical), None)


@dataclass
class Schema:
    """Everything one database's DDL holds, in creation order."""

    dialect: Dialect
    database: Database
    enums: list[EnumType]
    tables: list[SqlTable]
    deferred: list[tuple[SqlTable, ForeignKey]]
    """Foreign keys added after every table exists (cycles)."""

    def table(self, logical: str) -> SqlTable | None:
        """The table of the logical table `logical`."""
        return next((t for t in self.tables if t.logical.name == logical), None)


def flat(text: str) -> str:
    """`text` on one line (comments and descriptions)."""
    return " ".join(text.replace("\x00", "").split())


def _bmp(text: str) -> bool:
    return all(ord(c) <= 0xFFFF for c in text)


def _compatible(a: SqlType, b: SqlType) -> bool:
    """Whether a foreign key of type `a` may reference a key of type `b` in every dialect."""
    if a.text == b.text:
        return True
    return a.family == b.family == "string" and not (a.long_text or b.long_text)


class _Planner:
    def __init__(self, design: Design, database: Database, enum_types: bool | None) -> None:
        self.design = design
        self.database = database
        self.dialect = for_engine(database.engine)
        self.enum_types = self.dialect is POSTGRESQL if enum_types is None else enum_types
        self.types = Types.of(design)
        self.names = Namespace(self.dialect, fold_case=self.dialect is not POSTGRESQL)
        self.enums: dict[str, EnumType] = {}
        self.resized: dict[tuple[str, str], SqlType] = {}
        self.join_columns: dict[tuple[str, str], str] = {}
        """(join table, column) → the name to fit for it (see join_names)."""
        """Primary-key columns MySQL had to shorten, by (table, column) logical names."""

    def table(self, logical: storage.Table, base: str) -> SqlTable:
        """The table of `logical`, named `base` as the dialect keeps it, unique."""
        return SqlTable(self.names.take(base, table=True), logical,
                        comment=self.comment(logical.description), notes=list(logical.skipped))

    def comment(self, text: str) -> str:
        """A description as a comment: one line; MySQL keeps comments as utf8mb3, so
        characters past the Basic Multilingual Plane (emoji) become U+FFFD."""
        line = flat(text)
        if self.dialect.bmp_only:
            line = "".join(c if ord(c) <= 0xFFFF else "\ufffd" for c in line)
        return line

    def enum_values(self, member: Member) -> tuple[str, ...]:
        return tuple(self.types.enum_values(member))

    def is_enum(self, member: Member) -> bool:
        return member.type == "enum" or member.type in self.types.enums

    def enum_type(self, table: str, column: str, member: Member) -> EnumType:
        """The enum type of an enum field (named enums shared, inline ones per column)."""
        key = member.type if member.type in self.types.enums else f"{table}\x00{column}"
        if key not in self.enums:
            named = self.types.enums.get(member.type)
            base = storage.table_name(named.name) if named else f"{table}_{column}"
            self.enums[key] = EnumType(self.names.take(base), self.enum_values(member),
                                       flat(named.description) if named else "")
        return self.enums[key]

    def sql_type(self, table: str, column: str, member: Member) -> SqlType:
        if member.shape is Shape.ONE and self.is_enum(member):
            values = self.enum_values(member)
            if self.enum_types and all(len(v.encode()) <= 63 for v in values):
                enum = self.enum_type(table, column, member)
                return column_type(POSTGRESQL, member, quote(self.dialect, enum.name),
                                   enum_name=enum.name)
            if self.dialect is POSTGRESQL:
                # Enum labels are at most 63 bytes: longer values are text checked by a list.
                return SqlType("text", "string")
            if values and (not self.dialect.bmp_only or all(_bmp(v) for v in values)):
                return column_type(self.dialect, member, enum_values=values)
            # An enum without values yet holds any text until the design lists them; MySQL
            # keeps ENUM values as utf8mb3, so values with emoji are checked by the application.
            return SqlType("TEXT" if self.dialect.name == "sqlite" else "varchar(255)", "string")
        return column_type(self.dialect, member)

    def columns(self, logical: storage.Table, table: SqlTable) -> None:
        names = Namespace(self.dialect)
        for col in logical.columns:
            name = names.take(self.join_columns.get((logical.name, col.name), col.name))
            # A derived key column is typed like its key (see derived_types).
            sql_type = SqlType("", "pending") if col.origin in ("relationship", "join") \
                else self.sql_type(table.name, name, col.member)
            values = list(self.enum_values(col.member)) if self.is_enum(col.member) else []
            default = literals.default(self.dialect, col.member, values)
            if col.member.default.strip() and default is None:
                table.notes.append(f"default {flat(col.member.default)} of {col.name} is not a "
                                   "value this column takes as written: set it in the "
                                   "application")
            table.columns.append(SqlColumn(name, col, sql_type, col.nullable, default,
                                           self.comment(col.member.description)))

    def mysql_keys(self, table: SqlTable) -> None:
        """MySQL keys cannot hold TEXT or BLOB columns, and a key is at most 3072 bytes: a
        long primary-key column becomes the longest varchar (varbinary) the key still fits,
        and the table says so."""
        if self.dialect is not MYSQL or not table.logical.primary_key:
            return
        key = [c for c in table.columns if c.logical.name in table.logical.primary_key]
        sizes = {c.name: _mysql_bytes(c.type.text) for c in key}
        long = [c for c in key if c.type.long_text and c.type.family in ("string", "binary")]
        if not long and sum(sizes.values()) <= _MYSQL_KEY_BYTES:
            return
        if not long:
            long = [c for c in key if c.type.text.startswith("varchar(")
                    and sizes[c.name] > _MYSQL_PREFIX * 4]
        rest = sum(size for name, size in sizes.items() if name not in {c.name for c in long})
        room = max(1, (_MYSQL_KEY_BYTES - rest) // len(long) // 4) if long else 0
        for column in long:
            binary = column.type.family == "binary"
            text = f"varbinary({room * 4})" if binary else f"varchar({room})"
            table.notes.append(f"{column.logical.name} is part of the primary key, which MySQL "
                               f"keeps to {_MYSQL_KEY_BYTES} bytes: stored as {text}")
            column.type = SqlType(text, column.type.family)
            self.resized[(table.logical.name, column.logical.name)] = column.type

    def derived_types(self, table: SqlTable, by_logical: dict[str, SqlTable]) -> None:
        """A derived key column takes the type of the key it references (one enum type, the
        same varchar)."""
        for fk in table.logical.foreign_keys:
            column = table.column(fk.columns[0])
            target = by_logical[fk.table]
            key = target.column(fk.referenced[0])
            if column and key and column.logical.origin in ("relationship", "join"):
                column.type = key.type
            elif column and key and (target.logical.name, key.logical.name) in self.resized \
                    and column.type.family == key.type.family and column.type != key.type:
                # A long reference to a key MySQL had to shorten takes the key's type, so
                # that the foreign key still holds.
                table.notes.append(f"{column.logical.name} references a shortened key: stored "
                                   f"as {key.type.text}")
                column.type = key.type

    def constraints(self, table: SqlTable, by_logical: dict[str, SqlTable]) -> None:
        logical = table.logical
        cols = {c.logical.name: c for c in table.columns}
        q = self.dialect
        if logical.primary_key:
            physical = tuple(cols[c].name for c in logical.primary_key)
            table.primary_key = (self.names.take(f"{table.name}_pkey"), physical)
        for unique in logical.uniques:
            physical = tuple(cols[c].name for c in unique)
            table.uniques.append((self.names.take(f"{table.name}_{'_'.join(physical)}_key"),
                                  physical))
        actions: set[str] = set()
        for fk in logical.foreign_keys:
            target = by_logical[fk.table]
            physical = tuple(cols[c].name for c in fk.columns)
            key = target.column(fk.referenced[0])
            column = cols[fk.columns[0]]
            if key is None or not _compatible(column.type, key.type):
                table.notes.append(f"{fk.columns[0]} ({column.type.text}) cannot reference "
                                   f"{fk.table} ({key.type.text if key else '?'}): the types "
                                   "differ, so no foreign key is declared")
                continue
            if {fk.on_delete, fk.on_update} - {OnDelete.RESTRICT, OnDelete.NO_ACTION}:
                actions.update(physical)
            name = self.names.take(f"{table.name}_{'_'.join(physical)}_fkey")
            table.foreign_keys.append(ForeignKey(name, physical, target.name,
                                                 (key.name,), fk.on_delete, fk.on_update))
        for column in table.columns:
            # MySQL refuses CHECK constraints on columns a referential action changes.
            if q is MYSQL and column.name in actions:
                continue
            found = checks.expressions(q, column.logical.member, quote(q, column.name),
                                       column.type)
            values = self.enum_values(column.logical.member) \
                if self.is_enum(column.logical.member) else ()
            if values and column.type.family == "string" and (q is not MYSQL or all(
                    _bmp(v) for v in values)):
                listed = ", ".join(literals.string(q, v) for v in values)
                found.insert(0, f"{quote(q, column.name)} IN ({listed})")
            if found:
                name = self.names.take(f"{table.name}_{column.name}_check")
                table.checks.append((name, " AND ".join(found)))

    def indexes(self, table: SqlTable) -> None:
        cols = {c.logical.name: c for c in table.columns}
        for index in table.logical.indexes:
            columns = [cols[c] for c in index.columns]
            physical = tuple(c.name for c in columns)
            if self.dialect is MYSQL and any(c.type.family == "json" for c in columns):
                table.notes.append(f"index ({', '.join(index.columns)}) holds a JSON column, "
                                   "which MySQL cannot index: not created")
                continue
            if self.dialect is MYSQL and index.unique and any(c.logical.identity
                                                              for c in columns):
                # Unique already through its AUTO_INCREMENT key, which MariaDB keeps out of
                # a long unique index.
                table.notes.append(f"unique index ({', '.join(index.columns)}) holds the "
                                   "AUTO_INCREMENT key, so it is unique already: not created")
                continue
            base = index.name.strip() or f"{table.name}_{'_'.join(physical)}_idx"
            parts = self.index_parts(columns, index.unique)
            table.indexes.append(SqlIndex(self.names.take(base), physical, index.unique, parts))

    def index_parts(self, columns: list[SqlColumn], unique: bool) -> tuple[str, ...]:
        quoted = [quote(self.dialect, c.name) for c in columns]
        if self.dialect is not MYSQL or unique:
            # A unique prefix would make values unique on the prefix only; MariaDB indexes a
            # long unique column by hash instead.
            return tuple(quoted)
        sizes = [_mysql_bytes(c.type.text) for c in columns]
        long = sum(sizes) > _MYSQL_KEY_BYTES
        return tuple(
            f"{q}({_MYSQL_PREFIX})" if c.type.long_text or (long and size > _MYSQL_PREFIX * 4)
            else q for q, c, size in zip(quoted, columns, sizes, strict=True))


def _mysql_bytes(text: str) -> int:
    if text.startswith(("varchar(", "char(")):
        return int(text[text.index("(") + 1:-1]) * 4
    return 16


def build(design: Design, database: Database, *, enum_types: bool | None = None) -> Schema:
    """The physical schema of `database` (a relational database of `design`). `enum_types`:
    enums as named types (PostgreSQL's CREATE TYPE; DBML's Enum) rather than inline."""
    planner = _Planner(design, database, enum_types)
    logical = storage.tables(design, database)
    # Entity tables come first (storage.tables), so a join table is named once the names of
    # the tables it links are known.
    sql_tables = [planner.table(t, t.name) for t in logical if t.entity is not None]
    joins, planner.join_columns = join_names.bases(
        planner.dialect, logical, {s.logical.name: s.name for s in sql_tables})
    sql_tables += [planner.table(t, joins.get(t.name, t.name)) for t in logical
                   if t.entity is None]
    by_logical = {t.logical.name: t for t in sql_tables}
    for table in sql_tables:
        planner.columns(table.logical, table)
        planner.mysql_keys(table)
    for table in sql_tables:
        planner.derived_types(table, by_logical)
        # A join table's key is made of derived columns, typed only now.
        planner.mysql_keys(table)
    for table in sql_tables:
        planner.constraints(table, by_logical)
        planner.indexes(table)
    references = {t.name: {fk.table for fk in t.foreign_keys} for t in sql_tables}
    order, deferred_pairs = fk_order([t.name for t in sql_tables], references)
    by_name = {t.name: t for t in sql_tables}
    deferred = []
    if planner.dialect.name != "sqlite":  # SQLite checks references only when rows change
        for table in sql_tables:
            for fk in list(table.foreign_keys):
                if (table.name, fk.table) in deferred_pairs:
                    table.foreign_keys.remove(fk)
                    deferred.append((table, fk))
    deferred.sort(key=lambda pair: order.index(pair[0].name))
    tables = [by_name[n] for n in order]
    # Enum types in the order of the tables that use them as written (foreign-key order), so
    # that the DDL tells nothing of the design's own entity order, which it cannot keep.
    used = list(dict.fromkeys(c.type.enum for t in tables for c in t.columns if c.type.enum))
    enums = sorted(planner.enums.values(),
                   key=lambda e: used.index(e.name) if e.name in used else len(used))
    return Schema(planner.dialect, database, enums, tables, deferred)
