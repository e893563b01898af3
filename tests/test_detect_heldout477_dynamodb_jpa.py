"""A gap the 477th held-out set showed, as a small fixture of the real files' shape (#19): a
Spring Boot service keeping its records in DynamoDB through the AWS SDK's enhanced client
(`@DynamoDbBean` classes, `DynamoDbEnhancedClient`) whose pom still declares `hibernate-core`,
no class of it mapped to JPA: no data layer, engine DynamoDB. The counter-case: the same build
with a JPA entity keeps JPA."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.8</version>
  </parent>
  <groupId>org.example</groupId>
  <artifactId>hub</artifactId>
  <version>1.0.0</version>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>software.amazon.awssdk</groupId>
      <artifactId>dynamodb-enhanced</artifactId>
      <version>2.31.0</version>
    </dependency>
    <dependency>
      <groupId>org.hibernate.orm</groupId>
      <artifactId>hibernate-core</artifactId>
    </dependency>
  </dependencies>
</project>
"""

_APP = """package org.example.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""

_REPOSITORY = """package org.example.hub.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

public class RecordRepository {
    private final DynamoDbTable<Record> table;

    public RecordRepository(DynamoDbEnhancedClient client) {
        table = client.table("hub", TableSchema.fromBean(Record.class));
    }
}
"""

_ENTITY = """package org.example.hub.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Destination {
    @Id
    private String id;
}
"""

_BASE = "src/main/java/org/example/hub"


def _tree(**extra: str) -> dict[str, str]:
    return {
        "pom.xml": _POM,
        f"{_BASE}/Application.java": _APP,
        f"{_BASE}/dynamodb/RecordRepository.java": _REPOSITORY,
        **extra,
    }


def test_hibernate_core_beside_code_written_to_dynamodb_is_no_data_layer(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.DATABASE)[0] == "DynamoDB"


def test_a_jpa_entity_beside_dynamodb_keeps_jpa(tmp_path: Path) -> None:
    tree = _tree(**{f"{_BASE}/model/Destination.java": _ENTITY})
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.ORM)[0].startswith("JPA")
