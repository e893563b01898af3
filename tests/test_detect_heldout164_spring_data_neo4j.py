"""JVM: Spring Data Neo4j declared without Boot's starter is the data layer (set 164, #19).

A Spring Boot 2 build on Gradle picks Spring Data Neo4j 5 by hand
(`org.springframework.data:spring-data-neo4j`) with the Neo4j Java driver beside it, and writes
its repositories to Spring Data (`Neo4jRepository`, `@NodeEntity`). The module is the data
layer, as Boot's starter is (`spring-boot-starter-data-neo4j`), ranking above the bare driver it
runs on; the driver declared alone stays the data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _gradle(*extra: str) -> str:
    lines = "\n".join(f"    implementation '{d}'" for d in extra)
    return (
        "plugins {\n    id 'org.springframework.boot' version '2.2.12.RELEASE'\n"
        "    id 'java'\n}\n\ndependencies {\n"
        "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
        f"{lines}\n}}\n"
    )


def _service(*deps: str) -> dict[str, str]:
    return {
        "build.gradle": _gradle(*deps),
        "src/main/java/org/acme/graph/Application.java": (
            "package org.acme.graph;\n\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class Application {}\n"
        ),
    }


def _data(backend: object) -> str:
    found = next(
        (f for f in backend.findings if f.kind in (K.ORM, K.QUERY)),  # type: ignore[attr-defined]
        None,
    )
    return found.name if found else ""


def test_spring_data_neo4j_module_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(
        "org.springframework.data:spring-data-neo4j:5.2.13.RELEASE",
        "org.neo4j.driver:neo4j-java-driver:4.4.12",
    )))
    assert _data(found["."]) == "Spring Data Neo4j"
    assert first(found["."], K.DATABASE)[0] == "Neo4j"


def test_the_driver_alone_stays_the_data_layer(tmp_path: Path) -> None:
    # Counter-case: Cypher run through the driver's sessions, no Spring Data.
    found = by_folder(write(tmp_path, _service("org.neo4j.driver:neo4j-java-driver:4.4.12")))
    assert _data(found["."]) == "neo4j-java-driver"
    assert first(found["."], K.DATABASE)[0] == "Neo4j"
