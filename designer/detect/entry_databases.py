"""The module a Node server's entry imports to open its database, read when the walk left it out.

A server supporting several engines declares a driver for each (`better-sqlite3` and `pg`
beside Knex) and picks one in the module that opens the database, often kept in a folder of
its own (`server/database/sqlite/setup.js`: `const databaseType = config.get('database')?.type
|| 'better-sqlite3'`). The walk names the shallowest files of a package (`walker.MAX_SOURCES`),
and a UI built by the same package.json fills that quota first; the module's name (`setup.js`)
is no configuration module's. A careful reader opens the file that starts the server and the
database module it imports: so does this, for Node packages whose framework a read file starts
and whose drivers name two engines or more. Only the start's own relative imports are read,
only those inside a folder named for the database (`database/`, `db/`) or named for it
themselves (`database.js`, `db.ts`), a few at most.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.node_followed import RELATIVE
from designer.detect.node_imports import ENDINGS, code_file
from designer.detect.signals import Strength
from designer.detect.walker import Source, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 3
"""Database modules read per package at most."""

FOLDERS = frozenset({"database", "db"})
"""Folders of the module that opens the database."""


def sources(
    top: str, units: dict[str, Unit], walked: dict[str, list[Source]]
) -> dict[str, list[Source]]:
    """Per folder, the database modules the files starting a Node server import that the walk
    did not name, for packages whose drivers name two engines or more."""
    found: dict[str, list[Source]] = {}
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        engines = {
            s.name
            for s in signals
            if s.kind is FindingKind.DATABASE and s.strength is Strength.DEPENDENCY
        }
        if len(engines) < 2:
            continue
        starts = sorted(
            {
                s.evidence.path
                for s in signals
                if s.kind is FindingKind.FRAMEWORK
                and s.strength is Strength.ENTRY
                and s.evidence.path.endswith(ENDINGS)
            }
        )
        named = {s.path for s in walked.get(unit.folder, ())}
        extra: list[str] = []
        for path in starts:
            text = read_text(top, path)[0] or ""
            for module in RELATIVE.findall(text):
                joined = posixpath.normpath(posixpath.join(posixpath.dirname(path), module))
                target = code_file(top, unit.folder, joined)
                if target is None or target in named or target in extra:
                    continue
                if _names_database(target, unit.folder):
                    extra.append(target)
        if extra:
            found[unit.folder] = [Source(p, False, False) for p in extra[:MAX_FILES]]
    return found


def _names_database(path: str, folder: str) -> bool:
    """Whether the module lies in a folder of its package named for the database, or is named
    for it."""
    inside = path if folder == "." else path[len(folder) + 1 :]
    *folders, name = inside.split("/")
    stem = name.rsplit(".", 1)[0].lower()
    return bool(FOLDERS & {f.lower() for f in folders}) or stem in FOLDERS
