"""Held-out set 161 (#19): a Spring Boot service of a Maven reactor reaches two JDBC drivers
through the library modules it uses (Oracle's in the module binding the database, MySQL's left
in a module of service logic) and names no datasource itself. The repository's other files name
the engine: a tool's example configuration and a test context give `jdbc:oracle:thin:` URLs,
no file a MySQL one. Oracle is the service's engine, MySQL stays secondary. Without such a URL,
or with URLs of both, the tie is left as it was; an embedded engine's URL promotes nothing; and
a tie with another kind of store (Cassandra's driver, set 46) is no tie of JDBC drivers.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PARENT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>1.4.1.RELEASE</version>
  </parent>"""


def _dep(group: str, artifact: str) -> str:
    return (
        f"    <dependency><groupId>{group}</groupId>"
        f"<artifactId>{artifact}</artifactId></dependency>"
    )


def _pom(artifact: str, *dependencies: str) -> str:
    joined = "\n".join(dependencies)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
{_PARENT}
  <groupId>org.example.catalog</groupId>
  <artifactId>{artifact}</artifactId>
  <dependencies>
{joined}
  </dependencies>
</project>
"""


_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.catalog</groupId>
  <artifactId>catalog</artifactId>
  <packaging>pom</packaging>
  <modules>
    <module>core/catalog-service</module>
    <module>core/catalog-db-binding</module>
    <module>web/curation</module>
  </modules>
</project>
"""

_APP = """package org.example.curation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CurationApplication {
    public static void main(String[] args) {
        SpringApplication.run(CurationApplication.class, args);
    }
}
"""

_CONTROLLER = """package org.example.curation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StudyController {
    @GetMapping("/studies") public String studies() { return "[]"; }
}
"""


def _engines(root: Path, urls: dict[str, str], second: str = "mysql-connector-java") -> list[str]:
    boot = "org.springframework.boot"
    second_group = {
        "mysql-connector-java": "mysql",
        "h2": "com.h2database",
        "cassandra-driver-core": "com.datastax.cassandra",
    }[second]
    files = {
        "pom.xml": _ROOT,
        "core/catalog-service/pom.xml": _pom(
            "catalog-service",
            _dep(second_group, second),
            _dep("org.example.catalog", "catalog-db-binding"),
        ),
        "core/catalog-service/src/main/java/org/example/service/StudyService.java": (
            "package org.example.service;\n\npublic class StudyService { }\n"
        ),
        "core/catalog-db-binding/pom.xml": _pom(
            "catalog-db-binding",
            _dep("com.oracle.jdbc", "ojdbc8"),
            _dep("org.springframework", "spring-jdbc"),
        ),
        "core/catalog-db-binding/src/main/java/org/example/db/Binding.java": (
            "package org.example.db;\n\npublic class Binding { }\n"
        ),
        "web/curation/pom.xml": _pom(
            "curation",
            _dep(boot, "spring-boot-starter-web"),
            _dep("org.example.catalog", "catalog-service"),
        ),
        "web/curation/src/main/java/org/example/curation/CurationApplication.java": _APP,
        "web/curation/src/main/java/org/example/curation/StudyController.java": _CONTROLLER,
        **urls,
    }
    backend = by_folder(write(root, files))["web/curation"]
    return [f.name for f in backend.findings if f.kind is K.DATABASE]


_ORACLE_EXAMPLE = {
    "tools/indexer/src/main/resources/example_config.properties": (
        "database.url=jdbc:oracle:thin:@host.example.org:1531:catalog\n"
    ),
}


def test_the_engine_a_jdbc_url_names_breaks_the_tie(tmp_path: Path) -> None:
    assert _engines(tmp_path, _ORACLE_EXAMPLE)[:2] == ["Oracle", "MySQL"]


def test_without_a_url_the_tie_is_left(tmp_path: Path) -> None:
    before = _engines(tmp_path / "a", {})
    assert sorted(before) == ["MySQL", "Oracle"]
    both = {
        **_ORACLE_EXAMPLE,
        "tools/export/src/main/resources/export.properties": "url=jdbc:mysql://db/catalog\n",
    }
    assert _engines(tmp_path / "b", both) == before


def test_an_embedded_engine_url_promotes_nothing(tmp_path: Path) -> None:
    before = _engines(tmp_path / "a", {}, second="h2")
    h2 = {"web/curation/src/test/resources/test.properties": "url=jdbc:h2:mem:test\n"}
    assert _engines(tmp_path / "b", h2, second="h2") == before


def test_a_tie_with_another_kind_of_store_is_left(tmp_path: Path) -> None:
    second = "cassandra-driver-core"
    before = _engines(tmp_path / "a", {}, second=second)
    assert "Cassandra" in before
    assert _engines(tmp_path / "b", _ORACLE_EXAMPLE, second=second) == before
