"""A common module keeping a leftover Spring Boot main (#19, set 73): a multi-module build's
core module (utilities, DTOs, the shared configuration) annotates a class
`@SpringBootApplication` with a `main` and declares the web starter, yet declares no endpoint
and the build's services depend on it: a library, whose PostgreSQL driver is the services'
(beside an H2 kept for their tests)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PARENT = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>prereg-parent</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules><module>prereg-core</module><module>prereg-application</module></modules>
  <dependencyManagement><dependencies><dependency>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-dependencies</artifactId>
    <version>3.2.3</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
</project>
"""


def _dep(group: str, artifact: str) -> str:
    return f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId></dependency>"


def _module(name: str, *dependencies: str) -> str:
    return f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.example</groupId><artifactId>prereg-parent</artifactId>
    <version>1.0</version></parent>
  <artifactId>{name}</artifactId>
  <dependencies>
    {_dep("org.springframework.boot", "spring-boot-starter-web")}
    {_dep("org.springframework.boot", "spring-boot-starter-data-jpa")}
    {"".join(dependencies)}
  </dependencies>
</project>
"""


def _main(package: str, name: str) -> str:
    return f"""package {package};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class {name} {{
  public static void main(String[] args) {{ SpringApplication.run({name}.class, args); }}
}}
"""


_CONTROLLER = """package org.example.{package};

import org.springframework.web.bind.annotation.RestController;

@RestController
public class {name} {{}}
"""

_CORE = "prereg-core/src/main/java/org/example/core"
_APP = "prereg-application/src/main/java/org/example/application"


def _files(**extra: str) -> dict[str, str]:
    return {
        "pom.xml": _PARENT,
        "prereg-core/pom.xml": _module("prereg-core", _dep("org.postgresql", "postgresql")),
        f"{_CORE}/CoreApplication.java": _main("org.example.core", "CoreApplication"),
        f"{_CORE}/util/CryptoUtil.java": "package org.example.core.util;\n\nclass CryptoUtil {}\n",
        "prereg-application/pom.xml": _module(
            "prereg-application",
            _dep("com.h2database", "h2"),
            _dep("org.example", "prereg-core"),
        ),
        f"{_APP}/ApplicationService.java": _main("org.example.application", "ApplicationService"),
        f"{_APP}/ApplicationController.java": _CONTROLLER.format(
            package="application", name="ApplicationController"
        ),
        "prereg-application/src/main/resources/application.properties": (
            "javax.persistence.jdbc.url=jdbc:postgresql://db:5432/prereg\n"
        ),
        **extra,
    }


def test_a_used_module_serving_nothing_is_a_library(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files()))
    assert sorted(found) == ["prereg-application"]
    assert first(found["prereg-application"], FindingKind.DATABASE)[0] == "PostgreSQL"


def test_a_used_module_with_a_controller_stays_an_application(tmp_path: Path) -> None:
    controller = _CONTROLLER.format(package="core", name="CoreController")
    found = by_folder(write(tmp_path, _files(**{f"{_CORE}/CoreController.java": controller})))
    assert sorted(found) == ["prereg-application", "prereg-core"]


def test_beside_a_user_serving_nothing_either_both_stay(tmp_path: Path) -> None:
    files = _files()
    del files[f"{_APP}/ApplicationController.java"]
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["prereg-application", "prereg-core"]
