"""Two catalogue readings from held-out set 118 (#19):

- dp3t's ws module pins `spring-boot-starter-cloud-connectors` at the Spring Cloud Connectors
  release (`2.0.7.RELEASE`) while its parent imports spring-boot-dependencies 2.4.10: the
  starter's release is not Spring Boot's, nor is a Boot starter's pinned alone (the BOM manages
  the core it pulls in).
- nf-tower's Micronaut backend declares `micronaut-hibernate-gorm`: GORM is its data layer. A
  Micronaut backend on Micronaut Data JPA stays on JPA.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PARENT = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.acme</groupId>
  <artifactId>backend</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <spring-boot-version>2.4.10</spring-boot-version>
    <spring-cloud-connectors-version>2.0.7.RELEASE</spring-cloud-connectors-version>
  </properties>
  <modules>
    <module>backend-ws</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <type>pom</type>
        <version>${spring-boot-version}</version>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""

_WS = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.acme</groupId>
    <artifactId>backend</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>backend-ws</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>{pinned}</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
</project>
"""

_APP = (
    "package org.acme.ws;\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {}\n"
)


def _ws_tree(pinned: str, version: str) -> dict[str, str]:
    return {
        "pom.xml": _PARENT,
        "backend-ws/pom.xml": _WS.format(pinned=pinned, version=version),
        "backend-ws/src/main/java/org/acme/ws/Application.java": _APP,
    }


def test_cloud_connectors_release_is_not_spring_boots(tmp_path: Path) -> None:
    write(tmp_path, _ws_tree("spring-boot-starter-cloud-connectors", "2.0.7.RELEASE"))
    ws = by_folder(tmp_path)["backend-ws"]
    assert first(ws, K.FRAMEWORK) == ("Spring Boot", "2.4.10")


def test_a_boot_starter_pinned_alone_yields_to_the_boms_release(tmp_path: Path) -> None:
    # A starter of Spring Boot's own pinned beside unversioned ones, under a parent importing
    # spring-boot-dependencies: the BOM manages the Spring Boot core the pinned starter pulls
    # in, so the release the application runs is the BOM's (set 351's `bom_pins`; all
    # starters pinned alike keep their release: tests/test_detect_heldout351_lone_pins.py).
    write(tmp_path, _ws_tree("spring-boot-starter-validation", "2.5.1"))
    ws = by_folder(tmp_path)["backend-ws"]
    assert first(ws, K.FRAMEWORK) == ("Spring Boot", "2.4.10")


_GRADLE = """plugins {{
    id "groovy"
    id "io.spring.dependency-management" version "1.0.6.RELEASE"
    id "application"
}}

dependencyManagement {{
    imports {{
        mavenBom 'io.micronaut:micronaut-bom:1.3.3'
    }}
}}

dependencies {{
    compile "io.micronaut:micronaut-http-server-netty"
    compile "io.micronaut:micronaut-runtime-groovy"
    compile "{data}"
    runtime 'mysql:mysql-connector-java:8.0.16'
}}

mainClassName = "io.acme.Application"
"""

_MAIN = """package io.acme

import groovy.transform.CompileStatic
import io.micronaut.runtime.Micronaut

@CompileStatic
class Application {
    static void main(String[] args) {
        Micronaut.run(Application)
    }
}
"""


def _micronaut_tree(data: str) -> dict[str, str]:
    return {
        "tower-backend/build.gradle": _GRADLE.format(data=data),
        "tower-backend/src/main/groovy/io/acme/Application.groovy": _MAIN,
    }


def test_micronaut_gorm_is_gorm(tmp_path: Path) -> None:
    write(tmp_path, _micronaut_tree("io.micronaut.configuration:micronaut-hibernate-gorm"))
    backend = by_folder(tmp_path)["tower-backend"]
    assert first(backend, K.FRAMEWORK) == ("Micronaut", "1.3.3")
    assert first(backend, K.ORM)[0] == "GORM"


def test_micronaut_data_jpa_stays_jpa(tmp_path: Path) -> None:
    # The counter-case: Micronaut Data's Hibernate JPA module.
    write(tmp_path, _micronaut_tree("io.micronaut.data:micronaut-data-hibernate-jpa"))
    backend = by_folder(tmp_path)["tower-backend"]
    assert first(backend, K.ORM)[0] != "GORM"
