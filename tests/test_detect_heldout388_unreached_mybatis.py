"""A gap the 388th held-out set showed (benchmarks/detect_heldout388.yaml), as a small fixture
of the real files' shape (#19): a Maven reactor's shared library declares MyBatis, never
imported, while its data access class takes connections from the HikariCP pool the parent pom
declares and prepares its statements through `java.sql`; the API depending on the library is
written to JDBC, not MyBatis. A library whose code maps through MyBatis keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, write

from designer.model.stack import FindingKind as K

_PARENT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>2.2.4.RELEASE</version>
  </parent>
  <groupId>com.example</groupId>
  <artifactId>manager</artifactId>
  <packaging>pom</packaging>
  <modules>
    <module>data-library</module>
    <module>data-controller</module>
  </modules>
  <dependencies>
%s
  </dependencies>
</project>
"""

_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.example</groupId>
    <artifactId>manager</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>%s</artifactId>
  <dependencies>
%s
  </dependencies>
</project>
"""

_DB = """package com.example.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;

public class DbInteractions {
    private HikariDataSource dataSource;

    public int update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
        }
    }
}
"""

_MAPPER = """package com.example.library;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface TimMapper {
    @Select("SELECT count(*) FROM tim")
    int count();
}
"""

_APP = """package com.example.controller;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""

_CONTROLLER = """package com.example.controller;

import com.example.library.DbInteractions;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TimController {
    private DbInteractions dbInteractions;

    @PutMapping("/tim")
    public int update() throws Exception {
        return dbInteractions.update("UPDATE tim SET sent = true");
    }
}
"""


def _controller(tmp_path: Path, mapped: bool) -> object:
    boot = "org.springframework.boot"
    files = {
        "pom.xml": _PARENT
        % "\n".join([dep("com.zaxxer", "HikariCP"), dep("org.postgresql", "postgresql")]),
        "data-library/pom.xml": _MODULE
        % ("data-library", dep("org.mybatis", "mybatis", version="3.5.6")),
        "data-library/src/main/java/com/example/library/DbInteractions.java": _DB,
        "data-controller/pom.xml": _MODULE
        % (
            "data-controller",
            "\n".join(
                [
                    dep(boot, "spring-boot-starter-web"),
                    dep("com.example", "data-library", version="1.0"),
                ]
            ),
        ),
        "data-controller/src/main/java/com/example/controller/Application.java": _APP,
        "data-controller/src/main/java/com/example/controller/TimController.java": _CONTROLLER,
    }
    if mapped:
        files["data-library/src/main/java/com/example/library/TimMapper.java"] = _MAPPER
    return by_folder(write(tmp_path, files))["data-controller"]


def test_mybatis_no_source_reaches_beside_jdbc_code_is_dropped(tmp_path: Path) -> None:
    backend = _controller(tmp_path, mapped=False)
    assert first(backend, K.ORM)[0] != "MyBatis"
    assert first(backend, K.QUERY)[0] == "JDBC"


def test_mybatis_a_mapper_reaches_stays(tmp_path: Path) -> None:
    assert first(_controller(tmp_path, mapped=True), K.ORM)[0] == "MyBatis"
