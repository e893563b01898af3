"""Rust web applications that render their pages from templates over another service's API:
the server of a UI.

An Axum or Actix Web crate may answer browsers with pages it renders from templates (Askama's
compiled templates, Tera, MiniJinja, Handlebars, Maud), showing what it fetches from the
product's APIs through an HTTP client (`reqwest`) and keeping the sign-ins of its pages in
Redis (a `SessionStorage` over a `redis::aio::ConnectionManager`). With data of its own (sqlx,
Diesel, SeaORM, a store it writes) it is a classic web application and a backend; without, it
is a front end over those APIs, a UI (`nonservices.ui_only`), as an Express or Flask server
rendering its templates is (`view_servers`) and a PHP one rendering Twig (`php_pages`). Both
halves are needed: templates alone may render an API's mails, an HTTP client alone serves a
gateway or a relay.

Redis is the one store such a front may hold, and only for its sessions: every source file of
the crate that issues Redis commands (imports `redis::Commands` or `AsyncCommands`, builds a
`redis::cmd` or a pipeline) is its session module (`session.rs`, `sessions/store.rs`).
Commands issued anywhere else may keep data, and the crate stays a backend. Sessions are no
data of its own (HELDOUT.md, settled in session 34): the store is recorded in
`Unit.session_store` for `ui_only` to weigh as UI state. The workspace libraries it uses are
weighed by `ui_only` as for any UI (a library's data layer counts where it lends one).

Files it writes are a store of its own too: a household application rendering its pages from
templates, fetching exchange rates through `reqwest`, may keep its records in CSV and JSON files
under a data folder, written from several modules of its code (`std::fs::write`,
`File::create`, `OpenOptions`). A crate whose code outside its tests writes files from
`MIN_WRITERS` source files or more keeps data and stays a backend; one incidental write (a pid
file, a sitemap dumped at start) is no store.

Nor is a database it only reads its own (HELDOUT.md: only reading a store another program
writes is no data of its own): a front filling its pages' titles and meta tags from the
product's database through sqlx `select`s, with no migrations of its own and no statement of
its sources writing (no insert, update, delete, upsert, nor any schema change), while another
backend of the tree, on the same engine, holds the migrations of that schema (the API that
writes the data). It is recorded in `Unit.reads_only`, for `ui_only` to weigh its data layer,
its engine and the libraries' as that API's, not its own.

A front goes to the product's own APIs, so such a crate is a UI only where the tree holds another
server it may go to (a unit of any language naming a web framework). A crate standing alone,
whose client reaches only services outside the tree (a code host's API, a package index),
renders what it computes from them (a dependency-status page, the SVG badges READMEs embed):
the computation or aggregator service HELDOUT.md counts, and it stays a backend.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import tomlfile
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "rust"

TEMPLATE_ENGINES = frozenset(
    {
        "askama",
        "askama_axum",
        "rinja",
        "tera",
        "minijinja",
        "handlebars",
        "maud",
        "sailfish",
        "ructe",
        "yarte",
    }
)
"""Crates of the template engines a Rust web application renders its pages with."""

HTTP_CLIENTS = frozenset({"reqwest", "ureq", "awc", "surf", "isahc"})
"""Crates of the HTTP clients a front end fetches its pages' data with."""

_KEEPS = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS})
"""A data layer or migration tool of its own: a crate holding one keeps data."""

SESSION_STORE = "Redis"

_REDIS_COMMANDS = re.compile(
    r"\bredis::(?:cmd|pipe)\b|\bredis::(?:aio::)?(?:Async)?Commands\b"
    r"|^[ \t]*use[ \t]+redis::\{[^}]*\b(?:Async)?Commands\b",
    re.MULTILINE,
)
"""Redis commands issued: the command traits imported, or a command or pipeline built."""

_SQL_READ = re.compile(r"\bselect\b", re.IGNORECASE)
"""A query reading rows."""

_SQL_WRITE = re.compile(
    r"\b(?:insert[ \t\r\n]+into|update[ \t\r\n]+[\w.\"]+[ \t\r\n]+set|delete[ \t\r\n]+from"
    r"|upsert|merge[ \t\r\n]+into|truncate|copy[ \t\r\n]+[\w.\"]+[ \t\r\n]+from"
    r"|(?:create|alter|drop)[ \t\r\n]+(?:table|index|unique|view|schema|type|function)"
    r"|on[ \t\r\n]+conflict)\b"
    r"|\bsqlx::migrate!|\.execute[ \t]*\(",
    re.IGNORECASE,
)
"""What writes a database or changes its schema: a data-changing statement, migrations run,
or a statement executed for its effect (sqlx's `execute`) rather than fetched."""

_FILE_WRITE = re.compile(
    r"\bfs::write[ \t]*\(|\bFile::create[ \t]*\(|\bOpenOptions::new[ \t]*\(\)"
)
"""A file written (or created, or opened for writing) through the standard library."""

MIN_WRITERS = 2
"""Source files writing files from which the crate keeps a store: records are written where
each kind of them is handled, an incidental file in one place."""

_SKIPPED = frozenset({"target", "tests", "benches", "examples"})

MAX_FILES = 400
"""Source files read per crate at most: a larger crate is left a backend."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the Rust crates with a web framework and no data layer of
    their own whose Cargo.toml requires a template engine and an HTTP client, and whose only
    store, if any, is Redis holding their sessions (recorded in `Unit.session_store`)."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if not any(_serves(other) for other in units.values() if other is not unit):
            continue  # no API of the product in the tree for its pages to go to
        reads = False
        if any(
            s.kind in _KEEPS or (s.kind is FindingKind.DATABASE and s.name != SESSION_STORE)
            for s in signals
            if s.strength is not Strength.DEV
        ):
            reads = _reads_only(top, unit, units)
            if not reads:
                continue
        needs = dependencies(top, unit)
        if needs.isdisjoint(TEMPLATE_ENGINES) or needs.isdisjoint(HTTP_CLIENTS):
            continue
        if not reads and _writes_files(top, unit):
            continue  # its records kept in files of its own
        holds_redis = any(
            s.kind in (FindingKind.DATABASE, FindingKind.CACHE)
            and s.name == SESSION_STORE
            and s.strength is not Strength.DEV
            for s in signals
        )
        if holds_redis and not _sessions_only(top, unit):
            continue
        unit.renders_pages = True
        unit.reads_only = reads
        if holds_redis:
            unit.session_store = SESSION_STORE


def _serves(unit: Unit) -> bool:
    """Whether the unit names a web framework in any language: a server pages may go to."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV
        for signals in unit.signals.values()
        for s in signals
    )


def dependencies(top: str, unit: Unit) -> set[str]:
    """The crates the unit's own Cargo.toml requires at run time (`[dependencies]`)."""
    names: set[str] = set()
    for path, e, _ in unit.manifests:
        if e != LANGUAGE or (posixpath.dirname(path) or ".") != unit.folder:
            continue
        text = read_text(top, path)[0]
        if text is None:
            continue
        try:
            table = tomlfile.loads(text).get("dependencies")
        except ValueError:
            continue
        if isinstance(table, dict):
            names.update(name.replace("-", "_") for name in table)
    return names


def _sessions_only(top: str, unit: Unit) -> bool:
    """Whether every source file of the crate issuing Redis commands is a session module (its
    path names sessions), one at least; a crate too large to read is not asked further."""
    base = "" if unit.folder == "." else unit.folder + "/"
    issuing: list[str] = []
    for path in code_files(top, base + "src", (".rs",), MAX_FILES, skip_dir=_SKIPPED.__contains__):
        if path is None:
            return False
        if _REDIS_COMMANDS.search(read_text(top, path)[0] or ""):
            issuing.append(path)
    return bool(issuing) and all("session" in path.lower() for path in issuing)


def _writes_files(top: str, unit: Unit) -> bool:
    """Whether `MIN_WRITERS` source files of the crate or more write files outside their
    `#[cfg(test)]` modules; a crate too large to read is not asked further."""
    base = "" if unit.folder == "." else unit.folder + "/"
    writers = 0
    for path in code_files(top, base + "src", (".rs",), MAX_FILES, skip_dir=_SKIPPED.__contains__):
        if path is None:
            return False
        text = read_text(top, path)[0] or ""
        # A file's unit tests, at its end, write their fixtures: not the program's store.
        code = text.split("#[cfg(test)]", 1)[0]
        if _FILE_WRITE.search(code):
            writers += 1
            if writers >= MIN_WRITERS:
                return True
    return False


def _engines(unit: Unit) -> set[str]:
    """The engines the unit's own Rust manifests and code name (not its development ones)."""
    return {
        s.name
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV
    }


def _reads_only(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the crate's only data is an SQL query layer (no ORM, no migrations) whose
    statements in its sources all read, over an engine whose schema another Rust backend of
    the tree migrates; a crate too large to read is not asked further."""
    own = [s for s in unit.signals.get(LANGUAGE, []) if s.strength is not Strength.DEV]
    if any(s.kind in (FindingKind.ORM, FindingKind.MIGRATIONS) for s in own):
        return False
    if not any(s.kind is FindingKind.QUERY for s in own):
        return False
    engines = _engines(unit) - {SESSION_STORE}
    if not engines or not any(_migrates(other, engines) for other in units.values()
                              if other is not unit):
        return False
    base = "" if unit.folder == "." else unit.folder + "/"
    read = False
    for path in code_files(top, base + "src", (".rs",), MAX_FILES, skip_dir=_SKIPPED.__contains__):
        if path is None:
            return False
        text = read_text(top, path)[0] or ""
        if _SQL_WRITE.search(text):
            return False
        read = read or ("sqlx::query" in text and _SQL_READ.search(text) is not None)
    return read


def _migrates(unit: Unit, engines: set[str]) -> bool:
    """Whether `unit` is a Rust web service holding migrations on one of `engines`."""
    signals = [s for s in unit.signals.get(LANGUAGE, []) if s.strength is not Strength.DEV]
    return (
        any(s.kind is FindingKind.FRAMEWORK for s in signals)
        and any(s.kind is FindingKind.MIGRATIONS for s in signals)
        and bool(_engines(unit) & engines)
    )
