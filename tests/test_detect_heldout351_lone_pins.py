"""Held-out set 351 (#19): a service module of a nested Maven reactor whose parent (in the
tree) imports a platform's own BOM published elsewhere, which manages Spring Boot's starters:
the module declares most starters with no version, pins one (`spring-boot-starter-webflux` at a
later release) and packages with `spring-boot-maven-plugin` at the parent's
`spring-boot-maven-plugin.version`. Maven's dependencyManagement fixes the pinned starter's
transitive Spring Boot core too, so the pin is an exception for one jar: the release is the
managed one, which the plugin's version stands for where the tree states none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PARENT = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>auth-parent</artifactId>
  <version>1.3.0</version>
  <packaging>pom</packaging>
  <properties>
    <platform-bom.version>1.3.0</platform-bom.version>
    <spring-boot-maven-plugin.version>3.2.3</spring-boot-maven-plugin.version>
  </properties>
  <modules>
    <module>auth-service</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.example.platform</groupId>
        <artifactId>platform-bom</artifactId>
        <version>${platform-bom.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""


def _service(pin: str) -> str:
    version = f"\n      <version>{pin}</version>" if pin else ""
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>auth-parent</artifactId>
    <version>1.3.0</version>
  </parent>
  <artifactId>auth-service</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-webflux</artifactId>{version}
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
        <version>${{spring-boot-maven-plugin.version}}</version>
        <executions><execution><goals><goal>repackage</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
"""


_MAIN = """package org.example.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AuthApplication {
  public static void main(String[] args) {
    SpringApplication.run(AuthApplication.class, args);
  }
}
"""


def _tree(pin: str) -> dict[str, str]:
    return {
        "auth/pom.xml": _PARENT,
        "auth/auth-service/pom.xml": _service(pin),
        "auth/auth-service/src/main/java/org/example/auth/AuthApplication.java": _MAIN,
    }


def test_a_lone_pinned_starter_yields_to_the_managed_release(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("3.3.2")))["auth/auth-service"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.2.3")


def test_with_no_pin_the_plugin_names_the_release(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("")))["auth/auth-service"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.2.3")


def test_starters_all_pinned_alike_keep_their_release(tmp_path: Path) -> None:
    tree = _tree("3.3.2")
    tree["auth/auth-service/pom.xml"] = tree["auth/auth-service/pom.xml"].replace(
        "</artifactId>\n    </dependency>", "</artifactId>\n      <version>3.3.2</version>\n"
        "    </dependency>"
    )
    backend = by_folder(write(tmp_path, tree))["auth/auth-service"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.3.2")
