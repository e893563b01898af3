"""Which of a Python project's own modules the files starting its server import.

A Python project often ships more than its server in one package: the ASGI app a Dockerfile
runs (`uvicorn pkg.api.main:app`) beside the ingest or export scripts of the same package,
which developers or cron run by hand. What only those scripts import is not the served
program's code. This follows the imports of the start files through the project's own modules
(outside its tests, installed packages and nested projects: `pymodules.each_module`), absolute
ones resolved from the project's folder, its `src/` and the start's own folder (where a script
run by path finds its neighbours), relative ones from the importing module's package; the
packages a dotted import passes through (`__init__.py`) are reached too. Imports made inside
functions count like any other: a lazy import is still the program's.
"""

from __future__ import annotations

import posixpath

from designer.detect.image_layers import imports
from designer.detect.pymodules import each_module


def read_modules(top: str, folder: str, nested: set[str]) -> dict[str, str] | None:
    """The path and text of each module of `folder`; None when the budget runs out first."""
    found: dict[str, str] = {}
    for module in each_module(top, folder, nested):
        if module is None:
            return None
        found[module[0]] = module[1]
    return found


def reached(folder: str, starts: list[str], texts: dict[str, str]) -> set[str]:
    """The paths among `texts` (the project's modules) that `starts` import, directly or
    through other modules of the project, the starts included."""
    base = "" if folder == "." else folder + "/"
    roots = {base.rstrip("/") or ".", base + "src"} | {posixpath.dirname(s) or "." for s in starts}
    seen: set[str] = set()
    todo = [s for s in starts if s in texts]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo += [p for p in _imported(path, texts[path], roots, texts) if p not in seen]
    return seen


def _imported(path: str, text: str, roots: set[str], texts: dict[str, str]) -> set[str]:
    """The project's modules `text` (the module at `path`) imports."""
    plain, taken = imports(text)
    found: set[str] = set()
    for name in plain:
        found |= _absolute(name.split("."), roots, texts)
    for module, names in taken:
        if module.startswith("."):
            level = len(module) - len(module.lstrip("."))
            package = posixpath.dirname(path)
            for _ in range(level - 1):
                package = posixpath.dirname(package)
            parts = [p for p in module.lstrip(".").split(".") if p]
            found |= _under(package, parts, texts)
            for name in names:
                found |= _under(package, [*parts, name], texts)
        else:
            parts = module.split(".")
            found |= _absolute(parts, roots, texts)
            for name in names:
                found |= _absolute([*parts, name], roots, texts)
    return found


def _absolute(parts: list[str], roots: set[str], texts: dict[str, str]) -> set[str]:
    """The modules an absolute dotted import names, from any of `roots`, with the packages
    it passes through."""
    found: set[str] = set()
    for root in roots:
        found |= _under("" if root == "." else root, parts, texts)
    return found


def _under(base: str, parts: list[str], texts: dict[str, str]) -> set[str]:
    """The modules of `parts` below folder `base`: each package's `__init__.py` on the way
    and the last part's module or package."""
    found: set[str] = set()
    current = base
    for part in parts:
        if part == "*":
            break
        current = posixpath.join(current, part) if current else part
        for candidate in (current + ".py", current + "/__init__.py"):
            if candidate in texts:
                found.add(candidate)
    return found
