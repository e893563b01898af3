"""Held-out set 399 (#19): a JetBrains Amper project ("Kotlin Toolchain"). `project.yaml` lists
the modules; each module's `module.yaml` says what it builds (`product: jvm/app`, `jvm/lib`) and
applies templates kept in a folder of their own, one template applying another: the Spring
Boot release is in a template's `settings: springBoot: version`, the web starter, the
persistence starters and the PostgreSQL driver are `$libs.x` accessors of the Gradle catalogue
(`gradle/libs.versions.toml`) listed in templates, the test starter a `$spring.boot.*` module of
Amper's built-in catalogue. The root's `build.gradle.kts` is a comment kept for a dependency
bot. The backend is the app module, named by its folder, with the templates' stack; the
library modules beside it, which apply the same templates, are none; nor is the root. A
`module.yaml` of another tool (no `product:`) is no manifest.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROJECT = "modules:\n  - app\n  - core/catalog\n"

_CATALOG = """[versions]
postgresql = "42.7.5"

[libraries]
spring-boot-starter-web = { module = "org.springframework.boot:spring-boot-starter-web" }
spring-boot-starter-data-jpa = { module = "org.springframework.boot:spring-boot-starter-data-jpa" }
spring-boot-starter-jdbc = { module = "org.springframework.boot:spring-boot-starter-jdbc" }
postgresql = { module = "org.postgresql:postgresql", version.ref = "postgresql" }
"""

_SPRING = """apply:
  - ./kotlin-jvm.module-template.yaml

dependencies:
  - $spring.boot.starter
  - $spring.boot.starter.actuator

test-dependencies:
  - $spring.boot.starter.test

settings:
  springBoot:
    enabled: true
    version: 3.5.4
"""

_KOTLIN = "settings:\n  kotlin:\n    version: 2.2.0\n  jvm:\n    jdk:\n      version: 21\n"

_WEB = (
    "apply:\n  - ./spring.module-template.yaml\n\n"
    "dependencies:\n  - $libs.spring.boot.starter.web\n"
)

_PERSISTENCE = """apply:
  - ./spring.module-template.yaml

dependencies:
  - $libs.spring.boot.starter.jdbc
  - $libs.spring.boot.starter.data.jpa
  - $libs.postgresql
"""

_APP = """product: jvm/app

apply:
  - ../build-logic/templates/spring-web.module-template.yaml
  - ../build-logic/templates/persistence.module-template.yaml

dependencies:
  - ../core/catalog

settings:
  jvm:
    mainClass: com.acme.shelf.ApplicationKt
"""

_LIB = """product: jvm/lib

apply:
  - ../../build-logic/templates/spring-web.module-template.yaml
  - ../../build-logic/templates/persistence.module-template.yaml
"""

_APPLICATION = """package com.acme.shelf

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class Application

fun main(args: Array<String>) {
    runApplication<Application>(*args)
}
"""

_REPOSITORY = """package com.acme.shelf.catalog

import org.springframework.data.jpa.repository.JpaRepository

interface BookRepository : JpaRepository<BookEntity, Long>
"""

_TEST = """package com.acme.shelf

import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest

@SpringBootTest
class ApplicationTest {
    @Test
    fun contextLoads() {}
}
"""

_SETTINGS = (
    "spring:\n  datasource:\n    url: ${DB_URL}\n"
    "  jpa:\n    hibernate:\n      ddl-auto: validate\n"
)


def _files() -> dict[str, str]:
    templates = "build-logic/templates/"
    return {
        "project.yaml": _PROJECT,
        "build.gradle.kts": "// Kept so that a dependency bot sees a Gradle project.\n",
        "gradle/libs.versions.toml": _CATALOG,
        templates + "kotlin-jvm.module-template.yaml": _KOTLIN,
        templates + "spring.module-template.yaml": _SPRING,
        templates + "spring-web.module-template.yaml": _WEB,
        templates + "persistence.module-template.yaml": _PERSISTENCE,
        "app/module.yaml": _APP,
        "app/src/main/kotlin/com/acme/shelf/Application.kt": _APPLICATION,
        "app/src/main/resources/application.yml": _SETTINGS,
        "app/src/test/kotlin/com/acme/shelf/ApplicationTest.kt": _TEST,
        "core/catalog/module.yaml": _LIB,
        "core/catalog/src/main/kotlin/com/acme/shelf/catalog/BookRepository.kt": _REPOSITORY,
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
    }


def test_the_app_module_is_the_backend_with_its_templates_stack(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files()))
    assert list(found) == ["app"]
    app = found["app"]
    assert first(app, K.FRAMEWORK) == ("Spring Boot", "3.5.4")
    data = {f.name for f in app.findings if f.kind in (K.ORM, K.QUERY)}
    assert data == {"JPA / Hibernate", "Spring JDBC"}
    assert first(app, K.DATABASE)[0] == "PostgreSQL"
    assert first(app, K.TEST)[0] == "JUnit"


def test_another_tools_module_yaml_is_no_manifest(tmp_path: Path) -> None:
    files = {
        "go.mod": "module example.com/acme/tool\n\ngo 1.23\n",
        "main.go": "package main\n\nfunc main() {}\n",
        "deploy/module.yaml": "name: tool\nversion: 1\ndependencies:\n  - org.acme:lib:1.0\n",
    }
    assert by_folder(write(tmp_path, files)) == {}
