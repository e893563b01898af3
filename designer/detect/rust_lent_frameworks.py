"""Web frameworks a Rust program takes from an SDK crate whose entry point serves it.

A program may be built on an SDK that owns its HTTP server: the SDK's `main` helper parses the
command line, builds the router over the program's handlers (a trait the program implements)
and serves it on a web framework, so that the program's own `main` only hands its setup to that
helper (`default_main_with(Setup::new(…)).await`). No manifest of the program names the
framework, yet the server it runs is the framework's: a framework a library lends the
application is the application's, at the release the workspace's Cargo.lock resolves for the
SDK (the framework's entry among the SDK's locked dependencies).

Only crates naming no framework at all are asked, only about crates of a registry or a
repository (a lock entry with a `source`, not a crate of the workspace) that the catalogue does
not know and whose lock entry depends on a framework's own crate, and only where a file of the
crate holding `fn main` calls into that crate: a library merely carrying a framework for an
optional integration lends the program nothing. gRPC's tonic routes on axum inside, and serves
gRPC alone (no backend): it lends nothing.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.rust import CATALOG
from designer.detect.locks import LockFiles
from designer.detect.signals import dependency_signals
from designer.detect.tomlfile import loads as _toml_loads
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "rust"

FRAMEWORK_CRATES = frozenset(
    name
    for name, entries in CATALOG.items()
    if entries and entries[0][0] is FindingKind.FRAMEWORK
)
"""Crates that are a web framework itself (axum, actix-web, rocket)."""

NOT_LENDERS = frozenset({"tonic"})
"""Crates routing on a framework inside for another protocol (gRPC over axum's router)."""

_SKIPPED = frozenset({"tests", "benches", "examples", "target"})
"""Folders whose files do not build the program's server."""

MAX_FILES = 2000
"""Source files read per crate to find its `main` (asked only of crates naming no framework
whose lock shows an outside crate depending on one)."""

_HELPER = re.compile(r"(?:^|_)(?:main|serve|run|start)(?:_|$)")
"""A function name saying it runs the program's server (`default_main_with`, `run_server`)."""

_MAIN = re.compile(r"^\s*(?:pub\s+)?(?:async\s+)?fn\s+main\s*\(", re.M)


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Rust crate naming no framework the framework of the SDK crate its `main`
    calls into, at the release the lock resolves."""
    for unit in units.values():
        manifests = [path for path, eco, _ in unit.manifests if eco == LANGUAGE]
        if not manifests:
            continue
        signals = unit.signals.get(LANGUAGE, [])
        if any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        unknown = _dependencies(top, manifests[0]) - CATALOG.keys() - NOT_LENDERS
        if not unknown:
            continue
        lenders = _lenders(top, unit.folder, unknown, locks)
        if not lenders:
            continue
        called = _called(top, unit.folder, set(lenders))
        if called is None:
            continue
        framework = lenders[called]
        found = locks.versions(unit.folder, LANGUAGE, {framework: ""})
        locked = found.get(framework)
        if locked is None:
            continue
        unit.signals[LANGUAGE] = signals + [
            signal.replace(locked=True)
            for signal in dependency_signals(
                CATALOG, framework, locked.version, False, locked.evidence
            )
            if signal.kind is FindingKind.FRAMEWORK
        ]


def _dependencies(top: str, manifest: str) -> set[str]:
    """The crates a Cargo manifest depends on at run time (`[dependencies]`)."""
    try:
        data = _toml_loads(read_text(top, manifest)[0] or "")
    except ValueError:  # tomllib's TOMLDecodeError
        return set()
    table = data.get("dependencies")
    if "package" not in data or not isinstance(table, dict):
        return set()
    return {
        spec.get("package", name) if isinstance(spec, dict) else name
        for name, spec in table.items()
        if not (isinstance(spec, dict) and "path" in spec)
    }


def _lenders(
    top: str, folder: str, crates: set[str], locks: LockFiles
) -> dict[str, str]:
    """Of `crates`, those the nearest Cargo.lock holds from outside the tree with a
    framework crate among their dependencies → that framework's crate."""
    for _, paths in locks.holders(folder, LANGUAGE):
        for path in paths:
            if posixpath.basename(path) != "Cargo.lock":
                continue
            try:
                data = _toml_loads(read_text(top, path)[0] or "")
            except ValueError:  # tomllib's TOMLDecodeError
                return {}
            found: dict[str, str] = {}
            for package in data.get("package", []):
                name = package.get("name")
                if name not in crates or "source" not in package:
                    continue
                for dependency in package.get("dependencies", []):
                    crate = dependency.split()[0]
                    if crate in FRAMEWORK_CRATES:
                        found[name] = crate
                        break
            return found
    return {}


def _called(top: str, folder: str, lenders: set[str]) -> str | None:
    """The lender whose serving helper (`default_main_with`, `serve`, `run_server`) a file of
    the crate holding `fn main` calls: a type of the lender the program only holds (an auth
    library's `Database`) says nothing of who serves."""
    modules = {crate.replace("-", "_"): crate for crate in lenders}
    for path in code_files(top, folder, (".rs",), MAX_FILES):
        if path is None:
            break
        if _SKIPPED & set(posixpath.relpath(path, folder).split("/")[:-1]):
            continue
        text = read_text(top, path)[0] or ""
        if not _MAIN.search(text):
            continue
        for module, crate in modules.items():
            if _calls_helper(text, module):
                return crate
    return None


def _calls_helper(text: str, module: str) -> bool:
    """Whether `text` calls a serving helper of the crate `module`, by its path
    (`sdk::serve(`) or by a name it imports from it (`use sdk::default_main::default_main;`)."""
    path = re.compile(rf"\b{re.escape(module)}::(?:\w+::)*(\w+)\s*(?:::<[^>]*>)?\s*\(")
    if any(_HELPER.search(name) for name in path.findall(text)):
        return True
    imported = {
        name
        for statement in re.findall(rf"\buse\s+{re.escape(module)}::([^;]+);", text)
        for name in re.findall(r"\w+", statement)
        if _HELPER.search(name)
    }
    return any(re.search(rf"(?<![\w:]){re.escape(name)}\s*\(", text) for name in imported)
