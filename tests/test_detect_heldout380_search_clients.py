"""Gaps the 380th held-out set showed in a Spring Boot search service (benchmarks/
detect_heldout380.yaml), as small fixtures of the real files' shape (#19): a service indexing
its documents through OpenSearch's high-level REST client, no Spring Data beside it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _tree(client: str, extra: str = "", config: str = "") -> dict[str, str]:
    files = {
        "build.gradle": (
            "plugins {\n    id 'java'\n    id 'org.springframework.boot' version '3.1.5'\n}\n\n"
            "dependencies {\n"
            "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
            f"    implementation '{client}'\n{extra}"
            "    testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n"
        ),
        "src/main/java/app/SearchApplication.java": (
            "package app;\n\nimport org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class SearchApplication {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(SearchApplication.class, args);\n    }\n}\n"
        ),
    }
    if config:
        files["src/main/resources/application.yml"] = config
    return files


def test_opensearch_client_names_its_engine(tmp_path: Path) -> None:
    tree = _tree("org.opensearch.client:opensearch-rest-high-level-client:2.6.0")
    found = by_folder(write(tmp_path, tree))["."]
    assert first(found, K.DATABASE)[0] == "OpenSearch"


def test_elasticsearch_java_client_names_its_engine(tmp_path: Path) -> None:
    tree = _tree("co.elastic.clients:elasticsearch-java:8.11.0")
    found = by_folder(write(tmp_path, tree))["."]
    assert first(found, K.DATABASE)[0] == "Elasticsearch"


def test_a_relational_store_beside_the_index_ranks_first(tmp_path: Path) -> None:
    config = (
        "spring:\n  datasource:\n"
        "    url: jdbc:postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/${DB_NAME:app}\n"
    )
    tree = _tree(
        "org.opensearch.client:opensearch-rest-high-level-client:2.6.0",
        extra="    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n",
        config=config,
    )
    found = by_folder(write(tmp_path, tree))["."]
    assert first(found, K.DATABASE)[0] == "PostgreSQL"
