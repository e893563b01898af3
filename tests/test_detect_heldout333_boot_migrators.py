"""Held-out set 333 (#19): a Spring Boot application whose whole code is its main class, with
the web starter, Liquibase and the drivers of the engines its product supports: started as a
platform task, Boot's auto-configuration applies the changelogs, and it declares no route at
all. HELDOUT's Terms count a program with no HTTP route as no backend even when it keeps data
(`boot_migrators`). One declaring a controller, exposing Actuator's endpoints, using a
third-party starter (a library's REST endpoints) or serving static pages stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _pom(*extra: tuple[str, str]) -> str:
    dependencies = (
        ("org.liquibase", "liquibase-core"),
        ("org.postgresql", "postgresql"),
        ("com.mysql", "mysql-connector-j"),
        ("org.springframework.boot", "spring-boot-starter-web"),
        *extra,
    )
    items = "".join(
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n    </dependency>\n"
        for group, artifact in dependencies
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>3.5.6</version>\n  </parent>\n"
        "  <groupId>org.acme</groupId>\n  <artifactId>db</artifactId>\n"
        "  <properties>\n    <java.version>17</java.version>\n  </properties>\n"
        f"  <dependencies>\n{items}  </dependencies>\n"
        "  <build>\n    <plugins>\n      <plugin>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "      </plugin>\n    </plugins>\n  </build>\n</project>\n"
    )


_MAIN = (
    "package org.acme.db;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(Application.class, args);\n    }\n}\n"
)

_SOURCES = "dbtasks/src/main/java/org/acme/db/"

_CONTROLLER = (
    "package org.acme.db;\n\nimport org.springframework.web.bind.annotation.*;\n\n"
    '@RestController\npublic class StatusController {\n    @GetMapping("/migrations")\n'
    '    public String list() { return "[]"; }\n}\n'
)


_GO_MOD = "module example.com/acme/scaler\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.1\n"

_GO_MAIN = (
    'package main\n\nimport "github.com/gorilla/mux"\n\n'
    "func main() {\n\tr := mux.NewRouter()\n\t_ = r\n}\n"
)


def _tree(pom: str, **extra: str) -> dict[str, str]:
    # The product's servers, whose schema the task applies, beside it (the repository's root
    # module), as in the shape this comes from.
    files = {
        "go.mod": _GO_MOD,
        "api/main.go": _GO_MAIN,
        "dbtasks/pom.xml": pom,
        _SOURCES + "Application.java": _MAIN,
        "dbtasks/src/main/resources/bin/apply-changelog.sh": "#!/bin/sh\njava -jar db.jar\n",
    }
    files.update(extra)
    return files


def test_a_main_class_alone_migrating_a_schema_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_pom())))
    assert "dbtasks" not in found


def test_one_declaring_a_controller_stays_a_backend(tmp_path: Path) -> None:
    tree = _tree(_pom(), **{_SOURCES + "StatusController.java": _CONTROLLER})
    assert "dbtasks" in by_folder(write(tmp_path, tree))


def test_one_exposing_actuator_stays_a_backend(tmp_path: Path) -> None:
    # Operators' routes on a program keeping data of its own: counted.
    pom = _pom(("org.springframework.boot", "spring-boot-starter-actuator"))
    assert "dbtasks" in by_folder(write(tmp_path, _tree(pom)))


def test_one_using_a_third_party_starter_stays_a_backend(tmp_path: Path) -> None:
    # A library's auto-configuration may register REST endpoints the code never declares.
    pom = _pom(("org.acme.engine", "engine-spring-boot-starter-rest"))
    assert "dbtasks" in by_folder(write(tmp_path, _tree(pom)))


def test_one_serving_static_pages_stays_a_backend(tmp_path: Path) -> None:
    page = {"dbtasks/src/main/resources/static/index.html": "<html></html>\n"}
    assert "dbtasks" in by_folder(write(tmp_path, _tree(_pom(), **page)))
