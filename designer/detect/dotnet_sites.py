"""ASP.NET Core projects that only render pages: a website, not a backend.

A product's marketing or documentation site is often an ASP.NET Core MVC project beside its
API: controllers returning views (`AddControllersWithViews`, `MapControllerRoute`), a sitemap,
static files. It takes no data from clients (no POST, PUT, PATCH or DELETE route, no Razor
page handler for a form, no API controller, no hub or gRPC service) and, `nonservices.ui_only`
checks, keeps no data: it renders UI (`Unit.renders_ui`). So does a prerender or screenshot
service that opens the website's pages in a headless browser (PuppeteerSharp, Playwright) and
answers with their HTML or image, taking no data either. So is a Razor Pages site in front
of the product's API, whose form handlers each post what they take to it through an HTTP
client. Telling so needs every route of the project, so its own C# files are read whole as
`dotnet_sources` reads them; a project too large to read is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.walker import read_text

_VIEWS = re.compile(r"\bAdd(?:ControllersWithViews|RazorPages)\s*\(")
"""MVC views or Razor pages registered: the project renders HTML."""

_MVC = re.compile(r"\bAddMvc\s*\(")
"""MVC registered whole: views and API controllers alike (ASP.NET Core 2's one call, which
many JSON APIs still make). It renders HTML only if the project has views to render (below)."""

_RENDERS = re.compile(r"\b(?:View|PartialView)\s*\(|:\s*(?:PageModel|ViewComponent)\b")
"""A controller returning a view, a Razor page's model or a view component: HTML rendered."""

_VIEW_FILES = (".cshtml", ".razor")
"""Razor views and components: what an MVC project without them has no HTML to render."""

_TAKES_DATA = re.compile(
    r"\[(?:ApiController|Http(?:Post|Put|Patch|Delete))\b"
    r"|\.Map(?:Post|Put|Patch|Delete|Methods|Hub|Grpc\w*|GraphQL\w*)\s*[<(]"
    r"|\bAdd(?:SignalR|Grpc|GraphQL\w*)\s*\("
    r"|:\s*ControllerBase\b"
)
"""What takes data from clients or serves an API: a writing route (attribute or minimal
API), an API controller (`[ApiController]`, or one deriving from `ControllerBase`, which
has no views), a hub, gRPC, GraphQL. `MapControllers` alone is none: it maps the attribute
routes of whatever controllers there are, which in a site are views' (`[HttpGet("buttons")]`
on a `Controller` returning `View()`)."""

_HEADLESS = re.compile(r"\b(?:Puppeteer\.LaunchAsync|Playwright\.CreateAsync)\s*\(")
"""A headless browser launched (PuppeteerSharp, Playwright for .NET): a prerender or screenshot
service rendering another application's pages, answering with their HTML or their image."""

_FORM_HANDLER = re.compile(r"\bOn(?:Post|Put|Delete)\w*\s*\(")
"""A Razor page's form handler: it takes data, unless it only forwards the form (below)."""

_FORWARDS = re.compile(r"\bHttpClient\b|\bIHttpClientFactory\b")
"""An HTTP client in the page's code: a site in front of an API posts its forms there."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_ui` on the ASP.NET Core projects registering views whose own code
    takes no data from clients."""
    for unit, paths in aspnet_projects(top, units):
        views = mvc = renders = False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if _TAKES_DATA.search(text) or (
                _FORM_HANDLER.search(text) and not _FORWARDS.search(text)
            ):
                break
            # Pages rendered in a headless browser are rendered UI as much as views are.
            views = views or bool(_VIEWS.search(text) or _HEADLESS.search(text))
            mvc = mvc or bool(_MVC.search(text))
            renders = renders or bool(_RENDERS.search(text))
        else:
            # `AddMvc()` over controllers answering JSON and files, with no view anywhere in
            # the project (a favicon fetcher's API), renders no page: not a site.
            views = views or (mvc and (renders or _has_views(top, unit.folder)))
            unit.renders_ui = unit.renders_ui or views


def _has_views(top: str, folder: str) -> bool:
    """Whether the project folder holds a Razor view or component file."""
    return any(path is not None for path in code_files(top, folder, _VIEW_FILES, 1))
