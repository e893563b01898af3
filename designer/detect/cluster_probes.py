"""Python servers whose GET routes report what the cluster they run in holds: probes.

Operators of a Kubernetes or OpenShift deployment may ship, beside the product's services, a
small Flask (or FastAPI) program of their own: it loads the cluster's credentials
(`config.load_incluster_config()`, `load_kube_config()` outside the cluster), lists the
services of its namespace, checks each has a ready endpoint, and answers a GET route with an
HTML or JSON summary and 200 or 500, for a global load balancer or a monitor to call. It keeps
no data and takes none; what it reports is the cluster's state, to operators' machines
(HELDOUT.md: a program whose only routes serve operators is no backend; so are `db_probes`'
database probes).

Telling so needs the whole program: only a project with no data layer, store, migration tool
or cache, whose started framework is Flask, FastAPI or Starlette, and whose few modules (read
whole, MAX_FILES) configure the Kubernetes client and declare only GET routes is marked
(`Unit.no_web`). A route taking data (a POST, a `methods=` list naming another verb), a
router mounted from elsewhere, or a project too large to read leaves it as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.small_py_servers import small_servers

FRAMEWORKS = frozenset({"Flask", "FastAPI", "Starlette"})
"""The frameworks such a probe is written on."""

MAX_FILES = 10
"""Modules a probe holds at most: a larger program is more than a probe."""


_CLUSTER = re.compile(r"\bload_(?:incluster|kube)_config[ \t]*\(")
"""The Kubernetes client's configuration loaded: the program reads the cluster's API."""

_ROUTE = re.compile(
    r"@[\w.]+\.(route|get|post|put|patch|delete|api_route|websocket)[ \t]*\(([^\n]*)"
)
"""A route declared by a decorator (Flask's `@app.route('/x', methods=[…])`, FastAPI's
`@app.get('/x')`): its verb and the rest of its line."""

_METHODS = re.compile(r"\bmethods[ \t]*=[ \t]*[\[(]([^\])]*)[\])]")
"""The verbs a Flask route takes (GET alone when none are given)."""

_ELSEWHERE = re.compile(
    r"\b(?:add_url_rule|register_blueprint|include_router|add_api_route|mount)[ \t]*\("
    r"|\b(?:Blueprint|APIRouter|Route|Mount)[ \t]*\("
)
"""Routes added other than by a decorator read here: blueprints, routers, mounts."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python projects with no data of their own whose modules
    configure the Kubernetes client and declare only GET routes."""
    for unit, texts in small_servers(top, units, FRAMEWORKS, MAX_FILES):
        if _probe(texts):
            unit.no_web = True


def _probe(texts: list[str]) -> bool:
    """Whether the modules configure the Kubernetes client and every route they declare (one
    at least) is a GET."""
    code = "\n".join(texts)
    if not _CLUSTER.search(code) or _ELSEWHERE.search(code):
        return False
    routes = _ROUTE.findall(code)
    return bool(routes) and all(_gets_only(verb, rest) for verb, rest in routes)


def _gets_only(verb: str, rest: str) -> bool:
    """Whether a decorated route takes GET requests only."""
    if verb == "get":
        return True
    if verb != "route":
        return False
    methods = _METHODS.search(rest)
    if methods is None:
        return True
    verbs = {v.strip().strip("'\"").upper() for v in methods.group(1).split(",") if v.strip()}
    return verbs <= {"GET", "HEAD"}
