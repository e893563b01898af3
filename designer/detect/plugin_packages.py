"""Data layers a Node server loads as a plugin whose package name it computes.

A product that lets its operators choose the store loads it by name at run time
(`require(\\`acme-datastore-${config.datastore.plugin}\\`)`), and installs the plugin it ships
with (`acme-datastore-sequelize`): no file imports that package by name, and without a lock
nothing records what it requires. The plugin's name says what it runs on: a declared
dependency the computed name can be, whose last word is a data layer the catalogue knows
(`sequelize`), lends that layer to the server, as a data layer a library lends the application
is the application's. Only the server's program and the files starting its framework are read,
and only for servers with no data layer of their own.
"""

from __future__ import annotations

import json
import posixpath

from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import CATALOG, GLUE
from designer.detect.signals import LazyPattern, Signal, Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

MAX_FILES = 4
"""Files read per package: its program and the few the framework is started in."""

_COMPUTED = LazyPattern(r"""\b(?:require|import)[ \t]*\([ \t]*`(@?[\w./-]*?[\w.]-)\$\{""")
"""A module name built from a template (`require(\\`acme-datastore-${plugin}\\`)`): its literal
head, up to the dash before the substitution (a bare `${name}` says nothing)."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node server with no data layer of its own the data layer named by the plugin
    package it loads by a computed name."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(
            s.kind in _LAYERS and s.strength is not Strength.DEV for s in signals
        ):
            continue
        manifests = [(p, r) for p, e, r in unit.manifests if e == LANGUAGE]
        uses = sorted({name.lower() for _, r in manifests for name in r.uses})
        if not uses:
            continue
        files = sorted(
            {
                posixpath.normpath(posixpath.join(posixpath.dirname(path), program))
                for path, result in manifests
                for program in (*result.program, *_commands(top, path))
            }
        ) + sorted(
            {
                s.evidence.path
                for s in signals
                if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
            }
        )
        signals += _loaded(top, list(dict.fromkeys(files))[:MAX_FILES], uses)


def _commands(top: str, path: str) -> list[str]:
    """The files a package.json's `bin` names, and the file its `start` script is when it runs
    one directly (`"start": "./bin/server"`, a script with a shebang): programs the
    manifest's `main` does not name."""
    text = read_text(top, path)[0]
    try:
        data = json.loads(text or "")
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    found: list[str] = []
    commands = data.get("bin")
    if isinstance(commands, str):
        found.append(commands)
    elif isinstance(commands, dict):
        found += [c for c in commands.values() if isinstance(c, str)]
    scripts = data.get("scripts")
    start = scripts.get("start") if isinstance(scripts, dict) else None
    if isinstance(start, str) and _DIRECT.match(start):
        found.append(start.strip())
    return [c for c in found if c.strip() and len(c) < 256]


_DIRECT = LazyPattern(r"\s*\.{1,2}/[\w./-]+\s*$")
"""A start script that is a path alone (`./bin/server`): the file runs itself."""


def _loaded(top: str, files: list[str], uses: list[str]) -> list[Signal]:
    """The data layers of the declared packages `uses` that the computed module names in
    `files` can load."""
    found: list[Signal] = []
    for path in files:
        text = read_text(top, path)[0] or ""
        if "${" not in text:
            continue
        for match in _COMPUTED.finditer(text):
            head = match.group(1).lower()
            line = text.count("\n", 0, match.start()) + 1
            evidence = Evidence(path=path, line=line, text=match.group(0))
            for name in uses:
                plugin = name.removeprefix(head) if name.startswith(head) else ""
                if not plugin or "-" in plugin or "/" in plugin:
                    continue
                found += [
                    s
                    for s in dependency_signals(CATALOG, plugin, "", False, evidence, GLUE)
                    if s.kind in _LAYERS
                ]
    return found
