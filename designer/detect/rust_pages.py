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
        if any(
            s.kind in _KEEPS or (s.kind is FindingKind.DATABASE and s.name != SESSION_STORE)
            for s in signals
            if s.strength is not Strength.DEV
        ):
            continue
        needs = _dependencies(top, unit)
        if needs.isdisjoint(TEMPLATE_ENGINES) or needs.isdisjoint(HTTP_CLIENTS):
            continue
        holds_redis = any(
            s.kind in (FindingKind.DATABASE, FindingKind.CACHE)
            and s.name == SESSION_STORE
            and s.strength is not Strength.DEV
            for s in signals
        )
        if holds_redis and not _sessions_only(top, unit):
            continue
        unit.renders_pages = True
        if holds_redis:
            unit.session_store = SESSION_STORE


def _dependencies(top: str, unit: Unit) -> set[str]:
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
