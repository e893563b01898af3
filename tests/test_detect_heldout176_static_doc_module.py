"""Held-out set 176 (#19): a Maven documentation module whose image is a static web server.

A Spring Boot reactor keeps, beside its web module (the entry point) and its service library, a
documentation module: a pom naming a validation starter and an OpenAPI generator, the API
contracts as resources, no Java at all, and a `docker/Dockerfile` whose last stage is `FROM
nginx` (Swagger UI's pages with the contracts copied in), beside a Compose file starting the
service's MariaDB to try the pages out. Its image serves files, it runs no program of the build:
the module holds no code and is no backend (`sourceless_modules`). Counter-case: a module whose
image runs a JVM (`FROM eclipse-temurin`) ships the build's program and is left as it was.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import dep, write
from test_detect_unseen import by_folder

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.13</version>
  </parent>
  <groupId>org.example</groupId>
  <artifactId>meetings</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>meetings-service</module>
    <module>meetings-web</module>
    <module>documentation</module>
  </modules>
  <properties>
    <java.version>21</java.version>
  </properties>
</project>
"""


def _module(name: str, deps: str, plugins: str = "") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <artifactId>{name}</artifactId>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>meetings</artifactId>
    <version>1.0</version>
  </parent>
  <dependencies>
{deps}
  </dependencies>
  <build>
    <plugins>
{plugins}
    </plugins>
  </build>
</project>
"""


_BOOT_PLUGIN = (
    "      <plugin>\n        <groupId>org.springframework.boot</groupId>\n"
    "        <artifactId>spring-boot-maven-plugin</artifactId>\n      </plugin>"
)
_GENERATOR = (
    "      <plugin>\n        <groupId>org.openapitools</groupId>\n"
    "        <artifactId>openapi-generator-maven-plugin</artifactId>\n"
    "        <version>7.22.0</version>\n      </plugin>"
)
_APPLICATION = """package org.example.meetings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) { SpringApplication.run(Application.class, args); }
}
"""
_CONTROLLER = """package org.example.meetings.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MeetingController {
    @GetMapping("/meetings")
    public String list() { return "[]"; }
}
"""
_NGINX = (
    "FROM swaggerapi/swagger-ui:v5.22.0 AS swagger\n\n"
    "FROM nginxinc/nginx-unprivileged:1.29-alpine\n"
    "COPY --from=swagger /usr/share/nginx/html /usr/share/nginx/html\n"
    "COPY /maven/*.yaml /usr/share/nginx/html/\n"
    'ENTRYPOINT ["sh", "/config.sh"]\n'
)
_COMPOSE = (
    "services:\n  mysql:\n    image: mariadb:10.6\n    environment:\n"
    "      - MYSQL_DATABASE=meetings\n"
    "  meetings:\n    image: example/meetings:dev\n    environment:\n"
    "      - jdbc_url=jdbc:mariadb://mysql:3306/meetings\n"
)


def _tree(image: str) -> dict[str, str]:
    return {
        "pom.xml": _ROOT,
        "meetings-service/pom.xml": _module(
            "meetings-service",
            "\n".join([
                dep("org.springframework.boot", "spring-boot-starter-web"),
                dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
                dep("org.mariadb.jdbc", "mariadb-java-client"),
            ]),
        ),
        "meetings-service/src/main/java/org/example/meetings/api/MeetingController.java": (
            _CONTROLLER
        ),
        "meetings-web/pom.xml": _module(
            "meetings-web", dep("org.example", "meetings-service", version="1.0"), _BOOT_PLUGIN
        ),
        "meetings-web/src/main/java/org/example/meetings/Application.java": _APPLICATION,
        "documentation/pom.xml": _module(
            "documentation",
            "\n".join([
                dep("org.springframework.boot", "spring-boot-starter-validation"),
                dep("org.springframework", "spring-web"),
            ]),
            _GENERATOR,
        ),
        "documentation/src/main/resources/meetings-api-v1.yaml": "openapi: 3.0.1\n",
        "documentation/docker/Dockerfile": image,
        "documentation/docker/compose/docker-compose.yml": _COMPOSE,
    }


def test_a_documentation_module_served_by_nginx_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_NGINX)))
    assert "meetings-web" in found
    assert "documentation" not in found


def test_a_module_whose_image_runs_a_jvm_is_left_as_it_was(tmp_path: Path) -> None:
    # Counter-case: the image runs the build's program, as a launcher module's would.
    jvm = "FROM eclipse-temurin:21-jre\nCOPY /maven/app.jar /app.jar\n"
    jvm += 'ENTRYPOINT ["java", "-jar", "/app.jar"]\n'
    found = by_folder(write(tmp_path, _tree(jvm)))
    assert "meetings-web" in found
    assert "documentation" in found
