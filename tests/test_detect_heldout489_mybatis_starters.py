"""Held-out set 489 (#19): a wiki micro-service of a DevOps platform whose logic (controllers,
services, MyBatis mappers) comes in a library outside the tree, and whose own build declares the
platform's MyBatis starter (`hzero-starter-mybatis-mapper`) beside MySQL's driver, its
settings pointing MyBatis at the library's mapper files. A Spring Boot starter named for MyBatis
is MyBatis, as MyBatis's own starter is; MyBatis-Plus's starters stay MyBatis-Plus.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.jvm_catalog import classify
from designer.model.stack import FindingKind as K

_APP = """package org.example.wiki

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class WikiApplication

fun main(args: Array<String>) {
    runApplication<WikiApplication>(*args)
}
"""


def test_a_platform_mybatis_starter_names_mybatis(tmp_path: Path) -> None:
    pom = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>wiki-service</artifactId>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId><version>2.0.6.RELEASE</version></dependency>
    <dependency><groupId>org.hzero.starter</groupId>
      <artifactId>hzero-starter-mybatis-mapper</artifactId></dependency>
    <dependency><groupId>mysql</groupId><artifactId>mysql-connector-java</artifactId>
      </dependency>
  </dependencies>
</project>
"""
    files = {
        "pom.xml": pom,
        "src/main/kotlin/org/example/wiki/WikiApplication.kt": _APP,
        "src/main/resources/application.yml": (
            "spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/wiki\n"
            "mybatis:\n  mapperLocations: classpath*:/mapper/*.xml\n"
        ),
    }
    service = by_folder(write(tmp_path, files))["."]
    assert first(service, K.ORM)[0] == "MyBatis"


def test_starters_named_for_mybatis() -> None:
    assert classify("org.hzero.starter", "hzero-starter-mybatis-mapper") == ((K.ORM, "MyBatis"),)
    assert classify("com.baomidou", "mybatis-plus-boot-starter") == ((K.ORM, "MyBatis-Plus"),)
    assert classify("org.example", "mybatis-generator-core") == ()
