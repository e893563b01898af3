"""Clojure programs whose main namespace never reaches the Ring server kept in their tree.

A deps.edn application names the namespace it runs (`:main-opts ["-m" "app.runner"]`): a
poller or a batch worker built of components (a database, a poller loop, an exporter) may
still keep, among its sources, a server component (`app.components.server`, requiring
`ring.adapter.jetty`) that no namespace requires any more, its Ring dependencies left in
deps.edn. The program then serves no HTTP: it is no backend (`Unit.no_web`).

Telling so follows the `ns` forms from every main namespace to the project's own namespaces
they require, transitively: only when none of those reached requires a server adapter, while
an unreached namespace of the project does, is the unit marked. A main namespace missing from
the tree (only tools' runners, `nrepl.cmdline`), or a tree too large to read, leaves the unit
alone.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "clojure"

MAX_FILES = 400
"""Namespaces read per program at most."""

_MAIN = re.compile(r'"-m"\s+"([\w.\-]+)"')
"""A namespace an alias runs (`:main-opts ["-m" "app.runner"]`)."""

_PATHS = re.compile(r":paths\s*\[([^\]]*)\]")

_SERVER = re.compile(
    r"\[\s*(?:ring\.adapter\.[\w\-]+|org\.httpkit\.server|aleph\.http|immutant\.web"
    r"|s-exp\.hirundo|luminus\.http-server)\b"
)
"""A namespace requiring a server adapter: where a Ring handler is served over HTTP."""

_SYMBOL = re.compile(r"(?<![\w\-.])[A-Za-z][\w\-]*+(?:\.[\w\-]++)+")
"""A dotted symbol, from its first character only: tried from inside a long word, the scan
would read the rest of the word again at every character of it."""

_COMMENT = re.compile(r";[^\n]*")

_ENDINGS = (".clj", ".cljc")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the deps.edn programs whose main namespaces reach no namespace
    requiring a server adapter, while one of their own namespaces that nothing reaches does."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        deps = "deps.edn" if unit.folder == "." else f"{unit.folder}/deps.edn"
        if not any(path == deps for path, _, _ in unit.manifests):
            continue
        text = _COMMENT.sub("", read_text(top, deps)[0] or "")
        paths = _PATHS.search(text)
        roots = re.findall(r'"([^"]+)"', paths.group(1)) if paths else ["src"]
        files = _namespaces(top, unit.folder, roots)
        if files is None:
            continue
        # The project's own mains: a tool's (`nrepl.cmdline`, a test runner in an alias's
        # extra path) runs no program of the project's.
        mains = sorted({main for main in _MAIN.findall(text) if main in files})
        if not mains:
            continue
        reached, serving = _reach(top, files, mains)
        if reached is None:
            continue
        if serving and not serving & reached:
            unit.no_web = True


def _namespaces(top: str, folder: str, roots: list[str]) -> dict[str, str] | None:
    """The project's namespaces (name → file) under its source paths; None past MAX_FILES."""
    found: dict[str, str] = {}
    for root in roots:
        base = posixpath.normpath(posixpath.join(folder, root))
        start = os.path.join(top, *base.split("/"))
        for current, dirs, names in os.walk(start):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            relative = os.path.relpath(current, start).replace(os.sep, "/")
            for name in sorted(names):
                if not name.endswith(_ENDINGS):
                    continue
                if len(found) >= MAX_FILES:
                    return None
                stem = posixpath.normpath(posixpath.join(relative, name.rsplit(".", 1)[0]))
                namespace = stem.replace("/", ".").replace("_", "-")
                found.setdefault(namespace, posixpath.join(base, relative, name))
    return found


def _reach(
    top: str, files: dict[str, str], mains: list[str]
) -> tuple[set[str], set[str]] | tuple[None, None]:
    """The namespaces the mains reach through their `ns` forms, and those of the project
    requiring a server adapter."""
    serving: set[str] = set()
    required: dict[str, set[str]] = {}
    for namespace, path in files.items():
        text = _COMMENT.sub("", read_text(top, posixpath.normpath(path))[0] or "")
        form = _ns_form(text)
        if _SERVER.search(form):
            serving.add(namespace)
        required[namespace] = {s for s in _SYMBOL.findall(form) if s in files}
    reached: set[str] = set()
    queue = list(mains)
    while queue:
        namespace = queue.pop()
        if namespace in reached:
            continue
        reached.add(namespace)
        queue += required.get(namespace, set()) - reached
    return reached, serving


def _ns_form(text: str) -> str:
    """The text of the file's `(ns …)` form (up to its closing parenthesis), or ""."""
    start = text.find("(ns ")
    if start == -1:
        return ""
    depth = 0
    in_string = False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            if char == "\\":
                continue
            if char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    return text[start:]
