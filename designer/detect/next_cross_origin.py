"""Next.js applications whose API routes answer other sites' pages: services, not UIs.

A Next.js app with no data of its own is a UI (`nonservices.ui_only`): its route handlers (an
auth callback, a proxy to the product's API) serve its own pages, on its own origin, and need
no cross-origin headers. An API route that sets `Access-Control-Allow-Origin` answers the
browsers of other origins: the app is a service other sites' pages (an embedded widget's
script, a public API's callers) call and act through, which HELDOUT.md counts whether it keeps
data or reaches it through another service's API. So where a package's only framework is
Next.js and one of its API route modules sets that header, itself or through one of the
package's own modules it imports (a `lib/cors.ts` helper), it is marked `serves_origins` and
left to be judged as a backend. `next.config.*`'s `headers()` do not count: they dress every
response, pages and assets alike; nor does a route that revalidates the app's cached pages
(`revalidateTag`, `revalidatePath`, `res.revalidate`: the on-demand ISR hook the product's API
or CMS calls when content changes), whatever origin it answers: it serves the app's own pages.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_layers
from designer.detect.assemble import Unit
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"
FRAMEWORK = "Next.js"

MAX_FILES = 2000
"""Modules read per package, at most: a larger tree is left a UI."""

HEAD = 65536
"""Characters of each module read."""

HEADER = "access-control-allow-origin"

_REVALIDATES = re.compile(r"\brevalidate(?:Tag|Path)\s*\(|\bres\.revalidate\s*\(")
"""A call revalidating the app's cached pages (on-demand incremental static regeneration)."""

_ROUTE = re.compile(
    r"(?:^|/)(?:src/)?(?:pages/api/.+|app/(?:.+/)?route)\.(?:[cm]?[jt]sx?)$"
)
"""An API route module, from the package's folder: the Pages Router's `pages/api/**`, the App
Router's `route.ts` files."""

_IMPORT = re.compile(
    r"""(?:from\s+|require\(\s*|import\(\s*)['"](\.{1,2}/[^'"]+|[@~]/[^'"]+)['"]"""
)
"""A relative (or root-aliased, `@/lib/cors`) module specifier."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.serves_origins` on each package whose only framework is Next.js and one of
    whose API routes answers other origins."""
    packages = node_layers.node_packages(units)
    for folder in sorted(packages):
        unit = units[folder]
        signals = unit.signals.get(LANGUAGE, [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if named != {FRAMEWORK} or any(
            s.kind is FindingKind.FRAMEWORK
            for eco, found in unit.signals.items()
            if eco != LANGUAGE
            for s in found
        ):
            continue
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if len(files) >= MAX_FILES:
            continue
        unit.serves_origins = _answers_origins(top, folder, files)


def _answers_origins(top: str, folder: str, files: list[str]) -> bool:
    """Whether an API route among `files` sets the cross-origin header, or imports a module
    of the package that does."""
    own = "" if folder == "." else folder + "/"
    texts = {p: read_head(top, p, HEAD) or "" for p in files}
    setting = {
        posixpath.splitext(p[len(own):])[0]
        for p, t in texts.items()
        if HEADER in t.lower() and not posixpath.basename(p).startswith("next.config")
    }
    if not setting:
        return False
    stems = {posixpath.basename(s) for s in setting}
    for path, text in texts.items():
        relative = path[len(own):]
        if not _ROUTE.search(relative) or _REVALIDATES.search(text):
            continue
        if posixpath.splitext(relative)[0] in setting:
            return True
        for spec in _IMPORT.findall(text):
            if _resolve(relative, spec) in setting or (
                spec[0] in "@~" and posixpath.basename(spec) in stems
            ):
                return True
    return False


def _resolve(importer: str, spec: str) -> str:
    """The package-relative module a relative specifier names (without its ending)."""
    if spec[0] in "@~":
        return spec[2:]
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec))
    return posixpath.splitext(joined)[0] if joined.endswith((".js", ".ts")) else joined
