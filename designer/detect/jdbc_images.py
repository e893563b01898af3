"""JVM: the engines whose JDBC driver jars the project's own image adds to its server.

A Java EE application deployed on a full application server (WildFly, JBoss, TomEE) may reach
its database through a container-managed datasource (`<jta-data-source>java:/datasources/…`)
whose definition lives outside the repository, its build naming no driver: the server holds
the driver, and the image the project builds puts it there (`ADD docker/ojdbc7.jar
/opt/jboss/wildfly/standalone/deployments/`, `COPY postgresql-42.7.3.jar $CATALINA_HOME/lib/`).
The drivers the image ships are the engines the datasource can be: each gets a driver's signal
(an image adding the drivers of two engines gives both: either is the answer).

Only JVM projects serving through a framework with no engine named otherwise at run time, in
a tree whose JVM modules keep a data layer (the server's own, or a module its archive packs),
are read, and only Dockerfiles among their command files
(`project_commands`: their folder's top, then the repository's), on ADD, COPY and RUN lines.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import command_texts
from designer.detect.signals import Scope, Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "jvm"

_JARS = (
    (re.compile(r"\bojdbc\d*(?:[-_.][\w.]*)?\.jar\b"), "Oracle"),
    (re.compile(r"\b(?:sqljdbc\d*|mssql-jdbc[-\w.]*)\.jar\b"), "SQL Server"),
    (re.compile(r"\bpostgresql-\d[\w.-]*\.jar\b"), "PostgreSQL"),
    (re.compile(r"\bmysql-connector-j(?:ava)?[-\w.]*\.jar\b"), "MySQL"),
    (re.compile(r"\bmariadb-java-client[-\w.]*\.jar\b"), "MariaDB"),
)
"""A JDBC driver's jar file name → the engine it connects to."""

_LINE = re.compile(r"^[ \t]*(?:ADD|COPY|RUN)\b[^\n]*", re.M | re.I)
"""An instruction that may put a file into the image."""

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})


def add(top: str, units: dict[str, Unit]) -> None:
    """Give each engine whose driver jar the project's image adds a driver's signal, in JVM
    projects with a data layer and no engine named at run time."""
    # The data layer may live in a module the server's archive packs (an EJB module's
    # persistence unit beside the war), which lends it to the server only when the report is
    # assembled: any JVM module of the tree keeping one is asked.
    if not any(
        s.kind in _DATA and s.strength is not Strength.DEV
        for unit in units.values()
        for s in unit.signals.get(LANGUAGE, [])
    ):
        return
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        found = [s for group in unit.signals.values() for s in group]
        if any(s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV for s in found):
            continue
        own = "" if unit.folder == "." else unit.folder
        for engine, evidence in _added(top, tuple(dict.fromkeys((own, "")))).items():
            signals.append(
                Signal(
                    FindingKind.DATABASE,
                    engine,
                    Strength.DEPENDENCY,
                    evidence,
                    scope=Scope.RUNTIME,
                )
            )
        unit.signals[LANGUAGE] = signals


def _added(top: str, folders: tuple[str, ...]) -> dict[str, Evidence]:
    """Engine → the first line of the first Dockerfile of `folders` adding its driver jar."""
    engines: dict[str, Evidence] = {}
    for path, text in command_texts(top, folders):
        if not posixpath.basename(path).startswith("Dockerfile"):
            continue
        for line in _LINE.finditer(text):
            for pattern, engine in _JARS:
                if engine not in engines and pattern.search(line.group(0)):
                    number = text.count("\n", 0, line.start()) + 1
                    engines[engine] = Evidence(path=path, line=number, text=line.group(0).strip())
        if engines:
            break
    return engines
