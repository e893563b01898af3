"""Held-out set 489 (#19): a Kotlin Gradle multi-project of reactive Spring Boot services whose
root build's `subprojects {}` lends every module the JPA and R2DBC starters and the PostgreSQL
drivers, beside a shared `common` library (its Redis cache component). A service whose
repositories all extend reactive ones (`interface StaffRepository :
ReactiveSortingRepository<…>`, coroutine repositories) runs no JPA: its data layer is Spring Data
R2DBC. A GraphQL front excludes the starters and drivers from its configurations
(`configurations { all { exclude(…) } }`): none reaches it, nor the Redis code of the library
whose starter it excludes. An authorisation server kept beside the modules with a settings file
of its own, left out of the root settings' includes, is no subproject: the root lends it
nothing, and the `spring.jpa` settings it kept after its JPA starter was commented out name no
data layer.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import gradle_text
from designer.model.stack import FindingKind as K

_ROOT = """plugins {
    id("org.springframework.boot") version "2.4.5" apply false
    id("io.spring.dependency-management") version "1.0.11.RELEASE"
    kotlin("jvm") version "1.4.32"
}

subprojects {
    apply(plugin = "org.springframework.boot")
    apply(plugin = "kotlin")

    configurations {
        compileOnly {
            extendsFrom(configurations.annotationProcessor.get())
        }
    }

    dependencies {
        implementation("org.springframework.boot:spring-boot-starter-webflux")
        implementation("org.springframework.boot:spring-boot-starter-data-jpa")
        implementation("org.springframework.boot:spring-boot-starter-data-r2dbc")
        runtimeOnly("io.r2dbc:r2dbc-postgresql")
        runtimeOnly("org.postgresql:postgresql")
        testImplementation("org.springframework.boot:spring-boot-starter-test")
    }
}
"""

_SETTINGS = """rootProject.name = "desk-all"

include("common", "staff", "front")
"""

_COMMON = """plugins {
    kotlin("jvm")
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-data-redis")
}

tasks {
    bootJar { enabled = false }
    jar { enabled = true }
}
"""

_REDIS_CACHE = """package org.example.common

import org.springframework.data.redis.core.ReactiveRedisTemplate

class BaseRedisCache(private val template: ReactiveRedisTemplate<String, String>)
"""

_AUDITED = """package org.example.common

import javax.persistence.MappedSuperclass

@MappedSuperclass
abstract class Audited
"""

_STAFF = """plugins {
    id("org.springframework.boot")
    kotlin("jvm")
}

dependencies {
    implementation(project(":common"))
    implementation("org.springframework.boot:spring-boot-starter-data-elasticsearch")
}
"""

_STAFF_APP = """package org.example.staff

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class StaffApplication

fun main(args: Array<String>) {
    runApplication<StaffApplication>(*args)
}
"""

_STAFF_REPOSITORY = """package org.example.staff.repository

import org.example.staff.domain.Staff
import org.springframework.data.repository.reactive.ReactiveSortingRepository
import reactor.core.publisher.Mono

interface StaffRepository : ReactiveSortingRepository<Staff, Long> {
    fun findByName(name: String): Mono<Staff>
}
"""

_STAFF_ENTITY = """package org.example.staff.domain

import org.example.common.Audited
import org.springframework.data.relational.core.mapping.Table

@Table("staff")
data class Staff(val id: Long?, val name: String) : Audited()
"""

_STAFF_JPA_REPOSITORY = """package org.example.staff.repository

import org.example.staff.domain.Staff
import org.springframework.data.jpa.repository.JpaRepository

interface StaffArchive : JpaRepository<Staff, Long>
"""

_STAFF_YML = """spring:
  r2dbc:
    url: r2dbc:postgresql://localhost:5432/postgres?currentSchema=staff
"""

_FRONT = """plugins {
    id("org.springframework.boot")
    kotlin("jvm")
}

dependencies {
    implementation(project(":common")) {
        this.exclude("org.springframework.boot", "spring-boot-starter-data-redis")
    }
    implementation("com.expediagroup:graphql-kotlin-spring-server:4.1.1")
}

configurations {
    all {
        this.exclude("org.springframework.boot", "spring-boot-starter-data-jpa")
        this.exclude("org.springframework.boot", "spring-boot-starter-data-r2dbc")
        this.exclude("io.r2dbc", "r2dbc-postgresql")
        this.exclude("org.postgresql", "postgresql")
        this.exclude("org.springframework.boot", "spring-boot-starter-data-redis")
    }
}
"""

_FRONT_APP = _STAFF_APP.replace("staff", "front").replace("Staff", "Front")

_AUTH = """plugins {
    id("org.springframework.boot") version "2.3.5.RELEASE"
    id("io.spring.dependency-management") version "1.0.10.RELEASE"
    kotlin("jvm") version "1.3.72"
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("org.springframework.cloud:spring-cloud-starter-oauth2")
    // implementation("org.springframework.boot:spring-boot-starter-data-jpa")
    runtimeOnly("org.postgresql:postgresql")
    testImplementation("org.springframework.boot:spring-boot-starter-test")
}
"""

_AUTH_YML = """spring:
  jpa:
    hibernate:
      ddl-auto: update
  datasource:
    url: jdbc:postgresql://localhost:5432/postgres?currentSchema=oauth
"""

_AUTH_APP = _STAFF_APP.replace("staff", "auth").replace("Staff", "Auth")


def _tree(
    staff_jpa: bool = False, front_excludes: bool = True, auth_included: bool = False
) -> dict[str, str]:
    files = {
        "build.gradle.kts": _ROOT,
        "settings.gradle.kts": _SETTINGS.replace('"front")', '"front", "auth")')
        if auth_included
        else _SETTINGS,
        "common/build.gradle.kts": _COMMON,
        "common/settings.gradle.kts": 'rootProject.name = "common"\n',
        "common/src/main/kotlin/org/example/common/BaseRedisCache.kt": _REDIS_CACHE,
        "common/src/main/kotlin/org/example/common/Audited.kt": _AUDITED,
        "staff/build.gradle.kts": _STAFF,
        "staff/settings.gradle.kts": 'rootProject.name = "staff"\n',
        "staff/src/main/kotlin/org/example/staff/StaffApplication.kt": _STAFF_APP,
        "staff/src/main/kotlin/org/example/staff/repository/StaffRepository.kt": _STAFF_REPOSITORY,
        "staff/src/main/kotlin/org/example/staff/domain/Staff.kt": _STAFF_ENTITY,
        "staff/src/main/resources/application.yml": _STAFF_YML,
        "front/build.gradle.kts": _FRONT if front_excludes else _FRONT.split("configurations")[0],
        "front/settings.gradle.kts": 'rootProject.name = "front"\n',
        "front/src/main/kotlin/org/example/front/FrontApplication.kt": _FRONT_APP,
        "auth/build.gradle.kts": _AUTH,
        "auth/settings.gradle.kts": 'rootProject.name = "auth"\n',
        "auth/src/main/kotlin/org/example/auth/AuthApplication.kt": _AUTH_APP,
        "auth/src/main/resources/application.yml": _AUTH_YML,
    }
    if staff_jpa:
        files["staff/src/main/kotlin/org/example/staff/repository/StaffArchive.kt"] = (
            _STAFF_JPA_REPOSITORY
        )
    return files


def test_a_reactive_module_lent_jpa_and_r2dbc_runs_r2dbc(tmp_path: Path) -> None:
    staff = by_folder(write(tmp_path, _tree()))["staff"]
    assert first(staff, K.ORM)[0] == "Spring Data R2DBC"
    assert first(staff, K.DATABASE)[0] == "PostgreSQL"


def test_a_jpa_repository_keeps_the_lent_jpa(tmp_path: Path) -> None:
    # Counter-case: a repository of Spring Data JPA's reaches JPA at run time.
    staff = by_folder(write(tmp_path, _tree(staff_jpa=True)))["staff"]
    assert first(staff, K.ORM)[0] == "JPA / Hibernate"


def test_artifacts_a_module_excludes_reach_it_from_no_build(tmp_path: Path) -> None:
    front = by_folder(write(tmp_path, _tree()))["front"]
    assert first(front, K.ORM) == ("", "")
    assert first(front, K.DATABASE) == ("", "")
    assert first(front, K.CACHE) == ("", "")


def test_without_the_exclusions_the_library_lends_its_store(tmp_path: Path) -> None:
    # Counter-case: the library's Redis reaches a front that excludes nothing.
    front = by_folder(write(tmp_path, _tree(front_excludes=False)))["front"]
    names = {f.name for f in front.findings if f.kind is K.DATABASE}
    assert "Redis" in names


def test_a_build_of_its_own_left_out_of_the_includes_is_lent_nothing(tmp_path: Path) -> None:
    auth = by_folder(write(tmp_path, _tree()))["auth"]
    assert first(auth, K.FRAMEWORK) == ("Spring Boot", "2.3.5.RELEASE")
    assert first(auth, K.ORM) == ("", "")
    assert first(auth, K.DATABASE)[0] == "PostgreSQL"


def test_an_included_project_is_lent_the_root_classpath(tmp_path: Path) -> None:
    # Counter-case: the root settings include it: `subprojects {}` reaches it, and the JPA
    # starter it is lent makes its `spring.jpa` settings JPA's.
    auth = by_folder(write(tmp_path, _tree(auth_included=True)))["auth"]
    assert first(auth, K.ORM)[0] == "JPA / Hibernate"


def test_configuration_excludes_reads_the_module_exclusions_only() -> None:
    text = gradle_text.blank_comments(
        "configurations.all {\n"
        "    exclude group: 'org.postgresql', module: 'postgresql'\n"
        "    exclude group: 'org.example'\n"
        "}\n"
        'configurations { testImplementation { exclude(module = "h2") } }\n'
        "dependencies {\n"
        '    implementation(project(":common")) { exclude("org.example", "redis") }\n'
        "}\n"
        'subprojects { configurations { all { exclude("org.example", "mysql") } } }\n'
    )
    assert gradle_text.configuration_excludes(text) == {"postgresql"}
