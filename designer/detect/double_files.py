"""Node packages whose every server is a file named as a test double: developer consoles.

Beside a product's server, a package of developer tools may start mock servers of the devices
or services the product talks to (`src/mock-octoprint.server.ts`, `mock-camera/…`, run by
`mock:*` scripts while developing), next to one-off console scripts. Its folder bears no
double's name (`packages/consoles`), so `nonservices.is_double` keeps it, yet every module of
it that starts a server is named so: each server it has stands in for another system
(`Unit.stands_in`), as a folder named so does. Its manifest may still list the product's data
layer for its scripts; as for `readme_doubles`, a package whose code imports a data layer it
declares keeps data and stays a backend.
"""

from __future__ import annotations

import posixpath

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.nonservices import DATA_KINDS, is_double
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 200
"""Code files read per package to find an import of its data layer."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.stands_in` on the undeployed Node packages whose every server start lies in
    a file (or folder) named as a double and whose code imports none of their data layers."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if unit.deployable or unit.stands_in or not signals:
            continue
        starts = {
            s.evidence.path
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if not starts or not all(_named_double(unit.folder, path) for path in starts):
            continue
        data = {s.package for s in signals if s.kind in DATA_KINDS and s.package}
        if data:
            seen, whole = node_imports.imported_outside_tests(top, unit.folder, data, MAX_FILES)
            if seen or not whole:
                continue
        unit.stands_in = True


def _named_double(folder: str, path: str) -> bool:
    """Whether the file at `path` of the package at `folder`, or a folder of it below the
    package's, is named as a double (`src/mock-octoprint.server.ts`)."""
    inner = path[len(folder) + 1 :] if folder != "." else path
    stem = posixpath.basename(inner).split(".")[0]
    return is_double(posixpath.join(posixpath.dirname(inner), stem))
