"""Held-out set 97 (#19): a Quarkus service keeping its reporting flows through Hibernate ORM
Panache and `quarkus-jdbc-postgresql`, its base application.properties fixing
`quarkus.datasource.db-kind=postgresql` (the URL left to `${DATASOURCE_URL}`), with
`quarkus-mongodb-panache` for an event register and a `docker-infra/docker-compose.yml` that
runs only MongoDB and mongo-express (its URL in the environment) among monitoring tools. The
db-kind is fixed at build time: the engine the program picks, above the Compose file's side
store. A kind set only for the dev profile keeps the Compose database first; a kind set for the
prod profile outranks the base file's H2.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _dep(artifact: str, scope: str = "") -> str:
    scope = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"<dependency><groupId>io.quarkus</groupId><artifactId>{artifact}</artifactId>"
        f"{scope}</dependency>"
    )


_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project><modelVersion>4.0.0</modelVersion>'
    "<groupId>it.example</groupId><artifactId>fdr</artifactId><version>1.0</version>"
    "<properties><maven.compiler.release>17</maven.compiler.release>"
    "<quarkus.platform.version>3.17.7</quarkus.platform.version></properties>"
    "<dependencyManagement><dependencies><dependency><groupId>io.quarkus.platform</groupId>"
    "<artifactId>quarkus-bom</artifactId><version>${quarkus.platform.version}</version>"
    "<type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>"
    "<dependencies>"
    + _dep("quarkus-rest-jackson")
    + _dep("quarkus-jdbc-postgresql")
    + _dep("quarkus-mongodb-panache")
    + _dep("quarkus-hibernate-orm-panache")
    + _dep("quarkus-junit5", "test")
    + "</dependencies><build><plugins><plugin><groupId>io.quarkus.platform</groupId>"
    "<artifactId>quarkus-maven-plugin</artifactId><version>${quarkus.platform.version}"
    "</version><extensions>true</extensions></plugin></plugins></build></project>\n"
)

_RESOURCE = (
    "package it.example.fdr;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
    '@Path("/flows")\npublic class FlowResource {\n'
    '    @GET\n    public String list() { return "[]"; }\n}\n'
)

_COMPOSE = """services:
  jaeger:
    image: jaegertracing/all-in-one:latest
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
    ports:
      - 27017:27017
  mongo-express:
    image: mongo-express:1
    environment:
      ME_CONFIG_MONGODB_URL: mongodb://root:example@mongo:27017/
"""


_BUILT = _COMPOSE.replace(
    "services:\n", "services:\n  app:\n    build: ..\n    depends_on:\n      - mongo\n"
)
"""The same file also building the application beside the MongoDB it depends on: a Compose
database of the app's own deployment (mongo-express's URL is the console's, not the app's:
`db_consoles`)."""


def _engine(tmp_path: Path, kinds: str, compose: str = _COMPOSE) -> str:
    properties = (
        f"{kinds}quarkus.datasource.jdbc.url=${{DATASOURCE_URL}}\n"
        "quarkus.mongodb.connection-string=${MONGO_CONNECTION_STRING}\n"
        "quarkus.mongodb.database=fdr-re\n"
    )
    files = {
        "pom.xml": _POM,
        "src/main/java/it/example/fdr/FlowResource.java": _RESOURCE,
        "src/main/resources/application.properties": properties,
        "docker-infra/docker-compose.yml": compose,
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_the_base_datasource_kind_outranks_a_compose_side_store(tmp_path: Path) -> None:
    assert _engine(tmp_path, "quarkus.datasource.db-kind=postgresql\n") == "PostgreSQL"


def test_a_dev_profile_kind_leaves_the_compose_database_first(tmp_path: Path) -> None:
    kind = "%dev.quarkus.datasource.db-kind=postgresql\n"
    assert _engine(tmp_path, kind, _BUILT) == "MongoDB"


def test_the_prod_profile_kind_outranks_the_base_files(tmp_path: Path) -> None:
    kinds = "quarkus.datasource.db-kind=h2\n%prod.quarkus.datasource.db-kind=postgresql\n"
    assert _engine(tmp_path, kinds) == "PostgreSQL"
