"""Held-out set 360 (#19): a service on Airlift, Trino's service framework — a Maven module
declaring `io.airlift:http-server`, `jaxrs` and `bootstrap` with no version of their own (the
root imports `io.airlift:bom`, which fixes them all) beside Jersey's server, which Airlift's
jaxrs module serves the resources through, and a `Bootstrap` of Guice modules in its main.
The framework is Airlift at the BOM's release, not Jersey; a BOM named plainly `bom` under
another group names no framework. Its settings file (`config.yaml`, the one the server is
started with) names its datastore by a JDBC URL (`dataStore:` … `jdbcUrl: jdbc:postgresql://…`),
which picks the engine among the drivers of each engine it supports, before the URL of an old
migration tool's development settings (`development.url=jdbc:mysql://…`).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _dep(group: str, artifact: str, scope: str = "") -> str:
    scoped = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"{scoped}</dependency>"
    )


def _root(bom_group: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <groupId>org.example.router</groupId>\n  <artifactId>router-root</artifactId>\n"
        "  <version>3</version>\n  <packaging>pom</packaging>\n"
        "  <modules><module>router-server</module></modules>\n"
        "  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
        f"        <groupId>{bom_group}</groupId>\n        <artifactId>bom</artifactId>\n"
        "        <version>444</version>\n        <type>pom</type>\n"
        "        <scope>import</scope>\n      </dependency>\n"
        "      <dependency><groupId>org.glassfish.jersey.core</groupId>"
        "<artifactId>jersey-server</artifactId><version>4.0.2</version></dependency>\n"
        "    </dependencies>\n  </dependencyManagement>\n</project>\n"
    )


_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <parent><groupId>org.example.router</groupId><artifactId>router-root</artifactId>"
    "<version>3</version></parent>\n"
    "  <artifactId>router-server</artifactId>\n  <dependencies>\n"
    + "\n".join(
        (
            _dep("io.airlift", "bootstrap"),
            _dep("io.airlift", "http-server"),
            _dep("io.airlift", "jaxrs"),
            _dep("io.airlift", "node"),
            _dep("org.glassfish.jersey.core", "jersey-server"),
            _dep("org.flywaydb", "flyway-core"),
            _dep("org.jdbi", "jdbi3-core"),
            _dep("com.mysql", "mysql-connector-j", "runtime"),
            _dep("com.oracle.database.jdbc", "ojdbc11-production", "runtime"),
            _dep("org.flywaydb", "flyway-database-postgresql", "runtime"),
            _dep("org.flywaydb", "flyway-mysql", "runtime"),
            _dep("org.postgresql", "postgresql", "runtime"),
            _dep("com.h2database", "h2", "test"),
        )
    )
    + "\n  </dependencies>\n</project>\n"
)

_MAIN = (
    "package org.example.router;\n\n"
    "import com.google.common.collect.ImmutableList;\n"
    "import com.google.inject.Module;\n"
    "import io.airlift.bootstrap.Bootstrap;\n"
    "import io.airlift.http.server.HttpServerModule;\n"
    "import io.airlift.jaxrs.JaxrsModule;\n"
    "import io.airlift.node.NodeModule;\n\n"
    "public final class RouterServer {\n"
    "    public static void main(String[] args) {\n"
    "        ImmutableList.Builder<Module> modules = ImmutableList.builder();\n"
    "        modules.add(new NodeModule(), new HttpServerModule(), new JaxrsModule());\n"
    "        Bootstrap app = new Bootstrap(modules.build());\n"
    "        app.initialize();\n    }\n}\n"
)

_RESOURCE = (
    "package org.example.router;\n\n"
    "import jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n"
    "import org.jdbi.v3.core.Jdbi;\n\n"
    '@Path("/entity")\npublic class EntityResource {\n    private Jdbi jdbi;\n'
    "    @GET\n    public String rules() {\n"
    '        return jdbi.withHandle(h -> h.createQuery("select name from rules")'
    ".mapTo(String.class).one());\n    }\n}\n"
)

_CONFIG = (
    "serverConfig:\n  http-server.http.port: 8080\n\n"
    "dataStore:\n  jdbcUrl: jdbc:postgresql://localhost:5432/router_db\n"
    "  user: router_admin\n  driver: org.postgresql.Driver\n"
)


def _tree(bom_group: str) -> dict[str, str]:
    base = "router-server/src/main/java/org/example/router"
    return {
        "pom.xml": _root(bom_group),
        "router-server/pom.xml": _POM,
        "router-server/config.yaml": _CONFIG,
        # An old migration tool's settings, naming the engine the project began on.
        "router-server/src/migrations/database.properties": (
            "development.driver=com.mysql.cj.jdbc.Driver\n"
            "development.url=jdbc:mysql://127.0.0.1:3306/router\n"
        ),
        f"{base}/RouterServer.java": _MAIN,
        f"{base}/EntityResource.java": _RESOURCE,
    }


def test_an_airlift_server_is_airlift_at_its_bom_release(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("io.airlift")))
    backend = found["router-server"]
    assert first(backend, FindingKind.FRAMEWORK) == ("Airlift", "444")


def test_a_bom_of_another_group_names_no_airlift_release(tmp_path: Path) -> None:
    # Counter-case: `bom` is a name several groups give their BOMs.
    found = by_folder(write(tmp_path, _tree("software.amazon.awssdk")))
    assert first(found["router-server"], FindingKind.FRAMEWORK) == ("Airlift", "")


def test_the_server_settings_file_jdbc_url_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("io.airlift")))
    assert first(found["router-server"], FindingKind.DATABASE)[0] == "PostgreSQL"
