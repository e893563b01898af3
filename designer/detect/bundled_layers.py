"""Node: a data layer declared as a devDependency of an app whose framework bundles its server.

SvelteKit's kit is a devDependency, and Vite bundles whatever the server modules import into
the server build (`adapter-node`'s `build/`), so SvelteKit apps often keep run-time packages
among their devDependencies too: `drizzle-orm` beside `drizzle-kit` in devDependencies, with
only the driver (`@libsql/client`) in dependencies, while every service module under
`src/server/` imports `drizzle-orm`. Read as declarations alone, the ORM is a development tool
and the app has no data layer. So where a package's bundling framework (`BUNDLING`) is itself
a devDependency, an ORM or query library declared only for development that some module of
its own code (not its tests, migrations, installed or built code) imports is the app's data
layer at run time: it is given an entry at the first module importing it.

So too where every server framework the package declares is a devDependency (Hono beside
Kysely, both among the devDependencies of a package Nitro or Vite builds into
`.output/server`): nothing the package installs at run time serves HTTP, so its build carries
the framework, and with it the data layer the same modules import.
"""

from __future__ import annotations

from designer.detect import node_imports, node_layers
from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

BUNDLING = frozenset({"SvelteKit"})
"""Frameworks whose build bundles the server code with what it imports, devDependencies too."""

LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

MAX_FILES = 2000
"""Modules read per package, at most."""


def promote(top: str, units: dict[str, Unit]) -> None:
    """Add an entry signal for each development-only data layer the own modules of a package
    on a devDependency bundling framework import."""
    packages = node_layers.node_packages(units)
    for folder in sorted(packages):
        signals = units[folder].signals.get(LANGUAGE, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s.package]
        if not _bundles(frameworks):
            continue
        declared = {s.package.lower() for s in signals if s.strength is Strength.DEPENDENCY}
        dev = {
            s.package.lower(): s
            for s in signals
            if s.kind in LAYERS and s.strength is Strength.DEV and s.package
        }
        wanted = {p: s for p, s in dev.items() if p not in declared}
        if not wanted:
            continue
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if len(files) >= MAX_FILES:
            continue
        for path in sorted(files):
            text = read_head(top, path, node_layers.HEAD) or ""
            if not any(p in text for p in wanted):
                continue
            for name in sorted(node_imports.named(text) & wanted.keys()):
                signal = wanted.pop(name)
                evidence = Evidence(path=path, text=f"imports {name}")
                signals.append(signal.replace(strength=Strength.ENTRY, evidence=evidence))
            if not wanted:
                break


def _bundles(frameworks: list[Signal]) -> bool:
    """Whether a package's framework signals say its build bundles its server: a bundling
    framework declared for development, or frameworks declared for development alone."""
    if any(s.name in BUNDLING and s.strength is Strength.DEV for s in frameworks):
        return True
    declared = [s for s in frameworks if s.strength in (Strength.DEV, Strength.DEPENDENCY)]
    return bool(declared) and all(s.strength is Strength.DEV for s in declared)
