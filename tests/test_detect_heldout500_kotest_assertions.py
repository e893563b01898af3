"""Held-out set 500 (#19): a Ktor service whose JUnit 5 classes (`@Test` from
`org.junit.jupiter.api`) assert with Kotest's matchers (`shouldBe`), `kotest-runner-junit5`
declared but no spec written: the tests are JUnit's. Kotest specs (`FunSpec`) still count as
Kotest.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_KTOR_GRADLE = """plugins {
    kotlin("jvm") version "2.1.0"
    id("io.ktor.plugin") version "3.1.0"
}

application {
    mainClass.set("acme.ApplicationKt")
}

dependencies {
    implementation("io.ktor:ktor-server-core:3.1.0")
    implementation("io.ktor:ktor-server-netty:3.1.0")
    testImplementation("io.kotest:kotest-assertions-core:6.0.7")
    testImplementation("io.kotest:kotest-runner-junit5:6.0.7")
    testImplementation("org.junit.jupiter:junit-jupiter-params:5.11.0")
    testRuntimeOnly("org.junit.jupiter:junit-jupiter-engine:5.11.0")
}

tasks.test {
    useJUnitPlatform()
}
"""
_KTOR_MAIN = (
    "package acme\n\nimport io.ktor.server.engine.embeddedServer\n"
    "import io.ktor.server.netty.Netty\n\n"
    "fun main() {\n    embeddedServer(Netty, port = 8080) {}.start(wait = true)\n}\n"
)


def _junit_class(name: str) -> str:
    return (
        f"package acme\n\nimport io.kotest.matchers.shouldBe\n"
        f"import org.junit.jupiter.api.Test\n\n"
        f"class {name}Test {{\n    @Test\n    fun works() {{\n        1 shouldBe 1\n    }}\n}}\n"
    )


def _spec(name: str) -> str:
    return (
        f"package acme\n\nimport io.kotest.core.spec.style.FunSpec\n"
        f"import io.kotest.matchers.shouldBe\n\n"
        f'class {name}Spec : FunSpec({{\n    test("works") {{ 1 shouldBe 1 }}\n}})\n'
    )


def _ktor_tests(tests: dict[str, str]) -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "reports"\n',
        "build.gradle.kts": _KTOR_GRADLE,
        "src/main/kotlin/acme/Application.kt": _KTOR_MAIN,
        **{f"src/test/kotlin/acme/{name}": text for name, text in tests.items()},
    }


def test_junit_classes_asserting_with_kotest_are_junit_tests(tmp_path: Path) -> None:
    tests = {f"{n}Test.kt": _junit_class(n) for n in ("Env", "Api", "Repository", "Mapper")}
    backend = by_folder(write(tmp_path, _ktor_tests(tests)))["."]
    assert first(backend, K.TEST)[0] == "JUnit"


def test_kotest_specs_stay_kotest(tmp_path: Path) -> None:
    # Counter-case: the same build, its tests written as Kotest specs.
    tests = {f"{n}Spec.kt": _spec(n) for n in ("Env", "Api", "Repository", "Mapper")}
    tests["ContextTest.kt"] = _junit_class("Context")
    backend = by_folder(write(tmp_path, _ktor_tests(tests)))["."]
    assert first(backend, K.TEST)[0] == "Kotest"
