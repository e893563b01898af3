"""Node: engines a server declares a client of that none of its server's modules reaches.

A server writing its own SQL through a driver may keep, beside the driver its code opens, the
clients of an engine it has left: `pg` in package.json after a move to MariaDB (only one-off
`scripts/` that dumped the old schema import it), and `@supabase/supabase-js` used for file
storage alone (`supabase.storage.from(bucket).upload(…)`, never a table). A Compose file from
the first setup may still run that engine's image for it (`postgres:16`, `DATABASE_URL:
postgresql://…`), while every module opening a connection imports `mysql2`. The Compose file
outranks a driver, and the left engine would be named. A service can only use a database its
code has a client for, so where a Node package declares no ORM nor query builder (each of its
data layers is a driver naming an engine), and its server's modules (not its tests,
migrations, built code nor `scripts/`) reach the clients of exactly one engine, a SQL driver
among them (a DynamoDB client alone says less of the code: set 177), every other
engine its clients or configuration name for it is dropped, with those drivers. Supabase's
client reaches PostgreSQL only where some module queries a table (`.from('t').select(…)`, an
`.rpc(…)`). A tree too large to read whole is left as it is.
"""

from __future__ import annotations

from designer.detect import node_imports, node_layers, supabase_tables
from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 2000
"""Modules read per package, at most."""

TOOL_FOLDERS = frozenset({"scripts"})
"""Folders of one-off programs a developer runs, not the server's code."""

TABLE_CLIENTS = {supabase_tables.PACKAGE: supabase_tables.TABLE_QUERY}
"""Clients of a platform (storage, auth, tables) that reach its database only through a table
query somewhere in the code."""


def _server_files(top: str, folder: str, packages: set[str]) -> list[str] | None:
    """The package's server modules, or None when too many to read."""
    files = node_layers.own_modules(top, folder, packages, MAX_FILES)
    if len(files) >= MAX_FILES:
        return None
    base = "" if folder == "." else folder + "/"
    return [p for p in files if not TOOL_FOLDERS & set(p[len(base) :].split("/")[:-1])]


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop, from each driver-only Node package whose server reaches one engine's clients,
    the other engines and their drivers."""
    packages = node_layers.node_packages(units)
    for folder in sorted(packages):
        unit = units[folder]
        signals = unit.signals.get(LANGUAGE, [])
        clients = {
            s.package.lower(): s.name
            for s in signals
            if s.kind is FindingKind.DATABASE and s.strength is Strength.DEPENDENCY and s.package
        }
        layers = [s for s in signals if s.kind in (FindingKind.ORM, FindingKind.QUERY)]
        if len(set(clients.values())) < 2 or not layers:
            continue
        if any(not s.package or s.package.lower() not in clients for s in layers):
            continue  # an ORM or a query builder reaches its engine by its own settings
        files = _server_files(top, folder, packages)
        if files is None:
            continue
        texts = [read_head(top, p, node_layers.HEAD) or "" for p in files]
        imported: set[str] = set()
        for text in texts:
            if any(c in text for c in clients):
                imported |= (node_imports.named(text) | node_imports.typed(text)) & clients.keys()
        for client, table in TABLE_CLIENTS.items():
            if client in imported and not any(table.search(t) for t in texts):
                imported.discard(client)
        reached = {clients[c] for c in imported}
        drivers = {s.package.lower() for s in layers}
        if len(reached) != 1 or not imported & drivers:
            continue  # no engine, several, or one reached by a store client alone
        left = set(clients.values()) - reached
        gone = {c for c, engine in clients.items() if engine in left}
        for ecosystem, found in unit.signals.items():
            unit.signals[ecosystem] = [
                s
                for s in found
                if not (s.kind is FindingKind.DATABASE and s.name in left)
                and not (s.package and s.package.lower() in gone)
            ]
