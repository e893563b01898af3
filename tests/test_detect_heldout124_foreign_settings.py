"""Held-out set 124 (#19): Spring settings of another program kept in a Micronaut module.

A Micronaut service over jOOQ keeps, among its resources, the `application.properties` of a
Spring service its tests and Compose file run beside it (mounted into that container): the
file sets `spring.jpa.hibernate.ddl-auto=validate`. Micronaut reads no `spring.jpa` key, so the
line configures the other program: the module's data layer stays jOOQ, not JPA. Counter-case:
the same settings in a Spring Boot application keep naming JPA (its entities may come from a
library the tree lacks).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import SPRING_PARENT, dep, pom, write
from test_detect_unseen import by_folder

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_MICRONAUT = pom(
    "\n".join(
        [
            dep("io.micronaut", "micronaut-inject"),
            dep("io.micronaut", "micronaut-runtime"),
            dep("io.micronaut", "micronaut-http-server-netty"),
            dep("io.micronaut.sql", "micronaut-jooq"),
            dep("org.jooq", "jooq", version="3.16.3"),
            dep("org.postgresql", "postgresql", version="42.3.8"),
        ]
    ),
    extra="""  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.micronaut</groupId>
        <artifactId>micronaut-bom</artifactId>
        <version>2.5.13</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>""",
)

_SPRING = pom(
    "\n".join(
        [
            dep("org.springframework.boot", "spring-boot-starter-web"),
            dep("org.jooq", "jooq", version="3.16.3"),
            dep("org.postgresql", "postgresql"),
        ]
    ),
    parent=SPRING_PARENT,
)

_MICRONAUT_MAIN = """package org.example;

import io.micronaut.runtime.Micronaut;

public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
"""

_SPRING_MAIN = """package org.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""

_DAO = """package org.example.daos;

import org.jooq.Configuration;
import org.jooq.DSLContext;

public class ProgramDao {
    private final DSLContext dsl;

    public ProgramDao(Configuration configuration, DSLContext dsl) {
        this.dsl = dsl;
    }
}
"""

_OTHER_SETTINGS = """server.port = 8080
spring.datasource.url=jdbc:postgresql://${SIDECAR_DB_HOST}/${SIDECAR_DB}
spring.datasource.driver-class-name=org.postgresql.Driver
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.show-sql=false
"""

_OWN_SETTINGS = """micronaut:
  application:
    name: trials
datasources:
  default:
    url: jdbc:postgresql://${DB_SERVER:localhost:5432}/${DB_NAME:trials}
jooq:
  datasources:
    default:
      sql-dialect: POSTGRES
"""


def _data(backend: DetectedBackend) -> str:
    """The data layer as the held-out sets read it: the first ORM or query finding."""
    return next((f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "none")


def _tree(build: str, main: str) -> dict[str, str]:
    return {
        "pom.xml": build,
        "src/main/java/org/example/Application.java": main,
        "src/main/java/org/example/daos/ProgramDao.java": _DAO,
        "src/main/resources/application.yml": _OWN_SETTINGS,
        "src/main/resources/sidecar/properties/application.properties": _OTHER_SETTINGS,
    }


def test_spring_jpa_settings_in_a_micronaut_module_name_no_jpa(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_MICRONAUT, _MICRONAUT_MAIN)))["."]
    assert next(f.name for f in backend.findings if f.kind is K.FRAMEWORK) == "Micronaut"
    assert "JPA / Hibernate" not in [f.name for f in backend.findings]
    assert _data(backend) == "jOOQ"


def test_spring_jpa_settings_in_a_spring_boot_application_keep_jpa(tmp_path: Path) -> None:
    # Counter-case: Spring Boot reads the keys; JPA is configured for it.
    backend = by_folder(write(tmp_path, _tree(_SPRING, _SPRING_MAIN)))["."]
    assert "JPA / Hibernate" in [f.name for f in backend.findings]
