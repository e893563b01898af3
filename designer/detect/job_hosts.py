"""ASP.NET Core projects that host scheduled jobs or run migrations, serving no API.

A solution may keep, beside its API, a Web SDK project that only runs the API's background
jobs: it starts a Hangfire server (`UseHangfireServer`, `AddHangfireServer`) and serves the
Hangfire dashboard and a health check, nothing else — `MapControllers()` in its startup maps
no controller, as its own code declares none. Its jobs write into the API's database (often
fetching data from elsewhere): a job host, no backend. Another Web SDK project may only apply
the API's EF Core migrations on start, mapping no endpoint at all; its name says so
(`Acme.DbMigrations`, `Acme.Migrator`). Both are marked `Unit.no_web`. Only the project's own
C# files are read (`dotnet_sources.own_sources`, whole); one too large to read is left alone.
A job host declaring any route or page of its own stays a backend, and so does one whose
`MapControllers()` maps the controllers of a project it references (a layered API: the host
project starts the app and its jobs, the `.HttpApi` or `.Web` library holds the controllers),
or which builds controllers from application services (ABP's `ConventionalControllers`).
A job host that applies the schema of the application's data on start (`schema_owners`)
also stays one: the schema is its to keep, as the data it imports into it. So does one that
registers the application's database context in its own start-up (`worker_stores`): it opens
that store itself and its jobs write it, data of its own (HELDOUT.md, as settled in session
34); only a host with no data of its own (its context, if any, its job store's) is dropped.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.consumer_hosts import CLIENT_ENDPOINT
from designer.detect.dotnet_sources import aspnet_projects, own_sources
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import module_names, module_uses
from designer.detect.schema_owners import owns_schema
from designer.detect.second_hosts import OWN_ROUTE
from designer.detect.walker import read_text
from designer.detect.worker_stores import registers_store

JOB_SERVER = re.compile(r"\b(?:Use|Add)HangfireServer\s*\(")
"""A Hangfire job server started in the host's own process."""

_CONVENTIONAL = re.compile(r"\bConventionalControllers\s*\.\s*Create\s*\(")
"""ABP's automatic API controllers, built from the application services of an assembly."""

_MIGRATOR_NAME = re.compile(r"(?:Migrations?|Migrator|DbUp)$", re.IGNORECASE)
"""The last part of a migrations runner's name (`Acme.DbMigrations`, `acme-migrator`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects that start a job server and declare no
    route of their own, and on those named as migrations runners that map no endpoint."""
    for unit, paths in aspnet_projects(top, units):
        if unit.no_web:
            continue
        migrator = _MIGRATOR_NAME.search(_last_part(unit.folder)) is not None
        jobs = routes = endpoints = False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if OWN_ROUTE.search(text) or CLIENT_ENDPOINT.search(text) or JOB_SERVER.search(text):
                text = blank_comments(text)
            routes = routes or bool(OWN_ROUTE.search(text) or _CONVENTIONAL.search(text))
            endpoints = endpoints or bool(CLIENT_ENDPOINT.search(text))
            jobs = jobs or bool(JOB_SERVER.search(text))
            if routes:
                break
        if routes or (jobs and _referenced_routes(top, unit, units)):
            continue
        if jobs and owns_schema(top, unit, paths, units):
            continue
        # A job host registering the application's database context itself opens that store
        # and its jobs write it: data of its own, a backend (`worker_stores`).
        if jobs and registers_store(top, unit, paths, units):
            continue
        unit.no_web = jobs or (migrator and not endpoints)


def _referenced_routes(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether a project `unit` references declares a route of its own: the controllers its
    `MapControllers()` maps."""
    uses = module_uses(unit, "dotnet")
    for other in units.values():
        if other is unit or not module_names(other, "dotnet") & uses:
            continue
        for path in own_sources(top, other, units):
            text = read_text(top, path)[0] or ""
            if OWN_ROUTE.search(text) and OWN_ROUTE.search(blank_comments(text)):
                return True
    return False


def _last_part(folder: str) -> str:
    """The last word of a project folder's name (`Acme.Host.DbMigrations` → `DbMigrations`)."""
    return re.split(r"[.\-_]", posixpath.basename(folder))[-1]
