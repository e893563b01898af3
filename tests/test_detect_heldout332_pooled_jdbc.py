"""Held-out set 332 (#19): a Quarkus service whose one store class runs JDBC over the
datasource Quarkus pools for it.

The build declares `quarkus-agroal`, a JDBC driver extension and Flyway, and no ORM nor query
library. An event store, handed the `AgroalDataSource` by injection, opens connections from it
and prepares its inserts and selects (`import java.sql.*`): the service's data layer is JDBC.
Counter-case: a class only opening a connection to check it (a health check) names no data
layer.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>register</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.source>11</maven.compiler.source>
    <quarkus.platform.version>1.7.2.Final</quarkus.platform.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.quarkus</groupId>
        <artifactId>quarkus-universe-bom</artifactId>
        <version>${quarkus.platform.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>io.quarkus</groupId>
      <artifactId>quarkus-resteasy</artifactId>
    </dependency>
    <dependency>
      <groupId>io.quarkus</groupId>
      <artifactId>quarkus-agroal</artifactId>
    </dependency>
    <dependency>
      <groupId>io.quarkus</groupId>
      <artifactId>quarkus-flyway</artifactId>
    </dependency>
    <dependency>
      <groupId>io.quarkus</groupId>
      <artifactId>quarkus-jdbc-postgresql</artifactId>
    </dependency>
  </dependencies>
</project>
"""

_PROPERTIES = (
    "quarkus.datasource.db-kind=postgresql\n"
    "quarkus.datasource.jdbc.url=jdbc:postgresql://${DB_HOST}:5432/${DB_NAME}\n"
)

_STORE = """package org.example.io.database;

import io.agroal.api.AgroalDataSource;

import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import java.sql.*;

@ApplicationScoped
public class PostgresEventStore {
    private static final String SQL_WRITE_EVENT =
            "INSERT INTO eventstore.events(time_stamp, object_data) VALUES (?, ?)";

    @Inject
    AgroalDataSource dataSource;

    public void save(String data) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL_WRITE_EVENT)) {
            statement.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            statement.setString(2, data);
            statement.executeUpdate();
        }
    }
}
"""

_CHECK = """package org.example.io.database;

import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import javax.sql.DataSource;
import java.sql.Connection;

@ApplicationScoped
public class DatabaseCheck {
    @Inject
    DataSource dataSource;

    public boolean up() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        }
    }
}
"""

_RESOURCE = """package org.example;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

@Path("/systems")
public class SystemsResource {
    @GET
    public String list() {
        return "[]";
    }
}
"""


def _tree(store: str) -> dict[str, str]:
    return {
        "backend/pom.xml": _POM,
        "backend/src/main/resources/application.properties": _PROPERTIES,
        "backend/src/main/java/org/example/SystemsResource.java": _RESOURCE,
        "backend/src/main/java/org/example/io/database/Store.java": store,
    }


def test_a_store_preparing_statements_on_the_pooled_datasource_is_jdbc(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_STORE)))["backend"]
    assert first(backend, K.FRAMEWORK) == ("Quarkus", "1.7.2.Final")
    assert first(backend, K.QUERY)[0] == "JDBC"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_connection_only_checked_names_no_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_CHECK)))["backend"]
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.ORM) == ("", "")
