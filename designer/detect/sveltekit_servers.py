"""SvelteKit's server modules told by their names: what makes the app a server of its own.

SvelteKit declares no server in code: its kit is a devDependency bundled into the build, and
the files it runs on the server are named by convention — `+server.ts` endpoints exporting a
method's handler, `+page.server.ts` and `+layout.server.ts` loads and form actions under the
routes folder, and `src/hooks.server.ts`. The walk keeps only the shallowest files of a large
project, so the routes tree is looked into here, for a package that installs SvelteKit and
starts it in no file the walk read. Whether the app is then a backend (data of its own) or a
UI's server (a front over the product's API, a BFF) is decided as for any full-stack UI
framework (`nonservices.ui_only`). An app built by `adapter-static` alone is prerendered into
files a web server hands out: no server runs its modules, so it gets none.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import LazyPattern, Signal, Strength
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"
FRAMEWORK = "SvelteKit"

_ROUTES = "src/routes"
"""Where SvelteKit finds the app's routes, from the package's folder."""

_HOOKS = tuple(f"src/hooks.server.{e}" for e in ("ts", "js"))
"""The server hooks every request of the app goes through."""

_CONFIGS = tuple(f"svelte.config.{e}" for e in ("js", "mjs", "cjs", "ts"))

_SERVER_MODULE = re.compile(r"\+(?:server|page\.server|layout\.server)\.[jt]s\Z")
"""`+server.ts`, `+page.server.ts`, `+layout.server.js`: route modules run on the server."""

_EXPORT = LazyPattern(
    r"^export[ \t]+(?:async[ \t]+function|function|const|let)[ \t]+"
    r"(?:GET|POST|PUT|PATCH|DELETE|fallback|load|actions|handle)\b",
    re.MULTILINE,
)
"""What a server module exports for SvelteKit to run: a method's handler, a load, the form
actions, the request hook."""

_ADAPTER = LazyPattern(r"""["']@sveltejs/adapter-([\w-]+)["']""")
"""An adapter the config imports (`import adapter from '@sveltejs/adapter-node'`)."""

MAX_FILES = 400
"""Files of the routes tree looked at per package: a server module is near the top."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give each package installing SvelteKit, with no file seen starting it, the server
    module its hooks or routes hold, unless it only builds a static site."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        named = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s.name == FRAMEWORK]
        if not named or any(s.strength is Strength.ENTRY for s in named):
            continue
        if _static_only(top, unit.folder):
            continue
        found = _server_module(top, unit.folder)
        if found is not None:
            signals.append(Signal(FindingKind.FRAMEWORK, FRAMEWORK, Strength.ENTRY, found))


def _static_only(top: str, folder: str) -> bool:
    """Whether the package's config imports `adapter-static` and no other adapter."""
    for name in _CONFIGS:
        text = read_text(top, name if folder == "." else f"{folder}/{name}")[0]
        if text is not None:
            adapters = set(_ADAPTER.findall(text))
            return adapters == {"static"}
    return False


def _server_module(top: str, folder: str) -> Evidence | None:
    """Where the package's server hooks or first route module run on the server export
    what SvelteKit calls."""
    base = "" if folder == "." else f"{folder}/"
    for hooks in _HOOKS:
        found = _export(top, base + hooks)
        if found is not None:
            return found
    routes = os.path.join(top, *(base + _ROUTES).split("/"))
    seen = 0
    for path, folders, files in os.walk(routes):
        folders[:] = sorted(f for f in folders if f not in PRUNED and f != "__tests__")
        inner = os.path.relpath(path, routes).replace(os.sep, "/")
        relative = posixpath.join(base + _ROUTES, inner)
        for name in sorted(files):
            seen += 1
            if seen > MAX_FILES:
                return None
            if _SERVER_MODULE.search(name):
                found = _export(top, posixpath.normpath(posixpath.join(relative, name)))
                if found is not None:
                    return found
    return None


def _export(top: str, path: str) -> Evidence | None:
    """The line of `path` exporting what SvelteKit runs, if it does."""
    text = read_text(top, path)[0]
    if not text:
        return None
    match = _EXPORT.search(text)
    if match is None:
        return None
    line = text.count("\n", 0, match.start()) + 1
    end = text.find("\n", match.start())
    shown = text[match.start() : end if end >= 0 else len(text)].strip()
    return Evidence(path=path, line=line, text=shown[:160])
