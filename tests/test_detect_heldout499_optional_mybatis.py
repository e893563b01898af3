"""JVM: MyBatis scanned only when a store setting names a store the settings do not choose is
an option, not the service's data layer (set 499, #19).

A Spring Boot route service keeps its offline messages behind one interface, Redis by default;
a configuration class of its own scans MyBatis's mappers only when `offline.store.mode` is
`mysql` (`@ConditionalOnProperty(prefix = "offline.store", name = "mode", havingValue =
"mysql")`), while its application.yaml sets `mode: redis` and reaches Redis through templates.
The MyBatis import of that class names no data layer of the service as shipped
(`optional_redis.drop_switched_off`); settings choosing `mysql`, or a class switched on
unconditionally, keep MyBatis."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.acme</groupId>
  <artifactId>route</artifactId>
  <version>1.0</version>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.3.0</version>
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

_CONDITION = (
    '@ConditionalOnProperty(prefix = "offline.store", name = "mode", havingValue = "mysql")\n'
)


def _service(mode: str = "redis", condition: str = _CONDITION) -> dict[str, str]:
    return {
        "pom.xml": _POM,
        "src/main/java/org/acme/RouteApplication.java": (
            "package org.acme;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class RouteApplication {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(RouteApplication.class, args);\n    }\n}\n"
        ),
        "src/main/java/org/acme/config/MySqlPersistenceConfig.java": (
            "package org.acme.config;\n\n"
            "import org.mybatis.spring.annotation.MapperScan;\n"
            "import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;\n"
            "import org.springframework.context.annotation.Configuration;\n\n"
            f'@Configuration\n{condition}@MapperScan(basePackages = "org.acme.mapper")\n'
            "public class MySqlPersistenceConfig {\n}\n"
        ),
        "src/main/java/org/acme/service/AccountService.java": (
            "package org.acme.service;\n\n"
            "import org.springframework.data.redis.core.RedisTemplate;\n\n"
            "public class AccountService {\n"
            "    private RedisTemplate<String, String> redisTemplate;\n"
            "    void save(String k, String v) { redisTemplate.opsForValue().set(k, v); }\n}\n"
        ),
        "src/main/resources/application.yaml": (
            "spring:\n  data:\n    redis:\n      host: 127.0.0.1\n\n"
            f"offline:\n  store:\n    mode: {mode}\n"
        ),
    }


def test_mybatis_an_unchosen_store_setting_switches_on_is_no_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.ORM) == ("", "")
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_settings_choosing_that_store_keep_mybatis(tmp_path: Path) -> None:
    # Counter-case: the shipped settings choose the MyBatis store.
    found = by_folder(write(tmp_path, _service(mode="mysql")))
    assert first(found["."], K.ORM)[0] == "MyBatis"


def test_an_unconditional_configuration_keeps_mybatis(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(condition="")))
    assert first(found["."], K.ORM)[0] == "MyBatis"
