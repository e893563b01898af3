"""Node: which of the ORMs a package declares its code is written to.

One package.json may declare two ORMs: Sequelize, whose models a hundred modules import,
beside a Knex instance built once for a few raw queries (or TypeORM's entities beside the Knex
a side module opens). Ranked as kinds alone they tie, and a scan keeps evidence of only a few
files per rule; what decides is how much of the code imports each. So where a package
declares two ORMs or more, its own modules (not its tests, migrations, installed or built
code, nor the packages nested in it) are read, and an ORM imported by more than twice as many
files as any other is marked the primary one (`Signal.primary`): the data layer
(`assemble._rank_data`), as Go's census does (`go_layers`).
A module importing a service that extends the ORM's client
(NestJS's `PrismaService extends PrismaClient`, injected everywhere) counts as the ORM's.

Read only for such packages, within a budget of files, so that a large tree costs a bounded
number of reads.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import census, node_imports
from designer.detect.assemble import BUILT_ON, Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.node import MIGRATION_API
from designer.detect.signals import LazyPattern, Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 6000
"""Modules read per scan, at most."""

HEAD = 4096
"""Bytes read of a module: its imports come first, and its head is all the census needs."""

_SKIPPED = frozenset(
    {
        "node_modules",
        "dist",
        "build",
        "coverage",
        "__tests__",
        "__mocks__",
        "test",
        "tests",
        "migration",
        "migrations",
    }
)
"""Folders of installed, generated or test code, and of migrations: an ORM whose migration
API runs the schema changes (TypeORM's `MigrationInterface` in hundreds of files) is not the
layer the code queries through (Knex)."""


UNIMPORTED = frozenset({"Waterline"})
"""ORMs whose models no module imports: Sails' ORM hook loads the models of `api/models/` and
makes each a global (`User.find()`), so the code written to Waterline names no package. Beside
one, a count of imports sees only the other ORM (a Knex kept by the scripts that run the
migrations) and cannot tell which the code is written to: no census is taken."""


COMPANIONS = {"sequelize-typescript": "sequelize", "@nestjs/sequelize": "sequelize"}
"""Packages whose imports are the ORM's own (sequelize-typescript's decorated models run on
the sequelize the package declares beside it)."""


_MIGRATION_IMPORT = re.compile(rf"""^{MIGRATION_API}["']typeorm["'][^\n]*""", re.MULTILINE)
"""An import of TypeORM's migration API alone (`import { QueryRunner } from "typeorm"`, the
`DataSource` its CLI is pointed at): a file running or configuring migrations, whatever layer
the code queries through (as the scan's TypeORM import rule reads it)."""


_HELPERS_ONLY = LazyPattern(
    r"""^[ \t]*(?:import[ \t]*\{|(?:const|let|var)[ \t]*\{)"""
    r"""[ \t\n]*(?:knexSnakeCaseMappers|knexIdentifierMapping)"""
    r"""(?:[ \t\n]*,[ \t\n]*(?:knexSnakeCaseMappers|knexIdentifierMapping))*[ \t\n]*,?[ \t\n]*\}"""
    r"""[ \t]*(?:from[ \t]*|=[ \t]*require[ \t]*\([ \t]*)["']objection["'][^\n]*""",
    re.MULTILINE,
)
"""An import of Objection's Knex helpers alone (`import { knexSnakeCaseMappers } from
'objection'`, handed to the Knex settings to map camelCase to snake_case columns): the module
configures Knex, and defines no model; Objection's models import its `Model`."""


_WRAPPER = LazyPattern(r"\bclass\s+\w+\s+extends\s+PrismaClient\b")
"""A service extending the ORM's client (NestJS's `PrismaService extends PrismaClient`): the
modules injecting it import that service, not the package, and query through the ORM all the
same."""

_RELATIVE = LazyPattern(
    r"""^[^\n]*?(?:\bfrom\s*|\brequire\s*\(\s*)['"](\.{1,2}/[^'"\n]+)['"]""", re.MULTILINE
)
"""A module an import names by a relative path (`'../prisma.service'`)."""


def _wrapper_importers(
    top: str, files: list[str], wrappers: dict[str, str]
) -> list[tuple[str, str]]:
    """(ORM, module) for each module importing one of the `wrappers` (a module path without
    its extension → the ORM it extends) by a relative path."""
    if not wrappers:
        return []
    stems = {posixpath.basename(w) for w in wrappers}
    found = []
    for path in files:
        text = read_head(top, path, HEAD) or ""
        if not any(stem in text for stem in stems):
            continue
        folder = posixpath.dirname(path)
        for spec in _RELATIVE.findall(text):
            target = posixpath.normpath(posixpath.join(folder, spec))
            name = wrappers.get(target) or wrappers.get(posixpath.splitext(target)[0])
            if name is not None:
                found.append((name, path))
    return found


def _is_test(name: str) -> bool:
    return ".test." in name or ".spec." in name


def node_packages(units: dict[str, Unit]) -> set[str]:
    """The folders of the units holding a Node package (a package.json of their own)."""
    return {
        folder for folder, unit in units.items() if any(e == LANGUAGE for _, e, _ in unit.manifests)
    }


def own_modules(top: str, folder: str, packages: set[str], budget: int) -> list[str]:
    """The Node package's own modules at `folder`, at most `budget` of them: not its tests,
    migrations, installed or built code, nor the `packages` nested in it."""
    nested = {p for p in packages if p != folder and (folder == "." or p.startswith(folder + "/"))}
    walk = code_files(
        top,
        folder,
        node_imports.ENDINGS,
        budget,
        skip_dir=_SKIPPED.__contains__,
        skip_file=_is_test,
        nested=nested,
    )
    return [path for path in walk if path is not None]


def _runtime_orms(unit: Unit) -> set[str]:
    """The ORMs a Node package declares for run time."""
    return {
        s.name
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.ORM and s.strength is Strength.DEPENDENCY and s.package
    }


def _data_packages(units: dict[str, Unit]) -> dict[str, str]:
    """Workspace packages holding one ORM (a monorepo's `@app/db` declaring `@prisma/client`
    and exporting its `PrismaService`) by their package name (lower-cased) → that ORM: the
    modules importing such a package query through its ORM as surely as those importing the
    ORM's own package."""
    found: dict[str, str] = {}
    for unit in units.values():
        names = [m.name for _, e, m in unit.manifests if e == LANGUAGE and m.name]
        orms = _runtime_orms(unit)
        if names and len(orms) == 1:
            found[names[0].lower()] = next(iter(orms))
    return found


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Add, to each Node package declaring two ORMs or more, a `primary` signal for the one
    imported by more than `census.MARGIN` times as many of its modules as any other."""
    budget = MAX_FILES
    packages = node_packages(units)
    data_packages = _data_packages(units)
    for folder, unit in sorted(units.items()):
        declared: dict[str, Signal] = {}
        for s in unit.signals.get(LANGUAGE, []):
            if s.kind is FindingKind.ORM and s.strength is Strength.DEPENDENCY and s.package:
                declared.setdefault(s.package.lower(), s)
        if len({s.name for s in declared.values()}) < 2 or folder not in packages:
            continue
        if any(s.name in UNIMPORTED for s in declared.values()):
            continue
        files = own_modules(top, folder, packages, budget)
        if len(files) >= budget:
            budget = 0
            continue  # more than the budget left: too large a tree to census
        budget -= len(files)
        importers: dict[str, set[str]] = {}
        shown: dict[str, str] = {}
        wrappers: dict[str, str] = {}
        helpers: set[str] = set()
        # A module naming none of the declared packages imports none: not parsed (the import
        # pattern costs more than the read).
        wanted = (*declared, *(c for c, core in COMPANIONS.items() if core in declared))
        names = {s.name for s in declared.values()}
        own_names = {m.name.lower() for _, e, m in unit.manifests if e == LANGUAGE}
        # The workspace's data packages over one of the ORMs this package declares.
        lending = {
            package: orm
            for package, orm in data_packages.items()
            if orm in names and package not in own_names and package not in declared
        }
        wanted = (*wanted, *lending)
        for path in files:
            text = read_head(top, path, HEAD) or ""
            if not any(package in text for package in wanted):
                continue
            # An ORM's packages (sequelize and sequelize-typescript) count a file once.
            text = _MIGRATION_IMPORT.sub("", text)
            if _HELPERS_ONLY.search(text):
                text = _HELPERS_ONLY.sub("", text)
                helpers.add(path)
            imported = {COMPANIONS.get(p, p) for p in node_imports.named(text)}
            found = {declared[p].name for p in imported if p in declared}
            found |= {lending[p] for p in imported if p in lending}
            for name in found:
                importers.setdefault(name, set()).add(path)
                shown.setdefault(name, path)
                if _WRAPPER.search(text):
                    wrappers[posixpath.splitext(path)[0]] = name
        for name, path in _wrapper_importers(top, files, wrappers):
            importers[name].add(path)
        # An upper ORM no module imports but for its helpers to the base (Objection's
        # `knexSnakeCaseMappers` in the Knex settings): no model is written to it, so the base
        # most modules import is the layer the code queries through.
        helper_only = {n for n in names if n in BUILT_ON and n not in importers and helpers}
        led = census.leader({name: len(paths) for name, paths in importers.items()})
        if led is None:
            # Too few modules import the base to lead (the Knex settings handed to a service
            # mixin's adapter, `require('../knexfile')`, a type or two imported from `knex`)
            # and none the upper ORM: the helpers' base is the layer left.
            bases = {BUILT_ON[n] for n in helper_only} & names
            if len(bases) != 1 or not importers.keys() <= bases:
                continue
            base = bases.pop()
            led = (base, len(importers.get(base, ())))
            shown.setdefault(base, min(helpers))
        name, count = led
        if name in {BUILT_ON[n] for n in names if n in BUILT_ON and n not in helper_only}:
            # The layer another declared ORM is built on (Knex beneath Objection): the upper
            # ORM's code hands the base's instances and transactions around (`import { Knex }
            # from 'knex'` for `Knex.Transaction` in every service), so more files importing
            # the base says nothing of which one the code queries through.
            continue
        signal = next(s for s in declared.values() if s.name == name)
        text = (
            f"imported by {count} of {len(files)} modules"
            if count
            else "the ORM above it imported for its helpers alone"
        )
        evidence = Evidence(path=shown[name], text=text)
        unit.signals[LANGUAGE].append(
            signal.replace(strength=Strength.ENTRY, evidence=evidence, primary=True, version="")
        )
