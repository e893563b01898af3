"""Node applications whose server a library package of their workspace starts.

A workspace may keep its whole server in a library package (an `api-core` building the
Express app, the GraphQL server and the MongoDB client in a class) and deploy it through a thin
application package: a Dockerfile, and a program that imports the library, registers plugins
and calls `start()`. The application is the backend, and the framework and data layer the
library lends it are its own; the library, deployed by no one but that application, is not a
service of its own (`Unit.lends_server`). Only a deployed package (a Dockerfile, a Procfile)
with no framework of its own is asked, and only of the workspace packages its program files
import: a tool that merely depends on the server package (a CLI) is not deployed as it.

The server may also sit one package further: an app's program imports a kit (`api-server`)
that requires the framework without starting it and builds the app on the one workspace
package that does (`express`, which listens). The app runs that package's server. Such an app
is asked when deployed or when its start script runs its program with Node, for one image at
the workspace's root may build every app by a build argument, no app folder holding a
Dockerfile.

A deployed app may also keep a framework in its package.json that none of its code imports (a
`fastify` left from a first version, with the ORM and the driver it ran on) while its program
imports a workspace library whose code starts another (an OCPI server's modules over a base
library serving them on Koa): the declarations are leftovers, and the app runs the library's
server. Such an app is asked as one naming no framework, only when every framework it names is
a declaration of its own package.json that no module of its own outside tests imports (by the
package or a companion named after it: `@fastify/…`), and only of libraries starting another
framework (one starting the framework the app declares builds the app's own server:
`library_builders`). When it takes a library's server, those frameworks are dropped, and so
are the data layers and engines its package.json declares that no module of its own imports.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import BACKEND_KINDS, Unit
from designer.detect.library_builders import sources_of
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Signal, Strength
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
        leftovers: list[Signal] = []
        if names_framework(app, Strength.DEV):
            leftovers = _leftovers(top, app) if app.deployable else []
            if not leftovers or not _other_servers(app, packages, leftovers):
                continue
        servers = (
            _other_servers(app, packages, leftovers)
            if leftovers
            else server_libraries(app, packages)
            if app.deployable
            else {}
        )
        # An app started through a kit (below) is run by its `node` start script, though no
        # Dockerfile of its own says so (one image at the root builds each app by argument);
        # a tool importing a server package directly stays a tool unless deployed.
        kits = _kits(app, packages) if app.deployable or _started(top, app) else []
        if not servers and not kits:
            continue
        imported = _imported_by_program(top, app)
        for library in servers.values():
            if {n.lower() for n in module_names(library, LANGUAGE)} & imported:
                if leftovers:
                    app.signals[LANGUAGE] = [s for s in app.signals[LANGUAGE] if s not in leftovers]
                    leftovers = []
                take_server(app, library)
        if leftovers:
            continue  # its program imports no server library: the declarations stand
        for kit, behind in kits:
            if not names_framework(app, Strength.DEV) and (
                {n.lower() for n in module_names(kit, LANGUAGE)} & imported
            ):
                take_server(app, behind)


_LEFT_KINDS = frozenset(
    {FindingKind.FRAMEWORK, FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE}
)
"""What a leftover declaration of an app's package.json may name."""

MAX_CODE_FILES = 1500
"""Modules of an app read for the packages it imports; a larger tree is left alone."""


def _leftovers(top: str, app: Unit) -> list[Signal]:
    """The app's own package.json declarations of a framework, data layer or engine that no
    module of its own outside tests imports (by the package or a companion named after it),
    when every framework it names is among them; empty otherwise."""
    manifest = "package.json" if app.folder == "." else posixpath.join(app.folder, "package.json")
    signals = app.signals.get(LANGUAGE, [])
    frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
    if not frameworks or any(
        s.strength is not Strength.DEPENDENCY or not s.package or s.evidence.path != manifest
        for s in frameworks
    ):
        return []
    declared = [
        s
        for s in signals
        if s.kind in _LEFT_KINDS
        and s.strength is Strength.DEPENDENCY
        and s.package
        and s.evidence.path == manifest
    ]
    data = node_imports.package_json(top, app.folder) or {}
    names = {
        str(name).lower()
        for section in ("dependencies", "devDependencies", "optionalDependencies")
        if isinstance(value := data.get(section), dict)
        for name in value
    }
    companions = {
        s.package.lower(): {
            name
            for name in names
            if name == s.package.lower() or name.lstrip("@").startswith(_stem(s.package) + "/")
        }
        | {s.package.lower()}
        for s in declared
        if s.package
    }
    wanted = set().union(*companions.values())
    found, whole = node_imports.imported_outside_tests(top, app.folder, wanted, MAX_CODE_FILES)
    if not whole:
        return []
    unused = [s for s in declared if s.package and not companions[s.package.lower()] & found]
    if not all(s in unused for s in frameworks):
        return []
    return unused


def _other_servers(
    app: Unit, packages: dict[str, Unit], leftovers: list[Signal]
) -> dict[str, Unit]:
    """`server_libraries` starting none of the frameworks among `leftovers`: a library starting
    the framework the app declares builds the app's own server (`library_builders`), and the
    declaration is no leftover."""
    declared = {s.name for s in leftovers if s.kind is FindingKind.FRAMEWORK}
    return {
        name: library
        for name, library in server_libraries(app, packages).items()
        if not declared
        & {s.name for s in library.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK}
    }


def _stem(package: str) -> str:
    """The word companions of a package are named after (`@mikro-orm/core` → `mikro-orm`,
    `fastify` → `fastify`, whose companions are `@fastify/…`)."""
    return package.split("/")[0].lstrip("@").lower()


def workspace_packages(units: dict[str, Unit]) -> dict[str, Unit]:
    """Each Node package of the tree by its name, lower-cased."""
    return {name.lower(): unit for unit in units.values() for name in module_names(unit, LANGUAGE)}


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


def _kits(app: Unit, packages: dict[str, Unit]) -> list[tuple[Unit, Unit]]:
    """The workspace libraries `app` depends on that require a framework without starting it
    and build on one workspace library that does (an `api-server` kit assembling the app and
    re-exporting `startServer` from the `express` package that listens), each with that
    server library: the app runs the server the kit's library starts."""
    found: list[tuple[Unit, Unit]] = []
    for name in sorted(module_uses(app, LANGUAGE)):
        kit = packages.get(name.lower())
        if (
            kit is None
            or kit is app
            or kit.deployable
            or not names_framework(kit, Strength.DEV)
            or names_framework(kit, Strength.DEPENDENCY, Strength.DEV)
        ):
            continue
        behind = server_libraries(kit, packages)
        if len(behind) == 1:
            found.append((kit, next(iter(behind.values()))))
    return found


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


_NODE_START = re.compile(r"^\s*node(?:[ \t]+--?[\w-]+(?:=\S*)?)*[ \t]+[\w./-]+\.[cm]?js\b")
"""A start script running a program file with Node (`node dist/server.js`)."""


def _started(top: str, app: Unit) -> bool:
    """Whether the package's `start` script runs its program with Node: an application a
    shared image builds (one Dockerfile at the root taking the app as a build argument) is
    deployed with no Dockerfile of its own, and its start script says what runs."""
    manifest = node_imports.package_json(top, app.folder)
    scripts = manifest.get("scripts") if manifest else None
    start = scripts.get("start") if isinstance(scripts, dict) else None
    return isinstance(start, str) and bool(_NODE_START.match(start[:4096]))


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
