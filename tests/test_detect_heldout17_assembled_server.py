"""Held-out set 17 (#19), found again in session 33: a Spring Boot application module whose
web server comes with a module of the build it assembles.

The real shape: a Maven build whose `application` module holds only the main classes (a
server mode choosing a servlet application, a command-line mode implementing
`CommandLineRunner`) and depends on the build's `configuration` module, which declares the
web starter, the JDBC starter and the PostgreSQL driver beside `application.yml`. The
application's own pom names no web server, yet Maven puts the configuration module's on its
class path: a runner in its code is a command-line mode beside the server, not a job run to
its end (`listeners`). The counter-case: the same application over modules with no web
starter anywhere is a job, no backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pom(artifact: str, dependencies: list[str], packaging: str = "jar") -> str:
    deps = "".join(
        f"    <dependency>\n      <groupId>{d.split(':')[0]}</groupId>\n"
        f"      <artifactId>{d.split(':')[1]}</artifactId>\n"
        + (f"      <version>{d.split(':')[2]}</version>\n" if d.count(":") == 2 else "")
        + "    </dependency>\n"
        for d in dependencies
    )
    parent = (
        "  <parent>\n    <groupId>org.example.records</groupId>\n"
        "    <artifactId>server</artifactId>\n    <version>1.0.0</version>\n  </parent>\n"
        if artifact != "server"
        else "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>3.5.3</version>\n  </parent>\n"
        "  <groupId>org.example.records</groupId>\n  <version>1.0.0</version>\n"
        "  <modules>\n    <module>cli</module>\n    <module>configuration</module>\n"
        "    <module>application</module>\n  </modules>\n"
    )
    plugin = (
        "  <build>\n    <plugins>\n      <plugin>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "      </plugin>\n    </plugins>\n  </build>\n"
        if artifact == "application"
        else ""
    )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        f"  <modelVersion>4.0.0</modelVersion>\n{parent}"
        f"  <artifactId>{artifact}</artifactId>\n  <packaging>{packaging}</packaging>\n"
        f"  <dependencies>\n{deps}  </dependencies>\n{plugin}</project>\n"
    )


_MAIN = (
    "package org.example.records.application;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.WebApplicationType;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
    "import org.springframework.boot.builder.SpringApplicationBuilder;\n"
    "import org.springframework.boot.CommandLineRunner;\n\n"
    "@SpringBootApplication\n"
    "public class RecordsServer implements CommandLineRunner {\n"
    "    public static void main(String[] args) {\n"
    "        new SpringApplicationBuilder(RecordsServer.class).build(args).run(args);\n"
    "    }\n\n"
    "    @Override\n    public void run(String... args) { }\n}\n"
)

_CONFIG = (
    "package org.example.records.configuration;\n\n"
    "import org.springframework.context.annotation.Configuration;\n\n"
    "@Configuration\npublic class WebConfiguration { }\n"
)


def _build(web: bool) -> dict[str, str]:
    starters = ["org.springframework.boot:spring-boot-starter-web"] if web else []
    return {
        "pom.xml": _pom("server", [], packaging="pom"),
        "cli/pom.xml": _pom("cli", ["org.springframework:spring-context"]),
        "cli/src/main/java/org/example/records/cli/CliRunner.java": (
            "package org.example.records.cli;\n\npublic class CliRunner { }\n"
        ),
        "configuration/pom.xml": _pom(
            "configuration",
            [
                *starters,
                "org.springframework.boot:spring-boot-starter-jdbc",
                "org.postgresql:postgresql",
                "org.springframework.boot:spring-boot-starter-test",
            ],
        ),
        "configuration/src/main/java/org/example/records/configuration/WebConfiguration.java": (
            _CONFIG
        ),
        "configuration/src/main/resources/application.yml": (
            "spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/records\n"
            "    driver-class-name: org.postgresql.Driver\n"
        ),
        "application/pom.xml": _pom(
            "application",
            [
                "org.example.records:configuration:1.0.0",
                "org.example.records:cli:1.0.0",
            ],
        ),
        "application/src/main/java/org/example/records/application/RecordsServer.java": _MAIN,
    }


def test_a_runner_beside_the_web_server_an_assembled_module_brings_is_a_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _build(web=True)))
    # The application module, not the configuration module it assembles.
    assert sorted(found) == ["application"]
    assert first(found["application"], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["application"], K.DATABASE)[0] == "PostgreSQL"


def test_the_same_build_with_no_web_server_anywhere_is_a_job(tmp_path: Path) -> None:
    # No module it assembles brings a server: its runner is the work of a job run to its end.
    # (What is then made of the configuration module, with no main class, is not asked here.)
    assert "application" not in by_folder(write(tmp_path, _build(web=False)))


def test_webflux_in_a_module_of_api_clients_brings_no_server(tmp_path: Path) -> None:
    # A system tester over a module of the services' typed clients, which declares WebFlux for
    # its `WebClient`: its runner (the suite) is its work, it serves nothing (set 52's shape).
    files = _build(web=False)
    files["cli/pom.xml"] = _pom(
        "cli",
        [
            "org.springframework:spring-context",
            "org.springframework.boot:spring-boot-starter-webflux",
        ],
    )
    assert "application" not in by_folder(write(tmp_path, files))
