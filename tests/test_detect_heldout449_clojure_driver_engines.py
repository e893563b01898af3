"""Clojure: the engine whose JDBC driver classes a service's namespaces import (set 449, #19).

A reitit service runs its SQL through next.jdbc and gets its pool, driver and database URL
from a shared `:local/root` library: its deps.edn names no engine. Two of its namespaces import
`org.postgresql.util.PSQLException` to handle what the database answers: PostgreSQL is its
engine (`clojure_driver_engines`). Drivers of two engines name none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DEPS = """{:paths ["src"]
 :deps
 {com.github.seancorfield/next.jdbc {:mvn/version "1.3.939"}
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

_HANDLER = """(ns app.errors
  (:require [next.jdbc :as jdbc])
  (:import
   [clojure.lang ExceptionInfo]
   [{driver} SQLException]))
"""


def _service(*drivers: str) -> dict[str, str]:
    files = {"deps.edn": _DEPS, "src/app/main.clj": _MAIN}
    for n, driver in enumerate(drivers):
        files[f"src/app/errors{n}.clj"] = _HANDLER.replace("{driver}", driver)
    return files


def test_the_driver_classes_imported_name_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service("org.postgresql.util")))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_two_engines_drivers_name_none(tmp_path: Path) -> None:
    # Counter-case: PostgreSQL's and MySQL's driver classes both imported: no engine named.
    found = by_folder(write(tmp_path, _service("org.postgresql.util", "com.mysql.cj.jdbc")))
    assert not any(f.kind is K.DATABASE for f in found["."].findings)
