"""JVM: Querydsl's SQL module is a query-library data layer (set 268, #19).

A Spring Boot API declares `spring-jdbc`, `querydsl-sql` (its DAOs build every statement with
`PostgreSQLQueryFactory` over Q-classes generated from the schema) and no JPA. Spring JDBC only
supplies the DataSource and transactions: Querydsl is the data layer, a query library as jOOQ
is. Spring JDBC alone stays the data layer, and Querydsl's SQL module beside JPA leaves JPA
first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _dependency(group: str, artifact: str, version: str = "") -> str:
    pinned = f"<version>{version}</version>" if version else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"{pinned}</dependency>\n"
    )


def _pom(*dependencies: str) -> str:
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n"
        "  <parent><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-parent</artifactId>"
        "<version>1.2.7.RELEASE</version></parent>\n"
        "  <groupId>com.acme</groupId><artifactId>parking-api</artifactId>\n"
        "  <dependencies>\n"
        + _dependency("org.springframework.boot", "spring-boot-starter-web")
        + "".join(dependencies)
        + _dependency("org.postgresql", "postgresql", "9.4-1201-jdbc41")
        + "  </dependencies>\n</project>\n"
    )


_APP = (
    "package com.acme.parking;\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {}\n}\n"
)

_DAO = (
    "package com.acme.parking.back;\n\n"
    "import com.querydsl.sql.postgresql.PostgreSQLQueryFactory;\n\n"
    "public class FacilityDao {\n    private final PostgreSQLQueryFactory queryFactory;\n\n"
    "    public FacilityDao(PostgreSQLQueryFactory queryFactory) {\n"
    "        this.queryFactory = queryFactory;\n    }\n}\n"
)

_SPRING_JDBC = _dependency("org.springframework", "spring-jdbc")
_QUERYDSL = _dependency("com.querydsl", "querydsl-sql", "4.0.4")


def _api(*dependencies: str) -> dict[str, str]:
    return {
        "pom.xml": _pom(*dependencies),
        "src/main/java/com/acme/parking/Application.java": _APP,
        "src/main/java/com/acme/parking/back/FacilityDao.java": _DAO,
    }


def test_querydsl_sql_over_spring_jdbc_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api(_SPRING_JDBC, _QUERYDSL)))
    assert first(found["."], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["."], K.ORM) == ("", "")
    assert first(found["."], K.QUERY) == ("Querydsl", "4.0.4")


def test_spring_jdbc_alone_stays_the_data_layer(tmp_path: Path) -> None:
    # Counter-case: no Querydsl, the templates are the data layer.
    found = by_folder(write(tmp_path, _api(_SPRING_JDBC)))
    assert first(found["."], K.QUERY)[0] == "Spring JDBC"


def test_querydsl_sql_beside_jpa_leaves_jpa_first(tmp_path: Path) -> None:
    # Counter-case: an ORM declared as well is named first.
    jpa = _dependency("org.springframework.boot", "spring-boot-starter-data-jpa")
    found = by_folder(write(tmp_path, _api(jpa, _QUERYDSL)))
    assert first(found["."], K.ORM)[0] == "JPA / Hibernate"
