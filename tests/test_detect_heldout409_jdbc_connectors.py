"""A Struts 2 war that keeps its data as files and maps rows out of its users' own databases
(#19): it declares one JDBC driver per engine those users may keep data in (runtime scope) and
opens whichever a source's settings name through `DriverManager`. Those are connectors, not its
store: data none, engine none. With one driver it keeps its JDBC and engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

DRIVERS = {
    "mysql": ("com.mysql", "mysql-connector-j", "8.3.0"),
    "postgresql": ("org.postgresql", "postgresql", "42.7.3"),
    "mssql": ("com.microsoft.sqlserver", "mssql-jdbc", "12.6.1.jre11"),
    "oracle": ("com.oracle.database.jdbc", "ojdbc8", "23.3.0.23.09"),
}


def _pom(drivers: list[str]) -> str:
    runtime = "".join(
        f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version>"
        "<scope>runtime</scope></dependency>\n"
        for g, a, v in (DRIVERS[d] for d in drivers)
    )
    return (
        "<project>\n<modelVersion>4.0.0</modelVersion>\n<groupId>org.example</groupId>\n"
        "<artifactId>publisher</artifactId>\n<version>3.0</version>\n<packaging>war</packaging>\n"
        "<dependencies>\n"
        "<dependency><groupId>org.apache.struts</groupId><artifactId>struts2-core</artifactId>"
        "<version>7.0.0</version></dependency>\n"
        "<dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>"
        "<version>5.10.2</version><scope>test</scope></dependency>\n"
        f"{runtime}</dependencies>\n</project>\n"
    )


WEB_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<web-app>\n  <filter>\n'
    "    <filter-name>struts2</filter-name>\n"
    "    <filter-class>org.apache.struts2.dispatcher.filter.StrutsPrepareAndExecuteFilter"
    "</filter-class>\n  </filter>\n</web-app>\n"
)


def _source(name: str) -> str:
    return (
        "package org.example.source;\n\nimport java.sql.Connection;\n"
        "import java.sql.DriverManager;\n"
        "import java.sql.ResultSet;\nimport java.sql.Statement;\n\n"
        f"public class {name} {{\n"
        "    public int count(String url, String user, String password, String sql)\n"
        "            throws Exception {\n"
        "        try (Connection c = DriverManager.getConnection(url, user, password);\n"
        "             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {\n"
        "            int n = 0;\n            while (rs.next()) { n++; }\n            return n;\n"
        "        }\n    }\n}\n"
    )


def _backend(tmp_path: Path, drivers: list[str]) -> object:
    files = {
        "pom.xml": _pom(drivers),
        "src/main/webapp/WEB-INF/web.xml": WEB_XML,
        "src/test/java/org/example/SourceTest.java": (
            "package org.example;\n\nimport org.junit.jupiter.api.Test;\n\n"
            "class SourceTest {\n    @Test void reads() {}\n}\n"
        ),
    }
    for name in ("SourceReader", "SourceMapper", "RowCounter", "SqlPreview", "SourceCheck"):
        files[f"src/main/java/org/example/source/{name}.java"] = _source(name)
    return by_folder(write(tmp_path, files))["."]


def test_drivers_of_four_engines_are_connectors_not_a_store(tmp_path: Path) -> None:
    backend = _backend(tmp_path, list(DRIVERS))
    assert first(backend, K.FRAMEWORK)[0] == "Struts"
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.DATABASE) == ("", "")
    assert first(backend, K.TEST)[0] == "JUnit"


def test_one_driver_stays_the_store(tmp_path: Path) -> None:
    backend = _backend(tmp_path, ["postgresql"])
    assert first(backend, K.QUERY)[0] == "JDBC"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_declared_pool_keeps_the_drivers_a_store(tmp_path: Path) -> None:
    _backend(tmp_path, list(DRIVERS))
    pom = tmp_path / "pom.xml"
    pom.write_text(
        pom.read_text(encoding="utf-8").replace(
            "</dependencies>",
            "<dependency><groupId>com.zaxxer</groupId><artifactId>HikariCP</artifactId>"
            "<version>5.1.0</version></dependency>\n</dependencies>",
        ),
        encoding="utf-8",
    )
    backend = by_folder(tmp_path)["."]
    assert first(backend, K.DATABASE)[0] != ""
