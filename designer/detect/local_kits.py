"""Web frameworks a Node server takes from a package of its own tree that builds and runs it.

A repository of many services may keep their web plumbing in one library of its own (a
`lib/service-api` package declaring Express, with a `WebAPI` class that builds the application,
mounts the routes it is handed and listens), which each service installs from the tree
(`"file:../lib/service-api"`, `workspace:*`, `link:`) without declaring the framework itself.
A framework a library lends the application is the application's, at the release the library
resolves (its own lock's, else its manifest's range), and the library, like one whose server a
program starts (`workspace_servers`), is no service of its own (`Unit.lends_server`). That rule
reads only the program files a manifest names; a service started by a script of another name,
or building its server in a module its program imports, is found here by its code.

Only servers naming no framework are asked, only about the in-tree packages they depend on
whose own package.json declares a framework at run time, and only where a module of the server
constructs what it imports from that package handing it a port at the top of its options
(`new WebAPI({ http_port: env.PORT, routes })`): a client or a data library is handed no port
to listen on.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.lent_frameworks import FRAMEWORK_PACKAGES, bindings
from designer.detect.signals import Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 400
"""Code files read per server to find the module constructing the kit."""

MAX_ARGUMENT = 4000
"""Characters of a constructor's argument read to find its options' keys."""

_PORT_KEY = re.compile(r"(?:^|[\s,{])(?:port|PORT|\w+_port|[a-z]\w*Port)\s*:")
"""An options key naming the port to listen on (`port:`, `http_port:`, `httpPort:`)."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node server naming no framework the framework of the in-tree package whose
    export its code constructs with a port, as the package's own unit resolves it."""
    for unit in units.values():
        if not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        signals = unit.signals[LANGUAGE]
        if any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        kits = _local_kits(top, unit, units)
        if not kits:
            continue
        found = _constructed(top, unit.folder, set(kits))
        if found is None:
            continue
        package, start = found
        lent = [
            s.replace(strength=Strength.DEPENDENCY)
            for s in units[kits[package]].signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
        ]
        signals += lent
        signals += [s.replace(strength=Strength.ENTRY, evidence=start, version="") for s in lent]
        # Code of the services it builds, not a service of its own.
        units[kits[package]].lends_server = True


def _local_kits(top: str, unit: Unit, units: dict[str, Unit]) -> dict[str, str]:
    """Package name (lower-cased) → folder of the in-tree packages the unit's package.json
    depends on at run time that nothing deploys, whose package.json declares a framework at
    run time and whose code starts it."""
    manifest = node_imports.package_json(top, unit.folder)
    if manifest is None:
        return {}
    kits: dict[str, str] = {}
    for section in ("dependencies", "optionalDependencies"):
        value = manifest.get(section)
        if not isinstance(value, dict):
            continue
        for name, spec in value.items():
            folder = _local_folder(top, unit.folder, str(spec), units, str(name))
            if folder is None or folder == unit.folder or units[folder].deployable:
                continue
            if not any(
                s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
                for s in units[folder].signals.get(LANGUAGE, [])
            ):
                continue
            declared = node_imports.package_json(top, folder) or {}
            run_time = declared.get("dependencies")
            if isinstance(run_time, dict) and FRAMEWORK_PACKAGES & {
                str(n).lower() for n in run_time
            }:
                kits[str(name).lower()] = folder
    return kits


def _local_folder(
    top: str, folder: str, spec: str, units: dict[str, Unit], name: str
) -> str | None:
    """The unit folder an in-tree dependency names: the path of a `file:`/`link:`/`portal:`
    spec, or for `workspace:` the Node unit whose package.json carries that name."""
    if spec.startswith(("file:", "link:", "portal:")):
        path = posixpath.normpath(posixpath.join(folder, spec.split(":", 1)[1]))
        return path if path in units else None
    if spec.startswith("workspace:"):
        for other in units.values():
            if LANGUAGE in other.signals and other.folder != folder:
                declared = node_imports.package_json(top, other.folder) or {}
                if declared.get("name") == name:
                    return other.folder
    return None


def _skipped(name: str) -> bool:
    return name in PRUNED or name in TEST_FOLDERS


def _constructed(top: str, folder: str, packages: set[str]) -> tuple[str, Evidence] | None:
    """The first of `packages` a module of `folder` constructs with a port among its options'
    top-level keys, and the line constructing it."""
    for path in code_files(top, folder, node_imports.ENDINGS, MAX_FILES, skip_dir=_skipped):
        if path is None:
            return None
        text = read_text(top, path)[0] or ""
        for package in sorted(node_imports.named(text) & packages):
            names = bindings(text, package)
            if not names:
                continue
            kit = "|".join(map(re.escape, names))
            for call in re.finditer(rf"\bnew\s+(?:{kit})\s*\(\s*\{{", text):
                if _PORT_KEY.search(_top_level(text, call.end())):
                    line = text.count("\n", 0, call.start()) + 1
                    start = text[call.start():].split("\n", 1)[0].strip()[:200]
                    return package, Evidence(path=path, line=line, text=start)
    return None


def _top_level(text: str, start: int) -> str:
    """The text of an object literal opened just before `start`, its nested brackets and
    strings left out: its own keys only."""
    kept: list[str] = []
    depth = 0
    quote = ""
    for index in range(start, min(len(text), start + MAX_ARGUMENT)):
        char = text[index]
        if quote:
            if char == quote and text[index - 1] != "\\":
                quote = ""
            continue
        if char in "'\"`":
            quote = char
        elif char in "({[":
            depth += 1
        elif char in ")}]":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)
