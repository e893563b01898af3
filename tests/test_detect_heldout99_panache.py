"""Hibernate ORM declared and unused beside MongoDB with Panache, as set 99 showed it
(benchmarks/detect_heldout99.yaml, #19): a Quarkus service declares
`quarkus-hibernate-orm-panache` beside `quarkus-mongodb-panache`, while every entity it has is
a `@MongoEntity` `PanacheMongoEntity` (its repositories merely name Hibernate ORM's Panache
interfaces). No class is mapped to JPA, so MongoDB Panache is the data layer; where one class
is a JPA entity, or the code is written to neither, the build's JPA stands."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_BOM = (
    "  <dependencyManagement><dependencies><dependency>"
    "<groupId>io.quarkus.platform</groupId><artifactId>quarkus-bom</artifactId>"
    "<version>3.20.0</version><type>pom</type><scope>import</scope>"
    "</dependency></dependencies></dependencyManagement>"
)

_POM = pom(
    "\n".join(
        (
            dep("io.quarkus", "quarkus-rest-jackson"),
            dep("io.quarkus", "quarkus-mongodb-panache"),
            dep("io.quarkus", "quarkus-hibernate-orm-panache"),
            dep("io.quarkus", "quarkus-junit5", scope="test"),
        )
    ),
    extra=_BOM,
)

_PKG = "src/main/java/org/example/repository/"

_MONGO_ENTITY = (
    "package org.example.repository;\n\n"
    "import io.quarkus.mongodb.panache.PanacheMongoEntity;\n"
    "import io.quarkus.mongodb.panache.common.MongoEntity;\n\n"
    "@MongoEntity(collection = \"events\")\npublic class EventEntity extends PanacheMongoEntity {\n"
    "  public String pspId;\n}\n"
)

_REPOSITORY = (
    "package org.example.repository;\n\n"
    "import io.quarkus.hibernate.orm.panache.PanacheRepository;\n"
    "import jakarta.enterprise.context.ApplicationScoped;\n\n"
    "@ApplicationScoped\n"
    "public class EventRepository implements PanacheRepository<EventEntity> {\n}\n"
)

_JPA_ENTITY = (
    "package org.example.repository;\n\n"
    "import io.quarkus.hibernate.orm.panache.PanacheEntity;\n"
    "import jakarta.persistence.Entity;\n\n"
    "@Entity\npublic class Flow extends PanacheEntity {\n  public String name;\n}\n"
)

_RESOURCE = (
    "package org.example;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
    "@Path(\"/info\")\npublic class InfoResource {\n  @GET\n"
    "  public String info() { return \"ok\"; }\n}\n"
)

_CONFIG = (
    "quarkus.mongodb.connection-string=${MONGODB_CONNECTION_STRING:}\n"
    "quarkus.mongodb.database=events\n"
)


def _service(**sources: str) -> dict[str, str]:
    return {
        "pom.xml": _POM,
        "src/main/resources/application.properties": _CONFIG,
        "src/main/java/org/example/InfoResource.java": _RESOURCE,
        **{f"{_PKG}{name}.java": text for name, text in sources.items()},
    }


def _orms(root: Path) -> list[str]:
    backend = by_folder(root)["."]
    return [f.name for f in backend.findings if f.kind is K.ORM]


def test_mongo_entities_make_mongodb_panache_the_layer_over_unused_hibernate(
    tmp_path: Path,
) -> None:
    root = write(tmp_path, _service(EventEntity=_MONGO_ENTITY, EventRepository=_REPOSITORY))
    backend = by_folder(root)["."]
    assert first(backend, K.ORM)[0] == "MongoDB Panache"
    assert "JPA / Hibernate" not in _orms(root)
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_one_jpa_entity_keeps_hibernate(tmp_path: Path) -> None:
    # Counter-case: a class mapped to JPA beside the MongoDB entities; Hibernate persists it.
    root = write(tmp_path, _service(EventEntity=_MONGO_ENTITY, Flow=_JPA_ENTITY))
    assert "JPA / Hibernate" in _orms(root)


def test_code_written_to_neither_keeps_the_builds_layers(tmp_path: Path) -> None:
    # Counter-case: no entity of either kind in the code: nothing tells JPA is unused.
    root = write(tmp_path / "bare", _service())
    assert "JPA / Hibernate" in _orms(root)
