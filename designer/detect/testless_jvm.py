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

A test folder of scratch programs is no suite either: where none of the JVM sources in it
(nor of one named as a test) imports a test framework or marks a test (`@Test`, a
`Specification`, a Kotest or ScalaTest spec) and some are programs with a `main()` a developer
runs by hand (`FileTest.java` reading an image, an API demo kept in `src/test/java`, with the
classes they use beside them), the build's test task has nothing to run. Nor are a source
set's resources (`src/test/resources`: the data tests would read, or a code generator's
templates) a test of their own, nor a package named `test` among the main sources
(`src/main/java/…/test/`). A test folder holding only helper classes, no program (a
suite's fixtures, written before its first test), still keeps the declaration, as does any
other file in it. A Java test class marking no test (the initializer's context test with its
`@Test` deleted: `idle_test_classes`) counts for nothing, in a test folder or named alone.

A test framework's import in a main source (`src/main/java/…/MnsController.java` importing
`org.junit.runner.RunWith`, left from a test copied into the program) is read as a declaration:
the test task never runs a main source, so it names a framework, no test.

Unlike a PHP or Node runner, a CI step running the build's tests (`mvn verify`, `./gradlew
test`) keeps nothing: Surefire and Gradle's test task pass on a project with no test, so such a
step is every JVM project's build, not a sign of a suite.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect import idle_test_classes, unapplied_roots
from designer.detect.assemble import Unit
from designer.detect.signals import Signal
from designer.detect.testless_node import test_file
from designer.detect.testless_pytest import drop_declared_tests, holds_tests
from designer.detect.unincluded_gradle import single_project_settings
from designer.detect.walker import read_head
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


_SOURCES = (".java", ".kt", ".groovy", ".scala")
"""The endings of JVM source files: the ones read for a test in them."""

_MARKER = re.compile(
    r"\b(?:org\.junit|junit\.framework|org\.testng|spock\.lang|io\.kotest|org\.scalatest"
    r"|org\.specs2|org\.scalacheck|munit|utest|zio\.test|weaver|kotlin\.test"
    r"|org\.spekframework|io\.cucumber|cucumber\.api|com\.intuit\.karate|androidx\.test"
    r"|org\.springframework\.(?:boot\.)?test|io\.micronaut\.test|io\.quarkus\.test)\b"
    r"|@(?:Test|ParameterizedTest|RepeatedTest|TestFactory)\b"
    r"|\bextends[ \t]+(?:TestCase|GroovyTestCase|Specification)\b"
    r"|\b(?:Any)?(?:Flat|Fun|Word|Free|Feature|Prop|Ref|String|Behavior|Describe|Should|Expect"
    r"|Annotation)Spec(?:Like)?\b|\bFunSuite\b"
)
"""What a JVM test source shows: an import of a test framework or a test tool written to one
(the package named anywhere: `import org.junit.jupiter.api.*`, `@org.junit.Test`), a test
annotation, a JUnit 3 or Spock base class, a Kotest or ScalaTest spec style."""

_PROGRAM = re.compile(
    r"\b(?:static[ \t]+(?:public[ \t]+)?void|fun|def)[ \t]+main[ \t]*\(|\bextends[ \t]+App\b"
)
"""A program's entry: Java's or Groovy's `static void main(`, Kotlin's `fun main(`, Scala's
`def main(` or `extends App`."""

_HEAD_BYTES = 32_768
"""Bytes read of a source for its marker: a test's imports and first annotations come early."""

_MAIN_SOURCES = "/src/main/"
"""The main source set of a Maven or Gradle module: a test-named folder in it is a package of
the program's own code, no suite."""

_RESOURCES = "resources"
"""A source set's resources folder (`src/test/resources`): data and templates, no test."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop the test framework declarations of the JVM units whose repository holds no test,
    the JavaScript projects beside them set apart, and the sources a multi-project root left
    from before its split builds no more (`unapplied_roots`: their tests run nowhere)."""
    drop_declared_tests(
        top, units, LANGUAGE, declaration, test_named, lambda _own: False,
        stub=lambda path: main_source(path) or scratch(top, path),
        apart=lambda: node_projects(units) | unapplied_roots.dead_sources(top, units),
        folder_holds=lambda folder: folder_holds_test(top, folder),
    )


def main_source(path: str) -> bool:
    """Whether `path` is a JVM source of a main source set (`src/main/kotlin/…/InviteTagSpec
    .kt`, a domain specification named like a test): the test task never compiles it."""
    return path.endswith(_SOURCES) and "/src/main/" in "/" + path


def scratch(top: str, path: str) -> bool:
    """Whether the file at `path` (from `top`) is a JVM source that runs no test: a scratch
    program (a `main()` and no test's marker), or a Java test class marking no test
    (`idle_test_classes`)."""
    if not path.endswith(_SOURCES):
        return False
    text = read_head(top, path, _HEAD_BYTES)
    if text is None:
        return False
    if idle_test_classes.idle(path, text):
        return True
    return not _MARKER.search(text) and bool(_PROGRAM.search(text))


def folder_holds_test(top: str, folder: str) -> bool:
    """Whether the test-named `folder` (from `top`) holds a test: none in a main source set;
    elsewhere, outside its resources folders and hidden files, a file that is not a JVM
    source, a JVM source with a test's marker, or JVM sources none of which is a program. True
    past `_MAX_WALKED` entries (left alone, as `holds_tests` does)."""
    if _MAIN_SOURCES in f"/{folder}/":
        return False  # a package of the main sources (`com/acme/test/LimitController.java`)
    left = _MAX_WALKED
    sources = programs = 0
    for path, dirs, files in os.walk(os.path.join(top, *folder.split("/"))):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != _RESOURCES]
        left -= len(dirs) + len(files)
        if left < 0:
            return True
        where = os.path.relpath(path, top).replace(os.sep, "/")
        for name in files:
            if name.startswith("."):
                continue
            if not name.endswith(_SOURCES):
                return True
            text = read_head(top, f"{where}/{name}", _HEAD_BYTES)
            if text is not None and idle_test_classes.idle(name, text):
                continue  # a test class marking no test runs nothing
            if text is None or _MARKER.search(text):
                return True
            sources += 1
            programs += bool(_PROGRAM.search(text))
    return sources > 0 and programs == 0


_MAX_WALKED = 2_000
"""Files and folders walked in one test folder at most."""


def node_projects(units: dict[str, Unit]) -> frozenset[str]:
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
        if not tests or not all(declaration(s) for s in tests):
            continue
        if not single_project_settings(top, unit):
            continue  # no settings file of its own, or one including projects
        prefix = "" if unit.folder == "." else unit.folder + "/"
        apart = frozenset(
            folder for folder in units if folder != unit.folder and folder.startswith(prefix)
        )
        if holds_tests(
            top, test_named, lambda path: scratch(top, path), folder=unit.folder, apart=apart,
            folder_holds=lambda folder: folder_holds_test(top, folder),
        ):
            continue
        unit.signals[LANGUAGE] = [s for s in found if s.kind is not FindingKind.TEST]


def declaration(signal: Signal) -> bool:
    """Whether `signal` names a test framework without a test: a line of a build file, or an
    import in a main source set (`src/main/java/…Controller.java` importing `org.junit`'s
    runner), which the test task never runs as a test."""
    path = signal.evidence.path
    return bool(_BUILD_FILES.match(posixpath.basename(path))) or main_source(path)


def test_named(name: str) -> bool:
    """Whether `name` is a JVM test, or a JavaScript or Python one (a repository with tests in
    any of its languages is not called testless)."""
    return bool(_TEST_NAME.search(name)) or test_file(name)
