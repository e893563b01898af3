"""The database an sbt program runs on by default, from the `reference.conf` of its projects.

Typesafe Config loads every `reference.conf` on the classpath as the defaults the program runs
with unless its own settings say otherwise, and a `reference.conf` pulls other files in from
the classpath (`include required(classpath("reference_database.inc.conf"))`). A large build
keeps the database defaults in a library's resources (`core/src/main/resources/`), the Slick
profile or JDBC URL of the engine the program opens when not told otherwise (`profile =
"slick.jdbc.HsqldbProfile$"`), while the build lends the program every driver it supports: the
engine is that default (`Scope.CHOSEN`), as a settings default in its own code would be, not
the first of the drivers.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.sbt_batch_projects import used_folders
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_RESOURCES = "src/main/resources"

_INCLUDE = re.compile(
    r'^[ \t]*include[ \t]+(?:required[ \t]*\([ \t]*)?classpath[ \t]*\([ \t]*"([^"]+)"',
    re.MULTILINE,
)
"""A file the settings include from the classpath (`include required(classpath("x.conf"))`)."""

_ENGINES = {
    "postgres": "PostgreSQL",
    "postgresql": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "h2": "H2",
    "hsqldb": "HSQLDB",
    "sqlite": "SQLite",
    "derby": "Derby",
    "oracle": "Oracle",
    "sqlserver": "SQL Server",
}
"""Slick profile stem or JDBC scheme, lower-cased → engine."""

_DEFAULT = re.compile(
    r'^[ \t]*(?:profile|driver)[ \t]*[=:][ \t]*"slick\.jdbc\.(\w+?)Profile\$?"'
    r'|^[ \t]*url[ \t]*[=:][ \t]*"jdbc:(\w+):',
    re.MULTILINE,
)
"""The Slick profile or JDBC URL a settings file gives (not in a comment)."""

MAX_PROJECTS = 80
"""Projects of the build followed from one program at most."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give each sbt project declaring database drivers, with no engine its settings choose,
    the engine the `reference.conf` of it or of the projects it runs with (nearest first)
    gives by default."""
    for unit in units.values():
        signals = unit.signals.get("scala", [])
        if not any(s.kind is FindingKind.DATABASE for s in signals):
            continue
        if any(s.kind is FindingKind.DATABASE and s.scope is not None for s in signals):
            continue
        if any(
            s.kind is FindingKind.DATABASE and s.evidence.path.endswith(".conf") for s in signals
        ):
            continue  # its own settings name one
        folders = _closure(top, unit, units)
        if not folders:
            continue
        found = _default(top, folders)
        if found is not None:
            signals.append(found)


def _closure(top: str, unit: Unit, units: dict[str, Unit]) -> list[str]:
    """The project's folder and those of the projects it runs with, nearest first; empty
    when it is no project a build above it defines."""
    if used_folders(top, unit, units) is None:
        return []
    found = [unit.folder]
    index = 0
    while index < len(found) and len(found) < MAX_PROJECTS:
        other = units.get(found[index])
        index += 1
        for folder in (used_folders(top, other, units) or []) if other else []:
            if folder not in found:
                found.append(folder)
    return found


def _default(top: str, folders: list[str]) -> Signal | None:
    """The engine the first `reference.conf` naming one (with the files it includes) gives."""
    for folder in folders:
        todo = [posixpath.join(folder, _RESOURCES, "reference.conf")]
        seen: set[str] = set()
        while todo:
            path = todo.pop(0)
            if path in seen or not os.path.isfile(os.path.join(top, *path.split("/"))):
                continue
            seen.add(path)
            text, _ = read_text(top, path)
            if text is None:
                continue
            match = _DEFAULT.search(text)
            if match:
                stem = (match.group(1) or match.group(2)).lower()
                engine = _ENGINES.get(stem)
                if engine is None:
                    return None
                line = text.count("\n", 0, match.start()) + 1
                evidence = Evidence(path=path, line=line, text=match.group(0).strip())
                return Signal(
                    FindingKind.DATABASE, engine, Strength.ENTRY, evidence, scope=Scope.CHOSEN
                )
            for name in _INCLUDE.findall(text):
                todo += [posixpath.join(f, _RESOURCES, name) for f in folders]
    return None
