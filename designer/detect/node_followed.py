"""The modules a Node program's entry imports, read when the walk's quota left them out.

The walk names the shallowest files of a folder (`walker.MAX_SOURCES`): in a package whose
`src/` holds dozens of folders of resolvers, events and helpers, the module that builds the
server (`src/server/createServer.ts`, imported by `src/index.ts`) lies beyond it, and a
package that declares its framework (often among devDependencies, bundled at build time) shows
no start of it in code. A careful reader opens the program and follows its imports; so does
this, for Node packages naming a framework in their manifest that no read file starts: from
their program files (`main`, what `start` runs) or, where those are absent (a built `dist/`),
their entry-named files near the top, through relative imports (not a barrel's re-exports) and
the package's own tsconfig path aliases (`@loaders/nestjs` for `"@loaders/*": ["src/loaders/*"]`),
a few levels and files deep. A host that is always built in code (Nest, Ts.ED: `STARTED_HOSTS`)
declared but seen started nowhere is followed too when another framework's start was read (a
main.ts creating the `express()` app it hands to the module where `NestFactory.create` runs):
whether it is a leftover is decided by what the followed modules start.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import STARTED_HOSTS, Unit
from designer.detect.node_imports import ENDINGS, code_file
from designer.detect.signals import Strength
from designer.detect.walker import Source, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_DEPTH = 3
"""Import levels followed from an entry file (index → server → app)."""

MAX_FILES = 12
"""Files read per package at most."""

RELATIVE = re.compile(
    r"""^(?![ \t]*import[ \t]+type\b)(?![ \t]*export\b)[^\n]*?"""
    r"""(?:\bfrom\s*+|\brequire\s*+\(\s*+|\bimport\s*+(?:\(\s*+)?)['"](\.{1,2}/[^'"\n]+)['"]""",
    re.MULTILINE,
)
"""A relative module an ES import, a dynamic import or a `require` names: not a type-only
import, which runs nothing, nor a re-export (`export * from "./lib/mongo"`), by which a
library's barrel gathers its modules for importers rather than running them."""

SPECIFIER = re.compile(
    r"""^(?![ \t]*import[ \t]+type\b)(?![ \t]*export\b)[^\n]*?"""
    r"""(?:\bfrom\s*+|\brequire\s*+\(\s*+|\bimport\s*+(?:\(\s*+)?)['"]([^'"\n]+)['"]""",
    re.MULTILINE,
)
"""Any module such an import names, relative or not (a path alias: `@loaders/nestjs`)."""

_ALIAS = re.compile(r'"([^"*]+)/\*"\s*:\s*\[\s*"(?:\./)?([^"*]+)/\*"')
"""A tsconfig `paths` entry mapping `alias/*` to a folder (`folder/*`), its first target."""

_BASE_URL = re.compile(r'"baseUrl"\s*:\s*"([^"]*)"')


def sources(
    top: str, units: dict[str, Unit], walked: dict[str, list[Source]]
) -> dict[str, list[Source]]:
    """Per folder, the program modules to read that the walk did not name: those its entry
    files import, for each Node package declaring a framework that no read file starts."""
    found: dict[str, list[Source]] = {}
    for unit in units.values():
        if not _declares_unstarted(unit):
            continue
        named = {s.path for s in walked.get(unit.folder, ())}
        starts = _starts(top, unit, walked.get(unit.folder, ()))
        extra = [p for p in _followed(top, unit.folder, starts) if p not in named]
        if extra:
            found[unit.folder] = [Source(p, False, False) for p in extra]
    return found


def _declares_unstarted(unit: Unit) -> bool:
    signals = unit.signals.get(LANGUAGE, [])
    declared = any(
        s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.ENTRY for s in signals
    )
    started = {
        s.name for s in signals if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    }
    hosts = {
        s.name
        for s in signals
        if s.kind is FindingKind.FRAMEWORK and s.name in STARTED_HOSTS and s.name not in started
    }
    return (
        declared
        and (not started or bool(hosts))
        and any(e == LANGUAGE for _, e, _ in unit.manifests)
    )


def _starts(top: str, unit: Unit, walked: list[Source]) -> list[str]:
    """The package's program files that exist, else its entry-named files at most two folders
    below it (`index.ts`, `src/main.ts`)."""
    programs = sorted(
        {
            posixpath.normpath(posixpath.join(unit.folder, program))
            for _, e, result in unit.manifests
            if e == LANGUAGE
            for program in result.program
        }
    )
    present = [p for p in programs if _exists(top, p)]
    if present:
        return present
    base = "" if unit.folder == "." else unit.folder + "/"
    named = sorted(
        s.path
        for s in walked
        if s.is_entry
        and not s.is_test
        and s.path.endswith(ENDINGS)
        and s.path[len(base) :].count("/") <= 1
    )
    # A file named by its stem alone (`src/main.ts`, `index.ts`) is where a program starts;
    # one whose stem carries a role after a dot (NestJS's `app.config.ts`, `app.controller.ts`,
    # `app.module.ts`) is a piece of it. The imports are followed breadth first on a quota of
    # `MAX_FILES`: a configuration module importing dozens of helpers must not spend it before
    # the start's own imports (`main.ts` → `bootstrap.ts`, where `NestFactory.create` runs).
    return sorted(named, key=_role_named)


def _role_named(path: str) -> bool:
    """Whether the file's name carries a role after its stem (`app.module.ts`)."""
    return "." in posixpath.splitext(posixpath.basename(path))[0]


def _followed(top: str, folder: str, starts: list[str]) -> list[str]:
    """The files the entry files import through relative paths inside `folder`, breadth
    first, `MAX_DEPTH` levels and `MAX_FILES` files at most (the entries themselves left out)."""
    seen = set(starts)
    level = list(starts)
    found: list[str] = []
    aliases = _aliases(top, folder)
    for _ in range(MAX_DEPTH):
        following: list[str] = []
        for path in level:
            text = read_text(top, path)[0] or ""
            for module in SPECIFIER.findall(text):
                joined = _resolved(path, module, aliases)
                target = code_file(top, folder, joined) if joined else None
                if target is None or target in seen:
                    continue
                seen.add(target)
                found.append(target)
                following.append(target)
                if len(found) >= MAX_FILES:
                    return found
        level = following
    return found


def _aliases(top: str, folder: str) -> dict[str, str]:
    """The package's tsconfig.json path aliases (`@loaders` → `src/loaders`, relative to `top`)
    whose target lies inside the package."""
    config = "tsconfig.json" if folder == "." else posixpath.join(folder, "tsconfig.json")
    text = read_text(top, config)[0]
    if not text:
        return {}
    base = _BASE_URL.search(text)
    root = posixpath.normpath(posixpath.join(folder, base.group(1) if base else "."))
    aliases: dict[str, str] = {}
    for alias, target in _ALIAS.findall(text):
        place = posixpath.normpath(posixpath.join(root, target))
        if not place.startswith("..") and (
            folder == "." or place == folder or place.startswith(folder + "/")
        ):
            aliases.setdefault(alias, place)
    return aliases


def _resolved(path: str, module: str, aliases: dict[str, str]) -> str | None:
    """The path (relative to the tree's top) a module specifier in `path` names: a relative
    one from the file's folder, an aliased one from its alias's target; None otherwise."""
    if module.startswith(("./", "../")):
        return posixpath.normpath(posixpath.join(posixpath.dirname(path), module))
    for alias in sorted(aliases, key=len, reverse=True):
        if module.startswith(alias + "/"):
            return posixpath.normpath(posixpath.join(aliases[alias], module[len(alias) + 1 :]))
    return None


def _exists(top: str, path: str) -> bool:
    return not path.endswith(".d.ts") and os.path.isfile(os.path.join(top, path))
