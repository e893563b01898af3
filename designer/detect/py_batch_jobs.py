"""Python projects that name no web framework and serve nothing: no backend to guess.

When no folder of a tree names a web framework, `monorepo.backends` guesses one among the
folders showing server code (a data layer, an engine, a deployed program), for a tree whose
framework went unrecognised. A Python project is read better than that: the Python rules know
its web frameworks by their packages and by the code starting them, and where it names none
while no module of its own imports an HTTP server of any kind (the standard library's
`http.server` or `wsgiref`, an ASGI or WSGI server, Tornado, Twisted's web), the framework was
not missed: the program talks to its database and to other services' APIs as a client and
exits — an ETL run from its image (`CMD python -m etl.pipelines.update`), a cron script —, a
batch job HELDOUT.md sets aside however much data it keeps. Such a project is marked
`Unit.settled`, so that no guess makes it a backend, as `go_plain_http` does for Go. Only a
project small enough to read whole (`pymodules`' budget) and holding Python modules at all, and
not one deployed to listen (its Dockerfile exposing a port, its Procfile a `web` process: a
server command of some library the catalogue does not know may be what it runs).
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.py_reach import read_modules
from designer.detect.pymodules import nested_projects
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_SERVER_MODULES = (
    "http.server",
    "wsgiref",
    "socketserver",
    "xmlrpc.server",
    "asyncio.start_server",
    "uvicorn",
    "hypercorn",
    "gunicorn",
    "waitress",
    "cheroot",
    "cherrypy",
    "bjoern",
    "gevent.pywsgi",
    "werkzeug",
    "tornado",
    "twisted",
    "aiohttp",
    "grpc",
    "starlette",
    "socketio",
    "websockets",
)
"""Modules serving a network protocol (the standard library's servers, ASGI and WSGI servers,
asynchronous frameworks, gRPC and sockets): a project importing any is left to the guess."""

_SERVES = re.compile(
    r"^[ \t]*(?:from|import)[ \t]+(?:"
    + "|".join(re.escape(m) for m in _SERVER_MODULES)
    + r")\b|\bstart_server\(|\.serve_forever\(",
    re.MULTILINE,
)
"""An import of a server module, or a socket server started by hand."""


_EXPOSE = re.compile(r"^[ \t]*EXPOSE[ \t]+\S", re.MULTILINE | re.IGNORECASE)
"""An image opening a port: its program listens, whatever serves it."""

_WEB_PROCESS = re.compile(r"^web[ \t]*:", re.MULTILINE)
"""A Procfile's web process: the platform routes HTTP to it."""


def _listens(top: str, folder: str) -> bool:
    """Whether the folder's own Dockerfiles expose a port or its Procfile declares a web
    process: a program deployed to listen, which may serve through a framework unrecognised."""
    base = os.path.join(top, folder)
    try:
        names = os.listdir(base)
    except OSError:
        return False
    for name in names:
        if name.startswith("Dockerfile") or name.endswith(".Dockerfile") or name == "Procfile":
            text = read_text(top, name if folder == "." else f"{folder}/{name}")[0] or ""
            if _EXPOSE.search(text) or (name == "Procfile" and _WEB_PROCESS.search(text)):
                return True
    return False


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.settled` on the Python projects naming no framework whose own modules
    import no server."""
    folders = list(units)
    for folder, unit in units.items():
        if unit.settled or not any(eco == LANGUAGE for _, eco, _ in unit.manifests):
            continue
        if any(
            s.kind is FindingKind.FRAMEWORK for signals in unit.signals.values() for s in signals
        ):
            continue
        if any(eco != LANGUAGE for _, eco, _ in unit.manifests):
            continue  # a project of another language too: its server may be there
        if _listens(top, folder):
            continue
        texts = read_modules(top, folder, nested_projects(folder, folders))
        if not texts or any(_SERVES.search(text) for text in texts.values()):
            continue
        unit.settled = True
