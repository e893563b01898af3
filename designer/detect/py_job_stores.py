"""Python: SQLAlchemy kept only as a scheduler's job store beside the program's data layer.

APScheduler persists its jobs through SQLAlchemy (`SQLAlchemyJobStore(engine=…)`, often over a
local SQLite file), so a service scheduling its work declares SQLAlchemy in its requirements
although none of its own data goes through it: its records live in another store, reached
through that store's client (PyMongo's collections, say). Ranked as kinds alone, the ORM
outranks the client and names the data layer.

So in a Python project whose signals name another data layer beside SQLAlchemy, the project's
own modules (not its tests, installed packages, nor the projects nested in it) are read within
`pymodules`' budget; when every module importing SQLAlchemy builds a scheduler's
`SQLAlchemyJobStore`, SQLAlchemy is dropped as a data layer. A module using SQLAlchemy for
anything else (it builds no job store) keeps it, as does a project with no other layer.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.bare_drivers import ORM_MODULES
from designer.detect.pymodules import each_module, nested_projects
from designer.model.stack import FindingKind

LANGUAGE = "python"

_LAYER = "SQLAlchemy"
_LAYERS = (FindingKind.ORM, FindingKind.QUERY)

_IMPORTED = re.compile(
    r"^[ \t]*(?:import|from)[ \t]+(?:"
    + "|".join(map(re.escape, ORM_MODULES[_LAYER]))
    + r")\b",
    re.MULTILINE,
)
"""An import of SQLAlchemy or one of its integrations."""

_JOB_STORE = re.compile(r"\bSQLAlchemyJobStore[ \t]*\(")
"""APScheduler's job store over SQLAlchemy, built."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop SQLAlchemy from each Python project with another data layer whose every module
    importing SQLAlchemy only builds a scheduler's job store with it."""
    folders = list(units)
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind in _LAYERS and s.name == _LAYER for s in signals):
            continue
        if not any(s.kind in _LAYERS and s.name != _LAYER for s in signals):
            continue  # the only layer the project declares
        if _job_store_only(top, folder, nested_projects(folder, folders)):
            unit.signals[LANGUAGE] = [
                s for s in signals if not (s.kind in _LAYERS and s.name == _LAYER)
            ]


def _job_store_only(top: str, folder: str, nested: set[str]) -> bool:
    """Whether some module of `folder` imports SQLAlchemy and each that does builds a job
    store (False when the budget runs out first)."""
    importers = 0
    for found in each_module(top, folder, nested):
        if found is None:
            return False
        text = found[1]
        if _IMPORTED.search(text):
            if not _JOB_STORE.search(text):
                return False
            importers += 1
    return importers > 0
