"""Which modules of a workspace library an import of one of its subpaths reaches.

A service may import a library's modules one by one (`import { zoonkGateway } from
"@app/core/ai"`, `from "@app/lib/utils/dates"`) rather than from its root. Node finds such a
module through the library's package.json `exports` map (a string or conditional target, a
`./*` pattern), and a workspace without one (TypeScript paths, a bundler) under the package
folder or its `src/`. What runs when the module is imported is that file and the modules it
imports in turn by relative path (`./x`, `../y`, a folder's index), re-exports included: a
careful reader follows them a few levels to see whether any opens the data layer. Where a step
cannot be followed (a target absent from the tree, an alias, too many files) the answer is
None: the reach is unknown. A subpath into the package's build output, which the tree does
not hold (`@app/graphql/dist/ops`, its `main` being `dist/index.js`), is the module its
source builds there (`src/ops.ts`, then `ops.ts`); a subpath naming a data file
(`@app/graphql/dist/client.json`) runs no code at all.
"""

from __future__ import annotations

import json
import os
import posixpath
import re

from designer.detect.node_imports import ENDINGS, code_file
from designer.detect.signals import LazyPattern
from designer.detect.walker import read_text

MAX_DEPTH = 4
"""Relative import levels followed from the imported module."""

MAX_FILES = 40
"""Modules read per imported subpath at most; beyond, the reach is unknown."""

_RELATIVE = LazyPattern(
    r"""^(?![ \t]*(?:import|export)[ \t]+type\b)[^\n]*?"""
    r"""(?:\bfrom\s*+|\brequire\s*+\(\s*+|\bimport\s*+(?:\(\s*+)?)['"](\.{1,2}/[^'"\n]+|\.{1,2})['"]""",
    re.MULTILINE,
)
"""A relative module an import, a re-export, a dynamic import or a `require` names: not a
type-only import or re-export, which runs nothing."""

_SOURCE_CONDITIONS = ("source", "development", "import", "module", "node", "require", "default")
"""Conditions of an `exports` target in the order read: a source first, where one is named,
then what Node loads."""


def reached(top: str, folder: str, subpath: str) -> set[str] | None:
    """The code files of the library in `folder` that importing its `subpath` (`ai`,
    `utils/dates`) runs: the module it resolves to and those reached by relative imports
    from it; None when some step cannot be followed."""
    if _data_file(subpath):
        return set()  # a JSON document, a stylesheet: imported as data, no code runs
    start = resolve(top, folder, subpath)
    if start is None:
        return None
    return followed(top, folder, {start})


def followed(top: str, folder: str, starts: set[str]) -> set[str] | None:
    """The code files `starts` (of the library in `folder`) and those their relative imports
    reach, transitively; None when some step cannot be followed."""
    seen = set(starts)
    level = sorted(starts)
    for depth in range(MAX_DEPTH + 1):
        following: list[str] = []
        for path in level:
            text = read_text(top, path)[0] or ""
            for module in _RELATIVE.findall(text):
                joined = posixpath.normpath(posixpath.join(posixpath.dirname(path), module))
                target = code_file(top, folder, joined)
                if target is None and _asset(top, joined):
                    continue  # a stylesheet, a JSON file: no code runs
                if target is None:
                    return None  # outside the library, an asset, or absent
                if target in seen:
                    continue
                if depth == MAX_DEPTH or len(seen) >= MAX_FILES:
                    return None  # deeper than read: unknown
                seen.add(target)
                following.append(target)
        level = following
        if not level:
            break
    return seen


def resolve(top: str, folder: str, subpath: str) -> str | None:
    """The file of the library in `folder` that `subpath` names: through its `exports` map,
    else under the folder or its `src/`; None when none is found."""
    exports = _exports(top, folder)
    if exports is not None:
        target = _exported(exports, "./" + subpath)
        if target is not None:
            for candidate in _targets(target):
                found = code_file(top, folder, _join(folder, candidate))
                if found is not None:
                    return found
            return None
    for base in ("", "src/"):
        found = code_file(top, folder, _join(folder, base + subpath))
        if found is not None:
            return found
    built, _, rest = subpath.partition("/")
    if rest and built in _build_folders(top, folder):
        # The build writes `src/ops.ts` to `dist/ops.js`: the source is what runs.
        for base in ("src/", ""):
            found = code_file(top, folder, _join(folder, base + rest))
            if found is not None:
                return found
    return None


_ENTRY_FIELDS = ("main", "module", "types", "typings")
"""package.json fields naming a built file, whose folder is where the build writes."""


def _build_folders(top: str, folder: str) -> set[str]:
    """The folders the package's entry fields put its built modules in (`dist` of
    `"main": "dist/index.js"`), when the tree holds none of them: built, not committed."""
    text = read_text(top, _join(folder, "package.json"))[0]
    if not text:
        return set()
    try:
        manifest = json.loads(text)
    except ValueError:
        return set()
    if not isinstance(manifest, dict):
        return set()
    found: set[str] = set()
    for field in _ENTRY_FIELDS:
        value = manifest.get(field)
        if isinstance(value, str):
            head, _, tail = posixpath.normpath(value).partition("/")
            if tail and head not in ("", ".", "..", "src"):
                found.add(head)
    return {f for f in found if not os.path.isdir(os.path.join(top, _join(folder, f)))}


def _data_file(subpath: str) -> bool:
    """Whether the subpath names a file of data rather than code (`dist/client.json`)."""
    return subpath.endswith((".json", ".css", ".scss"))


def _exports(top: str, folder: str) -> dict[str, object] | None:
    """The package's `exports` as a map of subpaths, None where it has none or only a root."""
    text = read_text(top, _join(folder, "package.json"))[0]
    if not text:
        return None
    try:
        manifest = json.loads(text)
    except ValueError:
        return None
    exports = manifest.get("exports") if isinstance(manifest, dict) else None
    if not isinstance(exports, dict) or not any(str(k).startswith(".") for k in exports):
        return None  # a string or conditions alone: the root only
    return exports


def _exported(exports: dict[str, object], key: str) -> object | None:
    """The target `exports` maps `key` to: exactly, else by the longest `*` pattern."""
    if key in exports:
        return exports[key]
    best: tuple[int, object] | None = None
    for pattern, target in exports.items():
        head, star, tail = pattern.partition("*")
        if not star or not key.startswith(head) or not key.endswith(tail):
            continue
        if len(key) < len(head) + len(tail):
            continue
        middle = key[len(head) : len(key) - len(tail)]
        if best is None or len(head) > best[0]:
            best = (len(head), _substituted(target, middle))
    return best[1] if best else None


def _substituted(target: object, middle: str) -> object:
    if isinstance(target, str):
        return target.replace("*", middle)
    if isinstance(target, dict):
        return {k: _substituted(v, middle) for k, v in target.items()}
    if isinstance(target, list):
        return [_substituted(v, middle) for v in target]
    return target


def _targets(target: object) -> list[str]:
    """The paths a target may load, in the order tried: a string, a list's items, a
    conditional map's conditions (`_SOURCE_CONDITIONS` first, then the rest but types)."""
    if isinstance(target, str):
        return [target]
    if isinstance(target, list):
        return [path for item in target for path in _targets(item)]
    if not isinstance(target, dict):
        return []
    keys = [k for k in _SOURCE_CONDITIONS if k in target]
    keys += [k for k in target if k not in keys and k != "types"]
    return [path for key in keys for path in _targets(target[key])]


def _join(folder: str, relative: str) -> str:
    return posixpath.normpath(relative if folder == "." else posixpath.join(folder, relative))


def _asset(top: str, joined: str) -> bool:
    return not joined.endswith(ENDINGS) and os.path.isfile(os.path.join(top, joined))
