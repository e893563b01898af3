"""Python packages a program ships in a folder it puts on its own import path.

Python programs older than pip's reach (the PVRs of the SickBeard lineage, SickGear among them)
ship the packages they run on as plain copies in a folder of their own (`lib/tornado/`, with no
`*.dist-info` beside it, unlike `pip install --target`) and put that folder on the import path
when they start (`sys.path.insert(1, os.path.join(os.path.dirname(__file__), 'lib'))`). Their
manifest lists only optional extras: the framework the program serves with is the copy in that
folder, at the release its package states (`version = "6.5.2"` in `lib/tornado/__init__.py`).

Only folders that a Python file at the project's root puts on the path, only catalogued
packages whose import name is their distribution's (`tornado`, `cherrypy`, `bottle.py`), and
only those the project's own modules import (outside the folder of copies) count.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.pymodules import any_module, nested_projects
from designer.detect.signals import dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_PATH_CALL = re.compile(r"\b(?:sys\.path\.(?:insert|append)|site\.addsitedir)\s*\((?P<args>[^\n]*)")
"""A start script adding a folder to the import path; the folder's name is a quoted literal
on the same line (`os.path.join(os.path.dirname(__file__), 'lib')`)."""

_QUOTED = re.compile(r"""['"]([\w.-]+)['"]""")

_VERSION = re.compile(
    r"""^(?:__version__|version|VERSION)[ \t]*=[ \t]*['"]([0-9][\w.+-]*)['"]""", re.MULTILINE
)
"""The release a package's own `__init__.py` (or single module) states."""

MAX_SCRIPTS = 40
"""Python files at a project's root read for a path statement, at most."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Declare for each Python project the catalogued packages it ships in a folder its start
    puts on the import path and imports from its own modules."""
    for unit in units.values():
        if any(eco == LANGUAGE for _, eco, _ in unit.manifests):
            _lend(top, unit, list(units))


def lend_undeclared(top: str, units: dict[str, Unit]) -> None:
    """As `lend`, for a unit declaring no project at all whose code starts a Python web
    framework (a program older than packaging, its start script at its root): what it ships
    on its import path is all it states. Called once code has told what starts. The copies'
    own test suites, shipped with them, are no tests of the program's: they are dropped."""
    for unit in units.values():
        if unit.manifests or not any(
            s.kind is FindingKind.FRAMEWORK and s.evidence is not None
            for s in unit.signals.get(LANGUAGE, ())
        ):
            continue
        vendors = _lend(top, unit, list(units))
        if vendors:
            unit.signals[LANGUAGE] = [
                s
                for s in unit.signals[LANGUAGE]
                if not (
                    s.kind is FindingKind.TEST
                    and s.evidence is not None
                    and any(s.evidence.path.startswith(v + "/") for v in vendors)
                )
            ]


def _lend(top: str, unit: Unit, folders: list[str]) -> list[str]:
    """Lend `unit` the catalogued copies of the folders its start puts on the import path;
    return the folders that held one it imports."""
    lent: list[str] = []
    for vendor in _path_folders(top, unit.folder):
        nested = nested_projects(unit.folder, folders) | {vendor}
        for name, evidence, version in _copies(top, vendor):
            imports = re.compile(rf"^[ \t]*(?:from|import)[ \t]+{re.escape(name)}\b", re.M)
            if any_module(top, unit.folder, nested, imports):
                unit.signals[LANGUAGE] += dependency_signals(
                    python.CATALOG,
                    python.normalise(name),
                    version,
                    False,
                    evidence,
                    python.GLUE,
                )
                if vendor not in lent:
                    lent.append(vendor)
    return lent


def _path_folders(top: str, folder: str) -> list[str]:
    """The folders of `folder` that a Python file directly in it adds to the import path."""
    base = top if folder == "." else os.path.join(top, *folder.split("/"))
    try:
        scripts = sorted(
            e.name for e in os.scandir(base) if e.name.endswith(".py") and e.is_file()
        )[:MAX_SCRIPTS]
    except OSError:
        return []
    found: set[str] = set()
    for script in scripts:
        text, _ = read_text(top, _join(folder, script))
        if text is None or "path" not in text:
            continue
        for call in _PATH_CALL.finditer(text):
            for name in _QUOTED.findall(call.group("args")):
                if name not in (".", "..") and os.path.isdir(os.path.join(base, name)):
                    found.add(_join(folder, name))
    return sorted(found)


def _copies(top: str, vendor: str) -> list[tuple[str, Evidence, str]]:
    """(import name, evidence, stated release) of each catalogued package copied into
    `vendor`: a package folder with its `__init__.py`, or a single module."""
    base = os.path.join(top, *vendor.split("/"))
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except OSError:
        return []
    copies = []
    for entry in entries:
        if entry.is_dir():
            name, relative = entry.name, _join(vendor, f"{entry.name}/__init__.py")
        elif entry.name.endswith(".py"):
            name, relative = entry.name[:-3], _join(vendor, entry.name)
        else:
            continue
        if not name.isidentifier() or python.normalise(name) not in python.CATALOG:
            continue
        text, _ = read_text(top, relative)
        if text is None:
            continue
        stated = _VERSION.search(text)
        if stated is None:
            evidence = Evidence(path=relative)
        else:
            line = text.count("\n", 0, stated.start()) + 1
            evidence = Evidence(path=relative, line=line, text=stated.group(0).strip())
        copies.append((name, evidence, stated.group(1) if stated else ""))
    return copies


def _join(folder: str, name: str) -> str:
    return name if folder == "." else posixpath.join(folder, name)
