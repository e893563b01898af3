"""Held-out set 292 (#19): Spring Data Redis entities beside a development Compose file's
PostgreSQL.

The service keeps its records in Redis through Spring Data repositories (`@RedisHash`
entities deep in `data/models/`, past the source scan's quota) and declares no other store;
its `docker-compose-development.yml` starts the product's other services for a developer, a
registry's PostgreSQL among them. That database is theirs: Redis is the service's engine. A
PostgreSQL the service's main Compose file runs beside it still outranks Redis.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<project>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.1.5</version>
  </parent>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-redis</artifactId>
    </dependency>
  </dependencies>
</project>
"""

_COMPOSE = """services:
  postgresql:
    image: postgres
    environment:
      - POSTGRES_DB=devdatabase
  registry:
    image: example/registry
    environment:
      - REGISTRY_JDBC_URL=jdbc:postgresql://postgresql:5432/devdatabase
  redis:
    image: redis:4.0.8-alpine
"""

_BASE = "src/main/java/org/example/resolver"


def _files(compose: str) -> dict[str, str]:
    files = {
        "pom.xml": _POM,
        f"{_BASE}/ResolverApplication.java": (
            "package org.example.resolver;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
            "@SpringBootApplication\npublic class ResolverApplication {}\n"
        ),
        "src/main/resources/application.properties": (
            "spring.redis.host=${RESOLVER_REDIS_HOST:localhost}\n"
        ),
        compose: _COMPOSE,
    }
    # Shallow files fill the source quota before the entities are reached.
    for index in range(30):
        files[f"{_BASE}/api/Handler{index}.java"] = (
            f"package org.example.resolver.api;\npublic class Handler{index} {{}}\n"
        )
    files[f"{_BASE}/data/models/Namespace.java"] = (
        "package org.example.resolver.data.models;\n"
        "import org.springframework.data.redis.core.RedisHash;\n"
        '@RedisHash("namespaces")\npublic class Namespace {}\n'
    )
    return files


def test_redis_entities_outrank_development_compose_database(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files("docker-compose-development.yml")))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"


def test_main_compose_database_still_outranks_redis(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files("docker-compose.yml")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
