"""A Spring Boot CLI building its context by hand (#19, set 68): a command-line module that
annotates a nested class `@SpringBootApplication` for its beans and builds a plain
`AnnotationConfigApplicationContext` itself, launching Spring Boot nowhere, serves no HTTP,
though it depends on the web application's module; the web application stays the backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_ROOT = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>registry-parent</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules><module>registry-ws</module><module>registry-cli</module></modules>
  <dependencyManagement><dependencies><dependency>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-dependencies</artifactId>
    <version>3.5.8</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
</project>
"""


def _module(name: str, dependencies: str) -> str:
    return f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.example</groupId><artifactId>registry-parent</artifactId>
    <version>1.0</version></parent>
  <artifactId>{name}</artifactId>
  <dependencies>
{dependencies}
  </dependencies>
</project>
"""


def _dep(group: str, artifact: str) -> str:
    return (
        f"    <dependency><groupId>{group}</groupId>"
        f"<artifactId>{artifact}</artifactId></dependency>"
    )


_WS_APP = """package org.example.ws;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegistryWsApplication {
  public static void main(String[] args) {
    SpringApplication.run(RegistryWsApplication.class, args);
  }
}
"""
_CONTROLLER = """package org.example.ws;

import org.springframework.web.bind.annotation.RestController;

@RestController
public class DatasetResource {}
"""
_BUILDER = """package org.example.cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

public class SpringContextBuilder {
  public AnnotationConfigApplicationContext build() {
    AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
    ctx.register(ApplicationConfig.class);
    ctx.refresh();
    return ctx;
  }

  @SpringBootApplication
  static class ApplicationConfig {}
}
"""
_COMMAND = """package org.example.cli;

public class IndexerCommand {
  public static void main(String[] args) { new SpringContextBuilder().build(); }
}
"""


def _files(builder: str = _BUILDER) -> dict[str, str]:
    return {
        "pom.xml": _ROOT,
        "registry-ws/pom.xml": _module(
            "registry-ws", _dep("org.springframework.boot", "spring-boot-starter-web")
        ),
        "registry-ws/src/main/java/org/example/ws/RegistryWsApplication.java": _WS_APP,
        "registry-ws/src/main/java/org/example/ws/DatasetResource.java": _CONTROLLER,
        "registry-cli/pom.xml": _module(
            "registry-cli",
            _dep("org.springframework.boot", "spring-boot-starter")
            + "\n"
            + _dep("org.example", "registry-ws"),
        ),
        "registry-cli/src/main/java/org/example/cli/SpringContextBuilder.java": builder,
        "registry-cli/src/main/java/org/example/cli/IndexerCommand.java": _COMMAND,
    }


def test_a_context_built_by_hand_serves_no_http(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _files()))) == ["registry-ws"]


def test_a_module_launching_spring_boot_stays_an_application(tmp_path: Path) -> None:
    launched = _BUILDER.replace(
        "    ctx.refresh();\n",
        "    ctx.refresh();\n    SpringApplication.run(ApplicationConfig.class);\n",
    )
    assert "registry-cli" in by_folder(write(tmp_path, _files(launched)))
