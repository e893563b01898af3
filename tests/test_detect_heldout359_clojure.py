"""Clojure: the Leiningen and deps.edn services of set 359 (#19).

- compojure-api declared (no compojure, no Ring: lein-ring serves the handler) is the
  framework Compojure at compojure-api's version; beside a declared compojure, compojure's
  version; beside a declared Ring, Ring stays (as code requiring compojure.core).
- A client named after Elasticsearch (`clj-elasticsearch`) names the engine.
- Code requiring Datomic's API is the data layer and engine even where Datomic is declared in
  an alias only; code requiring clj-rethinkdb's query namespace, RethinkDB.
- A deps.edn program run only through an alias, with no framework, is a tool; a build of
  Flyway and a driver alone migrates a schema: neither is a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _lein_ring(dependencies: str, managed: str) -> str:
    return (
        '(defproject indexer "1.0.0"\n'
        f"  :managed-dependencies [[org.clojure/clojure \"1.11.4\"]\n{managed}]\n"
        f"  :dependencies [[org.clojure/clojure]\n{dependencies}]\n"
        "  :ring {:handler indexer.api/app})\n"
    )


_API = (
    "(ns indexer.api\n  (:require [compojure.api.sweet :refer :all]\n"
    "            [clj-elasticsearch.elastic-connect :as e]))\n\n"
    '(def app (api (GET "/indexed" [] (e/search "x"))))\n'
)


def test_compojure_api_alone_is_compojure_at_its_version(tmp_path: Path) -> None:
    files = {
        "project.clj": _lein_ring(
            "                 [metosin/compojure-api]\n                 [acme/clj-elasticsearch]",
            '                         [metosin/compojure-api "1.1.14" :exclusions [cheshire]]\n'
            '                         [acme/clj-elasticsearch "0.5.4"]',
        ),
        "pom.xml": "<project><modelVersion>4.0.0</modelVersion>"
        "<artifactId>indexer</artifactId></project>\n",
        "src/indexer/api.clj": _API,
        "tests.edn": "#kaocha/v1 {}\n",
        "test/indexer/api_test.clj": (
            "(ns indexer.api-test (:require [clojure.test :refer :all]))\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Compojure", "1.1.14")
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"
    assert first(backend, K.TEST)[0] == "Kaocha"


def test_declared_compojure_keeps_its_version_over_compojure_api(tmp_path: Path) -> None:
    files = {
        "project.clj": _lein_ring(
            '                 [compojure "1.7.0"]\n                 [metosin/compojure-api]',
            '                         [metosin/compojure-api "1.1.13"]',
        ),
        "src/indexer/api.clj": _API,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Compojure", "1.7.0")


def test_compojure_api_beside_declared_ring_leaves_ring(tmp_path: Path) -> None:
    files = {
        "project.clj": _lein_ring(
            "                 [metosin/compojure-api]\n                 [ring/ring-jetty-adapter]",
            '                         [metosin/compojure-api "2.0.0-alpha31"]\n'
            '                         [ring/ring-jetty-adapter "1.15.4"]',
        ),
        "src/indexer/api.clj": _API,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Ring", "1.15.4")


def test_testcontainers_elasticsearch_names_no_engine(tmp_path: Path) -> None:
    """Counter-case: Testcontainers' Elasticsearch module is a test fixture, not a client."""
    files = {
        "project.clj": _lein_ring(
            "                 [metosin/compojure-api]\n"
            "                 [org.testcontainers/elasticsearch]",
            '                         [metosin/compojure-api "1.1.14"]\n'
            '                         [org.testcontainers/elasticsearch "1.21.4"]',
        ),
        "src/indexer/api.clj": "(ns indexer.api (:require [compojure.api.sweet :refer :all]))\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE) == ("", "")


def test_datomic_in_an_alias_is_the_store_the_code_transacts(tmp_path: Path) -> None:
    files = {
        "deps.edn": (
            '{:deps {compojure/compojure {:mvn/version "1.6.2"}\n'
            '        http-kit/http-kit {:mvn/version "2.5.0"}}\n'
            ' :aliases {:datomic-free {:extra-deps {com.datomic/datomic-free '
            '{:mvn/version "0.9.5697"}}}\n'
            '           :run {:main-opts ["-m" "chat.core"]}}}\n'
        ),
        "src/chat/core.clj": "(ns chat.core (:require [org.httpkit.server :as http]\n"
        "  [compojure.core :refer [GET]]))\n(defn -main [& _])\n",
        "src/chat/db.clj": "(ns chat.db (:require [datomic.api :as d]))\n"
        "(defn save! [conn tx] (d/transact conn tx))\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "Datomic"
    assert first(backend, K.DATABASE)[0] == "Datomic"


def test_rethinkdb_query_lent_by_a_library(tmp_path: Path) -> None:
    files = {
        "project.clj": (
            '(defproject storage "1.0.0"\n'
            '  :dependencies [[org.clojure/clojure "1.11.1"] [compojure "1.7.0"]\n'
            '                 [acme/lib "0.20.1"]]\n'
            "  :main storage.app)\n"
        ),
        "src/storage/app.clj": "(ns storage.app (:require [compojure.core :refer [GET]]))\n",
        "src/storage/resources/board.clj": (
            "(ns storage.resources.board (:require [rethinkdb.query :as r]))\n"
            '(defn all [conn] (-> (r/table "boards") (r/run conn)))\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "clj-rethinkdb"
    assert first(backend, K.DATABASE)[0] == "RethinkDB"


def test_alias_tools_and_migration_builds_are_no_backends(tmp_path: Path) -> None:
    files = {
        "tools/schema-report/deps.edn": (
            '{:deps {com.datomic/client-cloud {:mvn/version "0.8.102"}\n'
            '        org.clojure/data.csv {:mvn/version "0.1.4"}}\n'
            ' :paths ["src"]\n'
            ' :aliases {:generate {:main-opts ["-m" "generate-schema"]}}}\n'
        ),
        "tools/schema-report/src/generate_schema.clj": (
            "(ns generate-schema (:require [datomic.client.api :as d]))\n(defn -main [& _])\n"
        ),
        "db/deps.edn": (
            '{:deps {org.flywaydb/flyway-core {:mvn/version "5.2.4"}\n'
            '        org.postgresql/postgresql {:mvn/version "42.2.5"}}\n'
            ' :paths ["src" "src/main/resources"]}\n'
        ),
        "db/pom.xml": (
            "<project><modelVersion>4.0.0</modelVersion><artifactId>schema</artifactId>"
            "<build><plugins><plugin><groupId>org.flywaydb</groupId>"
            "<artifactId>flyway-maven-plugin</artifactId><version>5.2.4</version>"
            "<dependencies><dependency><groupId>org.postgresql</groupId>"
            "<artifactId>postgresql</artifactId><version>42.2.5</version></dependency>"
            "</dependencies></plugin></plugins></build></project>\n"
        ),
        "db/src/migrate.clj": (
            "(ns migrate (:import (org.flywaydb.core Flyway)))\n"
            "(defn -main [& [uri]] (-> (Flyway/configure) (.dataSource uri nil nil) .load"
            " .migrate))\n"
        ),
        "db/src/main/resources/db/migration/V1__init.sql": "CREATE TABLE project (id int);\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_an_alias_program_serving_routes_stays_a_backend(tmp_path: Path) -> None:
    """Counter-case: an alias running a program that starts a server is the backend."""
    files = {
        "deps.edn": (
            '{:deps {ring/ring-jetty-adapter {:mvn/version "1.9.6"}\n'
            '        com.datomic/client-cloud {:mvn/version "0.8.102"}}\n'
            ' :aliases {:run {:main-opts ["-m" "app.main"]}}}\n'
        ),
        "src/app/main.clj": "(ns app.main (:require [ring.adapter.jetty :as jetty]))\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK)[0] == "Ring"
