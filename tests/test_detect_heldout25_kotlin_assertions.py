"""kotlin.test used for its assertions in tests written to JUnit (#19, set 67): where more test
files take `@Test` from JUnit (`import org.junit.Test`) than from kotlin.test, the tests are
JUnit's; where kotlin.test's own `@Test` is as common, they stay kotlin.test's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    kotlin("jvm") version "2.2.0"
    id("io.ktor.plugin") version "2.3.13"
}

dependencies {
    implementation("io.ktor:ktor-server-core-jvm:2.3.13")
    implementation("io.ktor:ktor-server-netty-jvm:2.3.13")
    testImplementation("org.jetbrains.kotlin:kotlin-test-junit:2.2.0")
}
"""
_APP = (
    "package app\n\nimport io.ktor.server.engine.embeddedServer\n"
    "import io.ktor.server.netty.Netty\n\n"
    "fun main() { embeddedServer(Netty, port = 8080) {}.start(wait = true) }\n"
)
_JUNIT = (
    "package app\n\nimport org.junit.BeforeClass\nimport org.junit.Test\n"
    "import kotlin.test.assertEquals\n\nclass {name}Test {\n    @Test\n"
    "    fun works() { assertEquals(1, 1) }\n}\n"
)
_KOTLIN = (
    "package app\n\nimport kotlin.test.Test\nimport kotlin.test.assertEquals\n\n"
    "class {name}Test {\n    @Test\n    fun works() { assertEquals(1, 1) }\n}\n"
)


def _test_tool(root: Path, junit: int, kotlin: int) -> str:
    files = {
        "auth-service/build.gradle.kts": _BUILD,
        "auth-service/src/main/kotlin/app/Application.kt": _APP,
    }
    for index in range(junit):
        name = f"J{index}"
        files[f"auth-service/src/test/kotlin/app/{name}Test.kt"] = _JUNIT.replace("{name}", name)
    for index in range(kotlin):
        name = f"K{index}"
        files[f"auth-service/src/test/kotlin/app/{name}Test.kt"] = _KOTLIN.replace("{name}", name)
    return first(by_folder(write(root, files))["auth-service"], K.TEST)[0]


def test_kotlin_test_assertions_in_junit_tests_are_junit(tmp_path: Path) -> None:
    assert _test_tool(tmp_path, junit=3, kotlin=1) == "JUnit"


def test_kotlin_tests_own_annotation_keeps_it(tmp_path: Path) -> None:
    assert _test_tool(tmp_path, junit=1, kotlin=2) == "kotlin.test"
