"""JVM: a Redis client switched on by a flag the settings turn off is no store (set 223, #19).

A Spring Boot publishing API keeps an optional test-run counter in Redis: the configuration
class and the service that increments it are both `@ConditionalOnProperty(value =
"api.reporting.redis.enabled", havingValue = "true")`, and its own `application.yaml` sets
that flag to `${API_REPORTING_REDIS_ENABLED:false}`. The program's explicit default leaves
that Redis closed (`optional_redis`): engine none. A flag defaulting to true, or a profile's
settings turning it on, keeps Redis its engine (`redis_only`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    id 'java'
    id 'org.springframework.boot' version '3.2.3'
    id 'io.spring.dependency-management' version '1.1.4'
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation 'org.springframework.boot:spring-boot-starter-data-redis'
    testImplementation 'org.springframework.boot:spring-boot-starter-test'
}
"""

_CONDITION = (
    '@ConditionalOnProperty(value = "api.reporting.redis.enabled", havingValue = "true")\n'
)


def _settings(default: str) -> str:
    return (
        "spring:\n  data:\n    redis:\n      url: ${API_REPORTING_REDIS_URL}\n"
        # Another flag of the same last name, on: only the whole key counts.
        "api:\n  cache:\n    enabled: true\n"
        f"  reporting:\n    redis:\n      enabled: ${{API_REPORTING_REDIS_ENABLED:{default}}}\n"
    )


def _service(default: str = "false", condition: str = _CONDITION) -> dict[str, str]:
    return {
        "build.gradle": _BUILD,
        "src/main/java/org/acme/ApiApplication.java": (
            "package org.acme;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class ApiApplication {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(ApiApplication.class, args);\n    }\n}\n"
        ),
        "src/main/java/org/acme/config/RedisConfig.java": (
            "package org.acme.config;\n\n"
            "import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;\n"
            "import org.springframework.data.redis.core.RedisTemplate;\n\n"
            f"{condition}@Configuration\npublic class RedisConfig {{\n"
            "    RedisTemplate<String, Integer> template() { return new RedisTemplate<>(); }\n}\n"
        ),
        "src/main/java/org/acme/reporting/RedisReporting.java": (
            "package org.acme.reporting;\n\n"
            "import org.springframework.data.redis.core.RedisTemplate;\n\n"
            f"@Service\n{condition}public class RedisReporting {{\n"
            "    private RedisTemplate<String, Integer> redis;\n"
            "    void produced(String name) { redis.opsForValue().increment(name); }\n}\n"
        ),
        "src/main/resources/application.yaml": _settings(default),
    }


def test_a_redis_flag_the_settings_turn_off_opens_no_store(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["."], K.DATABASE) == ("", "")


def test_a_flag_on_by_default_keeps_redis(tmp_path: Path) -> None:
    # Counter-case: the settings' own default turns the counter on.
    found = by_folder(write(tmp_path, _service("true")))
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_a_profile_turning_the_flag_on_keeps_redis(tmp_path: Path) -> None:
    # Counter-case: the production profile turns it on.
    files = _service()
    files["src/main/resources/application-prod.properties"] = (
        "api.reporting.redis-enabled=false\napi.reporting.redis.enabled=true\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_an_unconditional_client_keeps_redis(tmp_path: Path) -> None:
    # Counter-case: the client is opened whatever the settings say.
    found = by_folder(write(tmp_path, _service(condition="")))
    assert first(found["."], K.DATABASE)[0] == "Redis"
