"""Django projects that only route Django's admin site and that nothing deploys or starts.

A data tool (a crawler, a dataset builder) often keeps its store as a Django project: models,
migrations and management commands of its own (`management/commands/export.py`) that its
scripts run (`manage.py migrate`, `manage.py export`), with the URL configuration
`startproject` wrote, `path('admin/', admin.site.urls)`, as its only route: it is driven
through commands, not requests. Nothing ships it as a server: the repository holds no
Dockerfile, Procfile, Compose file or platform manifest, and no file of it (script, CI,
manifest, README) names a WSGI or ASGI server or `runserver`. Its admin is at most a page a
developer could start by hand for themselves (HELDOUT.md: a tool), not an application serving
clients, whatever data its models keep: it is no service (`Unit.no_service`), even where
nothing else of the tree is one. A project routing anything but the admin, including another
URL configuration, one with no command of its own, or any deployment or server start in the
tree, is left alone; so is a tree too large to read.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_ROUTE = re.compile(r"""\b(?:re_path|path|url)\(\s*(?:r?['"][^'"]*['"]|[\w.]+)\s*,\s*([\w.]+)""")
"""A route's target (`path('admin/', admin.site.urls)`, `path('', views.index)`)."""

_INCLUDE = re.compile(r"\binclude\(")
_DOCSTRINGS = re.compile(r'"""[\s\S]*?"""' r"|'''[\s\S]*?'''")
_COMMENTS = re.compile(r"#[^\n]*")

_DEPLOY_NAMES = frozenset(
    {"Procfile", "app.yaml", "app.yml", "fly.toml", "render.yaml", "Chart.yaml",
     "serverless.yml", "serverless.yaml", "vercel.json", "railway.json", "railway.toml",
     "nixpacks.toml", "manifest.yml", "Dockerrun.aws.json", "appspec.yml", "skaffold.yaml"}
)
"""Files deploying an application (a Procfile, a PaaS or serverless manifest, a Helm chart)."""
_DEPLOY_PREFIXES = ("Dockerfile", "docker-compose", "compose.", "Containerfile")
_DEPLOY_SUFFIXES = (".dockerfile", ".service")
"""Container recipes, Compose files and systemd units."""

_READ_SUFFIXES = (
    ".sh", ".bash", ".yml", ".yaml", ".toml", ".txt", ".cfg", ".ini", ".conf", ".env", ".md",
    ".rst", ".json", ".mk", ".py",
)
_READ_NAMES = frozenset({"Makefile", "makefile", "GNUmakefile", "justfile", "Justfile"})
"""Scripts, CI, manifests, configuration, documentation and code: where a server start is
written."""

_SERVER_START = re.compile(
    r"\b(?:runserver|gunicorn|uwsgi|uvicorn|daphne|waitress|hypercorn|mod_wsgi|granian)\b",
    re.IGNORECASE,
)
"""Django's development server or a WSGI/ASGI server."""

_MAX_FILES = 3000
"""Files of the tree read at most; past them the tree is taken to start a server."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on each Django project routing only the admin site, with
    management commands of its own, in a tree that deploys nothing and names no server
    start."""
    folders = list(units)
    candidates = [
        unit
        for folder, unit in units.items()
        if {s.name for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK}
        == {"Django"}
        and not unit.deployable
        and _admin_only(top, folder, nested_projects(folder, folders))
    ]
    if candidates and not _deploys_or_serves(top):
        for unit in candidates:
            unit.no_service = True


def _admin_only(top: str, folder: str, nested: set[str]) -> bool:
    """Whether the project's URL configurations route something, and only the admin site
    (its docstring's examples and comments are no routes), and it has a management command
    of its own (a budget run out is a no)."""
    targets: list[str] = []
    commands = False
    for found in each_module(top, folder, nested):
        if found is None:
            return False
        path, text = found
        if "/management/commands/" in "/" + path and not path.endswith("__init__.py"):
            commands = True
        if posixpath.basename(path) != "urls.py":
            continue
        code = _COMMENTS.sub("", _DOCSTRINGS.sub("", text))
        if _INCLUDE.search(code):
            return False
        targets += _ROUTE.findall(code)
    return commands and bool(targets) and all(t == "admin.site.urls" for t in targets)


def _deploys_or_serves(top: str) -> bool:
    """Whether the tree holds a deployment file, or any script, manifest, configuration,
    document or module of it names a server start (a tree too large to read is a yes)."""
    read = 0
    for here, dirs, names in os.walk(top):
        dirs[:] = [d for d in dirs if d not in PRUNED and (d == ".github" or not d.startswith("."))]
        relative = os.path.relpath(here, top).replace(os.sep, "/")
        for name in names:
            if (
                name in _DEPLOY_NAMES
                or name.startswith(_DEPLOY_PREFIXES)
                or name.endswith(_DEPLOY_SUFFIXES)
            ):
                return True
            if not (name in _READ_NAMES or name.endswith(_READ_SUFFIXES)):
                continue
            read += 1
            if read > _MAX_FILES:
                return True
            path = name if relative == "." else f"{relative}/{name}"
            if _SERVER_START.search(read_text(top, path)[0] or ""):
                return True
    return False
