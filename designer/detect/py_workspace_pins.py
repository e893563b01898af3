"""Data layers a Python workspace's pinned lists carry that no module of the tree imports.

A repository of several Python projects (a service, its workers, a shared library, plugins)
may pin the whole environment they are installed into in lists at its root
(`requirements.txt`, `requirements-all.txt`: every package, with what registry packages bring,
`sqlalchemy==1.4.54` because a data-export client requires it). The root has no code of its
own: its lists fold into the service nested in it, whose own pyproject.toml names its real data
layer (python-arango). Ranked as kinds, an ORM pinned there outranks that client and names the
service's data layer, though no module anywhere imports it. `bare_drivers` reads a project's
own modules for such imports; a root with none is not asked there.

So where a Python project with nested Python projects starts no framework of its own (its
lists fold into the projects nested in it), every module of the tree below it (tests aside) is
read, and each ORM it declares that none of them imports is dropped (an ORM is only ever used
through its module; a driver may be loaded by a URL, and stays). A tree too large to read
whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.bare_drivers import ORM_MODULES
from designer.detect.codewalk import code_files
from designer.detect.pymodules import nested_projects
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 3000
"""Python files read per workspace at most: a larger tree is left alone."""

_SKIPPED = frozenset({"tests", "test", "node_modules", "venv", ".venv", "site-packages"})
"""Folders whose modules are not the projects' code."""

def drop_unimported(top: str, units: dict[str, Unit]) -> None:
    """Remove, from each Python workspace root starting no framework of its own, the ORMs it
    declares that no module of the tree imports."""
    folders = [u.folder for u in units.values() if main_ecosystem(u) == LANGUAGE]
    for folder in folders:
        unit = units[folder]
        signals = unit.signals.get(LANGUAGE, [])
        if not nested_projects(folder, folders) or any(
            s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY for s in signals
        ):
            continue
        declared = {
            s.name: ORM_MODULES[s.name]
            for s in signals
            if s.kind is FindingKind.ORM
            and s.strength is Strength.DEPENDENCY
            and s.name in ORM_MODULES
        }
        if not declared:
            continue
        seen = _imported(top, folder, sorted({m for ms in declared.values() for m in ms}))
        if seen is None:
            continue
        unused = {name for name, modules in declared.items() if not set(modules) & seen}
        unit.signals[LANGUAGE] = [
            s for s in signals if not (s.kind is FindingKind.ORM and s.name in unused)
        ]


def _imported(top: str, folder: str, modules: list[str]) -> set[str] | None:
    """Which of `modules` any module under `folder` imports; None past the budget."""
    pattern = re.compile(
        r"^[ \t]*(?:import|from)[ \t]+(" + "|".join(map(re.escape, modules)) + r")\b", re.M
    )
    seen: set[str] = set()
    for path in code_files(top, folder, (".py",), MAX_FILES, skip_dir=_SKIPPED.__contains__):
        if path is None:
            return None
        seen.update(m.group(1) for m in pattern.finditer(read_text(top, path)[0] or ""))
        if len(seen) == len(modules):
            break
    return seen
