"""Held-out set 124 (#19): a Spring MVC war whose SQL runs through `java.sql` in the library
modules of its build.

A Maven reactor's root gives every module Spring MVC (`spring-webmvc` in its own
`<dependencies>`) and the PostgreSQL driver; the `web` war starts by a
`WebApplicationInitializer` and depends on a `utils` module whose DAOs open connections and
prepare statements themselves. No ORM, query library nor pool is declared: the code is written
to JDBC, the war's data layer. Counter-case: one or two files touching `java.sql` are a side
path: no data layer is named.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import dep, write
from test_detect_unseen import by_folder

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>loader</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>utils</module>
    <module>web</module>
  </modules>
  <properties>
    <maven.compiler.release>21</maven.compiler.release>
    <project.spring.version>7.0.8</project.spring.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.springframework</groupId>
      <artifactId>spring-webmvc</artifactId>
      <version>${project.spring.version}</version>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
      <version>42.7.12</version>
    </dependency>
  </dependencies>
</project>
"""


def _module(name: str, packaging: str, deps: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>loader</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>{name}</artifactId>
  <packaging>{packaging}</packaging>
  <dependencies>
{deps}
  </dependencies>
</project>
"""


_INITIALIZER = """package org.example.web;

import jakarta.servlet.ServletContext;
import org.springframework.web.WebApplicationInitializer;

public class WebInitializer implements WebApplicationInitializer {
    @Override
    public void onStartup(ServletContext context) {
    }
}
"""

_CONTROLLER = """package org.example.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomeController {
    @GetMapping("/")
    public String home() {
        return "home";
    }
}
"""

_DAO = """package org.example.utils.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

public class Dao{n} {{
    public void run(Connection connection, String sql) throws SQLException {{
        try (PreparedStatement statement = connection.prepareStatement(sql)) {{
            statement.execute();
        }}
    }}
}}
"""


def _data(backend: DetectedBackend) -> str:
    """The data layer as the held-out sets read it: the first ORM or query finding."""
    return next((f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "none")


def _tree(daos: int) -> dict[str, str]:
    files = {
        "pom.xml": _ROOT,
        "utils/pom.xml": _module("utils", "jar", ""),
        "web/pom.xml": _module("web", "war", dep("org.example", "utils", version="1.0")),
        "web/src/main/java/org/example/web/WebInitializer.java": _INITIALIZER,
        "web/src/main/java/org/example/web/HomeController.java": _CONTROLLER,
    }
    for n in range(daos):
        files[f"utils/src/main/java/org/example/utils/dao/Dao{n}.java"] = _DAO.format(n=n)
    return files


def test_a_war_whose_modules_are_written_to_jdbc_has_jdbc(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(daos=6)))["web"]
    assert _data(backend) == "JDBC"


def test_a_file_or_two_touching_java_sql_name_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: a side path, not a census.
    backend = by_folder(write(tmp_path, _tree(daos=2)))["web"]
    assert _data(backend) == "none"
