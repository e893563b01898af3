"""Held-out set 107 (#19): Spring Boot services whose declared data layer is not what they
keep their data in.

- A service declaring HikariCP and nothing else of a database (no driver, no datasource, no
  code naming JDBC) keeps no data; one whose code opens a `DataSource` keeps plain JDBC.
- A service whose build declares Spring Boot's JDBC starter (no JPA) and whose code calls
  `SimpleJdbcCall`, its `application.yml` keeping `spring.jpa.*` lines, runs Spring JDBC; with
  the JPA starter declared, JPA stays.
- A service on `spring-boot-starter-data-neo4j` with `spring.neo4j.uri=bolt://…` keeps its
  graph in Neo4j, beside an embedded H2 file its JPA users table lives in; without the Neo4j
  starter and URI, H2 stays the engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = """package org.acme.svc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""


def _pom(*artifacts: tuple[str, str]) -> str:
    deps = "".join(
        f"    <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId></dependency>\n"
        for g, a in (("org.springframework.boot", "spring-boot-starter-web"), *artifacts)
    )
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n"
        "  <parent><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-parent</artifactId><version>2.7.12</version></parent>\n"
        "  <artifactId>svc</artifactId>\n  <dependencies>\n"
        f"{deps}  </dependencies>\n</project>\n"
    )


_HIKARI = ("com.zaxxer", "HikariCP")
_JDBC_STARTER = ("org.springframework.boot", "spring-boot-starter-jdbc")
_JPA_STARTER = ("org.springframework.boot", "spring-boot-starter-data-jpa")
_POSTGRES = ("org.postgresql", "postgresql")
_H2 = ("com.h2database", "h2")
_NEO4J_STARTER = ("org.springframework.boot", "spring-boot-starter-data-neo4j")

_JAVA = "src/main/java/org/acme/svc"


def _tree(pom: str, *files: tuple[str, str]) -> dict[str, str]:
    return {"pom.xml": pom, f"{_JAVA}/Application.java": _MAIN, **dict(files)}


def _data(backend_files: dict[str, str], tmp_path: Path) -> tuple[str, str]:
    backend = by_folder(write(tmp_path, backend_files))["."]
    layer = first(backend, K.ORM)[0] or first(backend, K.QUERY)[0]
    return layer, first(backend, K.DATABASE)[0]


def test_a_pool_nothing_uses_is_no_data_layer(tmp_path: Path) -> None:
    controller = (f"{_JAVA}/TicketController.java", "@RestController\nclass TicketController {}\n")
    assert _data(_tree(_pom(_HIKARI), controller), tmp_path) == ("", "")


def test_a_pool_the_code_opens_is_jdbc(tmp_path: Path) -> None:
    code = (
        f"{_JAVA}/Store.java",
        "package org.acme.svc;\n\nimport javax.sql.DataSource;\n\nclass Store {}\n",
    )
    assert _data(_tree(_pom(_HIKARI), code), tmp_path)[0] == "JDBC"


_YML = (
    "src/main/resources/application.yml",
    "spring.datasource.url: ${DB_URL:jdbc:postgresql://localhost:5432/app}\n"
    "spring.jpa.properties.hibernate.default_schema: ${DB_SCHEMA}\n"
    "spring.jpa.hibernate.ddl-auto: none\n",
)

_LOGGER = (
    f"{_JAVA}/DownloadLogRepository.java",
    "package org.acme.svc;\n\n"
    "import org.springframework.jdbc.core.JdbcTemplate;\n"
    "import org.springframework.jdbc.core.simple.SimpleJdbcCall;\n\n"
    "class DownloadLogRepository {}\n",
)


def test_jpa_settings_beside_the_jdbc_starter_are_spring_jdbc(tmp_path: Path) -> None:
    tree = _tree(_pom(_JDBC_STARTER, _HIKARI, _POSTGRES), _YML, _LOGGER)
    assert _data(tree, tmp_path) == ("Spring JDBC", "PostgreSQL")


def test_jpa_settings_with_the_jpa_starter_stay_jpa(tmp_path: Path) -> None:
    entity = (
        f"{_JAVA}/Ticket.java",
        "package org.acme.svc;\n\nimport javax.persistence.Entity;\n\n@Entity\nclass Ticket {}\n",
    )
    tree = _tree(_pom(_JDBC_STARTER, _JPA_STARTER, _POSTGRES), _YML, _LOGGER, entity)
    assert _data(tree, tmp_path)[0] == "JPA / Hibernate"


_GRAPH_PROPERTIES = (
    "spring.neo4j.uri=${NEO4J_URI:bolt://localhost:7687}\n"
    "spring.data.neo4j.database=graph.db\n"
)
_H2_PROPERTIES = (
    "spring.datasource.url=${DATASOURCE_URL:jdbc:h2:file:./data/users;DB_CLOSE_DELAY=-1}\n"
    "spring.datasource.driver-class-name=org.h2.Driver\n"
    "spring.jpa.hibernate.ddl-auto=update\n"
    "spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.H2Dialect\n"
)


def test_a_neo4j_graph_beside_an_embedded_h2_is_neo4j(tmp_path: Path) -> None:
    properties = ("src/main/resources/application.properties", _GRAPH_PROPERTIES + _H2_PROPERTIES)
    tree = _tree(_pom(_NEO4J_STARTER, _JPA_STARTER, _H2), properties)
    layer, engine = _data(tree, tmp_path)
    assert engine == "Neo4j"
    assert layer in {"Spring Data Neo4j", "JPA / Hibernate"}


def test_the_embedded_h2_alone_stays_the_engine(tmp_path: Path) -> None:
    properties = ("src/main/resources/application.properties", _H2_PROPERTIES)
    tree = _tree(_pom(_JPA_STARTER, _H2), properties)
    assert _data(tree, tmp_path) == ("JPA / Hibernate", "H2")
