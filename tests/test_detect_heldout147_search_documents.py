"""JVM: a Spring Boot search service declaring JPA's starter while its documents live in
OpenSearch (set 147, #19).

The build declares `spring-boot-starter-data-jpa` beside `org.opensearch.client:
spring-data-opensearch`, the application excludes `DataSourceAutoConfiguration`, and no class is
an `@Entity`: the index documents (`@Document(indexName = …)`, `@Field`, records of Spring
Data Elasticsearch's annotations) borrow JPA's `@ElementCollection` on their list fields, which
JPA ignores on a class it does not map. That borrowed import counted as code written to JPA, so
the starter stayed the data layer, with no engine. A search document's JPA annotation is no
mapping now, and a module whose JPA is only declared while its code is written to Spring Data
OpenSearch (or Spring Data Elasticsearch) keeps that layer and its engine, as one written to
Spring's JdbcTemplate keeps Spring JDBC (`jpa_unused`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_JAVA = "src/main/java/org/acme/search"
_MAIN = """package org.acme.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class})
public class Application {
  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }
}
"""
_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId>
  <artifactId>spring-boot-starter-parent</artifactId><version>3.4.1</version></parent>
  <artifactId>search</artifactId>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>org.opensearch.client</groupId>
    <artifactId>spring-data-opensearch</artifactId><version>1.6.0</version></dependency>
  </dependencies>
</project>
"""
_DOCUMENT = """package org.acme.search.models;

import jakarta.persistence.ElementCollection;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;

@Document(indexName = "decisions")
public record Decision(
    @Id @Field(name = "id") String id,
    @ElementCollection @Field(name = "keywords") List<String> keywords) {}
"""
_REPOSITORY = """package org.acme.search.repository;

import org.acme.search.models.Decision;
import org.springframework.data.elasticsearch.repository.ElasticsearchRepository;

public interface DecisionRepository extends ElasticsearchRepository<Decision, String> {}
"""
_CONFIG = """package org.acme.search.config;

import org.opensearch.data.client.orhlc.AbstractOpenSearchConfiguration;
import org.opensearch.data.client.orhlc.ClientConfiguration;

public class OpenSearchConfig extends AbstractOpenSearchConfiguration {}
"""
_ENTITY = """package org.acme.search.models;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class SavedQuery {
  @Id Long id;
}
"""


def _tree(entity: bool) -> dict[str, str]:
    files = {
        "pom.xml": _POM,
        f"{_JAVA}/Application.java": _MAIN,
        f"{_JAVA}/models/Decision.java": _DOCUMENT,
        f"{_JAVA}/repository/DecisionRepository.java": _REPOSITORY,
        f"{_JAVA}/config/OpenSearchConfig.java": _CONFIG,
    }
    if entity:
        files[f"{_JAVA}/models/SavedQuery.java"] = _ENTITY
    return files


def test_search_documents_borrowing_a_jpa_annotation_are_opensearch(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(entity=False)))["."]
    assert first(backend, K.ORM)[0] == "Spring Data OpenSearch"
    assert first(backend, K.DATABASE)[0] == "OpenSearch"


def test_an_entity_beside_the_documents_keeps_jpa(tmp_path: Path) -> None:
    # Counter-case: one class the service does map to JPA; the starter persists it.
    backend = by_folder(write(tmp_path, _tree(entity=True)))["."]
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"


def test_documents_on_spring_data_elasticsearch_alone_are_elasticsearch(tmp_path: Path) -> None:
    # The same service on Spring Data Elasticsearch (no OpenSearch client in its code).
    tree = _tree(entity=False)
    del tree[f"{_JAVA}/config/OpenSearchConfig.java"]
    tree["pom.xml"] = _POM.replace(
        "<groupId>org.opensearch.client</groupId>\n    <artifactId>spring-data-opensearch"
        "</artifactId><version>1.6.0</version>",
        "<groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-data-elasticsearch</artifactId>",
    )
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.ORM)[0] == "Spring Data Elasticsearch"
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"
