"""Python: which of the data layers a workspace library lends the code is written to.

A workspace may gather its data access in one shared library (`libraries/common`, installed by
path into every application of the workspace): a graph client over psycopg in one of its
subpackages, a ClickHouse client in another. Each application declares only the library, so
every layer the library declares is lent to each of them alike, at one confidence, and the
ranking by kinds picks whichever the library lists first — for an API whose hundred modules
query the graph and a score of them write analytics rows, the analytics client.

What decides is how much of the application's code reaches each layer (as `py_side_stores`
counts a project's own imports): where a Python project uses projects of the tree (its manifest
names them) that declare two data layers or more, and declares no other layer itself, the
lending projects' modules importing each layer are found, and the project's own modules (not
its tests, installed packages, nor the projects nested in it) are counted per layer when they
import the layer itself or one of those library modules (`from lib import graph` reaches
psycopg when `lib/graph/client.py` imports it). A layer leading by `census.MARGIN` is marked the
primary one (`Signal.primary`): the data layer, with the engine its package names. A closer
count (a relay reading the graph and writing analytics rows in as many modules) keeps both.

Read only for such projects, within `pymodules`' budget of files.
"""

from __future__ import annotations

import re

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.nonservices import used_modules
from designer.detect.py_side_stores import SQL_LAYERS
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)

_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([\w ,.\t]+)|import[ \t]+([\w., \t]+))",
    re.MULTILINE,
)
"""An import statement: `from a.b import c, d` (its module, the names) or `import a.b, c`."""


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Mark primary, in each Python project using a project of the tree that declares two data
    layers or more (and declaring none but those itself), the layer far more of its modules
    reach, directly or through that project's modules."""
    folders = list(units)
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        own = {s.name for s in signals if s.kind in _LAYERS}
        if any(s.primary and s.kind in _LAYERS for s in signals):
            continue  # a census already chose
        layers: dict[str, Signal] = {}
        lenders = []
        for lender in used_modules(unit, units, LANGUAGE):
            lent = [s for s in lender.signals.get(LANGUAGE, []) if s.kind in _LAYERS]
            if lent and lender.folder != ".":
                lenders.append(lender.folder)
                layers.update((s.name, s) for s in lent if s.name not in layers)
        if len(layers) < 2 or not own <= set(layers):
            continue  # a layer of the project's own beside them is ranked as it is
        modules = {name: _modules(s) for name, s in layers.items()}
        reach: dict[str, set[str]] = {name: set() for name in modules}
        for lender in sorted(lenders):
            for dotted, name in _lender_reach(top, lender, folders, modules).items():
                reach[name].add(dotted)
        counts = _count(top, folder, folders, modules, reach)
        if counts is None:
            continue
        led = census.leading_files(counts)
        if led is None:
            continue
        name, count, first = led
        evidence = Evidence(path=first, text=f"reaches it in {count} modules")
        signals.append(
            layers[name].replace(
                strength=Strength.ENTRY, evidence=evidence, primary=True, version=""
            )
        )


def _modules(signal: Signal) -> tuple[str, ...]:
    """The modules code written to `signal`'s layer imports: the known ones, else its
    distribution's name as Python spells a module (`clickhouse-connect` → clickhouse_connect)."""
    known = SQL_LAYERS.get(signal.name, ())
    package = (signal.package or signal.name).lower().replace("-", "_")
    return (*known, package) if package.isidentifier() else tuple(known)


def _imported(text: str) -> set[str]:
    """The dotted names a module's imports reach: `from a.b import c` gives a.b and a.b.c."""
    names: set[str] = set()
    for base, listed, plain in _IMPORT.findall(text):
        if base:
            names.add(base)
            for part in listed.split(","):
                word = part.split()[0] if part.split() else ""
                if word.isidentifier():
                    names.add(f"{base}.{word}")
        else:
            names.update(p.split()[0] for p in plain.split(",") if p.split())
    return names


def _dotted(path: str, folder: str) -> list[str]:
    """The dotted names under which a lender's module is imported: the module, and the package
    holding it (whose `__init__` commonly re-exports it)."""
    rel = path[len(folder) + 1 :] if folder != "." else path
    parts = rel[: -len(".py")].split("/")
    if parts[0] == "src":
        parts = parts[1:]
    if parts[-1] == "__init__":
        return [".".join(parts[:-1])] if len(parts) > 1 else []
    return [".".join(parts)] + ([".".join(parts[:-1])] if len(parts) > 1 else [])


def _lender_reach(
    top: str, lender: str, folders: list[str], modules: dict[str, tuple[str, ...]]
) -> dict[str, str]:
    """The lender's dotted module names importing exactly one layer's modules → that layer."""
    owner = {module: name for name, mods in modules.items() for module in mods}
    reach: dict[str, set[str]] = {}
    for found in each_module(top, lender, nested_projects(lender, folders)):
        if found is None:
            break
        path, text = found
        hit = {owner[m] for n in _imported(text) for m in owner if n == m or n.startswith(m + ".")}
        for dotted in _dotted(path, lender):
            reach.setdefault(dotted, set()).update(hit)
    return {dotted: next(iter(names)) for dotted, names in reach.items() if len(names) == 1}


def _count(
    top: str,
    folder: str,
    folders: list[str],
    modules: dict[str, tuple[str, ...]],
    reach: dict[str, set[str]],
) -> dict[str, set[str]] | None:
    """The project's own modules importing each layer (`modules`, or a submodule of them) or a
    lender's module reaching it (`reach`, exactly); None when the walk's budget ran out."""
    counts: dict[str, set[str]] = {name: set() for name in modules}
    for found in each_module(top, folder, nested_projects(folder, folders)):
        if found is None:
            return None
        path, text = found
        for n in _imported(text):
            for name, own in modules.items():
                if n in reach[name] or any(n == m or n.startswith(m + ".") for m in own):
                    counts[name].add(path)
    return counts
