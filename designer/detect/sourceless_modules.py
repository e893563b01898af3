"""JVM modules holding no code at all.

A Maven reactor may keep a module that only packages code generated when the build runs (the
HTTP client of the service's API, generated from its RAML or OpenAPI contract by a build plugin,
beside the model classes the server module generates): its folder holds a pom and resources,
and no Java, Kotlin, Scala nor Groovy source. Its build may name the framework through the
runtime jar the generated code needs (the RAML Module Builder's `domain-models-runtime`, which
lends a Vert.x server and PostgreSQL access to the modules that implement its interfaces), but
with no code of its own nothing implements an endpoint or starts a server: it is no backend.

Only a module of a Maven reactor (a pom naming its parent) with no entry point seen and nothing
deploying it is marked, beside another JVM module of the tree (the service whose code it
packages); a build root with modules below it is left alone (an aggregator), and so is a
module whose build declares its main sources in a folder elsewhere that holds code, or one
keeping an application's settings (`_SETTINGS`).

A module's image counts as deploying it, unless every image of the folder is a static web
server's (`_STATIC_SERVERS`: the last stage `FROM nginx`, Swagger UI's files and the API
contracts copied in): a documentation module publishing the service's contract serves files,
it runs no program of the build, and its Compose file's database is the service's, for trying
the pages out.
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.signals import LazyPattern
from designer.detect.walker import read_text

ECOSYSTEM = "jvm"

_ENDINGS = (".java", ".kt", ".scala", ".groovy")

_SETTINGS = tuple(
    f"application{suffix}.{ext}"
    for suffix in ("", "-prod", "-production", "-default")
    for ext in ("properties", "yml", "yaml", "conf")
)
"""An application's settings (Spring Boot's, Micronaut's, Quarkus', a Typesafe config): a
module keeping them with no code of its own is the application its modules are assembled into
(a launcher module naming another module's main class), not generated code."""


_IMAGES = ("Dockerfile", "Procfile")
"""The files that mark a folder deployable (`sidefiles.DEPLOYABLE`, and `x.Dockerfile`)."""

_STATIC_SERVERS = frozenset({"nginx", "nginx-unprivileged", "httpd"})
"""Images of web servers handing out files (`nginx`, `nginxinc/nginx-unprivileged`, Apache's
`httpd`); not OpenResty, whose Lua code is a program."""

_FROM = LazyPattern(r"^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)", re.MULTILINE | re.IGNORECASE)


def _serves_files_only(top: str, unit: Unit) -> bool:
    """Whether the folder is deployable only through images of a static web server: no build
    file of its packages a program, and each Dockerfile below it (one at least, no Procfile)
    builds its last stage from `_STATIC_SERVERS`."""
    if any(result.deployable for _, _, result in unit.manifests):
        return False
    paths = all_code_files(top, unit.folder, _IMAGES, 8)
    if not paths:
        return False  # none, or too many to read: deployable for another reason
    for path in paths:
        text, _ = read_text(top, path) if path.endswith("Dockerfile") else (None, None)
        images = _FROM.findall(text or "")
        if not images:
            return False
        image = images[-1].split("@", 1)[0].rsplit("/", 1)[-1].partition(":")[0].lower()
        if image not in _STATIC_SERVERS:
            return False
    return True


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the JVM modules with no source file of their own."""
    jvm = [u for u in units.values() if any(e == ECOSYSTEM for _, e, _ in u.manifests)]
    if len(jvm) < 2:
        return
    for unit in jvm:
        if unit.no_web or unit.folder == "." or has_entry_point(unit):
            continue
        if unit.deployable and not _serves_files_only(top, unit):
            continue
        poms = [r for path, e, r in unit.manifests if e == ECOSYSTEM and path.endswith("pom.xml")]
        if not poms or not all(r.maven_parent for r in poms):
            continue  # only a module of a Maven reactor (its parent pom named)
        if any(other is not unit and other.is_under(unit) for other in units.values()):
            continue  # an aggregator: its modules hold the code
        if all_code_files(top, unit.folder, _ENDINGS, 1) != []:
            continue
        if all_code_files(top, unit.folder, _SETTINGS, 1) != []:
            continue  # it configures an application assembled from other modules' code
        tree = main_tree(unit)
        if os.path.isdir(os.path.join(top, *tree.split("/"))) and all_code_files(
            top, tree, _ENDINGS, 1
        ) != []:
            continue
        unit.no_web = True
