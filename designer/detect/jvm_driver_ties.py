r"""The engine of a JVM service that gets several JDBC drivers from its build and no setting.

A service of a Maven reactor may reach two JDBC drivers through the library modules it uses
(`ojdbc8` in the module binding the database, a `mysql-connector-java` left in a module of
service logic) while its own configuration names no datasource (the URL is given where it is
deployed). Drivers alone then tie, and the first one met wins. The repository's other files
may still say which engine it is: a JDBC URL in a module's example configuration, a test
context's datasource (`jdbc:oracle:thin:@host:1531:name`). Where exactly one of the service's
engines is named by such a URL anywhere in the repository and the others by none, that one is
its engine (the others stay, secondary). An embedded engine (H2, HSQLDB, Derby) is never
promoted so: its URL is a test's. A service with a setting or a Compose database naming its
engine is left alone: only ties of build files are read.

A Java properties file may escape the URL's colons (`database.url=jdbc\:postgresql\://…`, as
Spring Roo and the IDEs' editors write them): read unescaped. Where URLs name several of the
tied engines, the one under the key of the program's own datasource (`database.url`,
`app.datasource.jdbc-url`: a datasource's URL key with nothing between) wins over those of
datasources named for another system it only reads (`app.datasource.registry.jdbc-url`, a
bean's inline `<property name="url" value="jdbc:…"/>`), when exactly one of the tied engines
is named so in the service's own main tree (`src/main/`: its resources, its webapp), not a
tool's example configuration elsewhere in the repository.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.codewalk import all_code_files
from designer.detect.engines import EMBEDDED, engine_of_jdbc
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import DetectedBackend, Finding, FindingKind

_LANGUAGES = frozenset({"Java", "Kotlin", "Scala", "Groovy"})

_BUILD_FILES = frozenset({"pom.xml", "build.gradle", "build.gradle.kts", "build.sbt"})

_ENDINGS = (".properties", ".yml", ".yaml", ".xml", ".conf")
"""Files read for JDBC URLs: configurations and Spring's XML contexts."""

_JDBC_URL = re.compile(r"\bjdbc:\w+:")
"""A JDBC URL's start (`jdbc:oracle:`), its engine read by `engines.engine_of_jdbc`."""

_OWN_URL = re.compile(
    r"^[ \t]*(?:[\w-]+\.)*(?:(?:datasource|database|db)[.-](?:url|jdbc-url|jdbcUrl)|jdbc\.url)"
    r"[ \t]*[=:][ \t]*[\"']?(jdbc:\w+:)",
    re.MULTILINE,
)
"""A properties or YAML line giving the program's own datasource its URL: the URL key right
after the datasource's word (`spring.datasource.url=`, `database.url=`, `jdbc.url:`), not a
named datasource's (`app.datasource.registry.jdbc-url`)."""

JDBC_ENGINES = frozenset(
    {"PostgreSQL", "MySQL", "MariaDB", "Oracle", "SQL Server", "DB2", "SQLite", "CockroachDB"}
)
"""Server engines a JDBC driver reaches. A tie with another kind of store (Cassandra through
the DataStax driver, beside a PostgreSQL driver a module keeps) is no tie of JDBC drivers: the
URL of one of them says nothing of the other."""

MAX_FILES = 2000
"""Configuration files read at most: a larger tree is left alone."""


def prefer_named(top: str, found: list[DetectedBackend]) -> None:
    """Put first, among a JVM service's engines that only build files name, the one engine a
    JDBC URL of the repository names."""
    tied = [b for b in found if b.language in _LANGUAGES and _driver_tie(b)]
    if not tied:
        return
    named, own = _named_engines(top)
    if not named:
        return
    for backend in tied:
        databases = [f for f in backend.findings if f.kind is FindingKind.DATABASE]
        main = "src/main/" if backend.folder == "." else f"{backend.folder}/src/main/"
        kept = {engine for path, engine in own if path.startswith(main)}
        chosen = _chosen(databases, named) or _chosen(databases, kept)
        if chosen is None or chosen is databases[0]:
            continue
        index = backend.findings.index(databases[0])
        backend.findings.remove(chosen)
        backend.findings.insert(index, chosen)


def _chosen(databases: list[Finding], named: set[str]) -> Finding | None:
    """The one server engine of `databases` that `named` holds, when the others are not in it."""
    chosen = [f for f in databases if f.name in named and f.name not in EMBEDDED]
    if len(chosen) != 1 or any(f.name in named for f in databases if f is not chosen[0]):
        return None
    return chosen[0]


def _driver_tie(backend: DetectedBackend) -> bool:
    """Whether the backend has several engines, all of JDBC drivers (or embedded), each named
    by build files only."""
    databases = [f for f in backend.findings if f.kind is FindingKind.DATABASE]
    return (
        len(databases) > 1
        and all(f.name in JDBC_ENGINES or f.name in EMBEDDED for f in databases)
        and all(
            e.path and posixpath.basename(e.path) in _BUILD_FILES
            for f in databases
            for e in f.evidence
        )
    )


def _named_engines(top: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The engines the JDBC URLs of the repository's configuration files name, and (path,
    engine) of those the URL keys of own datasources name (`_OWN_URL`)."""
    paths = all_code_files(top, ".", _ENDINGS, MAX_FILES, skip_dir=_skipped)
    if paths is None:
        return set(), set()
    named: set[str] = set()
    own: set[tuple[str, str]] = set()
    for path in paths:
        if posixpath.basename(path) in _BUILD_FILES:
            continue
        text = read_text(top, path)[0] or ""
        if path.endswith(".properties"):
            text = text.replace("\\:", ":")  # a properties file's escaped colon
        if "jdbc:" in text:
            named |= {engine_of_jdbc(m.group(0)) for m in _JDBC_URL.finditer(text)} - {""}
            own |= {(path, engine_of_jdbc(m.group(1))) for m in _OWN_URL.finditer(text)}
    return named, own


def _skipped(name: str) -> bool:
    return name in PRUNED or name in ("target", "build", "node_modules")
