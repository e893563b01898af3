"""Held-out set 91 (#19): a Ktor service tested with kotlin.test's `@Test` (plain
`org.jetbrains.kotlin:kotlin-test`, Kotest only for assertions) whose Gradle test task names
JUnit 4 as its runner (`withType<Test> { useJUnit { excludeCategories(…) } }`), some test
files using org.junit's `@BeforeClass` and categories beside.

The Kotlin Gradle plugin binds kotlin.test to the runner the test task names: the tests run on
JUnit, the main test framework (as set 67 ruled for kotlin-test-junit). The same build with no
runner named keeps kotlin.test, and so does one declaring Kotest's runner beside.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    kotlin("jvm") version "2.2.0"
    application
}

dependencies {
    implementation("io.ktor:ktor-server-core:3.2.0")
    implementation("io.ktor:ktor-server-netty:3.2.0")
    testImplementation("org.jetbrains.kotlin:kotlin-test")
    testImplementation("io.kotest:kotest-assertions-core:6.0.0")
%s}

application {
    mainClass.set("app.AppKt")
}

tasks {
    withType<Test> {
%s    }
}
"""

_RUNNER = """        useJUnit {
            excludeCategories("app.CommandLineOnlyTest")
        }
"""

_APP = """package app

import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty

fun main() {
    embeddedServer(Netty, port = 8080) {}.start(wait = true)
}
"""

_KOTLIN = """package app

import io.kotest.matchers.shouldBe
import kotlin.test.Test

class {name}Test {
    @Test
    fun works() {
        1 shouldBe 1
    }
}
"""

_LIFECYCLE = """package app

import org.junit.AfterClass
import org.junit.BeforeClass
import kotlin.test.Test

class {name}Test {
    companion object {
        @BeforeClass
        @JvmStatic
        fun start() {}

        @AfterClass
        @JvmStatic
        fun stop() {}
    }

    @Test
    fun works() {}
}
"""


def _test_tool(root: Path, runner: str = _RUNNER, extra: str = "") -> str:
    files = {
        "build.gradle.kts": _BUILD % (extra, runner),
        "settings.gradle.kts": 'rootProject.name = "app"\n',
        "src/main/kotlin/app/App.kt": _APP,
        "src/test/kotlin/app/LifecycleTest.kt": _LIFECYCLE.replace("{name}", "Lifecycle"),
    }
    for name in ("Api", "Repository", "Service"):
        files[f"src/test/kotlin/app/{name}Test.kt"] = _KOTLIN.replace("{name}", name)
    return first(by_folder(write(root, files))["."], K.TEST)[0]


def test_kotlin_test_on_the_junit_runner_is_junit(tmp_path: Path) -> None:
    assert _test_tool(tmp_path) == "JUnit"


def test_the_junit_platform_runner_is_junit(tmp_path: Path) -> None:
    assert _test_tool(tmp_path, runner="        useJUnitPlatform()\n") == "JUnit"


def test_with_no_runner_named_kotlin_test_stays(tmp_path: Path) -> None:
    assert _test_tool(tmp_path, runner="        // useJUnitPlatform()\n") == "kotlin.test"


def test_with_kotest_declared_the_rule_stands_aside(tmp_path: Path) -> None:
    # The platform runs Kotest's specifications: the counts decide, as before.
    kotest = '    testImplementation("io.kotest:kotest-runner-junit5:6.0.0")\n'
    tool = _test_tool(tmp_path, runner="        useJUnitPlatform()\n", extra=kotest)
    assert tool == "kotlin.test"
