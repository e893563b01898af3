"""Node packages that build their framework's server for its plugins, do one job and exit.

A scheduled job of a product whose server lives in a workspace library may start the same
factory as the services (`createServer(async (server) => { await server.register(billing);
… })`) only to reach the plugins' clients, record something, and end with `process.exit(0)`:
nothing of it listens. A batch job is no backend (`Unit.no_web`). Only a package whose own
code starts no framework visibly and that uses a library of its workspace is asked: it must
exit with success in a module importing that library, and call no `listen(` (nor `start(`)
anywhere in its code.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import TEST_FOLDERS, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 30
"""Code files read per package: a job is small; a larger package is left as it is."""

_EXITS = LazyPattern(r"\bprocess\.exit\([ \t]*0?[ \t]*\)")
"""The program ending on success (`process.exit(0)`, `process.exit()`)."""

_LISTENS = LazyPattern(r"\.(?:listen|start)\(")
"""A server made to listen (`app.listen(…)`, hapi's `server.start()`)."""


def _skip(name: str) -> bool:
    return name == "node_modules" or name in TEST_FOLDERS


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as serving nothing each Node package with a framework that its code never makes
    listen and that exits, once its work is done, in a module importing a library of the
    workspace (where its server comes from)."""
    workspace = {name.lower() for unit in units.values() for name in module_names(unit, LANGUAGE)}
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        named = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not named or any(s.strength is Strength.ENTRY for s in named) or unit.no_web:
            continue
        own = {name.lower() for name in module_names(unit, LANGUAGE)}
        if not (workspace - own) & {name.lower() for name in module_uses(unit, LANGUAGE)}:
            continue
        paths = all_code_files(top, unit.folder, node_imports.ENDINGS, MAX_FILES, skip_dir=_skip)
        if not paths:
            continue
        exits = False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if _LISTENS.search(text):
                break
            exits = exits or bool(
                _EXITS.search(text) and node_imports.named(text) & (workspace - own)
            )
        else:
            unit.no_web = exits
