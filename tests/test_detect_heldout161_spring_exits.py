"""Held-out set 161 (#19): Spring Boot 1 command-line programs of a Maven reactor, each a
module with its own main class and a `CommandLineRunner`, using a shared module of JPA
repositories that Spring Data REST exports (`@RepositoryRestResource`, the data-rest starter
putting Spring MVC on every user's classpath). Such a program is no backend when its main class
turns the web environment off (Spring Boot 1's `new SpringApplicationBuilder(App.class)
.web(false)`, `setWebEnvironment(false)`) or closes the context `run` returned
(`ctx = SpringApplication.run(...); SpringApplication.exit(ctx);`): it ends once its runner has
run. A program that only runs (its server stays up, the repositories exported) and one with a
controller of its own stay backends.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.spring_exits import _RUN_THEN_EXIT

_PARENT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>1.4.1.RELEASE</version>
  </parent>"""


def _pom(artifact: str, dependencies: str, plugin: bool = False) -> str:
    build = (
        "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n"
        if plugin
        else ""
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
{_PARENT}
  <groupId>org.example.catalog</groupId>
  <artifactId>{artifact}</artifactId>
  <dependencies>
{dependencies}
  </dependencies>
{build}</project>
"""


def _dep(group: str, artifact: str) -> str:
    return (
        f"    <dependency><groupId>{group}</groupId>"
        f"<artifactId>{artifact}</artifactId></dependency>"
    )


_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.catalog</groupId>
  <artifactId>catalog</artifactId>
  <packaging>pom</packaging>
  <modules>
    <module>catalog-repository</module>
    <module>tools/exporter</module>
  </modules>
</project>
"""

_REPOSITORY = """package org.example.catalog.repository;

import org.example.catalog.model.Study;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.rest.core.annotation.RepositoryRestResource;

@RepositoryRestResource(exported = false)
public interface StudyRepository extends JpaRepository<Study, Long> {
}
"""

_MAIN = """package org.example.catalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ExportDriver {
    public static void main(String[] args) {
        System.out.println("Starting export...");
%s
        System.out.println("Application executed successfully!");
    }

    @Bean CommandLineRunner run() {
        return strings -> System.out.println("Export complete - application will now exit");
    }
}
"""

_RUN_EXIT = """        ApplicationContext ctx = SpringApplication.run(ExportDriver.class, args);
        SpringApplication.exit(ctx);"""
_BUILDER = """        ApplicationContext ctx = new SpringApplicationBuilder(ExportDriver.class)
                .web(false).run(args);"""
_SETTER = """        SpringApplication app = new SpringApplication(ExportDriver.class);
        app.setWebEnvironment(false);
        app.run(args);"""
_RUN_ONLY = """        SpringApplication.run(ExportDriver.class, args);"""

_CONTROLLER = """package org.example.catalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatusController {
    @GetMapping("/status")
    public String status() { return "ok"; }
}
"""


def _folders(tmp_path: Path, main: str, controller: bool = False) -> list[str]:
    boot = "org.springframework.boot"
    files = {
        "pom.xml": _ROOT,
        "catalog-repository/pom.xml": _pom(
            "catalog-repository",
            _dep(boot, "spring-boot-starter-data-jpa")
            + "\n"
            + _dep(boot, "spring-boot-starter-data-rest"),
        ),
        "catalog-repository/src/main/java/org/example/catalog/repository/StudyRepository.java": (
            _REPOSITORY
        ),
        "catalog-repository/src/main/java/org/example/catalog/model/Study.java": (
            "package org.example.catalog.model;\n\nimport javax.persistence.Entity;\n\n"
            "@Entity\npublic class Study { }\n"
        ),
        "tools/exporter/pom.xml": _pom(
            "exporter", _dep("org.example.catalog", "catalog-repository"), plugin=True
        ),
        "tools/exporter/src/main/java/org/example/catalog/ExportDriver.java": _MAIN % main,
    }
    if controller:
        files["tools/exporter/src/main/java/org/example/catalog/StatusController.java"] = (
            _CONTROLLER
        )
    return sorted(by_folder(write(tmp_path, files)))


def test_a_program_closing_its_context_after_run_is_no_backend(tmp_path: Path) -> None:
    assert "tools/exporter" not in _folders(tmp_path, _RUN_EXIT)


def test_boot1_builder_turning_the_web_off_is_no_backend(tmp_path: Path) -> None:
    assert "tools/exporter" not in _folders(tmp_path, _BUILDER)


def test_boot1_setter_turning_the_web_off_is_no_backend(tmp_path: Path) -> None:
    assert "tools/exporter" not in _folders(tmp_path, _SETTER)


def test_a_program_that_only_runs_stays(tmp_path: Path) -> None:
    # Counter-case: its server stays up after the runner, the shared repositories exported.
    assert "tools/exporter" in _folders(tmp_path, _RUN_ONLY)


def test_a_program_with_a_controller_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: the exit closes a server whose own controller is what it serves.
    assert "tools/exporter" in _folders(tmp_path, _RUN_EXIT, controller=True)


def test_the_exit_must_close_the_context_run_returned() -> None:
    assert _RUN_THEN_EXIT.search(_RUN_EXIT)
    assert _RUN_THEN_EXIT.search(
        "System.exit(SpringApplication.exit(SpringApplication.run(App.class, args)));"
    )
    # A shutdown handler closing an injected context is no main's run-then-exit.
    assert not _RUN_THEN_EXIT.search(
        "SpringApplication.run(App.class, args);\n"
        '}\n@PostMapping("/shutdown") void stop() { SpringApplication.exit(context); }'
    )
