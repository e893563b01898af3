"""Web services a repository keeps, marked legacy, beside the ones that replaced them.

A folder whose name marks it legacy (`screenshot-python-legacy`, `legacy-renderer`) holding a
web service with no data of its own, in a repository whose other web service keeps the data,
is the old implementation of a helper kept after its replacement: a careful reader runs the
new one, and the folder's name says so. A legacy folder keeping data (a data layer,
migrations, an engine) stays a backend: the old system may still hold the records. A
repository whose only web service is marked legacy keeps it, and so does one whose other
services keep no data either (an old release served beside the new one, neither holding
records: nothing tells which one clients use).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, shows_own_data
from designer.model.stack import FindingKind

_LEGACY = re.compile(r"(?:^|[-_.])legacy(?:$|[-_.])", re.IGNORECASE)
"""A folder name marking its content legacy, as a word of it."""


def _legacy(unit: Unit) -> bool:
    return any(_LEGACY.search(part) for part in unit.folder.split("/"))


def _serves(unit: Unit) -> bool:
    return not unit.no_web and any(
        s.kind is FindingKind.FRAMEWORK for found in unit.signals.values() for s in found
    )


def mark(units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the web services in legacy folders that keep no data, when a web
    service outside such folders keeps data beside them."""
    if not any(_serves(u) and not _legacy(u) and shows_own_data(u) for u in units.values()):
        return
    for unit in units.values():
        if _serves(unit) and _legacy(unit) and not shows_own_data(unit):
            unit.no_web = True
