"""CodeIgniter's query builder used by an application whose models lie deep in its tree.

The query builder ships inside the framework, so only the code shows an application uses it
(`ecosystems.php`: a model, a connection opened in code). An application split into modules
keeps its models under each module (`modules/Users/Models/…`), past the few shallow files the
walk reads, which the framework's many configuration classes fill. So in the rare CodeIgniter
application where the walk saw no data layer, its PHP code is looked through on disk, up to a
budget, for the first such use.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.php import CODEIGNITER_DATA_USE
from designer.detect.signals import LazyPattern, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

LAYER = "CodeIgniter Query Builder"

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})

_USE = LazyPattern(CODEIGNITER_DATA_USE, re.MULTILINE)

_SKIPPED = frozenset({"vendor", "node_modules", "tests", "test", "public", "writable", "system"})
"""Folders of other code: dependencies, tests, the web root's assets, the runtime's cache and
the framework's own copy (`system/`, which uses its builder whatever the application does)."""

MAX_FILES = 2000
"""PHP files read at most: a larger tree is left alone."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each CodeIgniter application with no data layer seen the query builder, when its
    code uses it."""
    folders = {unit.folder for unit in units.values()}
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if (
            not signals
            or not any(s.kind is FindingKind.FRAMEWORK and s.name == "CodeIgniter" for s in signals)
            or any(s.kind in _DATA for found in unit.signals.values() for s in found)
        ):
            continue
        nested = {f for f in folders if f != unit.folder and _under(f, unit.folder)}
        evidence = _first_use(top, unit.folder, nested)
        if evidence is not None:
            signals.append(Signal(FindingKind.QUERY, LAYER, Strength.ENTRY, evidence))


def _first_use(top: str, folder: str, nested: set[str]) -> Evidence | None:
    """The first line of the folder's own PHP code using the query builder, if any within
    `MAX_FILES` files."""
    walk = code_files(top, folder, (".php",), MAX_FILES, skip_dir=skipped_folder, nested=nested)
    for path in walk:
        if path is None:
            return None
        text = read_text(top, path)[0]
        match = _USE.search(text) if text is not None else None
        if text is not None and match is not None:
            line = text.count("\n", 0, match.start()) + 1
            return Evidence(path=path, line=line, text=match.group(0).strip())
    return None


def _under(path: str, folder: str) -> bool:
    return folder == "." or path.startswith(folder + "/")


def skipped_folder(name: str) -> bool:
    """Whether a folder of that name holds other code than the application's own (`_SKIPPED`)."""
    return name.lower() in _SKIPPED
