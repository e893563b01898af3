"""Clojure: the Leiningen projects of set 266 (#19).

- Luminus is a template: its Jetty adapter (`luminus-jetty`) starts the Ring handler of the
  router the project declares, Compojure here, which is the framework; without a router the
  adapter still names Luminus.
- A dependency written without its version (`[ring/ring-jetty-adapter]`) takes the one
  `:managed-dependencies` pins: such a project is read as one carrying its versions.
- Noir (`defpage` on the server it starts) is the framework over the Compojure it is built on.
- conman brings HugSQL; yesql and HugSQL beside each other: the one more namespaces require.
- Monger is a MongoDB layer, spandex an Elasticsearch client, speclj a test framework.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _project(dependencies: list[str], extra: str = "") -> str:
    listed = "\n                 ".join(dependencies)
    return (
        '(defproject office "1.0.0"\n'
        f'  :dependencies [[org.clojure/clojure "1.12.0"]\n                 {listed}]\n'
        f"{extra}"
        "  :main office.main)\n"
    )


def _main(requires: str = "") -> str:
    return f"(ns office.main\n  (:require {requires}))\n\n(defn -main [& args])\n"


def test_a_luminus_adapter_serves_the_declared_router(tmp_path: Path) -> None:
    files = {
        "project.clj": _project(
            ['[compojure "1.7.2"]', '[luminus-jetty "0.2.3"]', '[conman "0.8.4"]',
             '[org.postgresql/postgresql "42.7.10"]']
        ),
        "src/office/main.clj": _main("[luminus.http-server :as http]"),
        "src/office/db.clj": '(ns office.db (:require [conman.core :as conman]))\n'
        '(conman/bind-connection *db* "sql/queries.sql")\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Compojure", "1.7.2")
    assert first(backend, K.QUERY)[0] == "HugSQL"


def test_a_luminus_adapter_alone_names_luminus(tmp_path: Path) -> None:
    """Counter-case: no router declared, the template's adapter is all there is."""
    files = {
        "project.clj": _project(['[luminus-jetty "0.2.3"]']),
        "src/office/main.clj": _main("[luminus.http-server :as http]"),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Luminus"


def test_versionless_dependencies_take_the_managed_pins(tmp_path: Path) -> None:
    files = {
        "project.clj": (
            '(defproject office "1.0.0"\n'
            "  :dependencies [[org.clojure/clojure]\n"
            "                 [metosin/compojure-api]\n"
            "                 [org.clojure/java.jdbc]\n"
            "                 [org.postgresql/postgresql]\n"
            "                 [ring/ring-jetty-adapter]]\n"
            '  :managed-dependencies [[org.clojure/clojure "1.12.0"]\n'
            '                         [metosin/compojure-api "2.0.0-alpha31"\n'
            "                          :exclusions [medley]]\n"
            '                         [org.clojure/java.jdbc "0.7.12"]\n'
            '                         [org.postgresql/postgresql "42.7.11"]\n'
            '                         [ring/ring-jetty-adapter "1.15.4"]]\n'
            "  :main office.main)\n"
        ),
        "src/office/main.clj": _main("[ring.adapter.jetty :as jetty]"),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Ring", "1.15.4")
    assert first(backend, K.QUERY)[0] == "clojure.java.jdbc"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_managed_pins_alone_declare_nothing(tmp_path: Path) -> None:
    """Counter-case: `:managed-dependencies` only pins versions; a pinned server the project
    does not depend on makes no backend."""
    files = {
        "project.clj": (
            '(defproject office "1.0.0"\n'
            '  :dependencies [[org.clojure/clojure]\n                 [cheshire "5.13.0"]]\n'
            '  :managed-dependencies [[org.clojure/clojure "1.12.0"]\n'
            '                         [ring/ring-jetty-adapter "1.15.4"]]\n'
            "  :main office.main)\n"
        ),
        "src/office/main.clj": _main(),
    }
    assert not by_folder(write(tmp_path, files))


def test_noir_over_compojure_with_monger(tmp_path: Path) -> None:
    files = {
        "project.clj": _project(
            ['[noir "1.3.0" :exclusions [compojure ring]]', '[compojure "1.1.9"]',
             '[ring "1.6.2"]', '[metosin/reitit-ring "0.5.13"]',
             '[com.novemberain/monger "3.5.0"]'],
            '  :profiles {:dev {:dependencies [[midje "1.10.5"]]}}\n',
        ),
        "src/office/main.clj": _main("[noir.server :as server]"),
        "test/office/page_test.clj": "(ns office.page-test (:require [midje.sweet :refer :all]))\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Noir", "1.3.0")
    assert first(backend, K.QUERY)[0] == "Monger"
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    assert first(backend, K.TEST)[0] == "Midje"


def test_yesql_required_by_more_namespaces_than_hugsql(tmp_path: Path) -> None:
    files = {
        "project.clj": _project(
            ['[compojure "1.7.0"]', '[aleph "0.9.3"]', '[yesql "0.5.3"]',
             '[com.layerware/hugsql "0.5.3"]', '[org.clojure/java.jdbc "0.7.12"]',
             '[org.postgresql/postgresql "42.7.2"]', '[speclj "3.4.3"]'],
            '  :test-paths ["spec"]\n',
        ),
        "src/office/main.clj": _main("[aleph.http :as http]"),
        "src/office/forms_store.clj": "(ns office.forms-store (:require [yesql.core :refer "
        "[defqueries]]))\n",
        "src/office/users_store.clj": "(ns office.users-store (:require [yesql.core :refer "
        "[defqueries]]))\n",
        "src/office/report_store.clj": "(ns office.report-store (:require [hugsql.core :as "
        "hugsql]))\n",
        "spec/office/forms_spec.clj": (
            "(ns office.forms-spec\n  (:require [speclj.core :refer :all]))\n"
        ),
        # The front end's end-to-end tests, in the same folder.
        "package.json": (
            '{"name": "office-ui",\n "devDependencies": {"@playwright/test": "^1.55.1"}}\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "yesql"
    assert first(backend, K.TEST)[0] == "speclj"


def test_hugsql_required_by_more_namespaces_than_yesql(tmp_path: Path) -> None:
    """Counter-case: the same pair, HugSQL in more namespaces."""
    files = {
        "project.clj": _project(
            ['[compojure "1.7.0"]', '[ring/ring-jetty-adapter "1.15.4"]', '[yesql "0.5.3"]',
             '[com.layerware/hugsql "0.5.3"]']
        ),
        "src/office/main.clj": _main("[ring.adapter.jetty :as jetty]"),
        "src/office/a.clj": "(ns office.a (:require [hugsql.core :as hugsql]))\n",
        "src/office/b.clj": "(ns office.b (:require [hugsql.core :as hugsql]))\n",
        "src/office/c.clj": "(ns office.c (:require [yesql.core :refer [defqueries]]))\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "HugSQL"


def test_spandex_names_elasticsearch(tmp_path: Path) -> None:
    files = {
        "project.clj": _project(
            ['[compojure "1.7.0"]', '[ring/ring-jetty-adapter "1.9.6"]',
             '[cc.qbits/spandex "0.7.10"]']
        ),
        "src/office/main.clj": _main("[ring.adapter.jetty :as jetty]"),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Compojure"
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"
