"""Node: Drizzle declared only for its schema and migrations, beside a driver the code queries.

A workspace's database package may write its queries as SQL through a driver (postgres.js's
tagged `sql` templates, exported to every service) and keep drizzle-orm only for drizzle-kit:
a schema module it introspected (tables declared through `drizzle-orm/pg-core`), and the script
that runs the migrations (`drizzle(sql)` handed to `drizzle-orm/postgres-js/migrator`). Drizzle
queries nothing unless some module builds its database object on a driver, which it imports
from one of drizzle-orm's driver adapters (`drizzle-orm/node-postgres`, `…/postgres-js`,
`…/mysql2`, …). So where no module of the tree outside its tests and migration runners (modules
importing a `…/migrator`) imports such an adapter, while one of them imports a SQL driver, the
ORM Drizzle is dropped from every Node package declaring it: the driver is the data layer, and
Drizzle Kit stays the migration tool. A module importing the migrator is a migration runner only
while it keeps what it builds to itself: a database package's client module may build Drizzle's
database object, export it to the application and offer a function running the migrations on it
too, and that module opens Drizzle. A schema package declaring drizzle-orm for its table types
(and drizzle-zod's schemas) lends no ORM either. A tree too large to read whole is left as it
is, and so is a tree where any module builds Drizzle's database object.
"""

from __future__ import annotations

import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.node_drivers import DRIVERS
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, TEST_NAME, read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

ORM = "Drizzle"

MAX_FILES = 4000
"""Code files read per tree at most: a larger tree is left alone."""

HEAD = 4096
"""Bytes read of a module: its imports come first."""

BODY = 65536
"""Bytes read of a module importing the migrator, to see whether it exports what it builds."""

_SKIPPED = frozenset({*PRUNED, *TEST_FOLDERS, ".next", ".nuxt", ".svelte-kit", "coverage", "out"})

_SUBPATH = LazyPattern(
    r"""(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)['"]drizzle-orm/([\w./-]+)['"]"""
)
"""An import of one of drizzle-orm's subpaths (`drizzle-orm/pg-core`,
`drizzle-orm/postgres-js/migrator`)."""

_SCHEMA_ONLY = re.compile(r"^(?:[\w-]+-core|relations|sql|zod)(?:/.*)?$")
"""Subpaths that declare tables and their relations, or build SQL fragments for a schema's
defaults: nothing that opens a database."""


_BUILT = re.compile(r"\b(?:const|let|var)\s+(\w+)(?:\s*:[^=]+)?\s*=\s*drizzle\s*\(")
"""A name bound to the database object Drizzle's adapter builds (`const db = drizzle(sqlite)`)."""

_EXPORTED_BUILD = re.compile(
    r"\bexport\s+(?:(?:const|let|var)\s+\w+(?:\s*:[^=]+)?\s*=\s*|default\s+)drizzle\s*\("
)
"""A database object exported where it is built (`export const db = drizzle(sqlite)`,
`export default drizzle(pool)`)."""

_EXPORT_LIST = re.compile(r"\bexport\s*\{([^}]*)\}")
_EXPORT_DEFAULT = re.compile(r"\bexport\s+default\s+(\w+)\s*;?\s*$", re.MULTILINE)


def _is_migrator(subpath: str) -> bool:
    return subpath.endswith("/migrator") or subpath == "migrator"


def _exports_build(text: str) -> bool:
    """Whether a module exports the database object it builds with Drizzle's `drizzle`, either
    where it is built or by name afterwards (`export { db }`, `export default db`)."""
    if _EXPORTED_BUILD.search(text):
        return True
    built = set(_BUILT.findall(text))
    if not built:
        return False
    exported = {m.group(1) for m in _EXPORT_DEFAULT.finditer(text)}
    for listed in _EXPORT_LIST.findall(text):
        exported.update(part.split(" as ")[0].strip() for part in listed.split(","))
    return bool(built & exported)


def _opens(subpaths: list[str], body: str | None) -> bool:
    """Whether a module importing `subpaths` of drizzle-orm builds its database object on a
    driver (an adapter's `drizzle`) for the application, not only to run the migrations;
    `body` is the module's text, read only when it imports the migrator."""
    if any(_is_migrator(p) for p in subpaths):
        # A migration runner opens Drizzle to run the migrations only, unless it hands the
        # object it builds to the rest of the program as well.
        return body is not None and _exports_build(body)
    return any(not _SCHEMA_ONLY.match(p) for p in subpaths)


def drop_schema_only(top: str, units: dict[str, Unit]) -> None:
    """Drop the ORM Drizzle from each Node package declaring it when no module of the tree
    builds its database object, while one imports a SQL driver."""
    declaring = [
        unit
        for unit in units.values()
        if any(
            s.kind is FindingKind.ORM and s.name == ORM and s.strength is not Strength.DEV
            for s in unit.signals.get(LANGUAGE, [])
        )
    ]
    if not declaring:
        return
    driven = False
    for path in code_files(
        top,
        ".",
        node_imports.ENDINGS,
        MAX_FILES,
        skip_dir=_SKIPPED.__contains__,
        skip_file=lambda name: bool(TEST_NAME.search(name)) or ".spec." in name,
    ):
        if path is None:
            return  # too large a tree to read whole: taken to use what it declares
        text = read_head(top, path, HEAD) or ""
        subpaths = _SUBPATH.findall(text) if "drizzle-orm/" in text else []
        migrating = any(_is_migrator(p) for p in subpaths)
        body = (read_head(top, path, BODY) or "") if migrating else None
        if subpaths and _opens(subpaths, body):
            return
        if migrating:
            continue
        if not driven and any(d in text for d in DRIVERS):
            driven = bool(node_imports.named(text) & DRIVERS)
    if not driven:
        return
    for unit in declaring:
        unit.signals[LANGUAGE] = [
            s
            for s in unit.signals[LANGUAGE]
            if not (s.kind is FindingKind.ORM and s.name == ORM)
        ]
