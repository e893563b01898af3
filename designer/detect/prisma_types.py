"""A browser application that takes only the generated types of a Prisma schema.

A local-first UI (a Vite React PWA keeping its records in the browser and syncing them with
the API) often declares `@prisma/client` and keeps a copy of the API's `schema.prisma`, so
that `prisma generate` gives its components the models' types and enums (`import type { Fei }
from '@prisma/client'`); a few lines of Express beside its bundle hand out the build. No module
of it opens the database: only one naming `PrismaClient` would. So where the package of a
browser application (react-dom, Vue, Angular) whose server is no full-stack framework's, a
package alone and not a workspace's root holding others, declares the client and its schema
generates it to the package's default place, its code outside the tests is read: when none
names `PrismaClient`, the Prisma signals (the ORM, its migrations, the schema's engine) are
dropped, and the package is weighed as the UI it is.

A schema generating its client elsewhere (`output = "../src/generated"`) is left alone: the
code imports that path, not the package. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

from designer.detect import node_imports, node_layers
from designer.detect.assemble import Unit
from designer.detect.nonservices import FULL_STACK_UIS
from designer.detect.signals import LazyPattern, Signal
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

CLIENT = "@prisma/client"

_PACKAGES = frozenset({CLIENT, "prisma"})

_OUTPUT = LazyPattern(r"(?m)^[ \t]*output[ \t]*=")
"""A generator writing the client to a path of the project's own."""

_SKIPPED = frozenset({*PRUNED, "dist", "build", "coverage"})

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""


def _from_prisma(signal: Signal) -> bool:
    return (signal.package or "") in _PACKAGES or signal.evidence.path.endswith(".prisma")


def drop_types_only(top: str, units: dict[str, Unit]) -> None:
    """Drop the Prisma signals of each browser application package whose code never names
    the client it declares."""
    packages = node_layers.node_packages(units)
    for folder, unit in units.items():
        node = unit.signals.get(LANGUAGE, [])
        if not any(r.frontend for _, e, r in unit.manifests if e == LANGUAGE):
            continue
        if any(p != folder and (folder == "." or p.startswith(folder + "/")) for p in packages):
            # A workspace's root: its dependencies are its packages', whose code it holds.
            continue
        if any(s.kind is FindingKind.FRAMEWORK and s.name in FULL_STACK_UIS for s in node):
            continue
        if not any(s.kind is FindingKind.ORM and s.package == CLIENT for s in node):
            continue
        schemas = {s.evidence.path for s in node if s.evidence.path.endswith(".prisma")}
        if any(_OUTPUT.search(read_text(top, path)[0] or "") for path in schemas):
            continue
        # `node_imports.named` counts the client's package only where a module names
        # `PrismaClient`: type and enum imports do not.
        imported, whole = node_imports.imported_outside_tests(
            top,
            unit.folder,
            {CLIENT},
            MAX_FILES,
            _SKIPPED,
        )
        if imported or not whole:
            continue
        unit.signals[LANGUAGE] = [
            s
            for s in node
            if not (
                s.kind in (FindingKind.ORM, FindingKind.MIGRATIONS, FindingKind.DATABASE)
                and _from_prisma(s)
            )
        ]
