"""Node applications whose server a library package of their workspace starts.

A workspace may keep its whole server in a library package (an `api-core` building the
Express app, the GraphQL server and the MongoDB client in a class) and deploy it through a thin
application package: a Dockerfile, and a program that imports the library, registers plugins
and calls `start()`. The application is the backend, and the framework and data layer the
library lends it are its own; the library, deployed by no one but that application, is not a
service of its own (`Unit.lends_server`). Only a deployed package (a Dockerfile, a Procfile)
with no framework of its own is asked, and only of the workspace packages its program files
import: a tool that merely depends on the server package (a CLI) is not deployed as it.
"""

from __future__ import annotations

import posixpath

from designer.detect import node_imports
from designer.detect.assemble import BACKEND_KINDS, Unit
from designer.detect.library_builders import sources_of
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 3
"""Program files read per application: its `main` and what its `start` script runs."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each deployed Node package with no framework the framework, data layer and stores
    of the workspace library its program imports that starts a server, and mark that library."""
    packages = workspace_packages(units)
    for app in units.values():
        if not app.deployable or names_framework(app, Strength.DEV):
            continue
        servers = server_libraries(app, packages)
        if not servers:
            continue
        imported = _imported_by_program(top, app)
        for library in servers.values():
            if {n.lower() for n in module_names(library, LANGUAGE)} & imported:
                take_server(app, library)


def workspace_packages(units: dict[str, Unit]) -> dict[str, Unit]:
    """Each Node package of the tree by its name, lower-cased."""
    return {
        name.lower(): unit for unit in units.values() for name in module_names(unit, LANGUAGE)
    }


def server_libraries(app: Unit, packages: dict[str, Unit]) -> dict[str, Unit]:
    """The workspace packages `app` depends on, by the name it uses (lower-cased), that nothing
    deploys and whose code starts a framework."""
    return {
        name.lower(): library
        for name in module_uses(app, LANGUAGE)
        if (library := packages.get(name.lower())) is not None
        and library is not app
        and not library.deployable
        and names_framework(library, Strength.DEPENDENCY, Strength.DEV)
    }


def take_server(app: Unit, library: Unit) -> None:
    """Give `app` the framework, data layer and stores `library` starts, and mark `library`
    as lending them."""
    app.signals[LANGUAGE] += [
        s for s in library.signals.get(LANGUAGE, []) if s.kind in BACKEND_KINDS
    ]
    library.lends_server = True


def names_framework(unit: Unit, *weaker: Strength) -> bool:
    """Whether the unit's Node signals name a framework at a strength other than `weaker`
    (an application's own; a server started in code, for a library)."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength not in weaker
        for s in unit.signals.get(LANGUAGE, [])
    )


def _imported_by_program(top: str, app: Unit) -> set[str]:
    """The packages the application's program files import."""
    programs = [
        posixpath.normpath(posixpath.join(app.folder, program))
        for _, e, result in app.manifests
        if e == LANGUAGE
        for program in result.program
    ]
    imported: set[str] = set()
    for path in sorted(set(programs))[:MAX_FILES]:
        # A program the manifest names by its build output (`start: node dist/index.js`,
        # absent from the checkout) is read from its source (`index.ts`, `src/index.ts`).
        for candidate in (path, *sources_of(app.folder, path)):
            text = read_text(top, candidate)[0]
            if text is not None:
                imported |= node_imports.named(text)
                break
    return imported
