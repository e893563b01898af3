"""Django: the engine of a database backend the project writes itself.

A Django project may name its own backend in its settings (`'ENGINE': 'proj.mysql'`), a
package whose `base.py` subclasses one of Django's (`from django.db.backends.mysql import
base` … `class DatabaseWrapper(base.DatabaseWrapper):`, to create tables with
`ROW_FORMAT=DYNAMIC`). Its settings typically choose it when the deployment's configuration
has that server's section, and fall back to a SQLite file otherwise: read alone, the SQLite
literal looks like the engine, while the backend, written for one server, says what the
program runs on (`Scope.CHOSEN`, over that fallback; a production configuration still wins).

The walk reads a few files per folder and seldom the backend's `base.py`, so it is read here,
resolved from the dotted name in a settings module that already gave an engine signal (the
module holding the `DATABASES` entries), from that module's folder and each above it, up to
the project's.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import DJANGO_BACKENDS
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_OWN_ENGINE = re.compile(r"""["']ENGINE["'][ \t]*:[ \t]*["']((?!django)\w+(?:\.\w+)+)["']""")
"""A Django database entry naming a backend package outside Django's (`'proj.mysql'`)."""

_SUBCLASSED = re.compile(
    r"^from[ \t]+django\.(?:contrib\.gis\.)?db\.backends\.(\w+)(?:\.base)?[ \t]+import\b"
    r"[^\n]*\n(?:[^\n]*\n){0,60}?class[ \t]+DatabaseWrapper[ \t]*\([ \t]*[\w.]*DatabaseWrapper\b",
    re.MULTILINE,
)
"""A backend module importing one of Django's backends and subclassing its `DatabaseWrapper`."""

_DECIDED = frozenset({Scope.PRODUCTION, Scope.CHOSEN})


def read(top: str, units: dict[str, Unit]) -> None:
    """Give each Django project the engine of the database backend its settings name and its
    own package subclasses from Django's."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Django" for s in signals):
            continue
        databases = [s for s in signals if s.kind is FindingKind.DATABASE]
        if any(s.scope in _DECIDED for s in databases):
            continue
        settings = sorted({s.evidence.path for s in databases if s.evidence.path.endswith(".py")})
        for path in settings:
            found = _backend(top, unit.folder, path)
            if found is not None:
                signals.append(found)
                break


def _backend(top: str, folder: str, settings: str) -> Signal | None:
    """The engine of the own backend the settings module `settings` names, as a signal."""
    text = read_text(top, settings)[0] or ""
    for dotted in dict.fromkeys(_OWN_ENGINE.findall(text)):
        for path in _candidates(folder, settings, dotted):
            code = read_text(top, path)[0]
            match = _SUBCLASSED.search(code) if code else None
            if match is None or match.group(1) not in DJANGO_BACKENDS:
                continue
            line = code.count("\n", 0, match.start()) + 1
            evidence = Evidence(path=path, line=line, text=code.splitlines()[line - 1].strip())
            return Signal(
                FindingKind.DATABASE,
                DJANGO_BACKENDS[match.group(1)],
                Strength.ENTRY,
                evidence,
                scope=Scope.CHOSEN,
            )
    return None


def _candidates(folder: str, settings: str, dotted: str) -> list[str]:
    """Where the package `dotted` keeps its `base.py`: below the settings module's folder or
    any folder above it, up to the project's."""
    tail = dotted.replace(".", "/") + "/base.py"
    paths: list[str] = []
    current = posixpath.dirname(settings) or "."
    while True:
        paths.append(tail if current == "." else f"{current}/{tail}")
        if current in (folder, ".") or not current:
            return paths
        current = posixpath.dirname(current) or "."
