"""Node packages whose `main` is a barrel: a library's entry, not a program.

A workspace library often points `main` at a module that only gathers its others
(`export * from "./server"`, `export * from "./plugins"`) and has no start script: importers
load it; nothing runs it. Like a `main` beside an `exports` map (`ManifestResult.exported_only`),
it is no program of the package's own, so that a package the workspace's services depend on is
their code, not one more service (`nonservices.mounted`).
"""

from __future__ import annotations

import json
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import LazyPattern
from designer.detect.walker import read_text

LANGUAGE = "node"

_RE_EXPORT = LazyPattern(
    r"""export[ \t]+(?:type[ \t]+)?(?:\*(?:[ \t]+as[ \t]+\w+)?|\{[^}]*\})[ \t]*from[ \t]*"""
    r"""["'][^"']+["'][ \t]*;?"""
)
"""A re-export (`export * from "./lib"`, `export { a, b } from "./c"`)."""

_COMMENT = LazyPattern(r"/\*.*?\*/|//[^\n]*", re.DOTALL)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as a library's entry the `main` of each Node package that only re-exports its
    modules and that no start script runs."""
    for unit in units.values():
        for path, eco, result in unit.manifests:
            if eco != LANGUAGE or not result.program or result.exported_only:
                continue
            main = _main_only(top, path)
            if main is None:
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), main))
            if _is_barrel(read_text(top, target)[0] or ""):
                result.exported_only = True


def _main_only(top: str, path: str) -> str | None:
    """The package's `main`, when it has no start script."""
    try:
        data = json.loads(read_text(top, path)[0] or "")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    scripts = data.get("scripts")
    main = data.get("main")
    if isinstance(scripts, dict) and "start" in scripts:
        return None
    return main if isinstance(main, str) and main.strip() else None


def _is_barrel(text: str) -> bool:
    """Whether a module's every statement re-exports another module's."""
    lines = [line.strip() for line in _COMMENT.sub("", text).splitlines()]
    lines = [line for line in lines if line]
    return bool(lines) and all(_RE_EXPORT.fullmatch(line) for line in lines)
