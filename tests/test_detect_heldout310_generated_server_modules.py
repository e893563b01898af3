"""Held-out set 310 (#19): a Maven build whose application implements the delegates of
controllers another module of the build generates from an OpenAPI document (that module's
openapi-generator runs the `spring` generator; the application's own sources hold no
controller), and exposes Actuator's endpoints. Its routes are the generated API's: it stays a
backend, and the mock servers beside it (their READMEs' leads call them mock servers) stay
doubles. A module generating only a client (the `java` generator) serves nothing: an
application using only that still serves Actuator alone.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_BOOT = "org.springframework.boot"


def _dep(group: str, artifact: str, scope: str = "") -> str:
    scoped = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"{scoped}<version>1.0.0</version></dependency>"
    )


def _pom(artifact: str, dependencies: tuple[str, ...], build: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <parent><groupId>org.example.tenders</groupId><artifactId>tenders</artifactId>"
        "<version>1.0.0</version><relativePath>../pom.xml</relativePath></parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n"
        + "\n".join(dependencies)
        + f"\n  </dependencies>\n{build}</project>\n"
    )


def _generator(name: str) -> str:
    return (
        "  <build><plugins><plugin><groupId>org.openapitools</groupId>"
        "<artifactId>openapi-generator-maven-plugin</artifactId><executions><execution>"
        "<configuration><inputSpec>openapi.yaml</inputSpec>"
        f"<generatorName>{name}</generatorName>"
        "<configOptions><delegatePattern>true</delegatePattern></configOptions>"
        "</configuration></execution></executions></plugin></plugins></build>\n"
    )


def _main(package: str, name: str) -> str:
    return (
        f"package org.example.{package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class {name} {{\n"
        "    public static void main(String[] args) {\n"
        f"        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )


_ROOT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <parent><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-parent</artifactId><version>2.6.6</version></parent>\n"
    "  <groupId>org.example.tenders</groupId>\n  <artifactId>tenders</artifactId>\n"
    "  <version>1.0.0</version>\n  <packaging>pom</packaging>\n"
    "  <modules><module>supplier-mocksvr-app</module><module>supplier-client-api</module>"
    "<module>tender-server-api</module><module>tender-app</module></modules>\n</project>\n"
)

_SERVICE = (
    "package org.example.tender.service;\n\n"
    "import org.springframework.http.ResponseEntity;\n"
    "import org.springframework.stereotype.Service;\n"
    "import org.example.tender.server.api.TendersApiDelegate;\n\n"
    "@Service\npublic class TenderApiService implements TendersApiDelegate {\n"
    "    public ResponseEntity<String> createTender(String body) {\n"
    "        return ResponseEntity.ok(body);\n    }\n}\n"
)


def _tree(server_generator: str) -> dict[str, str]:
    web = _dep(_BOOT, "spring-boot-starter-web")
    return {
        "pom.xml": _ROOT,
        "tender-server-api/pom.xml": _pom(
            "tender-server-api", (web,), _generator(server_generator)
        ),
        "tender-server-api/src/main/resources/openapi.yaml": "openapi: 3.0.1\npaths: {}\n",
        "supplier-client-api/pom.xml": _pom(
            "supplier-client-api", (_dep(_BOOT, "spring-boot-starter-webflux"),),
            _generator("java"),
        ),
        "tender-app/pom.xml": _pom(
            "tender-app",
            (
                _dep("org.example.tenders", "tender-server-api"),
                _dep("org.example.tenders", "supplier-client-api"),
                web,
                _dep(_BOOT, "spring-boot-starter-actuator"),
                _dep(_BOOT, "spring-boot-starter-security"),
                _dep("org.junit.jupiter", "junit-jupiter-engine", "test"),
            ),
        ),
        "tender-app/src/main/java/org/example/tender/TenderApplication.java": _main(
            "tender", "TenderApplication"
        ),
        "tender-app/src/main/java/org/example/tender/service/TenderApiService.java": _SERVICE,
        "tender-app/src/main/resources/application.properties": (
            "management.endpoints.web.exposure.include=health,info,prometheus\n"
        ),
        "tender-app/src/test/java/org/example/tender/TenderApiServiceTest.java": (
            "package org.example.tender;\n\nimport org.junit.jupiter.api.Test;\n\n"
            "class TenderApiServiceTest {\n    @Test\n    void creates() {}\n}\n"
        ),
        "supplier-mocksvr-app/pom.xml": _pom("supplier-mocksvr-app", (web,), _generator("spring")),
        "supplier-mocksvr-app/README.md": (
            "# SUPPLIER MOCK SERVER\n\n## Overview\nJava 11 / SpringBoot openapi generated API\n"
        ),
        "supplier-mocksvr-app/Dockerfile": "FROM eclipse-temurin:11\nCOPY app.jar /app.jar\n",
        "supplier-mocksvr-app/src/main/java/org/example/supplier/MockApplication.java": _main(
            "supplier", "MockApplication"
        ),
    }


def test_an_app_serving_a_generated_server_module_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("spring")))
    assert set(found) == {"tender-app"}


def test_an_app_using_only_a_generated_client_serves_actuator_alone(tmp_path: Path) -> None:
    # Counter-case: a generated client serves nothing; the application's HTTP is Actuator's.
    found = by_folder(write(tmp_path, _tree("java")))
    assert "tender-app" not in found

