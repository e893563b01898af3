"""A Thymeleaf front over the product's API whose shared platform library brings a Redis cache
and a RabbitMQ publisher is a UI, not a backend (held-out set 228, #19).

A Maven build keeps a platform library (its Redis client in `cache/config`, its RabbitMQ
publisher in `mq/`), the API (JPA over MySQL) and a portal rendering Thymeleaf pages with its
scripts under `public/js`, which reaches the API through an SDK and depends on the platform
library. The library's cache and queue are no store of the portal's (`front_lent_stores`): the
API alone is a backend. Counter-case: where the library keeps records in Redis outside its
cache code (a `store/` repository), the portal has data of its own and stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import dep, write

_PARENT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.0</version>
  </parent>
  <groupId>com.acme</groupId>
  <artifactId>acme-mono</artifactId>
  <packaging>pom</packaging>
  <modules>
    <module>modules/acme-platform</module>
    <module>modules/acme-server</module>
    <module>modules/acme-portal</module>
  </modules>
</project>
"""


def _module(name: str, dependencies: list[str]) -> str:
    body = "\n".join(dependencies)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>acme-mono</artifactId>
    <version>1.0</version>
    <relativePath>../../pom.xml</relativePath>
  </parent>
  <artifactId>{name}</artifactId>
  <dependencies>
{body}
  </dependencies>
</project>
"""


_BOOT = "org.springframework.boot"

_MAIN = """package com.acme.{pkg}

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class Application

fun main(args: Array<String>) {{
    runApplication<Application>(*args)
}}
"""

_REDIS = """package com.acme.platform.{pkg}

import io.lettuce.core.RedisClient

class {name} {{
    fun client(url: String): RedisClient = RedisClient.create(url)
}}
"""

_PUBLISHER = """package com.acme.platform.mq.rabbitmq

import com.rabbitmq.client.Channel

class RabbitMQPublisher(private val channel: Channel) {
    fun publish(event: String) = channel.basicPublish("events", "", null, event.toByteArray())
}
"""


def _files(redis_at: str) -> dict[str, str]:
    pkg, name = redis_at.split("/")
    platform = "modules/acme-platform/src/main/kotlin/com/acme/platform"
    portal = "modules/acme-portal/src/main"
    platform_dep = dep("com.acme", "acme-platform", version="1.0")
    return {
        "pom.xml": _PARENT,
        "modules/acme-platform/pom.xml": _module(
            "acme-platform",
            [
                dep(_BOOT, "spring-boot-starter-web"),
                dep("io.lettuce", "lettuce-core"),
                dep("com.rabbitmq", "amqp-client"),
            ],
        ),
        f"{platform}/{pkg.replace('.', '/')}/{name}.kt": _REDIS.format(pkg=pkg, name=name),
        f"{platform}/mq/rabbitmq/RabbitMQPublisher.kt": _PUBLISHER,
        "modules/acme-server/pom.xml": _module(
            "acme-server",
            [
                platform_dep,
                dep(_BOOT, "spring-boot-starter-web"),
                dep(_BOOT, "spring-boot-starter-data-jpa"),
                dep("com.mysql", "mysql-connector-j"),
            ],
        ),
        "modules/acme-server/src/main/kotlin/com/acme/server/Application.kt": _MAIN.format(
            pkg="server"
        ),
        "modules/acme-server/src/main/resources/application.yml": (
            "spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/acme\n"
        ),
        "modules/acme-portal/pom.xml": _module(
            "acme-portal",
            [
                platform_dep,
                dep(_BOOT, "spring-boot-starter-web"),
                dep(_BOOT, "spring-boot-starter-thymeleaf"),
                dep(_BOOT, "spring-boot-starter-restclient"),
            ],
        ),
        f"{portal}/kotlin/com/acme/portal/Application.kt": _MAIN.format(pkg="portal"),
        f"{portal}/resources/templates/home.html": "<html><p th:text=\"${title}\"></p></html>\n",
        f"{portal}/resources/public/js/home.js": "console.log('home');\n",
        f"{portal}/resources/public/css/home.css": "body { margin: 0; }\n",
    }


def test_a_platform_cache_and_queue_leave_the_front_a_ui(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files("cache.config/RedisCacheConfiguration")))
    assert sorted(found) == ["modules/acme-server"]


def test_records_in_redis_keep_the_front(tmp_path: Path) -> None:
    # Counter-case: the library keeps records in Redis outside its cache code.
    found = by_folder(write(tmp_path, _files("store/RedisListingStore")))
    assert sorted(found) == ["modules/acme-portal", "modules/acme-server"]
