"""Quarkus workers of a Maven reactor fed by Kafka, keeping no data, whose only HTTP API is
internal, as the hundred-and-eighteenth held-out set showed (benchmarks/detect_heldout118.yaml,
#19): each consumes a topic (`@Incoming`) and publishes `/internal/` calls for its operators
(seek the consumer's offset, re-sync a product) through resources implementing the interfaces
generated from its `META-INF/openapi.yaml`. Such a worker is no backend; a sibling keeping a
table of its own behind an internal API, or a worker publishing a client's path, stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_Q = "io.quarkus"


def _dep(group: str, artifact: str, scope: str = "") -> str:
    return (
        f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        + (f"<scope>{scope}</scope>" if scope else "")
        + "</dependency>"
    )


def _pom(artifact: str, dependencies: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project><modelVersion>4.0.0</modelVersion>'
        "<parent><groupId>org.example</groupId><artifactId>root</artifactId>"
        f"<version>1.0</version></parent><artifactId>{artifact}</artifactId>"
        "<packaging>quarkus</packaging>"
        f"<dependencies>{dependencies}</dependencies>"
        "<build><plugins><plugin><groupId>io.quarkus.platform</groupId>"
        "<artifactId>quarkus-maven-plugin</artifactId><extensions>true</extensions>"
        "</plugin></plugins></build></project>\n"
    )


_ROOT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project><modelVersion>4.0.0</modelVersion>'
    "<groupId>org.example</groupId><artifactId>root</artifactId><version>1.0</version>"
    "<packaging>pom</packaging><modules><module>producer</module><module>billing</module>"
    "</modules><dependencyManagement><dependencies><dependency>"
    "<groupId>io.quarkus.platform</groupId><artifactId>quarkus-bom</artifactId>"
    "<version>3.38.2</version><type>pom</type><scope>import</scope></dependency>"
    "</dependencies></dependencyManagement></project>\n"
)


def _openapi(*paths: str) -> str:
    body = "".join(f"  {p}:\n    post:\n      operationId: op{i}\n" for i, p in enumerate(paths))
    return (
        "openapi: 3.0.2\ninfo:\n  title: worker\n  version: 1.0.0\n"
        f"paths:\n{body}components:\n  schemas:\n    Usage:\n      type: object\n"
    )


_WEB = _dep(_Q, "quarkus-resteasy") + _dep(_Q, "quarkus-messaging-kafka")
_DATA = _dep(_Q, "quarkus-hibernate-orm-panache") + _dep(_Q, "quarkus-jdbc-postgresql")

_TREE = {
    "pom.xml": _ROOT,
    "producer/pom.xml": _pom("producer", _WEB + _dep(_Q, "quarkus-junit", "test")),
    "producer/src/main/resources/application.properties": (
        "quarkus.http.port=${SERVER_PORT}\n"
        "mp.messaging.incoming.usage-in.connector=smallrye-kafka\n"
    ),
    "producer/src/main/resources/META-INF/openapi.yaml": _openapi(
        "/api/producer/internal/usage", "/api/producer/internal/kafka_seek_position"
    ),
    "producer/src/main/java/org/example/producer/UsageConsumer.java": (
        "package org.example.producer;\n\n"
        "import org.eclipse.microprofile.reactive.messaging.Incoming;\n\n"
        "public class UsageConsumer {\n"
        '  @Incoming("usage-in")\n  public void consume(String usage) {\n  }\n}\n'
    ),
    "producer/src/main/java/org/example/producer/InternalResource.java": (
        "package org.example.producer;\n\nimport org.example.producer.api.DefaultApi;\n\n"
        "public class InternalResource implements DefaultApi {\n}\n"
    ),
    "billing/pom.xml": _pom("billing", _WEB + _DATA + _dep(_Q, "quarkus-junit", "test")),
    "billing/src/main/resources/application.properties": "quarkus.datasource.db-kind=postgresql\n",
    "billing/src/main/resources/META-INF/openapi.yaml": _openapi(
        "/api/billing/internal/remittance"
    ),
    "billing/src/main/java/org/example/billing/UsageConsumer.java": (
        "package org.example.billing;\n\n"
        "import org.eclipse.microprofile.reactive.messaging.Incoming;\n\n"
        "public class UsageConsumer {\n"
        '  @Incoming("usage-in")\n  public void consume(String usage) {\n  }\n}\n'
    ),
}


def test_a_broker_worker_with_only_internal_paths_and_no_data_is_no_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _TREE))
    assert "producer" not in found
    # Counter-case: the sibling keeping data of its own behind an internal API stays one.
    assert first(found["billing"], K.FRAMEWORK) == ("Quarkus", "3.38.2")
    assert first(found["billing"], K.DATABASE)[0] == "PostgreSQL"


def test_a_worker_publishing_a_clients_path_stays_a_backend(tmp_path: Path) -> None:
    """Counter-case: one path outside `internal` is served to clients."""
    tree = dict(_TREE)
    tree["producer/src/main/resources/META-INF/openapi.yaml"] = _openapi(
        "/api/producer/internal/usage", "/api/producer/v1/usage"
    )
    assert "producer" in by_folder(write(tmp_path, tree))


def test_a_worker_whose_code_declares_a_resource_stays_a_backend(tmp_path: Path) -> None:
    """Counter-case: a JAX-RS resource written in its code serves paths no document lists."""
    tree = dict(_TREE)
    tree["producer/src/main/java/org/example/producer/UsageResource.java"] = (
        'package org.example.producer;\n\nimport jakarta.ws.rs.Path;\n\n@Path("/usage")\n'
        "public class UsageResource {\n}\n"
    )
    assert "producer" in by_folder(write(tmp_path, tree))


def test_a_module_consuming_nothing_stays_a_backend(tmp_path: Path) -> None:
    """Counter-case: with no broker feeding it, an internal API is all it serves."""
    tree = dict(_TREE)
    del tree["producer/src/main/java/org/example/producer/UsageConsumer.java"]
    assert "producer" in by_folder(write(tmp_path, tree))
