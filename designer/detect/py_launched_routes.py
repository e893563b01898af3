"""The Tornado a Python application's declared kit launches with the application's routes.

A domain SDK may wrap Tornado in a launcher of its own: the application declares only the SDK
(`biothings[web_extra]==0.12.4` in a requirements list, with no lock), and its entry module
hands the SDK's launcher a Tornado route table under its `__main__` guard (`main([(r"/",
MainHandler), (r"/v1/(.*)", RedirectHandler, {...})])`, the handlers imported from
`tornado.web`). No list names Tornado and the code never makes `tornado.web.Application`, yet
the server the program starts is Tornado's: a framework a library lends the application is the
application's, at no release the tree states. The search and database clients its own modules
import that no list declares (`from elasticsearch_dsl import Search`) come from the same kit
and are its data layer, where it has none of its own.

Only Python projects naming no framework are asked, only about a top-level module of the
project whose `__main__` block calls a function imported from a declared package the catalogue
does not know with a list of `(r"/…", Handler)` tuples, and only where that module imports
`tornado` itself: a kit's launcher fed another framework's routes lends nothing here, and a
module importing Tornado for a route table it never hands to a kit (a Jupyter extension's
`add_handlers` in a loader function) starts nothing.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import CATALOG
from designer.detect.py_lent_frameworks import imported_modules
from designer.detect.pymodules import nested_projects
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_TORNADO = re.compile(
    r"^[ \t]*(?:from[ \t]+tornado[\w.]*[ \t]+import\b|import[ \t]+tornado\b)", re.M
)
"""The module's own import of Tornado."""

_MAIN = re.compile(r"""^if[ \t]+__name__[ \t]*==[ \t]*["']__main__["'][ \t]*:[ \t]*$""", re.M)
"""The entry module's `__main__` guard."""

_FROM = re.compile(r"^from[ \t]+(\w+)[\w.]*[ \t]+import[ \t]+([^\n#]+)", re.M)
"""A name imported from a top-level package."""

_ROUTE = re.compile(r"""\(\s*r?["']/[^"'\n]*["']\s*,\s*[A-Z]\w*""")
"""One `(r"/path", Handler` entry of a Tornado route table."""

_DATA = frozenset({FindingKind.DATABASE, FindingKind.ORM, FindingKind.QUERY})


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Python project naming no framework whose entry module hands a declared kit's
    launcher a Tornado route table the Tornado framework (and the undeclared data clients its
    modules import)."""
    folders = list(units)
    for unit in units.values():
        if not any(ecosystem == LANGUAGE for _, ecosystem, _ in unit.manifests):
            continue
        signals = unit.signals.get(LANGUAGE, [])
        if any(s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV for s in signals):
            continue
        declared = {
            name.lower().replace("_", "-")
            for _, ecosystem, result in unit.manifests
            if ecosystem == LANGUAGE
            for name in result.uses
        }
        kits = {name.replace("-", "_") for name in declared if name not in CATALOG}
        if not kits:
            continue
        start = _launch(top, unit.folder, kits)
        if start is None:
            continue
        framework = Signal(
            FindingKind.FRAMEWORK, "Tornado", Strength.DEPENDENCY, start, "", "tornado"
        )
        unit.signals[LANGUAGE] = [*signals, framework]
        if any(s.kind in _DATA and s.strength is not Strength.DEV for s in signals):
            continue
        imported = imported_modules(top, unit.folder, nested_projects(unit.folder, folders))
        for package, entries in CATALOG.items():
            module = package.replace("-", "_")
            if package in declared or module not in imported:
                continue
            if entries and all(kind in _DATA for kind, _ in entries):
                unit.signals[LANGUAGE] += [
                    Signal(kind, name, Strength.DEPENDENCY, start, "", package)
                    for kind, name in entries
                ]


def _launch(top: str, folder: str, kits: set[str]) -> Evidence | None:
    """The line of a top-level module of `folder` whose `__main__` block hands a kit's function
    a Tornado route table, in a module importing Tornado."""
    try:
        names = sorted(os.listdir(top if folder == "." else os.path.join(top, *folder.split("/"))))
    except OSError:
        return None
    for name in names:
        if not name.endswith(".py"):
            continue
        path = name if folder == "." else posixpath.join(folder, name)
        text = read_text(top, path)[0] or ""
        guard = _MAIN.search(text)
        if guard is None or not _TORNADO.search(text):
            continue
        launchers = {
            imported.strip().split(" as ")[-1].strip()
            for found in _FROM.finditer(text[: guard.start()])
            if found.group(1) in kits
            for imported in found.group(2).strip("() ").split(",")
        }
        body = text[guard.end() :]
        for launcher in filter(None, launchers):
            call = re.search(rf"\b{re.escape(launcher)}[ \t]*\(\s*\[\s*", body)
            if call is None or not _ROUTE.match(body, call.end()):
                continue
            line = text.count("\n", 0, guard.end() + call.start()) + 1
            return Evidence(path=path, line=line, text=re.sub(r"\s+", "", call.group(0))[:200])
    return None
