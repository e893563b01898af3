"""Distribution modules of a Maven build, as the sixty-fifth held-out set showed
(benchmarks/detect_heldout65.yaml, #19): beside the Spring Boot web application, an "uber"
module depends on the application's module, adds an embedded MongoDB server and repackages it
under the application's own main class; beside a Quarkus worker, another depends on the
worker's module and adds only its settings. Each is that application packaged again, not a
backend of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _dep(group: str, artifact: str, version: str = "", scope: str = "") -> str:
    return (
        f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        + (f"<version>{version}</version>" if version else "")
        + (f"<scope>{scope}</scope>" if scope else "")
        + "</dependency>"
    )


def _pom(artifact: str, dependencies: str = "", build: str = "", modules: str = "") -> str:
    parent = (
        "<parent><groupId>org.example</groupId><artifactId>root</artifactId>"
        "<version>1.0</version></parent>"
        if artifact != "root"
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project><modelVersion>4.0.0</modelVersion>'
        f"{parent}<groupId>org.example</groupId><artifactId>{artifact}</artifactId>"
        "<version>1.0</version>"
        + ("<packaging>pom</packaging>" if modules else "")
        + "<properties><java.version>21</java.version></properties>"
        + modules
        + (
            "<dependencyManagement><dependencies>"
            "<dependency><groupId>org.springframework.boot</groupId>"
            "<artifactId>spring-boot-dependencies</artifactId><version>3.5.6</version>"
            "<type>pom</type><scope>import</scope></dependency>"
            "</dependencies></dependencyManagement>"
            if artifact == "root"
            else ""
        )
        + f"<dependencies>{dependencies}</dependencies>{build}</project>\n"
    )


_BOOT = "org.springframework.boot"
_REPACKAGE = (
    "<build><plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId><configuration>"
    "<mainClass>org.example.WebApplication</mainClass></configuration>"
    "<executions><execution><goals><goal>repackage</goal></goals></execution></executions>"
    "</plugin></plugins></build>"
)
_QUARKUS_PLUGIN = (
    "<build><plugins><plugin><groupId>io.quarkus</groupId>"
    "<artifactId>quarkus-maven-plugin</artifactId><extensions>true</extensions>"
    "</plugin></plugins></build>"
)

_TREE = {
    "pom.xml": _pom(
        "root",
        modules="<modules><module>webapp</module><module>minion</module>"
        "<module>distro/uber</module><module>distro/uber-minion</module></modules>",
    ),
    "webapp/pom.xml": _pom(
        "webapp",
        _dep(_BOOT, "spring-boot-starter-web")
        + _dep(_BOOT, "spring-boot-starter-data-mongodb")
        + _dep(_BOOT, "spring-boot-starter-test", scope="test"),
        _REPACKAGE,
    ),
    "webapp/src/main/java/org/example/WebApplication.java": (
        "package org.example;\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class WebApplication {\n"
        "  public static void main(String[] args) {\n"
        "    SpringApplication.run(WebApplication.class, args);\n  }\n}\n"
    ),
    "webapp/src/main/resources/application.properties": (
        "spring.data.mongodb.uri=mongodb://localhost:27017/app\n"
    ),
    "distro/uber/pom.xml": _pom(
        "uber",
        _dep("org.example", "webapp", "1.0")
        + _dep(_BOOT, "spring-boot-starter-websocket")
        + _dep("de.bwaldvogel", "mongo-java-server", "1.47.0"),
        _REPACKAGE,
    ),
    "distro/uber/src/main/java/org/example/config/EmbeddedMongoConfiguration.java": (
        "package org.example.config;\n\n"
        "import org.springframework.context.annotation.Configuration;\n\n"
        "@Configuration\npublic class EmbeddedMongoConfiguration {\n}\n"
    ),
    "distro/uber/src/main/docker/Dockerfile": "FROM eclipse-temurin:21\nCOPY app.jar /app.jar\n",
    "minion/pom.xml": _pom(
        "minion",
        _dep("io.quarkus", "quarkus-resteasy-jackson", "3.31.4")
        + _dep("io.quarkus", "quarkus-messaging-kafka", "3.31.4"),
        _QUARKUS_PLUGIN,
    ),
    "minion/src/main/java/org/example/minion/TestResource.java": (
        "package org.example.minion;\n\nimport jakarta.ws.rs.POST;\nimport jakarta.ws.rs.Path;\n\n"
        "@Path(\"/api/tests\")\npublic class TestResource {\n"
        "  @POST\n  public void run() {\n  }\n}\n"
    ),
    "minion/src/main/resources/application.properties": "quarkus.http.port=8081\n",
    "distro/uber-minion/pom.xml": _pom(
        "uber-minion",
        _dep("org.example", "minion", "1.0")
        + _dep("io.quarkus", "quarkus-reactive-messaging-http", "3.31.4"),
        _QUARKUS_PLUGIN,
    ),
    "distro/uber-minion/src/main/resources/application.properties": (
        "quarkus.log.level=INFO\nquarkus.http.port=8081\n"
    ),
}


def test_modules_packaging_an_application_again_are_no_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _TREE))
    assert "distro/uber" not in found
    assert "distro/uber-minion" not in found
    assert first(found["webapp"], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["webapp"], K.ORM)[0] == "Spring Data MongoDB"


def test_a_module_starting_its_own_application_stays_one(tmp_path: Path) -> None:
    """A module with its own `@SpringBootApplication` that depends on another application's
    module is an application of its own."""
    tree = dict(_TREE)
    tree["distro/uber/src/main/java/org/example/UberApplication.java"] = (
        tree["webapp/src/main/java/org/example/WebApplication.java"].replace(
            "WebApplication", "UberApplication"
        )
    )
    found = by_folder(write(tmp_path, tree))
    assert "distro/uber" in found
    assert "webapp" in found
