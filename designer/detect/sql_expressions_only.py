"""Python: SQLAlchemy declared only to build SQL text, with nothing that connects.

A computation service may declare SQLAlchemy for its expression language alone: a module
imports `select`, `table` and `column` from `sqlalchemy.sql` to compose a query string that
another engine runs over files (an Arrow or Parquet scan, DuckDB through its own API), while
nothing in the code builds an engine, a session, a connection or a model. Ranked by the
manifest, SQLAlchemy names a data layer of a service that keeps no data.

So where SQLAlchemy is the only sign of data a Python project shows (no driver, no other data
layer, no migrations, no engine from its settings or a Compose file), it uses no other project
of the tree, and its modules outside tests, read whole, import SQLAlchemy only from its
`sqlalchemy.sql` expression package and never name what connects or declares a model
(`create_engine`, `sessionmaker`, `AsyncEngine`, `Session`, `MetaData`, a declarative base),
SQLAlchemy is dropped. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import OWN_DATA
from designer.model.stack import FindingKind

LANGUAGE = "python"

_NAME = "SQLAlchemy"

_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+sqlalchemy\b([\w.]*)[ \t]+import|import[ \t]+sqlalchemy\b)",
    re.MULTILINE,
)
"""An import of SQLAlchemy; group 1 the sub-package imported from (`.sql`, `.orm`)."""

_EXPRESSIONS = re.compile(r"^\.sql(?:\.\w+)*$")
"""The expression language's package (`sqlalchemy.sql`, `sqlalchemy.sql.expression`)."""

_CONNECTS = re.compile(
    r"\b(?:create_engine|create_async_engine|engine_from_config|async_engine_from_config"
    r"|sessionmaker|async_sessionmaker|scoped_session|AsyncEngine|AsyncSession|Session"
    r"|Engine|MetaData|declarative_base|DeclarativeBase|registry|Mapped)\b"
)
"""What opens a connection or declares a model on SQLAlchemy, wherever it is written."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Remove SQLAlchemy from each Python project whose code only builds SQL expressions
    with it (see the module's docstring)."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, LANGUAGE)}
    for folder, unit in units.items():
        if not any(ecosystem == LANGUAGE for _, ecosystem, _ in unit.manifests):
            continue
        data = [s for found in unit.signals.values() for s in found if s.kind in OWN_DATA]
        if not data or any(s.kind is not FindingKind.ORM or s.name != _NAME for s in data):
            continue
        if module_uses(unit, LANGUAGE) & (names - module_names(unit, LANGUAGE)):
            continue  # another project of the tree may connect for it
        if not _expressions_only(top, folder, nested_projects(folder, folders)):
            continue
        unit.signals[LANGUAGE] = [
            s
            for s in unit.signals.get(LANGUAGE, [])
            if not (s.kind is FindingKind.ORM and s.name == _NAME)
        ]


def _expressions_only(top: str, folder: str, nested: set[str]) -> bool:
    """Whether some module imports SQLAlchemy's expression package, no module imports any
    other part of it, and none names what connects; False past the reading budget."""
    imported = False
    for module in each_module(top, folder, nested):
        if module is None:
            return False
        text = module[1]
        if _CONNECTS.search(text):
            return False
        for match in _IMPORT.finditer(text):
            if match.group(1) is None or not _EXPRESSIONS.match(match.group(1)):
                return False
            imported = True
    return imported
