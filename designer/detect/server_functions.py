"""Which workspace packages a TanStack Start or SvelteKit application's server code reaches.

TanStack Start is a browser application's framework whose server functions
(`createServerFn(…).handler(…)`) and server routes (`createFileRoute(path)({ server: {
handlers: … } })`) are the endpoints its server answers: it is a backend where they reach data
(a workspace's database package), a UI otherwise (`nonservices.ui_only`). A dashboard sharing
its workspace with the API imports that API's database package across its components for the
types of the data the API sends, and pulls in other workspace packages for their constants,
while its server functions only read cookies and environment settings: the data those
packages hold is none of its server's. So the packages its server code imports, directly or
through the application's own modules it imports (`./db`, `@/server/db`), are recorded
(`Unit.server_uses`); `ui_only` weighs only the workspace packages among them. An application
with a data layer of its own, or too many files to read, is left to the usual lending.

SvelteKit's server code is told by its modules' names instead (`+server.ts`, `+page.server.ts`,
`+layout.server.ts`, `hooks.server.ts`, `sveltekit_servers`): a front over the product's API
imports the workspace's DTO package (which names the database's driver for its id type)
across its components, while its server modules only forward requests.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.nonservices import DATA_KINDS, module_uses
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

FRAMEWORK = "TanStack Start"

SVELTEKIT = "SvelteKit"

MAX_FILES = 3000
"""Code files of the application read at most."""

MAX_DEPTH = 4
"""How many of the application's own modules deep the server code is followed."""

_SERVER = LazyPattern(
    r"\bcreateServerFn[ \t]*\(|\bcreate(?:ServerFile|APIFile)Route\b"
    r"|\bserver[ \t]*:[ \t]*\{\s*handlers\b"
)
"""Server code: a server function, or a route answering requests on the server."""

_SVELTEKIT_SERVER = re.compile(
    r"(?:\+(?:server|page\.server|layout\.server)|hooks\.server)\.[jt]s\Z"
)
"""SvelteKit's server modules, by name (`sveltekit_servers`)."""

_LOCAL = ("./", "../", "@/", "~/", "#/", "$lib/")
"""How a module of the application itself is named: relative, or through the usual alias of
its source folder (SvelteKit's `$lib/` is `src/lib/`)."""


def _skip(name: str) -> bool:
    return name in PRUNED or name in TEST_FOLDERS


def mark(top: str, units: dict[str, Unit]) -> None:
    """Record the packages each TanStack Start application's server code imports."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if named not in ({FRAMEWORK}, {SVELTEKIT}) or not module_uses(unit, LANGUAGE):
            continue
        if any(s.kind in DATA_KINDS and s.strength is not Strength.DEV for s in signals):
            continue  # data of its own: the lending does not decide it
        paths = all_code_files(top, unit.folder, node_imports.ENDINGS, MAX_FILES, skip_dir=_skip)
        if not paths:
            continue
        texts = {path: read_text(top, path)[0] or "" for path in paths}
        if named == {SVELTEKIT}:
            level = [path for path in texts if _SVELTEKIT_SERVER.search(path)]
        else:
            level = [path for path, text in texts.items() if _SERVER.search(text)]
        seen = set(level)
        uses: set[str] = set()
        for _ in range(MAX_DEPTH):
            following: list[str] = []
            for path in level:
                for spec in node_imports.specifiers(texts.get(path, "")):
                    if not spec.startswith(_LOCAL):
                        uses.add(node_imports.package(spec))
                        continue
                    local = _resolve(top, unit.folder, path, spec)
                    if local is not None and local not in seen:
                        seen.add(local)
                        following.append(local)
            level = following
            if not level:
                break
        unit.server_uses = uses


def _resolve(top: str, folder: str, path: str, spec: str) -> str | None:
    """The application's code file a local specifier in `path` names, or None."""
    if spec.startswith(("./", "../")):
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(path), spec))
        return node_imports.code_file(top, folder, joined)
    if spec.startswith("$lib/"):
        base = "" if folder == "." else folder + "/"
        return node_imports.code_file(top, folder, posixpath.normpath(f"{base}src/lib/{spec[5:]}"))
    rest = spec[2:]
    base = "" if folder == "." else folder + "/"
    for root in (f"{base}src/", f"{base}app/", base):
        found = node_imports.code_file(top, folder, posixpath.normpath(root + rest))
        if found is not None:
            return found
    return None
