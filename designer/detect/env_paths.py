"""An env example's database setting given a file path: an embedded database's file.

Most env examples name the engine by a URL (`DATABASE_URL=sqlite:///app.db`) or a driver's
name (`DB_CONNECTION=sqlite`), which `engines` reads. Some programs take a bare path instead
and open an embedded database there when the setting is no server's URL; the example then
sets the path and says in the comment above it which engine that is, offering the server's
URL commented out below:

    # To use SQLite, choose a directory to store the database
    APP_DATABASE=data/app
    # To use PostgreSQL, set the connection string
    # APP_DATABASE=postgres://user:pass@localhost:5432/app

The path alone says no engine (a directory, a file with no telling extension): only a file
named `.sqlite`/`.sqlite3`, or a comment right above naming SQLite and no other engine, makes
it SQLite. A plain name (`DB_DATABASE=laravel`) is a server database's name, not a path.
"""

from __future__ import annotations

import re

from designer.detect.signals import LazyPattern

_KEY = LazyPattern(
    r"(?:^|_)(?:DATABASE|DB)(?:_(?:PATH|FILE|DIR|DIRECTORY|LOCATION))?$", re.IGNORECASE
)
"""A setting naming the database itself or where its file lives (`MINT_DATABASE`,
`DB_PATH`, `DATABASE_FILE`), not a part of a server connection (`DB_HOST`, `DB_USER`)."""

_PATH = LazyPattern(r"""["']?(?:\.{1,2}/|/)?[\w.-]+(?:/[\w.-]*)*["']?""")
"""A filesystem path, relative or absolute, with no scheme, host or port."""

_SQLITE_FILE = LazyPattern(r"""\.sqlite3?["']?$""", re.IGNORECASE)
"""A file SQLite's own extension names."""

_COMMENT = LazyPattern(r"^[ \t]*#")
_SQLITE = LazyPattern(r"\bsqlite3?\b", re.IGNORECASE)
_OTHER_ENGINES = LazyPattern(
    r"\b(?:postgres\w*|pg|mysql|mariadb|mongo\w*|oracle|mssql|sql[ \t]*server|cockroach\w*"
    r"|duckdb|redis|h2)\b",
    re.IGNORECASE,
)
"""Engines a comment may name instead: then it does not say which one the path is for."""

MAX_COMMENT = 3
"""Comment lines read above a setting: the note that introduces it, not the file's header."""


def sqlite_path(lines: list[str], index: int, key: str, value: str) -> bool:
    """Whether the setting `key=value` on line `index` of an env file points an embedded
    database at a file path that the file names as SQLite's (by its extension, or by the
    comment right above it)."""
    value = value.strip()
    if not _KEY.search(key.strip()) or not _PATH.fullmatch(value):
        return False
    if _SQLITE_FILE.search(value):
        return True
    if "/" not in value:
        return False  # a database's name (`DB_DATABASE=app`), not where a file lives
    above = []
    for line in reversed(lines[max(0, index - MAX_COMMENT) : index]):
        if not _COMMENT.match(line):
            break
        above.append(line)
    note = "\n".join(above)
    return bool(_SQLITE.search(note)) and not _OTHER_ENGINES.search(note)
