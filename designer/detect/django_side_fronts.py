"""A Django front with no database in a folder of its own beside another framework's server.

One Python project may hold two programs sharing its requirements file: a server of another
framework (a Flask API started in `app/rest/manage.py`) and, in a folder of its own, a Django
project (`ui/manage.py`, `ui/ui/settings.py`) that renders pages from that API. The Django
project is a UI when its settings set no `DATABASES` (a block left commented out keeps Django's
dummy backend), it declares no model and runs no raw SQL, its views render templates and its
modules import an HTTP client (`django_pages`' test, for a Django project that is the unit's only
framework). Its Django signals (the framework, the ORM and migrations the package is read as)
are then dropped from the unit, which the other framework's server names. Only a unit whose
frameworks started in code are Django and one other, with every Django start inside that one
folder and none of the other's, is read.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.django_pages import _FETCHES, _RENDERS, _seen
from designer.detect.pymodules import any_module
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_DJANGO = frozenset({"Django", "Django ORM", "Django migrations"})
"""The framework and what the Django package itself is read as."""

_OWN_DATA = re.compile(
    r"^[ \t]*DATABASES[ \t]*[=\[]|\bmodels\.Model\b"
    r"|^[ \t]*from[ \t]+django\.db\.models[ \t]+import\b[^\n]*\bModel\b"
    r"|\bAbstract(?:Base)?User\b|\bconnection\.cursor\(|\bconnections\[|\.objects\.raw\(",
    re.MULTILINE,
)
"""A database set by the settings (not a commented-out block), a model of its own or raw SQL."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Drop the Django signals of each unit holding another framework's server beside a
    Django project of its own folder that keeps no data and renders pages from an API."""
    for folder, unit in units.items():
        signals = unit.signals.get(LANGUAGE, [])
        starts = [
            s
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY and s.evidence
        ]
        names = {s.name for s in starts}
        if "Django" not in names or len(names) != 2:
            continue
        django = _project_folder([s.evidence.path for s in starts if s.name == "Django"])
        if django in ("", ".", folder) or not _under(django, folder):
            continue
        if any(_under(s.evidence.path, django) for s in starts if s.name != "Django"):
            continue
        if any_module(top, django, set(), _OWN_DATA):
            continue  # a database set, a model, or too many modules to tell
        if not (_seen(top, django, set(), _RENDERS) and _seen(top, django, set(), _FETCHES)):
            continue
        unit.signals[LANGUAGE] = [s for s in signals if s.name not in _DJANGO]


def _project_folder(paths: list[str]) -> str:
    """The folder holding every file of `paths` (the Django project's `manage.py`, `wsgi.py`)."""
    folders = [posixpath.dirname(p) or "." for p in paths]
    if not folders or "." in folders:
        return "."
    return posixpath.commonpath(folders) or "."


def _under(path: str, folder: str) -> bool:
    return folder == "." or path == folder or path.startswith(folder + "/")
