"""ASP.NET Core projects that only render pages: a website, not a backend.

A product's marketing or documentation site is often an ASP.NET Core MVC project beside its
API: controllers returning views (`AddControllersWithViews`, `MapControllerRoute`), a sitemap,
static files. It takes no data from clients (no POST, PUT, PATCH or DELETE route, no Razor
page handler for a form, no API controller, no hub or gRPC service) and, `nonservices.ui_only`
checks, keeps no data: it renders UI (`Unit.renders_ui`). So does a prerender or screenshot
service that opens the website's pages in a headless browser (PuppeteerSharp, Playwright) and
answers with their HTML or image, taking no data either. So is a Razor Pages site in front
of the product's API, whose form handlers each post what they take to it through an HTTP
client. So is an MVC site whose only API controllers hand its own pages' scripts the JSON of
their charts, read through that API (`_relays`: a BFF, part of the UI). Telling so needs every
route of the project, so its own C# files are read whole as `dotnet_sources` reads them (up to
`MAX_SITE_FILES`); a project too large to read is left alone.

`AddControllersWithViews()` alone renders nothing: a file service's controllers deriving from
`Controller` answer JSON and files, with no view in the project and none returned. And a site
whose every route only reads, rendering pages from a library project it shares with another
host of the solution that takes writes (a public preview over the back office's database), is
marked `Unit.reads_only`: that database is the back office's data, not the site's own
(`nonservices.ui_only`).

The SPA template's host (`AddSpaStaticFiles`, `UseSpa` over its `ClientApp/`, or
`MapFallbackToFile("index.html")`) with no route of its own — no controller, page, hub or
minimal API — only hands out the browser application's build: the UI's server, not a backend
(HELDOUT.md), marked `Unit.renders_ui` as a site is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.dotnet_sources import aspnet_projects, own_sources
from designer.detect.nonservices import used_modules
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_VIEWS = re.compile(r"\bAdd(?:ControllersWithViews|RazorPages|RazorComponents)\s*\(")
"""MVC views, Razor pages or Razor components (Blazor's, rendered on the server) registered:
the project renders HTML."""

_MVC = re.compile(r"\bAddMvc\s*\(")
"""MVC registered whole: views and API controllers alike (ASP.NET Core 2's one call, which
many JSON APIs still make). It renders HTML only if the project has views to render (below)."""

_RENDERS = re.compile(r"\b(?:View|PartialView)\s*\(|:\s*(?:PageModel|ViewComponent)\b")
"""A controller returning a view, a Razor page's model or a view component: HTML rendered."""

_VIEW_FILES = (".cshtml", ".razor")
"""Razor views and components: what an MVC project without them has no HTML to render."""

_SERVES_API = re.compile(
    r"\[ApiController\b"
    r"|\.Map(?:Hub|Grpc\w*|GraphQL\w*)\s*[<(]"
    r"|\bAdd(?:SignalR|Grpc|GraphQL\w*)\s*\("
    r"|:\s*ControllerBase\b"
)
"""What serves an API to other programs: an API controller (`[ApiController]`, or one
deriving from `ControllerBase`, which has no views), a hub, gRPC, GraphQL. `MapControllers`
alone is none: it maps the attribute routes of whatever controllers there are, which in a site
are views' (`[HttpGet("buttons")]` on a `Controller` returning `View()`)."""

_RENDERS_POSTED = re.compile(r"\[FromBody\]")
"""An action binding a JSON request body. A browser's form never posts one; in a controller
returning full views (`View(`, not a page script's `PartialView`) on conventional routes, it is
a rendering service other programs of the product call with a model (an e-mail or report
renderer answering the HTML they send): an API, not a site (`renders_posted`)."""

_WRITES = re.compile(
    r"\[Http(?:Post|Put|Patch|Delete)\b|\.Map(?:Post|Put|Patch|Delete|Methods)\s*[<(]"
)
"""A writing route (attribute or minimal API): it takes data from clients, which a front in
front of the product's API forwards there (`_CALLS_API`)."""

_STORES = re.compile(
    r"\b\w*[Rr]epository\.(?:Create|Insert|Add|Update|Replace|Upsert|Save|Delete|Remove)\w*\s*\("
    r"|\.SaveChanges(?:Async)?\s*\("
)
"""The project's own code writing a store: a repository's create, replace or delete (called
from a GET route as well: a sign-in callback provisioning the user it signs in), EF Core's
`SaveChanges`. A site doing so keeps data of its own, whatever its routes' verbs."""

_OTHER_VIEWS = re.compile(r"\bAdd(?:RazorPages|RazorComponents)\s*\(|\bPuppeteer\.|\bPlaywright\.")
"""What renders pages besides MVC's views: Razor pages or components (which a class library
may hold), a headless browser."""

_HEADLESS = re.compile(r"\b(?:Puppeteer\.LaunchAsync|Playwright\.CreateAsync)\s*\(")
"""A headless browser launched (PuppeteerSharp, Playwright for .NET): a prerender or screenshot
service rendering another application's pages, answering with their HTML or their image."""

_FORM_HANDLER = re.compile(r"(?<!\.)\bOn(?:Post|Put|Delete)\w*\s*\(")
"""A Razor page's form handler: it takes data, unless it only forwards the form (below)."""

_FORWARDS = re.compile(r"\bHttpClient\b|\bIHttpClientFactory\b")
"""An HTTP client in the page's code: a site in front of an API posts its forms there."""

_CALLS_API = re.compile(
    r"\bAdd(?:HttpClient|RefitClient)\b|\bIHttpClientFactory\b|\bnew\s+HttpClient\s*\("
    r"|\bRestService\.For\s*<|:\s*HttpClient\b|\bHttpClient\s+\w+\s*[,)]"
)
"""An HTTP client registered, made or taken in a constructor, in the project's code or a
project it references (typed clients `AddHttpClient<IOrderClient, OrderClient>`, Refit, a
client library's classes taking an `HttpClient`): the API the pages and forms of a front go
to."""


_SPA_HOST = re.compile(
    r"\bUseSpa(?:StaticFiles)?\s*\(|\bAddSpaStaticFiles\s*[<(]|\bMapFallbackToFile\s*\("
)
"""A host handing out a browser application's build (the SPA template's `UseSpa`,
`UseSpaStaticFiles`, or every unknown path falling back to its `index.html`)."""

_OWN_ROUTES = re.compile(
    r"\bclass[ \t]+\w+[^{;]*?:[ \t]*(?:Controller|ControllerBase|PageModel|Hub)\b"
    r"|\.Map(?:Get|Post|Put|Patch|Delete|Methods|Group)\s*[<(]"
)
"""A route of the project's own: a controller, a Razor page or a hub class, a minimal API."""


_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})
"""A data layer or an engine named by the project itself."""

MAX_SITE_FILES = 2000
"""C# files read per project at most: a site's views, view models and API clients make a
larger project than a service's (`dotnet_sources.MAX_FILES`), and a site is read until its
first API marker."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_ui` on the ASP.NET Core projects registering views that serve no API
    and take no data from clients, or take it only as a front's forms do, to post it to the
    product's API through an HTTP client (`_CALLS_API`). Of those, a site whose routes all
    read, over a library a writing host shares, and whose code writes no store (`_STORES`),
    reads only (`_reads_shared`)."""
    readers: list[Unit] = []
    for unit, paths in aspnet_projects(top, units, MAX_SITE_FILES):
        views = mvc = renders = writes = calls = relays = spa = routes = stores = False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if _relays(text):
                # JSON for the site's own pages, read through the product's API (below).
                relays = True
                calls = calls or bool(_CALLS_API.search(text))
                continue
            if _SERVES_API.search(text) or renders_posted(text):
                break
            writes = writes or bool(
                _WRITES.search(text) or (_FORM_HANDLER.search(text) and not _FORWARDS.search(text))
            )
            calls = calls or bool(_CALLS_API.search(text))
            # Pages rendered in a headless browser are rendered UI as much as views are.
            views = views or bool(_VIEWS.search(text) or _HEADLESS.search(text))
            mvc = mvc or bool(_MVC.search(text))
            renders = renders or bool(_RENDERS.search(text))
            spa = spa or bool(_SPA_HOST.search(text))
            routes = routes or bool(_OWN_ROUTES.search(text))
            stores = stores or bool(_STORES.search(text))
        else:
            # `AddMvc()` over controllers answering JSON and files, with no view anywhere in
            # the project (a favicon fetcher's API), renders no page: not a site. Nor does
            # `AddControllersWithViews()` in a project with no view and none returned (a file
            # service's `Controller`s answering `Json(…)`): the template's call, kept.
            if views and not renders and not _has_views(top, unit.folder):
                views = bool(_OTHER_VIEWS.search(_joined(top, paths)))
            views = views or (mvc and (renders or _has_views(top, unit.folder)))
            # The SPA template's host: it hands out the browser application's build and has no
            # route of its own (no controller, page, hub or minimal API; `MapControllerRoute`
            # over no controller maps nothing): the UI's server (HELDOUT.md), renders UI.
            views = views or (spa and not routes and not writes)
            if views and (writes or relays):
                # The forms and writing routes of a front whose data lives behind the
                # product's API (an MVC or Razor Pages UI calling it through a generated
                # client, a Blazor Server app): what it takes goes there. Whether it keeps data
                # of its own besides is `nonservices.ui_only`'s question.
                views = calls or _referenced_calls(top, unit, units)
            unit.renders_ui = unit.renders_ui or views
            if views and not writes and not relays and not stores:
                # Every route a GET and no write to a store in its code: it only reads.
                readers.append(unit)
    for unit in readers:
        # A site taking nothing from clients, over the database a sibling host writes.
        if _reads_shared(top, unit, units):
            unit.reads_only = True
            # The EF Core packages its template declared, which its code never uses
            # (`_unused_ef`), are no data layer of its own.
            signals = unit.signals.get("dotnet", [])
            signals[:] = [s for s in signals if not _ef_declared(s)]


_CONTROLLER_BASE = re.compile(r"\bclass[ \t]+\w+[^{;]*?:[ \t]*(\w+)")
"""A class declared and the first type it derives from (a primary constructor's parameters
may come between: `class IncomeProxyController(ILogger<…> logger, ISchoolApi api) :
Controller`)."""


def _relays(text: str) -> bool:
    """Whether the file holds API controllers of a site that only answer reads: every class
    it declares derives from MVC's `Controller` (the base of a site's controllers, with
    views, not `ControllerBase`), `[ApiController]` is its only API marker and no route of it
    writes. In a project rendering views and calling the product's API through an HTTP
    client (`_CALLS_API`), such routes hand the site's own pages and scripts the JSON of
    their charts and suggestions, fetched from that API: a BFF, part of the UI (HELDOUT.md,
    settled in session 34), not an API of its own."""
    if "[ApiController" not in text or _WRITES.search(text):
        return False
    if any(not m.group(0).startswith("[ApiController") for m in _SERVES_API.finditer(text)):
        return False
    bases = [m.group(1) for m in _CONTROLLER_BASE.finditer(text)]
    return bool(bases) and all(base == "Controller" for base in bases)


_FULL_VIEW = re.compile(r"(?<!Partial)\bView\s*\(")


def renders_posted(text: str) -> bool:
    """Whether a controller renders full views from JSON bodies it is posted (`_RENDERS_POSTED`)
    on conventional routes: no writing route's attribute (`_WRITES`) in the file, so the
    bodies are not a page's upload or form post the site handles, with its own verbs."""
    return bool(
        _RENDERS_POSTED.search(text) and _FULL_VIEW.search(text) and not _WRITES.search(text)
    )


def _referenced_calls(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether a project `unit` references makes its HTTP calls (an API client library)."""
    for other in used_modules(unit, units, "dotnet"):
        for path in own_sources(top, other, units):
            if _CALLS_API.search(read_text(top, path)[0] or ""):
                return True
    return False


def _has_views(top: str, folder: str) -> bool:
    """Whether the project folder holds a Razor view or component file."""
    return any(path is not None for path in code_files(top, folder, _VIEW_FILES, 1))


def _joined(top: str, paths: list[str]) -> str:
    """The text of the files at `paths`, one after another."""
    return "\n".join(read_text(top, path)[0] or "" for path in paths)


def _takes_writes(text: str) -> bool:
    """Whether code holds a writing route or a Razor page's form handler."""
    return bool(_WRITES.search(text) or _FORM_HANDLER.search(text))


_EF_CONTEXT = re.compile(
    r"\bAdd\w*DbContext\w*\s*[<(]|\bAddEntityFrameworkStores\s*<"
    r"|\bclass\s+\w+[^{;]*?:\s*(?:\w+\.)*(?:Identity\w*)?DbContext\b"
    r"|\bDbContextOptions(?:Builder)?\s*<"
)
"""An EF Core context of the project's own: registered (`AddDbContext<T>`, Identity's
`AddEntityFrameworkStores<T>`), declared (`class AppDbContext : IdentityDbContext<User>`) or
configured (`DbContextOptions<T>`)."""


_MIGRATIONS = frozenset({FindingKind.MIGRATIONS})


def _ef_declared(signal: Signal) -> bool:
    """Whether a data signal is an EF Core package the project's manifest declares."""
    return (
        signal.kind in _DATA | _MIGRATIONS
        and signal.strength is Strength.DEPENDENCY
        and "EntityFrameworkCore" in signal.evidence.text
    )


def _unused_ef(top: str, unit: Unit, units: dict[str, Unit], signals: list[Signal]) -> bool:
    """Whether every data signal of the project is an EF Core package its manifest declares
    (the template's Identity store and provider, `--auth Individual`) while its own code holds
    no EF Core context: packages kept from the template, no store of its own."""
    if not all(_ef_declared(s) for s in signals):
        return False
    paths = own_sources(top, unit, units)
    return bool(paths) and not _EF_CONTEXT.search(_joined(top, paths))


def _reads_shared(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the site `unit` (no data layer in its own project) takes its data from a
    library project that another ASP.NET Core host of the tree also references and whose
    own routes take writes: it renders what that host writes (HELDOUT.md: only reading a
    store another program writes is no data of its own)."""
    own = [s for s in unit.signals.get("dotnet", []) if s.kind in _DATA | _MIGRATIONS]
    if own and not _unused_ef(top, unit, units, own):
        return False
    shared = {u.folder for u in used_modules(unit, units, "dotnet")}
    if not shared:
        return False
    for other, paths in aspnet_projects(top, units, MAX_SITE_FILES):
        if other is unit or not shared & {u.folder for u in used_modules(other, units, "dotnet")}:
            continue
        if _takes_writes(_joined(top, paths)):
            return True
    return False
