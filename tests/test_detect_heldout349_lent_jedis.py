"""A Spring Boot service whose Redis client a platform library lends (set 349, #19).

The service's build names no Redis library: its platform's shared module (a `*-jedis` library
of the owner's) brings Jedis, and a Groovy configuration class of the service constructs the
pool itself (`new JedisPool(new URI(redis.connection), timeout)`), handing it to the platform's
client delegate that the monitors' caches call. Naming no other database, the service keeps its
data in Redis: the constructed client names Redis (a cache by itself, `jvm`), and
`redis_only` makes it the engine.

Counter-cases: beside a PostgreSQL driver Redis stays a cache; code only calling the platform's
delegate, constructing no client, names nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K

_MAIN = """package com.acme.ci

import org.springframework.boot.SpringApplication
import org.springframework.boot.autoconfigure.SpringBootApplication

@SpringBootApplication
class Main {
  static void main(String... args) {
    SpringApplication.run(Main, args)
  }
}
"""

_CONTROLLER = """package com.acme.ci;

import com.acme.platform.jedis.RedisClientDelegate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BuildController {
  private final RedisClientDelegate redis;

  public BuildController(RedisClientDelegate redis) { this.redis = redis; }

  @GetMapping("/builds")
  public String builds() { return redis.withCommandsClient(c -> c.get("builds")); }
}
"""

_CONFIG = """package com.acme.ci.config

import com.acme.platform.jedis.JedisClientDelegate
import com.acme.platform.jedis.RedisClientDelegate
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import redis.clients.jedis.JedisPool

@Configuration
class JedisConfig {
  @Bean
  JedisPool jedis(CiProperties properties) {
    new JedisPool(new URI(properties.redis.connection), properties.redis.timeout)
  }

  @Bean
  RedisClientDelegate redisClientDelegate(JedisPool jedisPool) {
    return new JedisClientDelegate(jedisPool)
  }
}
"""

_ROOT = "ci-web/src/main/"


def _engine(tmp_path: Path, deps: list[str], config: bool = True) -> str:
    web = dep("org.springframework.boot", "spring-boot-starter-web")
    lent = dep("com.acme.platform", "platform-jedis", version="7.254.0")
    files = {
        "ci-web/pom.xml": pom("\n".join([web, lent, *deps]), parent=SPRING_PARENT),
        _ROOT + "groovy/com/acme/ci/Main.groovy": _MAIN,
        _ROOT + "java/com/acme/ci/BuildController.java": _CONTROLLER,
        "ci-web/config/ci.yml": "redis:\n  connection: redis://localhost:6379\n",
    }
    if config:
        files[_ROOT + "groovy/com/acme/ci/config/JedisConfig.groovy"] = _CONFIG
    found = by_folder(write(tmp_path, files))
    return first(found["ci-web"], K.DATABASE)[0]


def test_a_constructed_jedis_pool_makes_redis_the_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, []) == "Redis"


def test_beside_postgresql_redis_stays_a_cache(tmp_path: Path) -> None:
    assert _engine(tmp_path, [dep("org.postgresql", "postgresql")]) == "PostgreSQL"


def test_the_platforms_delegate_alone_names_nothing(tmp_path: Path) -> None:
    assert _engine(tmp_path, [], config=False) == ""
