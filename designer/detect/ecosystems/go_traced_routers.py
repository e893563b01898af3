"""Go: a router a module reaches only through a tracer's wrapper of it.

Datadog's Go tracer ships, for each router it traces, a package of the same name that wraps it
(`gopkg.in/DataDog/dd-trace-go.v1/contrib/gorilla/mux`: `mux.NewRouter()` returns a
`*mux.Router` embedding gorilla's). A program importing that package is written to the
router all the same: its routes, handlers and path variables are gorilla/mux's. But its
go.mod requires only the tracer (before Go 1.17 a go.mod listed direct requirements alone),
so no framework is declared, and the package building the router (`router/router.go`,
imported by `main.go`) may lie past the walk's quota: the module looked like a program on
net/http alone.

So, for a Go module requiring the tracer and declaring and starting no framework, the imports
of its programs (`main.go`) are followed into the module's own packages, as
`go_programs` does; a wrapper of a catalogued router imported there is that router started
(shown at the import). Its version is the one `go.sum` holds for the wrapped module, when it
holds exactly one (the build downloaded that release and no other).
"""

from __future__ import annotations

import posixpath
import re
from collections import deque

from designer.detect.assemble import Unit
from designer.detect.ecosystems.go_programs import (
    MODULE,
    imports,
    main_packages,
    package_files,
)
from designer.detect.signals import Lines, Signal, Strength
from designer.detect.walker import Source, read_text
from designer.model.stack import Evidence, FindingKind

TRACERS = ("gopkg.in/DataDog/dd-trace-go.v1", "github.com/DataDog/dd-trace-go")
"""The tracer's module paths (v1 and v2) whose `contrib/` packages wrap routers."""

_WRAPPED = (
    ("gorilla/mux", "github.com/gorilla/mux", r"gorilla/mux"),
    ("Gin", "github.com/gin-gonic/gin", r"gin-gonic/gin"),
    ("Echo", "github.com/labstack/echo", r"labstack/echo(?:\.v\d+)?"),
    ("Chi", "github.com/go-chi/chi", r"go-chi/chi(?:\.v\d+)?"),
)
"""Framework, the module the wrapper wraps, and the wrapper's path below `contrib/`."""

_CONTRIB = re.compile(
    r"(?:gopkg\.in/DataDog/dd-trace-go\.v1|github\.com/DataDog/dd-trace-go(?:/v\d+)?)/contrib/"
    r"(?:" + "|".join(f"(?P<w{i}>{path})" for i, (_, _, path) in enumerate(_WRAPPED)) + r")"
    r"(?:/v\d+)?\Z"
)

MAX_PACKAGES = 200
"""The module's packages read at most per module."""
MAX_FILES = 1500
"""Go files read at most per module."""


def mark(top: str, units: dict[str, Unit], sources: dict[str, list[Source]]) -> None:
    """Add the router a traced wrapper stands for to each Go module that requires the tracer
    and shows no framework of its own."""
    for folder, unit in sorted(units.items()):
        manifests = [path for path, eco, _ in unit.manifests if eco == "go"]
        found = unit.signals.get("go", [])
        if not manifests or any(s.kind is FindingKind.FRAMEWORK for s in found):
            continue
        text = read_text(top, manifests[0])[0] or ""
        module = MODULE.search(text)
        if module is None or not any(tracer in text for tracer in TRACERS):
            continue
        programs = main_packages(sources.get(folder, []))
        hit = _wrapper(top, folder, module.group(1), programs)
        if hit is None:
            continue
        index, evidence = hit
        name, wrapped, _ = _WRAPPED[index]
        found.append(Signal(FindingKind.FRAMEWORK, name, Strength.ENTRY, evidence))
        pinned = _summed(top, "go.sum" if folder == "." else f"{folder}/go.sum", wrapped)
        if pinned is not None:
            version, where = pinned
            found.append(
                Signal(FindingKind.FRAMEWORK, name, Strength.DEPENDENCY, where, version,
                       package=wrapped)
            )


def _wrapper(
    top: str, folder: str, module: str, programs: list[str]
) -> tuple[int, Evidence] | None:
    """The first router wrapper (its index in `_WRAPPED`) the packages reached from
    `programs` import, and where."""
    budget = [MAX_PACKAGES, MAX_FILES]
    seen = set(programs)
    queue = deque(sorted(seen))
    while queue and budget[0] > 0:
        package = queue.popleft()
        budget[0] -= 1
        for path, text in package_files(top, package, budget):
            for imported, offset in imports(text):
                match = _CONTRIB.match(imported)
                if match and match.lastgroup:
                    return int(match.lastgroup[1:]), Lines(path, text).at_offset(offset)
                if imported.startswith(module + "/"):
                    target = posixpath.normpath(
                        posixpath.join(folder, imported[len(module) + 1 :])
                    )
                    if target not in seen and not target.startswith(".."):
                        seen.add(target)
                        queue.append(target)
    return None


def _summed(top: str, path: str, wrapped: str) -> tuple[str, Evidence] | None:
    """The one version of `wrapped` (or of its major-version paths) whose files `go.sum`
    holds a checksum of (`h1:` of the module itself, not only of its go.mod), and its line."""
    text = read_text(top, path)[0]
    if not text:
        return None
    found: dict[str, Evidence] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if len(parts) != 3 or parts[1].endswith("/go.mod"):
            continue
        if parts[0] == wrapped or re.fullmatch(re.escape(wrapped) + r"/v\d+", parts[0]):
            shown = f"{parts[0]} {parts[1]}"
            found.setdefault(parts[1], Evidence(path=path, line=number, text=shown))
    if len(found) != 1:
        return None
    return next(iter(found.items()))
