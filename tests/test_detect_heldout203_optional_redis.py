"""JVM: a Redis client switched on only when a setting chooses it is an option, not the
service's store (set 203, #19).

A Spring Boot conversion service keeps its cache behind one interface with a class per store,
each switched on by the same setting (`@ConditionalOnExpression("'${cache.type:default}'
.equals('redis')")` on the Redisson ones, `.equals('jdk')` on the in-memory one), and its
settings choose the JDK map (`cache.type = ${APP_CACHE_TYPE:jdk}`). It names no database, and
the Redis client is no store of its as shipped (`optional_redis`): engine none. Settings that
choose Redis, or a client opened unconditionally, keep Redis its engine (`redis_only`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.acme</groupId>
  <artifactId>preview</artifactId>
  <version>1.0</version>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
      <version>2.4.2</version>
    </dependency>
    <dependency>
      <groupId>org.redisson</groupId>
      <artifactId>redisson</artifactId>
      <version>3.2.0</version>
    </dependency>
  </dependencies>
</project>
"""

_CONDITION = "@ConditionalOnExpression(\"'${cache.type:default}'.equals('redis')\")\n"


def _service(settings: str = "cache.type = ${APP_CACHE_TYPE:jdk}\n",
             condition: str = _CONDITION) -> dict[str, str]:
    return {
        "pom.xml": _POM,
        "src/main/java/org/acme/ServerMain.java": (
            "package org.acme;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class ServerMain {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(ServerMain.class, args);\n    }\n}\n"
        ),
        "src/main/java/org/acme/config/RedissonConfig.java": (
            "package org.acme.config;\n\n"
            "import org.redisson.config.Config;\n"
            "import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;\n"
            "import org.springframework.context.annotation.Configuration;\n\n"
            f"{condition}@Configuration\npublic class RedissonConfig {{\n"
            "    Config config() { return new Config(); }\n}\n"
        ),
        "src/main/java/org/acme/cache/CacheServiceJDKImpl.java": (
            "package org.acme.cache;\n\n"
            "@ConditionalOnExpression(\"'${cache.type:default}'.equals('jdk')\")\n"
            "public class CacheServiceJDKImpl implements CacheService {}\n"
        ),
        "src/main/config/application.properties": "server.port = 8012\n" + settings,
    }


def test_a_redis_client_the_settings_leave_off_is_no_store(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.DATABASE) == ("", "")


def test_settings_choosing_redis_keep_it(tmp_path: Path) -> None:
    # Counter-case: the shipped settings turn the Redis store on.
    found = by_folder(write(tmp_path, _service("cache.type = ${APP_CACHE_TYPE:redis}\n")))
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_an_unconditional_client_keeps_redis(tmp_path: Path) -> None:
    # Counter-case: the client is opened whatever the settings say.
    found = by_folder(write(tmp_path, _service(condition="")))
    assert first(found["."], K.DATABASE)[0] == "Redis"
