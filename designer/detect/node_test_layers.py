"""Node: a query builder or ORM a service declares for its tests alone.

A Node service may write its SQL by hand over a driver (`pg` pools and `pg-format` in every
repository module) and still list Knex among its dependencies: its test helper builds a Knex
instance to run the workspace's migrations into a throw-away database, while the migrations
themselves live in a package of their own. A layer no module of the service's own code
imports is not the one the code is written to. So where a service package (one with a
framework) declares such a layer and a database driver, its modules are read: when the code
outside its tests imports a declared driver and none of the layer's packages, while its tests
do import the layer, the layer's signals are dropped and the driver is its data layer.

Prisma is left out: its client may be generated to a path of the project's own, which the
code imports instead of the package. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.node_drivers import DRIVERS
from designer.detect.nonservices import is_test_host
from designer.detect.walker import PRUNED, TEST_NAME, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

LAYERS = {
    "knex": frozenset({"knex"}),
    "objection": frozenset({"objection"}),
    "bookshelf": frozenset({"bookshelf"}),
    "kysely": frozenset({"kysely"}),
    "drizzle-orm": frozenset({"drizzle-orm"}),
    "typeorm": frozenset({"typeorm", "@nestjs/typeorm"}),
    "sequelize": frozenset({"sequelize", "sequelize-typescript", "@nestjs/sequelize"}),
}
"""Layer packages → the packages whose import is a use of it (its own and its companions)."""

_KINDS = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS})

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""


def _in_tests(path: str) -> bool:
    folder, _, name = path.rpartition("/")
    return is_test_host(folder) or bool(TEST_NAME.match(name))


def drop_test_only(top: str, units: dict[str, Unit]) -> None:
    """Remove the signals of each layer a Node service declares that only its tests import,
    where its own code imports a declared driver instead."""
    for unit in units.values():
        node = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in node):
            continue
        packages = {(s.package or "").lower() for s in node if s.kind in _KINDS}
        layers = {p for p in packages if p in LAYERS}
        drivers = packages & DRIVERS
        if not layers or not drivers:
            continue
        wanted = drivers | {c for p in layers for c in LAYERS[p]}
        code: set[str] = set()
        tests: set[str] = set()
        for path in code_files(
            top,
            unit.folder,
            node_imports.ENDINGS,
            MAX_FILES,
            skip_dir=PRUNED.__contains__,
            skip_file=lambda name: name.endswith(".d.ts"),
        ):
            if path is None:
                code = set()  # the budget ran out: taken to import everything
                break
            text = read_text(top, path)[0] or ""
            (tests if _in_tests(path) else code).update(node_imports.named(text) & wanted)
        if not code & drivers:
            continue
        unused = {p for p in layers if not code & LAYERS[p] and tests & LAYERS[p]}
        if unused:
            unit.signals[LANGUAGE] = [
                s for s in node if not (s.kind in _KINDS and (s.package or "").lower() in unused)
            ]
