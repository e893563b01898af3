"""JVM: a JDBC driver a service is lent by library modules none of whose code opens a database.

A Gradle build's shared modules (utilities, a message model) may keep a `runtimeOnly` JDBC
driver (and Flyway) copied from the build's database services. Every service depending on them
for their utilities is then lent the driver, and the engine with it, though neither its own
main sources nor those of any module it uses are written to a data layer: nothing on its path
opens the database the driver reaches. Such a module is marked `Unit.data_codeless` here (its
main sources read, none importing a data layer's API), and `build_modules` (the modules a
service uses) and `monorepo` (the library modules folded into it) keep a lent JDBC engine and
migrations from a service where it and every module it uses are so marked and no module
declares a data layer (an ORM, a query library) beside the driver.
The service's own declarations stay: only what the modules lend is weighed.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 400
"""Main sources read per module: a larger module is taken to use a data layer."""

HEAD = 16384
"""Bytes read of a source: its imports."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala", ".xml")

_DATA_CODE = re.compile(
    r"^[ \t]*import[ \t]+(?:static[ \t]+)?(?:org\.apache\.ibatis|org\.mybatis|com\.baomidou"
    r"|tk\.mybatis|javax\.persistence|jakarta\.persistence|org\.hibernate\.(?!validator\b)"
    r"|org\.springframework\.data|org\.springframework\.jdbc|org\.springframework\.r2dbc"
    r"|org\.jooq|java\.sql|javax\.sql|org\.jdbi|io\.ebean|com\.querydsl|org\.jetbrains\.exposed"
    r"|org\.ktorm|io\.r2dbc|io\.vertx\.(?:sqlclient|pgclient|mysqlclient|jdbcclient)"
    r"|com\.github\.jasync|org\.flywaydb|liquibase|com\.zaxxer|org\.postgresql|com\.mysql"
    r"|oracle\.jdbc|kotliquery|slick|doobie|scalikejdbc|io\.agroal|io\.quarkus\.hibernate"
    r"|io\.micronaut\.data|app\.cash\.sqldelight|org\.sql2o|io\.getquill|anorm|play\.api\.db"
    r"|play\.db|com\.j256\.ormlite|org\.apache\.cayenne|org\.javalite|io\.requery|org\.seasar"
    r"|grails|gorm|org\.grails|org\.apache\.commons\.(?:dbcp2?|dbutils)|org\.apache\.tomcat\.jdbc"
    r"|com\.mchange)\b"
    r"|<mapper\b|<hibernate-mapping\b|<changeSet\b",
    re.MULTILINE,
)
"""Code written to (or opening) a relational database: the data layers' and pools' APIs, JDBC
itself, migrations' APIs; a MyBatis mapper, Hibernate mapping or Liquibase changelog file."""


_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark `Unit.data_codeless` the JVM modules whose main sources (all read) import no data
    layer's API."""
    for unit in units.values():
        signals = unit.signals.get(ECOSYSTEM)
        if not signals or any(s.name == "Grails" for s in signals):
            continue  # GORM's domain classes import nothing, and live outside src/main
        paths = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES)
        if not paths:
            continue  # too many to read, or a module of nothing but dependencies (a driver's)
        if not any(_DATA_CODE.search(read_head(top, path, HEAD) or "") for path in paths):
            unit.data_codeless = True


def lends_unopened(module: Unit) -> bool:
    """Whether a module's driver opens nothing: its code writes to no data layer, and its
    build declares none (a query library or ORM beside the driver is a data layer whose API
    may simply be one this module's reading does not know)."""
    return module.data_codeless and not any(
        s.kind in _LAYERS for s in module.signals.get(ECOSYSTEM, [])
    )


def unopened(service: Unit, used: list[Unit]) -> bool:
    """Whether nothing on a service's path opens a relational database: the service declares
    no data of its own, and it and every module of its build it uses write to no data layer,
    so a driver they lend it is no engine."""
    return (
        service.data_codeless
        and not shows_own_data(service, runtime=True)
        and all(lends_unopened(u) for u in used)
    )
