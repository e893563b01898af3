"""JVM: a web framework a library lends a program, seen only in the routes its code registers.

A JVM program may take its whole web layer from a library of its own organisation, published
apart: the library builds and starts the Javalin server (authentication, static files, the
websocket endpoint) and hands the program its instance through a base class, so that the
program's build declares only the library, and its code never calls `Javalin.create`. Its API
classes still import the framework's package and register their routes on that instance
(`a.get("/items", ctx -> …)`): the framework is what the program serves, lent by the library,
so it is the program's (HELDOUT: what the truth is), at no version the tree states.

Only modules declaring and starting no framework at all are asked, only where their own main
sources (not their tests) hold a `main` (a library publishing handlers runs nothing) and a file
importing the framework's package that registers a route on a path.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 2000
"""Sources read per module: a larger tree is left alone."""

_FRAMEWORKS: dict[str, str] = {"io.javalin": "Javalin"}
"""A framework's package (what its users import) and the framework's name."""

_SKIPPED = frozenset({"test", "tests", "it", "integrationTest", "target", "build", "out"})
"""Folders holding tests or build output, never the program's main code."""

_MAIN = re.compile(r"\bstatic\s+void\s+main\s*\(|^\s*fun\s+main\s*\(", re.MULTILINE)
"""A Java or Kotlin entry point."""

_ROUTE = re.compile(
    r"\.(?:get|post|put|patch|delete|head|ws|sse)\s*\(\s*\"/[^\"]*\"\s*,", re.MULTILINE
)
"""A route registered on a path (`app.get("/items", handler)`)."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Add the lent framework to each JVM program naming none whose code registers routes
    on it (see the module's docstring)."""
    for unit in units.values():
        if not _jvm(unit) or _has_framework(unit):
            continue
        nested = {u.folder for u in units.values() if u is not unit and u.is_under(unit)}
        paths = all_code_files(
            top, unit.folder, (".java", ".kt"), MAX_FILES,
            skip_dir=lambda d: d in _SKIPPED, nested=nested,
        )
        if not paths:
            continue
        texts = [(p, read_text(top, p)[0] or "") for p in paths]
        if not any(_MAIN.search(t) for _, t in texts):
            continue
        found = _routes(texts)
        if found is not None:
            name, evidence = found
            unit.signals.setdefault(ECOSYSTEM, []).append(
                Signal(FindingKind.FRAMEWORK, name, Strength.DEPENDENCY, evidence, "")
            )


def _jvm(unit: Unit) -> bool:
    return any(e == ECOSYSTEM for _, e, _ in unit.manifests)


def _has_framework(unit: Unit) -> bool:
    """Whether the module declares or starts a framework of its own."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV
        for s in unit.signals.get(ECOSYSTEM, [])
    )


def _routes(texts: list[tuple[str, str]]) -> tuple[str, Evidence] | None:
    """The framework whose package a file imports and on which it registers a route, and
    where: the first such file in walk order."""
    for path, text in texts:
        for package, name in _FRAMEWORKS.items():
            imported = re.search(rf"^import\s+{re.escape(package)}\.[\w.*]+;?", text, re.M)
            route = _ROUTE.search(text) if imported else None
            if imported and route:
                line = text.count("\n", 0, route.start()) + 1
                where = posixpath.normpath(path)
                start = text.rfind("\n", 0, route.start()) + 1
                snippet = text[start:].split("\n", 1)[0].strip()
                return name, Evidence(path=where, line=line, text=snippet)
    return None
