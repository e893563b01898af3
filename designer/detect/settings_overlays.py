"""A folder of deployment files that runs the Django project around it with other settings.

A Django application may keep, below its own project, a folder of what its image runs: a
`settings.py` that starts with `from app.settings import *` and adds a production middleware
(WhiteNoise) or proxy headers, a `wsgi.py` pointing `DJANGO_SETTINGS_MODULE` at it, a uWSGI
ini, a start script and a pip list of the server (`-r ../requirements.txt`, `uwsgi`). Its WSGI
entry point starts Django, yet every model, view and route it serves is the enclosing
project's: it is that application deployed, not a backend of its own (`Unit.no_web`).

Only a folder inside a Django project (the nearest Python project above it declares Django)
whose own Python files are all settings modules and WSGI/ASGI or server configuration files,
one settings module star-importing a settings module of the enclosing project's (a file
outside the folder), is marked. A folder with any other code (an app, a `urls.py`, a
`manage.py`) is a project of its own, as the editions `settings_imports` reads are.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit, enclosing
from designer.detect.codewalk import all_code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 20
"""Python files of an overlay at most: a folder with more has code of its own."""

DEPLOYMENT_FILES = frozenset(
    {
        "__init__.py",
        "settings.py",
        "local_settings.py",
        "production.py",
        "wsgi.py",
        "asgi.py",
        "gunicorn.conf.py",
        "gunicorn_conf.py",
        "gunicorn_config.py",
    }
)
"""The Python files a deployment overlay holds: its settings, the server's entry point and
the server's configuration."""

_STAR_IMPORT = re.compile(r"^from[ \t]+([A-Za-z_][\w.]*)[ \t]+import[ \t]+\*", re.MULTILINE)
"""A star import of an absolute module (`from kaavapino.settings import *`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the folders inside a Django project that hold only settings
    importing that project's and the files that serve it."""
    for unit in units.values():
        if unit.folder == "." or unit.no_web or not _declares_django(unit):
            continue
        outer = enclosing(unit, LANGUAGE, units)
        if outer is None or not _declares_django(outer):
            continue
        nested = {u.folder for u in units.values() if u.is_under(unit)}
        files = all_code_files(top, unit.folder, (".py",), MAX_FILES, nested=nested)
        if not files or any(not _deployment_file(unit.folder, path) for path in files):
            continue
        if any(_imports_outer_settings(top, path, unit, outer) for path in files):
            unit.no_web = True


def _declares_django(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Django"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _deployment_file(folder: str, path: str) -> bool:
    """Whether `path` is a settings module (one of a `settings/` package too), a server's
    entry point or its configuration."""
    relative = path if folder == "." else path.removeprefix(folder + "/")
    name = posixpath.basename(relative)
    return name in DEPLOYMENT_FILES or relative.startswith("settings/")


def _imports_outer_settings(top: str, path: str, unit: Unit, outer: Unit) -> bool:
    """Whether the settings module at `path` star-imports a settings module whose file lies
    in `outer`'s project and outside `unit`'s folder."""
    text = read_text(top, path)[0]
    if text is None:
        return False
    for module in _STAR_IMPORT.findall(text):
        if "settings" not in module.split("."):
            continue
        base = posixpath.normpath(posixpath.join(outer.folder, *module.split(".")))
        if base == unit.folder or base.startswith(unit.folder + "/"):
            continue
        for candidate in (base + ".py", base + "/__init__.py"):
            if os.path.isfile(os.path.join(top, *candidate.split("/"))):
                return True
    return False
