"""JVM data layers the development sweep of set 46 showed unnamed (#19): a Vert.x module on
the RAML Module Builder's runtime, whose `PostgresClient` runs on the Vert.x PostgreSQL
client the runtime brings; a service reading and writing Cassandra through DataStax's Java
driver run directly, in its 3.x coordinates (`cassandra-driver-core`) as in its 4.x ones."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_JAVA = "src/main/java/org/example/"

_VERTICLE = (
    "package org.example;\n\nimport io.vertx.core.AbstractVerticle;\n\n"
    "public class MainVerticle extends AbstractVerticle {\n  @Override\n"
    "  public void start() {\n    vertx.createHttpServer().listen(8081);\n  }\n}\n"
)

_DAO = (
    "package org.example;\n\nimport org.folio.rest.persist.PostgresClient;\n\n"
    "public class UsersDao {\n  private final PostgresClient client;\n"
    "  UsersDao(PostgresClient client) { this.client = client; }\n}\n"
)

_STACK = (
    "  <dependencyManagement><dependencies><dependency>"
    "<groupId>io.vertx</groupId><artifactId>vertx-stack-depchain</artifactId>"
    "<version>5.1.2</version><type>pom</type><scope>import</scope>"
    "</dependency></dependencies></dependencyManagement>"
)


def test_a_module_on_the_raml_module_builder_runs_on_the_vertx_pg_client(
    tmp_path: Path,
) -> None:
    deps = "\n".join(
        (
            dep("io.vertx", "vertx-web"),
            dep("org.folio", "domain-models-runtime", version="36.0.0"),
            dep("org.junit.jupiter", "junit-jupiter-api", scope="test", version="5.11.0"),
        )
    )
    files = {
        "pom.xml": pom(deps, extra=_STACK),
        f"{_JAVA}MainVerticle.java": _VERTICLE,
        f"{_JAVA}UsersDao.java": _DAO,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Vert.x", "5.1.2")
    # The runtime's release is not the SQL client's.
    assert first(backend, K.QUERY) == ("Vert.x SQL Client", "")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_the_datastax_driver_run_directly_is_the_data_layer_in_either_coordinates(
    tmp_path: Path,
) -> None:
    for group, artifact, version in (
        ("com.datastax.cassandra", "cassandra-driver-core", "3.7.0"),
        ("com.datastax.oss", "java-driver-core", "4.17.0"),
    ):
        deps = "\n".join((dep("io.vertx", "vertx-web"), dep(group, artifact, version=version)))
        files = {"pom.xml": pom(deps, extra=_STACK), f"{_JAVA}MainVerticle.java": _VERTICLE}
        backend = by_folder(write(tmp_path / artifact, files))["."]
        assert first(backend, K.QUERY) == ("DataStax Java driver", version)
        assert first(backend, K.DATABASE)[0] == "Cassandra"
