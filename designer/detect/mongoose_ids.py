"""Node libraries that require Mongoose only to mint ObjectIds.

A package of a workspace written to the MongoDB driver may still require Mongoose for its id
type alone (`idProvider: () => mongoose.Types.ObjectId().toString()`, handed to another
library's store): no schema, no model, no connection of its own. Mongoose is then no data
layer of the package, and the service that uses the package (its plugins, `build_modules`)
does not take it as its ORM. Only packages with no framework of their own (libraries) are
read, and only their files outside tests; a tree too large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_PACKAGES = frozenset({"mongoose"})

_BOUND = re.compile(
    r"""^[ \t]*(?:import[ \t]+(?:\*[ \t]+as[ \t]+)?(\w+)[ \t]+from[ \t]*|"""
    r"""(?:const|let|var)[ \t]+(\w+)[ \t]*=[ \t]*require[ \t]*\([ \t]*)["']mongoose["']""",
    re.MULTILINE,
)
"""Mongoose bound to a name (`import mongoose from "mongoose"`, `const m = require(…)`)."""

_NAMED = re.compile(
    r"""^[ \t]*import[ \t]*\{([^}]*)\}[ \t]*from[ \t]*["']mongoose["']""", re.MULTILINE
)
"""Mongoose's members imported by name (`import { Types } from "mongoose"`)."""

_ID_MEMBERS = frozenset({"Types", "isValidObjectId", "isObjectIdOrHexString"})
"""Mongoose's id helpers: `Types.ObjectId`, the validity checks."""

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""


def drop_id_only(top: str, units: dict[str, Unit]) -> None:
    """Remove Mongoose's data layer and engine from each Node library whose code, outside its
    tests, imports Mongoose only where it uses its ids alone."""
    for unit in units.values():
        node = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.ORM and s.name == "Mongoose" for s in node) or any(
            s.kind is FindingKind.FRAMEWORK for s in node
        ):
            continue
        if not _ids_only(top, unit.folder):
            continue
        unit.signals[LANGUAGE] = [
            s
            for s in node
            if not (
                (s.kind is FindingKind.ORM and s.name == "Mongoose")
                or (s.kind is FindingKind.DATABASE and s.package in _PACKAGES)
            )
        ]


def _ids_only(top: str, folder: str) -> bool:
    """Whether some code file of `folder` imports Mongoose and every one that does uses only
    its id helpers (False too when the budget ran out)."""
    importers = 0
    for path in node_imports.program_files(top, folder, MAX_FILES):
        if path is None:
            return False
        text = read_text(top, path)[0] or ""
        if "mongoose" not in text or not node_imports.named(text) & _PACKAGES:
            continue
        importers += 1
        if not _uses_ids_only(text):
            return False
    return importers > 0


def _uses_ids_only(text: str) -> bool:
    """Whether every name the file binds Mongoose to is used only for its id helpers, and
    every member it imports by name is one."""
    named = [
        word.split(" as ")[0].strip()
        for match in _NAMED.finditer(text)
        for word in match.group(1).split(",")
        if word.strip()
    ]
    if any(name not in _ID_MEMBERS for name in named):
        return False
    bound = [m.group(1) or m.group(2) for m in _BOUND.finditer(text)]
    if not bound and not named:
        return False  # imported some other way (a dynamic import): not told
    rest = _BOUND.sub("", text)
    for name in bound:
        members = re.findall(rf"(?<![.\w]){re.escape(name)}[ \t]*\.[ \t]*(\w+)", rest)
        uses = len(re.findall(rf"(?<![.\w]){re.escape(name)}\b", rest))
        # Every use past the binding reaches an id helper (none hands Mongoose on).
        if not members or set(members) - _ID_MEMBERS or uses != len(members):
            return False
    return True
