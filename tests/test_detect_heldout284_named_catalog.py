"""A Spring Boot module of a Gradle build whose version catalogue has another name (#19): the
settings script imports a TOML file kept beside it, outside `gradle/`, as the `deps`
catalogue (`versionCatalogs { deps { from(files("./libs.versions.toml")) } }`), the modules
name `deps.spring.boot.starter.data`, and the root's buildscript puts the Boot plugin on its
classpath from it (`classpath(deps.spring.boot.plugin)`, `spring-boot = '3.+'`). The module
declares Spring Boot through the catalogue, at the plugin's release; an accessor of a name no
catalogue has declares nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TOML = """[versions]
spring-boot = '3.+'
postgres = '42.+'
lombok-plugin = '6.+'

[libraries]
spring-boot-plugin = { module = 'org.springframework.boot:spring-boot-gradle-plugin', \
version.ref = 'spring-boot' }
spring-boot-starter-test = { module = 'org.springframework.boot:spring-boot-starter-test' }
spring-boot-starter-data = { module = 'org.springframework.boot:spring-boot-starter-data-jpa' }
spring-boot-starter-web = { module = 'org.springframework.boot:spring-boot-starter-web' }
lombok-plugin = { module = 'io.freefair.gradle:lombok-plugin', version.ref = 'lombok-plugin' }
db-postgres = { module = 'org.postgresql:postgresql', version.ref = 'postgres' }
"""
_SETTINGS = """rootProject.name = 'okr'

include 'okr-app'

dependencyResolutionManagement {
    versionCatalogs {
        deps {
            from(files("./libs.versions.toml"))
        }
    }
}
"""
_ROOT = """buildscript {
    repositories { mavenCentral() }
    dependencies {
        classpath(deps.lombok.plugin)
        classpath(deps.spring.boot.plugin)
    }
}

subprojects {
    apply plugin: 'io.spring.dependency-management'
    apply plugin: 'java'
    apply plugin: 'org.springframework.boot'
    sourceCompatibility = 17
    repositories { mavenCentral() }
    dependencies {
        testImplementation deps.spring.boot.starter.test
    }
    test { useJUnitPlatform() }
}
"""
_APP = """apply plugin: 'war'

dependencies {
  implementation deps.spring.boot.starter.web
  implementation deps.spring.boot.starter.data
  implementation deps.db.postgres
}
"""
_MAIN = """package org.okr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OkrApp {
  public static void main(String[] args) {
    SpringApplication.run(OkrApp.class, args);
  }
}
"""
_YAML = """spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/okr
  jpa:
    hibernate:
      ddl-auto: validate
"""
_TEST = """package org.okr;

import org.junit.jupiter.api.Test;

class OkrAppTest {
  @Test
  void starts() {}
}
"""


def _tree(settings: str) -> dict[str, str]:
    return {
        "backend/okr/libs.versions.toml": _TOML,
        "backend/okr/settings.gradle": settings,
        "backend/okr/build.gradle": _ROOT,
        "backend/okr/okr-app/settings.gradle": "rootProject.name = 'okr'\n",
        "backend/okr/okr-app/build.gradle": _APP,
        "backend/okr/okr-app/src/main/java/org/okr/OkrApp.java": _MAIN,
        "backend/okr/okr-app/src/main/resources/application.yaml": _YAML,
        "backend/okr/okr-app/src/test/java/org/okr/OkrAppTest.java": _TEST,
    }


def test_a_catalogue_named_otherwise_declares_boot_at_the_plugins_release(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree(_SETTINGS)))["backend/okr/okr-app"]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.+")
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_accessors_of_no_catalogue_declare_nothing(tmp_path: Path) -> None:
    settings = _SETTINGS.replace("deps {", "other {")
    found = by_folder(write(tmp_path, _tree(settings))).get("backend/okr/okr-app")
    assert found is None or found.ambiguous or first(found, K.FRAMEWORK)[1] != "3.+"
