"""A Spring Boot module its build's applications depend on, keeping a main that serves nothing.

A multi-module build's common module (utilities, DTOs, exceptions, the shared configuration)
may keep a `@SpringBootApplication` class with a `main` of its own, a leftover from when it
was generated, and the web starter every service of the build also declares. It is no
service: an application of the build that declares endpoints of its own depends on it for
its classes, and its own main sources declare none (no controller, router, servlet …:
`listeners.ENDPOINT`). Such a module serves nothing (`Unit.no_web`); its data layer and
drivers pass to the applications using it, as any library module's do (`monorepo`).

A module no serving application depends on, or one with an endpoint of its own, stays what it
looks like: an application (beside an all-in-one launcher depending on it, say, whose own
code serves nothing either).
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
    """Set `Unit.no_web` on the Spring Boot modules with an entry point whose own main sources
    declare no endpoint while another Spring Boot application of the tree declaring endpoints
    depends on them."""
    applications = [u for u in units.values() if _spring_boot(u) and has_entry_point(u)]
    for unit in applications:
        users = [o for o in applications if o is not unit and _depends_on(o, unit)]
        if unit.no_web or not users or _endpoint(top, unit.folder) is not False:
            continue
        if any(_endpoint(top, user.folder) for user in users):
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


def _endpoint(top: str, folder: str) -> bool | None:
    """Whether the module's main sources declare an endpoint; None when there are none or too
    many to read whole."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
    if not paths:
        return None
    return any(ENDPOINT.search(read_text(top, path)[0] or "") for path in paths)
