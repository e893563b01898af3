"""The web application of an Elixir umbrella whose endpoint another application starts.

An umbrella may keep its one Phoenix endpoint and router in a web application
(`apps/app_web/lib/app_web/endpoint.ex`) whose mix.exs starts no module of its own (no `mod:`,
read as a library) and declares no phoenix: it takes phoenix, its HTTP server and the Repo from
the core application it depends on (`in_umbrella: true`), whose supervisor starts the endpoint
among its children (`children = [App.Repo, …, AppWeb.Endpoint]`). The program that answers
HTTP is the endpoint's: the web application is the backend, lent the framework and the data by
the core application it uses (an umbrella's web app, as the generator makes it). The umbrella's
applications that declare phoenix but define no endpoint (the core, feature applications whose
LiveViews the web router mounts) then fold as modules of that backend's build, as they do
beside any umbrella's web application.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import ManifestResult, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "elixir"

_ENDPOINT = re.compile(r"^[ \t]*use[ \t]+Phoenix\.Endpoint\b", re.MULTILINE)

_MODULE = re.compile(r"^[ \t]*defmodule[ \t]+([A-Z][\w.]*)[ \t]+do\b", re.MULTILINE)

_APPLICATION = "application.ex"
"""The generator's name for the module an application's `mod:` starts (`lib/app/application.ex`),
whose `start/2` lists the supervisor's children."""

_DEPTH = 3
"""How deep below `lib/` an application module is looked for (`lib/app/dns/application.ex`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Read as an application the library holding an umbrella's Phoenix endpoint that another
    application's supervisor starts."""
    mix = [u for u in units.values() if _home(u)]
    starters = [u for u in mix if not all(r.library for r in _home(u))]
    started = {u.folder for u in starters}
    for host in mix:
        if host.folder in started:
            continue
        modules = _endpoints(top, host)
        if modules and any(_starts(top, u, modules) for u in starters):
            for result in _home(host):
                result.library = False


def _home(unit: Unit) -> list[ManifestResult]:
    """The unit's own mix.exs results (not a manifest of a folder below)."""
    return [
        r
        for path, e, r in unit.manifests
        if e == LANGUAGE and (posixpath.dirname(path) or ".") == unit.folder
    ]


def _endpoints(top: str, unit: Unit) -> set[str]:
    """The modules of the Phoenix endpoints the unit's code defines."""
    paths = {
        s.evidence.path
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.FRAMEWORK
        and s.strength is Strength.ENTRY
        and s.name == "Phoenix"
        and s.evidence
    }
    found = set()
    for path in sorted(paths):
        text = read_text(top, path)[0] or ""
        module = _MODULE.search(text)
        if module and _ENDPOINT.search(text):
            found.add(module.group(1))
    return found


def _starts(top: str, unit: Unit, modules: set[str]) -> bool:
    """Whether an application module in the unit's `lib/` names one of the endpoint `modules`
    as a child (the module alone, not a call of one of its functions)."""
    names = "|".join(re.escape(m) for m in sorted(modules))
    child = re.compile(rf"(?<![\w.])(?:{names})(?![\w.])")
    lib = os.path.join(top, *unit.folder.split("/"), "lib")
    base = lib.count(os.sep)
    for here, folders, files in os.walk(lib):
        if here.count(os.sep) - base >= _DEPTH:
            folders[:] = []
        if _APPLICATION in files:
            path = os.path.relpath(os.path.join(here, _APPLICATION), top).replace(os.sep, "/")
            text = read_text(top, path)[0] or ""
            if child.search(text):
                return True
    return False

