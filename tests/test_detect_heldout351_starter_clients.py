"""Held-out set 351 (#19): beside a Spring Boot service, a folder of the service's integration
modules under a parent pom of their own: a client library (the API's generated client on the
web starter and spring-webflux, no main, a plain jar) and a starter registering the
auto-configuration that hands the client to the applications taking it, which depends on the
library. No application of the tree depends on either (the programs calling the service take
the starter from a repository): the starter is a library (`autoconfig_libraries`), and the
client library it wraps is as much one, not a backend. Reached by nothing, a mainless jar stays
what it looks like."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _deps(deps: list[str]) -> str:
    return "".join(
        f"    <dependency>\n      <groupId>{a.split(':')[0]}</groupId>\n"
        f"      <artifactId>{a.split(':')[1]}</artifactId>\n"
        f"      <version>{a.split(':')[2]}</version>\n    </dependency>\n"
        if a.count(":") == 2
        else f"    <dependency>\n      <groupId>{a.split(':')[0]}</groupId>\n"
        f"      <artifactId>{a.split(':')[1]}</artifactId>\n    </dependency>\n"
        for a in deps
    )


_BOM = """  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>3.0.7</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
"""


def _module(name: str, deps: list[str], plugin: bool = False) -> str:
    build = (
        "  <build>\n    <plugins>\n      <plugin>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "        <version>3.0.7</version>\n      </plugin>\n    </plugins>\n  </build>\n"
        if plugin
        else ""
    )
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>{name}</artifactId>
  <version>0.0.1-SNAPSHOT</version>
{_BOM}  <dependencies>
{_deps(deps)}  </dependencies>
{build}</project>
"""


_PARENT = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>app-integration</artifactId>
  <version>0.0.1-SNAPSHOT</version>
  <packaging>pom</packaging>
  <modules>
    <module>app-integration-lib</module>
    <module>app-integration-starter</module>
  </modules>
</project>
"""

_APP = """package org.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }
}
"""

_CONTROLLER = """package org.example;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ItemController {
  @GetMapping("/items")
  public String items() { return "[]"; }
}
"""

_CLIENT = """package org.example.integration.client.api;

import org.springframework.web.reactive.function.client.WebClient;

public class ItemControllerApi {
  private final WebClient client;
  public ItemControllerApi(WebClient client) { this.client = client; }
}
"""

_AUTOCONFIG = """package org.example.integration.configuration;

import org.springframework.boot.autoconfigure.AutoConfiguration;

@AutoConfiguration
public class IntegrationAutoConfiguration {
}
"""

_LIB = "app-integration/app-integration-lib"
_STARTER = "app-integration/app-integration-starter"


def _tree(starter: bool) -> dict[str, str]:
    files = {
        "app-backend/pom.xml": _module(
            "app-backend", ["org.springframework.boot:spring-boot-starter-web"], plugin=True
        ),
        "app-backend/src/main/java/org/example/Application.java": _APP,
        "app-backend/src/main/java/org/example/ItemController.java": _CONTROLLER,
        "app-integration/pom.xml": _PARENT,
        f"{_LIB}/pom.xml": _module(
            "app-integration-lib",
            [
                "org.springframework.boot:spring-boot-starter-web",
                "org.springframework:spring-webflux:6.0.9",
            ],
        ),
        f"{_LIB}/src/main/java/org/example/integration/client/api/ItemControllerApi.java": (
            _CLIENT
        ),
    }
    if starter:
        files[f"{_STARTER}/pom.xml"] = _module(
            "app-integration-starter",
            [
                "org.springframework.boot:spring-boot-starter-web",
                "org.example:app-integration-lib:0.0.1-SNAPSHOT",
            ],
        )
        files[
            f"{_STARTER}/src/main/java/org/example/integration/configuration/"
            "IntegrationAutoConfiguration.java"
        ] = _AUTOCONFIG
        files[
            f"{_STARTER}/src/main/resources/META-INF/spring/"
            "org.springframework.boot.autoconfigure.AutoConfiguration.imports"
        ] = "org.example.integration.configuration.IntegrationAutoConfiguration\n"
    return files


def test_the_client_library_a_starter_wraps_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree(starter=True)))) == {"app-backend"}


def test_a_mainless_jar_nothing_reaches_stays(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree(starter=False)))) == {"app-backend", _LIB}
