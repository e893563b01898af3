"""Generic gaps a Quarkus build of held-out set 55 showed (benchmarks/detect_heldout55.yaml,
#19), as a small fixture of the real files' shape: MongoDB's Kotlin coroutine driver, used
without an ODM by the persistence module the API depends on, is the data layer; a module
declaring Quarkus's REST extension and plugin whose only source is a command-line checker
(a `main` comparing two deployments' responses) serves nothing: no backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout24_jvm_dotnet import _data_layer
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pom(artifact: str, dependencies: str, plugin: bool = False, modules: str = "") -> str:
    plugins = (
        "<build><plugins><plugin><groupId>io.quarkus</groupId>"
        "<artifactId>quarkus-maven-plugin</artifactId><extensions>true</extensions>"
        "<executions><execution><goals><goal>build</goal></goals></execution></executions>"
        "</plugin></plugins></build>"
        if plugin
        else ""
    )
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
        + "<properties><maven.compiler.release>17</maven.compiler.release></properties>"
        + modules
        + f"<dependencies>{dependencies}</dependencies>{plugins}</project>\n"
    )


def _dep(group: str, artifact: str, version: str = "", scope: str = "") -> str:
    return (
        f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        + (f"<version>{version}</version>" if version else "")
        + (f"<scope>{scope}</scope>" if scope else "")
        + "</dependency>"
    )


_REST = _dep("io.quarkus", "quarkus-rest", "3.38.2")
_JUNIT = _dep("io.quarkus", "quarkus-junit5", "3.38.2", "test")

_TREE = {
    "pom.xml": _pom(
        "root", "", modules="<modules><module>persistence</module><module>api</module>"
        "<module>checker</module></modules>"
    ),
    "persistence/pom.xml": _pom(
        "persistence", _dep("org.mongodb", "mongodb-driver-kotlin-coroutine", "5.5.1")
    ),
    "persistence/src/main/kotlin/org/example/persistence/MongoClient.kt": (
        "package org.example.persistence\n\n"
        "import com.mongodb.kotlin.client.coroutine.MongoClient as Client\n\n"
        "class MongoClient {\n"
        "    val client = Client.create(\"mongodb://localhost:27017\")\n}\n"
    ),
    "api/pom.xml": _pom(
        "api", _REST + _dep("org.example", "persistence", "1.0") + _JUNIT, plugin=True
    ),
    "api/src/main/kotlin/org/example/api/AssetsResource.kt": (
        "package org.example.api\n\nimport jakarta.ws.rs.GET\nimport jakarta.ws.rs.Path\n\n"
        "@Path(\"/v3/assets/\")\nclass AssetsResource {\n"
        "    @GET\n    fun list(): List<String> = emptyList()\n}\n"
    ),
    "api/src/test/kotlin/org/example/api/AssetsResourceTest.kt": (
        "package org.example.api\n\nimport io.quarkus.test.junit.QuarkusTest\n"
        "import org.junit.jupiter.api.Test\n\n@QuarkusTest\nclass AssetsResourceTest {\n"
        "    @Test\n    fun lists() {}\n}\n"
    ),
    "checker/pom.xml": _pom(
        "checker", _REST + _dep("com.google.code.gson", "gson", "2.13.1") + _JUNIT, plugin=True
    ),
    "checker/src/main/kotlin/org/example/checker/StagingLiveChecker.kt": (
        "package org.example.checker\n\nimport java.net.URL\n\n"
        "class StagingLiveChecker(val stagingUrl: String, val liveUrl: String) {\n"
        "    fun check() = URL(stagingUrl).readText() == URL(liveUrl).readText()\n}\n\n"
        "fun main() {\n"
        "    StagingLiveChecker(\"https://staging.example.org\", \"https://example.org\").check()\n"
        "}\n"
    ),
}


def test_a_mongodb_driver_without_an_odm_is_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _TREE))["api"]
    assert _data_layer(backend) == "mongodb"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_a_quarkus_module_serving_nothing_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _TREE))) == {"api"}
