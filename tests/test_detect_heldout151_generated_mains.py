"""Held-out set 151 (#19): openapi-generator's generated Spring Boot main class
(`org.openapitools.OpenApiGeneratorApplication`), kept in a schema module's tree beside the
server stubs it generated, starts no service: the module is a library."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.5.11</version>\n"
    "  </parent>\n  <groupId>org.example</groupId>\n  <artifactId>{name}</artifactId>\n"
    "  <dependencies>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n"
    "  </dependencies>\n</project>\n"
)


def _main(package: str, name: str) -> str:
    return (
        f"package {package};\n\nimport org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\n"
        f"public class {name} {{\n    public static void main(String[] args) {{\n"
        f"        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )


_ROOT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <groupId>org.example</groupId>\n  <artifactId>parent</artifactId>\n"
    "  <packaging>pom</packaging>\n  <modules>\n    <module>admin-api</module>\n"
    "    <module>api-schema</module>\n  </modules>\n</project>\n"
)


def _tree(name: str, package: str) -> dict[str, str]:
    # A reactor: the admin API (the service) implements the schema module's stubs.
    folder = package.replace(".", "/")
    return {
        "pom.xml": _ROOT,
        "admin-api/pom.xml": _POM.replace("{name}", "admin-api").replace(
            "  </dependencies>",
            "    <dependency>\n      <groupId>org.example</groupId>\n"
            "      <artifactId>api-schema</artifactId>\n    </dependency>\n  </dependencies>",
        ),
        "admin-api/src/main/java/org/example/admin/AdminApplication.java": _main(
            "org.example.admin", "AdminApplication"
        ),
        "api-schema/pom.xml": _POM.replace("{name}", "api-schema"),
        f"api-schema/server-stubs/src/main/java/{folder}/{name}.java": _main(package, name),
        "api-schema/server-stubs/src/main/java/org/example/api/ClientsApi.java": (
            "package org.example.api;\n\npublic interface ClientsApi {\n}\n"
        ),
    }


def test_the_generated_main_starts_no_service(tmp_path: Path) -> None:
    files = _tree("OpenApiGeneratorApplication", "org.openapitools")
    found = by_folder(write(tmp_path, files))
    assert "admin-api" in found and "api-schema" not in found


def test_a_main_of_the_module_s_own_starts_it(tmp_path: Path) -> None:
    # Counter-case: the module's own application class is its entry point.
    files = _tree("SchemaApplication", "org.example")
    found = by_folder(write(tmp_path, files))
    assert "admin-api" in found and "api-schema" in found
