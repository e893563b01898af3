"""Held-out set 356 (#19): a Ktor service whose stores run raw SQL through a JDBC helper its team
publishes outside the tree (`import org.example.database.JdbcOperations`, `tx.list(sql)`), the
build naming the library only through a catalogue published elsewhere: nothing names a data
layer, yet its code is written to JDBC. A handful of stores importing the helper make JDBC the
data layer; one alone is a side path, and Spring's `JdbcTemplate` is not such a helper."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    kotlin("jvm") version "2.2.20"
    id("io.ktor.plugin") version "3.2.3"
}

application {
    mainClass.set("org.example.glasses.ApplicationKt")
}

dependencies {
    implementation("io.ktor:ktor-server-netty")
    implementation(libs.company.database)
}
"""

_APP = """package org.example.glasses

import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty

fun main() {
    embeddedServer(Netty, port = 9090) {}.start(wait = true)
}
"""

_STORE = """package org.example.glasses.%(name)s

import %(helper)s
import org.intellij.lang.annotations.Language

class %(type)sStore(private val tx: JdbcOperations) {
    fun count(): Int {
        @Language("PostgreSQL")
        val sql = "SELECT count(*) FROM %(name)s"
        return tx.single(sql) { it.int(1) }
    }
}
"""


def _tree(stores: int, helper: str = "org.example.database.JdbcOperations") -> dict[str, str]:
    files = {
        "settings.gradle.kts": 'rootProject.name = "glasses"\n',
        "build.gradle.kts": _BUILD,
        "src/main/kotlin/org/example/glasses/Application.kt": _APP,
    }
    for index in range(stores):
        name = f"claim{index}"
        files[f"src/main/kotlin/org/example/glasses/{name}/Claim{index}Store.kt"] = _STORE % {
            "name": name, "type": f"Claim{index}", "helper": helper,
        }
    return files


def test_stores_written_to_a_jdbc_helper(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(6)))["."]
    assert first(backend, K.QUERY)[0] == "JDBC"


def test_one_store_is_a_side_path(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(1)))["."]
    assert first(backend, K.QUERY) == ("", "")


def test_spring_s_jdbc_template_is_no_helper(tmp_path: Path) -> None:
    spring = "org.springframework.jdbc.core.JdbcOperations"
    backend = by_folder(write(tmp_path, _tree(6, spring)))["."]
    assert first(backend, K.QUERY)[0] != "JDBC"
