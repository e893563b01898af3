"""Python servers whose one route runs the product's schema migrations: hooks, not backends.

A product keeping its schema in a migration tool's changelog (Liquibase, Flyway, Alembic)
may deploy, beside its API, a tiny FastAPI or Flask service whose one POST takes the
changelog and runs the tool on the product's database (`subprocess.run(["liquibase",
"--changeLogFile=…", "update"])`). A CI workflow or an operator calls it by hand; no client of
the product does, and it keeps no data of its own (the tables are the API's). HELDOUT.md
counts job triggers meant for an operator as no backend, as `ops_routes` does a Rust
deployment hook: with no data layer or engine, a project whose code declares one or two
routes besides operators' probes and starts a migration tool as a process serves no HTTP
API (`Unit.no_web`). Routes added from elsewhere (a router included, a blueprint
registered, an application mounted) leave it a backend, and so does a larger project.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.probes import OPERATOR_PATH
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_ROUTE = re.compile(
    r"""^[ \t]*@\w+\.(?:get|post|put|patch|delete|route|api_route)\(\s*['"]([^'"]*)['"]""",
    re.MULTILINE,
)
"""A route a FastAPI or Flask module declares with a decorator (`@app.post('/run')`)."""

_MOUNTS = re.compile(
    r"\.(?:include_router|register_blueprint|mount|add_api_route|add_url_rule)\("
)
"""Routes added from elsewhere or without a decorator the reading follows."""

_PROCESS = re.compile(r"\bsubprocess\.(?:run|call|check_call|check_output|Popen)\(")
"""A process the program starts."""

_MIGRATION = re.compile(
    r"""['"](?:[\w./-]*/)?(?:liquibase|flyway)['"][\s\S]{0,400}?['"](?:update|migrate)['"]"""
    r"""|['"]alembic['"]\s*,\s*['"]upgrade['"]"""
)
"""A migration tool's command line as a list of literals: `liquibase … update`, `flyway …
migrate`, `alembic upgrade`."""

MAX_HOOK_ROUTES = 2
"""Routes a migration hook declares besides operators' paths, at most."""

MAX_FILES = 8
"""Python sources read per project at most: a larger project is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python projects with a framework started in code, no data
    layer or engine, whose few routes start a schema migration tool."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        started = any(
            s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY for s in signals
        )
        if not started or shows_own_data(unit):
            continue
        paths = all_code_files(top, unit.folder, (".py",), MAX_FILES)
        if paths and _migration_hook([read_text(top, path)[0] or "" for path in paths]):
            unit.no_web = True


def _migration_hook(texts: list[str]) -> bool:
    """Whether the sources run a migration tool as a process and declare one or two routes
    besides operators' paths, none added from elsewhere."""
    if any(_MOUNTS.search(text) for text in texts):
        return False
    runs = any(_PROCESS.search(text) and _MIGRATION.search(text) for text in texts)
    routes = [route for text in texts for route in _ROUTE.findall(text)]
    served = [route for route in routes if not OPERATOR_PATH.fullmatch(route)]
    return runs and 0 < len(served) <= MAX_HOOK_ROUTES
