"""Names of many-to-many join tables and their columns, from the names the dialect keeps.

A join table is named after the tables it links (`order_tag`) and its columns after their
tables and keys (`order_id`). Built from the design's names, a side whose name is too long for
the dialect gives a join name whose shortened form (prefix and hash of the whole) no longer
starts with that side's table name, and a tool reading the DDL back, which sees only the
shortened names, derives a different one. So where a side's table or key is renamed by the
dialect, the join's names are derived from the names the DDL shows instead: the same words,
deduplicated the same way (`contract/storage.py`), so that reading the DDL back and exporting
again gives the same names.
"""

from __future__ import annotations

from designer.contract import storage
from designer.contract.naming import NameTable
from designer.export.sql.dialects import Dialect
from designer.export.sql.identifiers import Namespace


def bases(dialect: Dialect, logical: list[storage.Table], physical: dict[str, str]
          ) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Join table → the name to fit for it, and (join table, column) → the name to fit for
    that column, for join tables of `logical` whose sides the dialect renames. `physical`:
    the DDL name of each entity table, by logical name."""
    by_name = {t.name: t for t in logical}
    taken = NameTable(physical.values())
    names: dict[str, str] = {}
    columns: dict[tuple[str, str], str] = {}
    for table in logical:
        if table.entity is not None:
            continue
        sides = [(fk.table, fk.referenced[0]) for fk in table.foreign_keys]
        shown = [(physical.get(t, t), _column(dialect, by_name.get(t), key)) for t, key in sides]
        if shown == sides or len(sides) != 2:
            taken.take(table.name)
            continue
        names[table.name] = taken.take(f"{shown[0][0]}_{shown[1][0]}")
        own = NameTable()
        for column, (side, key) in zip(table.columns, shown, strict=False):
            columns[(table.name, column.name)] = own.take(f"{side}_{key}")
    return names, columns


def _column(dialect: Dialect, table: storage.Table | None, name: str) -> str:
    """The DDL name of column `name` of `table`: its columns take names in order (see
    `_Planner.columns`)."""
    if table is None:
        return name
    names = Namespace(dialect)
    for column in table.columns:
        taken = names.take(column.name)
        if column.name == name:
            return taken
    return name
