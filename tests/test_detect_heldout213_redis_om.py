"""Redis OM Spring is a data layer over Redis, not a cache (set 213, #19).

A Kotlin Spring Boot API keeps every resource as a Redis OM Spring document
(`RedisDocumentRepository` interfaces in its resource projects, `@EnableRedisDocumentRepositories`
on the application), while its root build declares `redis-om-spring`, `spring-jdbc` and the
PostgreSQL driver for every subproject (`subprojects { dependencies { … } }`). The common
classpath gives a project its data layers only where the project's own code uses one; the
application's import of Redis OM is that use, so Redis OM is its data layer and Redis one of its
stores. A build naming Redis only through Spring Data Redis's starter keeps Redis a cache."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT_BUILD = """plugins {
  id("org.springframework.boot") version "3.4.1" apply false
  kotlin("jvm") version "2.1.0"
}

subprojects {
  apply(plugin = "org.springframework.boot")
  apply(plugin = "org.jetbrains.kotlin.jvm")
  dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("com.redis.om:redis-om-spring:0.9.7")
    implementation("org.springframework:spring-jdbc")
    implementation("org.postgresql:postgresql")
  }
}
"""

_APP = """package com.acme.api

import com.redis.om.spring.annotations.EnableRedisDocumentRepositories
import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
@EnableRedisDocumentRepositories(basePackages = ["com.acme"])
class ApiApplication

fun main(args: Array<String>) {
  runApplication<ApiApplication>(*args)
}
"""

_REPOSITORY = """package com.acme.orders

import com.redis.om.spring.repository.RedisDocumentRepository

interface OrderRepository : RedisDocumentRepository<Order, String>
"""


def _platform() -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "platform"\ninclude("api", "orders")\n',
        "build.gradle.kts": _ROOT_BUILD,
        "api/build.gradle.kts": 'dependencies {\n  implementation(project(":orders"))\n}\n',
        "api/src/main/kotlin/com/acme/api/ApiApplication.kt": _APP,
        "orders/build.gradle.kts": "dependencies {\n}\n",
        "orders/src/main/kotlin/com/acme/orders/OrderRepository.kt": _REPOSITORY,
        "orders/src/main/kotlin/com/acme/orders/Order.kt": (
            "package com.acme.orders\n\nimport com.redis.om.spring.annotations.Document\n\n"
            "@Document\ndata class Order(val id: String)\n"
        ),
    }


def test_redis_om_documents_are_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _platform()))
    assert first(found["api"], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["api"], K.ORM)[0] == "Redis OM"
    engines = {f.name for f in found["api"].findings if f.kind is K.DATABASE}
    assert "Redis" in engines


def test_a_single_build_declaring_redis_om(tmp_path: Path) -> None:
    files = {
        "build.gradle.kts": (
            'plugins {\n  id("org.springframework.boot") version "3.4.1"\n}\n\n'
            "dependencies {\n"
            '  implementation("org.springframework.boot:spring-boot-starter-web")\n'
            '  implementation("com.redis.om:redis-om-spring:0.9.7")\n}\n'
        ),
        "src/main/kotlin/com/acme/api/ApiApplication.kt": _APP,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM) == ("Redis OM", "0.9.7")
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_spring_data_redis_alone_stays_a_cache(tmp_path: Path) -> None:
    # Counter-case: Spring Data Redis's starter and a template: Redis as a cache, no data layer.
    files = {
        "build.gradle.kts": (
            'plugins {\n  id("org.springframework.boot") version "3.4.1"\n}\n\n'
            "dependencies {\n"
            '  implementation("org.springframework.boot:spring-boot-starter-web")\n'
            '  implementation("org.springframework.boot:spring-boot-starter-data-redis")\n'
            '  runtimeOnly("org.postgresql:postgresql")\n'
            '  implementation("org.springframework.boot:spring-boot-starter-data-jpa")\n}\n'
        ),
        "src/main/kotlin/com/acme/api/ApiApplication.kt": (
            "package com.acme.api\n\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication\n\n"
            "@SpringBootApplication\nclass ApiApplication\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "JPA / Hibernate"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_common_classpath_unused_by_the_code_gives_no_redis_om(tmp_path: Path) -> None:
    # Counter-case: the root gives every project Redis OM, but no project's code uses it.
    files = _platform()
    files["api/src/main/kotlin/com/acme/api/ApiApplication.kt"] = _APP.replace(
        "import com.redis.om.spring.annotations.EnableRedisDocumentRepositories\n", ""
    ).replace('@EnableRedisDocumentRepositories(basePackages = ["com.acme"])\n', "")
    del files["orders/src/main/kotlin/com/acme/orders/OrderRepository.kt"]
    del files["orders/src/main/kotlin/com/acme/orders/Order.kt"]
    found = by_folder(write(tmp_path, files))
    assert first(found["api"], K.ORM)[0] != "Redis OM"
