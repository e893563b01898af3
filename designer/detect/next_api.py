"""Next.js API routes told by where they live: the Pages Router's `pages/api/` folder.

Every module there is an HTTP endpoint the Next.js server answers (its default export is the
handler), whatever it imports: a GraphQL server mounted by an integration package
(`startServerAndCreateNextHandler(apolloServer)`), a plain `export default async (req, res)`.
The walk keeps only the shallowest files of a large project, and a product's `pages/api/`
lies under folders of components and libraries that fill that quota, so the folder is looked
into here, for a package that installs Next.js and starts it in no file the walk read. Whether
the app is then a backend (data of its own) or a UI's server is decided as for any Next.js
route (`nonservices.ui_only`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.node_imports import ENDINGS
from designer.detect.signals import LazyPattern, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"
FRAMEWORK = "Next.js"

_FOLDERS = ("pages/api", "src/pages/api")
"""Where the Pages Router keeps API routes, from the package's folder."""

MAX_FILES = 5
"""Route modules read per package: the first that exports a handler is enough."""

_HANDLER = LazyPattern(r"^export[ \t]+default\b", re.MULTILINE)
"""A module's default export: the route's handler."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give each package installing Next.js, with no file seen starting it, the API route its
    `pages/api/` folder holds."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        named = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s.name == FRAMEWORK]
        if not named or any(s.strength is Strength.ENTRY for s in named):
            continue
        found = _route(top, unit.folder)
        if found is not None:
            signals.append(Signal(FindingKind.FRAMEWORK, FRAMEWORK, Strength.ENTRY, found))


def _route(top: str, folder: str) -> Evidence | None:
    """Where the first route module of the package's `pages/api/` exports its handler."""
    for base in _FOLDERS:
        relative = base if folder == "." else f"{folder}/{base}"
        try:
            names = sorted(
                entry.name
                for entry in os.scandir(os.path.join(top, *relative.split("/")))
                if entry.is_file() and entry.name.endswith(ENDINGS)
            )
        except OSError:
            continue
        for name in names[:MAX_FILES]:
            path = posixpath.join(relative, name)
            text = read_text(top, path)[0] or ""
            match = _HANDLER.search(text)
            if match:
                line = text.count("\n", 0, match.start()) + 1
                end = text.find("\n", match.start())
                shown = text[match.start() : end if end >= 0 else len(text)].strip()
                return Evidence(path=path, line=line, text=shown[:160])
    return None
