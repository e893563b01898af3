"""The database engine a Node server's models package opens, when the server names none.

A product may publish its schema as a registry package of its own (`@product/schema`: the
Objection models over Knex, the migrations and the knexfile, requiring `pg`), which its API
installs beside the same ORM, imports, and hands its database settings (host, user, name; no
URL). The server then declares a data layer but no driver, and its tree names no engine. A
data layer a library lends the application is the application's, and so is the engine that
library opens: the lock records what the package requires. Two facts together make the
package the server's models: it requires a data layer the server itself declares at run time
(the ORM the routes query through), and the server's own code, outside its tests, imports it.
The driver among its requirements then names the engine. A package requiring a driver alone
(a session store on `pg`) is not the models package and names nothing; nor does one requiring
the drivers of several engines (a connector to whatever database its user names).

Asked only of Node servers with a data layer of their own and no engine anywhere, of the
registry packages the catalogue does not know, and read only when one of those pairs the
server's data layer with a driver in the lock: most servers cost nothing.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import CATALOG, GLUE
from designer.detect.lent_packages import unknown_packages
from designer.detect.locks import LockFiles
from designer.detect.node_drivers import DRIVERS
from designer.detect.signals import Signal, Strength, dependency_signals
from designer.detect.walker import PRUNED
from designer.model.stack import FindingKind

LANGUAGE = "node"

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

MAX_FILES = 1500
"""Code files read per server at most, looking for the import; a larger tree is left alone."""


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Node server with a data layer and no engine the engine of the driver that
    the models package its code imports requires, as the lock records."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(s.kind is FindingKind.DATABASE for s in signals):
            continue
        layers = {
            s.package
            for s in signals
            if s.kind in _LAYERS and s.strength is not Strength.DEV and s.package
        }
        if not layers:
            continue
        unknown = unknown_packages(unit)
        engines: dict[str, list[Signal]] = {}
        for package in sorted(unknown):
            required = locks.requirements(unit.folder, LANGUAGE, package)
            if not layers & {name.lower() for name, _, _ in required}:
                continue
            found = [
                signal
                for name, wanted, evidence in required
                if name.lower() in DRIVERS
                for signal in dependency_signals(CATALOG, name, wanted, False, evidence, GLUE)
                if signal.kind is FindingKind.DATABASE
            ]
            if len({signal.name for signal in found}) == 1:
                # A package requiring the drivers of several engines (`mysql2`, `pg`,
                # `tedious`, `better-sqlite3` beside Knex) connects to whichever database its
                # user points it at: it opens none of its own.
                engines[package] = found
        if not engines:
            continue
        # A partial read that found the import proves it all the same.
        imported, _ = node_imports.imported_outside_tests(
            top,
            unit.folder,
            set(engines),
            MAX_FILES,
            PRUNED,
        )
        for package in sorted(imported):
            signals += engines[package]
