"""Which npm packages a Node package's own modules import.

Rules ask it of a package's code: whether its modules import the data layer an enclosing
package.json installs (`root_imports`), whether any module outside its tests opens the
driver it declares (`node_drivers`), and which modules import a cache's client
(`next_cache`). They read the package's files (`codewalk`) until every package asked about
has been seen, or the budget runs out.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections.abc import Callable, Iterator

from designer.detect.codewalk import code_files
from designer.detect.nonservices import is_test_host
from designer.detect.walker import PRUNED, TEST_NAME, read_text

ENDINGS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx")

_SUFFIXES = ("", *ENDINGS, *(f"/index{e}" for e in ENDINGS))
"""What a relative specifier may leave out: the extension, or a folder's index module."""


def package_json(top: str, folder: str) -> dict[str, object] | None:
    """The folder's package.json as an object, or None when it is missing, unreadable or not
    a JSON object: each caller says what an unreadable manifest means for its question."""
    path = "package.json" if folder == "." else posixpath.join(folder, "package.json")
    text = read_text(top, path)[0]
    try:
        data = json.loads(text or "")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


LOCAL_SPECS = ("workspace:", "file:", "link:", "portal:")
"""Dependency specifications naming a package of the same tree."""


def self_contained(top: str, folder: str) -> tuple[set[str], str] | None:
    """The packages the folder's package.json declares (lower-cased, dev and optional ones
    included) and its scripts' commands joined by spaces; None when the manifest is unreadable
    or depends on a package of the same tree (`workspace:*`, `file:../db`), which may open,
    register or lend what the package's own code does not show: the rules that drop a layer
    nothing of the package uses leave such a package alone."""
    manifest = package_json(top, folder)
    if manifest is None:
        return None
    declared: set[str] = set()
    for section in ("dependencies", "devDependencies", "optionalDependencies"):
        value = manifest.get(section)
        if not isinstance(value, dict):
            continue
        if any(str(spec).startswith(LOCAL_SPECS) for spec in value.values()):
            return None
        declared |= {str(name).lower() for name in value}
    scripts = manifest.get("scripts")
    commands = " ".join(str(v) for v in scripts.values()) if isinstance(scripts, dict) else ""
    return declared, commands


def code_file(top: str, folder: str, joined: str) -> str | None:
    """The code file a relative specifier's path (`joined`, relative to `top`) names inside
    the package in `folder`: as written, with an extension left out, a folder's index, or the
    TypeScript source of a written `.js` (`./db.js` → `db.ts`); None when none exists there
    (a declaration file `.d.ts` runs nothing)."""
    if joined.startswith("../") or (folder != "." and not joined.startswith(folder + "/")):
        return None
    candidates = [joined + suffix for suffix in _SUFFIXES]
    if joined.endswith((".js", ".mjs", ".cjs", ".jsx")):
        stem = joined.rsplit(".", 1)[0]
        candidates += [stem + ending for ending in ENDINGS]
    for candidate in candidates:
        if (
            candidate.endswith(ENDINGS)
            and not candidate.endswith(".d.ts")
            and os.path.isfile(os.path.join(top, candidate))
        ):
            return candidate
    return None

_IMPORT = re.compile(
    r"""^(?![ \t]*(?:(?:import|export)[ \t]+type\b|//|/?\*))[^\n]*?"""
    r"""(?:\bfrom\s*+|\brequire\s*+\(\s*+|\bimport\s*+(?:\(\s*+)?)['"]([^'"\n]+)['"]""",
    re.MULTILINE,
)
"""A module an ES import, a dynamic import or a `require` names; not a type-only import
(`import type { User } from "@prisma/client"`), which uses no code of the package, nor one on
a comment line (`// export { PrismaClient } from '@prisma/client'` in a shim explaining what
it replaces; a JSDoc line ` * const db = require("pg")` showing how a module is used)."""


def specifiers(text: str) -> list[str]:
    """The module specifiers a module's text imports values from, as written (`./db`,
    `@app/db/client`)."""
    return _IMPORT.findall(text)


def _never(name: str) -> bool:
    return False


def package(module: str) -> str:
    """The package a module specifier names (`@scope/name/sub` → `@scope/name`), lower-cased
    as catalog keys are."""
    parts = module.split("/")
    return "/".join(parts[:2] if module.startswith("@") else parts[:1]).lower()


_CLIENT_OF = {"@prisma/client": "PrismaClient"}
"""Packages that are also where generated model types live, and the name of what opens the
database: `import { Email } from "@prisma/client"` in a dashboard's hooks types the data the
API sends (a UI sharing its workspace's schema), while only a module naming `PrismaClient`
(constructing or extending it) uses the client."""


def named(text: str) -> set[str]:
    """The packages a module's text imports (lower-cased, as `package` gives them); a package
    of `_CLIENT_OF` only where the module names its client."""
    found = set(map(package, _IMPORT.findall(text)))
    return {name for name in found if name not in _CLIENT_OF or _CLIENT_OF[name] in text}


_TYPE_IMPORT = re.compile(
    r"""^[ \t]*(?:import|export)[ \t]+type\b[^;'"]*?\bfrom\s*+['"]([^'"\n]+)['"]""",
    re.MULTILINE,
)
"""A type-only import or re-export (`import type { Row } from "postgres"`), over lines."""


def typed(text: str) -> set[str]:
    """The packages a module's text imports types only from (lower-cased, as `package` gives
    them): no code of theirs runs there, but a module typed against a driver's connection
    (`sql: postgres.Sql`, handed to it by the module that opened it) queries through it."""
    return set(map(package, _TYPE_IMPORT.findall(text)))


def imported(
    top: str,
    folder: str,
    wanted: set[str],
    limit: int,
    *,
    skip_dir: Callable[[str], bool] = _never,
    skip_file: Callable[[str], bool] = _never,
) -> tuple[set[str], bool]:
    """Which of the packages `wanted` the modules under `folder` import (a package or one of
    its paths: `kysely`, `kysely/helpers/postgres`), and whether that answer is whole: False
    when more than `limit` files would have had to be read to find the rest."""
    seen: set[str] = set()
    for path in code_files(top, folder, ENDINGS, limit, skip_dir=skip_dir, skip_file=skip_file):
        if path is None:
            return seen, False
        text = read_text(top, path)[0] or ""
        seen |= named(text) & wanted
        if seen == wanted:
            break
    return seen, True


BUILT = frozenset({*PRUNED, ".next", ".nuxt", "coverage", "out", "dist", "build"})
"""Folders of a Node package holding what a build or a test run wrote, not its own code."""


def _not_run(name: str) -> bool:
    """Whether a file of a Node package is a test (`*.test.*`) or a type declaration: nothing
    the program runs."""
    return name.endswith(".d.ts") or bool(TEST_NAME.match(name))


def _outside_tests(skipped: frozenset[str] | set[str]) -> dict[str, Callable[[str], bool]]:
    """The walk's skips for the modules a package runs: its test folders and the folders
    `skipped`, its test files and type declarations."""
    return {
        "skip_dir": lambda name: name in skipped or is_test_host(name),
        "skip_file": _not_run,
    }


def program_files(
    top: str,
    folder: str,
    limit: int,
    *,
    endings: tuple[str, ...] = ENDINGS,
    skipped: frozenset[str] | set[str] = PRUNED,
) -> Iterator[str | None]:
    """`code_files` of the modules a package runs: neither tests (test folders, `*.test.*`
    files) nor type declarations nor the folders `skipped`."""
    return code_files(top, folder, endings, limit, **_outside_tests(skipped))


def imported_outside_tests(
    top: str, folder: str, wanted: set[str], limit: int, skipped: frozenset[str] = BUILT
) -> tuple[set[str], bool]:
    """`imported`, asked of the modules a package runs (`program_files`'s). A driver only a
    test opens does not say what the program stores its data in."""
    return imported(top, folder, wanted, limit, **_outside_tests(skipped))


def importers_outside_tests(
    top: str, folder: str, wanted: set[str], limit: int, skipped: frozenset[str] = BUILT
) -> set[str] | None:
    """`importers`, among the modules a package runs (`program_files`'s)."""
    return importers(top, folder, wanted, limit, **_outside_tests(skipped))


def importers(
    top: str,
    folder: str,
    wanted: set[str],
    limit: int,
    *,
    skip_dir: Callable[[str], bool] = _never,
    skip_file: Callable[[str], bool] = _never,
) -> set[str] | None:
    """The code files under `folder` that import one of the packages `wanted`; None when more
    than `limit` files would have had to be read to see them all."""
    found: set[str] = set()
    for path in code_files(top, folder, ENDINGS, limit, skip_dir=skip_dir, skip_file=skip_file):
        if path is None:
            return None
        if named(read_text(top, path)[0] or "") & wanted:
            found.add(path)
    return found
