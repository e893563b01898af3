"""A Node server whose Prisma keeps only the schema and migrations, its queries going elsewhere.

A server may keep its tables in a Prisma schema and let `prisma migrate deploy` apply them, yet
never build a Prisma client: its code queries the database through a driver or a query layer
of its own choosing (a `pg.Pool` running SQL that pgtyped or a tagged template types, a Kysely
instance whose types prisma-kysely generates), and takes at most an enum's type from
`@prisma/client`. The client nothing builds opens no store, so Prisma is not the data layer the
code uses (set 471: a Shopify app's Express server over pgtyped and pg, Prisma only migrating;
set 407 left Prisma out of such a server too).

So where a Node package that is no browser application's (`prisma_types` reads those) declares
the client and generates it to the package's default place, no module of its code outside the
tests names `PrismaClient`, and a module of it imports another data layer or driver the package
declares, the Prisma ORM signal is dropped. Prisma Migrate stays (the migrations are Prisma's),
and so does the engine the schema names (the store is the one the driver opens). A schema
generating its client elsewhere (`output = "../src/generated"`) is left alone: the code imports
that path, not the package. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.prisma_types import CLIENT
from designer.detect.signals import LazyPattern
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_OUTPUT = LazyPattern(r"(?m)^[ \t]*output[ \t]*=")
"""A generator writing the client to a path of the project's own."""

_SKIPPED = frozenset({*PRUNED, "dist", "build", "coverage"})

MAX_FILES = 3000
"""Code files read per package at most: a larger tree is left alone."""

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)


def drop_unbuilt(top: str, units: dict[str, Unit]) -> None:
    """Drop the Prisma ORM signal of each Node server package whose code builds no Prisma
    client while it imports another data layer or driver it declares."""
    for unit in units.values():
        node = unit.signals.get(LANGUAGE, [])
        if any(r.frontend for _, e, r in unit.manifests if e == LANGUAGE):
            continue
        if not any(s.kind is FindingKind.ORM and s.package == CLIENT for s in node):
            continue
        others = {
            s.package
            for s in node
            if s.kind in _LAYERS and s.package and s.package != CLIENT and s.name != "Prisma"
        }
        if not others:
            continue
        schemas = {s.evidence.path for s in node if s.evidence.path.endswith(".prisma")}
        if not schemas:
            continue  # a client lent by a package of the workspace is built there
        if any(_OUTPUT.search(read_text(top, path)[0] or "") for path in schemas):
            continue
        # `node_imports.named` counts the client's package only where a module names
        # `PrismaClient`: type and enum imports do not.
        imported, whole = node_imports.imported_outside_tests(
            top, unit.folder, {CLIENT, *others}, MAX_FILES, _SKIPPED
        )
        if not whole or CLIENT in imported or not imported & others:
            continue
        unit.signals[LANGUAGE] = [
            s for s in node if not (s.kind is FindingKind.ORM and s.name == "Prisma")
        ]
