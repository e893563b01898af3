"""JVM: a Spring Boot application that switches off its DataSource and builds none.

A build's convention plugin, or a shared module of its services, may put the JPA starter and
an embedded database on every service's classpath; a service keeping its rows through another
service's client excludes Spring Boot's DataSource auto-configuration
(`@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)`,
`@EnableAutoConfiguration(exclude = {…, DataSourceAutoConfiguration.class})`, or
`spring.autoconfigure.exclude` in its `application` settings). With no DataSource, JPA and
every JDBC layer have nothing to open: unless its code (or a module it uses) builds a
DataSource by hand (a `DataSource` bean, `DataSourceBuilder`, Hikari), the relational data
layers the modules it uses lend it are not its own (`build_modules`, `monorepo`). What its own
build declares is left to the rules that weigh its code (`jpa_unused`)."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.signals import Signal
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 400
"""Main sources read per module: a larger module is left alone."""

HEAD = 32768
"""Bytes read of a source or settings file."""

_ENDINGS = (".java", ".kt", ".groovy")

_BOOT_ANNOTATION = re.compile(r"@(?:SpringBootApplication|EnableAutoConfiguration)\s*\(")

_DATASOURCE_AUTO = re.compile(r"\bDataSourceAutoConfiguration\b")

_BUILT = re.compile(
    r"\bDataSource\b|\bDataSourceBuilder\b|\bHikariDataSource\b|\bHikariConfig\b"
    r"|\bDriverManagerDataSource\b|\bEmbeddedDatabaseBuilder\b"
    r"|\bLocalContainerEntityManagerFactoryBean\b"
)
"""Code building or naming a DataSource of its own (`javax.sql.DataSource` as a bean's
type, Spring's and Hikari's builders, an entity manager factory set up by hand)."""

_OWN_TYPE = re.compile(r"(?:@interface|\bclass|\binterface|\benum)\s+DataSource\b")
"""A type of the code's own called `DataSource`: the annotation RuoYi-derived projects declare
to switch among data sources (`public @interface DataSource`) builds none; only its uses
elsewhere (the aspect that switches) show a DataSource set up by hand."""

_SETTINGS = ("application.properties", "application.yml", "application.yaml")
"""The default profile's settings (a test profile excluding it says nothing of production)."""

_SETTINGS_EXCLUDE = re.compile(r"autoconfigure[\s\S]{0,80}?exclude[\s\S]{0,400}?"
                               r"\bDataSourceAutoConfiguration\b")

RELATIONAL_ENGINES = frozenset({
    "H2", "HSQLDB", "Derby", "PostgreSQL", "MySQL", "MariaDB", "SQL Server", "Oracle",
    "SQLite", "Db2",
})

_RELATIONAL_LAYERS = ("JPA", "Hibernate", "Spring JDBC", "JDBC", "Spring Data JDBC",
                      "MyBatis", "jOOQ", "Flyway", "Liquibase")


def relational(kind: FindingKind, name: str) -> bool:
    """Whether a finding is a layer or an engine that runs over a JDBC DataSource."""
    if kind is FindingKind.DATABASE:
        return name in RELATIONAL_ENGINES
    return kind in (FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS) and (
        name.startswith(_RELATIONAL_LAYERS)
    )


def closes(service: Unit, modules: Iterable[Unit]) -> bool:
    """Whether `service` excludes its DataSource and neither it nor `modules` (those of its
    build it uses) builds one: no relational data layer runs in it."""
    return service.excludes_datasource and not any(
        u.builds_datasource for u in (service, *modules)
    )


def drop(signals: list[Signal]) -> list[Signal]:
    """`signals` without the relational data layers and engines."""
    return [s for s in signals if not relational(s.kind, s.name)]


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark `Unit.excludes_datasource` the JVM modules whose application excludes the
    DataSource auto-configuration, and `Unit.builds_datasource` those whose main code
    builds a DataSource."""
    for unit in units.values():
        if ECOSYSTEM not in unit.signals:
            continue
        main = main_tree(unit)
        paths = all_code_files(top, main, _ENDINGS, MAX_FILES)
        if paths is None:
            unit.builds_datasource = True  # too large to read: taken to build one
            continue
        for path in paths:
            text = read_head(top, path, HEAD) or ""
            if _excluded_in_code(text):
                unit.excludes_datasource = True
            elif _BUILT.search(_OWN_TYPE.sub("", text)):
                unit.builds_datasource = True
        for name in _SETTINGS:
            text = read_head(top, posixpath.join(main, "resources", name), HEAD) or ""
            if _SETTINGS_EXCLUDE.search(text):
                unit.excludes_datasource = True


def _excluded_in_code(text: str) -> bool:
    """Whether a source's Spring Boot annotation excludes the DataSource auto-configuration
    (the file then names `DataSource` only in that class's name)."""
    for match in _BOOT_ANNOTATION.finditer(text):
        depth, end = 1, match.end()
        while end < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            end += 1
        arguments = text[match.end():end]
        if "exclude" in arguments and _DATASOURCE_AUTO.search(arguments):
            return not _BUILT.search(text)
    return False
