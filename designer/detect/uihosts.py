"""Browser applications that start a web server only to hand out their own build.

A package of a browser application (react-dom, Vue, Angular at run time) often ships a few
lines of Express beside its bundle (`app.use(express.static('dist'))`, `res.sendFile(
'index.html')` for every path), so that a container or a platform can serve it. That server is
the UI's, not a backend, unless the package also reaches data or its server has routes of its
own beside the build (an event endpoint, a webhook). Telling so needs the text of
its server files: only those of such packages are read again, and only the files the framework
was seen started in. A package of no browser application and with no build of its own (no `build`
script) whose servers only hand out the files of a folder (a local stand-in for a CDN,
Express's static middleware and a directory listing, no route, no handler of its own) serves
no API either: a file server, no backend. (One with a build may be handing out that build as
the product's only host of it: nothing says so, and it is left as it was.) A Next.js
application's custom server (Express handing every path to
Next's request handler, proxying `/api` to the real backend) is its UI's host the same way.
"""

from __future__ import annotations

import json
import re

from designer.detect.assemble import BACKEND_KINDS, Unit
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import FULL_STACK_UIS
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

SERVES_BUILD = re.compile(
    r"""\bexpress\.static[ \t]*\(|['"](?:serve-static|koa-static(?:-cache)?|@fastify/static)['"]"""
    r"""|\.sendFile[ \t]*\([^)\n]*index\.html"""
    r"""|\bstatic[ \t]+as[ \t]+\w+[^;]*?\bfrom[ \t]+['"]express['"]"""
    r"""|\benv\.ASSETS\.fetch[ \t]*\("""
)
"""How a Node server hands out a built browser application: Express's static middleware
(also imported under a name of its own, `import { static as StaticHandler } from 'express'`),
the static-file packages of Connect, Koa (`koa-static`, or `koa-static-cache` holding the
files in memory) and Fastify, the page every path falls back to, or
a Cloudflare Worker's static-assets binding (`c.env.ASSETS.fetch(...)`: the build's files,
the page's `index.html` read to inject a page's meta tags before it is handed out)."""

_API = re.compile(r"""\.(?:post|put|patch|delete)[ \t]*\(|["'`]/api(?!-docs?\b)\b""")
"""What a server with an API of its own shows (a route that takes data, a path under `/api`;
not `/api-doc`, the path of an API's documentation): then it is a backend beside the build
it hands out (an event collector, a webhook)."""

_PROXY = re.compile(
    r"""\brequire[ \t]*\([ \t]*['"](?:express-http-proxy|http-proxy-middleware)['"]"""
    r"""|\bfrom[ \t]+['"](?:express-http-proxy|http-proxy-middleware)['"]"""
)
"""Express's proxy middlewares imported: the server forwards requests to another host (the
product's API)."""

_GET = re.compile(r"""\.get[ \t]*\([ \t]*["'`]""")
"""A GET route (`app.get("/path", …)`)."""

_DOC_VIEWERS = re.compile(r"""^[ \t]*["'](?:swagger-ui-dist|redoc)["'][ \t]*:""", re.MULTILINE)
"""A package.json dependency on an API documentation viewer's browser distribution (Swagger
UI's, ReDoc's): a package whose server hands out its files (and the specification beside
them) is that viewer's host, a browser application as much as a React build's."""

RENDERER = re.compile(
    r"""\bfrom[ \t]+['"](?:@lit-labs/ssr|react-dom/server|@?vue/server-renderer|"""
    r"""preact-render-to-string|svelte/server)['"]|"""
    r"""\brequire[ \t]*\([ \t]*['"](?:@lit-labs/ssr|react-dom/server|@?vue/server-renderer|"""
    r"""preact-render-to-string)['"]"""
)
"""A UI framework's server-side renderer imported (Lit's, React's, Vue's, Preact's, Svelte's):
a server built on it turns components into HTML for pages."""

_NEXT_HANDLER = re.compile(r"""\.getRequestHandler[ \t]*\(""")
"""Next.js's request handler taken from its app (`next({ dev }).getRequestHandler()`): a
custom server that hands requests to it renders the Next.js UI, whatever paths it proxies."""

_HANDLES = re.compile(
    r"""\.(?:get|all|route)[ \t]*\(|\bRouter[ \t]*\("""
    r"""|\.use[ \t]*\([ \t]*["'`][^"'`\n]*["'`][ \t]*,[ \t]*(?:async\b|\(|function\b|\w+[ \t]*=>)"""
    r"""|\.use[ \t]*\([ \t]*(?:async\b|\(|function\b|\w+[ \t]*=>)"""
    r"""|\bres\.(?:send\w*|json|end|write|render|redirect)\b"""
)
"""What a server handling requests itself shows: a route of any method, a handler of its own
(mounted on a path or not), a router, a response written, a file sent."""

_FALLBACK = re.compile(
    r"""\.(?:get|all|use)[ \t]*\([ \t]*(?:["'`]/?(?:\*\w*|\{\*\w+\}|\(\.\*\))["'`]"""
    r"""|/\^?\.\*\$?/)[^\n]*\n?[^\n]*?\.sendFile[ \t]*\([^)\n]*index\.html"""
)
"""A catch-all route handing out the UI's page for every path (`app.get('/*', (req, res) =>
res.sendFile(path.join(dist, 'index.html')))`, Express 5's `'/{*splat}'`, a `/.*/` pattern),
on its line or the next: a single-page application's client-side routes."""

_OTHER_RESPONSE = re.compile(
    r"""(?<!\bbodyParser)(?<!\bexpress)"""
    r"""\.(?:send|json|jsonp|end|write|render|redirect|sendStatus|download)[ \t]*\("""
    r"""|\bRouter[ \t]*\("""
)
"""A response other than a file sent, or a router of its own: the server answers something
besides the files of a build (not the JSON body parser, `bodyParser.json()`,
`express.json()`)."""

MAX_FILES = 3
"""Server files read per package: the few the framework is started in."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.serves_build` on the Node packages of a browser application, with no data
    layer or store of their own, whose server hands out static files and has no API of its
    own; `Unit.renders_ui` on those of any package whose server imports a UI framework's
    server-side renderer (a Lit renderer of another application's web components)."""
    for unit in units.values():
        signals = unit.signals.get("node", [])
        if any(s.kind in BACKEND_KINDS - {FindingKind.FRAMEWORK} for s in signals):
            continue
        # A server package of its own inside a browser application's package (its
        # `server/`, handing out the build above it and proxying its calls) is that UI's
        # server as much as one in the UI's own package. Not the repository's root package:
        # a monorepo's root often declares a UI framework for a workspace of many programs.
        frontend = any(r.frontend for _, e, r in unit.manifests if e == "node") or any(
            unit.is_under(other) and any(r.frontend for _, e, r in other.manifests if e == "node")
            for other in units.values()
            if other is not unit and other.folder != "."
        )
        started = sorted(
            {
                s.evidence.path
                for s in signals
                if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
            }
        )
        if not started:
            continue
        viewer = not frontend and _hosts_doc_viewer(top, unit)
        texts = [read_text(top, path)[0] or "" for path in started[:MAX_FILES]]
        # A Next.js custom server is the UI's host: like Next.js alone, it is a backend only
        # by the data it reaches, whatever API paths it routes or proxies.
        if _next_host(signals, texts) or _built_entry_host(signals, texts):
            unit.renders_ui = True
            continue
        # A browser application's server that proxies to the product's API (`/api` handed to
        # `express-http-proxy`) serves that UI's own calls beside its build, whatever routes
        # of its own it adds for them (an upload relayed to the API's file store): a BFF,
        # part of the UI (HELDOUT.md). Without data, as every unit reaching here.
        if frontend and any(_PROXY.search(t) for t in texts):
            unit.serves_build = any(SERVES_BUILD.search(t) for t in texts)
            if unit.serves_build:
                continue
        # Comments do not count: the Angular SSR template's server.ts shows, commented out,
        # where an `/api` route would go.
        if any(_API.search(blank_comments(t)) for t in texts):
            continue
        if viewer:
            # A viewer's host: only if its GET routes, beside the static files, redirect
            # (`/api-doc/` to the viewer's folder); any other is an API of its own.
            frontend = not any(
                "redirect" not in line
                for t in texts
                for line in blank_comments(t).splitlines()
                if _GET.search(line)
            )
        files_only = not frontend and (
            (_files_only(texts) and not _builds(top, unit)) or _build_host(texts)
        )
        unit.serves_build = (frontend or files_only) and any(
            SERVES_BUILD.search(t) for t in texts
        )
        unit.renders_ui = any(RENDERER.search(t) for t in texts)


def _builds(top: str, unit: Unit) -> bool:
    """Whether one of the unit's own package.json files has a build script (`build`,
    `build:*`), or cannot be read as JSON."""
    for path, e, _ in unit.manifests:
        if e != "node" or not path.endswith("package.json"):
            continue
        try:
            data = json.loads(read_text(top, path)[0] or "{}")
        except ValueError:
            return True
        scripts = data.get("scripts") if isinstance(data, dict) else None
        if isinstance(scripts, dict) and any(
            str(name) == "build" or str(name).startswith("build:") for name in scripts
        ):
            return True
    return False


def _hosts_doc_viewer(top: str, unit: Unit) -> bool:
    """Whether the unit's own package.json depends on an API documentation viewer's browser
    distribution (`_DOC_VIEWERS`)."""
    return any(
        e == "node"
        and path.endswith("package.json")
        and _DOC_VIEWERS.search(read_text(top, path)[0] or "") is not None
        for path, e, _ in unit.manifests
    )


def _next_host(signals: list[Signal], texts: list[str]) -> bool:
    """Whether a package that declares Next.js starts a server handing requests to Next's
    request handler (a custom server)."""
    declared = any(s.kind is FindingKind.FRAMEWORK and s.name == "Next.js" for s in signals)
    return declared and any(_NEXT_HANDLER.search(t) for t in texts)


_BUILT_SERVER_ENTRY = re.compile(
    r"""(?:\bfrom[ \t]+|\bimport[ \t]*\([ \t]*|\brequire[ \t]*\([ \t]*)"""
    r"""['"]\.{1,2}/(?:[\w.-]+/)*?(?:dist|build|\.output)/server/[^'"\n]+['"]"""
)
"""The server half of the package's own build imported (`./dist/server/server.js`,
`./build/server/index.js`): the entry a full-stack UI framework's build emits, whose `fetch`
or request handler renders its pages and runs its server functions."""


def _built_entry_host(signals: list[Signal], texts: list[str]) -> bool:
    """Whether a package declaring a full-stack UI framework (TanStack Start, React Router,
    SvelteKit) starts a server that imports its own build's server entry: a thin host (a Hono
    or Express app handing out the client assets and every other path to that entry, a health
    check beside them) of the UI, as a Next.js custom server is. Its `/api` paths, if any,
    are the UI's own."""
    declared = any(
        s.kind is FindingKind.FRAMEWORK and s.name in FULL_STACK_UIS - {"Next.js"}
        for s in signals
    )
    return declared and any(_BUILT_SERVER_ENTRY.search(blank_comments(t)) for t in texts)


def _files_only(texts: list[str]) -> bool:
    """Whether the server files hand out files and nothing else: no route, no handler of their
    own, no response written (a local file server, whatever package holds it)."""
    return all(
        SERVES_BUILD.search(t) is not None and _HANDLES.search(blank_comments(t)) is None
        for t in texts
    )


def _build_host(texts: list[str]) -> bool:
    """Whether the server files hand out a single-page application's build and nothing else:
    Express's static middleware, a catch-all route sending the build's `index.html`, and no
    response but files sent (a file of the build for a fixed path beside them), no router.
    The build may be copied in from a UI package elsewhere in the tree (an image built from
    both), so no browser framework in the server's own package is asked for. Without an API
    of its own (`_API`) or data, as every unit reaching here."""
    code = [blank_comments(t) for t in texts]
    return (
        any("express.static" in t for t in code)
        and any(_FALLBACK.search(t) for t in code)
        and not any(_OTHER_RESPONSE.search(t) for t in code)
    )
