"""JVM: a service with no test of its own has none, whatever a sample beside it tests (set 194,
#19).

A Spring Boot wrapper at the root of its repository (a Gradle build declaring JUnit and Spring
Boot's test starter, no `src/test`) keeps beside it a second service (`converter/`, a Gradle
build of its own, declaring the same, no test either) and a sample application (`sample-hip/`,
a Gradle build of its own, with one generated context test). The declarations of a
single-project Gradle build whose own folder holds no test are dropped
(`testless_jvm.drop_untested_units`), and a demonstration folds into no service (`monorepo`):
neither service has a test framework. A test class of the service's own, or a test module its
settings include, keeps JUnit."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import junit5_test, write

from designer.model.stack import FindingKind as K


def _build(starters: str) -> str:
    return (
        "plugins {\n    id 'java'\n    id 'org.springframework.boot' version '3.2.0'\n"
        "    id 'io.spring.dependency-management' version '1.1.4'\n}\n\n"
        f"dependencies {{\n{starters}"
        "    testImplementation platform('org.junit:junit-bom:5.9.1')\n"
        "    testImplementation 'org.junit.jupiter:junit-jupiter'\n"
        "    testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n"
    )


def _main(package: str) -> str:
    return (
        f"package {package};\n\nimport org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class App {\n"
        "    public static void main(String[] args) {\n"
        "        SpringApplication.run(App.class, args);\n    }\n}\n"
    )


def _tree() -> dict[str, str]:
    web = "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
    mongo = "    implementation 'org.springframework.boot:spring-boot-starter-data-mongodb'\n"
    return {
        "settings.gradle": "rootProject.name = 'wrapper'\n",
        "build.gradle": _build(web + mongo),
        "src/main/java/acme/wrapper/App.java": _main("acme.wrapper"),
        "converter/settings.gradle": "rootProject.name = 'converter'\n",
        "converter/build.gradle": _build(web),
        "converter/src/main/java/acme/converter/App.java": _main("acme.converter"),
        "sample-hip/settings.gradle": "rootProject.name = 'sample-hip'\n",
        "sample-hip/build.gradle": _build(web),
        "sample-hip/src/main/java/acme/hip/App.java": _main("acme.hip"),
        "sample-hip/src/test/java/acme/hip/AppTests.java": junit5_test("acme.hip", "AppTests"),
    }


def test_services_with_no_test_of_their_own_have_none(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {".", "converter"}
    assert first(found["."], K.TEST) == ("", "")
    assert first(found["converter"], K.TEST) == ("", "")


def test_a_test_of_the_service_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: one context test in the service's own `src/test`.
    files = _tree()
    files["converter/src/test/java/acme/converter/AppTests.java"] = junit5_test(
        "acme.converter", "AppTests"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["converter"], K.TEST)[0] == "JUnit"
    assert first(found["."], K.TEST) == ("", "")


def test_a_test_module_of_the_build_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: the root's tests kept in a module of its build (`include 'api-tests'`): it
    # folds into the service with its tests.
    files = _tree()
    files["settings.gradle"] = "rootProject.name = 'wrapper'\ninclude 'api-tests'\n"
    files["api-tests/build.gradle"] = (
        "dependencies {\n    testImplementation 'org.junit.jupiter:junit-jupiter'\n}\n"
    )
    files["api-tests/src/test/java/acme/it/ApiTest.java"] = junit5_test("acme.it", "ApiTest")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "JUnit"
