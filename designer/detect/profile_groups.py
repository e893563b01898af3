"""Spring: the datasource of the profiles a production profile group brings in.

A Spring Boot application may keep no datasource in its base configuration and one per profile
instead (`application-postgres.properties` with `driverClassName=org.postgresql.Driver` and
`url=${POSTGRES_DB_URL}`, `application-h2.properties` with an in-memory URL "for development"),
then name in the base file which profiles each way of running it starts with
(`spring.profiles.group.prod: "server, real_products, postgres"`, `test: "…, h2"`). Nothing
activates a profile in the repository itself (the deployment passes `prod`), so neither file
is read as the program's engine, and the build's drivers hide behind a catalogue's aliases.

The group named for production is how the operator runs it: the engine of the datasource its
member profiles' files set (their first JDBC URL, else the JDBC driver class they name, the
URL itself being given where it is deployed) is production configuration (`Scope.PRODUCTION`).
Groups named for anything else (dev, test, integration tests) change nothing, nor does a
member with no file of its own beside the base one, nor a base file under test resources.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import CONFIG, Unit
from designer.detect.engines import engine_of_jdbc, production_named, scope
from designer.detect.signals import LazyPattern, Scope, Signal, Strength
from designer.model.stack import Evidence, FindingKind

_SPRING_CONFIG = LazyPattern(r"application(?:-([\w.-]+))?\.(?:properties|ya?ml)")
"""Spring's configuration files: the base one and one per profile (`application-h2.yml`)."""

_GROUP_PROPERTY = LazyPattern(
    r"^[ \t]*spring\.profiles\.group\.([\w.-]+?)(?:\[\d+\])?[ \t]*[=:][ \t]*([^#\n]*)",
    re.MULTILINE,
)
"""`spring.profiles.group.prod=server,postgres` (or one `…prod[0]=postgres` per member)."""

_GROUP_BLOCK = LazyPattern(
    r"^([ \t]*)profiles:[ \t]*\n(?:[ \t]*#[^\n]*\n)*([ \t]+)group:[ \t]*\n", re.MULTILINE
)
"""YAML's `profiles:` then `group:` (comment lines may lie between): the groups follow."""

_ENTRY = LazyPattern(r"([ \t]*)([\w.-]+):[ \t]*([^#\n]*)")
_ITEM = LazyPattern(r"[ \t]*-[ \t]*([^#\n]+)")

_DRIVERS = {
    "org.postgresql.Driver": "PostgreSQL",
    "com.mysql.cj.jdbc.Driver": "MySQL",
    "com.mysql.jdbc.Driver": "MySQL",
    "org.mariadb.jdbc.Driver": "MariaDB",
    "com.microsoft.sqlserver.jdbc.SQLServerDriver": "SQL Server",
    "org.h2.Driver": "H2",
    "org.hsqldb.jdbc.JDBCDriver": "HSQLDB",
}
"""JDBC driver classes → engine: a profile that leaves its URL to the deployment still names
the driver it loads."""
_DRIVER_KEY = LazyPattern(r"driver[-_]?class[-_]?name[ \t]*[=:][ \t]*[\"']?([\w.]+)", re.I)


def mark(units: dict[str, Unit], files: list[tuple[str, str, str]]) -> None:
    """Give each unit the engine of the datasource its production profile group's members
    set, as production configuration."""
    by_folder: dict[str, dict[str, tuple[str, str, str]]] = {}
    bases: list[tuple[str, str]] = []  # (folder, text): `.properties` and `.yml` both count
    for path, owner, text in files:
        match = _SPRING_CONFIG.fullmatch(posixpath.basename(path))
        if match and match.group(1):
            by_folder.setdefault(posixpath.dirname(path), {})[match.group(1)] = (path, owner, text)
        elif match and scope(path, "", True) is not Scope.TEST:
            bases.append((posixpath.dirname(path), text))
    for folder, text in bases:
        profiles = by_folder.get(folder, {})
        for name, members in groups(text).items():
            if not production_named(f"application-{name}"):
                continue
            for member in members:
                chosen = profiles.get(member)
                found = profile_engine(chosen[0], chosen[2]) if chosen else None
                unit = units.get(chosen[1]) if chosen else None
                if found is None or unit is None:
                    continue
                unit.signals[CONFIG].append(
                    Signal(
                        FindingKind.DATABASE,
                        found[0],
                        Strength.ENTRY,
                        found[1],
                        scope=Scope.PRODUCTION,
                    )
                )


def groups(text: str) -> dict[str, list[str]]:
    """Group name → its member profiles, from a base configuration's properties or YAML."""
    found: dict[str, list[str]] = {}
    for match in _GROUP_PROPERTY.finditer(text):
        found.setdefault(match.group(1), []).extend(_split(match.group(2)))
    block = _GROUP_BLOCK.search(text)
    if block is None:
        return found
    outer = len(block.group(2))
    current: str | None = None
    for line in text[block.end() :].splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= outer:
            break  # the next key of `profiles:` (or beyond): the groups end
        if (item := _ITEM.fullmatch(line)) and current is not None:
            found[current].extend(_split(item.group(1)))  # a YAML list of members
        elif entry := _ENTRY.fullmatch(line):
            current = entry.group(2)
            found.setdefault(current, []).extend(_split(entry.group(3)))
    return found


def _split(value: str) -> list[str]:
    return [p.strip().strip("'\"") for p in value.strip().strip("'\"").split(",") if p.strip()]


def profile_engine(path: str, text: str) -> tuple[str, Evidence] | None:
    """The engine of a profile file's datasource: its first JDBC URL outside comments, else
    the JDBC driver class it names."""
    driver: tuple[str, Evidence] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "!")):
            continue
        evidence = Evidence(path=path, line=number, text=stripped)
        if engine := engine_of_jdbc(stripped):
            return engine, evidence
        key = _DRIVER_KEY.search(stripped)
        if driver is None and key and (engine := _DRIVERS.get(key.group(1), "")):
            driver = (engine, evidence)
    return driver
