"""Go: which of the data layers a module requires its code is written to.

One go.mod may hold a dozen programs: the main API keeping its data through mongo-driver in
hundreds of files, a side service on GORM and MySQL in a few dozen. Ranked as kinds alone,
the ORM would come first; what decides is how much of the code imports each. So where a
module requires two data layers or more, the heads of its non-test Go files (where imports
are) are read, and a layer imported by more than twice as many files as any other is marked
the primary one (`Signal.primary`): the data layer, and the engine it alone talks to the
primary engine among those seen as strongly (`assemble._rank_data`). Where the counts decide
nothing, a runner imported by more files than the query builder next to it (sqlx beside
squirrel) leads (`go_query_runners`); else a layer imported only by files nothing of the
program reaches (an older store left in the tree) gives way to the one layer the reached files
import (`go_reach`). A driver with an API
of its own (pgx: its pool, its connection) required beside such a layer is one more candidate,
counted by the files importing that API: a module declaring sqlx may write its code to a pgx
pool (read through scany), sqlx left in a few files nothing calls. Such a driver required alone,
where nothing else shows a data layer, is counted too: a module of many services may keep its
stores deeper than the few files the walk reads, and only the census sees them import pgx.
sqlc's generated packages (the folders of its `func New(db DBTX) *Queries`) are one more
candidate, counted by the files importing any of them: go.mod never requires sqlc (it generates
code at build time), yet the services calling the generated queries are the code written to it,
whatever driver or handle (pgx, sqlx) the queries then run on.

Read only for such modules, within a budget of files, so that a large tree costs a bounded
number of reads.
"""

from __future__ import annotations

import os
import re

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems import go_reach
from designer.detect.ecosystems.go_programs import MODULE, head, imports
from designer.detect.ecosystems.go_query_runners import runner_over_builder
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

MAX_FILES = 6000
"""Go files read per scan, at most."""

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

OWN_API_DRIVERS = {
    "github.com/jackc/pgx": ("pgx", re.compile(r"github\.com/jackc/pgx(?:/v\d+)?(?:/pgxpool)?")),
}
"""Drivers (go.mod key → the query layer, the import paths of their own API) that code may be
written to directly. Only those packages count: pgx's `stdlib` registers it with database/sql
(for sqlx or GORM to run on), and its `pgtype` or `pgconn` packages serve those too."""

ENCODING_PACKAGES = frozenset({"bson"})
"""Packages of a data layer's module that only encode values (mgo's and mongo-driver's `bson`:
documents, ObjectIds, `bson.M` filters). Code written to one driver often borrows the other's
`bson` for its types; a file importing no other package of the module does not talk to the
database through it, so it is not counted for that layer."""

_MAJOR = re.compile(r"v\d+")
"""A Go module's major-version suffix (`/v2`), part of the path before its packages."""

GENERATED = "sqlc"
"""The census key of sqlc's generated packages (no go.mod path names them)."""

STANDARD = "database/sql"
"""The standard library's raw access: its import path is its name."""

_SKIPPED = frozenset({"vendor", "testdata", "node_modules"})
"""Folders of copied or fixture code."""


def _is_test(name: str) -> bool:
    return name.endswith("_test.go")


def _declares_go(unit: Unit) -> bool:
    return any(e == "go" for _, e, _ in unit.manifests)


def module_files(top: str, folder: str, modules: set[str], budget: int) -> list[str] | None:
    """The module's own Go code under `folder`: not its tests, vendored copies or fixtures,
    nor the modules (`modules`, folders of go.mod files) nested in it; None when it holds
    `budget` files or more (too large a tree to read)."""
    nested = {m for m in modules if m != folder and (folder == "." or m.startswith(folder + "/"))}
    walk = code_files(top, folder, (".go",), budget, skip_dir=_SKIPPED.__contains__,
                      skip_file=_is_test, nested=nested)
    files = [path for path in walk if path is not None]
    return None if len(files) >= budget else files


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Add, to each Go module requiring two data layers or more, a `primary` signal for the
    one imported by more than `census.MARGIN` times as many of its non-test files as any other."""
    budget = MAX_FILES
    modules = {folder for folder, unit in units.items() if _declares_go(unit)}
    for folder, unit in sorted(units.items()):
        declared: dict[str, Signal] = {}
        for s in unit.signals.get("go", []):
            if s.kind in _LAYERS and s.strength is Strength.DEPENDENCY and s.package:
                declared.setdefault(s.package, s)
            elif s.strength is Strength.DEPENDENCY and s.package in OWN_API_DRIVERS:
                name = OWN_API_DRIVERS[s.package][0]
                declared.setdefault(s.package, s.replace(kind=FindingKind.QUERY, name=name))
        generated = _generated(top, folder, unit)
        if generated:
            declared.setdefault(GENERATED, generated[1])
        standard = _standard_beside_driver(unit, declared)
        if standard is not None:
            declared.setdefault(STANDARD, standard)
        if len({s.name for s in declared.values()}) < 2 and not _driver_alone(unit, declared):
            continue
        files = module_files(top, folder, modules, budget)
        if files is None:
            budget = 0
            continue  # more than the budget left: too large a tree to census
        budget -= len(files)
        counts: dict[str, int] = {}
        shown: dict[str, str] = {}
        layered: dict[str, set[str]] = {}
        for path in files:
            for package in _imported_layers(top, path, declared, generated[0] if generated else ()):
                counts[package] = counts.get(package, 0) + 1
                shown.setdefault(package, path)
                layered.setdefault(path, set()).add(package)
        names = {package: s.name for package, s in declared.items()}
        led = (
            census.leader(counts)
            or runner_over_builder(counts, names)
            or _only_reached(top, files, layered)
        )
        if led is None:
            continue
        package, count = led
        signal = declared[package]
        text = f"imported by {count} of {len(files)} Go files"
        evidence = Evidence(path=shown[package], text=text)
        unit.signals["go"].append(
            signal.replace(strength=Strength.ENTRY, evidence=evidence, primary=True, version="")
        )


def _generated(top: str, folder: str, unit: Unit) -> tuple[set[str], Signal] | None:
    """The import paths (lowered) of the module's sqlc-generated packages, the folders holding
    the generated constructor, with that constructor's signal; None when it has none (or its
    go.mod names no module path to import them by)."""
    constructors = [
        s
        for s in unit.signals.get("go", [])
        if s.name == GENERATED and s.kind is FindingKind.QUERY and s.evidence.path.endswith(".go")
    ]
    manifest = next((path for path, e, _ in unit.manifests if e == "go"), None)
    if not constructors or manifest is None:
        return None
    module = MODULE.search(read_text(top, manifest)[0] or "")
    if module is None:
        return None
    within = "" if folder == "." else folder + "/"
    paths = set()
    for signal in constructors:
        package = signal.evidence.path.rpartition("/")[0]
        if package.startswith(within):
            below = package[len(within):]
            paths.add(f"{module.group(1)}/{below}".rstrip("/").lower())
    return (paths, constructors[0]) if paths else None


def _standard_beside_driver(unit: Unit, declared: dict[str, Signal]) -> Signal | None:
    """database/sql's source signal, as one more candidate, where the module requires no data
    layer but drivers with an API of their own (pgx) and its code imports database/sql too.
    Such a module may open a `*sql.DB` on the same driver only to hand it to a migration tool
    (goose, `sql.Open("pgx", …)`) while its stores are written to the driver's pool, or query
    through database/sql everywhere and borrow the driver's pool in one file: the files importing
    each decide. Beside an ORM or a query library database/sql is no candidate (sqlx's files
    import it for `sql.ErrNoRows`)."""
    if not declared or not set(declared) <= set(OWN_API_DRIVERS):
        return None
    return next(
        (
            s
            for s in unit.signals.get("go", [])
            if s.name == STANDARD and s.kind is FindingKind.QUERY
            and s.strength is not Strength.DEV and s.evidence.path.endswith(".go")
        ),
        None,
    )


def _driver_alone(unit: Unit, declared: dict[str, Signal]) -> bool:
    """Whether the module's one candidate is a driver with an API of its own and nothing else
    shows a data layer: a module of many programs may write its stores to a pgx pool in files
    deeper than the few the walk reads, so no source rule sees the import and only the census
    can tell the driver is the code's data layer (a driver nothing imports stays an engine)."""
    if len(declared) != 1 or not set(declared) <= set(OWN_API_DRIVERS):
        return False
    return not any(
        s.kind in _LAYERS and s.strength is not Strength.DEV
        for signals in unit.signals.values()
        for s in signals
    )


def _only_reached(
    top: str, files: list[str], layered: dict[str, set[str]]
) -> tuple[str, int] | None:
    """Where the census decides nothing: the one layer files the code reaches import, when
    every other layer is imported only by files nothing reaches (an older store left in the
    tree), with how many reached files import it (`go_reach`)."""
    if len({p for packages in layered.values() for p in packages}) < 2:
        return None
    live = go_reach.reached(files, layered, lambda path: _text(top, path))
    counts: dict[str, int] = {}
    for path in live:
        for package in layered[path]:
            counts[package] = counts.get(package, 0) + 1
    return next(iter(counts.items())) if len(counts) == 1 else None


def _text(top: str, path: str) -> str:
    """The text of the module's file at `path` ("" when unreadable)."""
    return read_text(top, path)[0] or ""


def _encodes(subpath: str) -> bool:
    """Whether a package under a layer's module (its path below the module) only encodes
    values (`bson`, `bson/primitive`). A major version's suffix comes first
    (`go.mongodb.org/mongo-driver/v2/bson`): the package is the part after it."""
    parts = subpath.split("/")
    if len(parts) > 1 and _MAJOR.fullmatch(parts[0]):
        parts = parts[1:]
    return parts[0] in ENCODING_PACKAGES


def _imported_layers(
    top: str, path: str, declared: dict[str, Signal], generated: set[str] | tuple[()] = ()
) -> set[str]:
    """The declared layers' module paths the file at `path` imports (a package of a module
    counts as the module: `go.mongodb.org/mongo-driver/mongo`), and `GENERATED` when it imports
    one of sqlc's `generated` packages. The declared paths are go.mod's lowered (the
    catalogue's keys), so the import is compared lowered too: code imports
    `github.com/Masterminds/squirrel` as its go.mod spells it."""
    found = set()
    for spelled, _ in imports(head(os.path.join(top, *path.split("/"))) or ""):
        imported = spelled.lower()
        if imported in generated:
            found.add(GENERATED)
        for package in declared:
            if package == GENERATED:
                continue
            if package == STANDARD:
                # Its `driver` package only declares the value interfaces (Scanner, Valuer)
                # types implement: no query passes through it.
                if imported == STANDARD:
                    found.add(package)
                continue
            if package in OWN_API_DRIVERS:
                if OWN_API_DRIVERS[package][1].fullmatch(imported):
                    found.add(package)
            elif imported == package or (
                imported.startswith(package + "/") and not _encodes(imported[len(package) + 1:])
            ):
                found.add(package)
    return found
