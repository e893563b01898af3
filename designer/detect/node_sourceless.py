"""Node packages holding no code: no backend to guess.

When no folder of a tree names a web framework, `monorepo.backends` guesses one among the
folders showing server code. A package.json kept only to install a tool beside another
language's code (the Prisma CLI and client for a Go or Python service's schema and
migrations) declares a data layer, yet its folder holds no JavaScript nor TypeScript source and
its manifest names no program to start: nothing of it runs, let alone serves HTTP. Such a
package naming no web framework is marked `Unit.settled`, so that no guess makes it a backend.
`node_modules/` and the folders of nested packages (units of their own) are not read.
"""

from __future__ import annotations

import json
import posixpath

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "node"

ENDINGS = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".vue", ".svelte")
"""Sources a Node package may run or build."""

MAX_FILES = 1
"""Sources looked for: one is enough to leave the package to the other rules."""

_STARTS = ("start", "serve", "dev", "prod", "production")
"""Scripts that run a program (`"start": "strapi start"`, a dependency's own server)."""


def _own_manifest(top: str, unit: Unit) -> dict | None:
    """The folder's own package.json, parsed, or None."""
    path = posixpath.join(unit.folder, "package.json") if unit.folder != "." else "package.json"
    if not any(p == path and e == ECOSYSTEM for p, e, _ in unit.manifests):
        return None
    try:
        data = json.loads(read_text(top, path)[0] or "")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.settled` on the Node packages naming no web framework, starting nothing and
    holding no source of their own."""
    packages = [u for u in units.values() if ECOSYSTEM in u.signals]
    for unit in packages:
        if unit.settled or any(s.kind is FindingKind.FRAMEWORK for s in unit.signals[ECOSYSTEM]):
            continue
        manifest = _own_manifest(top, unit)
        if manifest is None or manifest.get("main") or manifest.get("bin"):
            continue
        scripts = manifest.get("scripts")
        if isinstance(scripts, dict) and any(name in scripts for name in _STARTS):
            continue
        nested = {other.folder for other in units.values() if other.is_under(unit)}
        sources = all_code_files(
            top,
            unit.folder,
            ENDINGS,
            MAX_FILES,
            skip_dir=lambda d: d == "node_modules",
            nested=nested,
        )
        if sources == []:
            unit.settled = True
