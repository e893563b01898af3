"""Kotlin: Spock lent by library modules does not make the service's JUnit a runner (set 266,
#19).

A Gradle build's Ktor service depends on parser modules whose tests are Spock specifications
(`testImplementation "org.spockframework:spock-core"` in each); the service's own test classes
take `@Test` from JUnit Jupiter. The parsers fold into the service with their tests, and Spock,
built on JUnit (`TESTS_BUILT_ON`), would leave JUnit a mere runner beneath it: but the
service's own files are JUnit's, and Spock is only lent (`lent_test_tools`). A service with no
test file of its own keeps the Spock its modules lend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP_BUILD = (
    "plugins {\n    id 'org.jetbrains.kotlin.jvm'\n    id 'application'\n}\n\n"
    "application {\n    mainClass = 'io.ktor.server.netty.EngineMain'\n}\n\n"
    "dependencies {\n"
    "    implementation project(':server:parser')\n"
    '    implementation "io.ktor:ktor-server-netty:3.5.2"\n'
    '    testImplementation "org.junit.jupiter:junit-jupiter-api:5.11.0"\n'
    '    testRuntimeOnly "org.junit.jupiter:junit-jupiter-engine:5.11.0"\n'
    "}\n"
)

_PARSER_BUILD = (
    "plugins {\n    id 'groovy'\n    id 'java-library'\n}\n\n"
    "dependencies {\n"
    '    testImplementation "org.spockframework:spock-core:2.4-groovy-4.0"\n'
    "}\n"
)


def _build() -> dict[str, str]:
    files = {
        "settings.gradle": "include 'server:app'\ninclude 'server:parser'\n",
        "server/app/build.gradle": _APP_BUILD,
        "server/app/src/main/kotlin/acme/Application.kt": (
            "package acme\n\nimport io.ktor.server.application.*\n"
            "import io.ktor.server.routing.*\n\n"
            "fun Application.main() {\n    routing { get(\"/\") { } }\n}\n"
        ),
        "server/parser/build.gradle": _PARSER_BUILD,
        "server/parser/src/main/kotlin/acme/parser/Parser.kt": (
            "package acme.parser\n\nclass Parser\n"
        ),
    }
    for name in ("Junit", "Jest", "Cobertura"):
        files[f"server/parser/src/test/groovy/acme/parser/{name}ParserSpec.groovy"] = (
            "package acme.parser\n\nimport spock.lang.Specification\n\n"
            f"class {name}ParserSpec extends Specification {{\n}}\n"
        )
    for name in ("Results", "Coverage", "Attachments"):
        files[f"server/app/src/test/kotlin/acme/{name}ApplicationTest.kt"] = (
            "package acme\n\nimport org.junit.jupiter.api.Test\n\n"
            f"class {name}ApplicationTest {{\n    @Test\n    fun works() {{ }}\n}}\n"
        )
    return files


def test_the_services_own_junit_over_lent_spock(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _build()))
    assert first(found["server/app"], K.FRAMEWORK)[0] == "Ktor"
    assert first(found["server/app"], K.TEST)[0] == "JUnit"


def test_a_service_with_no_tests_keeps_lent_spock(tmp_path: Path) -> None:
    # Counter-case: no test file and no test tool of its own: what its modules lend stays.
    files = {k: v for k, v in _build().items() if "ApplicationTest" not in k}
    files["server/app/build.gradle"] = _APP_BUILD.replace(
        '    testImplementation "org.junit.jupiter:junit-jupiter-api:5.11.0"\n'
        '    testRuntimeOnly "org.junit.jupiter:junit-jupiter-engine:5.11.0"\n',
        "",
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["server/app"], K.TEST)[0] == "Spock"
