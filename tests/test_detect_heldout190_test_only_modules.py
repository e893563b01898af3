"""Java: a Maven module whose only code is its tests is no backend (set 190, #19).

Beside a Dropwizard service, a repository keeps its acceptance suite in a module of its own: a
pom declaring `dropwizard-core` and the PostgreSQL driver its tests check the database with,
and a Dockerfile whose start script runs `mvn clean test`, but every source file is under
`src/test/java`. Nothing of it starts a server: a test harness. A module with main code
keeps its place."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_DROPWIZARD = (
    "    <dependency>\n      <groupId>io.dropwizard</groupId>\n"
    "      <artifactId>dropwizard-core</artifactId>\n      <version>2.1.2</version>\n"
    "    </dependency>\n"
)
_POSTGRES = (
    "    <dependency>\n      <groupId>org.postgresql</groupId>\n"
    "      <artifactId>postgresql</artifactId>\n      <version>42.6.0</version>\n"
    "    </dependency>\n"
)


def _pom(name: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        f"  <groupId>org.acme</groupId>\n  <artifactId>{name}</artifactId>\n"
        "  <version>1.0</version>\n  <dependencies>\n"
        + _DROPWIZARD
        + _POSTGRES
        + "  </dependencies>\n</project>\n"
    )


def _repository() -> dict[str, str]:
    return {
        "repo-app/pom.xml": _pom("repo-app"),
        "repo-app/Dockerfile": "FROM eclipse-temurin:17\nCOPY target/app.jar /app.jar\n",
        "repo-app/src/main/java/org/acme/RepoApp.java": (
            "package org.acme;\n\nimport io.dropwizard.Application;\n\n"
            "public class RepoApp extends Application<RepoConfiguration> {\n"
            "    public static void main(String[] args) throws Exception {\n"
            '        new RepoApp().run(args);\n    }\n}\n'
        ),
        "acceptance/pom.xml": _pom("repo-acceptance"),
        "acceptance/Dockerfile": (
            "FROM maven:3-eclipse-temurin-17\nCOPY ./src /suite/src\n"
            'COPY ./scripts/start.sh /suite/\nCMD ["./start.sh"]\n'
        ),
        "acceptance/scripts/start.sh": "#!/bin/sh\nmvn clean test\n",
        "acceptance/src/test/java/org/acme/RepoTest.java": (
            "package org.acme;\n\nimport org.junit.runner.RunWith;\n\n"
            "@RunWith(ConcordionRunner.class)\npublic class RepoTest {}\n"
        ),
        "acceptance/src/test/java/org/acme/Config.java": (
            "package org.acme;\n\npublic class Config {\n"
            '    static final String HOST = "http://textrepo:8080";\n}\n'
        ),
    }


def test_a_test_only_module_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repository()))
    assert "repo-app" in found
    assert "acceptance" not in found


def test_a_module_with_main_code_stays(tmp_path: Path) -> None:
    # Counter-case: one class of main code: its tests are not all it holds.
    files = _repository()
    files["acceptance/src/main/java/org/acme/Suite.java"] = (
        "package org.acme;\n\nimport io.dropwizard.Application;\n\n"
        "public class Suite extends Application<SuiteConfiguration> {\n"
        "    public static void main(String[] args) throws Exception {\n"
        '        new Suite().run(args);\n    }\n}\n'
    )
    found = by_folder(write(tmp_path, files))
    assert "acceptance" in found
