"""A Quarkus module of implementations of a server's plugin interface, as the
hundred-and-eighteenth held-out set showed (benchmarks/detect_heldout118.yaml, #19): event
subscribers publishing to Kafka that the server loads from its classpath, in a module applying
Quarkus's plugin and configuring `quarkus.messaging.…`, with no HTTP extension, no resource,
consumer, scheduled job or main, in its code or in the modules it uses (a module of JAX-RS
interfaces its clients call included). It is no backend; a module consuming a topic,
declaring an HTTP extension or implementing a used module's JAX-RS interface stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PLUGIN = 'plugins {\n  java\n  id("io.quarkus") version "3.38.3"\n}\n\n'


def _build(*coordinates: str, projects: tuple[str, ...] = ()) -> str:
    deps = "".join(f'  implementation("{c}")\n' for c in coordinates)
    uses = "".join(f'  implementation(project(":{p}"))\n' for p in projects)
    return f"{_PLUGIN}dependencies {{\n{deps}{uses}}}\n"


_SUBSCRIBER = (
    "package org.acme.events;\n\n"
    "import jakarta.enterprise.context.ApplicationScoped;\n"
    "import org.eclipse.microprofile.reactive.messaging.Channel;\n"
    "import org.eclipse.microprofile.reactive.messaging.Emitter;\n\n"
    "@ApplicationScoped\npublic class KafkaEventSubscriber implements EventSubscriber {\n"
    '  @Channel("events") Emitter<String> emitter;\n\n'
    "  public void onEvent(String event) {\n    emitter.send(event);\n  }\n}\n"
)

_CONTRACT = (
    "package org.acme.api;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
    '@Path("/trees")\npublic interface HttpTreeApi {\n  @GET\n  String list();\n}\n'
)

_RESOURCE = (
    "package org.acme.server;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
    '@Path("/api")\npublic class ApiResource {\n  @GET\n  public String get() {\n'
    '    return "ok";\n  }\n}\n'
)

_TREE = {
    "settings.gradle.kts": 'rootProject.name = "acme"\ninclude("model", "events", "server")\n',
    "model/build.gradle.kts": (
        "plugins {\n  `java-library`\n}\n\ndependencies {\n"
        '  implementation("jakarta.ws.rs:jakarta.ws.rs-api:3.1.0")\n}\n'
    ),
    "model/src/main/java/org/acme/api/HttpTreeApi.java": _CONTRACT,
    "events/build.gradle.kts": _build(
        "io.quarkus:quarkus-core", "io.quarkus:quarkus-messaging-kafka", projects=("model",)
    ),
    "events/src/main/resources/application.properties": (
        "quarkus.messaging.outgoing.events.connector=smallrye-kafka\n"
    ),
    "events/src/main/java/org/acme/events/KafkaEventSubscriber.java": _SUBSCRIBER,
    "server/build.gradle.kts": _build("io.quarkus:quarkus-rest", projects=("model",)),
    "server/src/main/resources/application.properties": "quarkus.http.port=8080\n",
    "server/src/main/java/org/acme/server/ApiResource.java": _RESOURCE,
}


def test_a_quarkus_module_of_plugin_implementations_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _TREE))
    assert "events" not in found
    # Counter-case: the server declaring a resource stays one.
    assert "server" in found


def test_a_module_consuming_a_topic_stays_a_backend(tmp_path: Path) -> None:
    """Counter-case: a topic feeds it (`@Incoming`)."""
    tree = dict(_TREE)
    tree["events/src/main/java/org/acme/events/Consumer.java"] = (
        "package org.acme.events;\n\n"
        "import org.eclipse.microprofile.reactive.messaging.Incoming;\n\n"
        'public class Consumer {\n  @Incoming("in")\n  public void take(String e) {\n  }\n}\n'
    )
    assert "events" in by_folder(write(tmp_path, tree))


def test_a_module_declaring_an_http_extension_stays_a_backend(tmp_path: Path) -> None:
    """Counter-case: its resources may be generated from what the build declares."""
    tree = dict(_TREE)
    tree["events/build.gradle.kts"] = _build(
        "io.quarkus:quarkus-core", "io.quarkus:quarkus-rest", projects=("model",)
    )
    assert "events" in by_folder(write(tmp_path, tree))


def test_a_module_implementing_a_used_jaxrs_interface_stays_a_backend(tmp_path: Path) -> None:
    """Counter-case: implementing the model's `@Path` interface serves its paths."""
    tree = dict(_TREE)
    tree["events/src/main/java/org/acme/events/TreeResource.java"] = (
        "package org.acme.events;\n\nimport org.acme.api.HttpTreeApi;\n\n"
        "public class TreeResource implements HttpTreeApi {\n"
        '  public String list() {\n    return "";\n  }\n}\n'
    )
    assert "events" in by_folder(write(tmp_path, tree))
