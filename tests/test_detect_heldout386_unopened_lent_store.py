"""Held-out set 386 (#19): a business-logic module on the RAML Module Builder's runtime that
composes other modules' APIs through the gateway and keeps no data of its own.

The runtime lends every module built on it Vert.x and a PostgreSQL client (`PostgresClient`,
`PgUtil`); a module whose own code never names that store, nor the Vert.x SQL client under it,
has no data layer and no engine. One whose code uses it keeps both (`test_detect_heldout99_lent`).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_STACK = (
    "  <dependencyManagement><dependencies><dependency>"
    "<groupId>io.vertx</groupId><artifactId>vertx-stack-depchain</artifactId>"
    "<version>5.0.6</version><type>pom</type><scope>import</scope>"
    "</dependency></dependencies></dependencyManagement>"
)

_DEPS = "\n".join(
    (
        dep("org.folio", "domain-models-runtime", version="36.0.0"),
        dep("io.vertx", "vertx-service-proxy"),
        dep("org.junit.jupiter", "junit-jupiter", scope="test", version="5.11.0"),
    )
)

_COMPOSING = (
    "package org.example.rest.impl;\n\nimport io.vertx.core.Context;\n"
    "import io.vertx.ext.web.client.WebClient;\nimport org.example.rest.resource.BlUsers;\n\n"
    "public class BlUsersApi implements BlUsers {\n"
    "  public void getBlUsersByUsername(String name, Context context) {\n"
    '    WebClient.create(context.owner()).getAbs(okapiUrl + "/users").send();\n  }\n}\n'
)

_STORING = (
    "package org.example.rest.impl;\n\nimport io.vertx.core.Context;\n"
    "import org.folio.rest.persist.PostgresClient;\n\npublic class NotesApi {\n"
    "  public void getNotes(String tenant, Context context) {\n"
    '    PostgresClient.getInstance(context.owner(), tenant).get("note", null, null);\n  }\n}\n'
)


def _backend(tmp_path: Path, code: str) -> object:
    files = {
        "pom.xml": pom(_DEPS, extra=_STACK),
        "src/main/java/org/example/rest/impl/Api.java": code,
        "Dockerfile": "FROM eclipse-temurin:21-jre\nCOPY target/app-fat.jar /app.jar\n",
    }
    return by_folder(write(tmp_path, files))["."]


def test_a_module_never_opening_the_lent_store_has_no_data(tmp_path: Path) -> None:
    backend = _backend(tmp_path, _COMPOSING)
    assert first(backend, K.FRAMEWORK) == ("Vert.x", "5.0.6")
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.DATABASE) == ("", "")


def test_a_module_opening_the_lent_store_keeps_it(tmp_path: Path) -> None:
    backend = _backend(tmp_path, _STORING)
    assert first(backend, K.QUERY) == ("Vert.x SQL Client", "")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
