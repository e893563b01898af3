"""JVM: a MongoDB side store beside jOOQ's repositories is secondary (set 163, #19).

A Spring Boot service declares the jOOQ starter with PostgreSQL's driver and Flyway, and the
MongoDB starter and sync driver beside them: its repositories write through jOOQ's
`DSLContext` while one class reads a collection's history through the raw driver. Both
engines are seen only as build dependencies, alike. The census of the main sources' imports
(`jvm_layers`: `org.jooq` against `com.mongodb`) chooses jOOQ, and a SQL query builder the
census chooses outweighs the document store, as an ORM used in more files does: PostgreSQL is
the primary engine, MongoDB a secondary one. Where the code is written to the MongoDB driver
and jOOQ is used by one class, MongoDB stays primary."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DEPS = (
    "spring-boot-starter-web",
    "spring-boot-starter-jooq",
    "spring-boot-starter-data-mongodb",
)


def _pom() -> str:
    deps = "".join(
        f"    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
        f"      <artifactId>{a}</artifactId>\n    </dependency>\n"
        for a in _DEPS
    )
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>3.4.1</version>\n  </parent>\n"
        "  <groupId>org.acme</groupId>\n  <artifactId>records</artifactId>\n"
        f"  <dependencies>\n{deps}"
        "    <dependency>\n      <groupId>org.postgresql</groupId>\n"
        "      <artifactId>postgresql</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.mongodb</groupId>\n"
        "      <artifactId>mongodb-driver-sync</artifactId>\n    </dependency>\n"
        "  </dependencies>\n</project>\n"
    )


_MAIN = "src/main/java/org/acme/records/"


def _jooq_repository(name: str) -> str:
    return (
        f"package org.acme.records.repository;\n\nimport org.jooq.DSLContext;\n\n"
        f"public class {name} {{\n  private final DSLContext context;\n}}\n"
    )


def _mongo_repository(name: str) -> str:
    return (
        f"package org.acme.records.repository;\n\n"
        f"import com.mongodb.client.MongoDatabase;\n\n"
        f"public class {name} {{\n  private final MongoDatabase database;\n}}\n"
    )


def _service(jooq: int, mongo: int) -> dict[str, str]:
    files = {
        "pom.xml": _pom(),
        _MAIN + "Application.java": (
            "package org.acme.records;\n\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class Application {}\n"
        ),
    }
    for i in range(jooq):
        files[f"{_MAIN}repository/Record{i}Repository.java"] = _jooq_repository(
            f"Record{i}Repository"
        )
    for i in range(mongo):
        files[f"{_MAIN}repository/History{i}Repository.java"] = _mongo_repository(
            f"History{i}Repository"
        )
    return files


def test_jooq_repositories_make_mongodb_the_side_store(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(jooq=6, mongo=1)))
    assert first(found["."], K.QUERY)[0] == "jOOQ"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_code_written_to_the_mongodb_driver_keeps_it_primary(tmp_path: Path) -> None:
    # Counter-case: one class on jOOQ, the repositories on MongoDB's driver.
    found = by_folder(write(tmp_path, _service(jooq=1, mongo=6)))
    assert first(found["."], K.DATABASE)[0] == "MongoDB"
