"""A JVM test framework declared in a repository that holds no test at all.

Spring Initializr puts `spring-boot-starter-test` in every project it makes, and Gradle's and
Maven's archetypes add JUnit the same way, before any test is written; many services delete
the generated context test and never write one (no `src/test` anywhere). The declaration is all
there is: the build's test task runs nothing, and a reader asked for the project's test
framework answers none. This is `testless_pytest`'s reading for JVM builds: where every test
signal of a JVM unit is a line of a build file (a dependency of a `pom.xml`, a `build.gradle`,
a version catalogue), none a file of its own, and the whole repository holds no sign of a test:
no file named as a JVM test (`*Test.java`, `*Tests.kt`, `*IT.java`, `*Spec.groovy`…) nor as a
JavaScript or Python one, and no folder named for tests holding anything (`src/test` is one),
the declarations are dropped and the unit has no test framework. A JavaScript project kept
beside the services (a browser UI's folder with its `package.json`, outside every JVM unit
declaring tests) is left out of that walk: its specs are its own runner's, never the JVM
build's, so an Angular UI's `*.spec.ts` does not give the service it calls a suite.

The same holds of one Gradle build of a single project in a repository that keeps tests
elsewhere: where its settings file includes no project, its tests can only be in its own
folder, so a unit whose every test signal is a declaration of its build, and whose folder (the
folders of the other projects below it set apart) holds no sign of a test, has no test
framework, whatever a sample application or another service beside it tests
(`drop_untested_units`). A module of a multi-project build is left alone: its tests may be
kept in a library or test module of the build, and its declarations say which services they
test (`own_tests`).

Unlike a PHP or Node runner, a CI step running the build's tests (`mvn verify`, `./gradlew
test`) keeps nothing: Surefire and Gradle's test task pass on a project with no test, so such a
step is every JVM project's build, not a sign of a suite.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal
from designer.detect.testless_node import test_file
from designer.detect.testless_pytest import drop_declared_tests, holds_tests
from designer.detect.unincluded_gradle import single_project_settings
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_BUILD_FILES = re.compile(
    r"^(?:pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|gradle\.properties"
    r"|[\w.-]+\.versions\.toml|build\.sbt)$"
)
"""The build files whose test signal is a declaration (a dependency, a catalogue entry)."""

_TEST_NAME = re.compile(r"(?:Tests?|IT|TestCase|Spec)\.(?:java|kt|groovy|scala)$")
"""A JVM test class's file (`UserServiceTest.java`, `ApiTests.kt`, `OrderIT.java`,
`CartSpec.groovy`)."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop the test framework declarations of the JVM units whose repository holds no test,
    the JavaScript projects beside them set apart."""
    drop_declared_tests(
        top, units, LANGUAGE, _declaration, _test_file, lambda _own: False,
        apart=lambda: _node_projects(units),
    )


def _node_projects(units: dict[str, Unit]) -> frozenset[str]:
    """The folders of the JavaScript projects (a `package.json`) that neither hold nor lie in
    a JVM unit declaring a test framework: a browser UI beside the service, whose specs its own
    runner (Karma, Jest) runs and no JVM build ever does. A `package.json` at or above the
    service's folder (a JHipster-style app keeping its UI's tests beside its own) stays in."""
    judged = [
        unit.folder
        for unit in units.values()
        if any(s.kind is FindingKind.TEST for s in unit.signals.get(LANGUAGE, []))
    ]
    return frozenset(
        unit.folder
        for unit in units.values()
        if unit.folder != "."
        and any(e == _NODE for _, e, _ in unit.manifests)
        and not any(_at_or_under(unit.folder, j) or _at_or_under(j, unit.folder) for j in judged)
    )


_NODE = "node"


def _at_or_under(folder: str, other: str) -> bool:
    return other == "." or folder == other or folder.startswith(other + "/")


def drop_untested_units(top: str, units: dict[str, Unit]) -> None:
    """Drop the test framework declarations of the single-project Gradle builds whose own
    folder holds no test, the folders of the other projects below it set apart."""
    for unit in units.values():
        found = unit.signals.get(LANGUAGE, [])
        tests = [s for s in found if s.kind is FindingKind.TEST]
        if not tests or not all(_declaration(s) for s in tests):
            continue
        if not single_project_settings(top, unit):
            continue  # no settings file of its own, or one including projects
        prefix = "" if unit.folder == "." else unit.folder + "/"
        apart = frozenset(
            folder for folder in units if folder != unit.folder and folder.startswith(prefix)
        )
        if holds_tests(top, _test_file, folder=unit.folder, apart=apart):
            continue
        unit.signals[LANGUAGE] = [s for s in found if s.kind is not FindingKind.TEST]


def _declaration(signal: Signal) -> bool:
    return bool(_BUILD_FILES.match(posixpath.basename(signal.evidence.path)))


def _test_file(name: str) -> bool:
    """Whether `name` is a JVM test, or a JavaScript or Python one (a repository with tests in
    any of its languages is not called testless)."""
    return bool(_TEST_NAME.search(name)) or test_file(name)
