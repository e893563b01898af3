"""Which Node services take a workspace library's data layer: those importing what opens it.

A workspace may keep its whole server in a library (`@app/backend`: the Fastify factory, a
plugin per store, the routes) that several deployed services start, each registering the
plugins it needs (`server.register(databasePlugin)` in the API; only `s3Plugin` in the image
service). The library's data layer is then the data of the services importing the plugin that
opens the store, not of every service depending on the library. So the names a service imports
from the library are followed to the library modules defining them: when none of those opens
a data layer (imports a data layer's package for its client, plugin or schema,
`import mongoPlugin from "@fastify/mongodb"`, `import { DataSource } from "typeorm"`, rather
than a type or an id, `import { ObjectId } from "mongodb"`), the service takes no data from
the library (`Unit.declined`, read by `workspace_data`). CommonJS reads alike: a `require`
destructured takes names as a named import does, one kept whole opens as a default import.
Only services with no data layer of their own, importing the library by names alone, are
asked; a name the library does not visibly define leaves the answer to the usual lending.
"""

from __future__ import annotations

import re

from designer.detect import library_subpaths, node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.node import CATALOG
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import TEST_FOLDERS, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

MAX_SERVICE_FILES = 200
"""Code files read per service to find what it imports from the library."""

MAX_LIBRARY_FILES = 400
"""Code files read per library to find where the imported names are defined."""

_FROM = LazyPattern(
    r"""^[ \t]*import[ \t]++(?!type\b)((?:(?!\bimport\b)[^;]){0,20000}?)"""
    r"""\bfrom[ \t]*+["']([^"']+)["']""",
    re.MULTILINE,
)
"""An ES import and the module it names (`import { a, b as c } from "@app/backend"`). The
clause (blanks before `from` included) ends before the next `import` and within 20 000
characters: unbounded, an `import` followed by blanks, or many imports with no `from`, took a
time growing with the square of the text."""

_NAMED = LazyPattern(r"\{([^}]*)\}")

_DYNAMIC = LazyPattern(r"""\bimport[ \t]*\([ \t]*["']([^"']+)["']""")
"""A dynamic import: what it takes cannot be followed by name."""

_REQUIRE = LazyPattern(
    r"""(?:\{([^{}]*)\}[ \t]*=[ \t]*)?\brequire[ \t]*\([ \t]*["']([^"']+)["'][ \t]*\)"""
    r"""(?:[ \t]*\.[ \t]*([A-Za-z_$][\w$]*))?"""
)
"""A CommonJS `require` and the module it names, with the names it takes where it takes some:
destructured (`const { MongoClient, ObjectId: Id } = require("mongodb")`) or one property
(`require("mongodb").MongoClient`); else the whole module (`const mongoose =
require("mongoose")`, `require("knex")(config)`)."""

_IMPORT = LazyPattern(
    r"""^[ \t]*import[ \t]++(?!type\b)((?:(?!\bimport\b)[^;"'`]){0,20000}?)"""
    r"""\bfrom[ \t]*+["']([^"']+)["']""",
    re.MULTILINE,
)
"""An ES import of values (`import type` brings none) and the module it names: a default or
namespace import (`import mongoPlugin from "@fastify/mongodb"`, `import * as mongoose from
"mongoose"`), named ones (`import { DataSource } from "typeorm"`), or both."""

_COMMENT = LazyPattern(r"//[^\n]*|/\*.*?\*/", re.DOTALL)

_OPENERS = {
    # Drivers and a generated client whose TypeScript users import the many types beside the
    # one connecting export by plain named imports (`import { Collection, Db, ObjectId } from
    # "mongodb"`, `import { PoolClient } from "pg"`, `import { User, Prisma } from
    # "@prisma/client"`): such a module works on a connection opened elsewhere.
    "mongodb": frozenset({"MongoClient"}),
    "pg": frozenset({"Pool", "Client", "native"}),
    "mysql2": frozenset({"createPool", "createConnection", "createPoolCluster"}),
    "mariadb": frozenset({"createPool", "createConnection", "createPoolCluster"}),
    "@prisma/client": frozenset({"PrismaClient"}),
}
"""Package → the only names of it that open the store."""

_VALUES = frozenset(
    {
        # BSON's ids and number types, which Mongoose and the ORMs on MongoDB re-export: a
        # module building or checking an id (`new ObjectId()`, `Types.ObjectId.isValid`)
        # holds no connection.
        "ObjectId", "ObjectID", "Types", "Decimal128", "Long", "UUID", "Binary", "Timestamp",
        "isValidObjectId",
    }
)
"""Names any other data layer's package exports that a module uses without opening the store
(of the rest, a named import opens: `{ DataSource }`, `{ Entity, Column }`, `{ Schema, model }`)."""


def _skip(name: str) -> bool:
    return name == "node_modules" or name in TEST_FOLDERS


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark the workspace libraries each Node service takes no data layer from."""
    stores = {
        name.lower(): unit
        for unit in units.values()
        if not unit.deployable and _layers(unit)
        for name in module_names(unit, LANGUAGE)
    }
    if not stores:
        return
    # A library with no data layer of its own that depends on one which has (`@app/core`
    # on `@app/db`) carries that one's data to its users: its modules importing the data
    # package open the store.
    carriers = {
        name.lower(): unit
        for unit in units.values()
        if not unit.deployable
        and not _layers(unit)
        and any(use.lower() in stores for use in module_uses(unit, LANGUAGE))
        for name in module_names(unit, LANGUAGE)
    }
    libraries = {**carriers, **stores}
    held = {unit.folder for unit in stores.values()}
    defined: dict[str, dict[str, set[str]] | None] = {}
    for unit in units.values():
        if unit.folder in held or _layers(unit):
            continue
        used = {
            name: library
            for name in map(str.lower, module_uses(unit, LANGUAGE))
            if (library := libraries.get(name)) is not None and library is not unit
        }
        if not used:
            continue
        subpaths: dict[str, dict[str, set[str] | None]] = {}
        imported = _imported_names(top, unit, set(used), subpaths)
        if imported is None:
            continue
        for package, library in used.items():
            names = imported.get(package)
            files: set[str] = set()
            for subpath, taken in sorted(subpaths.get(package, {}).items()):
                reach = library_subpaths.reached(top, library.folder, subpath)
                if reach is not None:
                    files |= reach
                elif library.folder not in held or taken is None or not taken:
                    # Unknown reach: a carrier lends as before; so does a whole import.
                    names = set()
                elif names != set():
                    names = (names or set()) | taken  # a store's names, looked up as before
            if names is None and not files:
                continue  # nothing of it imported but types
            if names == set():
                continue  # some import of it takes it whole
            # A package the library's own findings name as its data layer opens the store too,
            # though the catalogue names it for its engine alone: Supabase's client, whose
            # query layer `supabase_tables` finds from the tables its code queries.
            opened = set(libraries) | _layer_packages(library)
            if names:
                if library.folder not in defined:
                    defined[library.folder] = _definitions(top, library)
                where = defined[library.folder]
                if where is None or any(name not in where for name in names):
                    continue
                # The modules defining the names, and those they import in turn: a model
                # built on the library's own client module (`import { prismaClient } from
                # "../client"`) reaches the store through it.
                defining = {path for name in names for path in where[name]}
                files |= library_subpaths.followed(top, library.folder, defining) or defining
            if not any(opens(top, path, opened) for path in files):
                unit.declined.add(library.folder)
            elif names:
                unit.reached_packages[library.folder] = _packages(top, files)
        if unit.declined:
            _decline_behind(unit, units, stores)


def _packages(top: str, files: set[str]) -> set[str]:
    """The packages the library modules `files` import."""
    found: set[str] = set()
    for path in files:
        found |= node_imports.named(read_text(top, path)[0] or "")
    return found


def _decline_behind(unit: Unit, units: dict[str, Unit], stores: dict[str, Unit]) -> None:
    """Decline too the data libraries the unit reaches only through libraries it declines:
    `@app/db` behind a declined `@app/core` lends the service nothing either."""
    named: dict[str, Unit] = {}
    for other in units.values():
        for name in module_names(other, LANGUAGE):
            named.setdefault(name.lower(), other)

    def reach(skip: set[str]) -> set[str]:
        seen: set[str] = set()
        queue = [unit]
        while queue:
            current = queue.pop()
            for use in module_uses(current, LANGUAGE):
                other = named.get(use.lower())
                if other is None or other is unit or other.folder in seen:
                    continue
                if other.folder in skip:
                    continue
                seen.add(other.folder)
                queue.append(other)
        return seen

    open_reach = reach(unit.declined)
    data = {library.folder for library in stores.values()}
    unit.declined |= (reach(set()) - open_reach) & data


def _layer_packages(unit: Unit) -> set[str]:
    """The packages of the unit's own data-layer findings (its ORM or query layer)."""
    return {
        s.package
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind in _LAYERS and s.strength is not Strength.DEV and s.package
    }


def _layers(unit: Unit) -> bool:
    return any(
        s.kind in _LAYERS and s.strength is not Strength.DEV
        for s in unit.signals.get(LANGUAGE, [])
    )


def _imported_names(
    top: str,
    unit: Unit,
    packages: set[str],
    subpaths: dict[str, dict[str, set[str] | None]],
) -> dict[str, set[str]] | None:
    """Package of `packages` → the names the service's code imports from its root (by an ES
    named import, or a `require` destructured or read for one property, which take those
    names alike); an empty set where some import of it is not by name (a default or
    namespace import, a whole `require`, a dynamic import); None when the service's code is
    too large to read. Imports of a package's subpaths (`@app/core/ai`) fill `subpaths`
    instead: package → subpath → the names taken, None where taken whole."""
    paths = all_code_files(top, unit.folder, node_imports.ENDINGS, MAX_SERVICE_FILES,
                           skip_dir=_skip)
    if paths is None:
        return None
    found: dict[str, set[str]] = {}
    blind: set[str] = set()

    def take(module: str, names: set[str] | None) -> None:
        package = node_imports.package(module)
        if package not in packages:
            return
        subpath = module[len(package) + 1 :] if len(module) > len(package) else ""
        if subpath:
            taken = subpaths.setdefault(package, {})
            if names is None or taken.get(subpath, set()) is None:
                taken[subpath] = None
            else:
                taken[subpath] = (taken.get(subpath) or set()) | names
        elif names is None:
            blind.add(package)
        else:
            found.setdefault(package, set()).update(names)

    for path in paths:
        text = read_text(top, path)[0] or ""
        for match in _DYNAMIC.finditer(text):
            take(match.group(1), None)
        for module, required in _requires(text):
            # the whole module, used by any name, where no names are taken
            take(module, None if required is None else set(required))
        for match in _FROM.finditer(text):
            clause = match.group(1)
            named = _NAMED.search(clause)
            if named is None or clause[: named.start()].strip(" \t\n,"):
                take(match.group(2), None)  # a default or namespace import beside, or instead
                continue
            names = set()
            for item in named.group(1).split(","):
                if item.strip().startswith("type "):
                    continue  # an inline type import (`{ createPool, type Pool }`) runs nothing
                name = item.strip().split(" as ")[0].strip()
                if name:
                    names.add(name)
            if names:
                take(match.group(2), names)
    for package in blind:
        found[package] = set()
    return found


def _definitions(top: str, library: Unit) -> dict[str, set[str]] | None:
    """Name → the library's code files declaring it (`const databasePlugin =`, `function
    createServer(`, `const { router, procedure } =`); None when the library is too large."""
    paths = all_code_files(top, library.folder, node_imports.ENDINGS, MAX_LIBRARY_FILES,
                           skip_dir=_skip)
    if paths is None:
        return None
    where: dict[str, set[str]] = {}
    for path in paths:
        text = read_text(top, path)[0] or ""
        for match in _DECLARED.finditer(text):
            single, group = match.group(1), match.group(2)
            names = [single] if single else [
                part.split(":")[-1].strip() for part in (group or "").split(",")
            ]
            for name in names:
                if name.isidentifier():
                    where.setdefault(name, set()).add(path)
    return where


_DECLARED = LazyPattern(
    r"""^[ \t]*(?:export[ \t]+)?(?:default[ \t]+)?(?:async[ \t]+)?"""
    r"""(?:(?:const|let|var|function\*?|class)[ \t]+([A-Za-z_$][\w$]*)"""
    r"""|(?:const|let|var)[ \t]*\{([^}=]*)\}[ \t]*=)""",
    re.MULTILINE,
)
"""A top-level declaration of a module: a name, or names destructured from a value."""


def opens(top: str, path: str, workspace: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the library module `path` imports a data layer's client, plugin or schema: a
    package the catalogue names a data layer, or an integration of one (`@fastify/mongodb`),
    imported or required whole (default or namespace, `const knex = require("knex")(config)`)
    or by a name other than a value type or id (`{ DataSource }`, `{ Entity, Column }`,
    `{ Schema, model }`, `const { Pool } = require("pg")`, not `{ ObjectId }`), or a package
    of the `workspace` holding or carrying a data layer (`import { prisma } from "@app/db"`)."""
    text = read_text(top, path)[0] or ""
    for match in _IMPORT.finditer(text):
        package = node_imports.package(match.group(2))
        if not is_layer(package) and package not in workspace:
            continue
        clause = match.group(1)
        named = _NAMED.search(clause)
        if named is None or clause[: named.start()].replace(",", " ").strip():
            return True  # the package's client or plugin itself, whole
        if any(_opening(package, name) for name in _names(named.group(1))):
            return True
    for package, names in _requires(text):
        package = node_imports.package(package)
        if not is_layer(package) and package not in workspace:
            continue
        if names is None or any(_opening(package, name) for name in names):
            return True
    return False


def _requires(text: str) -> list[tuple[str, list[str] | None]]:
    """The CommonJS `require`s of a module's code (comments aside): each module named and the
    names taken from it, None for the whole module (`_REQUIRE`)."""
    found: list[tuple[str, list[str] | None]] = []
    for match in _REQUIRE.finditer(_COMMENT.sub(" ", text)):
        group, package, member = match.group(1), match.group(2), match.group(3)
        if group is not None:
            # `{ a, b: c, ...rest }`: a rest element keeps every other name.
            items = [" ".join(item.split()) for item in group.split(",")]
            if any(item.startswith("...") for item in items):
                found.append((package, None))
                continue
            found.append((package, [i.split(":")[0].strip() for i in items if i]))
        elif member is not None:
            found.append((package, [member]))
        else:
            found.append((package, None))
    return found


def is_layer(package: str) -> bool:
    """Whether the catalogue names the package a data layer, or an integration of one."""
    return any(
        kind in _LAYERS
        for key in (package, package.rpartition("/")[2])
        for kind, _ in CATALOG.get(key, ())
    )


def _names(group: str) -> list[str]:
    """The value names of a named import's braces: `{ a, b as c, type D }` → a, b."""
    group = _COMMENT.sub(" ", group)
    items = (" ".join(item.split()) for item in group.split(","))
    return [item.split(" as ")[0] for item in items if item and not item.startswith("type ")]


def _opening(package: str, name: str) -> bool:
    openers = _OPENERS.get(package)
    return name in openers if openers is not None else name not in _VALUES
