"""Held-out set 438 (#19): a Spring base file activating an in-memory profile whose driver the
build keeps for the tests alone.

The module's `application.yaml` commits `spring.profiles.active: local`, whose file opens H2 in
memory, while the pom declares H2 with `<scope>test</scope>` and PostgreSQL's driver for run
time (the deployed profiles build their datasource in code, from a secret store). The packaged
application carries no H2 driver: the local profile runs only from the test classpath, and
PostgreSQL is the engine. With H2 declared for run time, the activated profile is what runs,
and H2 stays.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_RESOURCES = "src/main/resources"


def _pom(h2_scope: str) -> str:
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.7</version>
  </parent>
  <artifactId>stats-api</artifactId>
  <properties>
    <h2.version>2.4.240</h2.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-jdbc</artifactId>
    </dependency>
    <dependency>
      <groupId>com.h2database</groupId>
      <artifactId>h2</artifactId>
      <version>${{h2.version}}</version>
      <scope>{h2_scope}</scope>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
      <scope>runtime</scope>
    </dependency>
  </dependencies>
</project>
"""


def _files(h2_scope: str) -> dict[str, str]:
    return {
        "pom.xml": _pom(h2_scope),
        "src/main/kotlin/app/Application.kt": (
            "package app\n\nimport org.springframework.boot.autoconfigure.SpringBootApplication\n"
            "import org.springframework.boot.runApplication\n\n"
            "@SpringBootApplication\nclass Application\n\n"
            "fun main(args: Array<String>) {\n    runApplication<Application>(*args)\n}\n"
        ),
        f"{_RESOURCES}/application.yaml": (
            "server.servlet.context-path: /stats-api\n\nspring:\n  profiles:\n    active: local\n"
        ),
        f"{_RESOURCES}/application-local.yaml": (
            "spring:\n  config.activate.on-profile: local\n\napp.datasource:\n"
            "  url: jdbc:h2:mem:db-local;MODE=PostgreSQL;DB_CLOSE_DELAY=-1\n"
            "  driver-class-name: org.h2.Driver\n"
        ),
        f"{_RESOURCES}/application-compose.yaml": (
            "app.datasource:\n  url: \"jdbc:postgresql://localhost:5432/postgres\"\n"
        ),
    }


def test_memory_profile_on_a_test_scoped_driver_is_a_fallback(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files("test")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_memory_profile_on_a_runtime_driver_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files("runtime")))["."]
    assert first(backend, K.DATABASE)[0] == "H2"
