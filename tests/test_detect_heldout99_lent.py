"""A framework a library lends the application, as set 99 showed it
(benchmarks/detect_heldout99.yaml, #19): a Vert.x module on the RAML Module Builder's runtime
declares no Vert.x Web of its own (only Vert.x's clients, its BOM and the runtime); the
runtime's launcher deploys the verticle that serves the module's HTTP API, so Vert.x is the
module's framework, at the release its BOM pins (never the runtime's own release)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_STACK = (
    "  <dependencyManagement><dependencies><dependency>"
    "<groupId>io.vertx</groupId><artifactId>vertx-stack-depchain</artifactId>"
    "<version>5.0.5</version><type>pom</type><scope>import</scope>"
    "</dependency></dependencies></dependencyManagement>"
)

_CLIENTS = (
    dep("io.vertx", "vertx-kafka-client", version="5.0.5"),
    dep("io.vertx", "vertx-web-client"),
    dep("io.vertx", "vertx-unit", scope="test"),
    dep("org.junit.jupiter", "junit-jupiter-api", scope="test", version="5.10.2"),
)

_RUNTIME = dep("org.folio", "domain-models-runtime", version="36.0.0")

_IMPL = (
    "package org.example.rest.impl;\n\nimport io.vertx.core.AsyncResult;\n"
    "import io.vertx.core.Context;\nimport io.vertx.core.Handler;\n"
    "import org.folio.rest.persist.PgUtil;\n\npublic class LoansApi {\n"
    "  public void getLoans(Handler<AsyncResult<Object>> handler, Context context) {\n"
    "    PgUtil.get(\"loan\", null, null, handler, context);\n  }\n}\n"
)


def _module(deps: tuple[str, ...], extra: str) -> dict[str, str]:
    return {
        "pom.xml": pom("\n".join(deps), extra=extra),
        "src/main/java/org/example/rest/impl/LoansApi.java": _IMPL,
        "Dockerfile": "FROM eclipse-temurin:21-jre\nCOPY target/app-fat.jar /app.jar\n",
    }


def test_the_runtime_lends_its_module_vertx_at_the_release_the_bom_pins(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _module((_RUNTIME, *_CLIENTS), _STACK)))["."]
    assert first(backend, K.FRAMEWORK) == ("Vert.x", "5.0.5")
    assert first(backend, K.QUERY) == ("Vert.x SQL Client", "")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_without_a_bom_the_runtimes_release_is_not_vertxs(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _module((_RUNTIME, *_CLIENTS), "")))["."]
    assert first(backend, K.FRAMEWORK) == ("Vert.x", "")


def test_vertxs_clients_and_bom_alone_lend_no_framework(tmp_path: Path) -> None:
    # Counter-case: the same build without the runtime calls other services and Kafka
    # through Vert.x's clients; nothing in it serves HTTP through Vert.x.
    found = by_folder(write(tmp_path, _module(_CLIENTS, _STACK)))
    assert "." not in found or first(found["."], K.FRAMEWORK)[0] != "Vert.x"
