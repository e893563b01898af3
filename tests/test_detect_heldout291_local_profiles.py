"""Held-out set 291 (#19): a Spring base file activating a developer's in-memory profile.

The module's `application.yaml` commits `spring.profiles.active: local-h2`, whose file opens
H2 in memory, while `application-aws.yaml` points at the PostgreSQL server the deployment runs
against (the build declares both drivers for run time). The activation is a developer's run
with no database server: PostgreSQL is the engine. With no hosted profile beside it, the
activated in-memory profile is what runs, and H2 stays.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    id 'java'
    id 'org.springframework.boot' version '2.2.6.RELEASE'
}
dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'
    implementation 'org.springframework.boot:spring-boot-starter-web'
    runtimeOnly 'com.h2database:h2:1.4.200'
    runtimeOnly 'org.postgresql:postgresql:42.2.12'
}
"""

_RESOURCES = "src/main/resources"


def _files(hosted: bool) -> dict[str, str]:
    files = {
        "build.gradle": _BUILD,
        "src/main/java/app/Application.java": (
            "package app;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n"
            "@SpringBootApplication\npublic class Application {}\n"
        ),
        f"{_RESOURCES}/application.yaml": (
            "server:\n  port: 8088\nspring:\n  profiles:\n    active: local-h2\n"
            "  jpa:\n    show-sql: true\n"
        ),
        f"{_RESOURCES}/application-local-h2.yaml": (
            "spring:\n  datasource:\n    url: jdbc:h2:mem:app\n"
        ),
        f"{_RESOURCES}/application-local-postgres.yaml": (
            "spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/app\n"
        ),
    }
    if hosted:
        files[f"{_RESOURCES}/application-aws.yaml"] = (
            "spring:\n  datasource:\n"
            "    url: jdbc:postgresql://app.abc123.eu-central-1.rds.amazonaws.com:5432/app\n"
            "    driver-class-name: org.postgresql.Driver\n"
        )
    return files


def test_hosted_profile_outranks_activated_local_memory(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(hosted=True)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_activated_memory_profile_stays_without_hosted_one(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(hosted=False)))["."]
    assert first(backend, K.DATABASE)[0] == "H2"
