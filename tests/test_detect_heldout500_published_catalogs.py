"""Held-out set 500 (#19): a Ktor service whose settings script imports the libraries'
published version catalogues (`create("ktorLibs").from("io.ktor:ktor-version-catalog:
${ktorVersion}")`, `exposedLibs` from Exposed's) and whose build names `ktorLibs.server.core`
and `exposedLibs.core`: Ktor at the catalogue's release, Exposed its data layer. A catalogue
imported from a file (no library's coordinate) is not read as a published one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = """rootProject.name = "sick-leave-api"

val ktorVersion = "3.5.2"
val exposedVersion = "1.4.0"

dependencyResolutionManagement {
    repositories {
        mavenCentral()
    }

    versionCatalogs {
        create("ktorLibs").from("io.ktor:ktor-version-catalog:${ktorVersion}")
        create("exposedLibs").from("org.jetbrains.exposed:exposed-version-catalog:${exposedVersion}")
    }
}
"""
_BUILD = """plugins {
    alias(libs.plugins.kotlin.jvm)
    alias(ktorLibs.plugins.ktor)
}

application {
    mainClass = "io.ktor.server.netty.EngineMain"
}

dependencies {
    implementation(ktorLibs.server.core)
    implementation(ktorLibs.server.callId)
    implementation(ktorLibs.server.netty)
    runtimeOnly(libs.postgresql)
    implementation(exposedLibs.core)
    implementation(exposedLibs.java.time)
    testImplementation(libs.kotlin.test.junit)
}
"""
_TOML = """[versions]
kotlin = "2.4.10"
postgres = "42.7.13"

[libraries]
postgresql = { module = "org.postgresql:postgresql", version.ref = "postgres" }
kotlin-test-junit = { module = "org.jetbrains.kotlin:kotlin-test-junit", version.ref = "kotlin" }

[plugins]
kotlin-jvm = { id = "org.jetbrains.kotlin.jvm", version.ref = "kotlin" }
"""
_APPLICATION = """package acme

fun main(args: Array<String>) {
    io.ktor.server.netty.EngineMain.main(args)
}
"""


def _catalogued(settings: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": settings,
        "build.gradle.kts": _BUILD,
        "gradle/libs.versions.toml": _TOML,
        "src/main/kotlin/acme/Application.kt": _APPLICATION,
        "src/main/resources/application.conf": "ktor {\n  deployment {\n    port = 8080\n  }\n}\n",
    }


def test_published_catalogues_give_ktor_s_release_and_exposed(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _catalogued(_SETTINGS)))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Ktor", "3.5.2")
    assert first(backend, K.ORM) == ("Exposed", "1.4.0")


def test_a_catalogue_of_a_file_elsewhere_is_not_taken_for_a_published_one(
    tmp_path: Path,
) -> None:
    # Counter-case: `from(files(…))` names a TOML file the tree lacks, no library's coordinate.
    settings = _SETTINGS.replace(
        '.from("io.ktor:ktor-version-catalog:${ktorVersion}")',
        ' { from(files("../shared/ktor.versions.toml")) }',
    )
    backend = by_folder(write(tmp_path, _catalogued(settings)))["."]
    assert first(backend, K.FRAMEWORK)[1] != "3.5.2"
