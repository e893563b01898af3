"""Node servers started from a nested package.json whose code is the enclosing package's.

A repository may keep its server's entry file in a subfolder with a package.json of its own
(`server/server.js` beside a vestigial `server/package.json`) while the handlers, models and
services it mounts live in the root's folders (`import handler from '../api/chat.js'`), and
the root package.json installs what they need (the image runs `npm ci` at the root, then `node
server/server.js`). The server is the root package's: its own dependencies are the ones
installed, and its code is the root's. So a nested package whose framework is started in a
file importing mostly modules from above its own folder lends that start-up to the enclosing
package, which declares the same framework, and is marked (`Unit.lends_server`) so that it
is no service of its own.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, enclosing
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_RELATIVE = re.compile(
    r"""^[^\n]*?(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(?\s*)['"](\.{1,2}/[^'"\n]+)['"]""",
    re.MULTILINE,
)
"""A module an import names by a relative path (`'../api/chat.js'`, `'./routes.js'`)."""

MIN_OUTSIDE = 3
"""Imports from above the package's folder a start-up file needs to be the enclosing code's
(one shared helper imported from above proves nothing)."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Move each nested Node package's framework start-up to the enclosing package when the
    file starting it imports mostly the enclosing package's modules."""
    for unit in list(units.values()):
        if unit.folder == "." or not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        started = [
            s
            for s in unit.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        ]
        if not started:
            continue
        outer = enclosing(unit, LANGUAGE, units)
        if outer is None or not _declares(outer, {s.name for s in started}):
            continue
        files = {s.evidence.path for s in started}
        if not any(_outer_code(top, unit.folder, path) for path in files):
            continue
        outer.signals[LANGUAGE] += started
        unit.lends_server = True


def _declares(outer: Unit, names: set[str]) -> bool:
    """Whether the enclosing package installs every framework started below at run time."""
    declared = {
        s.name
        for s in outer.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
    }
    return names <= declared


def _outer_code(top: str, folder: str, path: str) -> bool:
    """Whether the file at `path` imports more modules from above `folder` than from it."""
    text = read_text(top, path)[0] or ""
    here = posixpath.dirname(path)
    outside = inside = 0
    for module in _RELATIVE.findall(text):
        target = posixpath.normpath(posixpath.join(here, module))
        if target == folder or target.startswith(folder + "/"):
            inside += 1
        else:
            outside += 1
    return outside >= MIN_OUTSIDE and outside > inside
