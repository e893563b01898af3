"""Node frameworks a package declares only to force the release another package requires.

A security audit flags a vulnerable release deep in the tree (a web framework a database
tool's development server requires), and the project forces the patched one: it pins the
package under its parent in the manifest's overrides (yarn's `"resolutions": {"@tool/dev/hono":
"4.13.2"}`, npm's `"overrides": {"@tool/dev": {"hono": "4.13.2"}}`, pnpm's `"a>hono"`) and often
lists it among its dependencies at that release too, so that the audit's fix holds. Such a
framework is a transitive package, not a second framework to choose between: the
application's is the other one it declares.

Only frameworks no code of the package starts, only where the manifest pins the framework's
package beneath another package, and only when another framework is declared beside it.
"""

from __future__ import annotations

import json
from typing import Any

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop from each Node package the frameworks its overrides pin beneath another package,
    when no code starts them and another framework is declared."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        started = {s.name for s in frameworks if s.strength is Strength.ENTRY}
        if not frameworks:
            continue
        nested: set[str] = set()
        for path, ecosystem, _ in unit.manifests:
            if ecosystem == LANGUAGE and path.endswith("package.json"):
                nested |= _nested_pins(top, path)
        pinned = {
            s.name
            for s in frameworks
            if s.package in nested and s.name not in started and s.strength is not Strength.ENTRY
        }
        others = {s.name for s in frameworks if s.strength is not Strength.ENTRY} - pinned
        if pinned and others:
            unit.signals[LANGUAGE] = [
                s for s in signals if not (s.kind is FindingKind.FRAMEWORK and s.name in pinned)
            ]


def _nested_pins(top: str, path: str) -> set[str]:
    """The packages (lower-case) the manifest's overrides pin beneath another package."""
    try:
        data: Any = json.loads(read_text(top, path)[0] or "")
    except json.JSONDecodeError:
        return set()
    if not isinstance(data, dict):
        return set()
    found: set[str] = set()
    pnpm = data.get("pnpm")
    for table in (
        data.get("resolutions"),
        pnpm.get("overrides") if isinstance(pnpm, dict) else None,
    ):
        if isinstance(table, dict):
            found |= {_last(key) for key in table if isinstance(key, str) and _last(key)}
    overrides = data.get("overrides")
    if isinstance(overrides, dict):
        found |= _beneath(overrides)
    return found


def _last(key: str) -> str:
    """The package a yarn or pnpm override key pins beneath a parent (`@tool/dev/hono`,
    `**/hono`, `@tool/dev>hono`), or "" for one pinned at the top (`hono`, `@scope/name`)."""
    parts = [p for p in key.replace(">", "/").split("/") if p]
    # Rejoin scoped names (`@scope/name`) into one package each.
    packages: list[str] = []
    for part in parts:
        if packages and packages[-1].startswith("@") and "/" not in packages[-1]:
            packages[-1] += "/" + part
        else:
            packages.append(part)
    if len(packages) < 2:
        return ""
    last = packages[-1]
    # A release range after the name (pnpm's `a>hono@<4.12`) is not part of it.
    scoped = last.startswith("@")
    name = last[1:].split("@", 1)[0] if scoped else last.split("@", 1)[0]
    return ("@" + name if scoped else name).lower()


def _beneath(table: dict[str, Any]) -> set[str]:
    """The packages npm's nested `overrides` pin beneath a parent package."""
    found: set[str] = set()
    for value in table.values():
        if isinstance(value, dict):
            found |= {k.lower() for k in value if isinstance(k, str) and k != "."}
            found |= _beneath(value)
    return found
