"""A Node server whose only routes hand every page to a UI's server-side renderer: a UI.

A single-page application's package may start an Express server of its own beside the
product's API server (another folder of the repository): its middlewares (sessions, the
passport deserializer reading the signed-in user, a proxy of `/api` to the API, the build's
static files) and one catch-all route, `app.get('*', renderer)`, whose handler renders the UI's
components to HTML (`react-dom/server`, Apollo's SSR). Its pages go to the product's API: it is
the UI's server, and the data layer its package declares (the one manifest the UI shares with
the repository's code) is the API's, whose reads it borrows for the page's first render. As
HELDOUT.md puts it: a server-rendered front with no data of its own whose pages go to the
product's own API is a UI (`Unit.ssr_front`, read by `nonservices.ui_only`).

Narrow on purpose: every route the started file registers is a catch-all GET (`'*'`, `'/*'`),
at least one of them handed a handler from a module of the package importing a UI renderer
(`uihosts`' renderers), and another folder of the tree is a backend (a Node server started in
code that keeps data). A route of any other path, a POST, or no other backend beside it, and
the server stays what the rest of the rules say.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.signals import Strength
from designer.detect.uihosts import RENDERER
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_ROUTE = re.compile(
    r"""\b\w+\.(get|post|put|patch|delete|all)[ \t]*\(\s*(['"`])([^'"`\n]*)\2\s*,\s*"""
    r"""([A-Za-z_$][\w$]*)?"""
)
"""A route registered on an app or router (`app.get('*', renderer)`): its method, its path and,
where the handler is a name, that name."""

_CATCH_ALL = frozenset({"*", "/*", "(.*)", "/(.*)"})
"""Paths matching every request."""

_IMPORT = (
    r"""(?:\bimport[ \t]+{name}[ \t]+from[ \t]+"""
    r"""|\b(?:const|let|var)[ \t]+{name}[ \t]*=[ \t]*require[ \t]*\([ \t]*)"""
    r"""['"](\.{{1,2}}/[^'"]+)['"]"""
)
"""A default import of a local module under a name (ES module or CommonJS)."""

_ENDINGS = (".js", ".jsx", ".ts", ".tsx", ".mjs")

_DATA_KINDS = frozenset({FindingKind.ORM, FindingKind.DATABASE, FindingKind.QUERY})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.ssr_front` on the Node packages whose server only routes every GET to a UI
    renderer, beside another backend of the tree."""
    backends = [u for u in units.values() if _backend(u)]
    for unit in units.values():
        if not any(other is not unit for other in backends):
            continue
        started = sorted(
            {
                s.evidence.path
                for s in unit.signals.get(LANGUAGE, [])
                if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
            }
        )
        if len(started) == 1 and _renders_every_page(top, started[0]):
            unit.ssr_front = True


def _backend(unit: Unit) -> bool:
    signals = unit.signals.get(LANGUAGE, [])
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY for s in signals
    ) and any(s.kind in _DATA_KINDS and s.strength is not Strength.DEV for s in signals)


def _renders_every_page(top: str, path: str) -> bool:
    text = blank_comments(read_text(top, path)[0] or "")
    routes = _ROUTE.findall(text)
    if not routes or any(m != "get" or p not in _CATCH_ALL for m, _, p, _ in routes):
        return False
    return any(h and _renderer(top, path, text, h) for _, _, _, h in routes)


def _renderer(top: str, path: str, text: str, name: str) -> bool:
    """Whether the handler `name` is imported from a local module importing a UI renderer."""
    match = re.search(_IMPORT.format(name=re.escape(name)), text)
    if match is None:
        return False
    base = posixpath.normpath(posixpath.join(posixpath.dirname(path), match.group(1)))
    for candidate in (base, *(base + e for e in _ENDINGS),
                      *(base + "/index" + e for e in _ENDINGS)):
        found, _ = read_text(top, candidate)
        if found and RENDERER.search(found):
            return True
    return False
