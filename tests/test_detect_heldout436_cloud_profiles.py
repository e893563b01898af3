"""Spring profiles named for the cloud an application is hosted on, as set 436 showed one
(benchmarks/detect_heldout436.yaml, #19): the base `application.properties` opens an in-memory
HSQLDB (and an embedded MongoDB) for a run with no server, while `application-gcp.properties`
names `org.postgresql.Driver` with its URL left empty, to be given by the copy the deployment
mounts beside the jar. The cloud profile's server engine is the application's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.detect.deployed_profiles import deployed_named
from designer.model.stack import FindingKind as K

_RESOURCES = "src/main/resources"

_MAIN = (
    "package org.example;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "  public static void main(String[] args) {\n"
    "    SpringApplication.run(Application.class, args);\n  }\n}\n"
)

_DEPS = (
    dep("org.springframework.boot", "spring-boot-starter-web"),
    dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
    dep("org.postgresql", "postgresql", scope="runtime"),
    dep("org.hsqldb", "hsqldb", scope="runtime"),
)

_BASE = (
    "spring.datasource.driver-class-name=org.hsqldb.jdbc.JDBCDriver\n"
    "spring.datasource.url=jdbc:hsqldb:mem:testdb\n"
    "spring.datasource.username=sa\nspring.datasource.password=\n"
)

_CLOUD = (
    "app.hostname=https://api.example.org\n"
    "spring.datasource.driver-class-name=org.postgresql.Driver\n"
    "## given in the profile's copy outside of the jar.\n"
    "spring.datasource.url=\nspring.jpa.hibernate.ddl-auto=update\n"
)


def _files(profile: str) -> dict[str, str]:
    return {
        "pom.xml": pom("\n".join(_DEPS), parent=SPRING_PARENT),
        "src/main/java/org/example/Application.java": _MAIN,
        f"{_RESOURCES}/application.properties": _BASE,
        f"{_RESOURCES}/application-{profile}.properties": _CLOUD,
    }


def test_a_cloud_profile_names_the_engine_over_the_base_in_memory_database(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _files("gcp")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_cloud_names_are_deployed_but_not_their_developer_runs() -> None:
    assert all(deployed_named(name) for name in ("gcp", "aws", "azure", "heroku", "prod-gke"))
    assert not deployed_named("gcp-dev")
    assert not deployed_named("aws-local")


def test_a_developer_profile_on_the_server_keeps_the_base_database(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files("dev")))["."]
    assert first(backend, K.DATABASE)[0] == "HSQLDB"
