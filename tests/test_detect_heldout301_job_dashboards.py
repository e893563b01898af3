"""JVM: a Spring Boot program that only hosts JobRunr's dashboard is no backend (set 301, #19).

Beside the product's Spring Boot API, a program declaring Spring Boot's core starter, the JDBC
data starter and JobRunr's starter, no web starter, whose settings turn JobRunr's dashboard on
and its job server off: its only HTTP is the dashboard its operators open. A program with a web
starter and the same dashboard still serves its own routes.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _gradle(*starters: str) -> str:
    lines = "".join(f'    implementation("{s}")\n' for s in starters)
    return (
        "plugins {\n"
        '    kotlin("jvm") version "2.1.20"\n'
        '    kotlin("plugin.spring") version "2.1.20"\n'
        '    id("org.springframework.boot") version "3.5.9"\n'
        "}\n\n"
        f"dependencies {{\n{lines}"
        '    runtimeOnly("org.postgresql:postgresql:42.7.8")\n'
        "}\n"
    )


_APP = (
    "package org.acme.dashboard\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
    "import org.springframework.boot.runApplication\n\n"
    "@SpringBootApplication\nclass DashboardApplication\n\n"
    "fun main(args: Array<String>) {\n    runApplication<DashboardApplication>(*args)\n}\n"
)

_SETTINGS = (
    "spring:\n  datasource:\n    url: ${SPRING_DATASOURCE_URL:}\n"
    "    driver-class-name: org.postgresql.Driver\n\n"
    "jobrunr:\n  background-job-server:\n    enabled: false\n"
    "  dashboard:\n    enabled: true\n    port: 8001\n"
    "  database:\n    type: sql\n"
    "server:\n  port: 8085\n"
)

_API = {
    "apps/api/build.gradle.kts": _gradle(
        "org.springframework.boot:spring-boot-starter-web",
        "org.springframework.boot:spring-boot-starter-data-jpa",
    ),
    "apps/api/src/main/kotlin/org/acme/api/ApiApplication.kt": _APP.replace(
        "dashboard", "api"
    ).replace("Dashboard", "Api"),
}


def _tree(*starters: str) -> dict[str, str]:
    return {
        **_API,
        "apps/jobs-dashboard/build.gradle.kts": _gradle(*starters),
        "apps/jobs-dashboard/src/main/kotlin/org/acme/dashboard/DashboardApplication.kt": _APP,
        "apps/jobs-dashboard/src/main/resources/application.yaml": _SETTINGS,
    }


def test_a_program_hosting_only_jobrunrs_dashboard_is_no_backend(tmp_path: Path) -> None:
    files = _tree(
        "org.springframework.boot:spring-boot-starter",
        "org.springframework.boot:spring-boot-starter-data-jdbc",
        "org.jobrunr:jobrunr-spring-boot-3-starter:8.3.1",
    )
    assert list(by_folder(write(tmp_path, files))) == ["apps/api"]


def test_a_web_program_beside_the_dashboard_stays_a_backend(tmp_path: Path) -> None:
    files = _tree(
        "org.springframework.boot:spring-boot-starter-web",
        "org.springframework.boot:spring-boot-starter-data-jdbc",
        "org.jobrunr:jobrunr-spring-boot-3-starter:8.3.1",
    )
    assert sorted(by_folder(write(tmp_path, files))) == ["apps/api", "apps/jobs-dashboard"]
