"""Spring applications whose base configuration defaults their only datasource to a file
database.

`spring.datasource.url=${APP_DB_URL:jdbc:h2:file:./database/app}` in `application.properties`
names the store the program opens and keeps its data in when run as shipped, by itself: an
embedded database kept in a file, not a local server a developer starts (the usual reading of
an environment lookup's default, `Scope.FALLBACK`). Where that file configures no other engine,
this default is the program's own choice (`Scope.CHOSEN`), and a Compose file offering a server
engine through the same variable is one way to deploy it. Where the same file also points at
another store (a graph database's `spring.neo4j.uri` beside an H2 file for the users), the file
database is the side store and stays a fallback; so does an in-memory default, which keeps
nothing.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.signals import LazyPattern, Scope
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_SPRING_BASE = frozenset({"application.properties", "application.yml", "application.yaml"})
"""A Spring application's base configuration, which every profile starts from."""

_FILE_DATABASE_DEFAULT = LazyPattern(
    r"\$\{[\w.-]+:jdbc:(?:h2:(?!mem:|tcp:|ssl:)|hsqldb:file:|sqlite:|derby:(?!memory:))"
)
"""A datasource URL whose environment lookup defaults to an embedded database in a file."""


def mark(units: dict[str, Unit]) -> None:
    """Rank as the program's own default the file database a Spring base configuration
    defaults its only datasource to."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        engines: dict[str, set[str]] = {}
        for s in signals:
            if s.kind is FindingKind.DATABASE:
                engines.setdefault(s.evidence.path, set()).add(s.name)
        unit.signals[LANGUAGE] = [
            s.replace(scope=Scope.CHOSEN)
            if s.kind is FindingKind.DATABASE
            and s.scope is None
            and posixpath.basename(s.evidence.path) in _SPRING_BASE
            and len(engines.get(s.evidence.path, set())) == 1
            and _FILE_DATABASE_DEFAULT.search(s.evidence.text or "")
            else s
            for s in signals
        ]
