"""The database drivers a Python data layer's extras install, where the extra is named for the
engine rather than for the driver.

SQLAlchemy names its extras for its drivers (`sqlalchemy[aiomysql]`), which the manifest
reader already maps to engines. The async query library `databases` names them for the
engine instead: `databases[mysql]` installs aiomysql, `databases[postgresql]` asyncpg,
`databases[sqlite]` aiosqlite. A service that requires it so and no driver by itself (the
lock resolves the driver only as the extra's) runs on that engine, as its raw SQL is written
for it: the extra is the project's one statement of its engine.
"""

from __future__ import annotations

EXTRA_DRIVERS: dict[str, dict[str, str]] = {
    "databases": {
        "mysql": "aiomysql",
        "asyncmy": "asyncmy",
        "postgresql": "asyncpg",
        "aiopg": "aiopg",
        "sqlite": "aiosqlite",
    },
}
"""Per package, the driver each engine-named extra installs (the package's own extras)."""


def driver_of(package: str, extra: str) -> str:
    """The driver a package's extra installs: the mapped driver where the package names its
    extras for the engine, else the extra itself (SQLAlchemy's are the drivers' names)."""
    return EXTRA_DRIVERS.get(package, {}).get(extra, extra)
