"""Node servers listening on the app a library package of their workspace builds.

A workspace may keep the building of its Express apps in a library package (a server
boilerplate whose API builder calls `express()` and adds the middleware, the sessions and the
database), and each server package calls that builder and listens on what it returns
(`http.createServer(await createApp()).listen(port)` in its program). Each such package is an
application: it declares the framework, its program listens, and only the library's code
starts the framework. So a package declaring a framework no code of its own starts, whose
program file listens, and which depends on a workspace library whose code starts that same
framework, is given that start (at its program's `listen`), and the library is marked
(`Unit.lends_server`): code of those servers, not a service of its own. A program the
manifest names by its build output (`main: dist/index.js`) is read from its source
(`src/index.ts`). Unlike `workspace_servers`, the application needs no Dockerfile: its own
declared framework and listening program say it is one.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 2
"""Program files read per package: its `main` and what its `start` script runs."""

_LISTEN = LazyPattern(r"\.listen\s*\(")
"""A server told to listen (`app.listen(port)`, `http.createServer(app).listen(port)`)."""

_BUILT = ("dist", "build", "lib", "out")
"""Folders a TypeScript or Babel build writes a package's program to, from `src/`."""

_SOURCES = (".ts", ".mts", ".js", ".mjs")


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node package whose program listens on an app its workspace library builds
    the library's start of the framework, and mark the library."""
    libraries = {
        name.lower(): unit
        for unit in units.values()
        if _started(unit)
        for name in module_names(unit, LANGUAGE)
    }
    if not libraries:
        return
    for app in units.values():
        signals = app.signals.get(LANGUAGE, [])
        declared = {
            s.name
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
        }
        if not declared or _started(app):
            continue
        builders = [
            library
            for name in module_uses(app, LANGUAGE)
            if (library := libraries.get(name.lower())) is not None
            and library is not app
            and not library.deployable
            and _started(library) & declared
        ]
        if not builders:
            continue
        listening = _listening(top, app)
        if listening is None:
            continue
        for library in builders:
            for started in _started(library) & declared:
                first = next(
                    s
                    for s in library.signals[LANGUAGE]
                    if s.name == started and s.strength is Strength.ENTRY
                )
                signals.append(first.replace(evidence=listening))
            library.lends_server = True


def _started(unit: Unit) -> set[str]:
    """The frameworks the unit's own code starts."""
    return {
        s.name
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    }


def _listening(top: str, app: Unit) -> Evidence | None:
    """Where the package's program file tells a server to listen, if it does."""
    programs = sorted(
        {
            posixpath.normpath(posixpath.join(app.folder, program))
            for _, e, result in app.manifests
            if e == LANGUAGE
            for program in result.program
        }
    )
    for path in programs[:MAX_FILES]:
        for candidate in (path, *sources_of(app.folder, path)):
            text = read_text(top, candidate)[0]
            if text is None:
                continue
            match = _LISTEN.search(text)
            if match is None:
                break
            line = text.count("\n", 0, match.start()) + 1
            shown = text.splitlines()[line - 1].strip()
            return Evidence(path=candidate, line=line, text=shown)
    return None


def sources_of(folder: str, program: str) -> list[str]:
    """The source files a built program (`dist/index.js`) is compiled from: `src/index.ts`,
    or `index.ts` at the package's top (a tsconfig with no `rootDir`, including `./**/*.ts`)."""
    inner = posixpath.relpath(program, folder) if folder != "." else program
    first, _, rest = inner.partition("/")
    if first not in _BUILT or not rest:
        return []
    stem = posixpath.splitext(rest)[0]
    return [
        posixpath.normpath(posixpath.join(folder, base, stem + end))
        for base in ("src", ".")
        for end in _SOURCES
    ]
