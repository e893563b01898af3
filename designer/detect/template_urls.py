"""The engine a Python service's shipped settings template offers in its example database URLs.

A Python service configured through an INI file the operator writes from a template
(`etc/app.ini.template`: a `[database]` section whose `url=` is left blank, and a comment above
it giving SQLAlchemy URL forms, `sqlite+pysqlite:////file_path` and
`mysql+mysqlconnector://<user>:<password>@<host>/<dbname>`) may declare no driver anywhere: its
setup.py lists no requirements and its README names the modules to install. The template's URLs
are then the only word on its engine. One server engine offered beside SQLite is the one a
deployment runs on (SQLite is the one-file store of a trial or a test run); one engine alone is
that engine; several server engines leave the choice open, and nothing is added.

Only units with a SQLAlchemy data layer and no engine from any other source are read, and only
templates of INI-like settings (`*.ini`, `*.cfg`, `*.conf` with a `.template`, `.example`,
`.sample` or `.dist` suffix) in the unit's folder or its `etc/`, `config/` or `conf/` folder.
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.engines import engine_of_url
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_TEMPLATE = re.compile(r"(?i)^[\w.-]+\.(?:ini|cfg|conf)\.(?:template|example|sample|dist)$")
"""A settings template's file name (`hedwig.ini.template`, `app.cfg.example`)."""

_PLACES = ("", "etc", "config", "conf")
"""Folders of the unit where its settings templates are kept."""

_SQL_ENGINES = frozenset(
    {"MySQL", "MariaDB", "PostgreSQL", "SQLite", "SQL Server", "Oracle", "CockroachDB"}
)
"""The engines SQLAlchemy's dialects reach: a template's other URLs (a broker's, a document
store's) say nothing of this data layer's engine."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Add the engine a SQLAlchemy service's settings template offers (see the module's
    docstring) to units that show no engine."""
    for unit in units.values():
        signals = [s for found in unit.signals.values() for s in found]
        if any(s.kind is FindingKind.DATABASE for s in signals):
            continue
        if not any(s.kind is FindingKind.ORM and s.name == "SQLAlchemy" for s in signals):
            continue
        found = _offered(top, unit.folder)
        servers = {engine for engine in found if engine != "SQLite"}
        if len(servers) > 1 or not found:
            continue
        engine = next(iter(servers)) if servers else "SQLite"
        unit.signals.setdefault("python", []).append(
            Signal(FindingKind.DATABASE, engine, Strength.ENTRY, found[engine],
                   scope=Scope.RUNTIME)
        )


def _offered(top: str, folder: str) -> dict[str, Evidence]:
    """Engine → the first template line offering it, over the unit's settings templates."""
    offered: dict[str, Evidence] = {}
    for place in _PLACES:
        relative = "/".join(p for p in (folder if folder != "." else "", place) if p)
        base = os.path.join(top, *relative.split("/")) if relative else top
        try:
            names = sorted(os.listdir(base))
        except OSError:
            continue
        for name in names:
            if not _TEMPLATE.match(name):
                continue
            path = f"{relative}/{name}" if relative else name
            text = read_text(top, path)[0] or ""
            for number, line in enumerate(text.splitlines()[:400], 1):
                engine = engine_of_url(line)
                if engine in _SQL_ENGINES:
                    offered.setdefault(engine, Evidence(path, number, line.strip()[:200]))
    return offered
