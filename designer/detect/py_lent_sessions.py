"""Python: SQLAlchemy a library lends, seen in the session queries the code makes.

A Python API may take its whole data layer from a registry package of its own product (a
`…_core` library holding the models, the managers and `dal/database.py`, which builds the
SQLAlchemy engine from `DATABASE_URI`): its requirements name only that package and the driver
the URL loads (psycopg2), none of its modules imports the driver, and its blueprints query
through the library's session (`with db.session_scope() as session:` …
`session.query(Project).get(project_id)`). Ranked as declared, the driver is its data layer;
but a data layer a library lends the application is the application's, and the SQLAlchemy
Query API over a mapped class (`session.query(Model)`) is what the code is written to.

So where a Python project declares a SQL driver and no ORM for run time, uses no other project
of the tree (whose models would lend the ORM through the usual lending), none of its modules
imports the driver and one calls `session.query(` on a mapped class, SQLAlchemy is added as its
ORM, with that line as evidence; the driver stays beneath it, as the one SQLAlchemy runs on. A
driver some module imports is the code's own SQL, and a project with an ORM already named needs
nothing: both are left alone.

Read only for such projects, within `pymodules`' budget of files.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.bare_drivers import DRIVER_MODULES
from designer.detect.nonservices import module_names, module_uses
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

ORM = "SQLAlchemy"

_QUERY = re.compile(r"\bsession\.query\(\s*[A-Z]\w*(?:\.\w+)?\s*[,)]")
"""SQLAlchemy's Query API over a mapped class (`session.query(Project)`,
`db.session.query(Scan.id, …)`): a class name, not a string nor a call's result."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Add SQLAlchemy as the ORM of each Python project declaring a SQL driver none of its
    modules imports, no ORM, and querying a session over a mapped class."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, LANGUAGE)}
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        drivers = {
            DRIVER_MODULES[s.name]
            for s in signals
            if s.kind is FindingKind.QUERY
            and s.name in DRIVER_MODULES
            and s.strength is Strength.DEPENDENCY
        }
        # An ORM only the tests install (SQLAlchemy for an acceptance suite's raw SQL) is not
        # the program's: it neither names the data layer nor says the library lends none.
        if not drivers or any(
            s.kind is FindingKind.ORM and s.strength is not Strength.DEV for s in signals
        ):
            continue
        if module_uses(unit, LANGUAGE) & (names - module_names(unit, LANGUAGE)):
            continue  # another project of the tree may lend the models
        imported = re.compile(
            r"^[ \t]*(?:import|from)[ \t]+(?:" + "|".join(sorted(drivers)) + r")\b",
            re.MULTILINE,
        )
        query: Evidence | None = None
        opened = False
        for found in each_module(top, folder, nested_projects(folder, folders)):
            if found is None:
                opened = True  # the budget ran out: taken to open the driver
                break
            path, text = found
            if imported.search(text):
                opened = True
                break
            match = _QUERY.search(text) if query is None else None
            if match:
                line = text.count("\n", 0, match.start()) + 1
                query = Evidence(path=path, line=line, text=match.group(0))
        if opened or query is None:
            continue
        signals.append(Signal(FindingKind.ORM, ORM, Strength.ENTRY, query, package="sqlalchemy"))
