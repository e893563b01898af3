"""A Spring Boot module with a main of its own that its Maven build packages only into another
application.

A Maven reactor may split its application into a war (or executable jar) module and a jar
module holding part of the product: the tracker, the reporting, a bounded context, with its own
controllers, repositories and a `@SpringBootApplication` class left from when it was started
alone. The application module depends on it, component-scans it and serves its controllers.
The jar module's pom packages a plain jar: it names no Spring Boot plugin, inherits no starter
parent and packages no war, or it names the plugin (for `mvn spring-boot:run` in development)
without binding its `repackage` goal, nor does any parent in the tree bind it
(`nonservices.unpackaged`); so `java -jar` on it starts nothing, and nothing else ships it (no
Dockerfile, Procfile or deployment of its folder). It is that application's code, not a second
service: it is told to serve nothing itself (`Unit.no_web`), so it folds into its user as any
library module does (`monorepo`).

The rule holds only where an application of the tree serving HTTP depends on the module and
itself packages a program (its pom binds Spring Boot's `repackage` or packages a war): a plain
jar beside only other plain jars may be run from an IDE or a script, and stays what it looks
like. A module whose build names a main class (an assembly or shade manifest, an exec
plugin's) may be run alone, and stays too; Spring Boot's `<start-class>` in a pom whose plugin
packages nothing is no such name (it serves `mvn spring-boot:run` only). Modules with no main
are `mainless_boot_modules`'s.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.mainless_boot_modules import (
    LANGUAGE,
    names_main_class,
    plain_maven_jar,
    shipped,
    spring_boot,
)
from designer.detect.nonservices import reaches_module, unpackaged
from designer.detect.walker import read_text

_WAR = re.compile(r"<packaging>\s*war\s*</packaging>")
"""A pom packaging a war: a servlet container starts it, with the jars it packages."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot modules with a main of their own, packaged as a
    plain Maven jar and shipped by nothing, that an application of the tree packaging a
    program and serving HTTP depends on."""
    applications = [
        u
        for u in units.values()
        if spring_boot(u) and has_entry_point(u) and not u.no_web and _packages_program(top, u)
    ]
    if not applications:
        return
    for unit in units.values():
        if unit.no_web or unit.deployable or unit.published or unit.deployed_starts:
            continue
        if not has_entry_point(unit) or not spring_boot(unit):
            continue
        plain = plain_maven_jar(top, unit)
        if not plain and not unpackaged(unit, units):
            continue
        if shipped(top, unit.folder):
            continue
        if names_main_class(top, unit, start_class=plain):
            continue
        if any(
            o is not unit and reaches_module(o, unit, units, LANGUAGE) for o in applications
        ):
            unit.no_web = True


def _packages_program(top: str, unit: Unit) -> bool:
    """Whether one of the module's poms packages a program: Spring Boot's `repackage` bound
    (here or by the starter parent) or a war."""
    return any(
        e == LANGUAGE
        and path.endswith("pom.xml")
        and (result.repackage == "bound" or _WAR.search(read_text(top, path)[0] or ""))
        for path, e, result in unit.manifests
    )
