"""db-migrate declared by a full-stack UI package that keeps no migrations.

db-migrate runs the migration files of one folder: `migrations/` beside the package.json, or
the one its scripts name (`db-migrate --migrations-dir db/migrations up`). A Next.js front that
once kept data of its own may still declare it (and a script calling it) after the folder is
gone: with no migrations to run it migrates nothing, and names no data of the package's. Where
that folder is missing from a package whose only frameworks are full-stack UIs, its signals are
dropped (whether the package is then a UI is decided as for any: `nonservices.ui_only`).
"""

from __future__ import annotations

import json
import os
import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import FULL_STACK_UIS
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"
TOOL = "db-migrate"

_DEFAULT = "migrations"
"""The folder db-migrate reads when not told another."""

_FOLDER = re.compile(r"(?:--migrations-dir|-m)[ \t=]+['\"]?([\w./-]+)")
"""The folder a db-migrate command line names."""


def _folders(top: str, folder: str) -> set[str] | None:
    """The migration folders the package's scripts name for db-migrate (the default when they
    name none), relative to the package; None when its package.json cannot be read."""
    within = "" if folder == "." else folder + "/"
    text = read_text(top, within + "package.json")[0]
    try:
        scripts = json.loads(text or "").get("scripts") or {}
    except (ValueError, AttributeError):
        return None
    if not isinstance(scripts, dict):
        return None
    named = {
        found.group(1).removeprefix("./").rstrip("/")
        for command in scripts.values()
        if TOOL in str(command)
        for found in _FOLDER.finditer(str(command))
    }
    return named or {_DEFAULT}


def drop_without_migrations(top: str, units: dict[str, Unit]) -> None:
    """Remove db-migrate from each full-stack UI package none of whose migration folders
    exists."""
    for unit in units.values():
        node = unit.signals.get(LANGUAGE, [])
        frameworks = {s.name for s in node if s.kind is FindingKind.FRAMEWORK}
        if not frameworks or not frameworks <= FULL_STACK_UIS:
            continue
        if not any(s.kind is FindingKind.MIGRATIONS and s.package == TOOL for s in node):
            continue
        folders = _folders(top, unit.folder)
        if folders is None:
            continue
        base = top if unit.folder == "." else os.path.join(top, *unit.folder.split("/"))
        if any(os.path.isdir(os.path.join(base, *name.split("/"))) for name in folders):
            continue
        unit.signals[LANGUAGE] = [s for s in node if s.package != TOOL]
