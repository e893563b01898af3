"""ASP.NET Core MVC hosts of a browser application that only sign users in: the UI's server.

A product's browser application (React, Vue, Angular, built by its own `package.json` into
`wwwroot`) is often served by an MVC project beside the product's APIs: a layout view loads the
bundle, every unknown path falls back to that view (`MapFallbackToController("Index",
"Home")`, `MapFallbackToFile("index.html")`) for the client-side router, an API controller
hands the bundle its settings (the APIs' addresses), and a sign-in form checks the user's
password against the product's user table and sets the identity cookie. It registers the
product's database context for that look-up, but its code never writes a store: the users are
the product's, written by the API hosts of the solution that share the same data library. A
server that hands out a UI's build and serves that UI's own calls is part of the UI, and the
identity cookie and reading a store another program writes are no data of its own
(HELDOUT.md). `dotnet_sites` leaves such a project alone, its `[ApiController]` being an API
marker; this module marks it `Unit.renders_ui` and `Unit.reads_only`.

All of these are required: a `package.json` in the project folder or a folder right below it
(the browser application's build), a fallback route to a view or file, no hub, gRPC or GraphQL
service, no write to a store in its own code (`dotnet_sites._STORES`), every writing route in a
file that signs the user in (no more writing routes there than sign-in calls), and another
ASP.NET Core host of the tree, sharing a library with it, that takes writes
(`dotnet_sites._reads_shared`'s test).
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sites import (
    _STORES,
    _WRITES,
    MAX_SITE_FILES,
    _joined,
    _takes_writes,
)
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import used_modules
from designer.detect.walker import read_text

_FALLBACK = re.compile(r"\bMapFallbackTo(?:Controller|AreaController|Page|File)\s*\(")
"""Every unknown path answered with the page that loads the browser application."""

_OTHER_API = re.compile(
    r"\.Map(?:Hub|Grpc\w*|GraphQL\w*)\s*[<(]|\bAdd(?:SignalR|Grpc|GraphQL\w*)\s*\("
)
"""A hub, gRPC or GraphQL service: an API beyond the UI's own calls."""

_SIGN_IN = re.compile(r"\bSignIn(?:Async)?\s*\(")
"""Signing the user in (`HttpContext.SignInAsync`, a service's `SignIn`): the identity cookie."""


def _builds_browser_app(top: str, folder: str) -> bool:
    """Whether the project folder, or a folder right below it, holds a `package.json`."""
    base = os.path.join(top, *folder.split("/"))
    if os.path.isfile(os.path.join(base, "package.json")):
        return True
    try:
        names = os.listdir(base)
    except OSError:
        return False
    return any(os.path.isfile(os.path.join(base, name, "package.json")) for name in names)


def _only_signs_in(texts: list[str]) -> bool:
    """Whether every writing route is a sign-in form's: no file holds more writing routes
    than sign-in calls."""
    return all(len(_WRITES.findall(text)) <= len(_SIGN_IN.findall(text)) for text in texts)


def _shares_writing_host(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether another ASP.NET Core host of the tree, referencing a library this project
    references, takes writes: the store this project reads is that host's data."""
    shared = {u.folder for u in used_modules(unit, units, "dotnet")}
    if not shared:
        return False
    for other, paths in aspnet_projects(top, units, MAX_SITE_FILES):
        if other is unit or other.no_web:
            continue
        if shared & {u.folder for u in used_modules(other, units, "dotnet")} and _takes_writes(
            _joined(top, paths)
        ):
            return True
    return False


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_ui` and `Unit.reads_only` on the ASP.NET Core projects hosting a
    browser application whose only writing routes sign the user in and whose code writes no
    store, over a library a writing host of the tree shares."""
    for unit, paths in aspnet_projects(top, units, MAX_SITE_FILES):
        if unit.renders_ui or unit.no_web or not _builds_browser_app(top, unit.folder):
            continue
        texts = [blank_comments(read_text(top, path)[0] or "") for path in paths]
        if not any(_FALLBACK.search(text) for text in texts):
            continue
        if any(_OTHER_API.search(text) or _STORES.search(text) for text in texts):
            continue
        if not _only_signs_in(texts) or not _shares_writing_host(top, unit, units):
            continue
        unit.renders_ui = True
        unit.reads_only = True
