"""JVM applications whose code is written to JDBC itself.

A Spring MVC war may run all its SQL through `java.sql` (connections opened from the driver,
statements, result sets) in its own code and in the library modules of the build it depends
on (a DAO utility module, a core module of services), with no ORM, query library nor connection
pool declared: nothing in its builds names a data layer, though its code is written to JDBC.
Where a JVM application (a framework among its signals) and the modules of the tree it uses
show no data layer, and at least `MIN_FILES` main sources of theirs import JDBC's connection,
statement or result-set API, JDBC is the application's data layer, seen in that code. One or
two such files (a health check's `Connection`, a report's query) are a side path, not a census.

A build may instead keep its JDBC in one client module (`postgresql-client`: a class opening its
connection with `DriverManager.getConnection` and running the statements it is given) that
declares the driver, with the applications handing it their SQL and reading the `ResultSet`s it
returns. One file then holds all the JDBC, yet it is the data layer: where a module the
application uses opens connections through `DriverManager` and declares a database driver, and
the application's own main sources read a `ResultSet`, JDBC is the application's data layer.
An opened connection alone (a probe, a migration runner) or rows read with no client module of
the build's (a lent `DataSource`) stay a side path.

The code may instead run its SQL through a thin JDBC helper its team publishes outside the tree
(`import no.example.database.JdbcOperations`, the stores calling `tx.list(sql, params)` and
reading rows), which the build names only by a catalogue entry or a company library: a main
source importing a type named for JDBC (`Jdbc…`) counts as one written to JDBC. Spring's
`JdbcTemplate` is not counted: it is Spring's data layer, named by its own rule.

A framework may instead pool the connections itself (Quarkus's Agroal datasource, configured by
`quarkus.datasource.*`) and inject the `DataSource` into one store class (an event store
appending rows to two tables) that opens its connections from it and prepares its statements.
One file again holds all the SQL: where the application declares a database driver and a main
source of its own holds an injected `DataSource`, opens connections from it and prepares
statements, JDBC is its data layer. A connection opened with no statement prepared (a health
check) stays a side path.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import used_modules
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head, read_text
from designer.model.stack import Evidence, FindingKind

ECOSYSTEM = "jvm"

MIN_FILES = 5
"""Main sources that must import JDBC's API for it to be the data layer."""

MAX_FILES = 2000
"""Main sources read per module, at most: a larger tree is left alone (a Struts 1 war of
some 1 400 classes, its DAOs among them, is read whole)."""

HEAD = 8192
"""Bytes read of a source: its imports come first."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

_JDBC = re.compile(
    r"^[ \t]*import[ \t]+java\.sql\.(?:Connection|PreparedStatement|CallableStatement|Statement"
    r"|ResultSet|DriverManager)\b",
    re.MULTILINE,
)
"""Code handling JDBC's connections, statements and results (not only its `SQLException` or
`Timestamp`, which code written to any data layer imports)."""

_HELPER = re.compile(
    r"^[ \t]*import[ \t]+(?!org\.springframework\.)(?:[a-z]\w*\.)+Jdbc[A-Z]\w*[ \t]*;?[ \t]*$",
    re.MULTILINE,
)
"""A JDBC helper type of another library (`import no.example.database.JdbcOperations`)."""

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)

SEARCH_LAYERS = frozenset({"Spring Data Elasticsearch"})
"""Data layers over a search index only: beside them the rows still live somewhere, so they
name no SQL data layer (an API indexing its audit trail through Spring Data Elasticsearch while
its records go through JDBC)."""

_OPENS = re.compile(r"\bDriverManager\s*\.\s*getConnection\s*\(")
"""Code opening a JDBC connection from the driver itself (no pool, no lent `DataSource`)."""

_SQL_IMPORT = re.compile(r"^[ \t]*import[ \t]+java\.sql\.", re.MULTILINE)
"""Any import of JDBC's API, its wildcard (`import java.sql.*`) included."""

_DATASOURCE = re.compile(
    r"\b(?:[A-Z]\w*)?DataSource[ \t]+[a-z]\w*[ \t]*[;,)=]|:[ \t]*(?:[A-Z]\w*)?DataSource\b"
)
"""A field or parameter typed as a `DataSource` (`AgroalDataSource dataSource;`, Kotlin's
`dataSource: DataSource`): one the framework hands the class."""

_POOLED_OPENS = re.compile(r"\.getConnection\s*\(|\.connection\b")
"""A connection taken from that `DataSource` (Kotlin's property `dataSource.connection`)."""

_PREPARES = re.compile(r"\.prepare(?:Statement|Call)\s*\(")
"""A statement prepared on the connection: the code runs its SQL itself."""

_ROWS = re.compile(r"^[ \t]*import[ \t]+java\.sql\.ResultSet\b", re.MULTILINE)
"""Code reading the rows of a JDBC query."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give JDBC, seen in code, to each JVM application whose code and used modules are
    written to it while nothing names a data layer."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        if not any(
            s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV for s in signals
        ):
            continue
        modules = used_modules(unit, units, ECOSYSTEM)
        if any(
            s.kind in _LAYERS and s.name not in SEARCH_LAYERS
            for other in (unit, *modules)
            for s in other.signals.get(ECOSYSTEM, [])
        ):
            continue
        count, first = 0, ""
        for tree in [main_tree(unit), *(main_tree(other) for other in modules)]:
            paths = all_code_files(top, tree, _ENDINGS, MAX_FILES)
            if paths is None:
                count = 0
                break
            for path in paths:
                head = read_head(top, path, HEAD) or ""
                if _JDBC.search(head) or _HELPER.search(head):
                    count += 1
                    first = first or path
        if count >= MIN_FILES:
            evidence = Evidence(path=first, text=f"JDBC imported by {count} main sources")
        else:
            evidence = _client(top, unit, modules) or _pooled(top, unit)
        if evidence is not None:
            unit.signals[ECOSYSTEM].append(
                Signal(FindingKind.QUERY, "JDBC", Strength.ENTRY, evidence)
            )


def _client(top: str, unit: Unit, modules: list[Unit]) -> Evidence | None:
    """Where a module `unit` uses opens its JDBC connections (`DriverManager.getConnection`)
    and declares a database driver, while `unit`'s own main sources read a `ResultSet`: the
    source opening them, else None."""
    own = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES) or []
    if not any(_ROWS.search(read_head(top, path, HEAD) or "") for path in own):
        return None
    for module in modules:
        # The driver the client connects through is declared by the client's own build.
        if not any(
            s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV
            for s in module.signals.get(ECOSYSTEM, [])
        ):
            continue
        for path in all_code_files(top, main_tree(module), _ENDINGS, MAX_FILES) or []:
            text = read_text(top, path)[0] or ""
            match = _OPENS.search(text)
            if match is not None:
                line = text.count("\n", 0, match.start()) + 1
                shown = text.splitlines()[line - 1].strip()
                return Evidence(path=path, line=line, text=shown)
    return None


def _pooled(top: str, unit: Unit) -> Evidence | None:
    """Where `unit` declares a database driver and a main source of its own, handed a
    `DataSource`, opens connections from it and prepares statements: that source, else None."""
    if not any(
        s.kind is FindingKind.DATABASE and s.strength is Strength.DEPENDENCY
        for s in unit.signals.get(ECOSYSTEM, [])
    ):
        return None
    for path in all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES) or []:
        if not _SQL_IMPORT.search(read_head(top, path, HEAD) or ""):
            continue
        text = read_text(top, path)[0] or ""
        if _DATASOURCE.search(text) and _POOLED_OPENS.search(text):
            match = _PREPARES.search(text)
            if match is not None:
                line = text.count("\n", 0, match.start()) + 1
                return Evidence(path=path, line=line, text=text.splitlines()[line - 1].strip())
    return None
