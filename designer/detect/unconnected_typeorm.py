"""Node: TypeORM declared and decorated, with no connection anywhere to make it a data layer.

A server may keep TypeORM in its package.json, and entity classes carrying its decorators
(`@Entity()`, `@Column()`), from a first version that kept a table of its own, after its data
moved behind other services' APIs (a CRM's web API, a document store's): no module registers a
connection any more. TypeORM reaches a database only through a connection its program opens
(`TypeOrmModule.forRoot(…)` or `forRootAsync(…)` in a NestJS module, a `DataSource` or a
`createConnection(…)`, or the `ormconfig.*` file a bare `createConnection()` and the CLI read),
so where a Node package declares TypeORM, no script of its runs the TypeORM CLI, no ormconfig
file or `TYPEORM_*` setting sits in the package or at the tree's root, no workspace package it
depends on may open it, and some module it runs (its tests aside) imports TypeORM (its
entities) while none names any of those, TypeORM is no data layer of the package: it is
dropped with its migrations. The SQL clients the package declares beside it are then asked the
same: one that no module imports, or pg-promise imported only for its helpers (`pgp.QueryFile`)
and never initialised (`pgp(…)`: the call that makes a database object), opens nothing either,
and gives up its data layer and engine. A tree too large to read whole is left as it is.

TypeORM's starter (`typeorm init`) leaves the same trace in a package that kept none of its
code: a `"typeorm": "typeorm-ts-node-commonjs"` script, an alias of the CLI that runs nothing by
itself (a script calling it with a command still counts), and no module importing TypeORM at
all. Where such a package's modules import another client it declares (a document store's
driver), the code is there and written to that client: TypeORM is dropped as well. A client
imported only by modules that export it and that nothing names (no other module mentions the
file, no script runs it: `db/dbClientPG.ts` building a pool no module takes) opens nothing
either.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"
ORM = "TypeORM"

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""

_CONNECT = re.compile(
    r"\bTypeOrmModule\b|\bTypeOrmCoreModule\b|\bDataSource\b"
    r"|\bcreateConnections?\s*\(|\bgetConnectionManager\s*\(|\bConnectionManager\b"
    r"|\bnew\s+Connection\s*\(|\bgetConnectionOptions\s*\(|\bormconfig\b"
)
"""What registers or opens a TypeORM connection, or names the file that configures one. Any of
them anywhere (even another store's `createConnection`) leaves the package as it is; so does a
module naming NestJS's `TypeOrmModule` at all (`forFeature` presumes a `forRoot` elsewhere)."""

_ENV_SETTING = re.compile(r"^\s*(?:export\s+)?TYPEORM_\w+\s*=", re.MULTILINE)
"""A setting TypeORM reads in place of an ormconfig file (`TYPEORM_URL=…`)."""

_ORM_PACKAGES = frozenset({"typeorm", "@nestjs/typeorm"})
"""TypeORM's packages: a module importing one (an entity's decorators) shows the code holds
TypeORM's part and was read; a package whose code imports neither says nothing of its use
(a skeleton, a tree whose modules lie elsewhere), and its declaration is left to stand."""

_CLI_ALIAS = re.compile(r"typeorm(?:-ts-node-(?:commonjs|esm))?")
"""A script that is only TypeORM's CLI, with no command: the starter's alias, run by hand."""

_EXPORTS = re.compile(r"^[ \t]*export\b|\bmodule\.exports\b|\bexports\.\w+\s*=", re.MULTILINE)
"""A module handing values to others: a library, not a program run by itself."""

_PGP = "pg-promise"
_PGP_BINDING = re.compile(
    r"""\bimport\s+(?:\*\s+as\s+)?(\w+)\s+from\s*['"]pg-promise['"]"""
    r"""|\b(\w+)\s*=\s*require\s*\(\s*['"]pg-promise['"]\s*\)"""
)
"""The name a module binds pg-promise's initialiser to."""
_PGP_CALLED = re.compile(r"""require\s*\(\s*['"]pg-promise['"]\s*\)\s*\(""")
"""pg-promise's initialiser called where it is required."""



def _configured(top: str, folder: str) -> bool:
    """Whether an ormconfig file, or an env file setting `TYPEORM_*`, sits in the package's
    folder or at the tree's root."""
    for where in {folder, "."}:
        try:
            names = os.listdir(os.path.join(top, where))
        except OSError:
            continue
        for name in names:
            if name.lower().startswith("ormconfig"):
                return True
            if name.startswith(".env") or name.endswith(".env"):
                text = read_text(top, posixpath.join(where, name) if where != "." else name)[0]
                if text and _ENV_SETTING.search(text):
                    return True
    return False


def _pgp_initialised(text: str) -> bool:
    """Whether a module importing pg-promise calls its initialiser."""
    if _PGP_CALLED.search(text):
        return True
    for match in _PGP_BINDING.finditer(text):
        name = match.group(1) or match.group(2)
        if re.search(rf"(?<![\w.]){re.escape(name)}\s*\(", text):
            return True
    return False


def _commands(top: str, folder: str) -> str:
    """The package's scripts' commands joined by spaces, TypeORM's bare CLI aliases left out."""
    manifest = node_imports.package_json(top, folder) or {}
    scripts = manifest.get("scripts")
    if not isinstance(scripts, dict):
        return ""
    return " ".join(
        str(v) for v in scripts.values() if not _CLI_ALIAS.fullmatch(str(v).strip())
    )


def _unnamed(path: str, text: str, texts: dict[str, str], commands: str) -> bool:
    """Whether a module exports values and nothing names its file: no other module's text nor
    any script mentions its stem (an index file, imported by its folder's name, is named)."""
    stem = posixpath.splitext(posixpath.basename(path))[0]
    if stem == "index" or not _EXPORTS.search(text):
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(stem)}(?![\w-])")
    if word.search(commands):
        return False
    return not any(word.search(other) for where, other in texts.items() if where != path)


def drop_unconnected(top: str, units: dict[str, Unit]) -> None:
    """Drop TypeORM (with its migrations, and the SQL clients no module opens) from each Node
    package whose code and configuration never register a TypeORM connection."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        manifest_path = posixpath.join(folder, "package.json") if folder != "." else "package.json"
        own = [
            s
            for s in signals
            if s.strength is Strength.DEPENDENCY and s.package and s.evidence.path == manifest_path
        ]
        if not any(s.kind is FindingKind.ORM and s.name == ORM for s in own):
            continue
        manifest = node_imports.self_contained(top, folder)
        if manifest is None:
            continue
        commands = _commands(top, folder)
        if "typeorm" in commands.lower() or _configured(top, folder):
            continue
        # Every package naming an engine (a driver's query signal may be gone already: a
        # rule before this one drops the query library nothing imports, not its engine).
        clients = {
            s.package.lower()
            for s in own
            if s.kind is FindingKind.DATABASE and s.package and ORM.lower() not in s.package.lower()
        }
        opened: dict[str, list[str]] = {}
        texts: dict[str, str] = {}
        connected = False
        whole = True
        decorated = False
        for path in node_imports.program_files(top, folder, MAX_FILES, skipped=node_imports.BUILT):
            if path is None:
                whole = False
                break
            text = read_text(top, path)[0] or ""
            texts[path] = text
            if _CONNECT.search(text):
                connected = True
                break
            imports = node_imports.named(text)
            decorated = decorated or bool(imports & _ORM_PACKAGES)
            for package in imports & clients:
                if package != _PGP or _pgp_initialised(text):
                    opened.setdefault(package, []).append(path)
        if connected or not whole:
            continue
        if not decorated and not opened:
            continue  # neither TypeORM nor another client: the code says nothing of its use
        # A client only modules nothing names import opens nothing (the scripts and the
        # manifest's `main` name the modules run by themselves).
        main = (node_imports.package_json(top, folder) or {}).get("main")
        named_by = f"{manifest[1]} {main if isinstance(main, str) else ''}"
        opened = {
            package: paths
            for package, paths in opened.items()
            if not all(_unnamed(p, texts[p], texts, named_by) for p in paths)
        }
        if not decorated and not opened:
            continue  # TypeORM's part is absent and no client is opened: left as it is
        unopened = clients - set(opened)
        unit.signals[LANGUAGE] = [
            s
            for s in signals
            if not (
                (s.kind is FindingKind.ORM and s.name == ORM)
                or (s.kind is FindingKind.MIGRATIONS and s.name.startswith(ORM))
                or (
                    s.kind in (FindingKind.QUERY, FindingKind.DATABASE)
                    and (s.package or "").lower() in unopened
                )
            )
        ]
