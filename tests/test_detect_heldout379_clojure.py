"""Clojure: the Leiningen services of set 379 (#19).

- Ring lent by a shared library the project declares instead (no ring, no router declared):
  code starting a Ring adapter or writing Ring responses makes Ring the framework, unambiguous
  and at no version; beside any other framework those namespaces change nothing.
- clojure.java.jdbc's database spec (`:db-subprotocol "postgresql"`) names the engine.
- Korma, congomongo (with MongoDB) and faraday (with DynamoDB; a fork under another group by
  the namespace its code requires) are data layers; yada is a framework.
- An uberjar profile compiling the main namespace makes a project.clj without `:main` a program.
- Code requiring compojure-api's routing namespaces starts Compojure: beside a sibling
  project requiring compojure.core, such a project is a service of its own.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MIDJE = '  :profiles {:dev {:dependencies [[midje "1.9.8"]]}}'


def _project(
    name: str, dependencies: str, extra: str = "  :main app.core\n", profiles: str = _MIDJE
) -> str:
    return (
        f'(defproject {name} "0.1.0"\n'
        f'  :dependencies [[org.clojure/clojure "1.10.0"]\n{dependencies}]\n'
        f"{extra}{profiles})\n"
    )


_LENT_RING_FILES = {
    "project.clj": _project(
        "registry",
        '                 [acme/service-skeleton "1.13.0"]\n                 [yesql "0.5.3"]',
    ),
    "src/app/core.clj": "(ns app.core (:require [app.api :as api]))\n(defn -main [] (api/run))\n",
    "src/app/api.clj": (
        "(ns app.api\n  (:require [ring.util.response :refer :all]\n"
        "            [app.sql :as sql]))\n\n(defn read-apps [db] (response (sql/apps db)))\n"
    ),
    "src/app/sql.clj": (
        "(ns app.sql (:require [yesql.core :refer [defqueries]]))\n\n"
        '(def default-db-configuration\n  {:db-classname   "org.postgresql.Driver"\n'
        '   :db-subprotocol "postgresql"\n   :db-subname     "//localhost:5432/registry"})\n'
    ),
    "test/app/api_test.clj": (
        "(ns app.api-test\n  (:require [clojure.test :refer :all]\n"
        "            [midje.sweet :refer :all]))\n"
    ),
}


def test_ring_lent_by_a_library_is_the_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _LENT_RING_FILES))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Ring", "")
    assert first(backend, K.QUERY)[0] == "yesql"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_ring_adapter_started_in_code_is_the_framework(tmp_path: Path) -> None:
    files = dict(_LENT_RING_FILES)
    files["src/app/api.clj"] = (
        "(ns app.api (:require [ring.adapter.jetty :as jetty]))\n\n"
        "(defn run [handler] (jetty/run-jetty handler {:port 8080}))\n"
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Ring", "")


def test_ring_namespaces_beside_another_framework_change_nothing(tmp_path: Path) -> None:
    files = {
        "project.clj": _project("shop", '                 [io.pedestal/pedestal.service "0.5.10"]'),
        "src/app/core.clj": (
            "(ns app.core\n  (:require [io.pedestal.http :as http]\n"
            "            [ring.util.response :as ring-resp]))\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert [f.name for f in backend.findings if f.kind is K.FRAMEWORK] == ["Pedestal"]


def test_korma_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "project.clj": _project(
            "survey",
            '                 [compojure "1.4.0"]\n                 [http-kit "2.1.19"]\n'
            '                 [korma "0.4.2"]\n'
            '                 [org.postgresql/postgresql "9.4-1201-jdbc41"]',
        ),
        "src/app/core.clj": "(ns app.core (:require [compojure.core :as c]))\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Compojure", "1.4.0")
    assert first(backend, K.QUERY)[0] == "Korma"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_congomongo_is_the_data_layer_on_mongodb(tmp_path: Path) -> None:
    files = {
        "project.clj": _project(
            "puzzles",
            '                 [compojure "1.1.0"]\n                 [ring "1.1.1"]\n'
            '                 [congomongo "0.1.9"]',
            "  :main app.core\n  :ring {:handler app.core/app}\n",
        ),
        "src/app/core.clj": "(ns app.core (:require [compojure.core :refer [defroutes]]))\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Compojure", "1.1.0")
    assert first(backend, K.QUERY)[0] == "congomongo"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_yada_uberjar_program_on_a_faraday_fork(tmp_path: Path) -> None:
    files = {
        "project.clj": _project(
            "datastore",
            '                 [aleph "0.4.2-alpha8"]\n                 [bidi "2.0.12"]\n'
            '                 [acme/faraday "1.10.0"]\n'
            '                 [yada "1.1.44" :exclusions [cheshire]]',
            "",
            "  :profiles {:uberjar {:aot [app.bootstrap]\n"
            '                       :uberjar-name "datastore-standalone.jar"}}',
        ),
        "src/app/bootstrap.clj": "(ns app.bootstrap (:gen-class))\n\n(defn -main [& args])\n",
        "src/app/web_server.clj": (
            "(ns app.web-server\n  (:require [yada\n             [yada :as yada]]))\n"
        ),
        "src/app/dynamodb.clj": (
            "(ns app.dynamodb\n  (:require [taoensso\n             [faraday :as far]\n"
            "             [timbre :as log]]))\n"
        ),
        "test/app/web_server_test.clj": (
            "(ns app.web-server-test (:require [clojure.test :refer :all]))\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("yada", "1.1.44")
    assert first(backend, K.QUERY)[0] == "faraday"
    assert first(backend, K.DATABASE)[0] == "DynamoDB"
    assert first(backend, K.TEST)[0] == "clojure.test"


def test_compojure_api_sibling_is_a_service_of_its_own(tmp_path: Path) -> None:
    deps = (
        '                 [compojure "1.4.0"]\n                 [http-kit "2.1.19"]\n'
        '                 [metosin/compojure-api "1.0.0"]\n                 [korma "0.4.2"]'
    )
    files = {
        "officials/project.clj": _project("officials", deps),
        "officials/src/app/core.clj": "(ns app.core (:require [compojure.core :as c]))\n",
        "respondents/project.clj": _project("respondents", deps),
        "respondents/src/app/core.clj": (
            "(ns app.core\n  (:require [compojure.api.sweet :refer [api context GET]]\n"
            "            [org.httpkit.server :as hs]))\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"officials", "respondents"}
    assert first(found["respondents"], K.FRAMEWORK) == ("Compojure", "1.4.0")
    assert first(found["respondents"], K.QUERY)[0] == "Korma"
