"""A gap the 388th held-out set showed (benchmarks/detect_heldout388.yaml), as a small fixture
of the real files' shape (#19): a Spring Boot API whose controllers run their SQL through
`java.sql` (pooled connections, prepared statements, result sets) in many files, while one
repository reads a graph store through Spring Data Neo4j, the only data layer its build names:
JDBC is the data layer. One written to the graph store in as many files keeps Spring Data
Neo4j."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K

_APP = """package org.example.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""

_CONTROLLER = """package org.example.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class %sController {
    private DataSource dataSource;

    @GetMapping("/%s")
    public int count() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM %s");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
"""

_REPOSITORY = """package org.example.api;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface %sRepository extends Neo4jRepository<%s, Long> {
}
"""


def _backend(tmp_path: Path, graph_files: int) -> object:
    boot = "org.springframework.boot"
    files = {
        "pom.xml": pom(
            "\n".join(
                [
                    dep(boot, "spring-boot-starter-web"),
                    dep(boot, "spring-boot-starter-data-neo4j"),
                    dep("com.zaxxer", "HikariCP"),
                    dep("org.postgresql", "postgresql"),
                ]
            ),
            SPRING_PARENT,
        ),
        "src/main/java/org/example/api/Application.java": _APP,
    }
    for name in ("Tim", "Rsu", "Region", "Path", "Node", "Itis"):
        files[f"src/main/java/org/example/api/{name}Controller.java"] = _CONTROLLER % (
            name,
            name.lower(),
            name.lower(),
        )
    for index in range(graph_files):
        name = f"Milepost{index}"
        files[f"src/main/java/org/example/api/{name}Repository.java"] = _REPOSITORY % (
            name,
            name,
        )
    return by_folder(write(tmp_path, files))["."]


def test_jdbc_in_most_files_beside_a_graph_repository_is_the_data_layer(
    tmp_path: Path,
) -> None:
    backend = _backend(tmp_path, graph_files=1)
    data = [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert data[0] == "JDBC"


def test_a_graph_store_written_to_as_often_keeps_its_layer(tmp_path: Path) -> None:
    backend = _backend(tmp_path, graph_files=6)
    assert first(backend, K.ORM)[0] == "Spring Data Neo4j"
