"""Clojure: the SQL layer most of a service's namespaces require is its data layer (set 449,
#19). A reitit service declares HugSQL, which two namespaces load `.sql` files with, while its
other namespaces require next.jdbc, lent undeclared by a shared core library (a `:local/root`
dependency). Ranked as kinds the declared HugSQL led; the census of requires
(`clojure_layers`) makes next.jdbc the data layer. A close count leaves the ranking."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DEPS = """{:paths ["src" "resources"]
 :deps
 {com.layerware/hugsql {:mvn/version "0.5.3"}
  metosin/reitit {:mvn/version "0.7.1"}
  shared/core {:local/root "./shared-clj"}}
 :aliases
 {:run {:main-opts ["-m" "app.main"]}}}
"""

_MAIN = """(ns app.main
  (:require [reitit.ring :as reitit-ring])
  (:gen-class))

(defn -main [& _] (reitit-ring/ring-handler (reitit-ring/router [])))
"""

_JDBC = """(ns app.resources.{name}
  (:require
   [honey.sql :refer [format] :rename {format sql-format}]
   [next.jdbc.sql :as jdbc]))

(defn index [tx] (jdbc/query tx (sql-format {{:select :* :from :{name}}})))
"""

_HUGSQL = """(ns app.queries.{name}
  (:require [hugsql.core :as hugsql]))

(hugsql/def-db-fns "sql/{name}.sql")
"""


def _service(jdbc: int) -> dict[str, str]:
    files = {"deps.edn": _DEPS, "src/app/main.clj": _MAIN}
    for name in ("items", "models", "pools", "fields", "rooms", "images")[:jdbc]:
        files[f"src/app/resources/{name}.clj"] = _JDBC.replace("{name}", name)
    for name in ("search", "export"):
        files[f"src/app/queries/{name}.clj"] = _HUGSQL.replace("{name}", name)
    return files


def test_the_layer_most_namespaces_require_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(jdbc=6)))
    assert first(found["."], K.QUERY)[0] == "next.jdbc"


def test_a_close_count_leaves_the_declared_layer(tmp_path: Path) -> None:
    # Counter-case: three namespaces on next.jdbc against two on HugSQL: no census.
    found = by_folder(write(tmp_path, _service(jdbc=3)))
    assert first(found["."], K.QUERY)[0] == "HugSQL"
