"""A Ktor service of a Gradle build lent a JDBC driver by utility modules none of whose code
opens a database, from set 406's shape (#19): nothing on its path writes to a data layer, so
the driver names no engine of its."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

SETTINGS = 'rootProject.name = "shop"\ninclude("common", "api", "store")\n'
COMMON = (
    'plugins {\n    kotlin("jvm")\n    `java-library`\n}\n\ndependencies {\n'
    '    implementation("org.flywaydb:flyway-core:9.16.3")\n'
    '    runtimeOnly("org.postgresql:postgresql:42.7.3")\n}\n'
)
KTOR_APP = (
    'plugins {\n    kotlin("jvm") version "2.1.0"\n    application\n'
    '    id("io.ktor.plugin") version "3.0.3"\n}\n\ndependencies {\n'
    '    implementation(project(":common"))\n{extra}'
    '    implementation("io.ktor:ktor-server-core:3.0.3")\n'
    '    implementation("io.ktor:ktor-server-netty:3.0.3")\n'
    '    testImplementation("org.junit.jupiter:junit-jupiter-api:5.9.2")\n}\n\n'
    'application {\n    mainClass.set("shop.AppKt")\n}\n'
)
APP = (
    "package shop\n\nimport io.ktor.server.engine.embeddedServer\n"
    "import io.ktor.server.netty.Netty\nimport io.ktor.server.routing.*\n"
    "import io.ktor.server.response.respondText\n\n"
    'fun main() {\n    embeddedServer(Netty, port = 8080) {\n        routing {\n'
    '            post("/payload") { call.respondText("ok") }\n        }\n'
    "    }.start(wait = true)\n}\n"
)
UTIL = "package shop.util\n\nfun trimmed(text: String): String = text.trim()\n"
DAO = (
    "package shop.util\n\nimport javax.sql.DataSource\n\n"
    "class Orders(private val ds: DataSource) {\n"
    '    fun count(): Int = ds.connection.use { it.prepareStatement("select 1").executeQuery()'
    ".let { 1 } }\n}\n"
)


def _ktor(tmp_path: Path, util: str) -> object:
    files = {
        "settings.gradle.kts": SETTINGS,
        "common/build.gradle.kts": COMMON,
        "common/src/main/kotlin/shop/util/Util.kt": util,
        "api/build.gradle.kts": KTOR_APP.replace("{extra}", ""),
        "api/src/main/kotlin/shop/App.kt": APP,
    }
    return by_folder(write(tmp_path, files))["api"]


def test_driver_lent_by_modules_writing_no_data_is_no_engine(tmp_path: Path) -> None:
    api = _ktor(tmp_path, UTIL)
    assert first(api, K.FRAMEWORK)[0] == "Ktor"
    assert first(api, K.DATABASE) == ("", "")


def test_driver_lent_by_a_module_opening_a_database_stays(tmp_path: Path) -> None:
    api = _ktor(tmp_path, DAO)
    assert first(api, K.DATABASE)[0] == "PostgreSQL"
