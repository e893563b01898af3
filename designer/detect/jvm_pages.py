"""JVM applications that serve their own pages: the server of a UI.

A JVM web application may render server-side pages for a browser: templates (Mustache,
Thymeleaf, FreeMarker, Handlebars, Pebble) in a folder of its resources beside the scripts and
style sheets it hands out (`src/main/resources/static/js`, `…/css`). With data of its own it is
a classic web application and a backend; without, its pages show what it fetches from another
service (an API client module of its build, a REST client), and it is a UI
(`nonservices.ui_only`, which weighs the data of the modules it uses), as an Express or Flask
server rendering its templates is (`view_servers`). Both halves are needed: templates alone
may be mails or documents a service renders, and static files alone an API's documentation
page. Only the resources folder of each JVM application with no data layer is listed.

An application whose build makes it an OAuth 2.0 resource server (Spring Security's
`oauth2-resource-server`, a starter or the library) is left alone: it validates the bearer
tokens other programs send to an API of its own, where a front over another service's API signs
its users in as a client (`oauth2-client`). Its pages (a form, a QR code to scan) sit beside
that API: a service other programs call, counted with no data of its own (HELDOUT.md).
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

_RESOURCES = "src/main/resources"

TEMPLATE_FOLDERS = frozenset({"templates", "mustache", "views", "pages"})
"""Where a JVM web application keeps its page templates inside its resources."""

TEMPLATE_ENDINGS = (".mustache", ".html", ".ftl", ".ftlh", ".hbs", ".handlebars", ".peb")
"""Template files of Mustache, Thymeleaf (HTML), FreeMarker, Handlebars and Pebble."""

ASSET_FOLDERS = frozenset({"static", "public"})
"""Where Spring Boot (and others) serve a browser's static files from."""

ASSET_ENDINGS = (".js", ".css")
"""The browser's scripts and style sheets."""


_RESOURCE_SERVER = re.compile(r"\boauth2[.:_-]resource[.:_-]server\b")
"""Spring Security's resource server in a build file: the starter or library's coordinates
(`spring-boot-starter-oauth2-resource-server`) or a version catalog's accessor
(`libs.spring.boot.starter.oauth2.resource.server`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the JVM applications with no data layer of their own whose
    resources hold page templates and the scripts or style sheets of a browser."""
    for unit in units.values():
        signals = [s for s in unit.signals.get(ECOSYSTEM, []) if s.strength is not Strength.DEV]
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if any(s.kind in OWN_DATA for s in signals):
            continue
        if _resource_server(top, unit):
            continue
        resources = os.path.join(top, unit.folder, _RESOURCES)
        if _holds(resources, TEMPLATE_FOLDERS, TEMPLATE_ENDINGS) and _holds(
            resources, ASSET_FOLDERS, ASSET_ENDINGS
        ):
            unit.renders_pages = True


def _holds(resources: str, folders: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Whether one of `folders` inside `resources` holds (at any depth) a file with one of
    `endings`."""
    for name in sorted(folders):
        folder = os.path.join(resources, name)
        if not os.path.isdir(folder):
            continue
        for _, _, files in os.walk(folder):
            if any(f.endswith(endings) for f in files):
                return True
    return False


def _resource_server(top: str, unit: Unit) -> bool:
    """Whether one of `unit`'s JVM build files declares Spring Security's resource server."""
    for path, ecosystem, _ in unit.manifests:
        if ecosystem != ECOSYSTEM:
            continue
        text = read_text(top, path)[0]
        if text and _RESOURCE_SERVER.search(text):
            return True
    return False
