"""Kotlin: catalogue versions read in string templates, and SQLDelight (set 195, #19).

A Kotlin Multiplatform daemon keeps its versions in `gradle/libs.versions.toml` and writes its
dependencies as string templates over the catalogue (`"io.ktor:ktor-server-core:${libs.versions
.ktor.get()}"`): the `.get()` of the version's provider is the catalogue's text, so the
framework's version is the catalogue's. Its data layer is SQLDelight (the catalogue's plugin
applied by alias, and its JVM `sqlite-driver`), which generates typed queries from `.sq` files
and names the engine through its driver: SQLite."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CATALOG = (
    '[versions]\nkotlin = "2.3.10"\nktor = "3.4.1"\nsqldelight = "2.2.1"\n\n'
    "[plugins]\n"
    'multiplatform = { id = "org.jetbrains.kotlin.multiplatform", version.ref = "kotlin" }\n'
    'sqldelight = { id = "app.cash.sqldelight", version.ref = "sqldelight" }\n'
)

_BUILD = """plugins {
    alias(libs.plugins.multiplatform)
    alias(libs.plugins.sqldelight)
}

kotlin {
    jvm()
    sourceSets {
        commonMain {
            dependencies {
                implementation("io.ktor:ktor-server-core:${libs.versions.ktor.get()}")
                implementation("io.ktor:ktor-server-cio:${libs.versions.ktor.get()}")
            }
        }
        commonTest {
            dependencies {
                implementation(kotlin("test"))
            }
        }
        jvmMain {
            dependencies {
                implementation("app.cash.sqldelight:sqlite-driver:${libs.versions.sqldelight.get()}")
            }
        }
    }
}
"""

_MAIN = """package acme.daemon

import io.ktor.server.cio.CIO
import io.ktor.server.engine.embeddedServer
import io.ktor.server.routing.get
import io.ktor.server.routing.routing

fun main() {
    embeddedServer(CIO, port = 9740) {
        routing { get("/info") { } }
    }.start(wait = true)
}
"""


def _daemon(build: str = _BUILD) -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "daemon"\n',
        "gradle/libs.versions.toml": _CATALOG,
        "build.gradle.kts": build,
        "src/commonMain/kotlin/acme/daemon/Main.kt": _MAIN,
        "src/commonMain/sqldelight/acme/Payments.sq": "CREATE TABLE payments (id TEXT);\n",
    }


def test_a_template_over_the_catalogue_gives_the_version(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _daemon()))["."]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "3.4.1")


def test_sqldelight_and_its_sqlite_driver(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _daemon()))["."]
    assert first(backend, K.QUERY)[0] == "SQLDelight"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_an_unknown_catalogue_version_stays_unresolved(tmp_path: Path) -> None:
    # Counter-case: a template over a version the catalogue lacks gives no version at all.
    build = _BUILD.replace("libs.versions.ktor.get()", "libs.versions.ktorServer.get()")
    backend = by_folder(write(tmp_path, _daemon(build)))["."]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "")


def test_a_jdbc_driver_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: SQLDelight's JDBC driver runs on whatever JDBC engine: no SQLite named.
    build = _BUILD.replace("sqldelight:sqlite-driver", "sqldelight:jdbc-driver")
    backend = by_folder(write(tmp_path, _daemon(build)))["."]
    assert first(backend, K.QUERY)[0] == "SQLDelight"
    assert first(backend, K.DATABASE) == ("", "")


def test_the_multiplatform_plugin_makes_the_language_kotlin(tmp_path: Path) -> None:
    # The build applies only Kotlin Multiplatform's plugin (by the catalogue's alias): the
    # language is Kotlin, at the plugin's version, not the JVM default of Java.
    backend = by_folder(write(tmp_path, _daemon()))["."]
    assert (backend.language, backend.language_version) == ("Kotlin", "2.3.10")


def test_the_multiplatform_plugin_by_name_gives_its_version(tmp_path: Path) -> None:
    build = _BUILD.replace(
        "alias(libs.plugins.multiplatform)", 'kotlin("multiplatform") version "2.1.0"'
    )
    backend = by_folder(write(tmp_path, _daemon(build)))["."]
    assert (backend.language, backend.language_version) == ("Kotlin", "2.1.0")
