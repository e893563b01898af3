"""Held-out set 219 (#19): Spring Boot applications whose SQL runs through one JDBC client
module of their build.

A Maven build's `core/db-client` library declares the PostgreSQL driver and holds one class that
opens its connection with `DriverManager.getConnection` and executes the statements it is handed;
the Spring Boot `api` depends on it, passes it INSERT and SELECT strings and reads the
`ResultSet`s it returns. No ORM, query library nor pool is declared and only two files import
`java.sql` (not the census `jdbc_code` asks for), yet JDBC is the application's data layer.
Counter-cases: a client module the application uses but whose rows it never reads (a probe of
the database), and rows read with no module opening connections, name no data layer.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import SPRING_PARENT, dep, junit5_test, write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>claims</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>core/db-client</module>
    <module>api</module>
  </modules>
</project>
"""

_CLIENT_POM = f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>db-client</artifactId>
  <version>1.0</version>
  <packaging>jar</packaging>
  <dependencies>
{dep("org.postgresql", "postgresql", version="42.3.1")}
  </dependencies>
</project>
"""

_API_POM = f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
{SPRING_PARENT.replace("3.3.0", "2.5.5")}
  <groupId>org.example</groupId>
  <artifactId>api</artifactId>
  <version>1.0</version>
  <dependencies>
{dep("org.springframework.boot", "spring-boot-starter-web")}
{dep("org.springframework.boot", "spring-boot-starter-test", scope="test")}
{dep("org.example", "db-client", version="1.0")}
  </dependencies>
</project>
"""

_CLIENT = """package org.example.db;

import java.sql.*;

public class SqlClient {
    private final Statement statement;

    public SqlClient(String url, String user, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        this.statement = connection.createStatement();
    }

    public boolean execute(String query) throws SQLException {
        return statement.execute(query);
    }

    public ResultSet executeQuery(String query) throws SQLException {
        return statement.executeQuery(query);
    }
}
"""

_MAIN = """package org.example.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ApiApplication {
    public static void main(String[] args) {
        SpringApplication.run(ApiApplication.class, args);
    }
}
"""

_SERVICE = """package org.example.api;

import org.example.db.SqlClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

@Service
public class ClaimService {
    private final SqlClient client;

    public ClaimService(SqlClient client) {
        this.client = client;
    }

    public List<String> claims() throws Exception {
        client.execute("INSERT INTO claims(id) VALUES ('a')");
        ResultSet rows = client.executeQuery("SELECT id FROM claims");
        List<String> ids = new ArrayList<>();
        while (rows.next()) {
            ids.add(rows.getString("id"));
        }
        return ids;
    }
}
"""

_CONFIG = "postgres:\n  url: jdbc:postgresql://localhost:5432/claims\n"


def _data(backend: DetectedBackend) -> str:
    """The data layer as the held-out sets read it: the first ORM or query finding."""
    return next((f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "none")


def _build(service: str = _SERVICE, client: str = _CLIENT) -> dict[str, str]:
    return {
        "pom.xml": _ROOT,
        "core/db-client/pom.xml": _CLIENT_POM,
        "core/db-client/src/main/java/org/example/db/SqlClient.java": client,
        "api/pom.xml": _API_POM,
        "api/src/main/resources/application.yml": _CONFIG,
        "api/src/main/java/org/example/api/ApiApplication.java": _MAIN,
        "api/src/main/java/org/example/api/ClaimService.java": service,
        "api/src/test/java/org/example/api/ApiTest.java": junit5_test("org.example.api", "ApiTest"),
    }


def test_an_application_reading_a_jdbc_client_modules_rows_has_jdbc(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _build()))["api"]
    assert _data(backend) == "JDBC"


def test_a_client_whose_rows_the_application_never_reads_is_no_data_layer(
    tmp_path: Path,
) -> None:
    # Counter-case: the application only checks that the database answers.
    service = (
        "package org.example.api;\n\nimport org.example.db.SqlClient;\n\n"
        "public class Health {\n"
        "    public boolean up(SqlClient client) throws Exception {\n"
        '        return client.execute("SELECT 1");\n    }\n}\n'
    )
    backend = by_folder(write(tmp_path, _build(service=service)))["api"]
    assert _data(backend) == "none"


def test_rows_read_with_no_module_opening_connections_are_no_data_layer(
    tmp_path: Path,
) -> None:
    # Counter-case: the module opens no connection of its own (one is handed to it).
    client = _CLIENT.replace(
        "DriverManager.getConnection(url, user, password)", "Pools.borrow(url)"
    )
    backend = by_folder(write(tmp_path, _build(client=client)))["api"]
    assert _data(backend) == "none"
