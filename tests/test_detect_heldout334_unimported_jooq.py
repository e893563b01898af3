"""Held-out set 334 (#19): a Ktor service that declares jOOQ and runs its SQL through JDBC.

The Gradle build declares jOOQ beside HikariCP, Flyway and the PostgreSQL driver; no main
source imports `org.jooq`, and the repositories take connections from the pool and prepare
their statements themselves. The data layer is JDBC, not the library nothing uses.
Counter-case: a repository written to jOOQ's DSL keeps jOOQ.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    kotlin("jvm") version "2.2.0"
    id("io.ktor.plugin") version "3.2.3"
}

val ktor_version: String by project
val jooq_version = "3.20.6"

application {
    mainClass.set("io.ktor.server.netty.EngineMain")
}

dependencies {
    implementation("io.ktor:ktor-server-core-jvm")
    implementation("io.ktor:ktor-server-netty-jvm")
    implementation("org.jooq:jooq:$jooq_version")
    implementation("com.zaxxer:HikariCP:6.3.0")
    implementation("org.flywaydb:flyway-core:11.11.0")
    implementation("org.postgresql:postgresql:42.7.7")
    testImplementation(kotlin("test"))
}
"""

_DATABASE = """package org.example.configuration

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import java.sql.Connection

object JDBCDatabase {
    private val dataSource = HikariDataSource(HikariConfig())

    fun getConnection(): Connection = dataSource.connection
}
"""

_JDBC_REPOSITORY = """package org.example.database

import org.example.configuration.JDBCDatabase
import java.sql.ResultSet

class CommentRepository {
    fun count(): Int {
        JDBCDatabase.getConnection().use { conn ->
            val statement = conn.prepareStatement("SELECT count(*) FROM comments")
            val rows: ResultSet = statement.executeQuery()
            rows.next()
            return rows.getInt(1)
        }
    }
}
"""

_JOOQ_REPOSITORY = """package org.example.database

import org.example.configuration.JDBCDatabase
import org.jooq.SQLDialect
import org.jooq.impl.DSL

class CommentRepository {
    fun count(): Int =
        DSL.using(JDBCDatabase.getConnection(), SQLDialect.POSTGRES)
            .fetchCount(DSL.table("comments"))
}
"""


def _tree(repository: str) -> dict[str, str]:
    return {
        "backend/build.gradle.kts": _BUILD,
        "backend/src/main/kotlin/org/example/configuration/JDBCDatabase.kt": _DATABASE,
        "backend/src/main/kotlin/org/example/database/CommentRepository.kt": repository,
    }


def test_jooq_no_source_imports_beside_prepared_statements_is_jdbc(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_JDBC_REPOSITORY)))["backend"]
    assert first(backend, K.FRAMEWORK)[0] == "Ktor"
    assert first(backend, K.QUERY)[0] == "JDBC"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_jooq_a_repository_is_written_to_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_JOOQ_REPOSITORY)))["backend"]
    assert first(backend, K.QUERY)[0] == "jOOQ"
