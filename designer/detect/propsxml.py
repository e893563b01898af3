"""The database a JVM application's shipped configuration file names, when that file is a
Java properties XML file (`Properties.loadFromXML`'s format: `<!DOCTYPE properties SYSTEM
"http://java.sun.com/dtd/properties.dtd">`, then `<entry key='database.url'>jdbc:h2:…
</entry>`).

Such a file has no conventional name (the program is started with its path: `java -jar
server.jar conf/server.xml`), so it is looked for among the XML files of a JVM project's own
folder and of its direct sub-folders (`setup/`, `conf/`), never deeper: only files whose head
declares the properties format are read in full. A JDBC URL there is the engine the program
starts on unless the operator edits the file, over the drivers it bundles for the others.
"""

from __future__ import annotations

import os

from designer.detect.assemble import CONFIG, Unit
from designer.detect.engines import engine_of_jdbc, scope
from designer.detect.signals import LazyPattern, Lines, Scope, Signal, Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, read_text
from designer.model.stack import FindingKind

MAX_FILES = 40
"""XML files whose head is read per project folder, at most."""

HEAD_BYTES = 512
"""Bytes read to tell a properties file from other XML (its DOCTYPE comes first)."""

_SKIPPED = frozenset({"src", "gradle", "node_modules", *PRUNED, *TEST_FOLDERS})
"""Sub-folders never looked in: sources (resources are the build's, read elsewhere), the
Gradle wrapper, build output, tests and examples."""

_ENTRY = LazyPattern(r"<entry[ \t]+key=[\"']([\w.-]+)[\"'][ \t]*>([^<\n]*)</entry>")


def read(top: str, units: dict[str, Unit]) -> None:
    """Give each JVM project the engines its properties XML files' JDBC URLs name."""
    for folder, unit in sorted(units.items()):
        if not any(eco == "jvm" for _, eco, _ in unit.manifests):
            continue
        for path in _candidates(top, folder):
            text, _ = read_text(top, path)
            if text is not None:
                _entries(unit, Lines(path, text))


def _candidates(top: str, folder: str) -> list[str]:
    """Paths of the properties XML files in `folder` and its direct sub-folders."""
    found: list[str] = []
    budget = MAX_FILES
    for relative in [folder, *_children(top, folder)]:
        for name in _names(top, relative):
            if not name.endswith(".xml") or budget <= 0:
                continue
            budget -= 1
            path = name if relative == "." else f"{relative}/{name}"
            if _is_properties(os.path.join(top, *path.split("/"))):
                found.append(path)
    return found


def _children(top: str, folder: str) -> list[str]:
    children = []
    for name in _names(top, folder, folders=True):
        if name[0] != "." and name not in _SKIPPED:
            children.append(name if folder == "." else f"{folder}/{name}")
    return children


def _names(top: str, folder: str, folders: bool = False) -> list[str]:
    """Sorted names of the files (or the folders) in `folder`; none when unreadable."""
    try:
        with os.scandir(os.path.join(top, *folder.split("/"))) as entries:
            return sorted(
                e.name
                for e in entries
                if (e.is_dir(follow_symlinks=False) if folders else e.is_file())
            )
    except OSError:
        return []


def _is_properties(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            head = file.read(HEAD_BYTES)
    except OSError:
        return False
    return b"<!DOCTYPE properties" in head


def _entries(unit: Unit, lines: Lines) -> None:
    """The engine of the file's first entry holding a JDBC URL, in the file's scope: the
    configuration the program ships, unless its name says development or tests
    (`debug.xml`)."""
    for match in _ENTRY.finditer(lines.text):
        engine = engine_of_jdbc(match.group(2))
        if not engine:
            continue
        where = scope(lines.path, "", False)
        if where is Scope.RUNTIME:
            where = Scope.CHOSEN
        unit.signals[CONFIG].append(
            Signal(
                FindingKind.DATABASE,
                engine,
                Strength.ENTRY,
                lines.at_offset(match.start()),
                scope=where,
            )
        )
        return
