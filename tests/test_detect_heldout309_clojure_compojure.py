"""Held-out set 309 (#19): a Duct application (Leiningen, `:main`) whose web module
(duct/module.web) lends it Compojure and Ring, neither declared, with no lock file; its
endpoint namespace builds the routes with `compojure.core`. The framework is Compojure, with no
version stated. The same project whose code requires no Compojure namespace shows none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROJECT = """(defproject authz "0.1.0-SNAPSHOT"
  :dependencies [[org.clojure/clojure "1.10.1"]
                 [duct/core "0.7.0"]
                 [duct/module.sql "0.5.0"]
                 [duct/module.web "0.7.0"]
                 [org.postgresql/postgresql "42.2.6"]
                 [com.layerware/hugsql "0.4.9"]]
  :plugins [[duct/lein-duct "0.12.1"]]
  :main ^:skip-aot authz.main
  :profiles {:dev {:dependencies [[eftest "0.5.8"]]}})
"""

_ROUTES = """(ns authz.endpoint
  (:require [compojure.core :refer [POST routes GET]]
            [integrant.core :as ig]))

(defmethod ig/init-key ::endpoint [_ {:keys [db]}]
  (routes
    (GET "/healthz" [] {:status 200})
    (POST "/permissions" req {:status 200 :body (:body req)})))
"""

_PLAIN = """(ns authz.endpoint
  (:require [integrant.core :as ig]))

(defmethod ig/init-key ::endpoint [_ _] (fn [req] {:status 200}))
"""


def _tree(endpoint: str) -> dict[str, str]:
    return {
        "backend/project.clj": _PROJECT,
        "backend/src/authz/main.clj": "(ns authz.main (:gen-class))\n(defn -main [& args])\n",
        "backend/src/authz/endpoint.clj": endpoint,
        "backend/resources/authz/config.edn": "{:duct.module/web {}\n"
        " :duct.router/cascading [#ig/ref :authz.endpoint/endpoint]}\n",
        "backend/test/authz/endpoint_test.clj": "(ns authz.endpoint-test\n"
        "  (:require [clojure.test :refer :all]))\n(deftest t (is true))\n",
    }


def test_compojure_routes_lent_by_duct_are_the_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_ROUTES)))["backend"]
    assert first(backend, K.FRAMEWORK) == ("Compojure", "")


def test_no_compojure_namespace_shows_no_compojure(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_PLAIN)))
    frameworks = [f.name for b in found.values() for f in b.findings if f.kind is K.FRAMEWORK]
    assert "Compojure" not in frameworks
