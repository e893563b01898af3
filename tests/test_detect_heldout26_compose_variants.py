"""A Spring Boot API whose own application.yml runs an in-memory HSQLDB, with drivers for
PostgreSQL, MySQL and MariaDB beside, and a distribution folder offering one Compose file per
engine (`distribution/app-mariadb/`, `app-mysql/`, `app-postgresql/`: held-out set 70, #19).
The Compose files are alternatives the user picks from: none outranks the program's own
setting. One Compose file alone still decides."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import compose_variants
from designer.model.stack import FindingKind as K

_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>4.0.6</version>
  </parent>
  <artifactId>api</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
    </dependency>
    <dependency>
      <groupId>com.mysql</groupId>
      <artifactId>mysql-connector-j</artifactId>
    </dependency>
    <dependency>
      <groupId>org.mariadb.jdbc</groupId>
      <artifactId>mariadb-java-client</artifactId>
    </dependency>
    <dependency>
      <groupId>org.hsqldb</groupId>
      <artifactId>hsqldb</artifactId>
    </dependency>
  </dependencies>
</project>
"""

_YML = """spring:
  datasource:
    url: jdbc:hsqldb:mem:api;sql.names=false
    driver-class-name: org.hsqldb.jdbc.JDBCDriver
"""

_APP = """package org.acme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ApiApplication {
  public static void main(String[] args) {}
}
"""

_COMPOSE = """services:
  db:
    image: %s
  api:
    image: acme/api:latest
    depends_on:
      - db
"""

_VARIANTS = {"mariadb": "mariadb:11.4", "mysql": "mysql:8.0", "postgresql": "postgres:15-alpine"}


def _tree(variants: dict[str, str]) -> dict[str, str]:
    return {
        "api/pom.xml": _POM,
        "api/src/main/resources/application.yml": _YML,
        "api/src/main/java/org/acme/ApiApplication.java": _APP,
        **{
            f"distribution/app-{name}/docker-compose.yml": _COMPOSE % image
            for name, image in variants.items()
        },
    }


def test_sibling_compose_alternatives_leave_the_programs_own_setting_first(
    tmp_path: Path,
) -> None:
    api = by_folder(write(tmp_path, _tree(_VARIANTS)))["api"]
    assert first(api, K.DATABASE)[0] == "HSQLDB"
    assert {f.name for f in api.findings if f.kind is K.DATABASE} >= {"MariaDB", "PostgreSQL"}


def test_one_compose_file_still_decides(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _tree({"postgresql": "postgres:15-alpine"})))["api"]
    assert first(api, K.DATABASE) == ("PostgreSQL", "15")


def test_variants_are_siblings_with_engines_of_their_own() -> None:
    files = [
        (f"distribution/app-{name}/docker-compose.yml", ".", _COMPOSE % image)
        for name, image in _VARIANTS.items()
    ]
    assert compose_variants.variants(files) == {path for path, _, _ in files}
    same = [(p, o, _COMPOSE % "postgres:16") for p, o, _ in files]
    assert compose_variants.variants(same) == frozenset()
    root = [("docker-compose.yml", ".", _COMPOSE % "mysql:8"), files[2]]
    assert compose_variants.variants(root) == frozenset()
