"""ASP.NET Core projects that only host a packaged UI for operators: no backend of the product.

A .NET product may keep, beside its application, small Web SDK projects that host a vendor's
dashboard or designer: a workflow designer's web components, a message bus's monitoring
dashboard. Such a project declares no route of its own — no controller, page model, hub or
minimal API in its code or in the projects it references; whatever endpoints it maps come from
the packages it registers — and its only pages are host pages mounting a Razor class library's
static web assets (`/_content/<Package>/…`, the packaged UI's scripts and styles). It serves the
product's operators and developers, not its clients (HELDOUT.md's "What a backend is"), even
where the packaged tool keeps its own store (the designer's workflow definitions, the bus's
message tables). It is marked `Unit.no_web`.

A page of the project's own (one mounting no packaged assets), a Razor component, or any own
route leaves it to the other rules.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.dotnet_sources import aspnet_projects, referenced_texts
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.second_hosts import OWN_ROUTE
from designer.detect.walker import read_text

_HOSTING = re.compile(r"\.Map(?:Fallback\w*|RazorPages)\s*\(")
"""The host page's own mappings (`MapFallbackToPage("/_Host")`, `MapRazorPages()`): the
routes `OWN_ROUTE` counts that only serve the pages themselves, judged below."""

_PACKAGED_ASSETS = re.compile(r"""["'(]/?_content/[\w.]+/""")
"""A reference to a Razor class library's static web assets (`/_content/Package.Name/…`)."""

_PAGE = re.compile(r"^\s*@page\b", re.MULTILINE)

MAX_PAGES = 20
"""Razor files read per project at most: a larger UI is no packaged tool's host."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects with no route of their own whose only
    pages host a packaged UI's static web assets."""
    for unit, paths in aspnet_projects(top, units):
        if unit.no_web:
            continue
        texts = [blank_comments(read_text(top, path)[0] or "") for path in paths]
        if any(_own_route(text) for text in texts):
            continue
        if not _hosts_packaged_ui(top, unit):
            continue
        if any(OWN_ROUTE.search(text) for text in referenced_texts(top, unit, units)):
            continue  # controllers a library of the solution lends it
        unit.no_web = True


def _own_route(text: str) -> bool:
    """Whether the C# text declares a route of its own besides the host page's mappings."""
    return any(not _HOSTING.match(text, m.start()) for m in OWN_ROUTE.finditer(text))


def _hosts_packaged_ui(top: str, unit: Unit) -> bool:
    """Whether the project's Razor files are all host pages or page scaffolding (imports,
    layouts), and at least one page mounts a packaged UI's assets."""
    views = all_code_files(top, unit.folder, (".cshtml", ".razor"), MAX_PAGES)
    if not views:
        return False
    mounted = False
    for path in views:
        if path.endswith(".razor"):
            return False  # a component of its own
        text = read_text(top, path)[0] or ""
        if not _PAGE.search(text):
            continue  # `_ViewImports`, a layout
        if not _PACKAGED_ASSETS.search(text):
            return False
        mounted = True
    return mounted
