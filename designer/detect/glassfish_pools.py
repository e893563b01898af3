"""JVM: the engine of the GlassFish or Payara pool a persistence unit's datasource is bound to.

A Java EE application deployed on GlassFish or Payara reaches its database through a
container-managed datasource: its persistence unit names it by JNDI (`<jta-data-source>
jdbc/app</jta-data-source>`), its build names no driver (the server holds it), and the server's
configuration binds that name to a connection pool (`<jdbc-resource pool-name="appPool"
jndi-name="jdbc/app"/>`, `<jdbc-connection-pool name="appPool" datasource-classname=
"org.postgresql.xa.PGXADataSource">` with its `URL` property). A project may ship that
configuration: the server's `domain.xml` kept for deployment in a configuration folder of the
repository, or the resources file the server applies on deployment (`glassfish-resources.xml`,
`payara-resources.xml`, `sun-resources.xml` before GlassFish 3). The pool's JDBC URL, else its
datasource or driver class, names the engine the program runs on.

Only JVM units with a data layer and no engine are read, only the names their own persistence
units (`persistence.xml` in the conventional META-INF folders) give, and only pools a resource
of those very names is bound to: the server's own pools (its timer service's embedded Derby)
serve something else.
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.engineless import engineless
from designer.detect.engines import engine_of_jdbc
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "jvm"

CONFIG_FILES = frozenset(
    {"domain.xml", "glassfish-resources.xml", "payara-resources.xml", "sun-resources.xml"}
)
"""The GlassFish and Payara files that define JDBC resources and pools."""

_PERSISTENCE = (
    "src/main/resources/META-INF",
    "src/main/webapp/WEB-INF/classes/META-INF",
    "src/META-INF",
    "ejbModule/META-INF",
    "META-INF",
)
"""Where a module keeps its persistence.xml, under its folder."""

MAX_FOLDERS = 4000
"""Folders of the repository walked for the server's configuration files, at most."""

_JTA = re.compile(r"<jta-data-source>\s*([^<\s]+)\s*</jta-data-source>")
_RESOURCE = re.compile(r"<jdbc-resource\b([^>]*)>")
_POOL = re.compile(r"<jdbc-connection-pool\b([^>]*)>(.*?)</jdbc-connection-pool>", re.S)
_ATTRIBUTE = re.compile(r"([\w-]+)[ \t\r\n]*=[ \t\r\n]*\"([^\"]*)\"")
_JNDI_PREFIX = re.compile(r"^java:(?:comp/env|app|global|module)/")

_CLASSES = (
    ("org.postgresql.", "PostgreSQL"),
    ("com.mysql.", "MySQL"),
    ("org.mariadb.", "MariaDB"),
    ("oracle.jdbc.", "Oracle"),
    ("com.microsoft.sqlserver.", "SQL Server"),
    ("net.sourceforge.jtds.", "SQL Server"),
    ("org.apache.derby.", "Derby"),
    ("org.h2.", "H2"),
    ("org.hsqldb.", "HSQLDB"),
)
"""A datasource or driver class's package → the engine it connects to."""


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give each engineless JVM unit the engine of the shipped GlassFish or Payara pool its
    persistence unit's JTA datasource is bound to."""
    wanted = {
        unit.folder: (holder, names)
        for unit, holder in engineless(units.values())
        if any(e == LANGUAGE for _, e, _ in unit.manifests)
        for names in [_datasources(top, unit.folder)]
        if names
    }
    if not wanted:
        return
    configs = _config_files(top)
    for folder, (holder, names) in wanted.items():
        for engine, evidence in _bound(top, configs, names).items():
            units[folder].signals[holder].append(
                Signal(
                    FindingKind.DATABASE, engine, Strength.DEPENDENCY, evidence, scope=Scope.RUNTIME
                )
            )


def _jndi(name: str) -> str:
    return _JNDI_PREFIX.sub("", name.strip())


def _datasources(top: str, folder: str) -> set[str]:
    """The JTA datasource names the module's persistence units give."""
    base = "" if folder == "." else folder + "/"
    names: set[str] = set()
    for place in _PERSISTENCE:
        text = read_text(top, f"{base}{place}/persistence.xml")[0]
        if text:
            names |= {_jndi(name) for name in _JTA.findall(text)}
    return names


def _config_files(top: str) -> list[str]:
    """Paths of the GlassFish and Payara resource files of the repository, in walk order."""
    found: list[str] = []
    left = MAX_FOLDERS
    for root, dirs, files in os.walk(top):
        left -= 1
        if left < 0:
            break
        dirs[:] = sorted(
            d for d in dirs if d not in PRUNED and d not in TEST_FOLDERS and not d.startswith(".")
        )
        relative = os.path.relpath(root, top).replace(os.sep, "/")
        for name in sorted(files):
            if name in CONFIG_FILES:
                found.append(name if relative == "." else f"{relative}/{name}")
    return found


def _attributes(text: str) -> dict[str, str]:
    return {key.lower(): value for key, value in _ATTRIBUTE.findall(text)}


def _bound(top: str, configs: list[str], names: set[str]) -> dict[str, Evidence]:
    """Engine → where a pool that a resource of `names` is bound to names it."""
    engines: dict[str, Evidence] = {}
    for path in configs:
        text = read_text(top, path)[0] or ""
        pools = {
            _attributes(resource.group(1)).get("pool-name", "")
            for resource in _RESOURCE.finditer(text)
            if _jndi(_attributes(resource.group(1)).get("jndi-name", "")) in names
        }
        for pool in _POOL.finditer(text):
            attributes = _attributes(pool.group(1))
            if attributes.get("name", "") not in pools - {""}:
                continue
            engine, offset = _engine(pool.group(2), attributes)
            if engine and engine not in engines:
                start = pool.start(2) + offset if offset >= 0 else pool.start()
                line = text.count("\n", 0, start) + 1
                shown = text[text.rfind("\n", 0, start) + 1 :].split("\n", 1)[0].strip()
                engines[engine] = Evidence(path=path, line=line, text=shown)
    return engines


def _engine(body: str, attributes: dict[str, str]) -> tuple[str, int]:
    """The engine a pool's JDBC URL (and its offset in `body`), else its classes, name."""
    for prop in re.finditer(r"<property\b[^>]*>", body):
        values = _attributes(prop.group(0))
        if values.get("name", "").lower() in ("url", "jdbcurl", "connectionurl"):
            engine = engine_of_jdbc(values.get("value", ""))
            if engine:
                return engine, prop.start()
    for key in ("datasource-classname", "driver-classname"):
        for prefix, engine in _CLASSES:
            if attributes.get(key, "").startswith(prefix):
                return engine, -1
    return "", -1
