"""Node database drivers a full-stack UI declares and only its tests open.

A workspace of Next.js applications often lists a driver (`pg`) among its dependencies for its
end-to-end suites, which reset or seed the database the real backend owns: the pages and route
handlers never open it. A driver alone names a data layer and an engine only when the
application's code imports it (as Python's `bare_drivers` holds). So where a package whose only
frameworks are full-stack UIs reaches data through drivers alone (no ORM, no migrations), its
code outside test folders and test files is read for an import of each; a driver none imports
gives up its data layer and engine. A tree too large to read whole is left as it is.

So does a library package of the workspace (no framework, a package another one depends on)
declaring a driver none of its code imports (a `shared` package of schemas and helpers listing
`postgres` for the API that opens it): it lends the packages using it no data layer.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.nonservices import FULL_STACK_UIS, module_names, module_uses
from designer.detect.walker import PRUNED
from designer.model.stack import FindingKind

DRIVERS = frozenset(
    {
        "pg",
        "postgres",
        "@neondatabase/serverless",
        "mysql",
        "mysql2",
        "mariadb",
        "better-sqlite3",
        "sqlite3",
        "mongodb",
        "tedious",
        "mssql",
    }
)
"""npm packages that are a database's driver (the catalogue's data layers of that name)."""

_SKIPPED = frozenset({*PRUNED, ".next", ".nuxt", "coverage", "out"})

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""


def drop_test_only(top: str, units: dict[str, Unit]) -> None:
    """Remove the data layer and engine of each driver a full-stack UI package, or a library
    package others depend on, declares that no code of it, outside its tests, imports."""
    for unit in units.values():
        node = unit.signals.get("node", [])
        frameworks = {s.name for s in node if s.kind is FindingKind.FRAMEWORK}
        drivers = {
            s.package or s.name
            for s in node
            if s.kind in (FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS)
        }
        full_stack_ui = bool(frameworks) and frameworks <= FULL_STACK_UIS
        if not drivers or not drivers <= DRIVERS:
            continue
        if not full_stack_ui and (frameworks or not _used(unit, units)):
            continue
        opened = _opened(top, unit.folder, drivers)
        if opened is None:
            continue
        unused = drivers - opened
        unit.signals["node"] = [
            s
            for s in node
            if not (
                s.kind in (FindingKind.QUERY, FindingKind.DATABASE)
                and (s.package or s.name) in unused
            )
        ]


def _used(library: Unit, units: dict[str, Unit]) -> bool:
    """Whether another package of the tree depends on the package `library`."""
    names = module_names(library, "node")
    return bool(names) and any(
        unit is not library and names & module_uses(unit, "node") for unit in units.values()
    )


def _opened(top: str, folder: str, drivers: set[str]) -> set[str] | None:
    """The drivers some code file of `folder`, outside test folders and test files, imports
    (None when the budget ran out before all were seen)."""
    opened, whole = node_imports.imported_outside_tests(top, folder, drivers, MAX_FILES, _SKIPPED)
    return opened if whole or opened == drivers else None
