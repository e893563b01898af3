"""Node: Supabase's client as the data layer of a server that keeps its tables through it.

`@supabase/supabase-js` reads and writes a Supabase project's PostgreSQL tables over PostgREST
(`supabase.from('agencies').select('*').eq('id', id)`, `.from(TABLE).insert(row)`), and it is
also the platform's auth and storage client. A server that declares it and no ORM, query
builder nor SQL driver of its own, and whose own modules query tables through it, has no other
layer to its data: the client is its data layer, as a driver written to directly is. A query
library the manifest declares and none of its modules imports (`postgres` beside `drizzle-kit`
for a schema never wired in) is no layer of the server: the client still is, and
`unimported_queries` later drops the library; nor is one declared only for development (the
driver a seed script imports). Only a table query counts (a `.from(…)` call
followed by `select`, `insert`, `update`, `upsert` or `delete`, the table named by a literal or
a setting, or an `.rpc('fn')` call); a client used for sign-in or file storage alone
(`supabase.storage.from(bucket).upload(…)`) keeps no data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from designer.detect import bundled_layers, node_imports, node_layers
from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

PACKAGE = "@supabase/supabase-js"

NAME = "supabase-js"
"""The data layer's name, as the truths write it."""

MAX_FILES = 1000
"""Modules read per package, at most."""

HEAD = 65536
"""Characters of each module read: a module's queries run well past its imports."""

TABLE_QUERY = re.compile(
    r"(?<!storage)\.from\(\s*[^()\n]{1,120}?\s*\)\s*\.\s*(?:select|insert|update|upsert|delete)\("
    r"|\.rpc\(\s*['\"`]"
)
"""A PostgREST table query (`.from(process.env.TABLE as string)\\n  .select("*")`) or a
stored-procedure call; not storage's `.storage.from(bucket)`."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node package declaring Supabase's client and no data layer of its own the
    client as its data layer, where its own modules query tables through it."""
    packages = node_layers.node_packages(units)
    for folder in sorted(packages):
        unit = units[folder]
        signals = unit.signals.get(LANGUAGE, [])
        bundled = _bundled(signals)
        declared = next(
            (
                s
                for s in signals
                if s.kind is FindingKind.DATABASE
                and (
                    s.strength is Strength.DEPENDENCY
                    or (bundled and s.strength is Strength.DEV)
                )
                and s.package == PACKAGE
            ),
            None,
        )
        if declared is None:
            continue
        # A layer declared only for development (the driver of a seed or import script,
        # `pg` in devDependencies) is no layer of the server, unless the framework bundles it.
        layers = [
            s
            for s in signals
            if s.kind in (FindingKind.ORM, FindingKind.QUERY)
            and (bundled or s.strength is not Strength.DEV)
        ]
        if any(s.kind is FindingKind.ORM or not s.package for s in layers):
            continue
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if len(files) >= MAX_FILES:
            continue
        texts = {p: read_head(top, p, HEAD) or "" for p in files}
        if not any(PACKAGE in node_imports.named(t) for t in texts.values() if PACKAGE in t):
            continue
        if layers and _imports_any(texts.values(), {(s.package or "").lower() for s in layers}):
            continue  # a query library its code uses: that is its layer
        for path, text in sorted(texts.items()):
            match = TABLE_QUERY.search(text)
            if match is None:
                continue
            line = text.count("\n", 0, match.start()) + 1
            evidence = Evidence(path=path, line=line, text=text.splitlines()[line - 1].strip())
            signals.append(
                Signal(FindingKind.QUERY, NAME, Strength.DEPENDENCY, declared.evidence,
                       declared.version, package=PACKAGE)
            )
            signals.append(
                Signal(FindingKind.QUERY, NAME, Strength.ENTRY, evidence, package=PACKAGE)
            )
            if declared.strength is Strength.DEV:
                # Bundled into the server build: the database it reaches is the app's at run
                # time, as a dependency's would be.
                signals.append(declared.replace(strength=Strength.DEPENDENCY))
            break


def _imports_any(texts: Iterable[str], packages: set[str]) -> bool:
    """Whether some module imports one of `packages` (lower-cased names)."""
    return any(node_imports.named(t) & packages for t in texts)


def _bundled(signals: list[Signal]) -> bool:
    """Whether the package's framework bundles its server code with what it imports,
    devDependencies too (SvelteKit's kit, itself a devDependency; `bundled_layers`): a
    client declared only for development is then shipped in the server build."""
    return any(
        s.kind is FindingKind.FRAMEWORK
        and s.name in bundled_layers.BUNDLING
        and s.strength is Strength.DEV
        for s in signals
    )
