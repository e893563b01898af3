"""Azure Cosmos DB's Java SDK declared and unused beside MongoDB with Panache, as set 99 showed
it again once the SDK was catalogued (benchmarks/detect_heldout99.yaml, #19): a Quarkus service
declares `com.azure:azure-cosmos` beside `quarkus-mongodb-panache`, and no class imports
`com.azure.cosmos` while its entities are `@MongoEntity` `PanacheMongoEntity` ones. The SDK is
dropped, its engine with it: MongoDB. Where a class opens a `CosmosClient`, Azure Cosmos DB
stays; the SDK alone in a build whose code does not import it stays too
(test_detect_cosmos_clients)."""

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
            dep("com.azure", "azure-cosmos", "4.46.0"),
            dep("io.quarkus", "quarkus-mongodb-panache"),
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
    '@MongoEntity(collection = "events")\npublic class EventEntity extends PanacheMongoEntity {\n'
    "  public String pspId;\n}\n"
)

_COSMOS_STORE = (
    "package org.example.repository;\n\n"
    "import com.azure.cosmos.CosmosClient;\n"
    "import com.azure.cosmos.CosmosClientBuilder;\n\n"
    "public class ReceiptStore {\n"
    "  private final CosmosClient client = new CosmosClientBuilder()\n"
    '      .endpoint(System.getenv("COSMOS_ENDPOINT")).key(System.getenv("COSMOS_KEY"))\n'
    "      .buildClient();\n}\n"
)

_RESOURCE = (
    "package org.example;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
    '@Path("/info")\npublic class InfoResource {\n  @GET\n'
    '  public String info() { return "ok"; }\n}\n'
)

_CONFIG = "quarkus.mongodb.connection-string=${MONGODB_CONNECTION_STRING:}\n"


def _service(**sources: str) -> dict[str, str]:
    return {
        "pom.xml": _POM,
        "src/main/resources/application.properties": _CONFIG,
        "src/main/java/org/example/InfoResource.java": _RESOURCE,
        **{f"{_PKG}{name}.java": text for name, text in sources.items()},
    }


def _databases(found: dict, folder: str) -> list[str]:
    return [f.name for f in found[folder].findings if f.kind is K.DATABASE]


def test_an_unimported_cosmos_sdk_beside_panache_gives_way(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(EventEntity=_MONGO_ENTITY)))
    assert first(found["."], K.ORM)[0] == "MongoDB Panache"
    assert first(found["."], K.DATABASE)[0] == "MongoDB"
    assert "Azure Cosmos DB" not in _databases(found, ".")


def test_a_cosmos_sdk_the_code_imports_stays(tmp_path: Path) -> None:
    """Counter-case: a class opens a `CosmosClient`; the SDK is used and names its engine."""
    found = by_folder(
        write(tmp_path, _service(EventEntity=_MONGO_ENTITY, ReceiptStore=_COSMOS_STORE))
    )
    assert "Azure Cosmos DB" in _databases(found, ".")
