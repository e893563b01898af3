"""Compose services that run a database connection pooler, not the application.

A Compose file may put a pooler in front of its database (PgBouncer, Pgpool-II, Odyssey,
ProxySQL) and hand it the upstream's URL in its environment (`DATABASE_URL=postgres://…` on an
`edoburu/pgbouncer` service). Read as an application service's settings (a service run from a
published image being taken for the file's project), that URL would give the engine the pooler
fronts to the project at the root of the file, even when the services connecting through it are
built from other folders and the root's own program keeps its data elsewhere (a bot writing its
own SQLite files beside a portal on PostgreSQL). As with a console (`db_consoles`), the pooler's
environment says what the pooler connects to, never what an application runs on.
"""

from __future__ import annotations

POOLERS = frozenset({"pgbouncer", "pgpool", "pgpool2", "pgpool-ii", "odyssey", "proxysql"})
"""Last path part of a connection pooler's container image (`edoburu/pgbouncer`,
`bitnami/pgbouncer`, `bitnami/pgpool`, `proxysql/proxysql`)."""


def is_pooler(image: str) -> bool:
    """Whether a container image (`edoburu/pgbouncer:v1.24.1-p1`) runs a connection pooler."""
    path = image.split("@", 1)[0]
    name = path.rsplit("/", 1)[-1].split(":", 1)[0]
    return name.lower() in POOLERS
