"""JVM: a Quarkus service running its SQL through the Vert.x reactive client (set 416, #19).

The build declares `quarkus-reactive-pg-client` (an extension read for its engine alone, since
Hibernate Reactive runs on it too) beside `quarkus-agroal` and `quarkus-jdbc-postgresql`, which
serve only the Quartz job store. The repositories import `io.vertx.mutiny.pgclient.PgPool` and
`io.vertx.mutiny.sqlclient.Tuple` and run their SQL through them: the data layer is the Vert.x
SQL Client. Counter-case: a Panache entity on Hibernate Reactive, whose code imports no Vert.x
SQL client, stays JPA / Hibernate."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pom(extension: str) -> str:
    deps = "".join(
        "    <dependency>\n      <groupId>io.quarkus</groupId>\n"
        f"      <artifactId>{a}</artifactId>\n    </dependency>\n"
        for a in (
            "quarkus-resteasy-reactive", "quarkus-quartz", "quarkus-jdbc-postgresql",
            "quarkus-agroal", "quarkus-reactive-pg-client", extension,
        )
        if a
    )
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n"
        "  <artifactId>radio</artifactId>\n  <version>1.0</version>\n  <properties>\n"
        "    <quarkus.version>3.14.0</quarkus.version>\n  </properties>\n"
        "  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
        "        <groupId>io.quarkus.platform</groupId>\n"
        "        <artifactId>quarkus-bom</artifactId>\n"
        "        <version>${quarkus.version}</version>\n        <type>pom</type>\n"
        "        <scope>import</scope>\n      </dependency>\n    </dependencies>\n"
        f"  </dependencyManagement>\n  <dependencies>\n{deps}  </dependencies>\n</project>\n"
    )


def _repository(name: str) -> str:
    return (
        "package org.acme.radio.repository;\n\n"
        "import io.smallrye.mutiny.Uni;\n"
        "import io.vertx.mutiny.pgclient.PgPool;\n"
        "import io.vertx.mutiny.sqlclient.Row;\n"
        "import io.vertx.mutiny.sqlclient.Tuple;\n"
        "import jakarta.enterprise.context.ApplicationScoped;\n\n"
        f"@ApplicationScoped\npublic class {name} {{\n"
        "    private final PgPool client;\n\n"
        f"    public {name}(PgPool client) {{\n        this.client = client;\n    }}\n\n"
        "    public Uni<Row> find(long id) {\n"
        '        return client.preparedQuery("SELECT * FROM t WHERE id = $1")\n'
        "                .execute(Tuple.of(id)).onItem().transform(r -> r.iterator().next());\n"
        "    }\n}\n"
    )


_ENTITY = """package org.acme.radio.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import jakarta.persistence.Entity;

@Entity
public class Station extends PanacheEntity {
    public String name;
}
"""

_RESOURCE = """package org.acme.radio;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/stations")
public class StationResource {
    @GET
    public String list() {
        return "[]";
    }
}
"""


def test_repositories_on_the_reactive_client_are_the_data_layer(tmp_path: Path) -> None:
    src = "src/main/java/org/acme/radio"
    tree = {
        "pom.xml": _pom(""),
        f"{src}/StationResource.java": _RESOURCE,
        **{
            f"{src}/repository/{n}.java": _repository(n)
            for n in ("StationRepository", "FragmentRepository", "ListenerRepository")
        },
        "src/main/resources/application.properties": (
            "quarkus.datasource.reactive.url=postgresql://localhost:5432/radio\n"
        ),
    }
    found = by_folder(write(tmp_path, tree))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Quarkus"
    assert first(found["."], K.QUERY)[0] == "Vert.x SQL Client"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_panache_on_hibernate_reactive_stays_jpa(tmp_path: Path) -> None:
    # Counter-case: the reactive client only carries Hibernate Reactive.
    src = "src/main/java/org/acme/radio"
    tree = {
        "pom.xml": _pom("quarkus-hibernate-reactive-panache"),
        f"{src}/StationResource.java": _RESOURCE,
        f"{src}/model/Station.java": _ENTITY,
    }
    found = by_folder(write(tmp_path, tree))
    assert first(found["."], K.ORM)[0] == "JPA / Hibernate"
    assert first(found["."], K.QUERY) == ("", "")
