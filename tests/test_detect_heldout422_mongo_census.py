"""A Spring Boot service declaring the JPA and Spring Data MongoDB starters (#19): most of its
classes are written to MongoTemplate, a few JPA entities read another service's PostgreSQL
tables. The layer most main sources import is the data layer, its engine MongoDB."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.4</version>
  </parent>
  <artifactId>api</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-mongodb</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
    </dependency>
  </dependencies>
</project>
"""
MAIN = (
    "package app;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n"
    "@SpringBootApplication\npublic class Application {}\n"
)
SETTINGS = (
    "spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/postgres\n"
    "  jpa:\n    open-in-view: false\n  data:\n    mongodb:\n"
    "      uri: mongodb://localhost:27017/app\n"
)


def _repository(name: str) -> str:
    return (
        "package app.reports;\nimport org.springframework.data.mongodb.core.MongoTemplate;\n"
        "import org.springframework.data.mongodb.core.query.Query;\n"
        f"public class {name} {{\n  MongoTemplate template;\n"
        f"  void save(Object report) {{ template.insert(report, \"{name}\"); }}\n}}\n"
    )


ENTITY = (
    "package app.postgres;\nimport jakarta.persistence.Entity;\nimport jakarta.persistence.Id;\n"
    "@Entity\npublic class Users {\n  @Id String email;\n}\n"
)


def test_layer_most_sources_import_wins(tmp_path: Path) -> None:
    files = {
        "api/pom.xml": POM,
        "api/src/main/java/app/Application.java": MAIN,
        "api/src/main/resources/application.yaml": SETTINGS,
        "api/src/main/java/app/postgres/Users.java": ENTITY,
    }
    for i in range(6):
        files[f"api/src/main/java/app/reports/Report{i}Repository.java"] = _repository(
            f"Report{i}Repository"
        )
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.ORM)[0] == "Spring Data MongoDB"
    assert first(backend, K.DATABASE)[0] == "MongoDB"
