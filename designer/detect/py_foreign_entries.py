"""Python projects whose only code starts an application another project of the tree holds.

A repository may keep its Python API in a project of its own (`backend/`, with its
pyproject.toml and lock, Dockerfile, routers, models and tests) and, beside it, a folder a
deployment platform reads (`api/index.py` for Vercel's Python runtime, with a requirements.txt
repeating the pins): its one module builds the web application out of the other project's
package (`from backend.api.routers import ...`, then `app = FastAPI()` and
`app.include_router(...)`), and Compose may run that same module under uvicorn. The folder is
the entry of the other project's application, named by that project's manifest, not one more
backend (`Unit.no_web`), as `aliased_starts` reads a Node package's second start.

Only a project whose own modules (its `__init__.py` files aside, outside its tests and nested
projects) are all files starting a framework, at most `MAX_FILES`, is read; each of them must
import, by an absolute dotted name resolved from the repository's root, a module of another
Python project of the tree (not the root) that declares the same framework.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.image_layers import imports
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 3
"""Start files a project may hold to be read: an entry is a module or two."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python projects whose only modules start a framework on the
    package of another project of the tree declaring that framework."""
    folders = list(units)
    for folder, unit in sorted(units.items()):
        if folder == "." or unit.no_web:
            continue
        starts: dict[str, set[str]] = {}
        for s in unit.signals.get(LANGUAGE, []):
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY:
                starts.setdefault(s.evidence.path, set()).add(s.name)
        if not starts or len(starts) > MAX_FILES:
            continue
        texts: dict[str, str] = {}
        for found in each_module(top, folder, nested_projects(folder, folders)):
            if found is None:
                break
            if posixpath.basename(found[0]) != "__init__.py":
                texts[found[0]] = found[1]
        else:
            if set(texts) == set(starts) and all(
                _starts_foreign(top, unit, units, texts[path], names)
                for path, names in starts.items()
            ):
                unit.no_web = True


def _starts_foreign(
    top: str, unit: Unit, units: dict[str, Unit], text: str, names: set[str]
) -> bool:
    """Whether the start file imports a module of another Python project of the tree (not the
    root, nor one enclosing or inside `unit`) that declares one of the frameworks `names`."""
    plain, taken = imports(text)
    modules = plain | {m for m, _ in taken if m and not m.startswith(".")}
    for module in modules:
        path = module.replace(".", "/")
        for other in units.values():
            if (
                other is unit
                or other.folder == "."
                or not (path == other.folder or path.startswith(other.folder + "/"))
                or unit.is_under(other)
                or other.is_under(unit)
            ):
                continue
            if not any(
                read_text(top, candidate)[0] is not None
                for candidate in (path + ".py", path + "/__init__.py")
            ):
                continue
            if any(
                s.kind is FindingKind.FRAMEWORK and s.name in names
                for s in other.signals.get(LANGUAGE, [])
            ):
                return True
    return False
