"""Held-out set 333 (#19): a Ktor service whose libraries come from a version catalogue
published outside the tree (`libs.bundles.postgres`), so its build names neither kotliquery nor
a driver. Its repositories import kotliquery (`sessionOf`, `queryOf`): the data layer. Its NAIS
Application manifest, kept in the hidden `.nais/` folder, provisions a Cloud SQL instance
(`sqlInstances: - type: POSTGRES_15`): the engine. A manifest naming no SQL instance, or an engine
the build already names, leaves the engine as it was."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = """rootProject.name = "service"

dependencyResolutionManagement {
    versionCatalogs {
        create("libs") {
            from("org.example:version-catalog:20260101.1")
        }
    }
}
"""

_BUILD = """plugins {
    alias(libs.plugins.kotlin)
    id("io.ktor.plugin") version "3.5.2"
}

application {
    mainClass.set("org.example.service.ApplicationKt")
}

dependencies {
    implementation(libs.bundles.ktor.server)
    implementation(libs.bundles.postgres)
%s    testImplementation("org.junit.jupiter:junit-jupiter-api:6.1.3")
}
"""

_APP = """package org.example.service

import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty

fun main() {
    embeddedServer(Netty, port = 8080) {}.start(wait = true)
}
"""

_REPOSITORY = """package org.example.service.repository

import kotliquery.queryOf
import kotliquery.sessionOf
import javax.sql.DataSource

class ReportRepositoryPostgres(private val dataSource: DataSource) {
    fun count(): Int? =
        sessionOf(dataSource).use { session ->
            session.run(queryOf("SELECT count(*) FROM report").map { it.int(1) }.asSingle)
        }
}
"""

_TEST = """package org.example.service

import org.junit.jupiter.api.Test

class ApplicationTest {
    @Test
    fun starts() {}
}
"""

_NAIS = """apiVersion: nais.io/v1alpha1
kind: Application
metadata:
  name: service
  namespace: team
spec:
  image: "{{ image }}"
  gcp:
%s"""

_SQL = """    sqlInstances:
      - name: service
        type: POSTGRES_15
        highAvailability: true
"""


def _tree(nais: str = _SQL, build: str = "") -> dict[str, str]:
    return {
        "settings.gradle.kts": _SETTINGS,
        "build.gradle.kts": _BUILD % build,
        "src/main/kotlin/org/example/service/Application.kt": _APP,
        "src/main/kotlin/org/example/service/repository/ReportRepositoryPostgres.kt": _REPOSITORY,
        "src/test/kotlin/org/example/service/ApplicationTest.kt": _TEST,
        "src/main/resources/db/migration/V1__report.sql": "CREATE TABLE report (id BIGINT);\n",
        ".nais/nais.yaml": _NAIS % nais,
    }


def test_imported_kotliquery_and_the_manifest_instance(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.QUERY)[0] == "kotliquery"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_manifest_without_sql_instances_names_no_engine(tmp_path: Path) -> None:
    bucket = "    buckets:\n      - name: files\n"
    backend = by_folder(write(tmp_path, _tree(nais=bucket)))["."]
    assert first(backend, K.QUERY)[0] == "kotliquery"
    assert first(backend, K.DATABASE) == ("", "")


def test_the_build_s_engine_stays(tmp_path: Path) -> None:
    driver = '    implementation("com.mysql:mysql-connector-j:9.1.0")\n'
    backend = by_folder(write(tmp_path, _tree(build=driver)))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
