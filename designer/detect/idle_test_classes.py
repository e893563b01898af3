"""JVM: a Java test class that marks no test, so the build's test task runs nothing of it.

Spring Initializr writes `…ApplicationTests.java` with one `@Test void contextLoads()`; some
projects keep the file but delete its `@Test` (the context would not start without the
services it needs), leaving `@SpringBootTest class …Tests { void contextLoads() {} }`. Named as
a test and importing Spring's test package, it still holds no test: JUnit runs the methods a
test annotation marks, and a class that neither marks one, nor names a runner or suite that
finds tests another way (`@RunWith`, `@Suite`, Cucumber's options), nor extends or implements
a type it could inherit tests from (a JUnit 3 `TestCase`, an abstract base, an interface's
default test methods) gives Surefire or Gradle's test task nothing to run. `testless_jvm` reads
such a file as a placeholder, as it reads a scratch program kept in `src/test`.

Only Java sources are judged: Kotlin, Groovy and Scala write their specs as calls and
inheritance the marks below do not cover.
"""

from __future__ import annotations

import re

_TEST_MARK = re.compile(
    r"@(?:[\w.]+\.)?(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property"
    r"|Example|Theory|Theories|ArchTest|FuzzTest|RunWith|Suite|SuiteClasses|SelectClasses"
    r"|SelectPackages|SelectClasspathResource|IncludeEngines|Cucumber|CucumberOptions"
    r"|CucumberContextConfiguration|Nested)\b"
)
"""An annotation marking a test method, or naming a runner or suite that finds tests itself."""

_ANNOTATED_VOID = re.compile(
    r"@[\w.]+(?:[ \t]*\([^)]*\))?\s+(?:(?:public|protected|private|static|final)\s+)*"
    r"void\s+\w+\s*\("
)
"""A void method under an annotation of any name: a project's own meta-annotation composed
with `@Test` (`@IntegrationTest void …()`) marks a test too."""

_TEST_CLASS = re.compile(r"(?:Tests?|IT|TestCase)\.java$")
"""A Java test class's file (`UserServiceTest.java`, `ApplicationTests.java`, `OrderIT.java`):
a helper class of a suite, named otherwise, is not judged."""

_TEST_IMPORT = re.compile(
    r"^[ \t]*import[ \t]+(?:static[ \t]+)?(?:org\.junit|junit\.framework|org\.testng"
    r"|org\.springframework\.(?:boot\.)?test|io\.micronaut\.test|io\.quarkus\.test)\.",
    re.MULTILINE,
)
"""An import of a test framework or a framework's test support: the class was written as a
test (a bare `class ApplicationIT {}` is left alone, whatever it will hold)."""

_INHERITS = re.compile(r"\b(?:extends|implements)\b")
"""A class inheriting from another type: its tests may be declared there."""


def idle(name: str, text: str) -> bool:
    """Whether the Java source `name` (a file name or path), whose text is `text`, is named as
    a test class and imports test support, yet marks no test: no test annotation, runner or
    suite, no annotated void method, no supertype."""
    if not _TEST_CLASS.search(name) or not _TEST_IMPORT.search(text):
        return False
    return not (
        _TEST_MARK.search(text) or _ANNOTATED_VOID.search(text) or _INHERITS.search(text)
    )
