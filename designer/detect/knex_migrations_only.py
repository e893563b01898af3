"""Node: Knex declared only to run the migrations, beside a driver the code queries.

A server may write its SQL through a driver itself (a node-postgres `Pool` in one data-access
module, whose `query` every repository module imports) and keep Knex only because its
migration runner is Knex's: the migrations, a `knexfile` holding the connection settings, and
the entry point building a Knex instance to call `migrate.latest()` before `app.listen`. Knex
queries nothing there: the driver is the data layer, and Knex stays the migration tool (set
100's precedent: a query layer beside Knex kept for the migrations).

So where a Node package declares Knex (and no ORM built on it, Objection or Bookshelf, whose
models run on the Knex the code builds), its own modules outside tests and migrations are read,
and every module importing `knex` is a `knexfile`, imports its types alone, or calls
`.migrate.` on what it builds without exporting it (one at least: the migration runner), while
some module imports a SQL driver the package declares, the ORM Knex is dropped (its migrations
stay). A module exporting what it builds (`module.exports = knex(config)`), or one importing
Knex to do anything else, opens Knex for the program; a Knex no module builds is left to the
older readings. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import BUILT_ON, Unit
from designer.detect.codewalk import code_files
from designer.detect.node_drivers import DRIVERS
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, TEST_NAME, read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

ORM = "Knex"

UPPERS = frozenset(name for name, base in BUILT_ON.items() if base == ORM)
"""ORMs whose models run on a Knex instance the code builds (Objection, Bookshelf)."""

MAX_FILES = 3000
"""Code files read per package at most: a larger tree is left alone."""

BODY = 65536
"""Bytes read of a module: a migration runner is an entry point of a page or two."""

_SKIPPED = frozenset(
    {*PRUNED, *TEST_FOLDERS, "coverage", "dist", "build", "migrations", "migration", "seeds"}
)
"""Installed, built and test code, the migrations and the seeds (which Knex hands its
instance to: they import nothing of it)."""

_KNEXFILE = re.compile(r"^knexfile\.[cm]?[jt]s$", re.IGNORECASE)
"""The settings file Knex's CLI reads (`knexfile.ts`): connection settings, no query."""

_MIGRATES = LazyPattern(r"\.migrate\s*\.\s*(?:latest|up|down|rollback|make|list|status)\s*\(")
"""A call of Knex's migration API on an instance (`knex1.migrate.latest()`)."""

_EXPORTS = LazyPattern(r"\bmodule\.exports\b|\bexports\.\w+\s*=|^\s*export\b", re.MULTILINE)
"""A module exporting something: what it builds may be the program's Knex instance."""

def _knex_use(name: str, text: str) -> str:
    """How a module mentioning Knex uses it: "runner" when it imports Knex to run the
    migrations and keeps what it builds, "settings" for a knexfile or a mention (an import of
    Knex's types alone), "opens" otherwise."""
    if _KNEXFILE.match(name) or ORM.lower() not in node_imports.named(text):
        return "settings"
    return "runner" if _MIGRATES.search(text) and not _EXPORTS.search(text) else "opens"


def _declared(unit: Unit) -> set[str]:
    """The names of the ORMs and query layers the package declares for run time."""
    return {
        s.name
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind in (FindingKind.ORM, FindingKind.QUERY) and s.strength is not Strength.DEV
    }


def drop_migrations_only(top: str, units: dict[str, Unit]) -> None:
    """Drop the ORM Knex from each Node package whose code builds it only to run migrations,
    while a module of it imports a SQL driver it declares."""
    packages = {folder for folder, unit in units.items() if LANGUAGE in unit.signals}
    for folder, unit in sorted(units.items()):
        declared = _declared(unit)
        if ORM not in declared or declared & UPPERS:
            continue
        drivers = DRIVERS & declared
        if not drivers:
            continue
        nested = {
            p for p in packages if p != folder and (folder == "." or p.startswith(folder + "/"))
        }
        driven = False
        opened = False
        runner = False
        for path in code_files(
            top,
            folder,
            node_imports.ENDINGS,
            MAX_FILES,
            skip_dir=_SKIPPED.__contains__,
            skip_file=lambda name: bool(TEST_NAME.search(name)) or ".spec." in name,
            nested=nested,
        ):
            if path is None:
                opened = True  # too large a tree to read whole: taken to use what it declares
                break
            text = read_head(top, path, BODY) or ""
            use = _knex_use(posixpath.basename(path), text) if "knex" in text else "settings"
            if use == "opens":
                opened = True
                break
            runner = runner or use == "runner"
            if not driven and any(d in text for d in drivers):
                driven = bool(node_imports.named(text) & drivers)
        # A Knex no module builds is left to the older readings (a query builder a library
        # or the CLI may run): only a migration runner seen shows what Knex is there for.
        if opened or not driven or not runner:
            continue
        unit.signals[LANGUAGE] = [
            s
            for s in unit.signals[LANGUAGE]
            if not (s.kind is FindingKind.ORM and s.name == ORM)
        ]
