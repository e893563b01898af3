"""A Spring Boot service naming no database whose own code calls a Redis client (Redisson's
`RedissonClient`, a pseudonym store's maps) keeps its data in Redis: Redis is its engine
(held-out set 158's trust-center agent, #19). Counter-cases: Spring's Redis cache configured
only (a cache manager over the connection factory) names no engine, and beside PostgreSQL
the client is a cache."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K

_MAIN = """package care.agent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AgentApplication {
  public static void main(String[] args) {
    SpringApplication.run(AgentApplication.class, args);
  }
}
"""

_CONTROLLER = """package care.agent;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MappingController {
  @PostMapping("/api/v2/mappings")
  public String map() { return "ok"; }
}
"""

_STORE = """package care.agent.mapping;

import org.redisson.api.RMapReactive;
import org.redisson.api.RedissonClient;

public class MappingProvider {
  private final RedissonClient redisClient;

  public MappingProvider(RedissonClient redisClient) { this.redisClient = redisClient; }

  public RMapReactive<String, String> mappings(String id) {
    return redisClient.reactive().getMap(id);
  }
}
"""

_CACHE = """package care.agent.config;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;

@EnableCaching
public class CacheConfig {
  public RedisCacheManager cacheManager(RedisConnectionFactory factory) {
    return RedisCacheManager.create(factory);
  }
}
"""

_JAVA = "agent/src/main/java/care/agent/"


def _engine(tmp_path: Path, deps: list[str], code: dict[str, str]) -> str | None:
    web = dep("org.springframework.boot", "spring-boot-starter-web")
    files = {
        "agent/pom.xml": pom("\n".join([web, *deps]), parent=SPRING_PARENT),
        _JAVA + "AgentApplication.java": _MAIN,
        _JAVA + "MappingController.java": _CONTROLLER,
        **{_JAVA + name: text for name, text in code.items()},
    }
    found = by_folder(write(tmp_path, files))
    engine = first(found["agent"], K.DATABASE)
    return engine[0] or None


_REDISSON = dep("org.redisson", "redisson", version="4.7.0")
_SPRING_REDIS = dep("org.springframework.boot", "spring-boot-starter-data-redis")


def test_a_redis_client_called_by_the_service_is_its_store(tmp_path: Path) -> None:
    assert _engine(tmp_path, [_REDISSON], {"mapping/MappingProvider.java": _STORE}) == "Redis"


def test_a_redis_cache_configured_only_names_no_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, [_SPRING_REDIS], {"config/CacheConfig.java": _CACHE}) is None


def test_beside_postgresql_the_client_is_a_cache(tmp_path: Path) -> None:
    deps = [_REDISSON, dep("org.postgresql", "postgresql", scope="runtime")]
    code = {"mapping/MappingProvider.java": _STORE}
    assert _engine(tmp_path, deps, code) == "PostgreSQL"
