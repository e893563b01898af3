"""What a real server's catalog says a database holds, and what the design says it should.

`actual(server, database)` reads tables, columns, types, nullability, keys and indexes back
from pg_catalog or information_schema; `expected(design, database, dialect)` states the same
from the design's storage facts, with types mapped here independently of the exporter, so a
wrong mapping in the exporter shows up as a difference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sql_servers import MariaDB, Postgres

from designer.contract import storage
from designer.contract.types import Types
from designer.export.sql.plan import Schema, build
from designer.model.data import Database, OnDelete
from designer.model.design import Design
from designer.model.types import ZERO_DECIMAL_CURRENCIES, Member, Shape


@dataclass
class Catalog:
    """One database's tables as sets and lists that compare directly."""

    columns: dict[str, list[tuple[str, str, bool]]] = field(default_factory=dict)
    """table → [(column, type, nullable)] in column order."""
    primary_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    foreign_keys: set[tuple[str, tuple[str, ...], str, tuple[str, ...], str]] = \
        field(default_factory=set)
    uniques: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    """Unique constraints and unique indexes."""
    indexes: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    """Non-unique indexes (MySQL's own foreign-key indexes left out)."""


_PG_COLUMNS = """
SELECT c.relname AS t, a.attname AS c, a.attnum AS pos, NOT a.attnotnull AS nullable,
       CASE WHEN ty.typtype = 'e' THEN 'enum' ELSE format_type(a.atttypid, a.atttypmod) END AS ty
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type ty ON ty.oid = a.atttypid
WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped"""
_PG_COLS = """(SELECT json_agg(a.attname ORDER BY u.ord) FROM unnest({keys}) WITH ORDINALITY
 u(num, ord) JOIN pg_attribute a ON a.attrelid = {rel} AND a.attnum = u.num)"""
_PG_KEYS = f"""
SELECT c.relname AS t, k.contype AS kind, f.relname AS ref, k.confdeltype AS del,
       k.confupdtype AS upd,
       {_PG_COLS.format(keys="k.conkey", rel="k.conrelid")} AS cols,
       {_PG_COLS.format(keys="k.confkey", rel="k.confrelid")} AS refcols
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
LEFT JOIN pg_class f ON f.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND k.contype IN ('p', 'f')"""
_PG_INDEXES = f"""
SELECT c.relname AS t, x.indisunique AS uniq, x.indisprimary AS prim,
       {_PG_COLS.format(keys="x.indkey::int2[]", rel="x.indrelid")} AS cols
FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"""
_PG_DELETE = {"a": "no_action", "r": "restrict", "c": "cascade", "n": "set_null"}


def _postgres(server: Postgres, db: str) -> Catalog:
    out = Catalog()
    rows = sorted(server.query(db, _PG_COLUMNS), key=lambda r: (r["t"], r["pos"]))
    for r in rows:
        out.columns.setdefault(r["t"], []).append((r["c"], r["ty"], r["nullable"]))
    for r in server.query(db, _PG_KEYS):
        if r["kind"] == "p":
            out.primary_keys[r["t"]] = tuple(r["cols"])
        else:
            out.foreign_keys.add((r["t"], tuple(r["cols"]), r["ref"], tuple(r["refcols"]),
                                  _PG_DELETE[r["del"]], _PG_DELETE[r["upd"]]))
    for r in server.query(db, _PG_INDEXES):
        if not r["prim"]:
            (out.uniques if r["uniq"] else out.indexes).add((r["t"], tuple(r["cols"])))
    return out


def _mariadb(server: MariaDB, db: str) -> Catalog:
    out = Catalog()
    here = "table_schema = DATABASE()"
    rows = server.query(db, "SELECT JSON_OBJECT('t', table_name, 'c', column_name, 'pos', "
                        "ordinal_position, 'ty', column_type, 'nullable', is_nullable = 'YES')"
                        f" AS j FROM information_schema.columns WHERE {here}")
    for r in sorted(rows, key=lambda r: (r["t"], r["pos"])):
        out.columns.setdefault(r["t"], []).append((r["c"], r["ty"], bool(r["nullable"])))
    rules = {(r["t"], r["n"]): (r["rule"], r["upd"]) for r in server.query(
        db, "SELECT JSON_OBJECT('t', table_name, 'n', constraint_name, 'rule', delete_rule, "
        "'upd', update_rule) "
        "AS j FROM information_schema.referential_constraints "
        "WHERE constraint_schema = DATABASE()")}
    keys: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in server.query(db, "SELECT JSON_OBJECT('t', table_name, 'n', constraint_name, 'c', "
                          "column_name, 'pos', ordinal_position, 'ref', referenced_table_name,"
                          " 'refc', referenced_column_name) AS j "
                          f"FROM information_schema.key_column_usage WHERE {here}"):
        keys.setdefault((r["t"], r["n"]), []).append(r)
    for (table, name), parts in keys.items():
        parts.sort(key=lambda r: r["pos"])
        columns = tuple(p["c"] for p in parts)
        if name == "PRIMARY":
            out.primary_keys[table] = columns
        elif (table, name) in rules:
            out.foreign_keys.add((table, columns, parts[0]["ref"],
                                  tuple(p["refc"] for p in parts),
                                  *(rule.lower().replace(" ", "_")
                                    for rule in rules[(table, name)])))
    stats: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in server.query(db, "SELECT JSON_OBJECT('t', table_name, 'n', index_name, 'c', "
                          "column_name, 'seq', seq_in_index, 'uniq', non_unique = 0) AS j "
                          f"FROM information_schema.statistics WHERE {here}"):
        stats.setdefault((r["t"], r["n"]), []).append(r)
    for (table, name), parts in stats.items():
        # InnoDB indexes every foreign key itself, naming the index after the constraint.
        if name == "PRIMARY" or ((table, name) in rules and not parts[0]["uniq"]):
            continue
        columns = tuple(p["c"] for p in sorted(parts, key=lambda r: r["seq"]))
        (out.uniques if parts[0]["uniq"] else out.indexes).add((table, columns))
    return out


def actual(server: Postgres | MariaDB, db: str) -> Catalog:
    """What the server's catalog holds in `db`."""
    return _postgres(server, db) if isinstance(server, Postgres) else _mariadb(server, db)


def _pg_type(member: Member, types: Types) -> str:
    if member.shape is not Shape.ONE:
        return "jsonb"
    if member.type == "enum" or member.type in types.enums:
        # PostgreSQL enum labels hold at most 63 bytes; longer values make a checked text.
        too_long = any(len(v.encode()) > 63 for v in types.enum_values(member))
        return "text" if too_long else "enum"
    kind, n = member.type, member.max_length
    if kind in ("object", "json") or kind in types.entities or kind in types.schemas:
        return "jsonb"
    if kind == "money":
        if member.currency.upper() in ZERO_DECIMAL_CURRENCIES and member.precision is None:
            return "bigint"
        scale = member.scale if member.scale is not None else 4
        return f"numeric({member.precision or 19},{scale})"
    if kind == "decimal":
        if not member.precision:
            return "numeric"
        return f"numeric({member.precision},{min(member.scale or 0, member.precision)})"
    if kind in ("string", "email", "url"):
        default = {"email": 320}.get(kind)
        return f"character varying({n or default})" if n or default else "text"
    return {"uuid": "uuid", "integer": "integer", "bigint": "bigint", "float": "double precision",
            "boolean": "boolean", "date": "date", "datetime": "timestamp with time zone",
            "time": "time without time zone", "binary": "bytea", "text": "text"}[kind]


def _my_type(member: Member, types: Types) -> str:
    if member.shape is not Shape.ONE:
        return "longtext"  # MariaDB's JSON
    values = types.enum_values(member)
    if member.type == "enum" or member.type in types.enums:
        if not values or any(ord(c) > 0xFFFF for v in values for c in v):
            return "varchar(255)"  # MySQL's ENUM values cannot hold emoji
        return "enum(" + ",".join("'" + v.replace("\\", "\\\\").replace("'", "''") + "'"
                                  for v in values) + ")"
    kind, n = member.type, member.max_length
    if kind in ("object", "json") or kind in types.entities or kind in types.schemas:
        return "longtext"
    if kind == "money":
        if member.currency.upper() in ZERO_DECIMAL_CURRENCIES and member.precision is None:
            return "bigint(20)"
        scale = member.scale if member.scale is not None else 4
        return f"decimal({member.precision or 19},{scale})"
    if kind == "decimal":
        if not member.precision:
            return "decimal(19,4)"
        return f"decimal({member.precision},{min(member.scale or 0, member.precision)})"
    if kind in ("string", "email", "url"):
        return f"varchar({n or {'email': 320, 'url': 2048}.get(kind, 255)})"
    return {"uuid": "char(36)", "integer": "int(11)", "bigint": "bigint(20)", "float": "double",
            "boolean": "tinyint(1)", "date": "date", "datetime": "datetime(6)",
            "time": "time(6)", "binary": "longblob", "text": "text"}[kind]


def expected(design: Design, database: Database, mysql: bool) -> tuple[Catalog, Schema]:
    """What the design says `database` holds; the plan gives each logical name its
    (possibly shortened) identifier."""
    schema = build(design, database)
    types = Types.of(design)
    out = Catalog()
    type_of = _my_type if mysql else _pg_type
    logical_tables = storage.tables(design, database)
    by_name = {t.name: t for t in logical_tables}
    shortened: set[tuple[str, str]] = set()
    for logical in logical_tables:
        table = schema.table(logical.name)
        assert table is not None, logical.name
        name = table.name

        def physical(columns: tuple[str, ...], table: Any = table) -> tuple[str, ...]:
            return tuple(table.column(c).name for c in columns)

        out.columns[name] = [(table.column(c.name).name, type_of(_typed(c, logical, by_name),
                                                                  types), c.nullable)
                             for c in logical.columns]
        if mysql:
            shortened |= {(name, c) for c in _shorten_mysql_key(
                out.columns[name], physical(logical.primary_key))}
        if logical.primary_key:
            out.primary_keys[name] = physical(logical.primary_key)
        for fk in logical.foreign_keys:
            target = schema.table(fk.table)
            assert target is not None
            refs = tuple(target.column(c).name for c in fk.referenced)
            out.foreign_keys.add((name, physical(fk.columns), target.name, refs,
                                  fk.on_delete.value, _update_rule(fk.on_update, mysql)))
        for unique in logical.uniques:
            out.uniques.add((name, physical(unique)))
        for index in logical.indexes:
            json_column = any(_my_type(_typed(logical.column(c), logical, by_name), types)
                              == "longtext" for c in index.columns)
            if mysql and json_column:
                continue  # MySQL cannot index JSON: the file says so and leaves it out
            identity = any(logical.column(c).identity for c in index.columns)
            if mysql and index.unique and identity:
                continue  # unique through its AUTO_INCREMENT key already (said in the file)
            (out.uniques if index.unique else out.indexes).add((name, physical(index.columns)))
    if mysql:
        _follow_shortened_keys(out, schema, logical_tables, shortened)
    return out, schema


def _follow_shortened_keys(out: Catalog, schema: Schema, logical_tables: list[storage.Table],
                           shortened: set[tuple[str, str]]) -> None:
    """A string reference to a key MySQL had to shorten takes the key's type."""
    for logical in logical_tables:
        table = schema.table(logical.name)
        assert table is not None
        for fk in logical.foreign_keys:
            target = schema.table(fk.table)
            assert target is not None
            key_name = target.column(fk.referenced[0]).name
            name = table.column(fk.columns[0]).name
            if (target.name, key_name) not in shortened or (table.name, name) in shortened:
                continue
            key_type = next(t for c, t, _ in out.columns[target.name] if c == key_name)
            columns = out.columns[table.name]
            for i, (c, t, nullable) in enumerate(columns):
                if c == name and (t in _LONG[:3] or t.startswith("varchar(")) \
                        and key_type.startswith("varchar("):
                    columns[i] = (c, key_type, nullable)


_LONG = ("text", "mediumtext", "longtext", "longblob")


def _bytes(sql_type: str) -> int:
    if sql_type.startswith(("varchar(", "char(")):
        return int(sql_type[sql_type.index("(") + 1:-1]) * 4
    return 16


def _shorten_mysql_key(columns: list[tuple[str, str, bool]],
                       key: tuple[str, ...]) -> list[str]:
    """InnoDB keys hold no TEXT and at most 3072 bytes: the long key columns share what the
    others leave, as varchar (varbinary for binary)."""
    types = {c: t for c, t, _ in columns if c in key}
    long = [c for c, t in types.items() if t in _LONG]
    if not long and sum(_bytes(t) for t in types.values()) > 3072:
        long = [c for c, t in types.items() if t.startswith("varchar(") and _bytes(t) > 764]
    if not long:
        return []
    room = max(1, (3072 - sum(_bytes(t) for c, t in types.items() if c not in long))
               // len(long) // 4)
    for i, (c, t, nullable) in enumerate(columns):
        if c in long:
            columns[i] = (c, f"varbinary({room * 4})" if t == "longblob" else f"varchar({room})",
                          nullable)
    return long


def _update_rule(action: OnDelete, mysql: bool) -> str:
    """No action on key change is the default and left unwritten; InnoDB reports an unwritten
    rule as RESTRICT, which it treats the same."""
    return "restrict" if mysql and action is OnDelete.NO_ACTION else action.value


def _typed(column: storage.Column | None, table: storage.Table,
           tables: dict[str, storage.Table]) -> Member:
    """The member whose type a column has: a derived key column is typed like its key."""
    assert column is not None
    if column.origin in ("relationship", "join"):
        fk = next(f for f in table.foreign_keys if f.columns == (column.name,))
        key = tables[fk.table].column(fk.referenced[0])
        assert key is not None
        return key.member
    return column.member
