"""Held-out set 356 (#19): a Gradle Kotlin build naming its plugins, dependencies and modules
by constants of its `buildSrc/` (`object Dependencies { object Spring { const val
BOOT_STARTER_WEB = "org.springframework.boot:spring-boot-starter-web" } }`), never by strings:
`id(Plugins.SPRING_BOOT) version Versions.SPRING_BOOT`, `apply(plugin = Plugins.SPRING_BOOT)`
in `subprojects {}`, `implementation(Dependencies.Spring.BOOT_STARTER_DATA_JPA)`,
`implementation(project(Dependencies.Projects.DOMAIN))`. Each is read as the string its constant
holds: the API module runs Spring Boot at the root's release on JPA and MySQL; a scheduled
worker on the data module the API also uses stays no backend; a name no constant gives is
nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_VERSIONS = """object Versions {
    const val SPRING_BOOT = "3.5.0"
    const val KOTLIN = "1.9.25"
}
"""

_PLUGINS = """object Plugins {
    const val SPRING_BOOT = "org.springframework.boot"
    const val SPRING_DEPENDENCY_MANAGEMENT = "io.spring.dependency-management"
}
"""

_DEPENDENCIES = """object Dependencies {

    object Spring {
        const val BOOT_STARTER_WEB = "org.springframework.boot:spring-boot-starter-web"
        const val BOOT_STARTER_DATA_JPA = "org.springframework.boot:spring-boot-starter-data-jpa"
        const val BOOT_STARTER_TEST = "org.springframework.boot:spring-boot-starter-test"
    }

    object Database {
        const val MYSQL_CONNECTOR = "com.mysql:mysql-connector-j"
    }

    object Projects {
        const val DOMAIN = ":domain"
    }
}
"""

_ROOT = """plugins {
    id(Plugins.SPRING_BOOT) version Versions.SPRING_BOOT
    id(Plugins.SPRING_DEPENDENCY_MANAGEMENT) version "1.1.7"
    kotlin("jvm") version Versions.KOTLIN
}

subprojects {
    apply(plugin = Plugins.SPRING_BOOT)
    apply(plugin = Plugins.SPRING_DEPENDENCY_MANAGEMENT)
}
"""

_API = """dependencies {
    implementation(project(Dependencies.Projects.DOMAIN))

    implementation(Dependencies.Spring.BOOT_STARTER_WEB)
    implementation(Dependencies.Spring.BOOT_STARTER_DATA_JPA)
    implementation(Dependencies.Database.MYSQL_CONNECTOR)
%s
    testImplementation(Dependencies.Spring.BOOT_STARTER_TEST)
}
"""

_DOMAIN = """dependencies {
    implementation(Dependencies.Spring.BOOT_STARTER_DATA_JPA)
}

tasks.bootJar { enabled = false }
"""

_APPLICATION = """package org.example.%s

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class Application

fun main(args: Array<String>) {
    runApplication<Application>(*args)
}
"""

_CONTROLLER = """package org.example.api

import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RestController

@RestController
class BookController(private val books: BookRepository) {
    @GetMapping("/books")
    fun list() = books.findAll()
}
"""

_JOB = """package org.example.batch

import org.springframework.scheduling.annotation.Scheduled
import org.springframework.stereotype.Component

@Component
class NotificationJob(private val books: BookRepository) {
    @Scheduled(fixedRate = 60000)
    fun send() {
        books.findAll()
    }
}
"""

_ENTITY = """package org.example.domain

import jakarta.persistence.Entity
import jakarta.persistence.Id
import org.springframework.data.jpa.repository.JpaRepository

@Entity
class Book(@Id val id: Long)

interface BookRepository : JpaRepository<Book, Long>
"""

_TEST = """package org.example.api

import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest

@SpringBootTest
class ApplicationTests {
    @Test
    fun contextLoads() {}
}
"""


def _tree(api_extra: str = "") -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "reader"\ninclude("api", "batch", "domain")\n',
        "buildSrc/build.gradle.kts": "plugins {\n    `kotlin-dsl`\n}\n",
        "buildSrc/src/main/kotlin/Versions.kt": _VERSIONS,
        "buildSrc/src/main/kotlin/Plugins.kt": _PLUGINS,
        "buildSrc/src/main/kotlin/Dependencies.kt": _DEPENDENCIES,
        "build.gradle.kts": _ROOT,
        "api/build.gradle.kts": _API % api_extra,
        "api/src/main/kotlin/org/example/api/Application.kt": _APPLICATION % "api",
        "api/src/main/kotlin/org/example/api/BookController.kt": _CONTROLLER,
        "api/src/test/kotlin/org/example/api/ApplicationTests.kt": _TEST,
        "batch/build.gradle.kts": _API % "",
        "batch/src/main/kotlin/org/example/batch/Application.kt": _APPLICATION % "batch",
        "batch/src/main/kotlin/org/example/batch/NotificationJob.kt": _JOB,
        "domain/build.gradle.kts": _DOMAIN,
        "domain/src/main/kotlin/org/example/domain/Book.kt": _ENTITY,
    }


def test_constants_name_the_framework_data_layer_and_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    api = found["api"]
    assert first(api, K.FRAMEWORK) == ("Spring Boot", "3.5.0")
    assert first(api, K.ORM)[0] == "JPA / Hibernate"
    assert first(api, K.DATABASE)[0] == "MySQL"
    assert first(api, K.TEST)[0] == "JUnit"


def test_the_scheduled_worker_on_the_shared_data_module_stays_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"api"}


def test_a_name_no_constant_gives_declares_nothing(tmp_path: Path) -> None:
    unknown = "    implementation(Dependencies.Cache.REDIS)\n"
    api = by_folder(write(tmp_path, _tree(unknown)))["api"]
    assert first(api, K.DATABASE)[0] == "MySQL"
    assert not any(f.name == "Redis" for f in api.findings)
