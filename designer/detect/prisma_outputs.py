"""The Prisma client a Node server imports under the package name its schema writes it to.

A Prisma schema's generator may write the client into a package of another name
(`generator client { provider = "prisma-client-js"  output = "../node_modules/@app/client" }`),
the schema kept in a folder of its own beside the server (`prisma/`, with the seeds and import
scripts and a package.json of its own). The server then declares no `@prisma/client`: its
modules import the generated package (`import { PrismaClient } from '@app/client'`), which no
manifest names. That client is the server's data layer, and the schema's datasource provider
the engine it talks to. Only Node servers with no data layer of their own are given them, and
only from a schema whose generator writes a `node_modules` package that a module the server
runs (tests aside) imports and constructs `PrismaClient` from.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit, has_framework
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 1500
"""Code files read per server to find the generated client's importers."""

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})

_GENERATOR = re.compile(r"^[ \t]*generator[ \t]+\w+[ \t]*\{([^}]*)\}", re.M)
_CLIENT = re.compile(r'^[ \t]*provider[ \t]*=[ \t]*"prisma-client[\w-]*"', re.M)
_OUTPUT = re.compile(r'^[ \t]*output[ \t]*=[ \t]*"([^"\n]+)"', re.M)
_DEFAULT = frozenset({"@prisma/client", ".prisma/client"})
"""Where the client goes when no output is named: the ordinary dependency, read elsewhere."""


def _schemas(units: dict[str, Unit]) -> dict[str, list[Signal]]:
    """Schema path → the Prisma and provider signals read from it, over every Node unit."""
    found: dict[str, list[Signal]] = {}
    for unit in units.values():
        for s in unit.signals.get(LANGUAGE, []):
            if s.kind in (FindingKind.ORM, FindingKind.DATABASE) and s.evidence.path.endswith(
                ".prisma"
            ):
                found.setdefault(s.evidence.path, []).append(s)
    return found


def _generated(top: str, path: str) -> str:
    """The package a schema's Prisma client generator writes into `node_modules`, or ""."""
    text = read_text(top, path)[0] or ""
    for block in _GENERATOR.finditer(text):
        body = block.group(1)
        output = _OUTPUT.search(body)
        if not _CLIENT.search(body) or output is None:
            continue
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), output.group(1)))
        _, marker, rest = resolved.rpartition("node_modules/")
        name = node_imports.package(rest) if marker else ""
        if name and name not in _DEFAULT:
            return name
    return ""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node server with no data layer that constructs the Prisma client a schema
    of the tree generates under a package name of its own that schema's Prisma and provider."""
    servers = [
        unit
        for unit in units.values()
        if any(e == LANGUAGE for _, e, _ in unit.manifests)
        and has_framework(unit)
        and not any(
            s.kind in _DATA and s.strength is not Strength.DEV
            for signals in unit.signals.values()
            for s in signals
        )
    ]
    if not servers:
        return
    lent: dict[str, list[Signal]] = {}
    for path, signals in _schemas(units).items():
        name = _generated(top, path)
        if name and any(s.kind is FindingKind.ORM for s in signals):
            lent.setdefault(name, []).extend(signals)
    if not lent:
        return
    for unit in servers:
        files = node_imports.importers_outside_tests(top, unit.folder, set(lent), MAX_FILES)
        for path in sorted(files or ()):
            text = read_text(top, path)[0] or ""
            if "PrismaClient" not in text:
                continue
            for name in node_imports.named(text) & set(lent):
                unit.signals[LANGUAGE] += lent[name]
            break
