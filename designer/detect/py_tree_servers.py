"""Web servers that one Python project of the tree starts for another.

A Python workspace may keep its server plumbing in a library project of its own (`lib/`, beside
the service and its workers), which the other projects import from the tree:

- A service may build aiohttp's application itself (`web.Application(middlewares=...)`) and
  hand it to the library's `run_app(app, ...)`, a copy of aiohttp's own that binds the sites
  (`AppRunner`, `TCPSite`) with steps of its own. aiohttp is an HTTP client as often as a
  server (`python.CLIENTS`), so its declaration names no framework and only a start in code
  does; this one is the service's, made in the library's module: the service is given
  aiohttp's start (`lend`).
- The library's own server helper (a `WebServer` thread mounting a CherryPy app on
  `cherrypy.tree`) starts a server in its code, yet the library is no program: it declares no
  script, keeps no data, other projects of the tree require it by name, and every module of it
  that starts a framework is one their code imports (an application whose factory and models
  its workers import keeps its data: it stays). HELDOUT.md: a library, "a module others depend
  on, with no entry point of its own", is no backend; it is marked `Unit.lends_server`
  (`mark`).

Imports are resolved to files by their dotted names under each other project's folder (its own
layout, or `src/`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.nonservices import DATA_KINDS, module_names, module_uses
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.detect.tomlfile import loads
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"
AIOHTTP = "aiohttp"

_FROM = re.compile(r"^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([\w, \t]+)", re.M)
"""`from a.b import c, d`: the module and the names imported from it."""
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w.]+)", re.M)
"""`import a.b.c`: the module."""
_APPLICATION = re.compile(r"\bweb\.Application\s*\(")
"""aiohttp's application built by the module (`from aiohttp import web`)."""
_RUN_CALL = re.compile(r"^[^\n#]*\brun_app\s*\(", re.M)
"""A call of a `run_app` function (the module's own name for it, or qualified)."""
_RUNNER = re.compile(
    r"^[ \t]*(?:async[ \t]+)?def[ \t]+run_app\s*\([\s\S]*?\bAppRunner\s*\([\s\S]*?"
    r"\b(?:TCP|Unix)Site\s*\(",
    re.M,
)
"""A `run_app` of the library's own that binds aiohttp's sites itself."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give aiohttp's start to each Python project declaring aiohttp only as a client whose
    modules build aiohttp's application and call the `run_app` of a module of another project
    of the tree that starts aiohttp's sites."""
    projects = _projects(units)
    packages = _packages(top, projects)
    for unit in projects:
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == AIOHTTP for s in signals):
            continue
        if any(
            s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV for s in signals
        ):
            continue  # a framework of its own already starts
        modules = _own_modules(top, unit, projects)
        if not any(_APPLICATION.search(text) for _, text in modules):
            continue
        for path, text in modules:
            call = _RUN_CALL.search(text)
            if call is None:
                continue
            runners = [
                found
                for names in _imported(text)
                for found in [_resolve(top, names, unit, packages)]
                if found and _RUNNER.search(read_text(top, found)[0] or "")
            ]
            if runners:
                line = text.count("\n", 0, call.start()) + 1
                evidence = Evidence(path=path, line=line, text=call.group(0).strip())
                signal = Signal(FindingKind.FRAMEWORK, AIOHTTP, Strength.ENTRY, evidence)
                unit.signals[LANGUAGE] = [*signals, signal]
                break


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.lends_server` on each Python library of the tree (no script, no data,
    required by another project) whose every module starting a framework another project
    imports."""
    projects = _projects(units)
    if len(projects) < 2:
        return
    candidates: dict[str, set[str]] = {}  # library folder → the modules starting a framework
    for unit in projects:
        if unit.deployable or unit.lends_server or _declares_script(top, unit.folder):
            continue
        starts = {
            s.evidence.path
            for s in unit.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
            continue  # an application other projects import (its factory, its models)
        names = module_names(unit, LANGUAGE)
        if starts and any(names & module_uses(o, LANGUAGE) for o in projects if o is not unit):
            candidates[unit.folder] = starts
    if not candidates:
        return
    packages = _packages(top, projects)
    imported: set[str] = set()  # files of other projects' imports, resolved
    for unit in projects:
        for _, text in _own_modules(top, unit, projects):
            for names in _imported(text):
                found = _resolve(top, names, unit, packages)
                if found:
                    imported.add(found)
    for folder, starts in candidates.items():
        if starts <= imported:
            units[folder].lends_server = True


def _projects(units: dict[str, Unit]) -> list[Unit]:
    return [u for u in units.values() if main_ecosystem(u) == LANGUAGE]


def _own_modules(top: str, unit: Unit, projects: list[Unit]) -> list[tuple[str, str]]:
    """The path and text of the project's own modules, within the budget."""
    nested = nested_projects(unit.folder, [p.folder for p in projects])
    return [found for found in each_module(top, unit.folder, nested) if found is not None]


def _imported(text: str) -> list[tuple[str, ...]]:
    """The dotted names of the modules a module's imports load, each as its candidates in
    order (`from a import b`: the module `a.b`, else `b` is a name of `a`)."""
    found: list[tuple[str, ...]] = [(m.group(1),) for m in _IMPORT.finditer(text)]
    for match in _FROM.finditer(text):
        module = match.group(1)
        found += [(f"{module}.{n.strip()}", module) for n in match.group(2).split(",") if n.strip()]
    return [names for names in found if not names[0].startswith(".")]


def _packages(top: str, projects: list[Unit]) -> dict[str, list[tuple[Unit, str]]]:
    """Top-level module name → the projects (and the folder, theirs or its `src/`) holding a
    package or module of that name."""
    found: dict[str, list[tuple[Unit, str]]] = {}
    for unit in projects:
        for base in (unit.folder, posixpath.join(unit.folder, "src")):
            try:
                entries = os.listdir(os.path.join(top, base))
            except OSError:
                continue
            for entry in entries:
                name = entry[:-3] if entry.endswith(".py") else entry
                if name.isidentifier():
                    found.setdefault(name, []).append((unit, posixpath.normpath(base)))
    return found


def _resolve(
    top: str, names: tuple[str, ...], unit: Unit, packages: dict[str, list[tuple[Unit, str]]]
) -> str | None:
    """The file of another project of the tree the first of the dotted module `names` that
    is one there is."""
    for name in names:
        relative = name.replace(".", "/")
        for other, base in packages.get(name.partition(".")[0], ()):
            if other is unit:
                continue
            for tail in (relative + ".py", relative + "/__init__.py"):
                path = posixpath.join(base, tail) if base != "." else tail
                if os.path.isfile(os.path.join(top, path)):
                    return path
    return None


def _declares_script(top: str, folder: str) -> bool:
    """Whether the project's pyproject.toml declares a command (`[project.scripts]`): a
    program, not only a library."""
    text = read_text(top, posixpath.join(folder, "pyproject.toml"))[0]
    if text and "scripts" in text:
        try:
            project = loads(text).get("project")
        except ValueError:
            return True
        if isinstance(project, dict) and (project.get("scripts") or project.get("gui-scripts")):
            return True
    return False
