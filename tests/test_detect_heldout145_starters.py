"""Held-out set 145 (#19): services side by side, each a Maven build of its own under one
in-repository parent, beside a folder of libraries: a data-model jar (the web starter and
Hibernate, its encryption auto-configuration listed in
`META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports`) and
Spring Boot starters (one listing its auto-configuration the same way, one in Spring Boot 2's
`META-INF/spring.factories`, one only building with `spring-boot-autoconfigure-processor`).
None has a main: Spring Boot loads such registrations from jars on an application's classpath,
so the modules are libraries (starters), not backends, whether or not a service of the tree
names them (the services may take them through a BOM). An application registering an
auto-configuration beside its own main, a war, and a module registering nothing stay what they
look like."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _pom(name: str, deps: list[str], extra: str = "") -> str:
    listed = "".join(
        f"    <dependency>\n      <groupId>{a.split(':')[0]}</groupId>\n"
        f"      <artifactId>{a.split(':')[1]}</artifactId>\n    </dependency>\n"
        for a in deps
    )
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.3.10</version>
    <relativePath/>
  </parent>
  <groupId>org.example</groupId>
  <artifactId>{name}</artifactId>
  <version>0.0.1-SNAPSHOT</version>
{extra}  <dependencies>
{listed}  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
</project>
"""


_B = "org.springframework.boot:"
_IMPORTS = (
    "src/main/resources/META-INF/spring/"
    "org.springframework.boot.autoconfigure.AutoConfiguration.imports"
)
_FACTORIES = "src/main/resources/META-INF/spring.factories"

_APP = """package org.example.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ApiApplication {
  public static void main(String[] args) {
    SpringApplication.run(ApiApplication.class, args);
  }
}
"""

_CONTROLLER = """package org.example.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ItemController {
  @GetMapping("/items")
  public String items() { return "[]"; }
}
"""

_AUTOCONFIG = """package org.example.{package};

import org.springframework.boot.autoconfigure.AutoConfiguration;

@AutoConfiguration
public class {name}AutoConfiguration {{
}}
"""

_CONSTRAINT = """package org.example.validation;

public @interface NotBlankForCloud {
}
"""


def _tree() -> dict[str, str]:
    models = "libs/data-models"
    flags = "libs/starters/acme-starter-flags"
    old = "libs/starters/acme-starter-legacy"
    valid = "libs/starters/acme-starter-validation"
    processor = [f"{_B}spring-boot-autoconfigure-processor"]
    return {
        "api/pom.xml": _pom("api", [f"{_B}spring-boot-starter-web", "org.example:data-models"]),
        "api/src/main/java/org/example/api/ApiApplication.java": _APP,
        "api/src/main/java/org/example/api/ItemController.java": _CONTROLLER,
        f"{models}/pom.xml": _pom(
            "data-models", [f"{_B}spring-boot-starter-web", "org.hibernate.orm:hibernate-core"]
        ),
        f"{models}/{_IMPORTS}": "org.example.models.EncryptionAutoConfiguration\n",
        f"{models}/src/main/java/org/example/models/EncryptionAutoConfiguration.java": (
            _AUTOCONFIG.format(package="models", name="Encryption")
        ),
        f"{flags}/pom.xml": _pom("acme-starter-flags", [f"{_B}spring-boot-starter-web"]),
        f"{flags}/{_IMPORTS}": "org.example.flags.FlagsAutoConfiguration\n",
        f"{flags}/src/main/java/org/example/flags/FlagsAutoConfiguration.java": (
            _AUTOCONFIG.format(package="flags", name="Flags")
        ),
        f"{old}/pom.xml": _pom("acme-starter-legacy", [f"{_B}spring-boot-starter-web"]),
        f"{old}/{_FACTORIES}": (
            "org.springframework.boot.autoconfigure.EnableAutoConfiguration=\\\n"
            "  org.example.legacy.LegacyAutoConfiguration\n"
        ),
        f"{old}/src/main/java/org/example/legacy/LegacyAutoConfiguration.java": (
            _AUTOCONFIG.format(package="legacy", name="Legacy")
        ),
        f"{valid}/pom.xml": _pom(
            "acme-starter-validation", [f"{_B}spring-boot-starter-validation", *processor]
        ),
        f"{valid}/src/main/java/org/example/validation/NotBlankForCloud.java": _CONSTRAINT,
    }


def test_modules_registering_auto_configurations_are_libraries(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"api"}


def test_an_application_registering_its_own_auto_configuration_stays(tmp_path: Path) -> None:
    tree = {**_tree(), f"api/{_IMPORTS}": "org.example.api.ApiAutoConfiguration\n"}
    assert "api" in by_folder(write(tmp_path, tree))


def test_a_war_registering_auto_configurations_stays(tmp_path: Path) -> None:
    tree = _tree()
    folder = "libs/starters/acme-starter-flags"
    tree[f"{folder}/pom.xml"] = _pom(
        "acme-starter-flags", [f"{_B}spring-boot-starter-web"], "  <packaging>war</packaging>\n"
    )
    assert folder in by_folder(write(tmp_path, tree))


def test_a_module_registering_nothing_is_left_to_other_rules(tmp_path: Path) -> None:
    # Without its registration file the data-model module (the web starter, no main, no
    # service naming it through a build of its own) is what it was before: a backend.
    tree = {k: v for k, v in _tree().items() if not k.startswith("libs/data-models/src/main/res")}
    assert "libs/data-models" in by_folder(write(tmp_path, tree))
