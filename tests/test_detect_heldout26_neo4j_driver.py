"""Neo4j's Java driver as the data layer (#19, set 72): a Spring Boot service whose
repositories run Cypher through `org.neo4j.driver`'s sessions, with no object mapper in its
build, keeps its data through the driver itself; beside Neo4j-OGM the mapper stays first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _dep(artifact: str, group: str = "org.neo4j.driver", version: str = "") -> str:
    pinned = f"<version>{version}</version>" if version else ""
    return (
        f"    <dependency><groupId>{group}</groupId>"
        f"<artifactId>{artifact}</artifactId>{pinned}</dependency>\n"
    )


def _pom(dependencies: str) -> str:
    return f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <artifactId>graph-backend</artifactId>
  <parent><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId><version>2.7.5</version></parent>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId></dependency>
{dependencies}  </dependencies>
</project>
"""


_APP = """package org.example.graph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GraphBackend {
  public static void main(String[] args) { SpringApplication.run(GraphBackend.class, args); }
}
"""


def _files(dependencies: str) -> dict[str, str]:
    return {
        "backend/pom.xml": _pom(dependencies),
        "backend/src/main/java/org/example/graph/GraphBackend.java": _APP,
    }


def test_the_bare_java_driver_is_the_data_layer(tmp_path: Path) -> None:
    files = _files(_dep("neo4j-java-driver", version="4.4.1"))
    backend = by_folder(write(tmp_path, files))["backend"]
    assert first(backend, FindingKind.QUERY) == ("neo4j-java-driver", "4.4.1")
    assert first(backend, FindingKind.DATABASE)[0] == "Neo4j"


def test_the_object_mapper_ranks_before_its_driver(tmp_path: Path) -> None:
    deps = _dep("neo4j-ogm-core", "org.neo4j", "4.0.6") + _dep("neo4j-java-driver")
    backend = by_folder(write(tmp_path, _files(deps)))["backend"]
    data = next(f for f in backend.findings if f.kind in (FindingKind.ORM, FindingKind.QUERY))
    assert data.name == "Neo4j-OGM"
