"""Held-out set 5 (#19): a Maven reactor's common module declares the web, security and JPA
starters and the drivers, keeps the controller every service shares, and a configuration class
the services import, annotated `@EnableAutoConfiguration` with no main; the services (each a
`@SpringBootApplication` with a main) depend on it, one through the business module. It is a
library, not a backend (rule.md), and its data layer and drivers are the services'. A war
module configured the same way (a servlet container starts it) and a common module keeping a
main of its own stay what they look like."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>conf</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>conf-common</module>
    <module>conf-biz</module>
    <module>conf-portal</module>
    <module>conf-admin</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>3.4.1</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""


def _pom(name: str, deps: list[tuple[str, str]], extra: str = "") -> str:
    listed = "".join(
        f"    <dependency>\n      <groupId>{g}</groupId>\n      <artifactId>{a}</artifactId>\n"
        "    </dependency>\n"
        for g, a in deps
    )
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>conf</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>{name}</artifactId>
{extra}  <dependencies>
{listed}  </dependencies>
</project>
"""


_BOOT = "org.springframework.boot"
_COMMON_DEPS = [
    (_BOOT, "spring-boot-starter-actuator"),
    (_BOOT, "spring-boot-starter-web"),
    (_BOOT, "spring-boot-starter-security"),
    (_BOOT, "spring-boot-starter-data-jpa"),
    ("com.mysql", "mysql-connector-j"),
]
_PLUGIN = """  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
"""

_CONFIG = """package org.example.conf.common;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

@EnableAutoConfiguration
@Configuration
@ComponentScan(basePackageClasses = CommonConfig.class)
public class CommonConfig {
}
"""

_SHARED_CONTROLLER = """package org.example.conf.common.controller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InfoController {
  @GetMapping("/info/version")
  public String version() { return "1"; }
}
"""


def _app(package: str, name: str) -> str:
    return f"""package org.example.conf.{package};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class {name} {{
  public static void main(String[] args) {{
    SpringApplication.run({name}.class, args);
  }}
}}
"""


_REPOSITORY = """package org.example.conf.biz;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemRepository extends JpaRepository<Item, Long> {
}
"""

_CONTROLLER = """package org.example.conf.{package};

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ItemController {{
  @GetMapping("/items")
  public String items() {{ return "[]"; }}
}}
"""

_MAIN = "conf-common/src/main/java/org/example/conf/common/CommonMain.java"


def _tree(common_extra: str = "") -> dict[str, str]:
    common = "org/example/conf/common"
    return {
        "pom.xml": _ROOT,
        "conf-common/pom.xml": _pom("conf-common", _COMMON_DEPS, common_extra),
        f"conf-common/src/main/java/{common}/CommonConfig.java": _CONFIG,
        f"conf-common/src/main/java/{common}/controller/InfoController.java": _SHARED_CONTROLLER,
        "conf-biz/pom.xml": _pom("conf-biz", [("org.example", "conf-common")]),
        "conf-biz/src/main/java/org/example/conf/biz/ItemRepository.java": _REPOSITORY,
        "conf-portal/pom.xml": _pom("conf-portal", [("org.example", "conf-common")], _PLUGIN),
        "conf-portal/src/main/java/org/example/conf/portal/PortalApplication.java": _app(
            "portal", "PortalApplication"
        ),
        "conf-portal/src/main/java/org/example/conf/portal/ItemController.java": (
            _CONTROLLER.format(package="portal")
        ),
        "conf-admin/pom.xml": _pom("conf-admin", [("org.example", "conf-biz")], _PLUGIN),
        "conf-admin/src/main/java/org/example/conf/admin/AdminApplication.java": _app(
            "admin", "AdminApplication"
        ),
        "conf-admin/src/main/java/org/example/conf/admin/ItemController.java": (
            _CONTROLLER.format(package="admin")
        ),
    }


def test_an_autoconfigured_module_the_services_depend_on_is_their_library(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"conf-portal", "conf-admin"}
    # Its data layer and driver are the services' (the admin reaches it through biz).
    for folder in ("conf-portal", "conf-admin"):
        assert first(found[folder], K.ORM)[0] == "JPA / Hibernate"
        assert first(found[folder], K.DATABASE)[0] == "MySQL"


def test_a_war_configured_the_same_way_stays_an_application(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("  <packaging>war</packaging>\n")))
    assert "conf-common" in found


def test_a_common_module_keeping_a_main_is_left_to_other_rules(tmp_path: Path) -> None:
    tree = {**_tree(), _MAIN: _app("common", "CommonMain")}
    found = by_folder(write(tmp_path, tree))
    assert "conf-common" in found
