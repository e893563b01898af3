"""Gaps the 485th held-out set showed (benchmarks/detect_heldout485.yaml), as a small fixture
of the real files' shape (#19): a Maven reactor (a root aggregator importing Spring Boot's BOM,
no starter parent) whose one application, `forms`, binds Spring Boot's `repackage` and is a
Wicket application started by its `@SpringBootApplication` class; it depends on `web`, a
module with controllers and a Spring Boot main of its own whose pom names the plugin (and a
`<start-class>` for `mvn spring-boot:run`) without binding `repackage`. `web` packages a plain
jar: a library of `forms`, no backend. `forms` runs on Spring Boot, Wicket hosted by it. The
same `web` binding `repackage` itself stays an application."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.portal</groupId>
  <artifactId>portal</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties><spring.boot.version>3.4.11</spring.boot.version></properties>
  <modules><module>web</module><module>forms</module></modules>
  <dependencyManagement><dependencies><dependency>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-dependencies</artifactId>
    <version>${spring.boot.version}</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
</project>
"""

_PARENT = """  <parent>
    <groupId>org.example.portal</groupId>
    <artifactId>portal</artifactId>
    <version>1.0.0-SNAPSHOT</version>
  </parent>
"""

_PLUGIN = """      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
        <version>${spring.boot.version}</version>
"""

_BOUND = (
    "        <executions><execution><goals><goal>repackage</goal></goals></execution>"
    "</executions>\n"
)


def _web_pom(bound: bool) -> str:
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
{_PARENT}  <artifactId>web</artifactId>
  <packaging>jar</packaging>
  <properties><start-class>org.example.web.WebApplication</start-class></properties>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
  </dependencies>
  <build><plugins>
{_PLUGIN}{_BOUND if bound else ""}      </plugin>
  </plugins></build>
</project>
"""


_FORMS_POM = f"""<project>
  <modelVersion>4.0.0</modelVersion>
{_PARENT}  <artifactId>forms</artifactId>
  <packaging>jar</packaging>
  <dependencies>
    <dependency><groupId>org.example.portal</groupId><artifactId>web</artifactId><version>1.0.0-SNAPSHOT</version></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency><groupId>org.apache.wicket</groupId><artifactId>wicket-core</artifactId><version>10.4.0</version></dependency>
  </dependencies>
  <build><plugins>
{_PLUGIN}{_BOUND}      </plugin>
  </plugins></build>
</project>
"""

_FORMS_APP = """package org.example.forms.wicket;

import org.apache.wicket.authroles.authentication.AuthenticatedWebApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FormsWebApplication extends AuthenticatedWebApplication {
    public static void main(final String[] args) {
        SpringApplication.run(FormsWebApplication.class, args);
    }
}
"""

_WEB_APP = """package org.example.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WebApplication {
    public static void main(final String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
"""

_CONTROLLER = """package org.example.web.rest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TenderController {
    @GetMapping("/api/tenders")
    public String tenders() {
        return "[]";
    }
}
"""


def _tree(bound: bool) -> dict[str, str]:
    return {
        "pom.xml": _ROOT,
        "web/pom.xml": _web_pom(bound),
        "web/src/main/java/org/example/web/WebApplication.java": _WEB_APP,
        "web/src/main/java/org/example/web/rest/TenderController.java": _CONTROLLER,
        "forms/pom.xml": _FORMS_POM,
        "forms/src/main/java/org/example/forms/wicket/FormsWebApplication.java": _FORMS_APP,
    }


def test_a_boot_module_whose_plugin_packages_nothing_is_a_library_of_its_user(
    tmp_path: Path,
) -> None:
    backends = by_folder(write(tmp_path, _tree(bound=False)))
    assert sorted(backends) == ["forms"]


def test_wicket_started_by_a_spring_boot_application_is_hosted_by_it(tmp_path: Path) -> None:
    forms = by_folder(write(tmp_path, _tree(bound=False)))["forms"]
    assert not forms.ambiguous
    assert first(forms, K.FRAMEWORK)[0] == "Spring Boot"


def test_a_boot_module_binding_repackage_itself_stays_an_application(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(bound=True)))
    assert "web" in backends
