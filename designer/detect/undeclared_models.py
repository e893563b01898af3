"""SQLAlchemy models of a Python service no manifest declares.

A small Python server kept with no manifest at all (no requirements list, no pyproject, no
image installing its packages: its README asks the reader to `pip install flask sqlalchemy`
by hand) has no declaration to name its data layer, yet its own modules may declare its SQL
models (`from sqlalchemy.ext.declarative import declarative_base`, `Base =
declarative_base()`, classes with `__tablename__`). Declaring the models is what a data layer
is: where a unit has no manifest of any language, a Python framework, and one of its own
modules (not its tests, nor nested projects) both imports SQLAlchemy and declares a model on
it, SQLAlchemy is its data layer, its evidence that import. (An import alone is not enough: a
script reflecting someone else's tables declares none.) A model is a declarative class or a Core
table declared on a MetaData. A manifest declaring no dependency at all (a distutils setup.py
packaging the modules, its README listing Flask and SQLAlchemy to install) says no more than
none: such a unit is read the same way. So does a manifest of another language only (a
webpack package.json building the server's embeddable JavaScript): it declares nothing of
the Python server beside it.

A Django project kept the same way (manage.py, settings.py and its apps' models.py, with no
requirements list) is found from its code, and its models (`from django.db import models`,
`class Course(models.Model):`) are the Django ORM's: where the framework found is Django, a
module declaring such a model names the Django ORM (and its migrations) the same way.

A Django project whose requirements name only Django's add-ons (Django REST framework and
`django-*` apps) installs them into an image that already ships Django (a base image tagged
with Django's version): its manifest names no host and no ORM, yet the add-on confirms Django
(`assemble.HOST_OF`). Such a unit is read the same way, for the host's data layer only.
"""

from __future__ import annotations

import re

from designer.detect.assemble import HOST_OF, Unit, declares_nothing
from designer.detect.ecosystems import python
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Lines, Signal, Strength
from designer.model.stack import FindingKind

_IMPORT = re.compile(r"^(?:from[ \t]+sqlalchemy\b[\w.]*[ \t]+import\b|import[ \t]+sqlalchemy\b)",
                     re.MULTILINE)
"""An import of SQLAlchemy at a module's top level."""

_MODEL = re.compile(
    r"\bdeclarative_base\(|^class[ \t]+\w+\([^)\n]*\bBase\b[^)\n]*\)[ \t]*:"
    r"|\bDeclarativeBase\b"
    r"|^\w+[ \t]*=[ \t]*(?:\w+\.)?Table\(\s*['\"]\w+['\"]\s*,\s*\w*meta\w*\s*,",
    re.MULTILINE | re.IGNORECASE,
)
"""A declarative base built, a model class declared on one, or a Core table declared on a
MetaData (`affiliation = Table('affiliation', metadata, Column(...))`)."""

_DJANGO_IMPORT = re.compile(r"^[ \t]*from[ \t]+django\.db[ \t]+import\b[^\n]*\bmodels\b",
                            re.MULTILINE)
"""Django's model module imported (`from django.db import models`)."""

_DJANGO_MODEL = re.compile(r"^class[ \t]+\w+\([^)\n]*\bmodels\.Model\b[^)\n]*\)[ \t]*:",
                           re.MULTILINE)
"""A model class declared on Django's base (`class Course(models.Model):`)."""

_Layer = tuple[str, re.Pattern[str], re.Pattern[str], str | None]

_LAYERS: tuple[_Layer, ...] = (
    ("sqlalchemy", _IMPORT, _MODEL, None),
    ("django", _DJANGO_IMPORT, _DJANGO_MODEL, "Django"),
)
"""Per data layer: the package named, its import, its model, the framework it needs (if any)."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Python service with no manifest at all the SQLAlchemy its modules declare
    models on (see the module's docstring)."""
    folders = list(units)
    for folder, unit in units.items():
        own = unit.signals.get("python", [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in own):
            continue
        if any(s.kind in (FindingKind.ORM, FindingKind.QUERY) for s in own):
            continue
        frameworks = {s.name for s in own if s.kind is FindingKind.FRAMEWORK}
        if all(
            eco != "python" or declares_nothing(path, result)
            for path, eco, result in unit.manifests
        ):
            layers = [x for x in _LAYERS if x[3] is None or x[3] in frameworks]
        else:
            hosts = _hosts_of_declared_add_ons(own)
            layers = [x for x in _LAYERS if x[3] in hosts and x[3] in frameworks]
            if not layers:
                continue
        for module in each_module(top, folder, nested_projects(folder, folders)):
            if module is None:
                break
            path, text = module
            hit = _declared(text, layers)
            if hit is None:
                continue
            package, number = hit
            own += python.installed_by_name(Lines(path, text), [(number, package)]).signals
            unit.signals["python"] = own
            break


def _hosts_of_declared_add_ons(own: list[Signal]) -> set[str]:
    """The hosts (`HOST_OF`) of the add-ons a manifest declares while naming no host itself:
    the host came with the image the manifest is installed into."""
    declared = {
        s.name
        for s in own
        if s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.ENTRY
    }
    return {HOST_OF[name] for name in declared if name in HOST_OF} - declared


def _declared(text: str, layers: list[_Layer]) -> tuple[str, int] | None:
    """The package whose models a module both imports and declares, and the import's line
    index; None where it declares none."""
    for package, imported, model, _ in layers:
        found = imported.search(text)
        if found is not None and model.search(text) is not None:
            return package, text.count("\n", 0, found.start())
    return None
