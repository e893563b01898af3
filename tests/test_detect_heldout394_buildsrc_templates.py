"""Held-out set 394 (#19): a Gradle Kotlin build whose `buildSrc/` builds each coordinate from a
version beside it (`object Ktor { const val version = "1.6.0"; const val server =
"io.ktor:ktor-server:$version" }`), which the application module reads by name
(`implementation(Ktor.serverNetty)`). Kotlin folds such a template of constants into a
constant: the framework's version is the one it makes. A template naming another object's
constant (`${Versions.KTOR}`, in another file) folds the same way; one reading a function's
parameter names no version."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.gradle_buildsrc_consts import constants
from designer.model.stack import FindingKind as K

_CONSTANTS = """object Database {
    const val Postgres = "org.postgresql:postgresql:42.2.22"
}

object Ktor {
    const val version = "1.6.0"
    const val server = "io.ktor:ktor-server:$version"
    const val serverNetty = "io.ktor:ktor-server-netty:$version"
    const val ktorTest = "io.ktor:ktor-server-test-host:$version"
    fun library(name: String) = "io.ktor:ktor-$name:$version"
}

object Junit5 {
    const val version = "5.7.2"
    const val api = "org.junit.jupiter:junit-jupiter-api:$version"
    const val engine = "org.junit.jupiter:junit-jupiter-engine:$version"
}
"""

_APP = """plugins {
    application
}

application {
    mainClassName = "org.example.ApplicationKt"
}

dependencies {
    implementation(Ktor.server)
    implementation(Ktor.serverNetty)
    implementation(Database.Postgres)

    testImplementation(Ktor.ktorTest)
    testImplementation(Junit5.api)
    testRuntimeOnly(Junit5.engine)
}
"""

_MAIN = """package org.example

import io.ktor.application.call
import io.ktor.response.respondText
import io.ktor.routing.get
import io.ktor.routing.routing
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty

fun main() {
    embeddedServer(Netty, port = 8080) {
        routing {
            get("/v1/inntekt") { call.respondText("ok") }
        }
    }.start(wait = true)
}
"""

_TEST = """package org.example

import org.junit.jupiter.api.Test

class ApplicationTest {
    @Test
    fun `answers`() {}
}
"""


def test_a_coordinate_built_from_a_version_beside_it_gives_the_version(tmp_path: Path) -> None:
    files = {
        "settings.gradle.kts": 'rootProject.name = "income"\ninclude("income-api")\n',
        "build.gradle.kts": 'plugins {\n    kotlin("jvm") version "1.5.10"\n}\n',
        "buildSrc/build.gradle.kts": "plugins {\n    `kotlin-dsl`\n}\n",
        "buildSrc/src/main/kotlin/Constants.kt": _CONSTANTS,
        "income-api/build.gradle.kts": _APP,
        "income-api/src/main/kotlin/org/example/Application.kt": _MAIN,
        "income-api/src/test/kotlin/org/example/ApplicationTest.kt": _TEST,
    }
    api = by_folder(write(tmp_path, files))["income-api"]
    assert first(api, K.FRAMEWORK) == ("Ktor", "1.6.0")
    assert first(api, K.TEST)[0] == "JUnit"


def test_templates_fold_across_objects_and_files_and_nothing_else() -> None:
    texts = {
        "buildSrc/src/main/kotlin/Versions.kt": 'object Versions {\n'
        '    const val KTOR = "2.3.4"\n}\n',
        "buildSrc/src/main/kotlin/Libs.kt": 'object Libs {\n'
        '    const val ktorCore = "io.ktor:ktor-server-core:${Versions.KTOR}"\n'
        '    const val unknown = "io.ktor:ktor-client:${Versions.CLIENT}"\n'
        '    const val plain = "io.ktor:ktor-auth:2.3.4"\n}\n',
    }
    found = constants({"buildSrc": list(texts)}, texts.get)["."]
    assert found["Libs.ktorCore"] == "io.ktor:ktor-server-core:2.3.4"
    assert found["Libs.plain"] == "io.ktor:ktor-auth:2.3.4"
    assert "Libs.unknown" not in found
