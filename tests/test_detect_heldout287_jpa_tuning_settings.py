"""Held-out set 287 (#19): a Spring Boot service written to JdbcTemplate, whose JPA starter and
Spring settings only tune Hibernate, is on Spring JDBC.

The shape: a Gradle build declares `spring-boot-starter-data-jpa` with SQL Server's and
PostgreSQL's drivers; no class is an `@Entity` nor imports JPA, every repository runs its SQL
through `NamedParameterJdbcTemplate`, and `application.yaml` keeps a `spring.jpa.properties.
hibernate` block of `format_sql` and `jdbc.time_zone` only. Those settings map nothing
(`jpa_tuning`), so JPA is dropped as when the build alone names it: the data layer is Spring
JDBC. Counter-case: the same settings with `ddl-auto: update` (schema generation, which only
makes sense over entities) keep JPA.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
  id 'java'
  id 'org.springframework.boot' version '3.5.15'
  id 'io.spring.dependency-management' version '1.1.7'
}

dependencies {
  implementation 'org.springframework.boot:spring-boot-starter-web'
  implementation 'org.springframework.boot:spring-boot-starter-data-jpa'
  runtimeOnly 'com.microsoft.sqlserver:mssql-jdbc:13.4.0.jre11'
  runtimeOnly 'org.postgresql:postgresql'
  testImplementation 'org.springframework.boot:spring-boot-starter-test'
}
"""

_JAVA = "dedup/src/main/java/org/acme/dedup"

_MAIN = """package org.acme.dedup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DedupApplication {
  public static void main(String[] args) {
    SpringApplication.run(DedupApplication.class, args);
  }
}
"""

_FINDER = """package org.acme.dedup.match;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class MatchFinder {
  private final NamedParameterJdbcTemplate template;

  public MatchFinder(NamedParameterJdbcTemplate template) {
    this.template = template;
  }

  public List<String> find(String id) {
    return template.queryForList(
        "SELECT person_uid FROM match_candidates WHERE person_uid = :id",
        new MapSqlParameterSource("id", id), String.class);
  }
}
"""

_SETTINGS = """spring:
  application:
    name: dedup
  jpa:
    properties:
      hibernate:
{extra}        format_sql: true
        jdbc:
          time_zone: UTC
  datasource:
    url: ${{DEDUP_DB_URL}}
"""


def _tree(extra: str = "") -> dict[str, str]:
    return {
        "dedup/build.gradle": _BUILD,
        "dedup/settings.gradle": "rootProject.name = 'dedup'\n",
        f"{_JAVA}/DedupApplication.java": _MAIN,
        f"{_JAVA}/match/MatchFinder.java": _FINDER,
        "dedup/src/main/resources/application.yaml": _SETTINGS.format(extra=extra),
    }


def test_hibernate_tuning_settings_map_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"dedup"}
    assert first(found["dedup"], K.ORM) == ("", "")
    assert first(found["dedup"], K.QUERY)[0] == "Spring JDBC"


def test_schema_generation_keeps_jpa(tmp_path: Path) -> None:
    # Counter-case: `ddl-auto` generates tables for entities, perhaps a library's.
    found = by_folder(write(tmp_path, _tree("        hbm2ddl:\n          auto: update\n")))
    assert first(found["dedup"], K.ORM)[0].startswith("JPA")
