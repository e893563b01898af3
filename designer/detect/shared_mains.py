"""A Spring Boot module its build's applications depend on, keeping a main that serves nothing.

A multi-module build's common module (utilities, DTOs, exceptions, the shared configuration)
may keep a `@SpringBootApplication` class with a `main` of its own, a leftover from when it
was generated, and the web starter every service of the build also declares. It is no
service: another application of the build depends on it for its classes, and its own main
sources declare no endpoint (no controller, router, servlet …: `listeners.ENDPOINT`). Such a
module serves nothing (`Unit.no_web`); its data layer and drivers pass to the applications
using it, as any library module's do (`monorepo`).

A module no application depends on, or one with an endpoint of its own, stays what it looks
like: an application (an all-in-one launcher depending on the services' modules is one).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.listeners import ENDPOINT
from designer.detect.nonservices import module_names, module_uses
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ENDINGS = (".java", ".kt")

MAX_FILES = 500
"""Main source files read per module at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot modules with an entry point that another Spring
    Boot application of the tree depends on and whose own main sources declare no endpoint."""
    applications = [u for u in units.values() if _spring_boot(u) and has_entry_point(u)]
    for unit in applications:
        if unit.no_web or not any(
            other is not unit and _depends_on(other, unit) for other in applications
        ):
            continue
        if _serves_nothing(top, unit.folder):
            unit.no_web = True


def _spring_boot(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"
        for s in unit.signals.get("jvm", [])
    )


def _depends_on(user: Unit, module: Unit) -> bool:
    """Whether `user`'s build declares `module` at run time: by its Maven artifactId, or by a
    Gradle project path ending in the module's folder (`project(':common')`)."""
    uses = module_uses(user, "jvm")
    if uses & module_names(module, "jvm"):
        return True
    path = ":" + module.folder.replace("/", ":")
    return any(use.startswith(":") and path.endswith(use) for use in uses)


def _serves_nothing(top: str, folder: str) -> bool:
    """Whether the module's main sources declare no endpoint; False when there are none or
    too many to read whole."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
    if not paths:
        return False
    return not any(ENDPOINT.search(read_text(top, path)[0] or "") for path in paths)
