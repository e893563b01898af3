"""A JVM service's main test tool counted with the test files of the modules folded into it
(set 367, #19).

A hexagonal Gradle build's runnable module (the Spring Boot main, its settings) holds two
JUnit context tests and two Kotest specifications; the application module it depends on holds
the use cases' specifications, all Kotest. Its own count leaves both tools leading; counted
with the folded module's files, JUnit falls below the quarter share: the tests are Kotest.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TEST_DEPS = (
    '    testImplementation("org.springframework.boot:spring-boot-starter-test")\n'
    '    testImplementation("org.jetbrains.kotlin:kotlin-test-junit5")\n'
    '    testRuntimeOnly("org.junit.platform:junit-platform-launcher")\n'
    '    testImplementation("io.kotest:kotest-runner-junit5-jvm:5.8.1")\n'
    '    testImplementation("io.kotest:kotest-assertions-core:5.8.1")\n'
)

_SPEC = (
    "package org.acme.{pkg}\n\nimport io.kotest.core.spec.style.BehaviorSpec\n"
    "import io.kotest.matchers.shouldBe\n\n"
    "class {name} : BehaviorSpec({{\n    given(\"x\") {{ then(\"y\") {{ 1 shouldBe 1 }} }}\n}})\n"
)

_JUNIT = (
    "package org.acme\n\nimport org.junit.jupiter.api.Test\n"
    "import org.springframework.boot.test.context.SpringBootTest\n\n"
    "@SpringBootTest\nclass {name} {{\n    @Test\n    fun contextLoads() {{}}\n}}\n"
)


def _tree(specs: int) -> dict[str, str]:
    files = {
        "settings.gradle.kts": (
            "pluginManagement {\n    plugins {\n"
            '        id("org.springframework.boot") version "3.4.1"\n    }\n}\n\n'
            'rootProject.name = "acme"\n\ninclude("application", "infrastructure")\n'
        ),
        "build.gradle.kts": "subprojects {\n    repositories {\n        mavenCentral()\n    }\n}\n",
        "application/build.gradle.kts": (
            "dependencies {\n"
            '    implementation("org.springframework.boot:spring-boot-starter")\n'
            f"{_TEST_DEPS}}}\n"
        ),
        "application/src/main/kotlin/org/acme/usecase/UseCase.kt": (
            "package org.acme.usecase\n\ninterface UseCase\n"
        ),
        "infrastructure/build.gradle.kts": (
            'plugins {\n    id("org.springframework.boot")\n}\n\n'
            "dependencies {\n"
            '    implementation(project(":application"))\n'
            '    implementation("org.springframework.boot:spring-boot-starter-web")\n'
            f"{_TEST_DEPS}}}\n"
        ),
        "infrastructure/src/main/kotlin/org/acme/AcmeApplication.kt": (
            "package org.acme\n\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
            "import org.springframework.boot.runApplication\n\n"
            "@SpringBootApplication\nclass AcmeApplication\n\n"
            "fun main(args: Array<String>) {\n    runApplication<AcmeApplication>(*args)\n}\n"
        ),
        "infrastructure/src/main/kotlin/org/acme/web/PingController.kt": (
            "package org.acme.web\n\n"
            "import org.springframework.web.bind.annotation.GetMapping\n"
            "import org.springframework.web.bind.annotation.RestController\n\n"
            '@RestController\nclass PingController {\n    @GetMapping("/ping")\n'
            '    fun ping() = "pong"\n}\n'
        ),
        "dockerfile": "FROM eclipse-temurin:17\nCOPY infrastructure/build/libs/*.jar app.jar\n",
    }
    for n in range(2):
        files[f"infrastructure/src/test/kotlin/org/acme/Context{n}Test.kt"] = _JUNIT.format(
            name=f"Context{n}Test"
        )
        files[f"infrastructure/src/test/kotlin/org/acme/infra/Infra{n}Test.kt"] = _SPEC.format(
            pkg="infra", name=f"Infra{n}Test"
        )
    for n in range(specs):
        files[f"application/src/test/kotlin/org/acme/usecase/Use{n}Test.kt"] = _SPEC.format(
            pkg="usecase", name=f"Use{n}Test"
        )
    return files


def test_the_folded_modules_specifications_make_it_kotest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(20)))
    assert sorted(found) == ["infrastructure"]
    assert first(found["infrastructure"], K.TEST)[0] == "Kotest"


def test_a_few_folded_specifications_leave_junit_leading(tmp_path: Path) -> None:
    # Counter-case: with two specifications folded in, JUnit keeps a quarter of the files
    # (2 of 6) and the count does not decide.
    found = by_folder(write(tmp_path, _tree(2)))
    assert first(found["infrastructure"], K.TEST)[0] == "JUnit"
