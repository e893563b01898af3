"""Python projects that take only FastAPI's dependency injection: no web application.

FastAPI's `Depends` and the machinery behind it (`fastapi.dependencies`, `fastapi.params`,
`fastapi.concurrency`) resolve a function's declared dependencies, and a task runner or a
worker may borrow them to inject its sessions and settings into the jobs it runs, declaring
FastAPI for that alone. Such a project builds no app, declares no route and takes nothing of
the web surface (`FastAPI`, `APIRouter`, `Request`, `HTTPException`, responses, security): a
worker, not a backend, whatever its manifest says.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import LazyPattern, Strength
from designer.model.stack import FindingKind

_IMPORT = LazyPattern(
    r"^[ \t]*(?:from[ \t]+fastapi((?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)"
    r"|import[ \t]+fastapi\b)",
    re.MULTILINE,
)
"""An import from FastAPI: the submodule (group 1) and the names taken (group 2); `import
fastapi` leaves both unset."""

_INJECTION_MODULES = frozenset({".dependencies", ".params", ".concurrency"})
"""FastAPI's submodules of dependency resolution (their own submodules included)."""

_INJECTION_NAMES = frozenset({"Depends"})
"""What of FastAPI's top level only declares a dependency."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.routes_nothing` on each Python project declaring FastAPI (its one framework,
    seen in no code that starts it, with no ASGI server declared) whose modules import from
    FastAPI only its dependency injection."""
    folders = list(units)
    for folder, unit in units.items():
        signals = [s for found in unit.signals.values() for s in found]
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not frameworks or {s.name for s in frameworks} != {"FastAPI"}:
            continue
        if any(s.strength is Strength.ENTRY for s in frameworks):
            continue
        if any(s.kind is FindingKind.SERVER for s in signals):
            continue
        if _injection_only(top, folder, nested_projects(folder, folders)):
            unit.routes_nothing = True


def _injection_only(top: str, folder: str, nested: set[str]) -> bool:
    """Whether the modules of `folder` import from FastAPI, and only its dependency
    injection (all of them read within the budget)."""
    seen = False
    for found in each_module(top, folder, nested):
        if found is None:
            return False
        for match in _IMPORT.finditer(found[1]):
            if not _injection(match.group(1), match.group(2)):
                return False
            seen = True
    return seen


def _injection(module: str | None, names: str | None) -> bool:
    """Whether one import from FastAPI (`module` after `fastapi`, the `names` it takes) is of
    its dependency injection alone."""
    if names is None:
        return False  # `import fastapi`: any of it may be used
    if module:
        return any(module == m or module.startswith(m + ".") for m in _INJECTION_MODULES)
    taken = {
        part.split()[0]
        for part in names.strip("() \t\n").replace("\n", ",").split(",")
        if part.strip() and not part.strip().startswith("#")
    }
    return bool(taken) and taken <= _INJECTION_NAMES
