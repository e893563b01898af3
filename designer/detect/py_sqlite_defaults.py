"""Python: the SQLite file a program's settings default to, beside drivers of several servers.

A Python program supporting several engines through an ORM that opens whichever URL it is given
(SQLAlchemy's `create_engine(SQLALCHEMY_DATABASE_URL)`) declares a driver per server engine
(PyMySQL, psycopg) and none for SQLite, whose driver ships with Python. Its settings module
then says what it runs on unless told otherwise: `config("SQLALCHEMY_DATABASE_URL",
default="sqlite:///db.sqlite3")`. Read as an environment lookup's default, that line ranks
with development fallbacks (or, seen as a bare URL, beneath the declared drivers by
confidence), and a server engine's driver, picked by its name's order, becomes the primary
engine though nothing chooses it.

With drivers of two SQL server engines or more declared (a document store's client beside one
is a side store, no alternative), none is the program's choice; the SQLite
file its own settings default to is (`Scope.CHOSEN`, as `lookup_defaults` reads Node's
`process.env.DATABASE_URL || "sqlite://./data/app.db"`), and so is SQLite where the engine
setting itself is looked up with it as the default (`settings.get("database", "type",
"sqlite")` beside Peewee's `SqliteDatabase`, `MySQLDatabase` and `PostgresqlDatabase`).
One server driver beside a SQLite default is the usual development fallback (the server in
production, a local file for a quick start) and is left as it is; so are a SQLite database
in memory or in a temporary folder, a default in a development or test file, any project
whose files already name an engine with production or deployment scope, and one whose build
or CI sets up one of the servers (`built_databases`: that server is the program's).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import defaults
from designer.detect.assemble import Unit
from designer.detect.built_databases import built_server
from designer.detect.engines import _SCRATCH, scope
from designer.detect.signals import Scope, Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

SQLITE = "SQLite"

_DEFAULT_URL = re.compile(
    r"""(?:\bdefault[ \t]*=[ \t]*|\b(?:getenv|get)[ \t]*\([^,\n]+,[ \t]*)["']sqlite(?:\+\w+)?:///"""
)
"""A settings lookup's default naming a SQLite file URL: `config("DB_URL",
default="sqlite:///…")`, `os.getenv("DB_URL", "sqlite:///…")`, `environ.get(…, "sqlite:///…")`."""

_DEFAULT_ENGINE = re.compile(defaults.SECTION_LOOKUP.replace("{names}", "sqlite3?"))
"""A settings lookup of the engine setting by section and key defaulting to SQLite itself
(`settings.get("database", "type", "sqlite")`, ConfigParser's `fallback="sqlite"`)."""

SQL_SERVERS = frozenset({"MySQL", "MariaDB", "PostgreSQL", "SQL Server", "Oracle", "CockroachDB"})
"""Server engines an ORM's URL may name in SQLite's place: a document store's or a cache's
driver beside them is a side store, no choice of the ORM's engine."""

_DECIDED = frozenset({Scope.PRODUCTION, Scope.CHOSEN, Scope.DEPLOYED})


def choose(top: str, units: dict[str, Unit]) -> None:
    """Make each Python project's SQLite settings default its chosen engine, where the project
    declares drivers of two server engines or more and an ORM, and nothing decides already."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        declared = {
            s.name
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.strength is Strength.DEPENDENCY
            and s.scope is None
            and s.name in SQL_SERVERS
            and _inside(s.evidence.path, folder)
        }
        if len(declared) < 2 or not any(s.kind is FindingKind.ORM for s in signals):
            continue
        if any(s.kind is FindingKind.DATABASE and _scope(s) in _DECIDED for s in signals):
            continue
        if built_server(top, folder, declared) is not None:
            continue
        unit.signals[LANGUAGE] = [
            s.replace(scope=Scope.CHOSEN) if _default(s, folder) else s for s in signals
        ]


def _scope(signal: Signal) -> Scope:
    if signal.scope is not None:
        return signal.scope
    return scope(signal.evidence.path, signal.evidence.text, False)


def _default(signal: Signal, folder: str) -> bool:
    """Whether `signal` is a SQLite file URL its project's own settings code defaults to."""
    path, text = signal.evidence.path, signal.evidence.text
    return (
        signal.kind is FindingKind.DATABASE
        and signal.name == SQLITE
        and signal.strength is Strength.ENTRY
        and signal.scope is None
        and not signal.opt_in
        and path.endswith(".py")
        and _inside(path, folder)
        and bool(_DEFAULT_URL.search(text) or _DEFAULT_ENGINE.search(text))
        and not _SCRATCH.search(text)
        and scope(path, "", False) is Scope.RUNTIME
    )


def _inside(path: str, folder: str) -> bool:
    return folder == "." or path.startswith(folder + "/") or posixpath.dirname(path) == folder
