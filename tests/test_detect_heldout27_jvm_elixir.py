"""JVM and Elixir shapes of held-out sets 75-77 (#19).

- A Phoenix application whose data is reached through Xandra, the CQL driver, under Ecto
  through the Exandra adapter (lent by a path library) or directly: Cassandra is its engine.
- A Quarkus service on Hibernate Search's standalone mapper keeps its entities in
  Elasticsearch; the ORM flavour only indexes a relational store's entities.
- A Gradle 4-6 build keeping its coordinates in Groovy lists that configurations name
  (`compile springboot, jackson`): the lists are its dependencies.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_elixir_scala import _mix
from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_ENDPOINT = (
    "defmodule ShopWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :shop\n\n"
    "  plug ShopWeb.Router\nend\n"
)
_PHOENIX = ['{:phoenix, "~> 1.7"}', '{:bandit, "~> 1.11"}']


def test_exandra_repo_lent_by_a_path_library_names_cassandra(tmp_path: Path) -> None:
    files = {
        "apps/shop/mix.exs": _mix(
            [*_PHOENIX, '{:data_access, path: "../../libs/data_access"}'], app="shop"
        ),
        "apps/shop/lib/shop_web/endpoint.ex": _ENDPOINT,
        "libs/data_access/mix.exs": _mix(
            ['{:ecto_sql, "~> 3.13.0"}', '{:exandra, github: "someone/exandra"}'],
            app="data_access",
            mod=False,
        ),
        "libs/data_access/lib/data_access/repo.ex": (
            "defmodule DataAccess.Repo do\n"
            "  use Ecto.Repo, otp_app: :data_access, adapter: Exandra\nend\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["apps/shop"]
    assert first(backend, K.ORM)[0] == "Ecto"
    assert first(backend, K.DATABASE)[0] == "Cassandra"


def test_xandra_alone_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "mix.exs": _mix([*_PHOENIX, '{:xandra, "~> 0.20"}']),
        "lib/shop_web/endpoint.ex": _ENDPOINT,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "Xandra"
    assert first(backend, K.DATABASE)[0] == "Cassandra"


def test_postgrex_repo_stays_postgresql(tmp_path: Path) -> None:
    files = {
        "mix.exs": _mix([*_PHOENIX, '{:ecto_sql, "~> 3.13"}', '{:postgrex, ">= 0.0.0"}']),
        "lib/shop_web/endpoint.ex": _ENDPOINT,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def _quarkus(tmp_path: Path, *artifacts: str) -> dict[str, str]:
    deps = "\n".join(dep("io.quarkus", a) for a in ("quarkus-rest", *artifacts))
    return {
        "pom.xml": pom(deps),
        "src/main/resources/application.properties": "quarkus.http.port=8080\n",
    }


def test_standalone_hibernate_search_keeps_data_in_elasticsearch(tmp_path: Path) -> None:
    files = _quarkus(tmp_path, "quarkus-hibernate-search-standalone-elasticsearch")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Hibernate Search"
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"


def test_orm_hibernate_search_indexes_a_relational_store(tmp_path: Path) -> None:
    files = _quarkus(
        tmp_path,
        "quarkus-hibernate-orm-panache",
        "quarkus-hibernate-search-orm-elasticsearch",
        "quarkus-jdbc-postgresql",
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"
    assert [f.name for f in backend.findings if f.kind is K.DATABASE] == ["PostgreSQL"]


_LISTED_BUILD = """apply plugin: 'java'

sourceCompatibility = 1.8

def boot_version="2.7.10"
List boot = [
     "org.springframework.boot:spring-boot-starter-web:$boot_version",
     "org.mybatis.spring.boot:mybatis-spring-boot-starter:2.1.4"
]

List test = [
    "org.springframework.boot:spring-boot-starter-test:$boot_version"
]

List unused = [
    "org.postgresql:postgresql:42.7.3"
]

dependencies {
    compile boot,jackson
    compile "mysql:mysql-connector-java:8.0.22"
    testCompile test
}
"""

_BOOT_MAIN = """package com.acme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {}
}
"""


def test_gradle_coordinate_lists_are_dependencies(tmp_path: Path) -> None:
    files = {
        "build.gradle": _LISTED_BUILD,
        "src/main/java/com/acme/Application.java": _BOOT_MAIN,
        "src/test/java/com/acme/AppTest.java": "import org.junit.Test;\nclass AppTest {}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "2.7.10")
    assert first(backend, K.ORM) == ("MyBatis", "2.1.4")
    # A list no configuration names declares nothing.
    assert [f.name for f in backend.findings if f.kind is K.DATABASE] == ["MySQL"]
