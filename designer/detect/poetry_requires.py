"""What poetry.lock records that a package from outside the registry requires.

A Poetry project may take its framework and data layer from a library of its own installed
by path (`common = {path = "common", develop = true}`), often a git submodule that a
checkout without `--recurse-submodules` lacks. Such a library lends the application its
framework and data layer, and the lock still tells what it requires: the package's
`[package.dependencies]` table, beside its `[package.source]` (`type = "directory"`, `url =
"common"`). A folder the tree holds is read as a project of the tree instead (see
monorepo), so only a source that is absent is asked here. A library from git is not: a
shared components package of an organisation requires what any of its applications might
use (Flask-SQLAlchemy for a gateway with no database), not what this one runs on. Optional
requirements (installed with an extra) are left out: they are what the library supports,
not what it runs on.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from designer.model.stack import Evidence

_REQUIREMENT = re.compile(r'^([A-Za-z0-9][\w.-]*)\s*=\s*(?:"([^"]*)"|\{(.*)\})\s*$')
"""A line of a `[package.dependencies]` table: `sanic = "==19.9.0"` or an inline table."""

_INLINE_VERSION = re.compile(r'\bversion\s*=\s*"([^"]*)"')
_OPTIONAL = re.compile(r"\boptional\s*=\s*true\b")


def requirements(
    lines: list[str], package: str, path: str, present: Callable[[str], bool]
) -> list[tuple[str, str, Evidence]]:
    """(name, range, evidence) of what the lock at `path` says `package` requires, when the
    package comes from a folder `present` (a path from the tree's root) says is missing;
    nothing otherwise."""
    block = _block(lines, package)
    if block is None:
        return []
    start, end = block
    table = ""
    found: list[tuple[str, str, Evidence]] = []
    source: dict[str, str] = {}
    for number in range(start, end):
        line = lines[number].strip()
        if line.startswith("["):
            table = line
            continue
        if table == "[package.source]":
            key, _, value = line.partition("=")
            source[key.strip()] = value.strip().strip('"')
        elif table == "[package.dependencies]":
            requirement = _REQUIREMENT.match(line)
            if requirement is None or _OPTIONAL.search(requirement.group(3) or ""):
                continue
            inline = _INLINE_VERSION.search(requirement.group(3) or "")
            wanted = requirement.group(2) or (inline.group(1) if inline else "")
            evidence = Evidence(path=path, line=number + 1, text=line[:120])
            found.append((requirement.group(1), wanted, evidence))
    url = source.get("url", "")
    if source.get("type") != "directory" or not url:
        return []
    folder = posixpath.normpath(posixpath.join(posixpath.dirname(path), url))
    return [] if present(folder) else found


def _block(lines: list[str], package: str) -> tuple[int, int] | None:
    """The 0-based line range of the `[[package]]` entry named `package`."""
    for index, line in enumerate(lines):
        if index == 0 or lines[index - 1] != "[[package]]" or not line.startswith("name = "):
            continue
        if re.sub(r"[-_.]+", "-", line[7:].strip('"')).lower() != package:
            continue
        end = index + 1
        while end < len(lines) and lines[end] != "[[package]]":
            end += 1
        return index, end
    return None
