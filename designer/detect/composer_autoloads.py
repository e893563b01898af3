"""Composer packages whose code the enclosing project autoloads itself.

A modular Composer application may keep its modules as packages of their own, each with a
composer.json (`app/core/corp/composer.json`, autoloading `src/`), while the application's
own composer.json maps their namespaces straight to those folders (`"psr-4": {"App\\Corp\\":
"app/core/corp/src/"}`) and never installs them. Their code is the application's: the models
that show its data layer live there. So each package whose source folder (or the folder just
above it) a project's `autoload` maps is included in that project, as a path repository's is.
"""

from __future__ import annotations

import posixpath
from typing import Any

MANIFEST = "composer.json"

_SECTIONS = ("psr-4", "psr-0", "classmap")


def _folders(autoload: Any) -> list[str]:
    """The folders an `autoload` object maps (psr-4 and psr-0 values, classmap entries)."""
    if not isinstance(autoload, dict):
        return []
    found: list[str] = []
    for section in _SECTIONS:
        table = autoload.get(section)
        values = list(table.values()) if isinstance(table, dict) else table
        if not isinstance(values, list):
            continue
        for value in values:
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item.strip():
                    found.append(item.strip())
    return found


def included(data: dict[str, Any]) -> list[str]:
    """The manifests (relative to the project's folder) of the packages kept in the folders
    the project autoloads: at such a folder or one level above it (a package's `src/`). A
    folder outside the project (`../lib/`) or the project's own (`src/`, whose parent is the
    project) names none."""
    manifests: list[str] = []
    for item in _folders(data.get("autoload")):
        folder = posixpath.normpath(item.rstrip("/"))
        if folder in (".", "") or folder.startswith(("..", "/")):
            continue
        for home in (folder, posixpath.dirname(folder)):
            if home and home != ".":
                manifests.append(f"{home}/{MANIFEST}")
    return list(dict.fromkeys(manifests))
