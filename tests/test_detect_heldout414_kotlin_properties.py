"""Held-out set 414 (#19): a Kotlin multiplatform Ktor build read through `property(…)` calls.

The shape: a `kotlin("multiplatform")` build whose jvmMain dependencies take every version
from gradle.properties by call in a string template
(`"io.ktor:ktor-server-netty:${property("ktorVersion")}"`, `ktorVersion=2.3.3`), its JVM code
in `src/jvmMain/kotlin`. The call's quotes are not the coordinate's end: the version is the
property's, as `${ktorVersion}` would be. The build also declares KMongo
(`kmongo-coroutine-serialization`) that no source imports: the server keeps no data, so the
toolkit names neither a data layer nor an engine. A source importing `org.litote.kmongo`
keeps both.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    kotlin("multiplatform") version "1.9.10"
    application
}

kotlin {
    jvm {
        withJava()
    }
    sourceSets {
        val jvmMain by getting {
            dependencies {
                implementation("io.ktor:ktor-server-netty:${property("ktorVersion")}")
                implementation("io.ktor:ktor-server-core:${property("ktorVersion")}")
                implementation("org.litote.kmongo:kmongo-coroutine-serialization:${property("kmongoVersion")}")
            }
        }
        val jvmTest by getting {
            dependencies {
                implementation("org.junit.jupiter:junit-jupiter:${property("junitVersion")}")
            }
        }
    }
}

application {
    mainClass.set("ServerKt")
}
"""

_PROPERTIES = """kotlin.code.style=official
junitVersion=5.9.3
ktorVersion=2.3.3
kmongoVersion=4.5.0
"""

_SERVER = """import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun main() {
    embeddedServer(Netty, port = 8080) {
        routing {
            get("/") { call.respondText("ok") }
        }
    }.start(wait = true)
}
"""

_STORE = """import org.litote.kmongo.coroutine.CoroutineDatabase

class Reports(private val db: CoroutineDatabase)
"""


def _tree(store: bool = False) -> dict[str, str]:
    files = {
        "build.gradle.kts": _BUILD,
        "settings.gradle.kts": 'rootProject.name = "validator"\n',
        "gradle.properties": _PROPERTIES,
        "src/jvmMain/kotlin/Server.kt": _SERVER,
        "src/jvmTest/kotlin/ServerTest.kt": (
            "import org.junit.jupiter.api.Test\n\nclass ServerTest {\n    @Test\n"
            "    fun starts() {}\n}\n"
        ),
    }
    if store:
        files["src/jvmMain/kotlin/Reports.kt"] = _STORE
    return files


def test_a_property_call_gives_the_frameworks_version(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "2.3.3")


def test_a_toolkit_no_source_imports_names_no_store(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.DATABASE) == ("", "")


def test_an_imported_toolkit_keeps_its_store(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(store=True)))["."]
    assert first(backend, K.ORM) == ("KMongo", "4.5.0")
    assert first(backend, K.DATABASE)[0] == "MongoDB"
