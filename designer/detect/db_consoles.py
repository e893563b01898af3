"""Compose services that run a database console, not the application.

A Compose file may run a web console beside its databases (DbGate, Adminer, pgAdmin,
mongo-express, phpMyAdmin) and hand it their connections in its environment (`URL_mg:
mongodb://…@mongo:27017/`, `ME_CONFIG_MONGODB_URL`). Read as an application service's settings
(a service run from a published image being taken for the file's project), that URL would
configure the project with the engine the console browses: a MongoDB the application keeps
only as an optional side store would outrank the PostgreSQL its own settings name. A console's
environment says what the console connects to, never what the application runs on.
"""

from __future__ import annotations

CONSOLES = frozenset(
    {
        "dbgate",
        "adminer",
        "pgadmin4",
        "pgadmin",
        "mongo-express",
        "phpmyadmin",
        "pgweb",
        "cloudbeaver",
    }
)
"""Last path part of a database console's container image (`dbgate/dbgate`, `dpage/pgadmin4`,
`phpmyadmin/phpmyadmin`, `dbeaver/cloudbeaver`)."""


def is_console(image: str) -> bool:
    """Whether a container image (`dbgate/dbgate:latest`, `adminer:4`) runs a database
    console."""
    path = image.split("@", 1)[0]
    name = path.rsplit("/", 1)[-1].split(":", 1)[0]
    return name.lower() in CONSOLES
