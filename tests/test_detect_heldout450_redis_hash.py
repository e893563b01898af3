"""A gap the 450th held-out set showed (benchmarks/detect_heldout450.yaml), as a small fixture
of the real files' shape (#19): a Spring Boot application module of a Maven reactor whose
records are Spring Data Redis `@RedisHash` documents kept by `CrudRepository`s in a sibling
adapter module it depends on. Its data layer is Spring Data Redis, its engine Redis. The
counter-case: a JPA service on PostgreSQL keeping its tokens as `@RedisHash` entities stays
JPA's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PARENT = (
    '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n'
    "    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n"
    "    <version>3.5.13</version>\n  </parent>\n"
    "  <groupId>net.example</groupId>\n  <artifactId>chores</artifactId>\n"
    "  <version>1.0</version>\n  <packaging>pom</packaging>\n"
    "  <properties><java.version>21</java.version></properties>\n"
    "  <modules>\n    <module>application</module>\n    <module>redis-adapter</module>\n"
    "    <module>rest-adapter</module>\n  </modules>\n</project>\n"
)


def _module(name: str, dependencies: str, build: str = "") -> str:
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>net.example</groupId>\n    <artifactId>chores</artifactId>\n"
        "    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{name}</artifactId>\n  <dependencies>\n{dependencies}  </dependencies>\n"
        f"{build}</project>\n"
    )


def _dep(group: str, artifact: str) -> str:
    return (
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n    </dependency>\n"
    )


_BOOT_PLUGIN = (
    "  <build>\n    <plugins>\n      <plugin>\n"
    "        <groupId>org.springframework.boot</groupId>\n"
    "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
    "      </plugin>\n    </plugins>\n  </build>\n"
)

_APPLICATION = (
    "package net.example.chores;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class ChoresApplication {\n"
    "  public static void main(String[] args) {\n"
    "    SpringApplication.run(ChoresApplication.class, args);\n  }\n}\n"
)

_DOCUMENT = (
    "package net.example.chores.redis;\n\n"
    "import org.springframework.data.annotation.Id;\n"
    "import org.springframework.data.redis.core.RedisHash;\n\n"
    '@RedisHash("items")\npublic class ItemDocument {\n  @Id\n  private String id;\n}\n'
)

_REPOSITORY = (
    "package net.example.chores.redis;\n\n"
    "import org.springframework.data.repository.CrudRepository;\n\n"
    "public interface ItemRepository extends CrudRepository<ItemDocument, String> {}\n"
)

_CONTROLLER = (
    "package net.example.chores.rest;\n\n"
    "import org.springframework.web.bind.annotation.GetMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    '@RestController\npublic class ItemController {\n  @GetMapping("/items")\n'
    '  public String items() {\n    return "[]";\n  }\n}\n'
)

_JAVA = "src/main/java/net/example/chores"


def _reactor() -> dict[str, str]:
    own = _dep("net.example", "redis-adapter") + _dep("net.example", "rest-adapter")
    return {
        "pom.xml": _PARENT,
        "application/pom.xml": _module("application", own, _BOOT_PLUGIN),
        f"application/{_JAVA}/ChoresApplication.java": _APPLICATION,
        "application/src/main/resources/application.properties": (
            "spring.data.redis.host=localhost\n"
        ),
        "redis-adapter/pom.xml": _module(
            "redis-adapter", _dep("org.springframework.boot", "spring-boot-starter-data-redis")
        ),
        f"redis-adapter/{_JAVA}/redis/ItemDocument.java": _DOCUMENT,
        f"redis-adapter/{_JAVA}/redis/ItemRepository.java": _REPOSITORY,
        "rest-adapter/pom.xml": _module(
            "rest-adapter", _dep("org.springframework.boot", "spring-boot-starter-web")
        ),
        f"rest-adapter/{_JAVA}/rest/ItemController.java": _CONTROLLER,
    }


def test_redis_hash_documents_lent_by_an_adapter_module_are_spring_data_redis(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _reactor()))["application"]
    assert first(backend, FindingKind.ORM)[0] == "Spring Data Redis"
    assert first(backend, FindingKind.DATABASE)[0] == "Redis"


_JPA_POM = (
    '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n'
    "    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n"
    "    <version>3.5.13</version>\n  </parent>\n"
    "  <artifactId>accounts</artifactId>\n  <dependencies>\n"
    + _dep("org.springframework.boot", "spring-boot-starter-web")
    + _dep("org.springframework.boot", "spring-boot-starter-data-jpa")
    + _dep("org.springframework.boot", "spring-boot-starter-data-redis")
    + _dep("org.postgresql", "postgresql")
    + "  </dependencies>\n</project>\n"
)

_ENTITY = (
    "package net.example.accounts;\n\nimport jakarta.persistence.Entity;\n"
    "import jakarta.persistence.Id;\n\n@Entity\npublic class Account {\n  @Id\n"
    "  private Long id;\n}\n"
)

_TOKEN = (
    "package net.example.accounts;\n\n"
    "import org.springframework.data.redis.core.RedisHash;\n\n"
    '@RedisHash(value = "tokens", timeToLive = 3600)\npublic class RefreshToken {\n'
    "  private String id;\n}\n"
)


def test_a_jpa_service_keeping_its_tokens_in_redis_hashes_stays_jpa(tmp_path: Path) -> None:
    java = "src/main/java/net/example/accounts"
    tree = {
        "pom.xml": _JPA_POM,
        f"{java}/AccountsApplication.java": _APPLICATION.replace("chores", "accounts").replace(
            "Chores", "Accounts"
        ),
        f"{java}/Account.java": _ENTITY,
        f"{java}/RefreshToken.java": _TOKEN,
        "src/main/resources/application.properties": (
            "spring.datasource.url=jdbc:postgresql://localhost:5432/accounts\n"
        ),
    }
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, FindingKind.ORM)[0] == "JPA / Hibernate"
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"
