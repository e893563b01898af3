"""SQLAlchemy models of a Python service no manifest declares.

A small Python server kept with no manifest at all (no requirements list, no pyproject, no
image installing its packages: its README asks the reader to `pip install flask sqlalchemy`
by hand) has no declaration to name its data layer, yet its own modules may declare its SQL
models (`from sqlalchemy.ext.declarative import declarative_base`, `Base =
declarative_base()`, classes with `__tablename__`). Declaring the models is what a data layer
is: where a unit has no manifest of any language, a Python framework, and one of its own
modules (not its tests, nor nested projects) both imports SQLAlchemy and declares a model on
it, SQLAlchemy is its data layer, its evidence that import. (An import alone is not enough: a
script reflecting someone else's tables declares none.)
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Lines
from designer.model.stack import FindingKind

_IMPORT = re.compile(r"^(?:from[ \t]+sqlalchemy\b[\w.]*[ \t]+import\b|import[ \t]+sqlalchemy\b)",
                     re.MULTILINE)
"""An import of SQLAlchemy at a module's top level."""

_MODEL = re.compile(
    r"\bdeclarative_base\(|^class[ \t]+\w+\([^)\n]*\bBase\b[^)\n]*\)[ \t]*:"
    r"|\bDeclarativeBase\b",
    re.MULTILINE,
)
"""A declarative base built, or a model class declared on one."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Python service with no manifest at all the SQLAlchemy its modules declare
    models on (see the module's docstring)."""
    folders = list(units)
    for folder, unit in units.items():
        if unit.manifests:
            continue
        own = unit.signals.get("python", [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in own):
            continue
        if any(s.kind in (FindingKind.ORM, FindingKind.QUERY) for s in own):
            continue
        for module in each_module(top, folder, nested_projects(folder, folders)):
            if module is None:
                break
            path, text = module
            found = _IMPORT.search(text)
            if found is None or _MODEL.search(text) is None:
                continue
            number = text.count("\n", 0, found.start())
            own += python.installed_by_name(Lines(path, text), [(number, "sqlalchemy")]).signals
            unit.signals["python"] = own
            break
