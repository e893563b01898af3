"""JVM: the engine a program's own settings pick by default (sets 242 and 245, #19).

Two shapes of the program's explicit default, each above the drivers it carries for every
engine it supports and the Compose file running one of their servers:

- Spring's base `application.yml` choosing the datasource from the environment with the engine
  as the placeholder's default (`datasource:` / `vendor: ${DATASOURCE_VENDOR:H2}`), beside an
  `h2:`, a `postgres:` and a `sqlserver:` section holding each engine's URL;
- a Kotlin or Java settings class whose engine property is typed by an enum of the supported
  engines and defaults to one member (`val type: DatabaseType = DatabaseType.SQLITE`).

Counter-cases: a placeholder with no default leaves the servers' evidence to decide, and a
member of an enum not named for the engine setting is no default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GRADLE = (
    "plugins {\n    id 'java'\n    id 'org.springframework.boot' version '3.5.3'\n}\n\n"
    "dependencies {\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
    "    implementation 'com.h2database:h2:2.3.232'\n"
    "    implementation 'org.postgresql:postgresql:42.7.11'\n"
    "    implementation 'com.microsoft.sqlserver:mssql-jdbc:13.2.1.jre11'\n}\n"
)

_APP = (
    "package com.acme.deploy;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class DeployApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(DeployApplication.class, args);\n    }\n}\n"
)


def _yaml(vendor: str) -> str:
    return (
        "spring:\n  jpa:\n    hibernate:\n      ddl-auto: validate\n"
        "  flyway:\n    locations: classpath:db/migration/${datasource.vendor}/\n\n"
        f"datasource:\n  vendor: {vendor}\n  auth:\n    type: ${{DATASOURCE_AUTH_TYPE:basic}}\n\n"
        "h2:\n  datasource:\n    url: jdbc:h2:file:${H2_FILE:./deploy};CIPHER=AES\n"
        "    driver-class-name: org.h2.Driver\n\n"
        "postgres:\n  datasource:\n"
        "    url: jdbc:postgresql://${POSTGRES_HOST:localhost}:5432/${POSTGRES_DATABASE:app}\n"
        "    driver-class-name: org.postgresql.Driver\n\n"
        "sqlserver:\n  datasource:\n"
        "    url: jdbc:sqlserver://${MSSQL_HOST:localhost}:1433;database=app\n"
    )


_COMPOSE = (
    "services:\n  postgres:\n    image: postgres:17.4\n"
    "  mssql:\n    image: mcr.microsoft.com/mssql/server:2022-CU18-ubuntu-22.04\n"
)


def _spring(vendor: str) -> dict[str, str]:
    return {
        "build.gradle": _GRADLE,
        "src/main/java/com/acme/deploy/DeployApplication.java": _APP,
        "src/main/resources/application.yml": _yaml(vendor),
        "local_env/docker-compose.yml": _COMPOSE,
    }


def test_a_placeholders_default_vendor_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _spring("${DATASOURCE_VENDOR:H2}")))
    assert first(found["."], K.DATABASE)[0] == "H2"


def test_a_placeholder_with_no_default_picks_no_engine(tmp_path: Path) -> None:
    # Counter-case: the vendor comes from the environment alone; the servers decide.
    found = by_folder(write(tmp_path, _spring("${DATASOURCE_VENDOR}")))
    assert first(found["."], K.DATABASE)[0] != "H2"


_KTS = (
    'plugins {\n    kotlin("jvm") version "2.2.0"\n    application\n}\n\n'
    'application {\n    mainClass.set("books.server.ApplicationKt")\n}\n\n'
    "dependencies {\n"
    '    implementation("io.ktor:ktor-server-core:3.5.1")\n'
    '    implementation("io.ktor:ktor-server-netty:3.5.1")\n'
    '    implementation("org.jetbrains.exposed:exposed-jdbc:1.3.1")\n'
    '    implementation("org.postgresql:postgresql:42.7.8")\n'
    '    implementation("org.xerial:sqlite-jdbc:3.50.3.0")\n}\n'
)

_KTOR_MAIN = (
    "package books.server\n\nimport io.ktor.server.engine.embeddedServer\n"
    "import io.ktor.server.netty.Netty\nimport io.ktor.server.routing.*\n\nfun main() {\n"
    "    embeddedServer(Netty, port = 8080) {\n        routing {\n"
    '            get("/api/books") { }\n        }\n    }.start(wait = true)\n}\n'
)


def _config(type_name: str, default: str) -> str:
    return (
        "package books.server.config\n\n"
        f"enum class {type_name} {{\n    SQLITE,\n    POSTGRES,\n}}\n\n"
        "data class DatabaseConfig(\n"
        f"    val type: {type_name} = {default},\n"
        '    val host: String = "localhost",\n    val port: Int = 5432,\n)\n'
    )


def _ktor(config: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "books"\n\ninclude("server")\n',
        "server/build.gradle.kts": _KTS,
        "server/src/main/kotlin/books/server/Application.kt": _KTOR_MAIN,
        "server/src/main/kotlin/books/server/config/AppConfig.kt": config,
    }


def test_a_settings_class_enum_default_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _ktor(_config("DatabaseType", "DatabaseType.SQLITE"))))
    assert first(found["server"], K.DATABASE)[0] == "SQLite"


def test_a_java_field_enum_default_is_the_engine(tmp_path: Path) -> None:
    files = _ktor(_config("DatabaseType", "DatabaseType.POSTGRES"))
    files["server/src/main/kotlin/books/server/config/AppConfig.kt"] = (
        "package books.server.config\n\nenum class StoreMode { FILE, MEMORY }\n"
    )
    files["server/src/main/java/books/server/config/StoreSettings.java"] = (
        "package books.server.config;\n\npublic class StoreSettings {\n"
        "    private DbType type = DbType.SQLITE;\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.DATABASE)[0] == "SQLite"


def test_another_enums_member_is_no_default(tmp_path: Path) -> None:
    # Counter-case: an enum not named for the engine setting (a cover-art source) whose
    # member happens to share an engine's name is not the database's default.
    config = (
        "package books.server.config\n\nenum class CoverSource { SQLITE, WEB }\n\n"
        "data class CoverConfig(\n    val source: CoverSource = CoverSource.SQLITE,\n)\n"
    )
    found = by_folder(write(tmp_path, _ktor(config)))
    assert first(found["server"], K.DATABASE)[0] == "PostgreSQL"


def test_another_stores_engine_enum_is_no_default(tmp_path: Path) -> None:
    # Counter-case: the engines a checker runs submissions against (`RunnerDbType`) are not
    # the program's own store's.
    config = (
        "package books.server.config\n\nenum class RunnerDbType { SQLITE, POSTGRES }\n\n"
        "data class RunnerConfig(\n    val dbType: RunnerDbType = RunnerDbType.SQLITE,\n)\n"
    )
    found = by_folder(write(tmp_path, _ktor(config)))
    assert first(found["server"], K.DATABASE)[0] == "PostgreSQL"
