"""Held-out set 330 (#19): a Clojure app built on a framework it takes as a git dependency
(which brings reitit and XTDB) declares only the Ring Jetty adapter it starts; its namespaces
require reitit.ring and xtdb.api. The framework is Ring at the adapter's version, the data layer
and engine XTDB. A project declaring reitit-ring keeps reitit."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DEPS = """{:paths ["src" "resources"]
 :deps {com.example/framework {:git/url "https://example.org/framework"
                               :git/sha "7836079fc64a6334ea5a43e5e92bcbd7faa1d300"}
        org.clojure/clojure {:mvn/version "1.12.0"}
%s        ring/ring-jetty-adapter {:mvn/version "1.13.0"}}
 :aliases
 {:prod {:main-opts ["-m" "com.example.app"]}}}
"""

_APP = """(ns com.example.app
  (:require [reitit.ring :as reitit-ring]
            [ring.adapter.jetty :as jetty]
            [com.example.model :as model]))

(defn -main [& args]
  (jetty/run-jetty (reitit-ring/ring-handler (reitit-ring/router [])) {:port 8080}))
"""

_MODEL = """(ns com.example.model
  (:require [xtdb.api :as xt]))

(defn items [node] (xt/q (xt/db node) '{:find [e] :where [[e :item/id]]}))
"""

_TEST = """(ns com.example.model-test
  (:require [clojure.test :refer [deftest is]]))

(deftest one (is (= 1 1)))
"""


def _tree(reitit: str = "") -> dict[str, str]:
    return {
        "deps.edn": _DEPS % reitit,
        "src/com/example/app.clj": _APP,
        "src/com/example/model.clj": _MODEL,
        "test/com/example/model_test.clj": _TEST,
    }


def test_an_undeclared_router_leaves_the_declared_ring(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK) == ("Ring", "1.13.0")
    assert first(backend, K.DATABASE)[0] == "XTDB"
    assert first(backend, K.QUERY)[0] == "XTDB"


def test_a_declared_router_stays_the_framework(tmp_path: Path) -> None:
    declared = '        metosin/reitit-ring {:mvn/version "0.7.2"}\n'
    backend = by_folder(write(tmp_path, _tree(declared)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "reitit"
