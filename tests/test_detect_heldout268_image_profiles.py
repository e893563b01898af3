"""Spring: the profiles an application's image activates choose its engine (set 268, #19).

A Spring Boot API keeps H2 in memory as its base configuration's datasource
(`spring.datasource.url=jdbc:h2:mem:app;MODE=PostgreSQL`) while its image (`Dockerfile-api`)
sets `ENV SPRING_PROFILES_ACTIVE="docker,psql"`, and the `psql` profile points the datasource at
`${psql.url}`, a PostGIS JDBC URL the base file defines (`jdbc:postgresql_postGIS://…`). The
image is the deployment: PostgreSQL is the engine, H2 the development fallback
(`image_profiles`). With no image activating a profile, or a profile setting no datasource, the
base file's H2 stays the engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _dependency(group: str, artifact: str, version: str = "") -> str:
    pinned = f"<version>{version}</version>" if version else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"{pinned}</dependency>\n"
    )


_POM = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n"
    "  <parent><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-parent</artifactId>"
    "<version>1.2.7.RELEASE</version></parent>\n"
    "  <groupId>com.acme</groupId><artifactId>parking-api</artifactId>\n"
    "  <dependencies>\n"
    + _dependency("org.springframework.boot", "spring-boot-starter-web")
    + _dependency("org.springframework", "spring-jdbc")
    + _dependency("org.postgresql", "postgresql", "9.4-1201-jdbc41")
    + _dependency("com.h2database", "h2", "1.4.181")
    + "  </dependencies>\n</project>\n"
)

_APP = (
    "package com.acme.parking;\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {}\n}\n"
)

_BASE = (
    "psql.host=localhost\npsql.username=parking\n"
    "psql.url=jdbc:postgresql_postGIS://${psql.host}/${psql.username}\n\n"
    "spring.datasource.username=sa\n"
    "spring.datasource.url=jdbc:h2:mem:parking;DB_CLOSE_DELAY=-1;MODE=PostgreSQL\n"
)

_PSQL = (
    "spring.datasource.username=${psql.username}\n"
    "spring.datasource.url=${psql.url}\n"
    "spring.datasource.driver-class-name=org.postgis.DriverWrapper\n"
)

_IMAGE = (
    "FROM openjdk:8-jdk AS builder\nCOPY src /project/src/\nRUN mvn clean package\n\n"
    "FROM openjdk:8-jre-slim\nEXPOSE 8080\n"
    'ENV SPRING_PROFILES_ACTIVE="docker,psql"\n'
    'CMD ["java", "-jar", "parking-api.jar"]\n'
)


def _api() -> dict[str, str]:
    return {
        "pom.xml": _POM,
        "Dockerfile-api": _IMAGE,
        "src/main/java/com/acme/parking/Application.java": _APP,
        "src/main/resources/application.properties": _BASE,
        "src/main/resources/application-psql.properties": _PSQL,
        "src/main/resources/application-docker.properties": "psql.host=${env.PSQL_HOST}\n",
    }


def test_the_profile_the_image_activates_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api()))
    assert first(found["."], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_no_image_profile_leaves_the_base_datasource(tmp_path: Path) -> None:
    # Counter-case: the image activates nothing, the base file's H2 is what runs.
    files = _api()
    files["Dockerfile-api"] = _IMAGE.replace('ENV SPRING_PROFILES_ACTIVE="docker,psql"\n', "")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "H2"


def test_an_activated_profile_without_a_datasource_leaves_the_base(tmp_path: Path) -> None:
    # Counter-case: the image activates only a profile that sets no datasource.
    files = _api()
    files["Dockerfile-api"] = _IMAGE.replace("docker,psql", "docker")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "H2"
