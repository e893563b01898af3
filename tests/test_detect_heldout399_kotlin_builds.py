"""Kotlin server builds split into modules (sets 399 and 402, #19).

- A settings script declaring several catalogues (`create("libsServer") { from(files(…)) }`
  then `create("libsCommon") { … }`): the build files' accessors of every one are read, not
  only the first's (the framework's release in the second).
- Gradle's type-safe project accessors (`implementation(projects.mongo)`): the module
  `:mongo`, whose data layer (KMongo) the server takes; a module the server's tests use
  (`testImplementation(projects.db.testing)`) lends them its test framework.
- refreshVersions' `version.ktor=2.3.0` (the `_` placeholders' release) outranks one module a
  build file pins lower, as Gradle resolves the highest.
- Ktorm under its first group (`me.liuwj.ktorm:ktorm-core`).
- A Maven plugin versioned by a property only an outside parent POM defines
  (`${springboot.version}`) names no release.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_KTOR_MAIN = (
    "package acme\n\nimport io.ktor.server.engine.embeddedServer\n"
    "import io.ktor.server.netty.Netty\n\n"
    "fun main() {\n    embeddedServer(Netty, port = 8080) {}.start(wait = true)\n}\n"
)


def _catalogues(settings_order: tuple[str, str]) -> dict[str, str]:
    blocks = "".join(
        f'        create("{name}") {{\n            from(files("gradle/{name}.versions.toml"))\n'
        "        }\n"
        for name in settings_order
    )
    return {
        "settings.gradle.kts": (
            'rootProject.name = "acme"\n\ninclude(":server:app")\n\n'
            "dependencyResolutionManagement {\n    versionCatalogs {\n" + blocks + "    }\n}\n"
        ),
        "gradle/libsServer.versions.toml": (
            '[versions]\njooq = "3.21.1"\n\n[libraries]\n'
            'jooq = { module = "org.jooq:jooq", version.ref = "jooq" }\n'
        ),
        "gradle/libsCommon.versions.toml": (
            '[versions]\nktorio = "3.4.2"\n\n[libraries]\n'
            'ktor-server-core = { module = "io.ktor:ktor-server-core", version.ref = "ktorio" }\n'
            'ktor-server-netty = { module = "io.ktor:ktor-server-netty", version.ref = "ktorio" }\n'
        ),
        "server/app/build.gradle.kts": (
            'plugins {\n    kotlin("jvm")\n    application\n}\n\n'
            'application {\n    mainClass.set("acme.ApplicationKt")\n}\n\n'
            "dependencies {\n    implementation(libsCommon.ktor.server.core)\n"
            "    implementation(libsCommon.ktor.server.netty)\n"
            "    implementation(libsServer.jooq)\n}\n"
        ),
        "server/app/src/main/kotlin/Application.kt": _KTOR_MAIN,
        "server/app/src/main/kotlin/Users.kt": (
            "package acme\n\nimport org.jooq.DSLContext\n\n"
            "class Users(private val db: DSLContext)\n"
        ),
    }


def test_every_catalogue_of_the_settings_script_is_read(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _catalogues(("libsServer", "libsCommon"))))
    assert first(found["server/app"], K.FRAMEWORK) == ("Ktor", "3.4.2")
    assert first(found["server/app"], K.QUERY) == ("jOOQ", "3.21.1")


def _modular(versions: str, refreshed: bool = True) -> dict[str, str]:
    plugin = '    id("de.fayard.refreshVersions") version "0.51.0"\n' if refreshed else ""
    return {
        "settings.gradle.kts": (
            'rootProject.name = "forms"\n\nplugins {\n' + plugin + "}\n\n"
            'enableFeaturePreview("TYPESAFE_PROJECT_ACCESSORS")\n\n'
            'include(\n    "backend",\n    "mongo",\n    "db:testing",\n)\n'
        ),
        "versions.properties": versions,
        "backend/build.gradle.kts": (
            'plugins {\n    kotlin("jvm")\n    application\n}\n\n'
            "dependencies {\n    implementation(projects.mongo)\n"
            "    implementation(Ktor.server.netty)\n"
            '    implementation("io.ktor:ktor-server-call-logging-jvm:2.2.2")\n'
            "    testImplementation(projects.db.testing)\n}\n\n"
            'application {\n    mainClass.set("acme.BackendKt")\n}\n'
        ),
        "backend/src/main/kotlin/Backend.kt": _KTOR_MAIN,
        "backend/src/test/kotlin/BackendTest.kt": (
            "package acme\n\nimport io.kotest.core.spec.style.StringSpec\n\n"
            'class BackendTest : StringSpec({\n    "starts" { }\n})\n'
        ),
        "mongo/build.gradle.kts": (
            'plugins {\n    kotlin("jvm")\n}\n\n'
            "dependencies {\n"
            '    implementation("org.litote.kmongo:kmongo-coroutine-serialization:_")\n}\n'
        ),
        "mongo/src/main/kotlin/Users.kt": (
            "package acme.mongo\n\nimport org.litote.kmongo.coroutine.CoroutineDatabase\n\n"
            "class Users(private val db: CoroutineDatabase)\n"
        ),
        "db/testing/build.gradle.kts": (
            'plugins {\n    kotlin("jvm")\n}\n\n'
            "dependencies {\n"
            '    implementation("io.kotest:kotest-runner-junit5:5.8.0")\n}\n'
        ),
        "db/testing/src/main/kotlin/Fixtures.kt": "package acme.testing\n\nobject Fixtures\n",
        "docker-compose.yml": "services:\n  mongo:\n    image: mongo:6.0.3\n",
    }


_VERSIONS = (
    "#### Generated by `./gradlew refreshVersions`\n\n"
    "version.ktor=2.3.0\n\n"
    "version.org.litote.kmongo..kmongo-coroutine-serialization=4.9.0\n"
)


def test_project_accessors_lend_the_modules_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _modular(_VERSIONS)))
    assert sorted(found) == ["backend"]
    assert first(found["backend"], K.ORM)[0] == "KMongo"
    assert first(found["backend"], K.DATABASE)[0] == "MongoDB"


def test_the_tests_harness_module_lends_its_test_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _modular(_VERSIONS)))
    assert first(found["backend"], K.TEST)[0] == "Kotest"


def test_refresh_versions_release_outranks_a_module_pinned_lower(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _modular(_VERSIONS)))
    assert first(found["backend"], K.FRAMEWORK) == ("Ktor", "2.3.0")


def test_versions_properties_without_refresh_versions_is_not_read(tmp_path: Path) -> None:
    # Counter-case: no settings plugin resolves the file's versions.
    found = by_folder(write(tmp_path, _modular(_VERSIONS, refreshed=False)))
    assert first(found["backend"], K.FRAMEWORK) == ("Ktor", "2.2.2")


def test_ktorm_under_its_first_group(tmp_path: Path) -> None:
    tree = {
        "settings.gradle.kts": 'rootProject.name = "bin"\n',
        "build.gradle.kts": (
            'plugins {\n    kotlin("jvm") version "1.3.72"\n    application\n}\n\n'
            "dependencies {\n"
            '    implementation("io.javalin:javalin:3.9.1")\n'
            '    runtimeOnly("org.postgresql:postgresql:42.2.14")\n'
            '    implementation("me.liuwj.ktorm:ktorm-core:3.1.0")\n'
            '    implementation("me.liuwj.ktorm:ktorm-support-postgresql:3.1.0")\n'
            '    implementation("com.zaxxer:HikariCP:3.3.1")\n}\n\n'
            'application {\n    mainClassName = "bin.MainKt"\n}\n'
        ),
        "src/main/kotlin/bin/Main.kt": (
            "package bin\n\nimport io.javalin.Javalin\n\n"
            "fun main() {\n    Javalin.create().start(7000)\n}\n"
        ),
    }
    found = by_folder(write(tmp_path, tree))
    assert first(found["."], K.ORM) == ("Ktorm", "3.1.0")


def test_a_property_no_pom_defines_names_no_release(tmp_path: Path) -> None:
    pom = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n'
        "    <modelVersion>4.0.0</modelVersion>\n"
        "    <parent>\n        <groupId>org.acme</groupId>\n"
        "        <artifactId>acme-framework</artifactId>\n        <version>6.5.0</version>\n"
        "    </parent>\n    <artifactId>shop</artifactId>\n    <dependencies>\n"
        "        <dependency>\n            <groupId>org.springframework.boot</groupId>\n"
        "            <artifactId>spring-boot-starter-web</artifactId>\n"
        "        </dependency>\n    </dependencies>\n    <build>\n        <plugins>\n"
        "            <plugin>\n                <groupId>org.springframework.boot</groupId>\n"
        "                <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "                <version>${springboot.version}</version>\n"
        "            </plugin>\n        </plugins>\n    </build>\n</project>\n"
    )
    tree = {
        "pom.xml": pom,
        "src/main/java/org/acme/Application.java": (
            "package org.acme;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class Application {\n"
            "  public static void main(String[] args) {\n"
            "    SpringApplication.run(Application.class, args);\n  }\n}\n"
        ),
    }
    found = by_folder(write(tmp_path, tree))
    assert first(found["."], K.FRAMEWORK) == ("Spring Boot", "")
