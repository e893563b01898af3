"""Go before modules: dep's Gopkg.toml, with the releases its Gopkg.lock resolves.

A Go service written before go.mod (2016-2019) declares its direct dependencies in dep's
`Gopkg.toml` (`[[constraint]] name = "github.com/emicklei/go-restful" version = "2.4.0"`)
and commits the solver's resolution beside it in `Gopkg.lock` (`[[projects]]` tables of name,
version or revision, every transitive project included). The toml is the manifest: only it
says which projects are the program's own choice (a lock also lists what a dependency drags
in: gorilla/mux under docker's client). The version is the lock's (`v2.4.0`), as a go.mod's
would be, else the revision pinned when the project has no release, else the constraint's.

A folder holding a go.mod too has moved to modules: the go.mod is then its manifest
(`walker` skips such a Gopkg.toml), so every go.mod rule keeps its behaviour.
"""

from __future__ import annotations

import os
import posixpath
from types import ModuleType

from designer.detect.signals import (
    Catalog,
    Lines,
    ManifestResult,
    dependency_signals,
)
from designer.model.stack import Evidence

MANIFEST = "Gopkg.toml"
LOCK = "Gopkg.lock"

_TABLES = ("[[constraint]]", "[[override]]")
"""dep's tables naming a project the program depends on (an override pins a transitive one
too, but only where the program asks it to: still its choice)."""

_PINS = ("version", "revision", "branch")


def _string(line: str) -> tuple[str, str] | None:
    """`key = "value"` → (key, value); anything else → None. Split, not a pattern."""
    key, equals, value = line.partition("=")
    value = value.strip()
    if not equals or len(value) < 2 or value[0] != '"' or value[-1] != '"':
        return None
    return key.strip(), value[1:-1]


def tables(lines: list[str], heads: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """The `[[…]]` tables among `heads`, each as (the 0-based line of its `name`, its string
    keys). Comments and other tables are skipped."""
    found: list[tuple[int, dict[str, str]]] = []
    current: dict[str, str] | None = None
    for index, text in enumerate(lines):
        line = text.split("#", 1)[0].strip()
        if line.startswith("["):
            current = {} if line in heads else None
            if current is not None:
                found.append((-1, current))
            continue
        pair = _string(line) if current is not None else None
        if pair is None:
            continue
        current[pair[0]] = pair[1]  # type: ignore[index]
        if pair[0] == "name":
            found[-1] = (index, found[-1][1])
    return [(index, keys) for index, keys in found if index >= 0]


def parse(lines: Lines, catalog: Catalog, language: str) -> ManifestResult:
    """Read a Gopkg.toml's constraints and overrides as the module's direct requirements."""
    result = ManifestResult(language=language)
    # A Gopkg.toml may constrain nothing (only `ignored` packages): dep's still.
    for index, keys in tables(lines.lines, _TABLES):
        name = keys["name"]
        if "." not in name:
            continue
        result.runtime_dependencies += 1
        result.uses.append(name)
        version = next((keys[k] for k in _PINS if k in keys), "")
        evidence = lines.evidence(name, index)
        result.signals += dependency_signals(catalog, name.lower(), version, False, evidence)
    return result


def settle(top: str, read: list[tuple[str, ModuleType, ManifestResult]]) -> None:
    """Give each Gopkg.toml's findings the release its Gopkg.lock resolves."""
    for path, _, result in read:
        if posixpath.basename(path) != MANIFEST:
            continue
        lock = posixpath.join(posixpath.dirname(path), LOCK)
        try:
            with open(os.path.join(top, *lock.split("/")), encoding="utf-8") as handle:
                text = handle.read(4 * 1024 * 1024)
        except (OSError, UnicodeDecodeError):
            continue
        lines = text.splitlines()
        locked = {
            keys["name"].lower(): (keys.get("version") or keys.get("revision", ""), index)
            for index, keys in tables(lines, ("[[projects]]",))
        }
        result.signals = [
            s.replace(
                version=locked[s.package][0],
                evidence=Evidence(path=lock, line=locked[s.package][1] + 1,
                                  text=lines[locked[s.package][1]].strip()),
            )
            if s.package in locked and locked[s.package][0]
            else s
            for s in result.signals
        ]
