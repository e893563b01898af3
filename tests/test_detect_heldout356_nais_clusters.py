"""Held-out set 356 (#19): NAIS manifests kept one folder per cluster at the repository's root
(`nais/prod-gcp/nais.yaml`), while the service is a module of the Gradle build (`app/`, beside a
`lib/` other teams publish with). The nearest folder above the service keeping manifests is
read, and its cluster folders: `sqlInstances: - type: POSTGRES_14` names the engine of the
service's kotliquery repositories. A service keeping manifests of its own is read alone."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    kotlin("jvm") version "2.3.20"
    application
}

dependencies {
    implementation("io.ktor:ktor-server-netty:3.4.2")
    implementation("com.github.seratch:kotliquery:1.9.1")
    testImplementation("org.junit.jupiter:junit-jupiter:5.12.2")
}

application {
    mainClass.set("org.example.selector.ApplicationKt")
}
"""

_APP = """package org.example.selector

import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty

fun main() {
    embeddedServer(Netty, port = 8080) {}.start(wait = true)
}
"""

_REPOSITORY = """package org.example.selector.database

import kotliquery.queryOf
import kotliquery.sessionOf
import javax.sql.DataSource

class PersonRepository(private val dataSource: DataSource) {
    fun count(): Int? =
        sessionOf(dataSource).use { session ->
            session.run(queryOf("SELECT count(*) FROM person").map { it.int(1) }.asSingle)
        }
}
"""

_NAIS = """apiVersion: "nais.io/v1alpha1"
kind: "Application"
metadata:
  name: selector
  namespace: team
spec:
  image: {{version}}
  gcp:
    sqlInstances:
      - name: selector
        type: %s
        tier: db-custom-1-3840
"""


def _tree(**extra: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "selector"\ninclude("app")\n',
        "app/build.gradle.kts": _BUILD,
        "app/src/main/kotlin/org/example/selector/Application.kt": _APP,
        "app/src/main/kotlin/org/example/selector/database/PersonRepository.kt": _REPOSITORY,
        "nais/dev-gcp/nais.yaml": _NAIS % "POSTGRES_14",
        "nais/prod-gcp/nais.yaml": _NAIS % "POSTGRES_14",
        **extra,
    }


def test_the_root_s_cluster_manifests_name_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["app"]
    assert first(backend, K.QUERY)[0] == "kotliquery"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_the_service_s_own_manifests_come_first(tmp_path: Path) -> None:
    own = {"app/.nais/nais.yaml": _NAIS % "MYSQL_8_0"}
    backend = by_folder(write(tmp_path, _tree(**own)))["app"]
    assert first(backend, K.DATABASE)[0] == "MySQL"
