"""Python projects that offer their web framework as an extra and that another project of the
tree requires: libraries.

A Python workspace may keep its shared code in projects of their own (a telemetry package, a
utilities package) beside the product's service. Such a library offers integrations with the
framework the service runs on (a metrics app, a versioned-API helper calling `FastAPI(...)`),
so its code names the framework, but its pyproject.toml says it is no program: the framework
is only in `[project.optional-dependencies]` (`fastapi = ["fastapi>=0.95"]`, installed by
whoever asks for the extra), it declares no `[project.scripts]`, and the service requires it
(`"utils[storages,fastapi]"` in its dependencies). HELDOUT.md: a library, "a module others
depend on, with no entry point of its own", is no backend. Such a project is marked
`Unit.no_service` — only one no image or Procfile ships, whose run-time dependencies name no
framework (but an HTTP client that is one too, `CLIENTS`), and that another Python project of
the tree requires by its name.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.ecosystems.python import CATALOG, normalise
from designer.detect.nonservices import module_uses
from designer.detect.tomlfile import loads
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

FRAMEWORKS = {
    package: entries[0][1]
    for package, entries in CATALOG.items()
    if entries and entries[0][0] is FindingKind.FRAMEWORK
}
"""Packages that are a web framework itself (fastapi, flask, django) → the framework's name."""

CLIENTS = frozenset({"aiohttp"})
"""Frameworks that are an HTTP client library too (aiohttp's `ClientSession`): a library
requiring one at run time most often calls other services with it, so it says nothing here."""

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
"""A requirement's project name (`fastapi>=0.95.2` → fastapi)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on each Python project another project of the tree requires
    whose framework is only an optional extra and which declares no script."""
    projects = [u for u in units.values() if main_ecosystem(u) == LANGUAGE]
    if len(projects) < 2:
        return
    for unit in projects:
        if unit.no_service or unit.deployable:
            continue
        named = {
            s.name for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK
        } - CLIENTS
        if not named:
            continue
        name = _extra_framework_library(top, unit.folder, named)
        if name and any(name in module_uses(o, LANGUAGE) for o in projects if o is not unit):
            unit.no_service = True


def _extra_framework_library(top: str, folder: str, named: set[str]) -> str:
    """The normalised name of the project at `folder` when its pyproject.toml declares no
    script and names every framework of `named` in an optional extra, none at run time; ""
    otherwise."""
    text = read_text(top, posixpath.join(folder, "pyproject.toml"))[0]
    if not text or "optional-dependencies" not in text:
        return ""
    try:
        data = loads(text)
    except ValueError:
        return ""
    project = data.get("project")
    if not isinstance(project, dict) or project.get("scripts") or project.get("gui-scripts"):
        return ""
    name = project.get("name")
    extras = project.get("optional-dependencies")
    if not isinstance(name, str) or not isinstance(extras, dict):
        return ""
    offered = set().union(*(_frameworks(listed) for listed in extras.values()))
    if named & _frameworks(project.get("dependencies")) or not named <= offered:
        return ""
    return normalise(name)


def _frameworks(requirements: object) -> set[str]:
    """The names of the web frameworks a list of requirement strings names."""
    if not isinstance(requirements, list):
        return set()
    found = set()
    for requirement in requirements:
        match = _NAME.match(requirement) if isinstance(requirement, str) else None
        if match and normalise(match.group(1)) in FRAMEWORKS:
            found.add(FRAMEWORKS[normalise(match.group(1))])
    return found
