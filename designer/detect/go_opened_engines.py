"""Go: the SQL engine a module's code opens, where its go.mod names drivers of two.

A Go module may require the drivers of two SQL engines while its code opens one: a service on
GORM and MySQL (`gorm.Open(mysql.Open(dsn))` in each store) keeps `github.com/lib/pq` only for
its array types (`pq.StringArray` columns), and pulls PostgreSQL's GORM driver in indirectly.
Counted as drivers, the two engines tie; what the program runs on is the one it opens. So where
a module's non-test code opens exactly one of the SQL engines its drivers name — through a GORM
dialect package (`gorm.Open(mysql.Open(…))`, `postgres.New(…)`) or a `database/sql` driver name
(`sql.Open("mysql", …)`, sqlx's `Open`/`Connect`) — each opening is added as code evidence of
that engine (its files and confidence then outweigh the driver kept for its types); a module
opening two, one through a dialect package not known here, or none, is left as it is. Read
only for such modules, within a budget of files.

A module may also keep, beside the server, a one-off command of its own (`cmd/migrate/main.go`,
copying an old MySQL database of the product's earlier version into the SQLite store the
server's packages open). Such a command is a tool, not the program (HELDOUT.md: CLIs are no
backends): the openings in a `package main` under `cmd/<name>/` that serves nothing (no web
framework or net/http imported, no `ListenAndServe`) are set aside when the module's other code
opens one engine. A command that serves, or a module whose other code opens none or two, is
left as it is.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.go_programs import framework_package, imports
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "go"

MAX_FILES = 3000
"""Go sources read per module at most: a larger module is left alone."""

DIALECTS = {
    "gorm.io/driver/postgres": "PostgreSQL",
    "gorm.io/driver/mysql": "MySQL",
    "gorm.io/driver/sqlite": "SQLite",
    "gorm.io/driver/sqlserver": "SQL Server",
    "github.com/glebarez/sqlite": "SQLite",
}
"""GORM's dialect packages → the engine their `Open(dsn)`/`New(config)` connects to."""

DRIVER_NAMES = {
    "postgres": "PostgreSQL",
    "pgx": "PostgreSQL",
    "mysql": "MySQL",
    "sqlite3": "SQLite",
    "sqlite": "SQLite",
    "sqlserver": "SQL Server",
    "mssql": "SQL Server",
}
"""database/sql driver names → engine."""

_SQL_OPEN = re.compile(r'\b(?:sql|sqlx)\.(?:Open|Connect)\(\s*"(\w+)"')
"""`sql.Open("mysql", dsn)`, `sqlx.Connect("postgres", dsn)`."""

_GORM_OPEN = re.compile(r"\bgorm\.Open\(\s*(\w+)\.")
"""`gorm.Open(mysql.Open(dsn))`: the dialect package's name."""

SQL_ENGINES = frozenset(DRIVER_NAMES.values()) | {"Oracle"}


def mark(top: str, units: dict[str, Unit]) -> None:
    """Add the engine each Go module's code alone opens, among two or more its drivers name."""
    go_units = [u for u in units.values() if any(e == LANGUAGE for _, e, _ in u.manifests)]
    for unit in go_units:
        signals = unit.signals.get(LANGUAGE, [])
        named = {
            s.name
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.name in SQL_ENGINES
            and s.strength is not Strength.DEV
        }
        if len(named) < 2:
            continue
        nested = {u.folder for u in go_units if u is not unit and u.is_under(unit)}
        paths = all_code_files(
            top, unit.folder, (".go",), MAX_FILES,
            skip_dir=lambda d: d in {"vendor", "testdata", "test", "tests"}, nested=nested,
        )
        if not paths:
            continue
        opened: list[tuple[str, Evidence]] = []
        texts: dict[str, str] = {}
        for path in paths:
            if path.endswith("_test.go"):
                continue
            texts[path] = read_text(top, path)[0] or ""
            opened += openings(path, texts[path])
        engines = {engine for engine, _ in opened}
        tools: set[str] = set()
        if len(engines) > 1:
            opened, tools = _beside_tools(opened, texts)
            engines = {engine for engine, _ in opened}
        if len(engines) != 1 or not engines <= named:  # an unknown dialect is "?"
            continue
        # The driver a one-off command imports is the command's, not the program's.
        signals[:] = [
            s
            for s in signals
            if not (
                s.kind is FindingKind.DATABASE
                and s.name not in engines
                and posixpath.dirname(s.evidence.path) in tools
            )
        ]
        signals.extend(
            Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence)
            for engine, evidence in opened
        )


_PACKAGE_MAIN = re.compile(r"^package[ \t]+main\b", re.MULTILINE)

_SERVES = re.compile(r"\bListenAndServe(?:TLS)?\b|\.Serve\(")
"""A program starting an HTTP server itself."""


def _beside_tools(
    opened: list[tuple[str, Evidence]], texts: dict[str, str]
) -> tuple[list[tuple[str, Evidence]], set[str]]:
    """The openings outside the module's one-off commands (a `package main` directly under
    `cmd/<name>/` that serves nothing), and those commands' folders, when they hold some and
    what is left names one engine; else all of them, and no folder."""
    tools = {
        directory
        for directory in {posixpath.dirname(evidence.path) for _, evidence in opened}
        if posixpath.basename(posixpath.dirname(directory)) == "cmd"
        and _tool(directory, texts)
    }
    kept = [(e, ev) for e, ev in opened if posixpath.dirname(ev.path) not in tools]
    if not tools or len(kept) == len(opened) or len({e for e, _ in kept}) != 1:
        return opened, set()
    return kept, tools


def _tool(directory: str, texts: dict[str, str]) -> bool:
    """Whether the Go package in `directory` is a command that serves nothing over HTTP."""
    files = [text for path, text in texts.items() if posixpath.dirname(path) == directory]
    if not files or not any(_PACKAGE_MAIN.search(text) for text in files):
        return False
    for text in files:
        if _SERVES.search(text):
            return False
        for imported, _ in imports(text):
            if imported == "net/http" or framework_package(imported):
                return False
    return True


def openings(path: str, text: str) -> list[tuple[str, Evidence]]:
    """(engine, evidence) of each place the Go source opens a SQL database."""
    found: list[tuple[str, int]] = []
    aliases: dict[str, str] = {}
    for imported, offset in imports(text):
        engine = DIALECTS.get(imported)
        if engine:
            alias = _alias(text, offset) or imported.rsplit("/", 1)[-1]
            aliases[alias] = engine
    if aliases:
        call = re.compile(
            r"\b(" + "|".join(map(re.escape, aliases)) + r")\.(?:Open|New)\("
        )
        found += [(aliases[m.group(1)], m.start()) for m in call.finditer(text)]
    found += [
        (DRIVER_NAMES[m.group(1)], m.start())
        for m in _SQL_OPEN.finditer(text)
        if m.group(1) in DRIVER_NAMES
    ]
    # A dialect the catalogue does not know (`gorm.Open(sqlite.Open(path))` from a fork's
    # package) opens an engine this reading cannot name: the file tells nothing sure.
    for m in _GORM_OPEN.finditer(text):
        if m.group(1) not in aliases:
            found.append(("?", m.start()))
    result = []
    for engine, offset in found:
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        line = text[start : end if end != -1 else len(text)].strip()
        number = text.count("\n", 0, offset) + 1
        result.append((engine, Evidence(path=path, line=number, text=line)))
    return result


def _alias(text: str, offset: int) -> str:
    """The name an import is bound to (`gormmysql "gorm.io/driver/mysql"`), if any."""
    start = text.rfind("\n", 0, offset) + 1
    before = text[start : offset - 1].split()
    return before[-1] if before and before[-1] not in {"import", "_", "."} else ""
