"""Held-out set 86 (#19): a database cluster's probe, a Spring Boot application whose GET
routes each open a JDBC connection to one node or port (`DriverManager.getConnection`) and run
`SELECT 1`, answering OK or an error for operators. Its build declares the web starter and a
MySQL driver, no data layer; it writes nothing and reads no table: no backend. The application
beside it (JPA over the same database) stays one; so does the probe once a route runs any other
SQL, or takes data (a POST).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_heldout9_actuator_workers import _main
from test_detect_projects import SPRING_PARENT, dep, pom, write

_BOOT = "org.springframework.boot"


_APP = {
    "app/pom.xml": pom(
        "\n".join(
            (
                dep(_BOOT, "spring-boot-starter-web"),
                dep(_BOOT, "spring-boot-starter-data-jpa"),
                dep("mysql", "mysql-connector-java"),
            )
        ),
        parent=SPRING_PARENT,
    ),
    "app/src/main/java/org/example/app/App.java": _main("app", "App"),
    "app/src/main/java/org/example/app/ActsController.java": (
        "package org.example.app;\n\n"
        "import org.springframework.web.bind.annotation.GetMapping;\n"
        "import org.springframework.web.bind.annotation.RestController;\n\n"
        "@RestController\npublic class ActsController {\n"
        '    @GetMapping("/acts")\n    public java.util.List<String> acts() {\n'
        "        return java.util.List.of();\n    }\n}\n"
    ),
}

_CONTROLLER = (
    "package org.example.checkdb.controller;\n\n"
    "import org.springframework.http.ResponseEntity;\n"
    "import org.springframework.web.bind.annotation.GetMapping;\n"
    "import org.springframework.web.bind.annotation.RequestMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n"
    "import org.example.checkdb.service.ConnectionService;\n\n"
    '@RestController\n@RequestMapping(value = "/connection")\nclass ConnectionController {\n'
    "    private final ConnectionService service = new ConnectionService();\n\n"
    '    @GetMapping("/node1Check3306")\n'
    "    public ResponseEntity<String> node1() {\n"
    '        return ResponseEntity.ok(service.checkDB("3306", "node1"));\n    }\n\n'
    '    @GetMapping("/node2Check3307")\n'
    "    public ResponseEntity<String> node2() {\n"
    '        return ResponseEntity.ok(service.checkDB("3307", "node2"));\n    }\n}\n'
)

_SERVICE = (
    "package org.example.checkdb.service;\n\n"
    "import java.sql.Connection;\nimport java.sql.DriverManager;\n"
    "import java.sql.PreparedStatement;\nimport java.sql.ResultSet;\n\n"
    "public class ConnectionService {\n"
    '    static final String TEST_QUERY = "SELECT 1;";\n\n'
    "    public String checkDB(String port, String host) {\n"
    "        try (Connection c = DriverManager.getConnection(\n"
    '                "jdbc:mysql://" + host + ":" + port + "/app", "user", "pw")) {\n'
    "            PreparedStatement statement = c.prepareStatement(TEST_QUERY);\n"
    "            ResultSet rs = statement.executeQuery();\n"
    '            return rs.next() ? "OK" : "KO";\n'
    "        } catch (Exception e) {\n"
    '            return "KO";\n        }\n    }\n}\n'
)


def _probe(controller: str = _CONTROLLER, service: str = _SERVICE) -> dict[str, str]:
    return {
        "check-db/pom.xml": pom(
            "\n".join(
                (
                    dep(_BOOT, "spring-boot-starter-web"),
                    dep(_BOOT, "spring-boot-starter-test", scope="test"),
                    dep("mysql", "mysql-connector-java"),
                )
            ),
            parent=SPRING_PARENT,
        ),
        "check-db/src/main/java/org/example/checkdb/ConnectionApplication.java": _main(
            "checkdb", "ConnectionApplication"
        ),
        "check-db/src/main/java/org/example/checkdb/controller/ConnectionController.java": (
            controller
        ),
        "check-db/src/main/java/org/example/checkdb/service/ConnectionService.java": service,
        "check-db/src/main/resources/application.properties": (
            "db.username=user\ndb.host.node1=10.0.0.1\ndb.host.node2=10.0.0.2\n"
        ),
    }


def test_a_database_probe_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_APP, **_probe()}))
    assert set(found) == {"app"}


def test_a_probe_reading_a_table_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a route that runs other SQL than a liveness query reads data.
    service = _SERVICE.replace('"SELECT 1;"', '"SELECT name FROM acts WHERE id = 1"')
    found = by_folder(write(tmp_path, {**_APP, **_probe(service=service)}))
    assert set(found) == {"app", "check-db"}


def test_a_probe_taking_data_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a route that takes data (a POST) serves clients, not operators.
    controller = _CONTROLLER.replace(
        '@GetMapping("/node2Check3307")', '@PostMapping("/node2Check3307")'
    )
    found = by_folder(write(tmp_path, {**_APP, **_probe(controller=controller)}))
    assert set(found) == {"app", "check-db"}
