"""JVM: Spring Boot's Elasticsearch starter names the data layer and the engine (set 299, #19).

- A Spring Boot 4 API whose only store is Elasticsearch (`spring-boot-starter-data-
  elasticsearch`, DAOs on `ElasticsearchOperations`): data Spring Data Elasticsearch, engine
  Elasticsearch.
- Beside a relational store, the search index stays second: a JPA service on PostgreSQL keeps
  JPA and PostgreSQL first; an API whose records go through a client module of the build
  opening JDBC connections keeps JDBC and PostgreSQL first.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K

_GRADLE = (
    "plugins {\n"
    "    java\n"
    '    id("org.springframework.boot") version "4.1.0"\n'
    '    id("io.spring.dependency-management") version "1.1.7"\n'
    "}\n\n"
    "java { sourceCompatibility = JavaVersion.VERSION_21 }\n\n"
    "dependencies {\n"
    '    implementation("org.springframework.boot:spring-boot-starter-webmvc")\n'
    '    implementation("org.springframework.boot:spring-boot-starter-data-elasticsearch")\n'
    '    testImplementation("org.springframework.boot:spring-boot-starter-test")\n'
    "}\n"
)

_APP = (
    "package org.acme;\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {}\n"
)

_DAO = (
    "package org.acme.dao;\n\n"
    "import org.springframework.data.elasticsearch.core.ElasticsearchOperations;\n\n"
    "public class GermplasmDao {\n"
    "    private final ElasticsearchOperations operations;\n"
    "    public GermplasmDao(ElasticsearchOperations operations) {\n"
    "        this.operations = operations;\n    }\n"
    "}\n"
)


def test_an_api_on_elasticsearch_alone(tmp_path: Path) -> None:
    files = {
        "backend/build.gradle.kts": _GRADLE,
        "backend/settings.gradle.kts": 'rootProject.name = "backend"\n',
        "backend/src/main/java/org/acme/Application.java": _APP,
        "backend/src/main/java/org/acme/dao/GermplasmDao.java": _DAO,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["backend"]
    assert first(found["backend"], K.ORM)[0] == "Spring Data Elasticsearch"
    assert first(found["backend"], K.DATABASE)[0] == "Elasticsearch"


def test_elasticsearch_stays_second_beside_jpa(tmp_path: Path) -> None:
    dependencies = "\n".join(
        (
            dep("org.springframework.boot", "spring-boot-starter-web"),
            dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
            dep("org.springframework.boot", "spring-boot-starter-data-elasticsearch"),
            dep("org.postgresql", "postgresql", "runtime"),
        )
    )
    files = {
        "pom.xml": pom(dependencies, SPRING_PARENT),
        "src/main/java/org/acme/Application.java": _APP,
        "src/main/java/org/acme/Order.java": (
            "package org.acme;\n\nimport jakarta.persistence.Entity;\n\n"
            "@Entity\npublic class Order {}\n"
        ),
        "src/main/java/org/acme/dao/GermplasmDao.java": _DAO,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "JPA / Hibernate"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_elasticsearch_stays_second_beside_a_jdbc_client_module(tmp_path: Path) -> None:
    root = pom("", SPRING_PARENT, "  <packaging>pom</packaging>\n  <modules>\n"
               "    <module>pg-client</module>\n    <module>api</module>\n  </modules>")
    root = root.replace("<artifactId>demo</artifactId>", "<artifactId>platform</artifactId>")
    parent = (
        "  <parent><groupId>com.example</groupId><artifactId>platform</artifactId>"
        "<version>1.0</version></parent>"
    )
    client = pom(dep("org.postgresql", "postgresql", version="42.2.5"), parent).replace(
        "<artifactId>demo</artifactId>", "<artifactId>pg-client</artifactId>"
    )
    api = pom(
        "\n".join(
            (
                dep("org.springframework.boot", "spring-boot-starter-web"),
                dep("org.springframework.boot", "spring-boot-starter-data-elasticsearch"),
                dep("com.example", "pg-client", version="1.0"),
            )
        ),
        parent,
        "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>",
    ).replace("<artifactId>demo</artifactId>", "<artifactId>api</artifactId>")
    files = {
        "pom.xml": root,
        "pg-client/pom.xml": client,
        "api/pom.xml": api,
        "pg-client/src/main/java/org/acme/pg/PostgreSQLClient.java": (
            "package org.acme.pg;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;"
            "\nimport java.sql.ResultSet;\n\npublic class PostgreSQLClient {\n"
            "    public ResultSet run(String url, String sql) throws Exception {\n"
            "        Connection conn = DriverManager.getConnection(url, \"u\", \"p\");\n"
            "        return conn.createStatement().executeQuery(sql);\n    }\n}\n"
        ),
        "api/src/main/java/org/acme/Application.java": _APP,
        "api/src/main/java/org/acme/ParticipantService.java": (
            "package org.acme;\n\nimport java.sql.ResultSet;\n"
            "import org.acme.pg.PostgreSQLClient;\n\npublic class ParticipantService {}\n"
        ),
        "api/src/main/java/org/acme/dao/AuditDao.java": _DAO.replace("GermplasmDao", "AuditDao"),
        "api/src/main/resources/application.yml": (
            "postgres:\n  url: ${postgres_url:jdbc:postgresql://localhost:5432/postgres}\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["api"], K.QUERY)[0] == "JDBC"
    assert first(found["api"], K.DATABASE)[0] == "PostgreSQL"
