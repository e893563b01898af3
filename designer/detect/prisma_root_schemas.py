"""The Prisma schema a Node workspace root keeps for the server packages beneath it.

A pnpm or npm workspace may keep its Prisma schema at the root (`prisma/schema.prisma`, beside
the root package.json whose scripts run `prisma generate` and `prisma migrate deploy`), while
the server in `packages/server` declares `@prisma/client` and its other dependencies itself.
The client the server imports is generated from that root schema, so the schema's datasource
`provider` is the engine the server talks to. The root's signals are not handed down to a
package declaring dependencies of its own (`inheritance.workspace_root`), so the provider stays
with the root, and the server keeps only what other files name (a Compose variant's server
that the schema's fixed provider cannot even use). Here a package with Prisma of its own and no
schema of its own takes the providers of the nearest enclosing package.json's schema, where
that enclosing folder is no server itself.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit, has_framework
from designer.detect.signals import Signal
from designer.model.stack import FindingKind

LANGUAGE = "node"

_SCHEMA = "schema.prisma"


def _providers(unit: Unit) -> list[Signal]:
    """The engines the folder's own Prisma schemas name."""
    return [
        s
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.DATABASE and posixpath.basename(s.evidence.path) == _SCHEMA
    ]


def _uses_prisma(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.ORM and s.name == "Prisma" for s in unit.signals.get(LANGUAGE, [])
    )


def _node_root(unit: Unit) -> bool:
    return any(e == LANGUAGE for _, e, _ in unit.manifests)


def lend(units: dict[str, Unit]) -> None:
    """Give each Node server on Prisma with no schema of its own the providers of the schema
    its nearest enclosing workspace root keeps."""
    for unit in units.values():
        if unit.folder == "." or not _uses_prisma(unit) or not has_framework(unit):
            continue
        if _providers(unit):
            continue
        folder = unit.folder
        while folder != ".":
            folder = posixpath.dirname(folder) or "."
            holder = units.get(folder)
            if holder is None or not _node_root(holder):
                continue
            found = _providers(holder)
            if found and not has_framework(holder):
                unit.signals[LANGUAGE] += found
            break
