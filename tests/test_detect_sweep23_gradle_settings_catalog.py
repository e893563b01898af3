"""A Gradle version catalogue declared in code in settings.gradle.kts (#19, development sweep of
set 46): `versionCatalogs { create("libs") { library(…); bundle(…) } }` names what
`libs.bundles.database` and `libs.flyway.postgres` stand for, as gradle/libs.versions.toml
would (NAV's spleis declares its database bundle so)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = """rootProject.name = "spleis"
include("api")

val tbdLibsVersion = "20260626.0942"

dependencyResolutionManagement {
    versionCatalogs {
        create("libs") {
            version("postgres", "42.7.7")
            version("hikari", "6.3.0")
            version("flyway", "11.5.0")

            library("postgresql", "org.postgresql", "postgresql").versionRef("postgres")
            library("hikari", "com.zaxxer", "HikariCP").versionRef("hikari")
            library("tbd-sql", "com.github.navikt.tbd-libs", "sql-dsl").version(tbdLibsVersion)
            library("flyway-postgres", "org.flywaydb", "flyway-core").versionRef("flyway")

            bundle("database", listOf("postgresql", "hikari", "tbd-sql"))
        }
    }
}
"""

_BUILD = """val ktorVersion = "3.2.3"

plugins {
    application
}

dependencies {
    implementation("io.ktor:ktor-server-core:$ktorVersion")
    implementation("io.ktor:ktor-server-netty:$ktorVersion")
    implementation(libs.bundles.database)
    implementation(libs.flyway.postgres)
    testImplementation("org.junit.jupiter:junit-jupiter:5.12.0")
}
"""

_MAIN = (
    "package no.nav.app\n\nimport io.ktor.server.engine.embeddedServer\n"
    "import io.ktor.server.netty.Netty\n\nfun main() {\n"
    "    embeddedServer(Netty, port = 8080) {}.start(wait = true)\n}\n"
)


def _files(settings: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": settings,
        "api/build.gradle.kts": _BUILD,
        "api/src/main/kotlin/no/nav/app/App.kt": _MAIN,
    }


def test_a_bundle_declared_in_the_settings_script_names_its_libraries(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(_SETTINGS)))["api"]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "3.2.3")
    assert first(backend, K.QUERY)[0] == "JDBC"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.MIGRATIONS) == ("Flyway", "11.5.0")


def test_a_catalogue_of_another_name_is_not_read_as_libs(tmp_path: Path) -> None:
    settings = _SETTINGS.replace('create("libs")', 'create("tools")')
    backend = by_folder(write(tmp_path, _files(settings)))["api"]
    assert first(backend, K.MIGRATIONS)[1] != "11.5.0"
