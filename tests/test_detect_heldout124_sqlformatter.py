"""Held-out set 124 (#19): Hibernate declared by a library only for its SQL formatter, and a
Cloud SQL socket factory naming the MySQL server.

A Gradle build's `querylib` library declares `hibernate-core` and imports nothing of it but
`org.hibernate.engine.jdbc.internal.BasicFormatterImpl`, to pretty-print the SQL it logs; the
Spring Boot `service` depending on it runs its DAOs on `NamedParameterJdbcTemplate` over Spring
Data JDBC's starter. The library maps nothing with Hibernate and lends no JPA: the service's
data layer is Spring (Data) JDBC. Counter-case: a library holding a JPA entity lends JPA.

The service declares the MariaDB and the MySQL JDBC drivers and Cloud SQL's MySQL socket
factory: Cloud SQL runs MySQL, never MariaDB, so the engine is MySQL (the MariaDB driver is one
more client of it). Counter-case: without the factory the two drivers tie as before.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import write
from test_detect_unseen import by_folder, first

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_SETTINGS = "rootProject.name = 'cohort-builder'\ninclude 'service', 'querylib'\n"

_SERVICE = """plugins {
    id 'java'
    id 'org.springframework.boot' version '3.3.10'
    id 'io.spring.dependency-management' version '1.1.6'
}

dependencies {
    implementation project(':querylib')
    implementation 'org.springframework.boot:spring-boot-starter-data-jdbc'
    implementation 'org.springframework.boot:spring-boot-starter-web'

    // [Application DB] MySQL/MariaDB
    implementation 'org.mariadb.jdbc:mariadb-java-client:2.7.12'
    implementation 'com.mysql:mysql-connector-j:8.4.0'
    implementation 'com.google.cloud.sql:mysql-socket-factory-connector-j-8:1.18.1'

    testImplementation 'org.springframework.boot:spring-boot-starter-test'
}
"""

_QUERYLIB = """plugins {
    id 'java-library'
}

dependencies {
    implementation 'org.hibernate.orm:hibernate-core:6.5.2.Final'
}
"""

_MAIN = """package org.example.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Main {
    public static void main(String[] args) {
        SpringApplication.run(Main.class, args);
    }
}
"""

_DAO = """package org.example.db;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

public class ReviewDao {
    private final NamedParameterJdbcTemplate jdbcTemplate;

    public ReviewDao(NamedParameterJdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }
}
"""

_FORMATTER = """package org.example.utils;

import org.hibernate.engine.jdbc.internal.BasicFormatterImpl;

public final class SqlFormatter {
    public static String format(String sql) {
        return new BasicFormatterImpl().format(sql);
    }
}
"""

_ENTITY = """package org.example.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Cohort {
    @Id
    private String id;
}
"""


def _data(backend: DetectedBackend) -> str:
    """The data layer as the held-out sets read it: the first ORM or query finding."""
    return next((f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "none")


def _tree(*, entity: bool = False, factory: bool = True) -> dict[str, str]:
    service = _SERVICE
    if not factory:
        service = service.replace(
            "    implementation 'com.google.cloud.sql:mysql-socket-factory-connector-j-8:1.18.1'\n",
            "",
        )
    files = {
        "settings.gradle": _SETTINGS,
        "service/build.gradle": service,
        "service/src/main/java/org/example/app/Main.java": _MAIN,
        "service/src/main/java/org/example/db/ReviewDao.java": _DAO,
        "querylib/build.gradle": _QUERYLIB,
        "querylib/src/main/java/org/example/utils/SqlFormatter.java": _FORMATTER,
    }
    if entity:
        files["querylib/src/main/java/org/example/model/Cohort.java"] = _ENTITY
    return files


def test_hibernate_kept_for_its_sql_formatter_lends_no_jpa(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["service"]
    assert "JPA / Hibernate" not in [f.name for f in backend.findings]
    assert _data(backend) in ("Spring Data JDBC", "Spring JDBC")


def test_a_library_mapping_an_entity_still_lends_jpa(tmp_path: Path) -> None:
    # Counter-case: the library maps a class to JPA beside its formatter.
    backend = by_folder(write(tmp_path, _tree(entity=True)))["service"]
    assert "JPA / Hibernate" in [f.name for f in backend.findings]


def test_cloud_sqls_mysql_socket_factory_names_the_mysql_server(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["service"]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_without_the_factory_the_drivers_tie_as_before(tmp_path: Path) -> None:
    # Counter-case: two drivers alone name no server; the tie keeps its earlier order.
    backend = by_folder(write(tmp_path, _tree(factory=False)))["service"]
    assert first(backend, K.DATABASE)[0] == "MariaDB"
