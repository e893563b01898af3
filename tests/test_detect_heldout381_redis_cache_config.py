"""Gaps the 381st held-out set showed in a Spring Boot API (benchmarks/detect_heldout381.yaml),
as small fixtures of the real files' shape (#19): Redis configured as Spring's cache, the
configuration class parsing the connection URL with Lettuce's `RedisURI` to build the
`RedisCacheManager` — a cache, no store of the service's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CACHE_CONFIG = (
    "package app.config;\n\nimport io.lettuce.core.RedisURI;\n"
    "import org.springframework.cache.annotation.EnableCaching;\n"
    "import org.springframework.context.annotation.Bean;\n"
    "import org.springframework.context.annotation.Configuration;\n"
    "import org.springframework.data.redis.cache.RedisCacheConfiguration;\n"
    "import org.springframework.data.redis.cache.RedisCacheManager;\n"
    "import org.springframework.data.redis.connection.RedisConnectionFactory;\n"
    "import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;\n\n"
    "@EnableCaching\n@Configuration\npublic class CacheConfiguration {\n"
    "    @Bean\n    public RedisCacheManager cacheManager(RedisConnectionFactory factory) {\n"
    "        return RedisCacheManager.builder(factory).build();\n    }\n\n"
    "    @Bean\n    public LettuceConnectionFactory factory(String url) {\n"
    "        RedisURI uri = RedisURI.create(url);\n        return null;\n    }\n}\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "build.gradle": (
            "plugins {\n    id 'java'\n    id 'org.springframework.boot' version '3.5.6'\n}\n\n"
            "dependencies {\n"
            "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
            "    implementation 'org.springframework.boot:spring-boot-starter-data-redis'\n"
            "    testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n"
        ),
        "src/main/java/app/Application.java": (
            "package app;\n\nimport org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class Application {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(Application.class, args);\n    }\n}\n"
        ),
        "src/main/java/app/config/CacheConfiguration.java": _CACHE_CONFIG,
        **extra,
    }


def test_a_cache_managers_configuration_opens_no_store(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))["."]
    assert first(found, K.DATABASE)[0] == ""
    assert first(found, K.CACHE)[0] == "Redis"


def test_a_class_writing_through_the_template_still_keeps_data(tmp_path: Path) -> None:
    store = (
        "package app;\n\nimport org.springframework.data.redis.core.StringRedisTemplate;\n\n"
        "public class BasketStore {\n    private StringRedisTemplate template;\n\n"
        "    void save(String id, String basket) {\n"
        "        template.opsForValue().set(id, basket);\n    }\n}\n"
    )
    tree = _tree(**{"src/main/java/app/BasketStore.java": store})
    found = by_folder(write(tmp_path, tree))["."]
    assert first(found, K.DATABASE)[0] == "Redis"
