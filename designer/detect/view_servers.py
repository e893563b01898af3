"""Node and Flask servers that render their pages from templates: the server of a UI.

An Express application that configures a template engine for its views (`nunjucks.configure(
views, { express: app })`, `app.set('view engine', 'pug')`) answers browsers with pages. With
data of its own (an ORM, a driver) it is a classic web application and a backend; without, its
pages show what it fetches from other services, its only store the sessions it keeps, and it
is a UI (`nonservices.ui_only`). Telling so needs the text of its code: only packages whose
only framework is Express, that install a template engine and declare no data layer, are read
(the file configuring the views is seldom the one a scan samples), until the views are found
or the budget runs out. Routes it declares beside its pages (`app.post('/api/event', …)`, which
the browser code it bundles calls to relay an event) are the UI's own calls: a server handing
out a UI and serving that UI's calls is part of the UI (HELDOUT.md, settled in session 34).
A file host is not (set 289: a screenshot uploader's server rendering its viewer pages with
Pug): where the package installs a multipart upload parser and an object-storage client and its
code puts objects in a bucket, it keeps the files it is sent, data of its own, and is left a
backend whatever its pages.

A Koa application rendering its pages the same way is read alike: Koa's view middlewares and
an app's own (a middleware setting `ctx.render` over the template engine it installs) fill
`ctx.body` with a rendered template. Express beside it (its redirects, a proxy to a blog) does
not make it an API: packages whose frameworks are Koa, Express or both are read.

A Flask application renders Jinja templates with no engine to install (`render_template`).
Without data of its own, and fetching what its pages show from other services through an HTTP
client (`requests.get(api_url)`, its sign-in forwarded as a cookie), it is the same UI: a
front end over the APIs beside it. Only projects whose one framework started in code is Flask
and that declare no data layer are read (`pymodules`).

An aiohttp application rendering Jinja templates (through aiohttp_jinja2, or Jinja itself) with
no data of its own is the same UI: a documentation site or a front end whose pages show what
other services hold. aiohttp is an HTTP client as much as a server, so no other client is
looked for; only projects whose only framework is aiohttp and that hold no data layer, store
or migration tool are read. One whose handlers also answer JSON is an API with an index page
(set 405: a network emulator's server, whose GUI calls its JSON routes), so it stays a backend.

A FastAPI application rendering Jinja templates (`Jinja2Templates`, `TemplateResponse`) whose
forms it relays to other services through an HTTP client is the same UI: widget pages over the
product's import API. Its pip list may still pin a data layer no module of it imports: the
list compiled with a library of the tree (the product's shared models) brings that library's
ORM. So where its frameworks are FastAPI's, started in code, every data layer or store it names
comes from a manifest, and no module imports a database module or opens a session, its pages
are marked and those pins dropped: the library's, not a store of its own. One that receives
webhooks (a POST route named for them) is not: another system's events, not its pages' forms,
are what it serves (set 405: an issue trackers' sync service with one status page), so it stays
a backend.
"""

from __future__ import annotations

import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.flask_apps import OWN_FRAMEWORKS
from designer.detect.nonservices import is_test_host
from designer.detect.pymodules import matching_lines, nested_projects
from designer.detect.signals import Strength
from designer.detect.walker import PRUNED, TEST_NAME, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

ENGINES = frozenset(
    {"nunjucks", "pug", "ejs", "express-handlebars", "hbs", "eta", "mustache-express"}
)
"""npm packages of the template engines Express renders views with."""

KOA_ENGINES = frozenset(
    {
        "koa-views",
        "@ladjs/koa-views",
        "koa-ejs",
        "@koa/ejs",
        "koa-pug",
        "koa-nunjucks-2",
        "koa-hbs",
        "nunjucks",
        "pug",
        "ejs",
        "eta",
        "handlebars",
        "mustache",
        "ractive",
    }
)
"""npm packages a Koa app renders its views with: Koa's view middlewares (which set
`ctx.render`), and the template engines an app's own render middleware wraps (Ractive renders
its components to HTML on a server)."""

SERVER_FRAMEWORKS = frozenset({"Express", "Koa"})
"""Frameworks a server rendering its pages may run on; Express beside Koa is a front's
redirects and proxies."""

_VIEWS = re.compile(
    r"""\.set[ \t]*\([ \t]*['"]view engine['"]|\bexpress[ \t]*:[ \t]*app\b"""
    r"""|\bctx\.render[ \t]*\([ \t]*[`'"]"""
    r"""|\.engine[ \t]*\([ \t]*['"](?:njk|html|hbs|handlebars|ejs|pug|eta)['"]"""
)
"""How an Express app is given a template engine: its view engine setting, the `express: app`
option Nunjucks is configured with (often through a helper of the app's own), or an engine
registered for a file extension; or a Koa handler rendering a template into its response
(`ctx.body = await ctx.render('pages/index.html', data)`, `await ctx.render('home')`)."""

UPLOAD_PARSERS = frozenset(
    {
        "multer",
        "busboy",
        "connect-busboy",
        "express-busboy",
        "express-fileupload",
        "formidable",
        "multiparty",
    }
)
"""npm packages parsing the multipart bodies files are uploaded in."""

OBJECT_STORES = frozenset(
    {"aws-sdk", "@aws-sdk/client-s3", "@aws-sdk/lib-storage", "minio"}
)
"""npm clients of S3-compatible object storage."""

_PUTS = re.compile(r"\b(?:f?[pP]utObject\b|PutObjectCommand\b)")
"""An object written into a bucket (`s3.putObject({...})`, `new PutObjectCommand(...)`,
MinIO's `fPutObject`)."""

_DATA = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS, FindingKind.DATABASE}
)
_SKIPPED = frozenset({*PRUNED, "dist", "build", "coverage", "public"})

MAX_FILES = 400
"""Code files read per package at most."""

_RENDERS = re.compile(r"\brender_template[ \t]*\(")
"""A Flask view rendering a Jinja template for the browser."""

_FETCHES = re.compile(
    r"^[ \t]*(?:import[ \t]+(?:requests|httpx)\b|from[ \t]+(?:requests|httpx)[ \t]+import\b)",
    re.MULTILINE,
)
"""An HTTP client imported (Requests, HTTPX): what a front end fetches its pages' data with."""


_JINJA = re.compile(r"^[ \t]*(?:import|from)[ \t]+(?:aiohttp_jinja2|jinja2)\b", re.MULTILINE)
"""Jinja imported, by aiohttp's integration or directly: the module renders templates."""

_ANSWERS_JSON = re.compile(
    r"""\bweb\.json_response[ \t]*\(|\bcontent_type[ \t]*=[ \t]*["']application/json["']"""
)
"""An aiohttp handler answering JSON (`web.json_response(...)`, or a response class of the
project's own setting `self.content_type = "application/json"`): an API its clients program
against, whatever index or status page it also renders from a template."""

AIOHTTP = "aiohttp"

FASTAPI_FRAMEWORKS = frozenset({"FastAPI", "Starlette"})
"""FastAPI and the toolkit it is built on."""

_TEMPLATES = re.compile(r"\b(?:TemplateResponse|Jinja2Templates)[ \t]*\(")
"""A FastAPI (Starlette) view rendering a Jinja template, or the templates it renders from."""

_RECEIVES_HOOKS = re.compile(
    r"""@\w+\.post[ \t]*\([ \t\n]*["'][^"'\n]*webhook""", re.IGNORECASE
)
"""A POST route named for webhooks (`@router.post("/bugzilla_webhook")`): events another
system sends, not the calls of the pages' own forms."""

_OPENS_DATA = re.compile(
    r"^[ \t]*(?:import|from)[ \t]+(?:sqlalchemy|sqlmodel|psycopg2?|asyncpg|aiosqlite|sqlite3"
    r"|pymongo|motor|mongoengine|beanie|odmantic|redis|peewee|tortoise|databases|pymysql"
    r"|MySQLdb|aiomysql|elasticsearch|cassandra|boto3)\b"
    r"|\b(?:create_engine|create_async_engine|sessionmaker|AsyncSession|get_db|get_session)\b",
    re.MULTILINE,
)
"""A module opening a store: a database client or ORM imported, an engine or session made."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the Express or Koa packages with no data layer of their own whose
    code configures a template engine they install for the app's views, and on the Flask
    projects with no data layer of their own whose modules render templates and fetch from
    other services."""
    _mark_flask(top, units)
    _mark_aiohttp(top, units)
    _mark_fastapi(top, units)
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if not frameworks or not frameworks <= SERVER_FRAMEWORKS or any(
            s.kind in _DATA and s.strength is not Strength.DEV for s in signals
        ):
            continue
        uses = {use for _, e, r in unit.manifests if e == LANGUAGE for use in r.uses}
        engines = ENGINES | KOA_ENGINES if "Koa" in frameworks else ENGINES
        if uses.isdisjoint(engines):
            continue
        # A file host (a screenshot uploader's server): it takes uploads and puts them in a
        # bucket itself, data of its own however its pages are rendered.
        keeps_uploads = not uses.isdisjoint(UPLOAD_PARSERS) and not uses.isdisjoint(OBJECT_STORES)
        views = puts = False
        for path in code_files(
            top,
            unit.folder,
            node_imports.ENDINGS,
            MAX_FILES,
            skip_dir=lambda name: name in _SKIPPED or is_test_host(name),
            skip_file=lambda name: bool(TEST_NAME.match(name)),
        ):
            if path is None:
                break
            text = read_text(top, path)[0] or ""
            views = views or bool(_VIEWS.search(text))
            puts = puts or (keeps_uploads and bool(_PUTS.search(text)))
            if views and (puts or not keeps_uploads):
                break
        if views and not puts:
            unit.renders_pages = True


def _mark_flask(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on each Python project whose frameworks are Flask's, started
    in code, that declares no data layer, store or migration tool, and whose modules render
    templates and import an HTTP client."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get("python", [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        started = {
            s.name
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if "Flask" not in started or not named <= OWN_FRAMEWORKS:
            continue
        if _keeps_data(unit):
            continue
        nested = nested_projects(folder, folders)
        unit.renders_pages = _seen(top, folder, nested, _RENDERS) and _seen(
            top, folder, nested, _FETCHES
        )


def _mark_aiohttp(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on each Python project whose only framework, started in code,
    is aiohttp, that holds no data layer, store or migration tool, and whose modules import
    Jinja and answer no JSON."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get("python", [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if {s.name for s in frameworks} != {AIOHTTP} or not any(
            s.strength is Strength.ENTRY for s in frameworks
        ):
            continue
        if _keeps_data(unit):
            continue
        nested = nested_projects(folder, folders)
        unit.renders_pages = _seen(top, folder, nested, _JINJA) and not _seen(
            top, folder, nested, _ANSWERS_JSON
        )


def _mark_fastapi(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on each Python project whose frameworks are FastAPI's,
    started in code, whose data layers and stores only manifests name, and whose modules
    render templates, import an HTTP client and open no store; its data pins are dropped."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get("python", [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not frameworks or not {s.name for s in frameworks} <= FASTAPI_FRAMEWORKS:
            continue
        if not any(s.name == "FastAPI" and s.strength is Strength.ENTRY for s in frameworks):
            continue
        data = [
            s
            for found in unit.signals.values()
            for s in found
            if s.kind in _DATA | {FindingKind.CACHE} and s.strength is not Strength.DEV
        ]
        if any(s.strength is not Strength.DEPENDENCY for s in data):
            continue
        # Only the Python projects inside it are others' code: the package.json of the
        # pages' scripts, kept beside the templates, is part of the same front.
        nested = {
            f
            for f in nested_projects(folder, folders)
            if any(e == "python" for _, e, _ in units[f].manifests)
        }
        if not (
            _seen(top, folder, nested, _TEMPLATES)
            and _seen(top, folder, nested, _FETCHES)
            and not _seen(top, folder, nested, _OPENS_DATA)
            and not _seen(top, folder, nested, _RECEIVES_HOOKS)
        ):
            continue
        unit.renders_pages = True
        for language, found in unit.signals.items():
            unit.signals[language] = [s for s in found if not any(s is d for d in data)]


def _keeps_data(unit: Unit) -> bool:
    """Whether the Python project holds a data layer, store or migration tool of its own. A
    cache is no exception here (unlike `ui_only`'s sessions): a Flask or aiohttp front end
    keeps its sessions in signed cookies, so a store of any kind is the program's own data."""
    return any(
        s.kind in _DATA | {FindingKind.CACHE} and s.strength is not Strength.DEV
        for found in unit.signals.values()
        for s in found
    )


def _seen(top: str, folder: str, nested: set[str], pattern: re.Pattern[str]) -> bool:
    """Whether a module of the project matches `pattern`; a project too large to read whole
    before one does is not asked further (it stays a backend)."""
    return next(matching_lines(top, folder, nested, pattern), None) is not None
