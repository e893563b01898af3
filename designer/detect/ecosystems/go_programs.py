"""Go: which of two web frameworks a module's programs are written to.

A module may require two routers: the API server's and a small one elsewhere (a static file
server on Chi beside an API on Echo). Where each is started says little (the API's router is
often built deep in a package the walk's quota never reaches, the small one in a shallow
`server.go`). What decides is the code the programs run: from each `main.go`, the imports
are followed into the module's own packages, and the framework more of those packages import
(the handlers take its context type, register its routes) is the primary one.

A module requiring one framework whose start the walk's quota never reached (a router built
in `internal/apirouter/`, under `cmd/…/main.go` → `internal/app` → `internal/services`) is
read the same way: its programs' packages importing the framework show it started, so that
the module is an application, not a build root holding a smaller server below it.

Read only for a module that requires two frameworks or more, or one not seen started, and
within a budget of packages and files, so that a large tree costs a bounded number of reads.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections import deque

from designer.detect.assemble import Unit
from designer.detect.ecosystems.go import ROUTER_PACKAGES
from designer.detect.signals import LazyPattern, Lines, Signal, Strength
from designer.detect.walker import Source, read_text
from designer.model.stack import Evidence, FindingKind

MAX_PACKAGES = 1000
"""Packages of the module read per scan, at most."""

MAX_FILES = 6000
"""Go files read per scan, at most."""

HEAD_BYTES = 8192
"""Bytes of each file read: enough for the package clause, its comments and the imports."""

MODULE = LazyPattern(r"^module[ \t]+(\S+)", re.MULTILINE)
"""The module path a go.mod declares."""
_BLOCK = LazyPattern(r"^import[ \t]*\(([^)]*)\)", re.MULTILINE)
_SINGLE = LazyPattern(r'^import[ \t]+(?:[\w.]+[ \t]+)?"([^"\n]+)"', re.MULTILINE)
_PATH = LazyPattern(r'"([^"\n]+)"')
_ROUTER = LazyPattern(
    "(?:"
    + "|".join(f"(?P<r{i}>{path})" for i, (_, path) in enumerate(ROUTER_PACKAGES))
    + r")\Z"
)
"""Any framework's package path, the group named after its index in `ROUTER_PACKAGES`."""
_DECLARATIONS = ("\nfunc ", "\ntype ", "\nvar ", "\nconst ")

_COMMENT = LazyPattern(r"//[^\n]*|/\*[\s\S]*?\*/")
"""A Go comment: a line comment or a block one (import paths never hold `//` or `/*`)."""


def mark_primary(top: str, units: dict[str, Unit], sources: dict[str, list[Source]]) -> None:
    """Add, to each Go module requiring two frameworks or more (or one whose start was not
    seen), a `primary` framework signal for the one its programs' packages import most (none
    on a tie)."""
    budget = [MAX_PACKAGES, MAX_FILES]
    for folder, unit in sorted(units.items()):
        manifests = [path for path, eco, _ in unit.manifests if eco == "go"]
        declared = {
            s.name
            for s in unit.signals.get("go", [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
        }
        if not manifests or not declared or (len(declared) == 1 and _started(unit)):
            continue
        text, _ = read_text(top, manifests[0])
        module = MODULE.search(text or "")
        programs = main_packages(sources.get(folder, []))
        programs += command_packages(top, sources.get(folder, []), programs)
        if module is None or not programs:
            continue
        found = _importers(top, folder, module.group(1), programs, declared, budget)
        counts = sorted(((len(v), k) for k, v in found.items()), reverse=True)
        if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
            continue
        name = counts[0][1]
        # Shown where the shallowest of those packages imports it.
        evidence = found[name][min(found[name], key=lambda p: (p.count("/"), p))]
        unit.signals["go"].append(
            Signal(FindingKind.FRAMEWORK, name, Strength.ENTRY, evidence, primary=True)
        )


def main_packages(sources: list[Source]) -> list[str]:
    """The folders of a module's programs: those holding a `main.go` that is no test."""
    return [
        posixpath.dirname(s.path) or "."
        for s in sources
        if s.path.rsplit("/", 1)[-1] == "main.go" and not s.is_test
    ]


_PACKAGE_MAIN = LazyPattern(r"^package[ \t]+main\b", re.MULTILINE)


def command_packages(top: str, sources: list[Source], known: list[str]) -> list[str]:
    """The programs of Go's `cmd/<name>/` layout whose file is named for the program, not
    `main.go` (`cmd/server/powerx.go`): a folder right under a `cmd` folder holding a non-test
    Go file that declares `package main`, not among `known` already."""
    found: list[str] = []
    for source in sources:
        package = posixpath.dirname(source.path)
        if (
            source.is_test
            or not source.path.endswith(".go")
            or posixpath.basename(posixpath.dirname(package)) != "cmd"
            or package in known
            or package in found
        ):
            continue
        text = head(os.path.join(top, *source.path.split("/")))
        if text and _PACKAGE_MAIN.search(_COMMENT.sub(_blank, text)):
            found.append(package)
    return found


def _started(unit: Unit) -> bool:
    """Whether the walk saw a framework started in the module's code."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        for s in unit.signals.get("go", [])
    )


def _importers(
    top: str,
    folder: str,
    module: str,
    programs: list[str],
    declared: set[str],
    budget: list[int],
) -> dict[str, dict[str, Evidence]]:
    """Framework name → package → where it imports the framework's package (`ROUTER_PACKAGES`),
    for the packages reached from `programs` through the module's own imports."""
    found: dict[str, dict[str, Evidence]] = {}
    seen = set(programs)
    queue = deque(sorted(seen))
    while queue and budget[0] > 0:
        package = queue.popleft()
        budget[0] -= 1
        for path, text in package_files(top, package, budget):
            lines: Lines | None = None
            for imported, offset in imports(text):
                name = _framework(imported)
                if name in declared:
                    packages = found.setdefault(name, {})
                    if package not in packages:
                        lines = lines or Lines(path, text)
                        packages[package] = lines.at_offset(offset)
                elif imported.startswith(module + "/"):
                    inner = imported[len(module) + 1 :]
                    target = posixpath.normpath(posixpath.join(folder, inner))
                    if target not in seen and not target.startswith(".."):
                        seen.add(target)
                        queue.append(target)
    return found


def package_files(top: str, package: str, budget: list[int]) -> list[tuple[str, str]]:
    """(path, text) of the package's non-test Go files, within the file budget."""
    try:
        names = sorted(os.listdir(os.path.join(top, *package.split("/"))))
    except OSError:
        return []
    files = []
    for name in names:
        if not name.endswith(".go") or name.endswith("_test.go") or budget[1] <= 0:
            continue
        budget[1] -= 1
        path = name if package == "." else f"{package}/{name}"
        text = head(os.path.join(top, *path.split("/")))
        if text is not None:
            files.append((path, text))
    return files


def head(path: str) -> str | None:
    """The first `HEAD_BYTES` of a file, where a Go file's imports are (they precede every
    declaration): the rest of a large handler file is never read. None when unreadable."""
    try:
        with open(path, "rb") as file:
            raw = file.read(HEAD_BYTES)
    except OSError:
        return None
    return raw.decode("utf-8", errors="replace")


def _framework(imported: str) -> str:
    """The framework whose package `imported` is, or ""."""
    if "." not in imported.split("/", 1)[0]:
        # The standard library's paths (no domain) skip without a pattern; a framework's may
        # sit off GitHub (`goji.io`, `gopkg.in/macaron.v1`), so the domain is not assumed.
        return ""
    match = _ROUTER.match(imported)
    return ROUTER_PACKAGES[int(match.lastgroup[1:])][0] if match and match.lastgroup else ""


def framework_package(imported: str) -> str:
    """The web framework whose package `imported` is, or "" (for callers outside this module)."""
    return _framework(imported)


def imports(text: str) -> list[tuple[str, int]]:
    """(import path, offset) of a Go file's imports (the block form and the single one)."""
    # Imports precede every declaration: the text after the first one is not searched.
    end = min((i for i in map(text.find, _DECLARATIONS) if i != -1), default=len(text))
    # An import commented out (`// "github.com/jmoiron/sqlx"` left in the block, a whole
    # block inside `/* … */`) is no import: comments are blanked, offsets kept.
    text = _COMMENT.sub(_blank, text[:end])
    found = [(m.group(1), m.start(1)) for m in _SINGLE.finditer(text)]
    for block in _BLOCK.finditer(text):
        start = block.start(1)
        found += [(m.group(1), start + m.start(1)) for m in _PATH.finditer(block.group(1))]
    return found


def _blank(match: re.Match[str]) -> str:
    """The comment matched, as spaces (its line breaks kept, so offsets and lines stay)."""
    return re.sub(r"[^\n]", " ", match.group(0))
