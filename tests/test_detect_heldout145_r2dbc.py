"""Held-out set 145 (#19): a reactive Spring Boot service declares both the JPA and the R2DBC
starters and keeps `jakarta.persistence` annotations on its entities, but every repository
extends `R2dbcRepository` and nothing of its code reaches JPA at run time (no JPA repository,
no entity manager); its configuration gives an `r2dbc:` URL. Its data layer is Spring Data
R2DBC. The same service with one `JpaRepository`, or an `EntityManager`, keeps JPA."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.3.10</version>
    <relativePath/>
  </parent>
  <groupId>org.example</groupId>
  <artifactId>state-api</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-webflux</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-r2dbc</artifactId>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>r2dbc-postgresql</artifactId>
    </dependency>
  </dependencies>
</project>
"""

_APP = """package org.example.state;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StateApp {
  public static void main(String[] args) {
    SpringApplication.run(StateApp.class, args);
  }
}
"""

_ENTITY = """package org.example.state.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "authorization_code")
public class AuthorizationCode {
  @Id private Integer id;
}
"""

_REACTIVE = """package org.example.state.repository;

import org.springframework.data.r2dbc.repository.R2dbcRepository;
import org.example.state.model.AuthorizationCode;

public interface AuthorizationCodeRepository extends R2dbcRepository<AuthorizationCode, Integer> {
}
"""

_BLOCKING = """package org.example.state.repository;

import org.springframework.data.jpa.repository.JpaRepository;
import org.example.state.model.AuthorizationCode;

public interface CodeArchive extends JpaRepository<AuthorizationCode, Integer> {
}
"""

_MANAGER = """package org.example.state.repository;

import jakarta.persistence.EntityManager;

public class CodeReport {
  private final EntityManager manager;
  public CodeReport(EntityManager manager) { this.manager = manager; }
}
"""

_CONFIG = """spring:
  r2dbc:
    url: r2dbc:postgresql://localhost:5433/state
  liquibase:
    url: jdbc:postgresql://localhost:5433/state
"""

_SRC = "src/main/java/org/example/state"


def _tree(**extra: str) -> dict[str, str]:
    return {
        "pom.xml": _POM,
        f"{_SRC}/StateApp.java": _APP,
        f"{_SRC}/model/AuthorizationCode.java": _ENTITY,
        f"{_SRC}/repository/AuthorizationCodeRepository.java": _REACTIVE,
        "src/main/resources/application.yaml": _CONFIG,
        **{f"{_SRC}/repository/{name}.java": text for name, text in extra.items()},
    }


def _layers(tmp_path: Path, tree: dict[str, str]) -> set[str]:
    found = by_folder(write(tmp_path, tree))
    return {f.name for f in found["."].findings if f.kind is K.ORM}


def test_reactive_repositories_beside_the_jpa_starter_are_r2dbc(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["."], K.ORM)[0] == "Spring Data R2DBC"
    assert _layers(tmp_path, _tree()) == {"Spring Data R2DBC"}


def test_a_jpa_repository_keeps_jpa(tmp_path: Path) -> None:
    assert "JPA / Hibernate" in _layers(tmp_path, _tree(CodeArchive=_BLOCKING))


def test_an_entity_manager_keeps_jpa(tmp_path: Path) -> None:
    assert "JPA / Hibernate" in _layers(tmp_path, _tree(CodeReport=_MANAGER))
