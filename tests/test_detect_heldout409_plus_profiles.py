"""A Spring Boot war whose base settings activate a profile named for two choices at once
(`spring.profiles.active=local+mysql`), one file per engine beside it (#19): the activated
profile's JDBC URL names the engine, above the base file's embedded H2 default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

BUILD = (
    "plugins {\n    id 'org.springframework.boot' version '2.5.12'\n    id 'war'\n}\n"
    "dependencies {\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
    "    runtimeOnly 'com.h2database:h2'\n    runtimeOnly 'mysql:mysql-connector-java'\n"
    "    runtimeOnly 'org.postgresql:postgresql'\n"
    "    testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n"
)
APP = (
    "package org.example;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(Application.class, args);\n    }\n}\n"
)


def _profile(url: str) -> str:
    return f"schema.url={url}\nspring.datasource.url=${{schema.url}}\n"


def _backend(tmp_path: Path, active: str) -> object:
    resources = "webapp/src/main/resources"
    files = {
        "webapp/build.gradle": BUILD,
        "webapp/src/main/java/org/example/Application.java": APP,
        f"{resources}/application.properties": (
            f"spring.profiles.active={active}\n"
            + _profile("jdbc:h2:file:~/DB_APP\\;INIT=create schema if not exists DB_APP")
        ),
        f"{resources}/application-local+h2.properties": _profile("jdbc:h2:file:~/DB_APP"),
        f"{resources}/application-local+mysql.properties": _profile(
            "jdbc:mysql://localhost:3306/DB_APP"
        ),
        f"{resources}/application-local+postgres.properties": _profile(
            "jdbc:postgresql://localhost:5432/DB_APP"
        ),
    }
    return by_folder(write(tmp_path, files))["webapp"]


def test_activated_plus_profile_names_the_engine(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, "local+mysql"), K.DATABASE)[0] == "MySQL"


def test_another_activated_plus_profile(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, "local+postgres"), K.DATABASE)[0] == "PostgreSQL"
