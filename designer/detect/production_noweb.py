"""Spring Boot applications whose production configuration turns the web server off.

A harvesting worker may keep a web server for its development runs only
(`spring.main.web_environment=true` in `collector.properties`, a mock it serves to itself) and
turn it off where it is deployed: its `collector-production.properties` says
`spring.main.web_environment=false` (Spring Boot 1's name, still read through relaxed binding)
or `spring.main.web-application-type=none`, and its package's start script names that profile.
Such a program serves no client in production. `sidefiles` reads the base `application`
configuration only; this module reads the production profiles of any configuration name under
the application's main resources, and counts them only where its code (and that of the
modules it uses) declares no endpoint: a controller would serve whatever the file says.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.listeners import serves_no_endpoint
from designer.detect.nonservices import used_modules
from designer.detect.signals import LazyPattern
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_CONFIG_ENDINGS = (".properties", ".yml", ".yaml")

_PRODUCTION = re.compile(r"[-_](?:prod|production)\.(?:properties|ya?ml)$")
"""A configuration file of the production profile (`application-prod.yml`,
`collector-production.properties`): Spring names a profile's file `<name>-<profile>`."""

_NO_WEB = LazyPattern(
    r"^[ \t]*(?:spring\.main\.)?(?:web[-_]?application[-_]?type[ \t]*[:=][ \t]*[\"']?none\b"
    r"|web[-_]environment[ \t]*[:=][ \t]*[\"']?false\b)",
    re.IGNORECASE | re.MULTILINE,
)
"""The setting starting no web server: Boot 2's application type `none`, Boot 1's web
environment `false` (kebab or snake case, as properties or as YAML under `spring.main`)."""

MAX_FILES = 200
"""Resource files listed per application at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications whose production profile turns the
    web server off and whose code, with that of the modules they use, declares no endpoint."""
    for unit in units.values():
        if unit.no_web or not _boot(unit):
            continue
        tree = main_tree(unit)
        if not _production_without_web(top, posixpath.join(tree, "resources")):
            continue
        folders = [tree] + [main_tree(other) for other in used_modules(unit, units, "jvm")]
        if serves_no_endpoint(top, folders):
            unit.no_web = True


def _boot(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"
        for s in unit.signals.get("jvm", [])
    )


def _production_without_web(top: str, resources: str) -> bool:
    """Whether a production profile's configuration file under `resources` starts no web
    server."""
    paths = all_code_files(top, resources, _CONFIG_ENDINGS, MAX_FILES)
    return any(
        _NO_WEB.search(read_text(top, path)[0] or "")
        for path in paths or ()
        if _PRODUCTION.search(path)
    )
